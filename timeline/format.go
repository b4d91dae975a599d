package timeline

import (
	"bytes"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// SchemaComment is the first line of every event file: it points editors
// (the YAML language server) at the JSON Schema, for completion and checks
// as one types.
const SchemaComment = "# yaml-language-server: $schema=../schema/event.schema.json"

// Canonical key orders of event files and of their sources.
var (
	eventKeyOrder  = []string{"id", "date", "title", "summary", "kind", "era", "actors", "places", "tags", "perspectives", "aliases", "related", "sources", "notes", "status"}
	sourceKeyOrder = []string{"title", "publisher", "url", "published", "quote", "language"}
)

// Width is where fmt wraps long text.
const Width = 100

// Format rewrites an event file in canonical form: the schema comment first,
// keys in schema order (unknown keys kept, last, for validate to report),
// two-space indentation, folded block scalars for long text wrapped at
// Width, short lists in flow style, and quotes only where YAML needs them.
// Comments are kept. Formatting a formatted file changes nothing.
func Format(data []byte) ([]byte, error) {
	if _, diag := parseYAML(data); diag != nil {
		return nil, fmt.Errorf("%d:%d: %s", max(diag.Line, 1), max(diag.Col, 1), diag.Msg)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%d:%d: an event file is a mapping of keys to values", root.Line, root.Column)
	}
	canonicalize(root, eventKeyOrder)
	if !strings.Contains(doc.HeadComment+root.HeadComment, "yaml-language-server") {
		doc.HeadComment = strings.TrimSpace(SchemaComment + "\n" + doc.HeadComment)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return wrapFolded(buf.Bytes()), nil
}

// canonicalize orders a mapping's keys and sets the styles of its values.
func canonicalize(m *yaml.Node, order []string) {
	type pair struct{ k, v *yaml.Node }
	var pairs []pair
	for i := 0; i+1 < len(m.Content); i += 2 {
		pairs = append(pairs, pair{m.Content[i], m.Content[i+1]})
	}
	rank := func(k string) int {
		for i, o := range order {
			if o == k {
				return i
			}
		}
		return len(order)
	}
	// A stable insertion sort: unknown keys keep their relative order.
	for i := 1; i < len(pairs); i++ {
		for j := i; j > 0 && rank(pairs[j].k.Value) < rank(pairs[j-1].k.Value); j-- {
			pairs[j], pairs[j-1] = pairs[j-1], pairs[j]
		}
	}
	m.Content = m.Content[:0]
	for _, p := range pairs {
		m.Content = append(m.Content, p.k, p.v)
		style(p.k, p.v)
	}
	m.Style = 0
}

// style sets the canonical style of the value of key k.
func style(k, v *yaml.Node) {
	switch v.Kind {
	case yaml.ScalarNode:
		scalarStyle(v)
	case yaml.SequenceNode:
		for _, item := range v.Content {
			if item.Kind == yaml.MappingNode {
				if k.Value == "sources" {
					canonicalize(item, sourceKeyOrder)
				} else {
					canonicalize(item, nil)
				}
			} else {
				style(k, item)
			}
		}
		v.Style = 0
		if flowFits(k.Value, v) {
			v.Style = yaml.FlowStyle
		}
	case yaml.MappingNode:
		canonicalize(v, nil) // perspectives: the file's order is the author's
	}
}

// scalarStyle: folded for long prose, literal where the text has its own
// line breaks, plain otherwise; the emitter adds quotes where plain text
// would be read as something else.
func scalarStyle(v *yaml.Node) {
	switch {
	case v.Tag == "!!null" && v.Value == "" || v.Value == "~":
		return // an empty value stays empty for validate to report
	case strings.Contains(strings.TrimRight(v.Value, "\n"), "\n"):
		v.Style = yaml.LiteralStyle
	case len(v.Value) > Width-20 && strings.TrimSpace(v.Value) == v.Value && !strings.Contains(v.Value, "  "):
		v.Style = yaml.FoldedStyle
	default:
		v.Style = 0
	}
	v.Tag = ""
	if isNullWord(v.Value) || (v.Style == 0 && v.Value == "") {
		v.Tag = "!!str" // keeps "null" and "" text, quoted
	}
}

func isNullWord(s string) bool {
	switch s {
	case "~", "null", "Null", "NULL":
		return true
	}
	return false
}

// flowFits: a list of short single words (ids) stays on its key's line, as
// "actors: [japan, russia]", when the line fits.
func flowFits(key string, v *yaml.Node) bool {
	n := len(key) + 4
	for _, item := range v.Content {
		if item.Kind != yaml.ScalarNode || item.Style != 0 || len(item.Value) > 40 ||
			strings.ContainsAny(item.Value, " ,[]{}#:'\"&*!|>%@`") || item.HeadComment != "" || item.LineComment != "" {
			return false
		}
		n += len(item.Value) + 2
	}
	return len(v.Content) > 0 && n <= Width
}

// wrapFolded wraps the text lines of folded block scalars at Width. In a
// folded scalar a single line break between two lines reads as a space, so
// breaking at a single space changes nothing in the value.
func wrapFolded(out []byte) []byte {
	lines := strings.Split(string(out), "\n")
	var b strings.Builder
	inFolded, indent := false, 0
	for i, line := range lines {
		trimmed := strings.TrimLeft(line, " ")
		lineIndent := len(line) - len(trimmed)
		if inFolded && (trimmed == "" || lineIndent < indent) {
			inFolded = false
		}
		if inFolded {
			writeWrapped(&b, line[:lineIndent], trimmed)
		} else {
			b.WriteString(line)
		}
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
		if strings.HasSuffix(line, ">-") || strings.HasSuffix(line, ">") {
			if h := strings.TrimSuffix(strings.TrimSuffix(line, ">-"), ">"); strings.HasSuffix(h, ": ") || strings.HasSuffix(strings.TrimLeft(h, " "), "- ") || strings.TrimSpace(h) == "-" {
				inFolded, indent = true, len(line)-len(strings.TrimLeft(line, " "))+1
			}
		}
	}
	return []byte(b.String())
}

func writeWrapped(b *strings.Builder, pad, text string) {
	for len(pad)+len(text) > Width {
		cut := -1
		for i := Width - len(pad); i > 0; i-- {
			if i < len(text)-1 && text[i] == ' ' && text[i-1] != ' ' && text[i+1] != ' ' {
				cut = i
				break
			}
		}
		if cut < 0 {
			break // one long word: leave the line long
		}
		b.WriteString(pad + text[:cut] + "\n")
		text = text[cut+1:]
	}
	b.WriteString(pad + text)
}
