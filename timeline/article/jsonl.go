package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Lines reads a JSON Lines corpus one line at a time, in constant memory: a
// line is held only until the next call. Parse each line with ParseLine,
// possibly on other goroutines (copy the bytes first).
type Lines struct {
	r    *bufio.Reader
	buf  []byte
	line int
}

// NewLines reads a corpus from r.
func NewLines(r io.Reader) *Lines {
	return &Lines{r: bufio.NewReaderSize(r, 64<<10)}
}

// Buffered reports whether input is already buffered, so that Next can
// start without waiting on the reader (a corpus arriving through a pipe is
// then handled as it comes, rather than when a batch of lines fills).
func (l *Lines) Buffered() bool { return l.r.Buffered() > 0 }

// ErrLineTooLong reports a line over MaxSize; the reader skips it and goes on.
var ErrLineTooLong = errors.New("line is over the size limit")

// Next returns the next line without its newline, and its 1-based number.
// It returns io.EOF at the end. A line over MaxSize gives ErrLineTooLong
// (the line is skipped, reading can continue); other errors are final.
func (l *Lines) Next() ([]byte, int, error) {
	l.buf = l.buf[:0]
	tooLong := false
	chunk, err := l.r.ReadSlice('\n')
	if err == nil && len(chunk) <= MaxSize+1 {
		// The whole line is in the reader's buffer: no copy (it stays
		// there until the next call).
		l.line++
		return bytes.TrimRight(chunk, "\r\n"), l.line, nil
	}
	for first := true; ; first = false {
		if !first {
			chunk, err = l.r.ReadSlice('\n')
		}
		if !tooLong {
			if len(l.buf)+len(chunk) > MaxSize+1 {
				tooLong = true
				l.buf = l.buf[:0]
			} else {
				l.buf = append(l.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, l.line, err
		}
		if errors.Is(err, io.EOF) && len(chunk) == 0 && len(l.buf) == 0 && !tooLong {
			return nil, l.line, io.EOF
		}
		l.line++
		if tooLong {
			return nil, l.line, fmt.Errorf("line %d: %w (%d bytes)", l.line, ErrLineTooLong, MaxSize)
		}
		return bytes.TrimRight(l.buf, "\r\n"), l.line, nil
	}
}

// corpusLine is one article of a JSON Lines corpus. The bench files call the
// publication time "dct" (document creation time).
type corpusLine struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Publisher string  `json:"publisher"`
	Language  string  `json:"language"`
	Lang      string  `json:"lang"` // the bench files' name for it
	Published string  `json:"published"`
	DCT       string  `json:"dct"`
	Text      *string `json:"text"`
}

// ParseLine decodes one corpus line into an article. Errors name the line.
func ParseLine(line []byte, n int, opts Options) (*Article, error) {
	return parseLine(line, n, opts, nil)
}

// A LineParser decodes corpus lines as ParseLine does, but lends each
// article its text instead of copying it: the Body is the line's own bytes,
// or, when the text has escapes, a buffer the parser reuses from line to
// line. An article is then valid only until the next Parse or until the
// line's bytes change, whichever comes first, and nothing of its Body may
// be kept beyond that. For a corpus whose articles are tagged and written
// one by one, this saves allocating and collecting the whole corpus's text
// again: 19.5 of the 23 MB a run over a 20 MB corpus allocated.
type LineParser struct {
	text []byte
}

// Parse decodes one corpus line; see LineParser for how long the article
// lasts.
func (p *LineParser) Parse(line []byte, n int, opts Options) (*Article, error) {
	a, err := parseLine(line, n, opts, &p.text)
	if cap(p.text) > 1<<20 {
		p.text = nil // let a huge article's buffer go once it is done with
	}
	return a, err
}

func parseLine(line []byte, n int, opts Options, reuse *[]byte) (*Article, error) {
	// A byte-order mark starts a file some editors saved, and a line of
	// files joined with cat: it is not part of the JSON.
	bom := 0
	if bytes.HasPrefix(line, byteOrderMark) {
		line, bom = line[len(byteOrderMark):], len(byteOrderMark)
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return nil, fmt.Errorf("line %d: empty line", n)
	}
	if bytes.HasPrefix(line, []byte{0xFF, 0xFE}) || bytes.HasPrefix(line, []byte{0xFE, 0xFF}) {
		// What some shells' ">" writes on Windows.
		return nil, fmt.Errorf("line %d: UTF-16 text (it starts with a UTF-16 byte-order mark); save the file as UTF-8", n)
	}
	c, flags, ok := scanLine(line, reuse)
	if !ok {
		var slow corpusLine // its own variable: only this one escapes to the heap
		if err := json.Unmarshal(line, &slow); err != nil {
			return nil, fmt.Errorf("line %d: %v", n, jsonError(line, err, bom))
		}
		c, flags = slow, flagDirty|flagScript
	}
	if c.Text == nil {
		return nil, fmt.Errorf("line %d: no \"text\" field", n)
	}
	id := c.ID
	if id == "" {
		id = fmt.Sprintf("line-%d", n)
	}
	a := &Article{ID: id, URL: c.URL, Title: c.Title, Publisher: c.Publisher, Language: firstNonEmpty(c.Language, c.Lang), Body: *c.Text}
	if p := firstNonEmpty(c.Published, c.DCT); p != "" {
		t, err := ParsePublished(p, opts.location())
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		a.Published, a.PublishedFrom = t, "metadata"
	}
	if flags&flagDirty == 0 {
		a.cleanMetadata() // the body has nothing to clean: no copy of it
	} else {
		a.clean()
	}
	detect := DetectLanguage
	if flags&flagScript == 0 {
		detect = detectedEnglish // no letter of another script to count
	}
	if err := a.anchorWith(opts, false, detect); err != nil {
		return nil, fmt.Errorf("line %d (id %q): %w", n, id, err)
	}
	return a, nil
}

// byteOrderMark is U+FEFF in UTF-8.
var byteOrderMark = []byte("\ufeff")

// jsonError adds the column to encoding/json's syntax errors, counting the
// skip bytes left out before line.
func jsonError(line []byte, err error, skip int) error {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return fmt.Errorf("invalid JSON: %v", err)
	}
	msg := se.Error()
	// encoding/json names a byte beyond ASCII as a character of its own
	// ('Ã' for the first byte of 'é'): name the character, or the byte.
	if i := int(se.Offset) - 1; i >= 0 && i < len(line) && line[i] >= utf8.RuneSelf {
		if rest, ok := strings.CutPrefix(msg, "invalid character '"+string(rune(line[i]))+"'"); ok {
			if r, _ := utf8.DecodeRune(line[i:]); r != utf8.RuneError {
				msg = fmt.Sprintf("invalid character %q%s", r, rest)
			} else {
				msg = fmt.Sprintf("invalid byte 0x%02X (not UTF-8)%s", line[i], rest)
			}
		}
	}
	return fmt.Errorf("invalid JSON at column %d: %s", se.Offset+int64(skip), msg)
}
