package article

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// scanLine decodes a corpus line of the usual shape, an object whose values
// are all strings, without encoding/json's reflection and its second pass
// over the bytes: on a corpus of short articles that decoding cost as much
// as the tagging. It gives up (ok false) on anything else — another type of
// value, null, an escaped or non-ASCII key, a key that matches a field only
// when case is ignored, invalid UTF-8 or a raw control character in a
// string, a syntax error — and the caller then decodes the line with
// encoding/json, which gives the same result or the error with its column.
// FuzzScanLine holds the two to agreeing.
//
// clean reports that no decoded string holds a character CleanControls
// would replace, so that cleaning can be skipped.
func scanLine(line []byte) (c corpusLine, clean, ok bool) {
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return c, false, false
	}
	i = skipSpace(line, i+1)
	clean = true
	if i < len(line) && line[i] == '}' {
		return c, clean, skipSpace(line, i+1) == len(line)
	}
	for {
		if i >= len(line) || line[i] != '"' {
			return c, false, false
		}
		k := i + 1
		for k < len(line) && line[k] != '"' {
			if b := line[k]; b < 0x20 || b >= 0x7F || b == '\\' {
				return c, false, false // escaped or non-ASCII: encoding/json folds it
			}
			k++
		}
		if k >= len(line) {
			return c, false, false
		}
		dst, known := c.field(line[i+1 : k])
		if !known {
			return c, false, false
		}
		i = skipSpace(line, k+1)
		if i >= len(line) || line[i] != ':' {
			return c, false, false
		}
		i = skipSpace(line, i+1)
		if i >= len(line) || line[i] != '"' {
			return c, false, false // null, a number, an object…
		}
		s, next, sclean, sok := scanString(line, i+1)
		if !sok {
			return c, false, false
		}
		if dst != nil {
			clean = clean && sclean
			*dst = s
		}
		i = skipSpace(line, next)
		if i >= len(line) {
			return c, false, false
		}
		switch line[i] {
		case ',':
			i = skipSpace(line, i+1)
		case '}':
			return c, clean, skipSpace(line, i+1) == len(line)
		default:
			return c, false, false
		}
	}
}

// field returns where the value of key goes: nil for a key that is no
// field (its value is checked, then dropped). known is false for a key that
// encoding/json would match to a field ignoring case: scanLine leaves it to
// encoding/json.
func (c *corpusLine) field(key []byte) (dst *string, known bool) {
	switch string(key) {
	case "id":
		return &c.ID, true
	case "url":
		return &c.URL, true
	case "title":
		return &c.Title, true
	case "publisher":
		return &c.Publisher, true
	case "language":
		return &c.Language, true
	case "lang":
		return &c.Lang, true
	case "published":
		return &c.Published, true
	case "dct":
		return &c.DCT, true
	case "text":
		if c.Text == nil {
			c.Text = new(string)
		}
		return c.Text, true
	}
	for _, name := range corpusFields {
		if strings.EqualFold(string(key), name) {
			return nil, false
		}
	}
	return nil, true
}

// corpusFields are the keys of corpusLine.
var corpusFields = [...]string{"id", "url", "title", "publisher", "language", "lang", "published", "dct", "text"}

// skipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringStop marks the bytes that interrupt the copy of a JSON string: its
// end, an escape, a raw control character (invalid in JSON), and the bytes
// that may start a character CleanControls replaces (DEL, and 0xC2, the
// first byte of U+0080–U+009F).
var stringStop = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'], t[0x7F], t[0xC2] = true, true, true, true
	return t
}()

// scanString decodes the JSON string whose body starts at line[i] (after
// the opening quote). It returns the string, the index after the closing
// quote, whether the string is free of what CleanControls replaces, and ok
// false for what encoding/json would reject or decode with replacement
// characters (invalid UTF-8, lone surrogates).
func scanString(line []byte, i int) (s string, next int, clean, ok bool) {
	clean = true
	var b strings.Builder
	seg := i // start of the bytes not yet copied
	end := quoteAt(line, i)
	if end < 0 {
		return "", 0, false, false
	}
	for {
		for i < len(line) && !stringStop[line[i]] {
			i++
		}
		if i >= len(line) {
			return "", 0, false, false
		}
		switch c := line[i]; {
		case c == 0x7F:
			clean = false
			i++
			continue
		case c == 0xC2:
			if i+1 < len(line) && line[i+1] >= 0x80 && line[i+1] <= 0x9F {
				clean = false
			}
			i++
			continue
		case c < 0x20:
			return "", 0, false, false
		}
		// A quote or a backslash: the segment before it is whole characters.
		if !utf8.Valid(line[seg:i]) {
			return "", 0, false, false
		}
		if line[i] == '"' {
			if b.Len() == 0 {
				return string(line[seg:i]), i + 1, clean, true
			}
			b.Write(line[seg:i])
			return b.String(), i + 1, clean, true
		}
		if b.Len() == 0 {
			b.Grow(end - seg) // escapes only shorten the string
		}
		b.Write(line[seg:i])
		if i+1 >= len(line) {
			return "", 0, false, false
		}
		switch e := line[i+1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
			i += 2
		case 'n':
			b.WriteByte('\n')
			i += 2
		case 't':
			b.WriteByte('\t')
			i += 2
		case 'r':
			b.WriteByte('\r')
			clean = false
			i += 2
		case 'b':
			b.WriteByte('\b')
			clean = false
			i += 2
		case 'f':
			b.WriteByte('\f')
			clean = false
			i += 2
		case 'u':
			r, ok := hex4(line, i+2)
			if !ok {
				return "", 0, false, false
			}
			i += 6
			if r >= 0xD800 && r < 0xE000 {
				// A surrogate: only a high one followed by an escaped
				// low one makes a character.
				lo, ok := rune(0), false
				if r < 0xDC00 && i+1 < len(line) && line[i] == '\\' && line[i+1] == 'u' {
					lo, ok = hex4(line, i+2)
				}
				if !ok || lo < 0xDC00 || lo >= 0xE000 {
					return "", 0, false, false
				}
				r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
				i += 6
			}
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7F || r >= 0x80 && r <= 0x9F {
				clean = false
			}
			b.WriteRune(r)
		default:
			return "", 0, false, false
		}
		seg = i
	}
}

// quoteAt returns the index of the quote that ends the JSON string whose
// body starts at line[i], or -1.
func quoteAt(line []byte, i int) int {
	for {
		q := bytes.IndexByte(line[i:], '"')
		if q < 0 {
			return -1
		}
		i += q
		n := 0 // backslashes before it: an odd number escapes it
		for line[i-1-n] == '\\' {
			n++
		}
		if n%2 == 0 {
			return i
		}
		i++
	}
}

// hex4 reads the four hex digits of a \u escape at line[i:].
func hex4(line []byte, i int) (rune, bool) {
	if i+4 > len(line) {
		return 0, false
	}
	var r rune
	for _, c := range line[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
