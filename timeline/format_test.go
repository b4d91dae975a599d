package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// Every event file of the dataset formats to itself twice over, and keeps
// its meaning: the loader reads the same event from the formatted file.
func TestFormatDataIdempotent(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "data", "events", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no event files: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		once, err := Format(data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		twice, err := Format(once)
		if err != nil {
			t.Fatalf("%s (formatted): %v", p, err)
		}
		if !bytes.Equal(once, twice) {
			t.Errorf("%s: formatting is not idempotent:\n%s\n---\n%s", p, once, twice)
		}
		if !bytes.HasPrefix(once, []byte(SchemaComment+"\n")) {
			t.Errorf("%s: no schema comment first", p)
		}
		before, after := decodeOne(t, data), decodeOne(t, once)
		if before != after {
			t.Errorf("%s: formatting changed the event:\n%s\n---\n%s", p, before, after)
		}
	}
}

// decodeOne decodes an event file for comparison.
func decodeOne(t *testing.T, data []byte) string {
	t.Helper()
	root, diag := parseYAML(data)
	if diag != nil {
		t.Fatalf("%v", diag)
	}
	var diags Diagnostics
	e, _ := (&decoder{path: "x", diags: &diags}).decodeEvent(root)
	if len(diags) > 0 {
		t.Fatalf("%v", diags)
	}
	e.Path = ""
	return fmt.Sprintf("%#v", e)
}

// trickyValues are texts that plain YAML would read as something else, or
// that block scalars and wrapping could change.
var trickyValues = []string{
	"1956", "-12", "+3", "0x1F", "0o17", "017", "1_000", "1e3", "3.14", ".5", ".inf", "-.Inf", ".NaN",
	"true", "False", "yes", "no", "on", "off", "y", "n", "null", "Null", "~", "",
	"2001-01-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "1945-08-18/1945-09-05", "1956~", "195X",
	" leading", "trailing ", "  both  ", "\ttab first", "tab\tinside", "trailing tab\t",
	"a: b", "- dash", "# hash", "key #comment", "[x]", "{x}", "&anchor", "*alias", "!tag", "|", ">", "%", "@", "`",
	"'single'", "\"double\"", "comma, separated", "colon:", "question?", "? q",
	"line one\nline two", "ends with newline\n", "two trailing\n\n", "\nstarts with newline", "  indented\nnot",
	"para one\n\npara two", "base\n  more indented\nbase again",
	strings.Repeat("word ", 30) + "end",
	strings.Repeat("word ", 30) + " double  space",
	strings.Repeat("long ", 25) + "\n  nested: >\n    " + strings.Repeat("deep ", 30),
	strings.Repeat("x", 130) + " " + strings.Repeat("y", 20),
	strings.Repeat("1", 95),
	"Юрий Андропов и 北方領土 — “quotes” ‘single’",
	"tab\tand " + strings.Repeat("words ", 25),
}

