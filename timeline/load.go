package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// MaxFileSize is the largest data file the loader reads. An event is a few
// kilobytes; anything near this limit is a mistake, not an event.
const MaxFileSize = 1 << 20

// EventsDir is the folder of a data folder that holds one file per event.
const EventsDir = "events"

// LoadOptions say where a data folder is and how to name its files.
type LoadOptions struct {
	// Prefix is joined before file names in diagnostics, e.g. "data".
	Prefix string
	// Dir is the operating-system folder behind the FS, if there is one; it is
	// used to see where symbolic links lead. Embedded data has none.
	Dir string
}

// LoadDir loads and validates the data folder dir.
func LoadDir(dir string) (*Timeline, Diagnostics) {
	return Load(os.DirFS(dir), LoadOptions{Prefix: dir, Dir: dir})
}

// Load reads the vocabularies and events of a data folder, validates them and
// returns the ordered timeline with every finding, sorted by path and line.
// The timeline is only trustworthy when the diagnostics hold no errors.
func Load(fsys fs.FS, opts LoadOptions) (*Timeline, Diagnostics) {
	l := &loader{fsys: fsys, opts: opts}
	tl := l.load()
	l.diags.Sort()
	return tl, l.diags
}

type loader struct {
	fsys  fs.FS
	opts  LoadOptions
	diags Diagnostics

	vocab  vocabNodes
	events []loadedEvent
	root   string // opts.Dir with links resolved, once known
}

type loadedEvent struct {
	Event
	nodes eventNodes
}

func (l *loader) display(name string) string {
	if l.opts.Prefix == "" {
		return name
	}
	return path.Join(filepath.ToSlash(l.opts.Prefix), name)
}

func (l *loader) fileError(name string, format string, args ...any) {
	l.diags = append(l.diags, Diagnostic{Path: l.display(name), Severity: SeverityError, Msg: message(format, args...)})
}

func (l *loader) load() *Timeline {
	tl := &Timeline{Title: DefaultTitle}
	vocab := []struct {
		name   string
		decode func(d *decoder, root *yaml.Node)
	}{
		{kindsFile, func(d *decoder, root *yaml.Node) { tl.Kinds = d.decodeKinds(root, &l.vocab) }},
		{actorsFile, func(d *decoder, root *yaml.Node) { tl.Actors = d.decodeActors(root, &l.vocab) }},
		{placesFile, func(d *decoder, root *yaml.Node) { tl.Places = d.decodePlaces(root, &l.vocab) }},
		{erasFile, func(d *decoder, root *yaml.Node) { tl.Eras = d.decodeEras(root, &l.vocab) }},
	}
	for _, v := range vocab {
		if _, err := fs.Stat(l.fsys, v.name); errors.Is(err, fs.ErrNotExist) {
			l.fileError(v.name, "missing vocabulary file %s", v.name)
			continue
		}
		if root := l.parseFile(v.name); root != nil {
			v.decode(&decoder{path: l.display(v.name), diags: &l.diags}, root)
		}
	}
	l.loadEvents()
	l.validate(tl)
	return tl
}

func (l *loader) loadEvents() {
	info, err := fs.Stat(l.fsys, EventsDir)
	if err != nil || !info.IsDir() {
		l.fileError(EventsDir, "data folder has no %s/ folder of event files", EventsDir)
		return
	}
	if msg := l.checkPath(path.Join(EventsDir, ".")); msg != "" {
		l.fileError(EventsDir, "%s", msg)
		return
	}
	err = fs.WalkDir(l.fsys, EventsDir, func(name string, de fs.DirEntry, err error) error {
		if err != nil {
			l.fileError(name, "cannot read: %v", unwrapPathError(err))
			return nil
		}
		if de.IsDir() {
			return nil
		}
		if de.Type()&fs.ModeSymlink != 0 {
			if msg := l.checkPath(name); msg != "" {
				l.fileError(name, "%s", msg)
				return nil
			}
			if info, err := fs.Stat(l.fsys, name); err == nil && info.IsDir() {
				l.diags = append(l.diags, Diagnostic{Path: l.display(name), Severity: SeverityNote,
					Msg: "symbolic link to a folder; not followed"})
				return nil
			}
		}
		if ext := path.Ext(name); ext != ".yaml" && ext != ".yml" {
			l.diags = append(l.diags, Diagnostic{Path: l.display(name), Severity: SeverityNote,
				Msg: "not a .yaml or .yml file; ignored"})
			return nil
		}
		root := l.parseFile(name)
		if root == nil {
			return nil
		}
		d := &decoder{path: l.display(name), diags: &l.diags}
		e, nodes := d.decodeEvent(root)
		e.Path = name
		l.events = append(l.events, loadedEvent{Event: e, nodes: nodes})
		return nil
	})
	if err != nil {
		l.fileError(EventsDir, "cannot read: %v", err)
	}
}

