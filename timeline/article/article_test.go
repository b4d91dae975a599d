package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var seedPath = filepath.Join("..", "..", "data", "articles", "tass-2024-01-30-kishida-peace-treaty.txt")
var rawPath = filepath.Join("..", "..", "data", "articles", "raw", "tass-1738995.txt")

func TestParsePublished(t *testing.T) {
	msk := time.FixedZone("", 3*3600)
	tests := []struct {
		in   string
		want time.Time
		err  string
	}{
		{"2024-01-30T08:24:00+03:00", time.Date(2024, 1, 30, 8, 24, 0, 0, msk), ""},
		{"Jan 30, 2024 8:24", time.Date(2024, 1, 30, 8, 24, 0, 0, time.UTC), ""},
		{"30.01.2024", time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), ""},
		{"30.01.2024 08:24", time.Date(2024, 1, 30, 8, 24, 0, 0, time.UTC), ""},
		{"2024-01-30", time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), ""},
		{"January 30, 2024", time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), ""},
		{"30 January 2024", time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), ""},
		{"30/01/2024", time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), ""},
		{"1998-01-08", time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC), ""},
		{"2024-01-30T05:24:00Z", time.Date(2024, 1, 30, 5, 24, 0, 0, time.UTC), ""},
		{"03/04/2024", time.Time{}, `publication time "03/04/2024" is ambiguous (day/month or month/day?); write it as YYYY-MM-DD`},
		{"2024-01-30 08:24 MSK", time.Time{}, `publication time "2024-01-30 08:24 MSK": time zone "MSK" is not known; write an offset such as +03:00`},
		{"", time.Time{}, "empty publication time"},
		{"soon", time.Time{}, `cannot read publication time "soon": write a date such as 2024-01-30 or 30 January 2024, with the time if known (2024-01-30T08:24+03:00)`},
		{"not a date", time.Time{}, `cannot read publication time "not a date": write a date such as 2024-01-30`},
	}
	for _, tt := range tests {
		got, err := ParsePublished(tt.in, nil)
		if tt.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
				t.Errorf("ParsePublished(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParsePublished(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		if _, off := got.Zone(); tt.err == "" && !strings.Contains(tt.in, "+") && off != 0 {
			t.Errorf("ParsePublished(%q) used a local zone: %v", tt.in, got)
		}
	}
	// A time without a zone is read in the given location, never time.Local.
	tokyo := time.FixedZone("JST", 9*3600)
	got, err := ParsePublished("2024-01-30 08:24", tokyo)
	if err != nil || !got.Equal(time.Date(2024, 1, 29, 23, 24, 0, 0, time.UTC)) {
		t.Errorf("in JST: %v, %v", got, err)
	}
}