// genFiles writes each tricky value in each scalar style into each kind of
// place an event file has: a top-level text, a list item, a source field
// and a perspective.
func genFiles(t testing.TB) map[string][]byte {
	t.Helper()
	styles := []yaml.Style{0, yaml.SingleQuotedStyle, yaml.DoubleQuotedStyle, yaml.LiteralStyle, yaml.FoldedStyle}
	files := map[string][]byte{}
	for i, v := range trickyValues {
		for _, st := range styles {
			sc := func() *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v, Style: st, Tag: "!!str"} }
			if st == 0 {
				sc = func() *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} } // plain: whatever type it reads as
			}
			key := func(k string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: k} }
			src := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{key("title"), sc(), key("publisher"), key("P"), key("quote"), sc()}}
			doc := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
				key("notes"), sc(),
				key("id"), key("1956-10-19-x"),
				key("title"), sc(),
				key("tags"), {Kind: yaml.SequenceNode, Content: []*yaml.Node{sc(), key("b")}},
				key("perspectives"), {Kind: yaml.MappingNode, Content: []*yaml.Node{key("japan"), sc()}},
				key("sources"), {Kind: yaml.SequenceNode, Content: []*yaml.Node{src}},
			}}
			var buf bytes.Buffer
			enc := yaml.NewEncoder(&buf)
			if err := enc.Encode(doc); err != nil {
				continue // a style the emitter cannot write for this value
			}
			enc.Close()
			if _, diag := parseYAML(buf.Bytes()); diag != nil {
				continue // yaml.v3 writes some indentation indicators wrongly
			}
			files[fmt.Sprintf("gen-%02d-style-%d", i, st)] = buf.Bytes()
		}
	}
	// Block scalars written by hand, with the indentation indicators and
	// nested indentation the emitter never produces.
	for i, s := range []string{
		"summary: |2\n    indented first\n  base\nnotes: >\n  folded\n\n    more indented\n  back " + strings.Repeat("w ", 60) + "\n",
		"summary: |+\n  keep\n\n\nid: x\n",
		"summary: >-\n  " + strings.Repeat("a ", 70) + "\n   one space deeper\n  " + strings.Repeat("b ", 70) + "\n",
		"sources:\n  - title: >\n      t " + strings.Repeat("long ", 30) + "\n    quote: |\n      q: >\n        " + strings.Repeat("x ", 60) + "\n",
		"notes: \"" + strings.Repeat("w ", 60) + "\\n  deeper " + strings.Repeat("y ", 60) + "\"\n",
		"title: \"a\\tb\"\nkind: 'yes'\nera: \"0x10\"\nstatus: '2024-01-30'\n",
		"title: 1956\nkind: true\nera: 0x10\nstatus: 2024-01-30\nnotes: ~\nsummary: null\ntags: [1, 2.5, false, '3']\n",
		"summary: !!str 1956\nnotes: !!binary aGVsbG8=\n",
	} {
		files[fmt.Sprintf("hand-%02d", i)] = []byte(s)
	}
	return files
}

// TestFormatKeepsMeaning: for every event file and every generated file,
// fmt's output reads as the same values with the same YAML types, and a
// second run changes nothing.
func TestFormatKeepsMeaning(t *testing.T) {
	files := genFiles(t)
	paths, _ := filepath.Glob(filepath.Join("..", "data", "events", "*.yaml"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[p] = data
	}
	if len(files) < 300 {
		t.Fatalf("only %d files to test", len(files))
	}
	for name, data := range files {
		once, err := Format(data)
		if err != nil {
			t.Errorf("%s: %v\n%s", name, err, data)
			continue
		}
		checkFormatted(t, name, data, once)
	}
}

func checkFormatted(t *testing.T, name string, data, once []byte) {
	t.Helper()
	var in, out yaml.Node
	if err := yaml.Unmarshal(data, &in); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := yaml.Unmarshal(once, &out); err != nil {
		t.Errorf("%s: formatted file does not parse: %v\n%s", name, err, once)
		return
	}
	if a, b := meaning(in.Content[0]), meaning(out.Content[0]); a != b {
		t.Errorf("%s: formatting changed a value:\n--- input\n%s\n--- output\n%s\n%s\n%s", name, data, once, a, b)
		return
	}
	twice, err := Format(once)
	if err != nil {
		t.Errorf("%s: formatted file: %v", name, err)
	} else if !bytes.Equal(once, twice) {
		t.Errorf("%s: not idempotent:\n%s\n---\n%s", name, once, twice)
	}
}

// Quotes stay where plain text would read as another type; plain numbers
// stay numbers.
func TestFormatQuotes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"title: '1956'\n", "title: '1956'\n"},
		{"title: \"true\"\n", "title: 'true'\n"},
		{"title: '0x1F'\n", "title: '0x1F'\n"},
		{"title: \"2024-01-30\"\n", "title: '2024-01-30'\n"},
		{"title: '1e3'\n", "title: '1e3'\n"},
		{"title: 'null'\n", "title: 'null'\n"},
		{"title: 1956\n", "title: 1956\n"},
		{"title: 'plain text'\n", "title: plain text\n"},
		{"tags: ['1956', b]\n", "tags:\n  - '1956'\n  - b\n"},
		{"summary: |\n  One line.\n", "summary: |\n  One line.\n"},
		{"summary: \"\\ttab first\"\n", "summary: \"\\ttab first\"\n"},
		{"summary: ' lead'\n", "summary: ' lead'\n"},
	}
	for _, tt := range tests {
		got, err := Format([]byte(tt.in))
		if err != nil {
			t.Errorf("Format(%q): %v", tt.in, err)
			continue
		}
		want := SchemaComment + "\n\n" + tt.want
		if string(got) != want {
			t.Errorf("Format(%q) =\n%s\nwant\n%s", tt.in, got, want)
		}
	}
}