// parseFile reads name and returns its YAML root node, or nil after
// reporting why it cannot be used.
func (l *loader) parseFile(name string) *yaml.Node {
	data, ok := l.readFile(name)
	if !ok {
		return nil
	}
	root, diag := parseYAML(data)
	if diag != nil {
		diag.Path = l.display(name)
		l.diags = append(l.diags, *diag)
		return nil
	}
	return root
}

// readFile applies the file-level checks: where links lead, size, emptiness
// and text encoding.
func (l *loader) readFile(name string) ([]byte, bool) {
	if msg := l.checkPath(name); msg != "" {
		l.fileError(name, "%s", msg)
		return nil, false
	}
	info, err := fs.Stat(l.fsys, name)
	if err != nil {
		l.fileError(name, "cannot read: %v", unwrapPathError(err))
		return nil, false
	}
	if info.IsDir() {
		l.fileError(name, "is a folder, expected a file")
		return nil, false
	}
	if !info.Mode().IsRegular() {
		// Opening a FIFO would wait for a writer forever.
		l.fileError(name, "not a regular file (%s); expected a YAML file", fileKind(info.Mode()))
		return nil, false
	}
	if info.Size() > MaxFileSize {
		l.fileError(name, "file is %d bytes; the limit is %d (1 MiB)", info.Size(), MaxFileSize)
		return nil, false
	}
	f, err := l.fsys.Open(name)
	if err != nil {
		l.fileError(name, "cannot read: %v", unwrapPathError(err))
		return nil, false
	}
	defer f.Close()
	// Read one byte more than allowed: a file may grow between Stat and Read.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		l.fileError(name, "cannot read: %v", unwrapPathError(err))
		return nil, false
	}
	if len(data) > MaxFileSize {
		l.fileError(name, "file is over the limit of %d bytes (1 MiB)", MaxFileSize)
		return nil, false
	}
	if len(bytes.TrimSpace(data)) == 0 {
		l.fileError(name, "empty file: expected a YAML mapping")
		return nil, false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := position(data, i)
		l.diags = append(l.diags, Diagnostic{Path: l.display(name), Line: line, Col: col, Severity: SeverityError,
			Msg: "binary file: NUL byte; expected UTF-8 YAML text"})
		return nil, false
	}
	if !utf8.Valid(data) {
		i := invalidUTF8(data)
		line, col := position(data, i)
		l.diags = append(l.diags, Diagnostic{Path: l.display(name), Line: line, Col: col, Severity: SeverityError,
			Msg: "not UTF-8 text: invalid byte; save the file as UTF-8"})
		return nil, false
	}
	return data, true
}

// checkPath says why name may not be read, or "": a symbolic link, of the
// file or of any folder on its way, that leads outside the data folder.
// Files that exist only in the FS (a draft being checked) pass.
func (l *loader) checkPath(name string) string {
	if l.opts.Dir == "" {
		return ""
	}
	if l.root == "" {
		root, err := filepath.EvalSymlinks(l.opts.Dir)
		if err != nil {
			return "cannot resolve the data folder"
		}
		l.root = root
	}
	full := filepath.Join(l.opts.Dir, filepath.FromSlash(name))
	dir, err := filepath.EvalSymlinks(filepath.Dir(full))
	if err != nil {
		return ""
	}
	if !within(l.root, dir) {
		return "a folder on its path is a symbolic link that leads outside the data folder"
	}
	fi, err := os.Lstat(full)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return ""
	}
	target, err := filepath.EvalSymlinks(full)
	if err != nil {
		return "broken symbolic link"
	}
	if !within(l.root, target) {
		return "symbolic link leads outside the data folder"
	}
	return ""
}

