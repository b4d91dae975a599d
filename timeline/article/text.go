package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// frontMatter is the YAML header of a text article. Other keys (notes about
// provenance, say) are allowed and ignored: an article is not curated data.
type frontMatter struct {
	URL       string `yaml:"url"`
	Title     string `yaml:"title"`
	Publisher string `yaml:"publisher"`
	Language  string `yaml:"language"`
	Published string `yaml:"published"`
}

// ReadText reads a plain-text or Markdown article, with or without YAML
// front matter between "---" lines. Without front matter the first non-empty
// line is the title and the dateline may give the publication date.
func ReadText(id string, data []byte, opts Options) (*Article, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	a := &Article{ID: id}
	body := string(data)
	if fm, rest, line, ok := splitFrontMatter(body); ok {
		var m frontMatter
		if err := yaml.Unmarshal([]byte(fm), &m); err != nil {
			return nil, fmt.Errorf("front matter: %v", shiftYAMLError(err, line))
		}
		a.URL, a.Title, a.Publisher, a.Language = m.URL, m.Title, m.Publisher, m.Language
		if m.Published != "" {
			t, err := ParsePublished(m.Published, opts.location())
			if err != nil {
				return nil, fmt.Errorf("front matter: published: %v", err)
			}
			a.Published, a.PublishedFrom = t, "metadata"
		}
		body = rest
	}
	a.Body = body
	if a.Title == "" {
		a.Title = Clip(firstLine(body), MaxTitle)
	}
	a.clean()
	if err := a.anchor(opts, true); err != nil {
		return nil, err
	}
	return a, nil
}

// anchor settles the publication time: --published first, then the
// metadata, then a dateline that carries a year. Corpora skip the dateline
// search when the time is known: it would tag the head of every article a
// second time.
func (a *Article) anchor(opts Options, dateline bool) error {
	return a.anchorWith(opts, dateline, DetectLanguage)
}

// anchorWith is anchor with the language detector to use: a reader that
// already knows the answer of DetectLanguage spares reading the body again.
func (a *Article) anchorWith(opts Options, dateline bool, detect func(string) string) error {
	a.settleLanguage(opts, detect)
	if dateline || (opts.Published.IsZero() && a.Published.IsZero()) {
		a.Dateline = FindDatelineIn(a.Body, a.Language)
	}
	switch {
	case !opts.Published.IsZero():
		a.Published, a.PublishedFrom = opts.Published, "--published"
	case !a.Published.IsZero():
	case a.Dateline != nil && a.Dateline.Year != 0:
		a.Published = dateOf(a.Dateline, opts)
		a.PublishedFrom = "dateline"
	default:
		return ErrYearUnknown
	}
	return nil
}

// checkText refuses input that is not UTF-8 text, pointing at the bad byte.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("empty file")
	}
	if len(data) > MaxSize {
		return fmt.Errorf("file is %d bytes; the limit is %d", len(data), MaxSize)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := position(data, i)
		return fmt.Errorf("binary file: NUL byte at line %d, column %d", line, col)
	}
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				line, col := position(data, i)
				return fmt.Errorf("not UTF-8 text: invalid byte at line %d, column %d", line, col)
			}
			i += size
		}
	}
	return nil
}

func position(data []byte, off int) (line, col int) {
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	return line, off - bytes.LastIndexByte(data[:off], '\n')
}

// splitFrontMatter separates a leading "---" YAML block from the body and
// returns the line number the YAML starts on.
func splitFrontMatter(s string) (fm, body string, line int, ok bool) {
	first, rest, found := strings.Cut(s, "\n")
	if !found || strings.TrimRight(first, "\r \t") != "---" {
		return "", "", 0, false
	}
	for off := 0; off < len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		var l string
		if end < 0 {
			l, end = rest[off:], len(rest)
		} else {
			l, end = rest[off:off+end], off+end+1
		}
		if t := strings.TrimRight(l, "\r \t"); t == "---" || t == "..." {
			return rest[:off], rest[end:], 2, true
		}
		off = end
	}
	return "", "", 0, false
}

// shiftYAMLError renumbers yaml.v3's "line N" to the line in the file.
func shiftYAMLError(err error, first int) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var n int
	if _, scanErr := fmt.Sscanf(msg, "line %d:", &n); scanErr == nil {
		prefix := fmt.Sprintf("line %d:", n)
		return fmt.Sprintf("line %d:%s", n+first-1, strings.TrimPrefix(msg, prefix))
	}
	return msg
}

func firstLine(s string) string {
	for s != "" {
		l, rest, _ := strings.Cut(s, "\n")
		if t := strings.TrimSpace(l); t != "" {
			return t
		}
		s = rest
	}
	return ""
}
