package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is %d bytes; the limit is %d (1 MiB)", len(data), MaxFileSize)
	}
	doc, diag := parseDocument(data)
	if diag != nil {
		diag.Line = max(diag.Line, 1)
		return nil, *diag
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, Diagnostic{Line: root.Line, Col: root.Column, Msg: "an event file is a mapping of keys to values"}
	}
	if n := tooDeep(root, MaxFormatDepth); n != nil {
		return nil, Diagnostic{Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(
			"nested more than %d levels deep (an event file needs 4); fmt leaves it for validate to report", MaxFormatDepth)}
	}
	before := meaning(root)
	dropAnchors(root)
	canonicalize(root, eventKeyOrder)
	if !strings.Contains(doc.HeadComment+root.HeadComment, "yaml-language-server") {
		doc.HeadComment = strings.TrimSpace(SchemaComment + "\n" + doc.HeadComment)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	// The output must mean what the input meant. Wrapping is the step most
	// likely to go wrong on text nobody foresaw; without it the encoder's
	// output is the fallback, and if even that differs fmt refuses rather
	// than change a value.
	for _, out := range [][]byte{wrapFolded(buf.Bytes()), buf.Bytes()} {
		if sameMeaning(out, before) {
			return out, nil
		}
	}
	return nil, errChangesMeaning
}

// MaxFormatDepth bounds the nesting fmt rewrites. Block style indents each
// level, so a file of deeply nested flow mappings would come out with a
// size that grows with the square of its depth.
const MaxFormatDepth = 20

// tooDeep returns the first node nested deeper than limit, or nil.
func tooDeep(n *yaml.Node, limit int) *yaml.Node {
	if limit < 0 {
		return n
	}
	for _, c := range n.Content {
		if d := tooDeep(c, limit-1); d != nil {
			return d
		}
	}
	return nil
}

// errChangesMeaning: fmt found no output that means what the file means.
var errChangesMeaning = errors.New("formatting would change a value of this file; leave it as it is and report it")

// dropAnchors removes anchors ("&name"): parseYAML refuses the aliases
// that would use them, so they mean nothing, and yaml.v3 writes some of them
// (on an empty key) in a form it reads back differently.
func dropAnchors(n *yaml.Node) {
	n.Anchor = ""
	for _, c := range n.Content {
		dropAnchors(c)
	}
}

// sameMeaning reports whether out parses to a document whose values and
// YAML types are those described by want.
func sameMeaning(out []byte, want string) bool {
	var doc yaml.Node
	if err := yaml.Unmarshal(out, &doc); err != nil || len(doc.Content) != 1 {
		return false
	}
	return meaning(doc.Content[0]) == want
}

// meaning describes a node's value for comparison: each scalar's resolved
// tag and text, lists in order, mappings as their entries sorted (fmt
// reorders keys), comments and styles left out.
func meaning(n *yaml.Node) string {
	var b strings.Builder
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		switch n.Kind {
		case yaml.ScalarNode:
			if n.ShortTag() == "!!null" {
				b.WriteString("!!null") // "", "~" and "null" are the same null
				return
			}
			fmt.Fprintf(&b, "%s%q", n.ShortTag(), n.Value)
		case yaml.AliasNode:
			fmt.Fprintf(&b, "*%q", n.Value)
		case yaml.SequenceNode:
			b.WriteString(n.ShortTag() + "[")
			for _, c := range n.Content {
				walk(c)
				b.WriteByte(',')
			}
			b.WriteByte(']')
		case yaml.MappingNode:
			var entries []string
			for i := 0; i+1 < len(n.Content); i += 2 {
				entries = append(entries, meaning(n.Content[i])+":"+meaning(n.Content[i+1]))
			}
			slices.Sort(entries)
			b.WriteString(n.ShortTag() + "{" + strings.Join(entries, ",") + "}")
		}
	}
	walk(n)
	return b.String()
}