// within reports whether path lies in root (both resolved).
func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// position turns a byte offset into a 1-based line and column (in bytes).
func position(data []byte, off int) (line, col int) {
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserProblems are the messages of yaml.v3's parser (as opposed to its
// scanner). For these yaml.v3 reports a 0-based line as if it were
// 1-based: the line before the fault (an unclosed "[" on line 11 comes out
// as "line 10"). The scanner's lines are right.
var parserProblems = map[string]string{
	"did not find expected ',' or ']'":       "[",
	"did not find expected ',' or '}'":       "{",
	"did not find expected key":              "",
	"did not find expected '-' indicator":    "",
	"did not find expected node content":     "",
	"found undefined tag handle":             "!",
	"did not find expected <document start>": "",
	"found duplicate %TAG directive":         "",
	"found duplicate %YAML directive":        "",
	"found incompatible YAML document":       "",
}

// parseYAML parses a single YAML document and returns its root node.
// yaml.v3's syntax errors carry a line but no column: see syntaxDiagnostic
// for the column given.
func parseYAML(data []byte) (*yaml.Node, *Diagnostic) {
	doc, diag := parseDocument(data)
	if diag != nil {
		return nil, diag
	}
	return doc.Content[0], nil
}

// parseDocument is parseYAML returning the document node, which holds the
// comments above the root.
func parseDocument(data []byte) (doc *yaml.Node, diag *Diagnostic) {
	defer func() {
		// yaml.v3 has panicked on hostile input before; a data file must never
		// crash the tool.
		if r := recover(); r != nil {
			doc, diag = nil, &Diagnostic{Line: 1, Col: 1, Severity: SeverityError, Msg: fmt.Sprintf("YAML parser failed: %v", r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	doc = &yaml.Node{}
	if err := dec.Decode(doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Diagnostic{Severity: SeverityError, Msg: "empty file: expected a YAML mapping"}
		}
		return nil, syntaxDiagnostic(data, err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, &Diagnostic{Line: next.Line, Col: next.Column, Severity: SeverityError,
			Msg: "more than one YAML document; an event file holds one"}
	case !errors.Is(err, io.EOF):
		return nil, syntaxDiagnostic(data, err)
	}
	if len(doc.Content) == 0 {
		return nil, &Diagnostic{Severity: SeverityError, Msg: "empty file: expected a YAML mapping"}
	}
	if a := findAlias(doc); a != nil {
		return nil, &Diagnostic{Line: a.Line, Col: a.Column, Severity: SeverityError,
			Msg: "YAML aliases (*name) are not supported; write the value out"}
	}
	return doc, nil
}

// syntaxDiagnostic turns a yaml.v3 error into a finding. The line is
// corrected for parser errors (see parserProblems); the column is that of
// the bracket or tag the message is about when the line has one, else the
// line's first non-blank byte.
func syntaxDiagnostic(data []byte, err error) *Diagnostic {
	msg := err.Error()
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	opener, parser := parserProblems[msg]
	if parser {
		line++
	}
	line = max(line, 1)
	col := firstNonBlank(data, line)
	if opener != "" {
		if c := lastOpen(lineText(data, line), opener); c > 0 {
			col = c
		}
	}
	if c := faultColumn(lineText(data, line), msg); c > 0 {
		col = c
	}
	if opener == "[" || opener == "{" {
		close := map[string]string{"[": "]", "{": "}"}[opener]
		msg += fmt.Sprintf(" (is the %s opened here closed with %s?)", opener, close)
	}
	return &Diagnostic{Line: line, Col: col, Severity: SeverityError, Msg: "YAML syntax: " + msg}
}

// faultColumn finds, for the scanner errors whose cause is visible on the
// line, the 1-based column of that cause, or 0.
func faultColumn(text []byte, msg string) int {
	switch msg {
	case "mapping values are not allowed in this context":
		// The colon after a value that already follows a key ("a: b: c"),
		// or the only colon of a key indented where no key may be.
		var colons []int
		for i, c := range text {
			if c == ':' && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\t') {
				colons = append(colons, i)
			}
		}
		switch {
		case len(colons) >= 2:
			return colons[1] + 1
		case len(colons) == 1:
			return colons[0] + 1
		}
	case "found character that cannot start any token":
		// "@" and "`" are reserved; they cannot begin a plain value.
		for i, c := range text {
			if (c == '@' || c == '`') && (i == 0 || text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '[' || text[i-1] == ',') {
				return i + 1
			}
		}
	case "found a tab character that violates indentation":
		return bytes.IndexByte(text, '\t') + 1
	}
	return 0
}

// lineText returns the 1-based line of data.
func lineText(data []byte, line int) []byte {
	for i := 1; i < line; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return nil
		}
		data = data[j+1:]
	}
	if j := bytes.IndexByte(data, '\n'); j >= 0 {
		data = data[:j]
	}
	return data
}

// lastOpen returns the 1-based column of the last opener on the line that
// the line does not close, or 0.
func lastOpen(text []byte, opener string) int {
	if opener == "!" {
		return bytes.IndexByte(text, '!') + 1
	}
	close := map[string]byte{"[": ']', "{": '}'}[opener]
	var open []int
	for i, c := range text {
		switch {
		case c == opener[0]:
			open = append(open, i)
		case c == close && len(open) > 0:
			open = open[:len(open)-1]
		}
	}
	if len(open) == 0 {
		return 0
	}
	return open[len(open)-1] + 1
}

func firstNonBlank(data []byte, line int) int {
	text := lineText(data, line)
	return 1 + len(text) - len(bytes.TrimLeft(text, " \t"))
}

func findAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := findAlias(c); a != nil {
			return a
		}
	}
	return nil
}

