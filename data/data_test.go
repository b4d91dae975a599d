package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/data"
	"github.com/peacetreaty/timeline/render"
	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
	"gopkg.in/yaml.v3"
)

func load(t *testing.T) *timeline.Timeline {
	t.Helper()
	tl, diags := timeline.Load(data.FS, timeline.LoadOptions{Prefix: "data"})
	for _, d := range diags {
		// Warnings are advice for researchers (a source that announced an
		// event, no contemporary source); errors and notes must not occur.
		if d.Severity != timeline.SeverityWarning {
			t.Fatalf("the embedded dataset has findings:\n%v", d)
		}
	}
	return tl
}

func TestDatasetCoversTheDispute(t *testing.T) {
	tl := load(t)
	if len(tl.Events) < 45 {
		t.Errorf("%d events; the chronology needs at least 45", len(tl.Events))
	}
	first, last := tl.Events[0].Date.Earliest().Year, tl.Events[len(tl.Events)-1].Date.Earliest().Year
	if first != 1855 || last < 2025 {
		t.Errorf("events span %d–%d; want 1855 to 2025 or later", first, last)
	}
	// The events the project must always carry, with exactly these dates.
	required := map[string]string{
		"1945-09-02-japan-surrenders":                                 "1945-09-02",
		"1945-08-18-soviet-occupation-of-the-kurils":                  "1945-08-18/1945-09-05",
		"1946-02-02-soviet-decree-incorporates-kurils":                "1946-02-02",
		"2022-03-21-russia-ends-peace-treaty-talks":                   "2022-03-21",
		"2024-01-30-kishida-policy-speech":                            "2024-01-30",
		"2024-02-19-japan-ukraine-economic-reconstruction-conference": "2024-02-19",
	}
	found := map[string]timeline.Event{}
	for _, e := range tl.Events {
		if _, ok := required[e.ID]; ok {
			found[e.ID] = e
		}
	}
	for id, date := range required {
		e, ok := found[id]
		if !ok {
			t.Errorf("required event %s is missing", id)
			continue
		}
		if e.Date.String() != date {
			t.Errorf("%s is dated %s, want %s", id, e.Date, date)
		}
	}
	speech := found["2024-01-30-kishida-policy-speech"]
	var tass bool
	for _, s := range speech.Sources {
		tass = tass || s.URL == "https://tass.com/world/1738995"
	}
	if !tass {
		t.Error("the 2024-01-30 speech does not cite the TASS seed article")
	}
	surrender := found["1945-09-02-japan-surrenders"]
	if !contains(surrender.Aliases, "after World War II") {
		t.Errorf("the surrender lacks the alias %q: %v", "after World War II", surrender.Aliases)
	}
}

func TestEventsAreOrdered(t *testing.T) {
	tl := load(t)
	for i := 1; i < len(tl.Events); i++ {
		a, b := &tl.Events[i-1], &tl.Events[i]
		if timeline.Compare(a, b) >= 0 {
			t.Errorf("%s is not before %s", a.ID, b.ID)
		}
	}
}

// TestSourcesAreChecked keeps every URL in the data to addresses that were
// checked (../shared/reference/sources.yaml) or to the seed article.
func TestSourcesAreChecked(t *testing.T) {
	ref := filepath.Join("..", "..", "shared", "reference", "sources.yaml")
	raw, err := os.ReadFile(ref)
	if err != nil {
		t.Skipf("skipping: %s is not here (it is beside the repository in CI): %v", ref, err)
	}
	var doc struct {
		Sources []struct{ URL string } `yaml:"sources"`
	}
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	checked := map[string]bool{"https://tass.com/world/1738995": true}
	for _, s := range doc.Sources {
		checked[s.URL] = true
	}
	for _, e := range load(t).Events {
		for _, s := range e.Sources {
			if s.URL != "" && !checked[s.URL] {
				t.Errorf("%s cites %s, which is not among the checked addresses", e.ID, s.URL)
			}
		}
	}
}

func TestSeedArticleIsEmbedded(t *testing.T) {
	b, err := data.FS.ReadFile("articles/tass-2024-01-30-kishida-peace-treaty.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("---\nurl: https://tass.com/world/1738995\n")) {
		t.Error("the seed article lost its front matter")
	}
}

