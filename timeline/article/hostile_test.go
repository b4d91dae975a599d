package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/peacetreaty/timeline/timeline/temporal"
)

func TestCleanControls(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain\ttext\nhere", "plain\ttext\nhere"},
		{"a\x1b[31mred\x1b[0m", "a [31mred [0m"},
		{"bell\x07 back\x08 cr\r\n del\x7f", "bell  back  cr \n del "},
		{"c1\u0085next\u009bcsi", "c1  next  csi"},
		{"keep é, Ж, 東京, \u00a0nbsp, \u2028", "keep é, Ж, 東京, \u00a0nbsp, \u2028"},
	}
	for _, tt := range tests {
		got := CleanControls(tt.in)
		if got != tt.want || len(got) != len(tt.in) {
			t.Errorf("CleanControls(%q) = %q, want %q (same length)", tt.in, got, tt.want)
		}
	}
}

// Control characters never reach an article's fields, and the body keeps the
// file's byte offsets: mentions slice to their text at the file's offsets.
func TestReadersReplaceControls(t *testing.T) {
	raw := "Talks\x1b]0;pwned\x07\r\nTOKYO, January 30. /TASS/.\u009b In March\x1b[2J 2022, Russia ended the talks on\x00 Monday.\x7f"
	raw = strings.ReplaceAll(raw, "\x00", "\x01") // NUL is refused as binary
	pub := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	check := func(name string, a *Article, offset func(m temporal.Mention) string) {
		t.Helper()
		for _, f := range []string{a.ID, a.Title, a.Publisher, a.Body} {
			if i := controlAt(f, 0); i >= 0 {
				t.Errorf("%s: control character at %d of %q", name, i, f)
			}
		}
		ms := temporal.Tag(a.Body, a.Published)
		if len(ms) < 3 {
			t.Fatalf("%s: mentions %+v", name, ms)
		}
		for _, m := range ms {
			if a.Body[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %+v does not slice to its text", name, m)
			}
			if offset != nil && offset(m) != CleanControls(m.Text) {
				t.Errorf("%s: mention %q is not at its offset in the file: %q", name, m.Text, offset(m))
			}
		}
	}
	a, err := ReadText("x\x1b[1m", []byte(raw), Options{Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "x [1m" || len(a.Body) != len(raw) {
		t.Errorf("id %q, body %d bytes of %d", a.ID, len(a.Body), len(raw))
	}
	check("text", a, func(m temporal.Mention) string { return CleanControls(raw[m.Start:m.End]) })

	a, err = ParseLine([]byte(`{"id": "j\u001b[1m", "title": "T\u009b", "dct": "2024-01-30", "text": "In March\u001b[2J 2022, talks\u0007 ended on Monday and in May."}`), 1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "j [1m" || a.Title != "T  " {
		t.Errorf("jsonl metadata %q %q", a.ID, a.Title)
	}
	check("jsonl", a, nil)

	a, err = ReadHTML("h", []byte("<html><head><title>T\x1b[1m</title></head><body><p>In March 2022\x07, and on Monday\x1b[2J, and in May.</p></body></html>"), Options{Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	check("html", a, nil)
}

func TestURLs(t *testing.T) {
	pub := "---\npublished: 2024-01-30\nurl: %s\n---\nIn March 2022.\n"
	for _, tt := range []struct {
		url  string
		keep bool
	}{
		{"https://tass.com/world/1738995", true},
		{"HTTP://example.org/a?b=c#d", true},
		{"javascript:alert(1)", false},
		{"/world/1738995", false},
		{"tass.com/world", false},
		{"ftp://example.org/x", false},
		{"https://user:pw@example.org/", false},
		{"data:text/html,<script>", false},
		{"https:///nohost", false},
	} {
		a, err := ReadText("u", []byte(strings.Replace(pub, "%s", `"`+tt.url+`"`, 1)), Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.url, err)
		}
		if tt.keep && (a.URL != tt.url || len(a.Warnings) != 0) {
			t.Errorf("%s: url %q, warnings %q", tt.url, a.URL, a.Warnings)
		}
		if !tt.keep && (a.URL != "" || len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "not an absolute http(s) URL")) {
			t.Errorf("%s: url %q kept, warnings %q", tt.url, a.URL, a.Warnings)
		}
	}
	// The other readers go through the same check.
	a, err := ParseLine([]byte(`{"id": "j", "url": "javascript:x", "dct": "2024-01-30", "text": "May."}`), 1, Options{})
	if err != nil || a.URL != "" || len(a.Warnings) != 1 {
		t.Errorf("jsonl: %+v %v", a, err)
	}
	a, err = ReadHTML("h", []byte(`<html><head><link rel="canonical" href="javascript:x"></head><body><p>In May 2022.</p></body></html>`), Options{Published: time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)})
	if err != nil || a.URL != "" || len(a.Warnings) != 1 {
		t.Errorf("html: %+v %v", a, err)
	}
	// A long URL is quoted short.
	a, _ = ReadText("u", []byte(strings.Replace(pub, "%s", "x"+strings.Repeat("y", 5000), 1)), Options{})
	if len(a.Warnings) != 1 || len(a.Warnings[0]) > 200 {
		t.Errorf("warning %q", a.Warnings)
	}
}

func TestPublishedRefused(t *testing.T) {
	for _, tt := range []struct{ in, err string }{
		{"2024-01-30 08:24 Pacific/Chatham", `publication time "2024-01-30 08:24 Pacific/Chatham": time zone name "Pacific/Chatham" is not supported; write an offset such as +13:45`},
		{"January 30, 2024 8:24 Europe/Moscow", `time zone name "Europe/Moscow" is not supported`},
		{"0000-01-30", `publication time "0000-01-30": year 0 is outside 0001–9999`},
		{"0001-01-01T00:30:00+01:00", "year 0 is outside 0001–9999"},
		{"10000-01-30", "cannot read publication time"},
	} {
		_, err := ParsePublished(tt.in, nil)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("ParsePublished(%q) error %v, want %q", tt.in, err, tt.err)
		}
	}
	if _, err := ParsePublished("2024-01-30 08:24 +13:45", nil); err != nil {
		t.Errorf("offset refused: %v", err)
	}
	// The message names the file.
	name := filepath.Join(t.TempDir(), "chatham.txt")
	if err := os.WriteFile(name, []byte("---\npublished: 2024-01-30 08:24 Pacific/Chatham\n---\nIn May.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(name, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), name+": front matter: published: publication time") {
		t.Errorf("ReadFile: %v", err)
	}
	_, err = ParseLine([]byte(`{"id": "y", "dct": "0000-05-01", "text": "May."}`), 7, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "line 7: publication time") {
		t.Errorf("ParseLine: %v", err)
	}
}

func TestClip(t *testing.T) {
	for _, c := range []struct {
		in    string
		limit int
		want  string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"abcdefghijklmnop", 10, "abcdefg…"},
		{"Kishida vows to conclude a peace treaty", 20, "Kishida vows to…"},
		{"日本と ロシアの平和条約", 12, "日本と…"},
		{"ロシアの平和条約交渉", 10, "ロシ…"},
	} {
		got := Clip(c.in, c.limit)
		if got != c.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", c.in, c.limit, got, c.want)
		}
		if len(got) > c.limit || !utf8.ValidString(got) {
			t.Errorf("Clip(%q, %d) = %q: %d bytes or broken UTF-8", c.in, c.limit, got, len(got))
		}
		if again := Clip(got, c.limit); again != got {
			t.Errorf("Clip is not idempotent: %q then %q", got, again)
		}
	}
}

