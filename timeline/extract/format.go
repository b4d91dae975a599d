package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Format names an output format of "timeline extract".
type Format string

// Output formats.
const (
	FormatText   Format = "text"   // each mention in its sentence, with the resolved date
	FormatJSON   Format = "json"   // one JSON document per article, with every field of a mention
	FormatJSONL  Format = "jsonl"  // the bench format: {"id", "timexes": [{start, end, text, type, value}]}
	FormatTimeML Format = "timeml" // the text with <TIMEX3> tags
)

// Formats lists the formats in help order.
var Formats = []Format{FormatText, FormatJSON, FormatJSONL, FormatTimeML}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q; choose %s", s, strings.Join(names, ", "))
}

// ExcerptSide bounds what a mention carries of its sentence on each side, in
// bytes: a typical sentence fits whole, and text without sentence ends (a
// list of dates, a hostile file) cannot make each mention carry kilobytes.
const ExcerptSide = 240

// Write writes r in format f to w as it goes, in pieces of about 32 KB:
// nothing is built whole in memory, whatever the number of mentions. Every format ends with a
// newline, so results can be concatenated.
func Write(w io.Writer, f Format, r Result) error {
	wr := &writer{w: w, buf: make([]byte, 0, 4<<10)}
	wr.format(f, r)
	return wr.err
}

// Append writes r in format f to dst and returns the extended buffer. A
// corpus run appends each article into one reused buffer: nothing is
// allocated for the output once the buffer has grown.
func Append(dst []byte, f Format, r Result) []byte {
	wr := &writer{buf: dst}
	wr.format(f, r)
	return wr.buf
}

// writer keeps a buffer and the first write error, so the format writers
// read as straight sequences of appends. With an io.Writer the buffer is
// written out as it fills; without one (Append) it grows.
type writer struct {
	w   io.Writer
	buf []byte
	err error
}

// flushAt is the size at which a streaming writer writes its buffer out.
const flushAt = 32 << 10

// format writes r in format f, then flushes.
func (w *writer) format(f Format, r Result) {
	switch f {
	case FormatJSON:
		w.writeJSON(r)
	case FormatJSONL:
		w.writeJSONL(r)
	case FormatTimeML:
		w.writeTimeML(r)
	default:
		w.writeText(r)
	}
	w.flush()
}

// flush writes the buffer out and empties it; Append's writer keeps it.
func (w *writer) flush() {
	if w.w == nil {
		return
	}
	if w.err == nil && len(w.buf) > 0 {
		_, w.err = w.w.Write(w.buf)
	}
	w.buf = w.buf[:0]
}

// mayFlush flushes a streaming writer's buffer once it is full enough.
func (w *writer) mayFlush() {
	if len(w.buf) >= flushAt {
		w.flush()
	}
}

// Excerpt returns the span of the sentence around body[start:end], cut to at
// most ExcerptSide bytes on each side of the mention, and whether it was cut
// at each end. The sentence is searched for inside that window only, so the
// work per mention is bounded too.
func Excerpt(body string, start, end int) (s, e int, cutStart, cutEnd bool) {
	lo := max(0, start-ExcerptSide)
	for lo > 0 && lo < start && !utf8.RuneStart(body[lo]) {
		lo++
	}
	hi := min(len(body), end+ExcerptSide)
	for hi < len(body) && hi > end && !utf8.RuneStart(body[hi]) {
		hi--
	}
	s, e = Sentence(body[lo:hi], start-lo, end-lo)
	s, e = s+lo, e+lo
	cutStart, cutEnd = s == lo && lo > 0, e == hi && hi < len(body)
	// A cut excerpt starts and ends with whole words.
	if cutStart {
		if i := strings.IndexByte(body[s:start], ' '); i >= 0 {
			s += i + 1
		}
	}
	if cutEnd {
		if i := strings.LastIndexByte(body[end:e], ' '); i >= 0 {
			e = end + i
		}
	}
	return s, e, cutStart, cutEnd
}

func (w *writer) writeText(r Result) {
	a := r.Article
	w.buf = append(w.buf, a.ID...)
	if !a.Published.IsZero() {
		w.buf = append(w.buf, "  published "...)
		w.buf = a.Published.AppendFormat(w.buf, "2006-01-02 15:04 -07:00")
		w.buf = append(w.buf, " ("+a.PublishedFrom+")"...)
	}
	if a.Language != "" {
		w.buf = append(w.buf, "  language "+a.Language...)
		if a.LanguageFrom != "" {
			w.buf = append(w.buf, " ("+a.LanguageFrom+")"...)
		}
	}
	w.buf = append(w.buf, '\n')
	if len(r.Mentions) == 0 {
		w.buf = append(w.buf, "  no dates found\n"...)
	}
	for _, m := range r.Mentions {
		resolved := m.Value
		if !m.Date.IsZero() {
			resolved = m.Date.Display()
			if _, clock, ok := strings.Cut(m.Value, "T"); ok {
				resolved += ", " + clock
			}
		}
		if m.Mod != "" {
			resolved += " (" + strings.ToLower(m.Mod) + ")"
		}
		w.buf = fmt.Appendf(w.buf, "  %d-%d %-8s %-20s %s  [%s]\n", m.Start, m.End, m.Type, m.Value, resolved, m.Rule)
		s, e, cutS, cutE := Excerpt(a.Body, m.Start, m.End)
		w.buf = append(w.buf, "      "...)
		if cutS {
			w.buf = append(w.buf, "…"...)
		}
		w.buf = append(w.buf, oneLine(a.Body[s:m.Start])...)
		w.buf = append(w.buf, '[')
		w.buf = append(w.buf, oneLine(m.Text)...)
		w.buf = append(w.buf, ']')
		w.buf = append(w.buf, oneLine(a.Body[m.End:e])...)
		if cutE {
			w.buf = append(w.buf, "…"...)
		}
		w.buf = append(w.buf, '\n')
		w.mayFlush()
	}
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

type jsonMention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod,omitempty"`
	EDTF     string `json:"edtf,omitempty"`
	Earliest string `json:"earliest,omitempty"`
	Latest   string `json:"latest,omitempty"`
	Display  string `json:"display,omitempty"`
	Rule     string `json:"rule"`
	Sentence string `json:"sentence"`
}

// jsonArticle is the head of an article's JSON document; its "mentions"
// array is written after it, one element at a time.
type jsonArticle struct {
	ID            string `json:"id"`
	URL           string `json:"url,omitempty"`
	Title         string `json:"title,omitempty"`
	Publisher     string `json:"publisher,omitempty"`
	Published     string `json:"published,omitempty"`
	PublishedFrom string `json:"published_from,omitempty"`
	Language      string `json:"language,omitempty"`
	LanguageFrom  string `json:"language_from,omitempty"`
}

// writeJSON writes the same document encoding/json would indent, but streams
// the mentions: the head is encoded alone, then each mention.
func (w *writer) writeJSON(r Result) {
	a := r.Article
	head := jsonArticle{ID: a.ID, URL: a.URL, Title: a.Title, Publisher: a.Publisher, PublishedFrom: a.PublishedFrom,
		Language: a.Language, LanguageFrom: a.LanguageFrom}
	if !a.Published.IsZero() {
		head.Published = a.Published.Format("2006-01-02T15:04:05Z07:00")
	}
	var scratch bytes.Buffer
	enc := json.NewEncoder(&scratch)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(head) // cannot fail: plain strings
	w.buf = append(w.buf, bytes.TrimSuffix(scratch.Bytes(), []byte("\n}\n"))...)
	w.buf = append(w.buf, ",\n  \"mentions\": ["...)
	enc.SetIndent("    ", "  ")
	for i, m := range r.Mentions {
		s, e, cutS, cutE := Excerpt(a.Body, m.Start, m.End)
		sentence := strings.Join(strings.Fields(a.Body[s:e]), " ")
		if cutS {
			sentence = "…" + sentence
		}
		if cutE {
			sentence += "…"
		}
		jm := jsonMention{Start: m.Start, End: m.End, Text: m.Text, Type: string(m.Type), Value: m.Value, Mod: m.Mod, Rule: m.Rule, Sentence: sentence}
		if !m.Date.IsZero() {
			jm.EDTF, jm.Display = m.Date.String(), m.Date.Display()
			jm.Earliest, jm.Latest = m.Date.Earliest().String(), m.Date.Latest().String()
		}
		if i > 0 {
			w.buf = append(w.buf, ',')
		}
		w.buf = append(w.buf, "\n    "...)
		scratch.Reset()
		_ = enc.Encode(jm)
		w.buf = append(w.buf, bytes.TrimSuffix(scratch.Bytes(), []byte("\n"))...)
		w.mayFlush()
	}
	if len(r.Mentions) > 0 {
		w.buf = append(w.buf, "\n  "...)
	}
	w.buf = append(w.buf, "]\n}\n"...)
}

