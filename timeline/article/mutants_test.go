package article

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// Cases found by mutation testing (make mutate): the edges of the dateline
// search and the first of repeated HTML metadata.

// TestDatelineEdges: the dateline is looked for in the first twelve lines
// that are not blank; its date starts at most 48 bytes into the line; a
// place before it has at most four words and is capitalised or ends in a
// comma; a line that is mostly its date (at most 60 bytes, at most three
// words after the date) needs no place.
func TestDatelineEdges(t *testing.T) {
	lines := func(n int) string { return strings.Repeat("Headline words\n\n", n) }
	lead48 := "PETROPAVLOVSK-KAMCHATSKY AND YUZHNO-SAKHALINSK, "
	lead49 := "PETROPAVLOVSK-KAMCHATSKY AND YUZHNO-SAKHALINSKY, "
	if len(lead48) != 48 || len(lead49) != 49 {
		t.Fatalf("leads of %d and %d bytes", len(lead48), len(lead49))
	}
	line60 := "Published in the section World January 30, 8:24 by staff x"
	if len(line60) != 58 {
		t.Fatalf("line of %d bytes", len(line60))
	}
	tests := []struct {
		name, body string
		text       string // "" for no dateline
		year       int
	}{
		{"on the twelfth line", lines(11) + "TOKYO, January 30. /TASS/. Japan spoke.", "January 30", 0},
		{"on the thirteenth line", lines(12) + "TOKYO, January 30. /TASS/. Japan spoke.", "", 0},
		{"date at byte 48", lead48 + "January 30. /TASS/. Japan and Russia spoke at length about the islands.", "January 30", 0},
		{"date at byte 49", lead49 + "January 30. /TASS/. Japan and Russia spoke at length about the islands.", "", 0},
		{"four words of place", "SOUTH KURIL DISTRICT OFFICE, January 30. Japan and Russia spoke at length about the islands.", "January 30", 0},
		{"five words of place", "THE SOUTH KURIL DISTRICT OFFICE, January 30. Japan and Russia spoke at length about the islands.", "", 0},
		{"a capitalised place without a comma", "TOKYO January 30 -- Japan and Russia spoke at length about the islands today.", "January 30", 0},
		{"a place neither capitalised nor followed by a comma", "Tokyo January 30 -- Japan and Russia spoke at length about the islands today.", "", 0},
		{"a short line: three words after the date", "In the section World January 30, 8:24 by the staff", "January 30, 8:24", 0},
		{"a short line: four words after the date", "In the section World January 30, 8:24 by our own staff", "", 0},
		{"a line of 60 bytes", line60 + "yz", "January 30, 8:24", 0},
		{"a line of 61 bytes", line60 + "xyz", "", 0},
		{"a year with nines", "MOSCOW, Oct 24, 1999 (Reuters) - Russia said it would not talk.", "Oct 24, 1999", 1999},
		{"a year with zeros", "MOSCOW, Oct 24, 2000 (Reuters) - Russia said it would not talk.", "Oct 24, 2000", 2000},
	}
	for _, tt := range tests {
		d := FindDateline(tt.body)
		switch {
		case tt.text == "" && d != nil:
			t.Errorf("%s: dateline %+v in %q", tt.name, d, tt.body)
		case tt.text != "" && d == nil:
			t.Errorf("%s: no dateline in %q", tt.name, tt.body)
		case d != nil && (d.Text != tt.text || d.Year != tt.year || tt.body[d.Start:d.End] != d.Text):
			t.Errorf("%s: dateline %+v, want %q year %d", tt.name, d, tt.text, tt.year)
		}
	}
}