func TestReadSeedArticle(t *testing.T) {
	a, err := ReadFile(seedPath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "tass-2024-01-30-kishida-peace-treaty" || a.URL != "https://tass.com/world/1738995" || a.Publisher != "TASS" || a.Language != "en" {
		t.Errorf("metadata: %+v", a)
	}
	if !strings.HasPrefix(a.Title, "Japan would like to sign peace with Russia") {
		t.Errorf("title %q", a.Title)
	}
	want := time.Date(2024, 1, 30, 5, 24, 0, 0, time.UTC)
	if !a.Published.Equal(want) || a.PublishedFrom != "metadata" {
		t.Errorf("published %v from %q, want %v from metadata", a.Published, a.PublishedFrom, want)
	}
	if !strings.HasPrefix(a.Body, "Japan would like to sign peace") || strings.Contains(a.Body, "publisher: TASS") {
		t.Errorf("body does not start after the front matter: %.80q", a.Body)
	}
	d := a.Dateline
	if d == nil || d.Month != 1 || d.Day != 30 || d.Year != 0 || a.Body[d.Start:d.End] != d.Text || !strings.HasPrefix(d.Text, "January 30") {
		t.Errorf("dateline %+v", d)
	}
}

func TestRawArticleNeedsPublished(t *testing.T) {
	_, err := ReadFile(rawPath, Options{})
	if !errors.Is(err, ErrYearUnknown) {
		t.Fatalf("error %v, want ErrYearUnknown", err)
	}
	if got := err.Error(); !strings.HasSuffix(got, "publication year unknown; pass --published") {
		t.Errorf("message %q", got)
	}
	pub := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	a, err := ReadFile(rawPath, Options{Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.Equal(pub) || a.PublishedFrom != "--published" || a.Title == "" {
		t.Errorf("article %+v", a)
	}
}

func TestFindDateline(t *testing.T) {
	tests := []struct {
		body       string
		text       string
		month, day int
		year       int
	}{
		{"Title\n\nTOKYO, January 30. /TASS/. Japan would like to conclude a peace treaty.", "January 30", 1, 30, 0},
		{"Title\nMOSCOW, Oct 24 (Reuters) - Russia said on Tuesday it would not talk.", "Oct 24", 10, 24, 0},
		{"Title\nMOSCOW, Oct 24, 2023 (Reuters) - Russia said it would not talk.", "Oct 24, 2023", 10, 24, 2023},
		{"Title\n\nWorld January 30, 8:24\n\nBody text here.", "January 30, 8:24", 1, 30, 0},
		{"Title\nTokyo, Dec. 21 (Jiji Press)--Then Japanese Prime Minister Toshiki Kaifu had pressed.", "Dec. 21", 12, 21, 0},
		{"Title\n<January 22 (Tuesday) Moscow>\nText.", "January 22", 1, 22, 0},
		{"Title\nJune 1, 2018\nNemuro, Hokkaido- A group departed.", "June 1, 2018", 6, 1, 2018},
	}
	for _, tt := range tests {
		d := FindDateline(tt.body)
		if d == nil {
			t.Errorf("no dateline in %q", tt.body)
			continue
		}
		if d.Text != tt.text || d.Month != tt.month || d.Day != tt.day || d.Year != tt.year || tt.body[d.Start:d.End] != d.Text {
			t.Errorf("dateline of %q = %+v; want %q %d-%d year %d", tt.body, d, tt.text, tt.month, tt.day, tt.year)
		}
	}
	for _, body := range []string{
		"Title\nIn March 2022, the Russian Foreign Ministry announced that Moscow was terminating talks with Tokyo on a peace treaty.",
		"Title\nThe ministers will meet on April 15 to discuss a peace treaty, a spokesman for the ministry said in Tokyo today.",
		"Title\nNo dates at all here.",
	} {
		if d := FindDateline(body); d != nil {
			t.Errorf("dateline %+v found in %q", d, body)
		}
	}
}

func TestReadTextBadInput(t *testing.T) {
	tests := []struct {
		name string
		data string
		err  string
	}{
		{"empty", "", "empty file"},
		{"blank", "\n \n", "empty file"},
		{"binary", "abc\x00def", "binary file: NUL byte at line 1, column 4"},
		{"invalid UTF-8", "line one\nbad \xff byte", "not UTF-8 text: invalid byte at line 2, column 5"},
		{"front matter syntax", "---\ntitle: [unclosed\n---\nBody January 30, 2024.", "front matter: line 2: did not find expected ',' or ']'"},
		{"front matter date", "---\npublished: someday\n---\nBody.", `front matter: published: cannot read publication time "someday"`},
		{"no year anywhere", "Title\nBody with no date.", "publication year unknown; pass --published"},
	}
	for _, tt := range tests {
		_, err := ReadText("x", []byte(tt.data), Options{})
		if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
		}
	}
	if _, err := ReadFile(t.TempDir(), Options{}); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("directory: %v", err)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing.txt"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestReadTextFrontMatterOnlyDatelineYear(t *testing.T) {
	a, err := ReadText("reuters", []byte("Russia says no\nMOSCOW, Oct 24, 2023 (Reuters) - Russia said on Tuesday."), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.PublishedFrom != "dateline" || !a.Published.Equal(time.Date(2023, 10, 24, 0, 0, 0, 0, time.UTC)) || a.Title != "Russia says no" {
		t.Errorf("article %+v", a)
	}
}