// canonicalize orders a mapping's keys and sets the styles of its values.
func canonicalize(m *yaml.Node, order []string) {
	type pair struct{ k, v *yaml.Node }
	var pairs []pair
	for i := 0; i+1 < len(m.Content); i += 2 {
		pairs = append(pairs, pair{m.Content[i], m.Content[i+1]})
	}
	rank := func(k string) int {
		if i := slices.Index(order, k); i >= 0 {
			return i
		}
		return len(order)
	}
	// Stable: unknown keys, and repeated ones for validate to report, keep
	// their relative order. A sort, not insertion: a hostile file may hold
	// a hundred thousand keys.
	slices.SortStableFunc(pairs, func(a, b pair) int { return rank(a.k.Value) - rank(b.k.Value) })
	m.Content = m.Content[:0]
	for _, p := range pairs {
		m.Content = append(m.Content, p.k, p.v)
		if p.k.Kind == yaml.ScalarNode && p.k.Value == "" && p.k.ShortTag() == "!!null" {
			p.k.Value = "~" // the emitter quotes an empty key, making it text
		}
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
// line breaks, plain otherwise. Only text is restyled, and it keeps its
// "!!str" tag, so the emitter quotes what plain would read as another type
// ("1956", "true", "0x1F", "2001-01-01", "null"). Numbers, booleans,
// nulls and explicitly tagged values stay exactly as written.
func scalarStyle(v *yaml.Node) {
	if v.Style&yaml.TaggedStyle != 0 || v.ShortTag() != "!!str" {
		return
	}
	switch {
	case strings.Contains(v.Value, "\n") && blockSafe(v.Value):
		v.Style = yaml.LiteralStyle
	case len(v.Value) > Width-20 && blockSafe(v.Value) && !strings.ContainsAny(v.Value, "\n\t") && !strings.Contains(v.Value, "  "):
		v.Style = yaml.FoldedStyle
	default:
		v.Style = 0
		probe := yaml.Node{Kind: yaml.ScalarNode, Value: v.Value}
		switch {
		case strings.ContainsAny(v.Value, "\n\t"):
			// Left to itself the encoder writes such text as a block
			// scalar with an indentation indicator, which yaml.v3 gets
			// wrong inside lists; escapes are exact.
			v.Style = yaml.DoubleQuotedStyle
		case probe.ShortTag() != "!!str":
			v.Style = yaml.SingleQuotedStyle // plain would read as another type
		}
	}
	v.Tag = "!!str"
}

// blockSafe: a block scalar cannot start with a space or a line break
// without an indentation indicator the emitter does not write, nor end with
// spaces; such text keeps quotes.
func blockSafe(s string) bool {
	return s != "" && s[0] != ' ' && s[0] != '\t' && s[0] != '\n' &&
		strings.TrimRight(s, " \t") == s && !strings.ContainsAny(s, "\r\u0085\u2028\u2029\ufeff")
}

// flowFits: a list of short single words (ids) stays on its key's line, as
// "actors: [japan, russia]", when the line fits.
func flowFits(key string, v *yaml.Node) bool {
	n := len(key) + 4
	for _, item := range v.Content {
		if item.Kind != yaml.ScalarNode || item.Style != 0 || item.Value == "" || len(item.Value) > 40 ||
			strings.ContainsAny(item.Value, " ,[]{}#:'\"&*!|>%@`") || item.HeadComment != "" || item.LineComment != "" {
			return false
		}
		n += len(item.Value) + 2
	}
	return len(v.Content) > 0 && n <= Width
}

// blockHeader reports whether line ends in a block scalar header after a
// key or a list dash ("summary: >-", "  - |", "quote: >2-"), whether it is
// folded, and the indentation its content must exceed: the key's, or the
// dash's for a list item of its own. It scans the line once (a regular
// expression here backtracked quadratically on deeply indented lines).
func blockHeader(line string) (indent int, folded, ok bool) {
	i := strings.LastIndexByte(line, ' ')
	tok := line[i+1:]
	if !isBlockIndicator(tok) || i < 0 {
		return 0, false, false
	}
	head := line[:i+1]
	rest := strings.TrimLeft(head, " ")
	indent = len(head) - len(rest)
	dashes := 0
	for strings.HasPrefix(rest[dashes:], "- ") {
		dashes += 2
	}
	rest = rest[dashes:]
	switch {
	case rest == "" && dashes > 0:
		return indent + dashes - 2, tok[0] == '>', true
	case strings.HasSuffix(rest, ": ") && rest[0] != ' ' && rest[0] != '-':
		return indent + dashes, tok[0] == '>', true
	}
	return 0, false, false
}

// isBlockIndicator accepts "|" or ">" followed by at most a chomping
// indicator and an indentation digit, in either order.
func isBlockIndicator(tok string) bool {
	if tok == "" || (tok[0] != '|' && tok[0] != '>') || len(tok) > 3 {
		return false
	}
	chomp, digit := false, false
	for _, c := range tok[1:] {
		switch {
		case (c == '-' || c == '+') && !chomp:
			chomp = true
		case c >= '1' && c <= '9' && !digit:
			digit = true
		default:
			return false
		}
	}
	return true
}

// wrapFolded wraps the text lines of folded block scalars at Width. In a
// folded scalar a single line break between two lines of text reads as a
// space, so breaking at a single space between two words changes nothing
// in the value. The content of every block scalar, literal or folded, is
// skipped when looking for headers, so text that looks like a header is
// left alone.
func wrapFolded(out []byte) []byte {
	lines := strings.Split(string(out), "\n")
	var b strings.Builder
	inBlock, folded, headerIndent := false, false, 0
	for i, line := range lines {
		trimmed := strings.TrimLeft(line, " ")
		lineIndent := len(line) - len(trimmed)
		if inBlock && trimmed != "" && lineIndent <= headerIndent {
			inBlock = false
		}
		switch {
		case inBlock && folded && trimmed != "" && !strings.HasPrefix(trimmed, "\t"):
			writeWrapped(&b, line[:lineIndent], trimmed)
		default:
			b.WriteString(line)
		}
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
		if !inBlock {
			// The block ends at the first line no deeper than its key, or
			// than its dash when it is a list item of its own.
			headerIndent, folded, inBlock = blockHeader(line)
		}
	}
	return []byte(b.String())
}

func writeWrapped(b *strings.Builder, pad, text string) {
	for len(pad)+len(text) > Width {
		cut := -1
		for i := Width - len(pad); i > 0; i-- {
			if i < len(text)-1 && text[i] == ' ' && !isBlank(text[i-1]) && !isBlank(text[i+1]) {
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

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// ErrLink is returned by FormatFile for a symbolic link: fmt formats files,
// never what a link points to, and never replaces a link with a file.
var ErrLink = errors.New("symbolic link; not followed (format the file it points to)")

// FormatTargets expands fmt's arguments: files as given, folders to their
// own .yaml and .yml entries, in name order. Nothing is followed: a link,
// given or found, is listed for FormatFile to refuse.
func FormatTargets(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Lstat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if ext := strings.ToLower(filepath.Ext(e.Name())); !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
				out = append(out, filepath.Join(p, e.Name()))
			}
		}
	}
	return out, nil
}

// FormatFile formats the event file name in place and reports whether it
// changed; with check it only reports. It refuses links (ErrLink), anything
// but a regular file (a FIFO would block the read forever) and files over
// MaxFileSize, and keeps the file's permissions. The new content replaces
// the file atomically: a failed run leaves the old file whole.
func FormatFile(name string, check bool) (changed bool, err error) {
	info, err := os.Lstat(name)
	if err != nil {
		return false, err
	}
	switch {
	case info.Mode()&fs.ModeSymlink != 0:
		return false, ErrLink
	case !info.Mode().IsRegular():
		return false, fmt.Errorf("not a regular file (%s); expected a YAML file", fileKind(info.Mode()))
	case info.Size() > MaxFileSize:
		return false, fmt.Errorf("file is %d bytes; the limit is %d (1 MiB)", info.Size(), MaxFileSize)
	}
	f, err := os.Open(name)
	if err != nil {
		return false, err
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	opened, serr := f.Stat()
	f.Close()
	switch {
	case err != nil:
		return false, err
	case serr != nil:
		return false, serr
	case !os.SameFile(info, opened):
		return false, fmt.Errorf("file was replaced while being read; run fmt again")
	}
	out, err := Format(data)
	var d Diagnostic
	if errors.As(err, &d) {
		d.Path = name
		return false, d
	} else if err != nil {
		return false, err
	}
	if bytes.Equal(out, data) {
		return false, nil
	}
	if check {
		return true, nil
	}
	return true, replaceFile(name, out, info)
}

// replaceFile writes data to a temporary file beside name with name's
// permissions and renames it over name.
func replaceFile(name string, data []byte, info fs.FileInfo) (err error) {
	RemoveStaleTemps(name, ".fmt-")
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".fmt-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	// The file may have become a link meanwhile; a rename over it would
	// replace the link, which fmt promises never to do.
	if now, err := os.Lstat(name); err != nil || !os.SameFile(info, now) {
		return errors.Join(errors.New("file was replaced while being formatted; run fmt again"), err)
	}
	return os.Rename(tmp.Name(), name)
}

// fileKind names what a non-regular file is, for messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "a special file"
}

// RemoveStaleTemps removes the temporary files a killed write of name left
// beside it: ".NAME" + kind + random digits, regular files only. Each is
// named for its target, so only a run writing the same file could own one.
func RemoveStaleTemps(name, kind string) {
	prefix := "." + filepath.Base(name) + kind
	entries, err := os.ReadDir(filepath.Dir(name))
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || rest == "" || strings.Trim(rest, "0123456789") != "" || !e.Type().IsRegular() {
			continue
		}
		os.Remove(filepath.Join(filepath.Dir(name), e.Name()))
	}
}
