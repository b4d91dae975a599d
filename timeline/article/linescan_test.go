package article

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/bits"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// The corpus lines seen in practice take the fast path, and what it
// decodes is what encoding/json decodes; anything unusual is left to
// encoding/json (ok false), never decoded differently.
func TestScanLine(t *testing.T) {
	for _, tc := range []struct {
		line  string
		ok    bool
		clean bool
	}{
		{`{"id": "a", "dct": "1998-01-08", "text": "On Monday."}`, true, true},
		{` { "id" : "a" , "text" : "x" } ` + "\t", true, true},
		{`{}`, true, true},
		{`{"id":"a","url":"https://x.org/","title":"T","publisher":"P","language":"en","lang":"ru","published":"2024","dct":"d","text":""}`, true, true},
		{`{"text": "line\nbreak \"quoted\" back\\slash \/ tab\t \u00e9 \u65e5 \ud83d\ude00"}`, true, true},
		{`{"text": "Москва, 30 января. 外務省 «ёлка» é"}`, true, true},
		{`{"text": "a\rb"}`, true, false},
		{`{"text": "bell \u0007"}`, true, false},
		{`{"text": "C1 \u0085"}`, true, false},
		{"{\"text\": \"raw C1 \u0085 and DEL \x7f\"}", true, false},
		{`{"title": "\b\f", "text": "x"}`, true, false},
		{`{"extra": "ignored", "text": "x", "id": "first", "id": "last"}`, true, true},
		{`{"extra": "\u0007", "text": "x"}`, true, true}, // dropped: nothing to clean
		{`{"text": "ends in a backslash \\", "id": "two \\\\"}`, true, true},
		{`{"text": "quote after backslashes \\\""}`, true, true},
		{`{"id": 7, "text": "x"}`, false, false},
		{`{"id": null, "text": "x"}`, false, false},
		{`{"text": null}`, false, false},
		{`{"n": 1, "text": "x"}`, false, false},
		{`{"ID": "a", "text": "x"}`, false, false},
		{`{"Text": "x"}`, false, false},
		{`{"\u0069d": "a", "text": "x"}`, false, false},
		{`{"text": "x"} trailing`, false, false},
		{`{"text": "x",}`, false, false},
		{`{"text": "x"`, false, false},
		{`{"text": "x" `, false, false},
		{`{"text": "unterminated}`, false, false},
		{`{"text": "bad \x escape"}`, false, false},
		{`{"text": "lone \ud800 surrogate"}`, false, false},
		{`{"text": "bad \u12g4 hex"}`, false, false},
		{"{\"text\": \"invalid \xff utf-8\"}", false, false},
		{"{\"text\": \"raw\ttab\"}", false, false},
		{`["text"]`, false, false},
		{``, false, false},
	} {
		c, flags, ok := scanLine([]byte(tc.line), nil)
		if clean := flags&flagDirty == 0; ok != tc.ok || ok && clean != tc.clean {
			t.Errorf("%s: ok %v clean %v, want %v %v", tc.line, ok, clean, tc.ok, tc.clean)
		}
		if ok {
			checkScanAgrees(t, []byte(tc.line), c, flags)
		}
	}
}

// checkScanAgrees: a line scanLine decodes, encoding/json decodes the same.
func checkScanAgrees(t *testing.T, line []byte, c corpusLine, flags strFlags) {
	t.Helper()
	var want corpusLine
	if err := json.Unmarshal(line, &want); err != nil {
		t.Fatalf("%q: scanned, but encoding/json says %v", line, err)
	}
	if got, w := describe(c), describe(want); got != w {
		t.Fatalf("%q:\nscanned %s\n   json %s", line, got, w)
	}
	fieldsClean := true
	for _, f := range []string{want.ID, want.URL, want.Title, want.Publisher, want.Language, want.Lang, want.Published, want.DCT, describeText(want.Text)} {
		fieldsClean = fieldsClean && CleanControls(f) == f
	}
	if flags&flagDirty == 0 && !fieldsClean {
		t.Fatalf("%q: said clean, but a field has a control character", line)
	}
	if text := describeText(want.Text); flags&flagScript == 0 && !latinOnly(text) {
		t.Fatalf("%q: said without Cyrillic or CJK, but the text has some", line)
	}
}

