package article

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
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
// flags say what the decoded strings may hold: flagDirty, a character
// CleanControls replaces, in any field; flagScript, a Cyrillic or CJK letter,
// in the text.
//
// With reuse set, the text is borrowed (see scanString); the other fields
// are always new strings.
func scanLine(line []byte, reuse *[]byte) (c corpusLine, flags strFlags, ok bool) {
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return c, 0, false
	}
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		return c, 0, skipSpace(line, i+1) == len(line)
	}
	for {
		if i >= len(line) || line[i] != '"' {
			return c, 0, false
		}
		k := i + 1
		for k < len(line) && line[k] != '"' {
			if b := line[k]; b < 0x20 || b >= 0x7F || b == '\\' {
				return c, 0, false // escaped or non-ASCII: encoding/json folds it
			}
			k++
		}
		if k >= len(line) {
			return c, 0, false
		}
		dst, known := c.field(line[i+1 : k])
		if !known {
			return c, 0, false
		}
		i = skipSpace(line, k+1)
		if i >= len(line) || line[i] != ':' {
			return c, 0, false
		}
		i = skipSpace(line, i+1)
		if i >= len(line) || line[i] != '"' {
			return c, 0, false // null, a number, an object…
		}
		var into *[]byte
		if dst != nil && dst == c.Text {
			into = reuse
		}
		s, next, sflags, sok := scanString(line, i+1, into)
		if !sok {
			return c, 0, false
		}
		if dst != nil {
			flags |= sflags & flagDirty
			if dst == c.Text {
				flags = flags&^flagScript | sflags&flagScript // the last "text" counts
			}
			*dst = s
		}
		i = skipSpace(line, next)
		if i >= len(line) {
			return c, 0, false
		}
		switch line[i] {
		case ',':
			i = skipSpace(line, i+1)
		case '}':
			return c, flags, skipSpace(line, i+1) == len(line)
		default:
			return c, 0, false
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

// strFlags say what a decoded string may hold.
type strFlags uint8

const (
	flagDirty  strFlags = 1 << iota // a character CleanControls replaces
	flagScript                      // a Cyrillic or CJK letter (see DetectLanguage)
)

// skipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// scanString decodes the JSON string whose body starts at line[i] (after
// the opening quote). It returns the string, the index after the closing
// quote, whether the string is free of what CleanControls replaces, and ok
// false for what encoding/json would reject or decode with replacement
// characters (invalid UTF-8, lone surrogates).
//
// With reuse nil the string is new. Otherwise it is borrowed: a string
// without escapes is the line's own bytes, and one with escapes is decoded
// into *reuse (grown as needed); either is valid only while those bytes
// are unchanged (see LineParser).
func scanString(line []byte, i int, reuse *[]byte) (s string, next int, flags strFlags, ok bool) {
	end := quoteAt(line, i)
	if end < 0 {
		return "", 0, 0, false
	}
	body := line[:end] // the closing quote is not part of any character
	var b []byte       // the decoded string, once an escape is met
	escaped := false
	for {
		seg := i // start of the bytes not yet copied
		i, flags, ok = scanPlain(body, i, flags)
		if !ok {
			return "", 0, 0, false
		}
		if i == end {
			if !escaped {
				if reuse != nil {
					return borrow(body[seg:]), end + 1, flags, true
				}
				return string(body[seg:]), end + 1, flags, true
			}
			b = append(b, body[seg:]...)
			// b is not written again: the string may share its bytes.
			return borrow(b), end + 1, flags, true
		}
		// An escape.
		if !escaped {
			escaped = true
			if reuse != nil {
				b = (*reuse)[:0]
			}
			// Escapes only shorten the string: this room is never
			// outgrown, so *reuse keeps the array b is decoded into.
			b = slices.Grow(b, end-seg)
			if reuse != nil {
				*reuse = b
			}
		}
		b = append(b, body[seg:i]...)
		if i+1 >= end {
			return "", 0, 0, false
		}
		switch e := body[i+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
			i += 2
		case 'n':
			b = append(b, '\n')
			i += 2
		case 't':
			b = append(b, '\t')
			i += 2
		case 'r':
			b = append(b, '\r')
			flags |= flagDirty
			i += 2
		case 'b':
			b = append(b, '\b')
			flags |= flagDirty
			i += 2
		case 'f':
			b = append(b, '\f')
			flags |= flagDirty
			i += 2
		case 'u':
			r, ok := hex4(body, i+2)
			if !ok {
				return "", 0, 0, false
			}
			i += 6
			if r >= 0xD800 && r < 0xE000 {
				// A surrogate: only a high one followed by an escaped
				// low one makes a character.
				lo, ok := rune(0), false
				if r < 0xDC00 && i+1 < end && body[i] == '\\' && body[i+1] == 'u' {
					lo, ok = hex4(body, i+2)
				}
				if !ok || lo < 0xDC00 || lo >= 0xE000 {
					return "", 0, 0, false
				}
				r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
				i += 6
			}
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7F || r >= 0x80 && r <= 0x9F {
				flags |= flagDirty
			}
			if r >= 0x0400 {
				flags |= flagScript // at or above the Cyrillic block: maybe
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", 0, 0, false
		}
	}
}

// borrow returns b's bytes as a string without copying them: the caller
// sees that they do not change while the string is in use.
func borrow(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// scanPlain skips the characters of a JSON string's body from body[i] up
// to the first backslash or the end, checking them: ok is false at a raw
// control character or invalid UTF-8; flags gain what they hold. The
// backslash is found by bytes.IndexByte; the ASCII before it is checked
// eight bytes at a time, straight to the first byte that needs a look.
func scanPlain(body []byte, i int, flags strFlags) (int, strFlags, bool) {
	end := len(body)
	if k := bytes.IndexByte(body[i:], '\\'); k >= 0 {
		end = i + k
	}
	for {
		i = end - len(skipASCIIText(body[i:end]))
		if i >= end {
			return end, flags, true
		}
		c := body[i]
		switch {
		case c >= utf8.RuneSelf:
			// Characters above ASCII come in runs: read the whole run (a
			// backslash ends it).
			for i < end && body[i] >= utf8.RuneSelf {
				n := runeLen(body, i)
				if n == 0 {
					return i, flags, false
				}
				switch lead := body[i]; {
				case lead == 0xC2 && body[i+1] <= 0x9F:
					flags |= flagDirty // U+0080–U+009F
				case lead >= 0xD0 && (lead != 0xE2 || body[i+1] >= 0xB7):
					// From U+0400 on, but for U+2000–U+2DBF (punctuation
					// and symbols, the commonest there in English text),
					// where no Cyrillic or CJK letter is.
					flags |= flagScript
				}
				i += n
			}
			continue
		case c < 0x20:
			return i, flags, false
		case c == 0x7F:
			flags |= flagDirty
		}
		i++
	}
}

// skipASCIIText returns b from its first byte that is a control
// character, DEL or above ASCII (b empty when there is none), checking
// sixteen bytes at a time, then eight, then one.
func skipASCIIText(b []byte) []byte {
	for len(b) >= 16 {
		if notASCIIText(binary.LittleEndian.Uint64(b))|notASCIIText(binary.LittleEndian.Uint64(b[8:])) != 0 {
			break
		}
		b = b[16:]
	}
	for len(b) >= 8 {
		if m := notASCIIText(binary.LittleEndian.Uint64(b)); m != 0 {
			return b[bits.TrailingZeros64(m)/8:]
		}
		b = b[8:]
	}
	for len(b) > 0 && b[0] >= 0x20 && b[0] < 0x7F {
		b = b[1:]
	}
	return b
}

// notASCIIText flags (in its top bits) the bytes of the eight in x that
// are a control character, DEL or above ASCII, by bit tricks (a byte b is
// below n when b-n borrows into its top bit). A borrow can flag a byte
// after a flagged one, never before: the lowest flag is exact.
func notASCIIText(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below20 := (x - 0x20*ones) &^ x
	isDEL := x + ones // 0x7F+1 reaches the top bit; bytes above 0x7F are flagged anyway
	return (x | below20 | isDEL) & highs
}

// runeLen returns the length of the valid UTF-8 character at b[i] (a byte
// above ASCII), or 0 where utf8.Valid would find it invalid.
func runeLen(b []byte, i int) int {
	c := b[i]
	cont := func(k int) bool { return i+k < len(b) && b[i+k]&0xC0 == 0x80 }
	switch {
	case c < 0xC2:
		return 0 // a continuation byte, or an overlong form
	case c < 0xE0:
		if cont(1) {
			return 2
		}
	case c < 0xF0:
		if cont(1) && cont(2) && (c != 0xE0 || b[i+1] >= 0xA0) && (c != 0xED || b[i+1] < 0xA0) {
			return 3
		}
	case c < 0xF5:
		if cont(1) && cont(2) && cont(3) && (c != 0xF0 || b[i+1] >= 0x90) && (c != 0xF4 || b[i+1] < 0x90) {
			return 4
		}
	}
	return 0
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
