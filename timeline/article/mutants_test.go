package article

import (
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