// TestTimelineMDIsCurrent fails when TIMELINE.md was not regenerated after a
// change to the data or the renderer.
func TestTimelineMDIsCurrent(t *testing.T) {
	var buf bytes.Buffer
	if err := render.MarkdownWith(&buf, load(t), render.MarkdownOptions{Mermaid: true}); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "TIMELINE.md"))
	if err != nil {
		t.Fatalf("%v; run: make timeline", err)
	}
	if !bytes.Equal(committed, buf.Bytes()) {
		t.Error("TIMELINE.md is stale: it differs from what the data renders; run: make timeline")
	}
}

// TestExportsAreCurrent does the same for the committed JSON export and the
// SVG picture shown in the README.
func TestExportsAreCurrent(t *testing.T) {
	for _, name := range []string{"json", "svg"} {
		f, ok := render.Lookup(name)
		if !ok {
			t.Fatalf("no %s format", name)
		}
		var buf bytes.Buffer
		if err := f.Render(&buf, load(t)); err != nil {
			t.Fatal(err)
		}
		file := filepath.Join("..", "docs", "timeline."+name)
		committed, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v; run: make timeline", err)
		}
		if !bytes.Equal(committed, buf.Bytes()) {
			t.Errorf("%s is stale; run: make timeline", file)
		}
	}
}

func TestDisplayNeverRawEDTF(t *testing.T) {
	for _, e := range load(t).Events {
		d := e.Date.Display()
		if strings.ContainsAny(d, "/X%") || (e.Date.IsInterval() && d == e.Date.String()) {
			t.Errorf("%s: date %s displays as %q", e.ID, e.Date, d)
		}
		if _, err := edtf.Parse(e.Date.String()); err != nil {
			t.Errorf("%s: date does not re-parse: %v", e.ID, err)
		}
	}
}

// TestNamedDaysAgree shows, for a person to judge, every day named in full
// in a summary or a quote ("on 19 October 1956") that is neither the
// event's date nor another event's: the loader reports these as warnings
// (timeline validate prints them too). It fails only if the check finds
// nothing to check, which would mean it stopped reading the texts.
func TestNamedDaysAgree(t *testing.T) {
	tl, diags := timeline.Load(data.FS, timeline.LoadOptions{Prefix: "data"})
	for _, d := range diags {
		if d.Severity == timeline.SeverityWarning && strings.Contains(d.Msg, "nor the date of another event") {
			t.Logf("to check: %v", d)
		}
	}
	named := 0
	for _, e := range tl.Events {
		named += len(timeline.NamedDays(e.Summary))
		for _, s := range e.Sources {
			named += len(timeline.NamedDays(s.Quote))
		}
	}
	if named == 0 {
		t.Error("no summary or quote names a day; the check read nothing")
	}
	t.Logf("%d days named in full in summaries and quotes", named)
}

// TestNoDuplicateDateAndTitle: two events with the same date and title are
// one event filed twice.
func TestNoDuplicateDateAndTitle(t *testing.T) {
	seen := map[string]string{}
	for _, e := range load(t).Events {
		key := e.Date.String() + " " + strings.ToLower(strings.TrimSpace(e.Title))
		if prev, dup := seen[key]; dup {
			t.Errorf("%s and %s share the date %s and the title %q", prev, e.ID, e.Date, e.Title)
		}
		seen[key] = e.ID
	}
}