// TestHTMLFirstMetadata: of repeated metadata the first counts: the first
// <title> and <h1>, the first of article:published_time and datePublished.
func TestHTMLFirstMetadata(t *testing.T) {
	tests := []struct {
		name, page string
		title      string
		published  time.Time
	}{
		{"two titles", `<html><head><title>First title</title></head><body><svg><title>Icon</title></svg><p>Text.</p></body></html>`,
			"First title", time.Time{}},
		{"two headings", `<html><head><title>Site</title></head><body><h1>First heading</h1><h1>Second heading</h1><p>Text.</p></body></html>`,
			"First heading", time.Time{}},
		{"published, then datePublished", `<html><head><meta property="article:published_time" content="2024-01-30T08:24:00Z">` +
			`<meta itemprop="datePublished" content="2023-05-05T00:00:00Z"></head><body><p>Text.</p></body></html>`,
			"", time.Date(2024, 1, 30, 8, 24, 0, 0, time.UTC)},
		{"datePublished, then published", `<html><head><meta itemprop="datePublished" content="2023-05-05T00:00:00Z">` +
			`<meta property="article:published_time" content="2024-01-30T08:24:00Z"></head><body><p>Text.</p></body></html>`,
			"", time.Date(2023, 5, 5, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		a, err := ReadHTML("page", []byte(tt.page), Options{Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
		if tt.published.IsZero() {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				continue
			}
			if a.Title != tt.title {
				t.Errorf("%s: title %q, want %q", tt.name, a.Title, tt.title)
			}
			continue
		}
		a, err = ReadHTML("page", []byte(tt.page), Options{})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !a.Published.Equal(tt.published) {
			t.Errorf("%s: published %v, want %v", tt.name, a.Published, tt.published)
		}
	}
}

// TestLinesAtMaxSize: a line of MaxSize bytes is read; one byte more is
// too long.
func TestLinesAtMaxSize(t *testing.T) {
	for _, tt := range []struct {
		size    int
		tooLong bool
	}{
		{MaxSize, false},
		{MaxSize + 1, true},
	} {
		line := strings.Repeat("x", tt.size)
		l := NewLines(strings.NewReader(line + "\n" + "after\n"))
		got, n, err := l.Next()
		if tt.tooLong {
			if !errors.Is(err, ErrLineTooLong) || n != 1 {
				t.Errorf("%d bytes: line %d, %v; want ErrLineTooLong", tt.size, n, err)
			}
		} else if err != nil || n != 1 || len(got) != tt.size {
			t.Errorf("%d bytes: line %d of %d bytes, %v", tt.size, n, len(got), err)
		}
		if got, n, err := l.Next(); err != nil || n != 2 || string(got) != "after" {
			t.Errorf("%d bytes: the next line %d %q %v", tt.size, n, got, err)
		}
	}
}

// TestParsePublishedDayFirst: numbers with dots, or with slashes where one
// cannot be a month, are day first, as ISO dates with their time; nines
// are digits too.
func TestParsePublishedDayFirst(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Time
	}{
		{"03.04.2024", time.Date(2024, 4, 3, 0, 0, 0, 0, time.UTC)},
		{"3.4.2024", time.Date(2024, 4, 3, 0, 0, 0, 0, time.UTC)},
		{"03.04.2024T08:24", time.Date(2024, 4, 3, 8, 24, 0, 0, time.UTC)},
		{"03.04.2024 08:24", time.Date(2024, 4, 3, 8, 24, 0, 0, time.UTC)},
		{"19.09.1999", time.Date(1999, 9, 19, 0, 0, 0, 0, time.UTC)},
		{"29/09/1999", time.Date(1999, 9, 29, 0, 0, 0, 0, time.UTC)},
		{"09/29/1999", time.Date(1999, 9, 29, 0, 0, 0, 0, time.UTC)},
	} {
		got, err := ParsePublished(tt.in, nil)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParsePublished(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

// TestReadMaxSize: an article of MaxSize bytes is read; one byte more is
// refused.
func TestReadMaxSize(t *testing.T) {
	for _, tt := range []struct {
		size int
		ok   bool
	}{
		{MaxSize, true},
		{MaxSize + 1, false},
	} {
		body := "---\npublished: 2024-01-30\n---\n"
		body += strings.Repeat("x", tt.size-len(body))
		a, err := Read("big.txt", strings.NewReader(body), Options{})
		if tt.ok && (err != nil || a == nil) {
			t.Errorf("%d bytes: %v", tt.size, err)
		}
		if !tt.ok && err == nil {
			t.Errorf("%d bytes: no error", tt.size)
		}
	}
}

// TestNULAtStart: a NUL byte as the very first byte is found like any other.
func TestNULAtStart(t *testing.T) {
	for _, tt := range []struct{ data, err string }{
		{"\x00TOKYO, January 30.", "binary file: NUL byte at line 1, column 1"},
		{"TOKYO,\n\x00January 30.", "binary file: NUL byte at line 2, column 1"},
	} {
		_, err := ReadText("a", []byte(tt.data), Options{})
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%q: error %v, want %q", tt.data, err, tt.err)
		}
	}
}

// TestFrontMatterBlankLine: a blank line inside the front matter does not
// end it.
func TestFrontMatterBlankLine(t *testing.T) {
	a, err := ReadText("a", []byte("---\ntitle: Talks\n\npublished: 2024-01-30\n---\nTOKYO, January 30. Japan spoke.\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Talks" || !a.Published.Equal(time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)) || !strings.HasPrefix(a.Body, "TOKYO, January 30.") {
		t.Errorf("article %+v", a)
	}
}

// TestHTMLInlineScriptAndBreak: a script inside a paragraph adds nothing to
// its text; a line break is a space.
func TestHTMLInlineScriptAndBreak(t *testing.T) {
	page := `<html><body><article><p>TOKYO, January 30.<script>var d = "June 6, 2006";</script> Japan spoke.</p>` +
		`<p>Line one<br>line two.</p></article></body></html>`
	a, err := ReadHTML("page", []byte(page), Options{Published: time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "TOKYO, January 30. Japan spoke.\n\nLine one line two."; a.Body != want {
		t.Errorf("body %q, want %q", a.Body, want)
	}
}

// TestParsePublishedAmbiguous: with slashes, 12 can be a month, so 12/05
// and 05/12 stay ambiguous; 13 cannot.
func TestParsePublishedAmbiguous(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Time // zero: ambiguous
	}{
		{"12/05/2024", time.Time{}},
		{"05/12/2024", time.Time{}},
		{"13/05/2024", time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC)},
		{"05/13/2024", time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC)},
		{"05/05/2024", time.Date(2024, 5, 5, 0, 0, 0, 0, time.UTC)},
	} {
		got, err := ParsePublished(tt.in, nil)
		if tt.want.IsZero() {
			if err == nil || !strings.Contains(err.Error(), "is ambiguous") {
				t.Errorf("ParsePublished(%q) = %v, %v; want ambiguous", tt.in, got, err)
			}
		} else if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParsePublished(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

// TestParsePublishedNoYear: day and month without a year are refused, not
// read past their end.
func TestParsePublishedNoYear(t *testing.T) {
	for _, in := range []string{"30.01", "30.01.", "30/01"} {
		if got, err := ParsePublished(in, nil); err == nil {
			t.Errorf("ParsePublished(%q) = %v, want an error", in, got)
		}
	}
}

// TestCleanControlsEdges: a control character at the very start, and the
// first and last C1 characters (U+0080, U+009F), become spaces of the same
// byte length; U+00A0 is not a control character.
func TestCleanControlsEdges(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"\x1bTOKYO", " TOKYO"},
		{"a\u0080b", "a  b"},
		{"a\u009fb", "a  b"},
		{"a\u00a0b", "a\u00a0b"},
		{"a\tb\nc", "a\tb\nc"},
	} {
		if got := CleanControls(tt.in); got != tt.want {
			t.Errorf("CleanControls(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPublishedYear9999: the last year an EDTF date can hold is accepted.
func TestPublishedYear9999(t *testing.T) {
	got, err := ParsePublished("9999-12-31", nil)
	if err != nil || got.Year() != 9999 {
		t.Errorf("ParsePublished(9999-12-31) = %v, %v", got, err)
	}
}