// CheckNew loads the dataset a command opened (the data folder, or the
// embedded dataset) as if the new event files were in its events/ folder
// (names are base names, such as "1956-10-19-x.yaml") and returns the
// findings about them, so that add and suggest can refuse a file before it
// is written rather than remove it after.
func CheckNew(from Opened, embedded fs.FS, files map[string][]byte) Diagnostics {
	extra := map[string][]byte{}
	for name, data := range files {
		extra[path.Join(EventsDir, name)] = data
	}
	base, opts := embedded, LoadOptions{Prefix: "data"}
	if !from.Embedded {
		base, opts = os.DirFS(from.Dir), LoadOptions{Prefix: from.Dir, Dir: from.Dir}
	}
	_, diags := Load(overlayFS{base: base, files: extra}, opts)
	var out Diagnostics
	for _, d := range diags {
		for name := range extra {
			if d.Path == path.Join(filepath.ToSlash(opts.Prefix), name) {
				out = append(out, d)
			}
		}
	}
	out.Sort()
	return out
}

// overlayFS is base with some files added or replaced, in memory.
type overlayFS struct {
	base  fs.FS
	files map[string][]byte
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if data, ok := o.files[name]; ok {
		return &memFile{Reader: bytes.NewReader(data), info: memInfo{name: path.Base(name), size: int64(len(data))}}, nil
	}
	return o.base.Open(name)
}

func (o overlayFS) Stat(name string) (fs.FileInfo, error) {
	if data, ok := o.files[name]; ok {
		return memInfo{name: path.Base(name), size: int64(len(data))}, nil
	}
	return fs.Stat(o.base, name)
}

func (o overlayFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(o.base, name)
	if err != nil {
		return nil, err
	}
	for file, data := range o.files {
		if path.Dir(file) != name {
			continue
		}
		entries = slices.DeleteFunc(entries, func(e fs.DirEntry) bool { return e.Name() == path.Base(file) })
		entries = append(entries, fs.FileInfoToDirEntry(memInfo{name: path.Base(file), size: int64(len(data))}))
	}
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, nil
}

type memFile struct {
	*bytes.Reader
	info memInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }

type memInfo struct {
	name string
	size int64
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.size }
func (i memInfo) Mode() fs.FileMode  { return 0o644 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }
