package timeline

// The JSON Schema of event files (data/schema/event.schema.json) is what
// editors check while typing; the Go loader is what validate runs. These tests
// keep the two in agreement: on the examples in testdata/schema, on the real
// events, and on the vocabulary ids the schema offers for completion.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

const (
	eventSchemaPath = "../data/schema/event.schema.json"
	realDataDir     = "../data"
)

// eventSchema compiles the committed event schema.
func eventSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	s, err := jsonschema.NewCompiler().Compile(eventSchemaPath)
	if err != nil {
		t.Fatalf("compile %s: %v", eventSchemaPath, err)
	}
	return s
}

// vocabularyFS holds the real vocabulary files and an empty events folder.
func vocabularyFS(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{EventsDir: {Mode: fs.ModeDir | 0o755}}
	for _, name := range []string{kindsFile, actorsFile, placesFile, erasFile} {
		data, err := os.ReadFile(filepath.Join(realDataDir, name))
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys
}

// A view says how YAML scalars become JSON values.
type view int

const (
	// loaderView: every scalar is a string, as the loader reads it (a bare
	// 1956 or 1945-09-02 is text), and only null stays null.
	loaderView view = iota
	// editorView: scalars typed as a YAML 1.2 editor (the VS Code YAML
	// extension) reads them: bare numbers and true/false are numbers and
	// booleans, dates stay strings.
	editorView
)

func (v view) String() string { return [...]string{"loader view", "editor view"}[v] }

// yamlToJSON converts one YAML document to the values a JSON Schema
// validates.
func yamlToJSON(data []byte, v view) (any, error) {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("empty document")
		}
		return nil, err
	}
	return nodeToJSON(&doc, v)
}

func nodeToJSON(n *yaml.Node, v view) (any, error) {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return nodeToJSON(n.Content[0], v)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Kind != yaml.ScalarNode {
				return nil, fmt.Errorf("line %d: a mapping key that is not a scalar has no JSON form", k.Line)
			}
			if _, dup := m[k.Value]; dup {
				return nil, fmt.Errorf("line %d: duplicate key %q has no JSON form", k.Line, k.Value)
			}
			val, err := nodeToJSON(n.Content[i+1], v)
			if err != nil {
				return nil, err
			}
			m[k.Value] = val
		}
		return m, nil
	case yaml.SequenceNode:
		s := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			val, err := nodeToJSON(c, v)
			if err != nil {
				return nil, err
			}
			s = append(s, val)
		}
		return s, nil
	case yaml.ScalarNode:
		if isNull(n) {
			return nil, nil
		}
		if v == editorView && (n.Tag == "!!int" || n.Tag == "!!float" || n.Tag == "!!bool") {
			var typed any
			if err := n.Decode(&typed); err == nil {
				if f, ok := typed.(float64); !ok || !math.IsInf(f, 0) && !math.IsNaN(f) {
					return typed, nil
				}
			}
		}
		return n.Value, nil
	}
	return nil, fmt.Errorf("line %d: YAML aliases have no JSON form", n.Line)
}

// schemaVerdict validates one event file with the schema; nil means valid.
func schemaVerdict(s *jsonschema.Schema, data []byte, v view) error {
	doc, err := yamlToJSON(data, v)
	if err != nil {
		return err
	}
	return s.Validate(doc)
}

// exampleComment returns the "# Invalid: ..." or "# Valid: ..." line of an
// example, which says what it shows.
func exampleComment(data []byte) string {
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "# yaml-language-server:") {
			return strings.TrimPrefix(line, "# ")
		}
	}
	return "(no comment)"
}

// firstLine shortens the loader's report for the log of an agreement.
func schemaFirstLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return first
}

// schemaLeaves keeps the "- at ..." lines of a jsonschema error, without the
// header naming the schema file.
func schemaLeaves(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); strings.HasPrefix(line, "- ") {
			out = append(out, strings.TrimPrefix(line, "- "))
		}
	}
	if len(out) == 0 {
		return s
	}
	return strings.Join(out, "; ")
}

func schemaIndent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}

