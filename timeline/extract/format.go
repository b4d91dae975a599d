package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
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

// Append writes r in format f to dst and returns the extended buffer. Every
// format ends with a newline, so results can be concatenated.
func Append(dst []byte, f Format, r Result) []byte {
	switch f {
	case FormatJSON:
		return appendJSON(dst, r)
	case FormatJSONL:
		return appendJSONL(dst, r)
	case FormatTimeML:
		return appendTimeML(dst, r)
	}
	return appendText(dst, r)
}

func appendText(dst []byte, r Result) []byte {
	a := r.Article
	dst = append(dst, a.ID...)
	if !a.Published.IsZero() {
		dst = append(dst, "  published "...)
		dst = a.Published.AppendFormat(dst, "2006-01-02 15:04 -07:00")
		dst = append(dst, " ("+a.PublishedFrom+")"...)
	}
	if a.Language != "" {
		dst = append(dst, "  language "+a.Language...)
		if a.LanguageFrom != "" {
			dst = append(dst, " ("+a.LanguageFrom+")"...)
		}
	}
	dst = append(dst, '\n')
	if len(r.Mentions) == 0 {
		return append(dst, "  no dates found\n"...)
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
		dst = fmt.Appendf(dst, "  %d-%d %-8s %-20s %s  [%s]\n", m.Start, m.End, m.Type, m.Value, resolved, m.Rule)
		s, e := Sentence(a.Body, m.Start, m.End)
		dst = append(dst, "      "...)
		dst = append(dst, oneLine(a.Body[s:m.Start])...)
		dst = append(dst, '[')
		dst = append(dst, oneLine(m.Text)...)
		dst = append(dst, ']')
		dst = append(dst, oneLine(a.Body[m.End:e])...)
		dst = append(dst, '\n')
	}
	return dst
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

type jsonArticle struct {
	ID            string        `json:"id"`
	URL           string        `json:"url,omitempty"`
	Title         string        `json:"title,omitempty"`
	Publisher     string        `json:"publisher,omitempty"`
	Published     string        `json:"published,omitempty"`
	PublishedFrom string        `json:"published_from,omitempty"`
	Language      string        `json:"language,omitempty"`
	LanguageFrom  string        `json:"language_from,omitempty"`
	Mentions      []jsonMention `json:"mentions"`
}

func appendJSON(dst []byte, r Result) []byte {
	a := r.Article
	out := jsonArticle{ID: a.ID, URL: a.URL, Title: a.Title, Publisher: a.Publisher, PublishedFrom: a.PublishedFrom,
		Language: a.Language, LanguageFrom: a.LanguageFrom, Mentions: []jsonMention{}}
	if !a.Published.IsZero() {
		out.Published = a.Published.Format("2006-01-02T15:04:05Z07:00")
	}
	for _, m := range r.Mentions {
		s, e := Sentence(a.Body, m.Start, m.End)
		jm := jsonMention{Start: m.Start, End: m.End, Text: m.Text, Type: string(m.Type), Value: m.Value, Mod: m.Mod, Rule: m.Rule,
			Sentence: strings.Join(strings.Fields(a.Body[s:e]), " ")}
		if !m.Date.IsZero() {
			jm.EDTF, jm.Display = m.Date.String(), m.Date.Display()
			jm.Earliest, jm.Latest = m.Date.Earliest().String(), m.Date.Latest().String()
		}
		out.Mentions = append(out.Mentions, jm)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out) // cannot fail: plain strings and ints
	return append(dst, buf.Bytes()...)
}

// appendJSONL writes the bench format by hand: it is the hot path of corpus
// runs, and encoding/json's reflection would cost more than the tagging.
func appendJSONL(dst []byte, r Result) []byte {
	dst = append(dst, `{"id": `...)
	dst = appendJSONString(dst, r.Article.ID)
	dst = append(dst, `, "timexes": [`...)
	for i, m := range r.Mentions {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		dst = append(dst, `{"start": `...)
		dst = strconv.AppendInt(dst, int64(m.Start), 10)
		dst = append(dst, `, "end": `...)
		dst = strconv.AppendInt(dst, int64(m.End), 10)
		dst = append(dst, `, "text": `...)
		dst = appendJSONString(dst, m.Text)
		dst = append(dst, `, "type": `...)
		dst = appendJSONString(dst, string(m.Type))
		dst = append(dst, `, "value": `...)
		dst = appendJSONString(dst, m.Value)
		dst = append(dst, '}')
	}
	return append(dst, "]}\n"...)
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

func appendTimeML(dst []byte, r Result) []byte {
	a := r.Article
	dst = append(dst, "<TimeML>\n<DOCID>"...)
	dst = appendXML(dst, a.ID)
	dst = append(dst, "</DOCID>\n"...)
	if !a.Published.IsZero() {
		day := a.Published.Format("2006-01-02")
		dst = append(dst, `<DCT><TIMEX3 tid="t0" type="DATE" value="`+day+`" temporalFunction="false" functionInDocument="CREATION_TIME">`+day+"</TIMEX3></DCT>\n"...)
	}
	dst = append(dst, "<TEXT>"...)
	prev := 0
	for i, m := range r.Mentions {
		if m.Start < prev {
			continue // overlapping mentions cannot both be tagged inline
		}
		dst = appendXML(dst, a.Body[prev:m.Start])
		dst = fmt.Appendf(dst, `<TIMEX3 tid="t%d" type="%s" value="`, i+1, m.Type)
		dst = appendXML(dst, m.Value)
		dst = append(dst, '"')
		if m.Mod != "" {
			dst = append(dst, ` mod="`+m.Mod+`"`...)
		}
		dst = append(dst, '>')
		dst = appendXML(dst, m.Text)
		dst = append(dst, "</TIMEX3>"...)
		prev = m.End
	}
	dst = appendXML(dst, a.Body[prev:])
	return append(dst, "</TEXT>\n</TimeML>\n"...)
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func appendXML(dst []byte, s string) []byte { return append(dst, xmlEscaper.Replace(s)...) }