func TestFormatTooLarge(t *testing.T) {
	data := []byte("title: " + strings.Repeat("a", MaxFileSize) + "\n")
	if _, err := Format(data); err == nil || !strings.Contains(err.Error(), "limit is 1048576 (1 MiB)") {
		t.Errorf("Format of %d bytes: %v", len(data), err)
	}
}

// FuzzFormat: fmt never panics; when it formats a file, the output means
// the same and formats to itself.
func FuzzFormat(f *testing.F) {
	for _, data := range genFiles(f) {
		f.Add(data)
	}
	f.Add([]byte(testEvent))
	f.Fuzz(func(t *testing.T, data []byte) {
		once, err := Format(data)
		if errors.Is(err, errChangesMeaning) {
			// Safe, but a file fmt cannot format is a formatting bug.
			t.Fatalf("%v:\n%s", err, data)
		}
		if err != nil {
			return
		}
		checkFormatted(t, "fuzz", data, once)
	})
}

// hostileFiles are files near the size and depth limits whose formatting
// was once quadratic or worse: deep nesting, many keys out of order, very
// long lines.
func hostileFiles() map[string][]byte {
	deep := 9000 // yaml.v3 refuses more than 10,000 levels
	var keys strings.Builder
	for keys.Len() < MaxFileSize-100 {
		keys.WriteString("zz: y\nid: x\n")
	}
	return map[string][]byte{
		"nested mappings":   []byte("id: " + strings.Repeat("{a: ", deep) + "b" + strings.Repeat("}", deep) + "\n"),
		"nested lists":      []byte("id: " + strings.Repeat("[", deep) + strings.Repeat("]", deep) + "\n"),
		"indented mappings": []byte(nestedBlock(500)),
		"keys out of order": []byte(keys.String()),
		"one long line":     []byte("summary: " + strings.Repeat("word ", (MaxFileSize-100)/5) + "end\n"),
	}
}

func nestedBlock(depth int) string {
	var b strings.Builder
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat("  ", i) + "a:\n")
	}
	b.WriteString(strings.Repeat("  ", depth) + "b: >-\n" + strings.Repeat("  ", depth+1) + strings.Repeat("w ", 200) + "\n")
	return b.String()
}

// Formatting a hostile file takes about as long as reading it: each of
// these took from 10 s to minutes when the work grew with the square of
// the depth or the number of keys.
func TestFormatBounded(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector slows yaml.v3 tenfold; the bound is checked without it")
	}
	for name, data := range hostileFiles() {
		done := make(chan error, 1)
		go func() { _, err := Format(data); done <- err }()
		select {
		case err := <-done:
			if err != nil && !strings.Contains(err.Error(), "nested more than 20 levels deep") {
				t.Errorf("%s: %v", name, err)
			}
		case <-time.After(60 * time.Second):
			t.Fatalf("%s (%d bytes): Format takes more than 60 s", name, len(data))
		}
	}
}

func BenchmarkFormatHostile(b *testing.B) {
	for name, data := range hostileFiles() {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				Format(data)
			}
		})
	}
}