// latinOnly: no letter of text counts for Russian or Japanese in
// DetectLanguage (by its definition, detectLanguageSlow).
func latinOnly(text string) bool {
	for _, r := range text {
		if detectLanguageSlow(string(r)) != English {
			return false
		}
	}
	return true
}

// The script flag is set for every character DetectLanguage counts for
// Russian or Japanese, raw or escaped, and not for the punctuation English
// text is full of.
func TestScanLineScriptFlag(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		lines := []string{`{"text": "a` + string(r) + `b"}`}
		if r <= 0xFFFF {
			lines = append(lines, fmt.Sprintf(`{"text": "a\u%04x"}`, r))
		} else {
			hi, lo := utf16.EncodeRune(r)
			lines = append(lines, fmt.Sprintf(`{"text": "a\u%04x\u%04x"}`, hi, lo))
		}
		counted := !latinOnly(string(r))
		for _, line := range lines {
			_, flags, ok := scanLine([]byte(line), nil)
			if !ok {
				t.Fatalf("%s: not scanned", line)
			}
			if counted && flags&flagScript == 0 {
				t.Fatalf("U+%04X in %s: no script flag", r, line)
			}
		}
	}
	for _, s := range []string{"’", "“", "”", "—", "–", "…", "•", "é", "ü", "€", "™", "→", "½"} {
		if _, flags, ok := scanLine([]byte(`{"text": "`+s+`"}`), nil); !ok || flags&flagScript != 0 {
			t.Errorf("%s: ok %v, flags %b", s, ok, flags)
		}
	}
}

func describeText(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func describe(c corpusLine) string {
	text := "<nil>"
	if c.Text != nil {
		text = fmt.Sprintf("%q", *c.Text)
	}
	return fmt.Sprintf("%q %q %q %q %q %q %q %q %s", c.ID, c.URL, c.Title, c.Publisher, c.Language, c.Lang, c.Published, c.DCT, text)
}

// The bench corpora (when ../shared is here) take the fast path line by
// line, and decode as encoding/json does.
func TestScanLineBenchCorpora(t *testing.T) {
	for _, set := range []string{"tbaq", "wikiwars-dev", "ru-dev", "ja-dev"} {
		data, err := os.ReadFile("../../../shared/bench/" + set + "/docs.jsonl")
		if err != nil {
			t.Skipf("no bench data beside the repository: %v", err)
		}
		for n, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			c, flags, ok := scanLine([]byte(line), nil)
			if !ok {
				t.Fatalf("%s line %d: not scanned", set, n+1)
			}
			checkScanAgrees(t, []byte(line), c, flags)
		}
	}
}