// TestSharedSourcesSpelledAlike: a source cited by several events (one
// address) is one source, written the same way everywhere, so renderers can
// give it one footnote.
func TestSharedSourcesSpelledAlike(t *testing.T) {
	type cite struct {
		event string
		src   timeline.Source
	}
	first := map[string]cite{}
	for _, e := range load(t).Events {
		for _, s := range e.Sources {
			if s.URL == "" {
				continue
			}
			prev, seen := first[s.URL]
			if !seen {
				first[s.URL] = cite{e.ID, s}
				continue
			}
			p := prev.src
			if p.Title != s.Title || p.Publisher != s.Publisher || p.Published != s.Published || p.Language != s.Language {
				t.Errorf("%s is cited differently by %s (%q, %q, %s, %s) and %s (%q, %q, %s, %s)", s.URL,
					prev.event, p.Title, p.Publisher, p.Published, p.Language,
					e.ID, s.Title, s.Publisher, s.Published, s.Language)
			}
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// The end of the war: from Japan's surrender on, every event needs Moscow's
// and Tokyo's framing, or a note that says which side said nothing.
var surrenderDay = edtf.Day{Year: 1945, Month: 9, Day: 2}

// silence holds, per side, how a note says that side made no statement the
// sources record, e.g. "No Russian government statement on the visit was
// found in ...". The match ignores case.
var silence = map[string][]string{
	"Tokyo":  {"no japanese government statement", "no japanese statement", "no japanese government comment"},
	"Moscow": {"no soviet government statement", "no soviet statement", "no russian government statement", "no russian statement", "no russian government comment"},
}

func notesSaySilent(notes, side string) bool {
	notes = strings.ToLower(notes)
	for _, phrase := range silence[side] {
		if strings.Contains(notes, phrase) {
			return true
		}
	}
	return false
}

// sideOf maps the perspective keys to the two governments: "japan" is Tokyo's
// framing; "ussr" and "russia" are Moscow's, before and after 1991.
var sideOf = map[string]string{"japan": "Tokyo", "ussr": "Moscow", "russia": "Moscow"}

// unframedSides lists the sides of a post-war event that have neither a
// perspective nor a note saying they made no statement.
func unframedSides(e timeline.Event) []string {
	if e.Date.Earliest().Before(surrenderDay) {
		return nil
	}
	framed := map[string]bool{}
	for _, p := range e.Perspectives {
		framed[sideOf[p.Actor]] = true
	}
	var missing []string
	for _, side := range []string{"Tokyo", "Moscow"} {
		if !framed[side] && !notesSaySilent(e.Notes, side) {
			missing = append(missing, side)
		}
	}
	return missing
}

func TestUnframedSides(t *testing.T) {
	day := func(s string) edtf.Value {
		v, err := edtf.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	both := []timeline.Perspective{{Actor: "russia", Text: "r"}, {Actor: "japan", Text: "j"}}
	tests := []struct {
		name string
		e    timeline.Event
		want []string
	}{
		{"before the surrender needs nothing", timeline.Event{Date: day("1945-08-18/1945-09-05")}, nil},
		{"both sides framed", timeline.Event{Date: day("2022-03-21"), Perspectives: both}, nil},
		{"ussr counts for Moscow", timeline.Event{Date: day("1956-10-19"), Perspectives: []timeline.Perspective{{Actor: "ussr"}, {Actor: "japan"}}}, nil},
		{"nothing at all", timeline.Event{Date: day("1945-09-02")}, []string{"Tokyo", "Moscow"}},
		{"a person's key is no side", timeline.Event{Date: day("2019"), Perspectives: []timeline.Perspective{{Actor: "putin"}}}, []string{"Tokyo", "Moscow"}},
		{"Tokyo only, Moscow's silence noted", timeline.Event{Date: day("2024-02-19"), Perspectives: both[1:],
			Notes: "No Russian government statement on the conference was found in the reports searched."}, nil},
		{"Tokyo only, note about something else", timeline.Event{Date: day("2024-02-19"), Perspectives: both[1:],
			Notes: "Month only; both reports are dated 7 April 2025."}, []string{"Moscow"}},
		{"Soviet silence, Japanese framing missing", timeline.Event{Date: day("1947"),
			Notes: "No Soviet statement framing the decree was found."}, []string{"Tokyo"}},
		{"a note on one side does not cover the other", timeline.Event{Date: day("1981-01-06"), Perspectives: both[:1],
			Notes: "No Russian statement was found."}, []string{"Tokyo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unframedSides(tt.e); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("unframedSides = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPostwarEventsFrameBothSides keeps issue 11's rule: every event from the
// surrender on gives Moscow's and Tokyo's framing, each attributed in
// `perspectives`, or says in `notes` that a side made no statement.
func TestPostwarEventsFrameBothSides(t *testing.T) {
	for _, e := range load(t).Events {
		for _, side := range unframedSides(e) {
			t.Errorf("%s: no perspective for %s's side and no note saying it made no statement "+
				"(add perspectives.%s, or a notes sentence such as %q)", e.ID, side,
				map[string]string{"Tokyo": "japan", "Moscow": "russia or ussr"}[side],
				map[string]string{"Tokyo": "No Japanese government statement on ... was found in ...",
					"Moscow": "No Russian government statement on ... was found in ..."}[side])
		}
	}
}
