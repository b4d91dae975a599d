package article

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// CleanControls replaces each control character of s other than tab and
// newline (C0, DEL and C1: carriage returns, escapes, bells, backspaces) by
// spaces of the same byte length: one for C0 and DEL, two for C1 (U+0080 to
// U+009F, two bytes in UTF-8). Byte offsets into the text keep their meaning,
// so mentions still slice to their text and point into the file, and no
// output (a terminal, an SVG, Markdown) receives an escape sequence.
func CleanControls(s string) string {
	i := controlAt(s, 0)
	if i < 0 {
		return s
	}
	b := []byte(s)
	for ; i >= 0; i = controlAt(s, i+1) {
		b[i] = ' '
		if s[i] == 0xC2 {
			b[i+1] = ' '
		}
	}
	return string(b)
}

// controlAt returns the index of the first control character of s at or
// after from (for C1, of its first byte), or -1.
func controlAt(s string, from int) int {
	for i := from; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n', c == 0x7F:
			return i
		case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F:
			return i
		}
	}
	return -1
}

// clean makes the article safe for every output: control characters out of
// every field, and a URL only when it is absolute http or https (a
// "javascript:" link must not reach an HTML page, nor a relative one a
// citation); a dropped URL becomes a warning.
func (a *Article) clean() {
	a.Body = CleanControls(a.Body)
	a.cleanMetadata()
}

// cleanMetadata is clean for all but the body.
func (a *Article) cleanMetadata() {
	a.ID = CleanControls(a.ID)
	a.Title = CleanControls(a.Title)
	a.Publisher = CleanControls(a.Publisher)
	a.Language = CleanControls(a.Language)
	// Every piece of evidence, proposal and unattached sentence repeats its
	// article's metadata: an article with a 100 KB title (or a 100 KB first
	// line standing in for one) multiplied the output by its thousands of
	// dates. Metadata is cut to a citation's length.
	for _, f := range []struct {
		name  string
		v     *string
		limit int
	}{{"id", &a.ID, MaxID}, {"title", &a.Title, MaxTitle}, {"publisher", &a.Publisher, MaxTitle}, {"language", &a.Language, MaxLanguage}} {
		if len(*f.v) > f.limit {
			a.Warnings = append(a.Warnings, fmt.Sprintf("%s of %d bytes cut to %d", f.name, len(*f.v), f.limit))
			*f.v = Clip(*f.v, f.limit)
		}
	}
	if a.URL != "" && !HTTPURL(a.URL) {
		a.Warnings = append(a.Warnings, fmt.Sprintf("url %s dropped: not an absolute http(s) URL", quoteShort(a.URL)))
		a.URL = ""
	}
}

// HTTPURL reports whether s is an absolute http or https URL with a host.
func HTTPURL(s string) bool {
	if strings.TrimSpace(s) != s || controlAt(s, 0) >= 0 {
		return false
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return true
	}
	return false
}

// quoteShort quotes s for a message, cut to about 100 characters.
func quoteShort(s string) string {
	const limit = 100
	if len(s) <= limit {
		return fmt.Sprintf("%q", s)
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%q…", s[:cut])
}

// Limits on an article's metadata, in bytes: an id and a title long enough
// for any real citation, and the longest BCP 47 language tag.
const (
	MaxID       = 200
	MaxTitle    = 300
	MaxLanguage = 35
)

// Clip cuts s to at most limit bytes: at a word boundary when one is near,
// never inside a character, marked with "…" (counted in the limit). A
// clipped string clips to itself.
func Clip(s string, limit int) string {
	const mark = "…"
	if len(s) <= limit {
		return s
	}
	cut := max(0, limit-len(mark))
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut-40 && sp > 0 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ") + mark
}
