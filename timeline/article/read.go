package article

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Kind is the format of an article file.
type Kind int

// Article file formats.
const (
	KindText  Kind = iota // plain text or Markdown, front matter optional
	KindHTML              // a web page
	KindLines             // a JSON Lines corpus
)

// KindOf picks the reader for a file name: .html/.htm are pages, .jsonl and
// .ndjson corpora, anything else text.
func KindOf(name string) Kind {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return KindHTML
	case ".jsonl", ".ndjson":
		return KindLines
	}
	return KindText
}

// IDOf is an article's id from its file name: the base name without
// extension, control characters replaced (see CleanControls).
func IDOf(name string) string {
	base := filepath.Base(name)
	return CleanControls(strings.TrimSuffix(base, filepath.Ext(base)))
}

// Read reads one text or HTML article from r; name picks the reader and
// gives the id. JSON Lines corpora are read with NewLines instead.
func Read(name string, r io.Reader, opts Options) (*Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if KindOf(name) == KindHTML {
		return ReadHTML(IDOf(name), data, opts)
	}
	return ReadText(IDOf(name), data, opts)
}

// ReadFile reads one text or HTML article file. Errors name the file.
func ReadFile(name string, opts Options) (*Article, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not an article", name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := Read(name, f, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}