// TestSchemaExamples loads every example with the Go loader (against the real
// vocabularies) and with the schema, and requires the two verdicts to agree.
// An invalid example has one defect, so the loader must report exactly one
// error; the defects chosen are ones a schema can express.
func TestSchemaExamples(t *testing.T) {
	schema := eventSchema(t)
	vocab := vocabularyFS(t)
	for _, dir := range []string{"valid", "invalid"} {
		wantValid := dir == "valid"
		files, err := filepath.Glob(filepath.Join("testdata", "schema", dir, "*.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			t.Errorf("testdata/schema/%s holds no *.yaml examples", dir)
			continue
		}
		for _, file := range files {
			name := filepath.Base(file)
			t.Run(dir+"/"+strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				fsys := maps.Clone(vocab)
				fsys[path.Join(EventsDir, name)] = &fstest.MapFile{Data: data}
				_, diags := Load(fsys, LoadOptions{Prefix: "data"})
				loaderErrs := diags.Errors()
				loaderValid := len(loaderErrs) == 0
				loaderReason := "no errors"
				if !loaderValid {
					loaderReason = loaderErrs.Error()
				}
				if loaderValid != wantValid {
					t.Errorf("example in %s/ but the loader finds it %s: %s (%s)\n%s", dir,
						map[bool]string{true: "valid", false: "invalid"}[loaderValid], file, exampleComment(data), schemaIndent(loaderReason))
				}
				if !wantValid && len(loaderErrs) != 1 {
					t.Errorf("an invalid example should have one defect; the loader reports %d errors in %s:\n%s",
						len(loaderErrs), file, schemaIndent(loaderReason))
				}
				for _, v := range []view{loaderView, editorView} {
					schemaErr := schemaVerdict(schema, data, v)
					schemaReason := "valid"
					if schemaErr != nil {
						schemaReason = schemaErr.Error()
					}
					if loaderValid != (schemaErr == nil) {
						t.Errorf("the loader and the schema (%s) disagree on %s (%s)\n  loader:\n%s\n  schema:\n%s",
							v, file, exampleComment(data), schemaIndent(loaderReason), schemaIndent(schemaReason))
					} else if v == loaderView {
						t.Logf("agree: %s\n  loader: %s\n  schema: %s", exampleComment(data), schemaFirstLine(loaderReason), schemaLeaves(schemaReason))
					}
				}
			})
		}
	}
}

// TestSchemaAcceptsDataEvents: the schema must never be stricter than the
// loader, or editors would flag files that validate accepts. Every real event
// file without loader errors must pass the schema.
func TestSchemaAcceptsDataEvents(t *testing.T) {
	schema := eventSchema(t)
	_, diags := LoadDir(realDataDir)
	hasErrors := map[string]bool{}
	for _, d := range diags.Errors() {
		hasErrors[filepath.ToSlash(d.Path)] = true
	}
	files, err := filepath.Glob(filepath.Join(realDataDir, EventsDir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no event files in %s/%s", realDataDir, EventsDir)
	}
	checked := 0
	for _, file := range files {
		if hasErrors[filepath.ToSlash(file)] {
			continue // validate reports it; not this test's business
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []view{loaderView, editorView} {
			if err := schemaVerdict(schema, data, v); err != nil {
				t.Errorf("%s passes validate but not %s (%s):\n%s", file, eventSchemaPath, v, schemaIndent(err.Error()))
			}
		}
		checked++
	}
	t.Logf("%d of %d event files checked against the schema", checked, len(files))
}

// schemaEnum is the part of a $defs entry that lists vocabulary ids.
type schemaEnum struct {
	Enum             []string `json:"enum"`
	EnumDescriptions []string `json:"enumDescriptions"`
}

// vocabularyEnums gives, for each $defs entry of the schema, the ids and
// completion hints the vocabulary files call for, and the file they come from.
func vocabularyEnums(v *Vocabulary) []struct {
	def, file string
	want      schemaEnum
} {
	var kinds, actors, places, eras schemaEnum
	for _, k := range v.Kinds {
		kinds.Enum = append(kinds.Enum, k.ID)
		kinds.EnumDescriptions = append(kinds.EnumDescriptions, schemaJoin(": ", k.Title, k.Description))
	}
	for _, a := range v.Actors {
		actors.Enum = append(actors.Enum, a.ID)
		actors.EnumDescriptions = append(actors.EnumDescriptions,
			schemaJoin(" — ", fmt.Sprintf("%s (%s)", a.Name, a.Type), schemaJoin(" / ", a.RU, a.JA)))
	}
	for _, p := range v.Places {
		d := schemaJoin(" — ", p.Name, schemaJoin(" / ", p.RU, p.JA))
		if p.PartOf != "" {
			d += "; part of " + p.PartOf
		}
		if len(p.Aliases) > 0 {
			d += "; also " + strings.Join(p.Aliases, ", ")
		}
		places.Enum = append(places.Enum, p.ID)
		places.EnumDescriptions = append(places.EnumDescriptions, d)
	}
	for _, e := range v.Eras {
		eras.Enum = append(eras.Enum, e.ID)
		eras.EnumDescriptions = append(eras.EnumDescriptions, e.Title+": "+e.Date.String())
	}
	return []struct {
		def, file string
		want      schemaEnum
	}{
		{"kindId", kindsFile, kinds},
		{"actorId", actorsFile, actors},
		{"placeId", placesFile, places},
		{"eraId", erasFile, eras},
	}
}

func schemaJoin(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// TestSchemaEnums keeps the ids that the schema offers editors (kinds, actors,
// places, eras) equal to the vocabulary files, with the same hover hints.
// When you add an actor to data/actors.yaml, this test tells you what to add
// to data/schema/event.schema.json.
func TestSchemaEnums(t *testing.T) {
	tl, diags := Load(vocabularyFS(t), LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatalf("the vocabulary files have errors (run timeline validate):\n%s", schemaIndent(diags.Errors().Error()))
	}
	raw, err := os.ReadFile(eventSchemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Defs map[string]schemaEnum `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("%s: %v", eventSchemaPath, err)
	}
	schemaFile := strings.TrimPrefix(eventSchemaPath, "../")
	for _, c := range vocabularyEnums(&tl.Vocabulary) {
		got, ok := doc.Defs[c.def]
		if !ok {
			t.Errorf("%s has no $defs.%s listing the ids of data/%s", schemaFile, c.def, c.file)
			continue
		}
		if slices.Equal(got.Enum, c.want.Enum) && slices.Equal(got.EnumDescriptions, c.want.EnumDescriptions) {
			continue
		}
		var msg strings.Builder
		fmt.Fprintf(&msg, "%s: $defs.%s is out of date with data/%s.\n", schemaFile, c.def, c.file)
		for i, id := range c.want.Enum {
			if !slices.Contains(got.Enum, id) {
				where := "first"
				if i > 0 {
					where = fmt.Sprintf("after %q", c.want.Enum[i-1])
				}
				fmt.Fprintf(&msg, "  add %q to \"enum\" (%s) and %q to \"enumDescriptions\" (at the same place)\n", id, where, c.want.EnumDescriptions[i])
			}
		}
		for _, id := range got.Enum {
			if !slices.Contains(c.want.Enum, id) {
				fmt.Fprintf(&msg, "  remove %q (and its line in \"enumDescriptions\"): data/%s has no such id\n", id, c.file)
			}
		}
		switch {
		case len(got.EnumDescriptions) != len(got.Enum):
			fmt.Fprintf(&msg, "  \"enum\" has %d ids but \"enumDescriptions\" has %d lines\n", len(got.Enum), len(got.EnumDescriptions))
		case slices.Equal(got.Enum, c.want.Enum):
			fmt.Fprintf(&msg, "  the ids are right but some hints differ from data/%s\n", c.file)
		case len(got.Enum) == len(c.want.Enum) && !slices.ContainsFunc(c.want.Enum, func(id string) bool { return !slices.Contains(got.Enum, id) }):
			fmt.Fprintf(&msg, "  the ids are not in the order of data/%s\n", c.file)
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("    ", "  ")
		if err := enc.Encode(c.want); err != nil {
			t.Fatal(err)
		}
		// Drop the braces: what to paste is the two members.
		lines := strings.Split(strings.TrimRight(want.String(), "\n"), "\n")
		members := strings.Join(lines[1:len(lines)-1], "\n")
		fmt.Fprintf(&msg, "The ids follow the file's order; the hints are what editors show when completing them.\n"+
			"Replace \"enum\" and \"enumDescriptions\" of $defs.%s with:\n%s", c.def, members)
		t.Error(msg.String())
	}
}
