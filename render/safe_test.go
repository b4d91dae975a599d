package render

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// hostile is the fixture with data an attacker controls: markup, fences,
// carriage returns, control characters, formulas and unsafe links.
func hostile(t testing.TB) *timeline.Timeline {
	tl := fixture(t)
	e := &tl.Events[0]
	e.Title = "=HYPERLINK(\"http://x\")\r```\n<script>alert(1)</script> ~~~ \x1b[31mred\x00\x7f\u0085"
	e.Summary = "```\nfenced\r~~~\n# heading <img src=x onerror=alert(1)>"
	e.Sources[0].URL = "javascript:alert(1)"
	tl.Eras[0].Title = "Era\r```mermaid\n<b>bold</b>"
	return tl
}

func TestMarkdownEscapesBackslashAndBacktick(t *testing.T) {
	for in, want := range map[string]string{
		`C:\path`:       `C:\\path`,
		"`code`":        "\\`code\\`",
		"```":           "\\`\\`\\`",
		`\*`:            `\\\*`,
		"~~~":           `\~\~\~`,
		"a\r\nb\rc\n d": "a b c d",
		"<b>":           "&lt;b&gt;",
		"bell\x07":      "bell\uFFFD",
	} {
		if got := escape(in); got != want {
			t.Errorf("escape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownHostileText(t *testing.T) {
	for _, mermaid := range []bool{false, true} {
		var buf bytes.Buffer
		if err := MarkdownWith(&buf, hostile(t), MarkdownOptions{Mermaid: mermaid}); err != nil {
			t.Fatal(err)
		}
		md := buf.String()
		if strings.Contains(md, "\r") {
			t.Error("a carriage return reached the Markdown")
		}
		for _, bad := range []string{"<script", "<img", "<b>", "javascript:", "\x1b", "\x00", "\x7f", "\u0085"} {
			if strings.Contains(md, bad) {
				t.Errorf("mermaid=%v: %q reached the Markdown", mermaid, bad)
			}
		}
		// Only the Mermaid blocks the renderer opens are fences: every
		// line starting with ``` or ~~~ is one of them.
		opens, closes := 0, 0
		for _, line := range strings.Split(md, "\n") {
			switch {
			case line == "```mermaid":
				opens++
			case line == "```":
				closes++
			case strings.HasPrefix(line, "```"), strings.HasPrefix(line, "~~~"):
				t.Errorf("mermaid=%v: a fence from the data: %q", mermaid, line)
			}
		}
		if opens != closes || (opens > 0) != mermaid {
			t.Errorf("mermaid=%v: %d fences opened, %d closed", mermaid, opens, closes)
		}
		// Headings stay one line.
		for _, line := range strings.Split(md, "\n") {
			if strings.HasPrefix(line, "### ") && !strings.Contains(line, ": ") {
				t.Errorf("heading broken: %q", line)
			}
		}
	}
}

func TestMermaidLabel(t *testing.T) {
	for in, want := range map[string]string{
		"a: b; c #1":   "a#58; b#59; c #35;1",
		"<b>x</b> & y": "#60;b#62;x#60;/b#62; #38; y",
		"```\r\nend":   "#96;#96;#96; end",
		"ctrl\x1b[0m":  "ctrl\uFFFD[0m",
	} {
		if got := mermaidLabel(in); got != want {
			t.Errorf("mermaidLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"=1+2", "'=1+2"},
		{"+1", "'+1"},
		{"-1", "'-1"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"x=1", "x=1"},
		{"1945-09-02", "1945-09-02"},
		{"", ""},
	} {
		if got := csvCell(c.in); got != c.want {
			t.Errorf("csvCell(%q) = %q, want %q", c.in, got, c.want)
		}
		// And through the whole export, in the title column.
		tl := fixture(t)
		tl.Events[0].Title = c.in + "tail"
		var buf bytes.Buffer
		if err := CSV(&buf, tl); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, buf.Bytes())
		want := csvCell(c.in + "tail")
		if c.in == "\tx" || c.in == "\rx" {
			// oneLine folds the title's leading white space away first.
			want = "xtail"
		}
		if got := rows[1][6]; got != want {
			t.Errorf("title %q exported as %q, want %q", c.in+"tail", got, want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	for in, ok := range map[string]bool{
		"https://example.org/a_(b)":    true,
		"http://example.org":           true,
		"javascript:alert(1)":          false,
		"JAVASCRIPT:alert(1)":          false,
		"data:text/html,<script>":      false,
		"file:///etc/passwd":           false,
		"//example.org/x":              false,
		"/relative":                    false,
		"https:opaque":                 false,
		"https://exa mple.org":         false,
		"https://example.org/\x1b[31m": false,
		"ftp://example.org/file":       false,
		"https://example.org/\u0085":   false,
	} {
		if got := safeURL(in) != ""; got != ok {
			t.Errorf("safeURL(%q) kept = %v, want %v", in, got, ok)
		}
	}
}

// No unsafe link reaches any format but the JSON data export, and every
// format that drops one says so.
func TestUnsafeURLsDropped(t *testing.T) {
	tl := merged(t)
	tl.Events[0].Sources[0].URL = "javascript:alert(1)"
	tl.Events[0].Evidence[0].Article.URL = "data:text/html,x"
	for _, f := range Formats() {
		if f.Name == "json" {
			continue
		}
		var buf bytes.Buffer
		if err := f.Render(&buf, tl); err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"javascript:", "data:text"} {
			if strings.Contains(buf.String(), bad) {
				t.Errorf("%s: %q reached the output", f.Name, bad)
			}
		}
		if f.Name == "svg" || f.Name == "vega-lite" {
			continue // they show no links
		}
		if f.Losses == nil {
			t.Errorf("%s reports no dropped link", f.Name)
			continue
		}
		losses := strings.Join(f.Losses(tl), "\n")
		for _, want := range []string{
			`1945-08-18-occupation: source 1 URL "javascript:alert(1)" is not an absolute http(s) URL; left out`,
			`1945-08-18-occupation: article a URL "data:text/html,x" is not an absolute http(s) URL; left out`,
		} {
			if !strings.Contains(losses, want) {
				t.Errorf("%s losses lack %q:\n%s", f.Name, want, losses)
			}
		}
	}
}

// Control characters never break the SVG's XML, in the page or alone.
func TestSVGControlCharacters(t *testing.T) {
	tl := hostile(t)
	tl.Title = "Title\x01\x02\x0b\x0c\x1f\x7f\u0080\u009f"
	for _, render := range []func(io.Writer, *timeline.Timeline) error{SVG, HTML} {
		var buf bytes.Buffer
		if err := render(&buf, tl); err != nil {
			t.Fatal(err)
		}
		s := buf.String()
		if render != nil && strings.HasPrefix(s, "<svg") {
			dec := xml.NewDecoder(strings.NewReader(s))
			for {
				_, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("SVG is not well-formed XML: %v", err)
				}
			}
		}
		if strings.ContainsFunc(s, isBadControl) {
			t.Errorf("a control character reached the output: %q", s[strings.IndexFunc(s, isBadControl):][:20])
		}
	}
}

func TestTimelineJSHostile(t *testing.T) {
	tl := hostile(t)
	tl.Events[0].Date = edtf.MustParse("1945-08-18")
	doc := renderTJS(t, tl)
	for _, s := range doc.Events {
		for _, text := range []string{s.Text.Headline, s.Text.Text} {
			if strings.Contains(text, "<script") || strings.Contains(text, "javascript:") || strings.ContainsFunc(text, isBadControl) {
				t.Errorf("unsafe slide text %q", text)
			}
		}
	}
}