// writeJSONL writes the bench format by hand: it is the hot path of corpus
// runs, and encoding/json's reflection would cost more than the tagging.
func (w *writer) writeJSONL(r Result) {
	w.buf = append(w.buf, `{"id": `...)
	w.buf = appendJSONString(w.buf, r.Article.ID)
	w.buf = append(w.buf, `, "timexes": [`...)
	for i, m := range r.Mentions {
		if i > 0 {
			w.buf = append(w.buf, ", "...)
		}
		w.buf = append(w.buf, `{"start": `...)
		w.buf = strconv.AppendInt(w.buf, int64(m.Start), 10)
		w.buf = append(w.buf, `, "end": `...)
		w.buf = strconv.AppendInt(w.buf, int64(m.End), 10)
		w.buf = append(w.buf, `, "text": `...)
		w.buf = appendJSONString(w.buf, m.Text)
		w.buf = append(w.buf, `, "type": `...)
		w.buf = appendJSONString(w.buf, string(m.Type))
		w.buf = append(w.buf, `, "value": `...)
		w.buf = appendJSONString(w.buf, m.Value)
		w.buf = append(w.buf, '}')
		w.mayFlush()
	}
	w.buf = append(w.buf, "]}\n"...)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string; invalid UTF-8 becomes U+FFFD,
// as encoding/json does.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = fmt.Appendf(dst, `\u%04x`, r)
		default:
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return append(dst, '"')
}

func (w *writer) writeTimeML(r Result) {
	a := r.Article
	w.buf = append(w.buf, "<TimeML>\n<DOCID>"...)
	w.buf = appendXML(w.buf, a.ID)
	w.buf = append(w.buf, "</DOCID>\n"...)
	if !a.Published.IsZero() {
		day := a.Published.Format("2006-01-02")
		w.buf = append(w.buf, `<DCT><TIMEX3 tid="t0" type="DATE" value="`+day+`" temporalFunction="false" functionInDocument="CREATION_TIME">`+day+"</TIMEX3></DCT>\n"...)
	}
	w.buf = append(w.buf, "<TEXT>"...)
	prev := 0
	for i, m := range r.Mentions {
		if m.Start < prev {
			continue // overlapping mentions cannot both be tagged inline
		}
		w.buf = appendXML(w.buf, a.Body[prev:m.Start])
		w.buf = fmt.Appendf(w.buf, `<TIMEX3 tid="t%d" type="%s" value="`, i+1, m.Type)
		w.buf = appendXML(w.buf, m.Value)
		w.buf = append(w.buf, '"')
		if m.Mod != "" {
			w.buf = append(w.buf, ` mod="`+m.Mod+`"`...)
		}
		w.buf = append(w.buf, '>')
		w.buf = appendXML(w.buf, m.Text)
		w.buf = append(w.buf, "</TIMEX3>"...)
		prev = m.End
		w.mayFlush()
	}
	w.buf = appendXML(w.buf, a.Body[prev:])
	w.buf = append(w.buf, "</TEXT>\n</TimeML>\n"...)
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func appendXML(dst []byte, s string) []byte { return append(dst, xmlEscaper.Replace(s)...) }
