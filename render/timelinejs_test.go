package render

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// tjsDoc is the part of a TimelineJS file the tests read; dates are maps so
// that a field the export should not write is seen.
type tjsDoc struct {
	Title struct {
		Text struct{ Headline, Text string }
	}
	Events []tjsTestSlide
	Eras   []struct {
		StartDate map[string]string `json:"start_date"`
		EndDate   map[string]string `json:"end_date"`
		Text      struct{ Headline string }
	}
}

type tjsTestSlide struct {
	StartDate   map[string]string `json:"start_date"`
	EndDate     map[string]string `json:"end_date"`
	DisplayDate string            `json:"display_date"`
	Text        struct{ Headline, Text string }
	Group       string
	UniqueID    string `json:"unique_id"`
}

func renderTJS(t *testing.T, tl *timeline.Timeline) tjsDoc {
	t.Helper()
	var buf bytes.Buffer
	if err := TimelineJS(&buf, tl); err != nil {
		t.Fatal(err)
	}
	var doc tjsDoc
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// withDates replaces the fixture's events by one event per EDTF date, ids
// e0, e1…, in the timeline's order.
func withDates(t *testing.T, dates ...string) *timeline.Timeline {
	t.Helper()
	tl := fixture(t)
	model := tl.Events[0]
	tl.Events = nil
	for i, d := range dates {
		e := model
		e.ID, e.Date = "e"+string(rune('0'+i)), edtf.MustParse(d)
		tl.Events = append(tl.Events, e)
	}
	return tl
}

func TestTimelineJSDates(t *testing.T) {
	dates := []string{"1945-09-02", "1945-09", "1945", "1945-08-18/1945-09-05", "195X~", "2001-24", "1947/1949~", "1991/..", "19XX", "1956?", "1985-XX"}
	doc := renderTJS(t, withDates(t, dates...))
	if len(doc.Events) != len(dates) {
		t.Fatalf("%d slides for %d events", len(doc.Events), len(dates))
	}
	type want struct {
		start, end map[string]string
		display    string
	}
	wants := []want{
		{map[string]string{"year": "1945", "month": "9", "day": "2"}, nil, ""},
		{map[string]string{"year": "1945", "month": "9"}, nil, ""},
		{map[string]string{"year": "1945"}, nil, ""},
		{map[string]string{"year": "1945", "month": "8", "day": "18"}, map[string]string{"year": "1945", "month": "9", "day": "5"}, ""},
		{map[string]string{"year": "1950", "display_date": "c. 1950s"}, nil, "c. 1950s"},
		{map[string]string{"year": "2001", "month": "12", "display_date": "winter 2001–02"}, nil, "winter 2001–02"},
		{map[string]string{"year": "1947"}, map[string]string{"year": "1949", "display_date": "c. 1949"}, "1947 – c. 1949"},
		{map[string]string{"year": "1991"}, nil, "after 1991"},
		{map[string]string{"year": "1900", "display_date": "1900s"}, nil, "1900s"},
		{map[string]string{"year": "1956", "display_date": "1956 (uncertain)"}, nil, "1956 (uncertain)"},
		{map[string]string{"year": "1985"}, nil, ""},
	}
	for i, w := range wants {
		s := doc.Events[i]
		// Every slide shows the project's display of its date, so no slide
		// falls back to TimelineJS's own (US) format.
		if w.display == "" {
			w.display = edtf.MustParse(dates[i]).Display()
		}
		if !mapsEqual(s.StartDate, w.start) || !mapsEqual(s.EndDate, w.end) || s.DisplayDate != w.display {
			t.Errorf("%s: start %v end %v display %q; want %v, %v, %q", dates[i], s.StartDate, s.EndDate, s.DisplayDate, w.start, w.end, w.display)
		}
	}
	// No date object has a field finer than its precision.
	allowed := map[edtf.Precision][]string{
		edtf.PrecisionDay: {"year", "month", "day"}, edtf.PrecisionMonth: {"year", "month"}, edtf.PrecisionSeason: {"year", "month"},
		edtf.PrecisionYear: {"year"}, edtf.PrecisionDecade: {"year"}, edtf.PrecisionCentury: {"year"},
	}
	for i, s := range doc.Events {
		v := edtf.MustParse(dates[i])
		for part, d := range map[string]map[string]string{"start": s.StartDate, "end": s.EndDate} {
			p := v.Precision()
			if v.IsInterval() && part == "start" && !v.OpenStart() {
				p = v.Start().Precision()
			} else if v.IsInterval() && part == "end" && !v.OpenEnd() {
				p = v.End().Precision()
			}
			for k := range d {
				if k != "display_date" && !slices.Contains(allowed[p], k) {
					t.Errorf("%s: %s date has %q, finer than %s precision", dates[i], part, k, p)
				}
				if strings.HasPrefix(d[k], "0") {
					t.Errorf("%s: %s %s = %q has a leading zero", dates[i], part, k, d[k])
				}
			}
		}
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestTimelineJSContent(t *testing.T) {
	tl := fixture(t)
	doc := renderTJS(t, tl)
	if len(doc.Events) != len(tl.Events) {
		t.Fatalf("%d slides, want %d", len(doc.Events), len(tl.Events))
	}
	talks := doc.Events[2]
	// Grouped by who acted, as the SVG's rows.
	if talks.UniqueID != "1950-talks" || talks.Group != "Tokyo" || doc.Events[0].Group != "Moscow" {
		t.Errorf("slide id %q group %q", talks.UniqueID, talks.Group)
	}
	// Headline and text are HTML: data is escaped, links only where a URL is.
	if talks.Text.Headline != "Talks of the [1950s] *with* markup_characters &lt;b&gt;" {
		t.Errorf("headline %q", talks.Text.Headline)
	}
	if want := `<a href="https://example.org/a_(b)">Fixture (with parentheses)</a>, Test`; !strings.Contains(talks.Text.Text, want) {
		t.Errorf("text %q lacks %q", talks.Text.Text, want)
	}
	surrender := doc.Events[1].Text.Text
	if !strings.Contains(surrender, "Japan&#39;s representatives") || !strings.Contains(surrender, "Sources: Japanese Instrument of Surrender, National Archives (US); <a href=") {
		t.Errorf("surrender text %q", surrender)
	}
	// Each side's view and the notes are on the slide.
	occupation := doc.Events[0].Text.Text
	for _, want := range []string{"<li><strong>Soviet Union:</strong> The return of lands lost in 1905", "<li><strong>Japan:</strong> An occupation of Japan&#39;s"} {
		if !strings.Contains(occupation, want) {
			t.Errorf("occupation text %q lacks %q", occupation, want)
		}
	}
	if !strings.Contains(talks.Text.Text, "<p><em>Note:</em> Not a real event; a rendering fixture.</p>") {
		t.Errorf("talks text %q lacks the note", talks.Text.Text)
	}
	// The title slide introduces the timeline.
	if intro := doc.Title.Text.Text; !strings.Contains(intro, "<p>3 events from 1945 to 1959, in 1 era: The end of the war (1945–1951).</p>") ||
		!strings.Contains(intro, "how each side sees it") {
		t.Errorf("title slide %q", intro)
	}
	if strings.Count(surrender, "<a ") != 1 {
		t.Errorf("want one link (one source has no URL): %q", surrender)
	}
	// Only the era with events gets a band; it covers its last year whole.
	if len(doc.Eras) != 1 || doc.Eras[0].Text.Headline != "The end of the war (1945–1951)" ||
		!mapsEqual(doc.Eras[0].EndDate, map[string]string{"year": "1951", "month": "12", "day": "31"}) {
		t.Errorf("eras %+v", doc.Eras)
	}
}

func TestTimelineJSOpenEraAndProposed(t *testing.T) {
	tl := merged(t)
	tl.Events[2].Era = "unused" // the open era 1991/..
	tl.Events[2].Date = edtf.MustParse("1993/..")
	doc := renderTJS(t, tl)
	if len(doc.Events) != len(tl.Events)+len(tl.Proposed) {
		t.Fatalf("%d slides, want %d", len(doc.Events), len(tl.Events)+len(tl.Proposed))
	}
	var proposed []string
	for _, s := range doc.Events {
		if strings.HasPrefix(s.Text.Headline, "[proposed] ") {
			proposed = append(proposed, s.UniqueID)
		}
	}
	if len(proposed) != 1 || proposed[0] != tl.Proposed[0].ID {
		t.Errorf("proposed slides %v, want [%s]", proposed, tl.Proposed[0].ID)
	}
	// The open era ends with the latest event's year, counting an open end as its start.
	last := doc.Eras[len(doc.Eras)-1]
	if last.Text.Headline != "An era with no events" || !mapsEqual(last.EndDate, map[string]string{"year": "1993", "month": "12", "day": "31"}) {
		t.Errorf("open era %+v", last)
	}
}

func TestTimelineJSLosses(t *testing.T) {
	tl := withDates(t, "1945-09-02", "195X~", "1947/1949~", "1991/..", "../1991", "2001-24", "1943-11-27~/1943-12-01", "1985-XX")
	got := TimelineJSLosses(tl)
	want := []string{
		`e1: 195X~ is approximate and has unspecified year digits (a decade); TimelineJS shows only display_date "c. 1950s"`,
		`e2: end 1949~ is approximate; TimelineJS shows only display_date "1947 – c. 1949"`,
		`e3: end is open (slide shown as a point); TimelineJS shows only display_date "after 1991"`,
		`e4: start is open (slide placed at its end); TimelineJS shows only display_date "before 1991"`,
		`e5: 2001-24 is a season; TimelineJS shows only display_date "winter 2001–02"`,
		`e6: start 1943-11-27~ is approximate; TimelineJS shows only display_date "c. 27 November 1943 – 1 December 1943"`,
	}
	// The timeline orders events by date, so compare as sets of lines.
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("losses:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if l := TimelineJSLosses(fixture(t)); len(l) != 1 || !strings.HasPrefix(l[0], "1950-talks: ") {
		t.Errorf("fixture losses %q", l)
	}
}

// Unknown ends are named so, apart from open ones, and proposed events are
// reported like curated ones.
func TestTimelineJSLossesUnknownAndProposed(t *testing.T) {
	tl := withDates(t, "1991/", "/1991", "1991/..")
	p := tl.Events[0]
	p.ID, p.Status, p.Date = "p1", timeline.StatusProposed, edtf.MustParse("1956~")
	tl.Proposed = []timeline.Event{p}
	got := TimelineJSLosses(tl)
	want := []string{
		`e0: end is unknown (slide shown as a point); TimelineJS shows only display_date "1991 – unknown end"`,
		`e1: start is unknown (slide placed at its end); TimelineJS shows only display_date "unknown start – 1991"`,
		`e2: end is open (slide shown as a point); TimelineJS shows only display_date "after 1991"`,
		`p1: 1956~ is approximate; TimelineJS shows only display_date "c. 1956"`,
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("losses:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
