package render

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/peacetreaty/timeline/timeline"
)

// Text from data files and, above all, from articles is untrusted: it may
// hold control characters, markup, formulas and links to anything. These
// helpers keep it inert in every output.

// cleanControls replaces the control characters other than tab and line
// breaks (C0, DEL, C1) with U+FFFD: they are invalid in XML, can carry
// terminal escape sequences, and no reader wants them.
func cleanControls(s string) string {
	if !strings.ContainsFunc(s, isBadControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBadControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

func isBadControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	}
	return false
}

// safeURL returns u if it is an absolute http or https URL with a host and
// nothing a reader could be tricked by (spaces, control characters), and ""
// otherwise: javascript:, data:, file: and relative links never reach an
// output.
func safeURL(u string) string {
	if u == "" || strings.ContainsFunc(u, func(r rune) bool { return r <= ' ' || r == 0x7f || r >= 0x80 && r <= 0x9f }) {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.Opaque != "" {
		return ""
	}
	return u
}

// URLLosses lists, one line each, the links of a timeline that no output
// shows because they are not absolute http(s) URLs.
func URLLosses(tl *timeline.Timeline) []string {
	var out []string
	report := func(id, what, u string) {
		if u != "" && safeURL(u) == "" {
			out = append(out, fmt.Sprintf("%s: %s URL %q is not an absolute http(s) URL; left out", id, what, truncateRunes(cleanControls(u), 100)))
		}
	}
	for _, e := range allEvents(tl) {
		for i, s := range e.Sources {
			report(e.ID, fmt.Sprintf("source %d", i+1), s.URL)
		}
		for _, ev := range e.Evidence {
			report(e.ID, "article "+ev.Article.ID, ev.Article.URL)
		}
	}
	for _, c := range tl.Conflicts {
		report(c.Event, "article "+c.Article.ID, c.Article.URL)
	}
	return out
}

// withURLLosses adds URLLosses to a format's own losses.
func withURLLosses(own func(*timeline.Timeline) []string) func(*timeline.Timeline) []string {
	return func(tl *timeline.Timeline) []string {
		var out []string
		if own != nil {
			out = own(tl)
		}
		return append(out, URLLosses(tl)...)
	}
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// csvCell neutralises a cell a spreadsheet would read as a formula, as
// OWASP recommends ("CSV Injection"): a cell starting with =, +, -, @, tab or
// carriage return gets a leading apostrophe, which spreadsheets show as text
// and hide.
func csvCell(s string) string {
	s = cleanControls(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