// FuzzScanLine: whatever the line, when the fast scanner decodes it,
// encoding/json decodes it to the same fields, and a line it calls clean
// has nothing for CleanControls to replace.
func FuzzScanLine(f *testing.F) {
	seeds(f)
	for _, s := range []string{`{"text": "a\nb\u00e9\ud83d\ude00\"\\\/"}`, `{"id": "x", "id": "y", "text": ""}`, `{"text": "\u0085\r"}`, "{\"text\": \"\xc2\x85\x7f\"}", `{"Text": "x"}`, `{"x": "y"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		c, flags, ok := scanLine(line, nil)
		if ok {
			checkScanAgrees(t, line, c, flags)
		}
	})
}

// notASCIIText's lowest flag is the first byte that needs a look, if any: each
// byte value in each position, among plain letters, and before a second
// byte that needs a look.
func TestNotASCIIText(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			for _, after := range []byte{'a', 0x00, 0xFF, 0x7F} {
				w := []byte("abcdefgh")
				w[pos] = byte(c)
				if pos < 7 {
					w[7] = after
				}
				first := 8
				for k, b := range w {
					if b < 0x20 || b >= 0x7F {
						first = k
						break
					}
				}
				m := notASCIIText(binary.LittleEndian.Uint64(w))
				if got := bits.TrailingZeros64(m) / 8; got != first {
					t.Errorf("% x: first flagged byte %d, want %d", w, got, first)
				}
			}
		}
	}
}

// runeLen agrees with utf8.DecodeRune on every first and second byte, and
// on the third and fourth bytes at the edges of the continuation range.
func TestRuneLen(t *testing.T) {
	edges := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}
	for c0 := 0x80; c0 <= 0xFF; c0++ {
		for c1 := range 256 {
			for _, c2 := range edges {
				for _, c3 := range edges {
					for _, n := range []int{2, 3, 4} {
						b := []byte{byte(c0), byte(c1), c2, c3}[:n]
						r, size := utf8.DecodeRune(b)
						want := size
						if r == utf8.RuneError && size == 1 {
							want = 0
						}
						if got := runeLen(b, 0); got != want {
							t.Fatalf("% x: %d, want %d", b, got, want)
						}
					}
				}
			}
		}
	}
}

// skipASCIIText stops at the first control character, DEL or non-ASCII
// byte, wherever it is in a word or in the tail after the last whole word.
func TestSkipASCIIText(t *testing.T) {
	for n := range 20 {
		for pos := range n + 1 {
			for _, c := range []byte{0x00, 0x1F, 0x20, 'a', 0x7E, 0x7F, 0x80, 0xC2, 0xFF} {
				b := []byte(strings.Repeat("x", n))
				if pos < n {
					b[pos] = c
				}
				want := n
				if pos < n && (c < 0x20 || c >= 0x7F) {
					want = pos
				}
				if got := n - len(skipASCIIText(b)); got != want {
					t.Errorf("%q: stopped at %d, want %d", b, got, want)
				}
			}
		}
	}
}

// TestLineParserLends: one LineParser through lines with and without
// escapes, long and short, gives each time what ParseLine gives; the text
// it lends is the line's own bytes when it has no escape, and otherwise its
// buffer, reused while it is large enough.
func TestLineParserLends(t *testing.T) {
	long := strings.Repeat(`On 2 February 1946 the decree\n`, 200)
	lines := []string{
		`{"id": "a", "text": "plain text, 30 January 2024"}`,
		`{"id": "b", "text": "` + long + `"}`,
		`{"id": "c", "published": "2024-01-30", "text": "short\tescape \u00e9 and \ud83d\ude00"}`,
		`{"id": "d", "text": "plain again"}`,
		`{"id": "e", "text": "first", "text": "second\nwins"}`,
		`{"id": "f", "text": "\r dirty \u0085 text"}`,
		"\ufeff{\"id\": \"g\", \"text\": \"after a byte-order mark\"}",
		`{"id": 7, "text": "the slow path"}`,
		`{"id": "h", "text": ""}`,
		`{"id": "i", "text": "bad \x escape"}`,
		`{"id": "j", "lang": "ru", "text": "Кишида выступил 30 января.\nМИД"}`,
	}
	var p LineParser
	for range 2 { // the second time, the buffer holds the first round's texts
		for _, l := range lines {
			line := []byte(l)
			a, err := ParseLine(line, 1, Options{})
			b, berr := p.Parse(line, 1, Options{})
			checkSameParse(t, line, a, err, b, berr)
		}
	}
	within := func(s string, b []byte) bool {
		if len(s) == 0 || cap(b) == 0 {
			return false
		}
		start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		at := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return at >= start && at+uintptr(len(s)) <= start+uintptr(cap(b))
	}
	plain := []byte(lines[0])
	a, err := p.Parse(plain, 1, Options{})
	if err != nil || !within(a.Body, plain) {
		t.Errorf("a text without escapes is not lent from the line (err %v)", err)
	}
	escaped := []byte(lines[1])
	a, err = p.Parse(escaped, 1, Options{})
	if err != nil || !within(a.Body, p.text) || within(a.Body, escaped) {
		t.Errorf("a text with escapes is not lent from the parser's buffer (err %v)", err)
	}
	buf := unsafe.SliceData(p.text)
	if _, err := p.Parse([]byte(lines[2]), 1, Options{}); err != nil || unsafe.SliceData(p.text) != buf {
		t.Errorf("a shorter escaped text did not reuse the buffer (err %v)", err)
	}
}