// An article's metadata is repeated on every piece of evidence and every
// proposal: a huge title (given, or a huge first line standing in for one)
// must not multiply the output.
func TestMetadataCut(t *testing.T) {
	long := strings.Repeat("TOKYO, January 30, 2024 ", 5000)
	opts := Options{Published: time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)}
	a, err := ReadText("untitled", []byte(long+"\n"), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Title) > MaxTitle || !strings.HasPrefix(a.Title, "TOKYO, January 30, 2024") || !strings.HasSuffix(a.Title, "…") {
		t.Errorf("title from a 120 KB first line: %d bytes, %.60q…", len(a.Title), a.Title)
	}
	if len(a.Warnings) != 0 {
		t.Errorf("a title taken from the first line is cut without a warning, got %q", a.Warnings)
	}
	src := "---\ntitle: " + strings.Repeat("word ", 200) + "\npublisher: " + strings.Repeat("P", 400) + "\n---\nText.\n"
	a, err = ReadText("titled", []byte(src), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Title) > MaxTitle || len(a.Publisher) > MaxTitle {
		t.Errorf("title %d bytes, publisher %d bytes: over %d", len(a.Title), len(a.Publisher), MaxTitle)
	}
	if len(a.Warnings) != 2 || !strings.Contains(a.Warnings[0], "title of 999 bytes cut to 300") {
		t.Errorf("warnings %q, want the cut title and publisher", a.Warnings)
	}
}
