package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/data"
	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// realData loads the embedded chronology.
func realData(t testing.TB) *timeline.Timeline {
	t.Helper()
	tl, diags := timeline.Load(data.FS, timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatalf("embedded data is invalid:\n%v", diags)
	}
	return tl
}

type svgBox struct {
	id         string
	x, y, w, h float64
}

// svgLabels parses an SVG document (failing the test if it is not
// well-formed XML) and returns the boxes of its labels.
func parseSVGLabels(t *testing.T, doc []byte) []svgBox {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var boxes []svgBox
	root := true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := map[string]string{}
		for _, a := range se.Attr {
			attr[a.Name.Local] = a.Value
		}
		if root {
			root = false
			if se.Name.Local != "svg" || se.Name.Space != "http://www.w3.org/2000/svg" || attr["width"] != "1200" ||
				!strings.HasPrefix(attr["viewBox"], "0 0 1200 ") {
				t.Errorf("root element %v %v: want a 1200-wide svg in the SVG namespace", se.Name, attr)
			}
		}
		if se.Name.Local != "text" || !strings.Contains(" "+attr["class"]+" ", " label ") {
			continue
		}
		f := strings.Fields(attr["data-box"])
		if len(f) != 4 {
			t.Fatalf("label %q has data-box %q", attr["data-id"], attr["data-box"])
		}
		var v [4]float64
		for i := range f {
			if v[i], err = strconv.ParseFloat(f[i], 64); err != nil {
				t.Fatal(err)
			}
		}
		// The box is where the text is drawn: from its left edge, or, set
		// flush right, to its right edge.
		x, _ := strconv.ParseFloat(attr["x"], 64)
		want := v[0]
		if attr["text-anchor"] == "end" {
			want = v[0] + v[2]
		}
		if math.Abs(x-want) > 0.11 {
			t.Errorf("label %q drawn at x=%v, its box starts at %v and is %v wide (anchor %q)", attr["data-id"], x, v[0], v[2], attr["text-anchor"])
		}
		boxes = append(boxes, svgBox{attr["data-id"], v[0], v[1], v[2], v[3]})
	}
	return boxes
}

func checkSVG(t *testing.T, tl *timeline.Timeline) {
	var buf bytes.Buffer
	if err := SVG(&buf, tl); err != nil {
		t.Fatal(err)
	}
	doc := buf.Bytes()
	for _, bad := range []string{"http://www.w3.org/1999/xlink", "@import", "url(", "<image"} {
		if bytes.Contains(doc, []byte(bad)) {
			t.Errorf("SVG refers to something outside itself: %q", bad)
		}
	}
	// Links only to the event list of the page the picture is in.
	if n, m := bytes.Count(doc, []byte(`href="`)), bytes.Count(doc, []byte(`href="#ev-`)); n != m {
		t.Errorf("%d links, %d of them to #ev-…", n, m)
	}
	boxes := parseSVGLabels(t, doc)
	events := allEvents(tl)
	if len(boxes) != len(events) {
		t.Fatalf("%d labels for %d events", len(boxes), len(events))
	}
	seen := map[string]bool{}
	for _, b := range boxes {
		seen[b.id] = true
	}
	for _, e := range events {
		if !seen[e.ID] {
			t.Errorf("event %s has no label", e.ID)
		}
	}
	for i, a := range boxes {
		if a.x < 0 || a.x+a.w > 1200 {
			t.Errorf("label %s (x %v, width %v) is outside the picture", a.id, a.x, a.w)
		}
		for _, b := range boxes[i+1:] {
			if a.x < b.x+b.w && b.x < a.x+a.w && a.y < b.y+b.h && b.y < a.y+a.h {
				t.Errorf("labels %s %v and %s %v overlap", a.id, a, b.id, b)
			}
		}
	}
}

func TestSVGFixture(t *testing.T) { checkSVG(t, fixture(t)) }

func TestSVGWithArticles(t *testing.T) { checkSVG(t, merged(t)) }

func TestSVGRealData(t *testing.T) { checkSVG(t, realData(t)) }

func TestSVGEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := SVG(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	if strings.Contains(svg, "<b>") {
		t.Error("a title's <b> reached the SVG unescaped")
	}
	// The full title and date are the mark's accessible name and hover text.
	if !strings.Contains(svg, `aria-label="Talks of the [1950s] *with* markup_characters &lt;b&gt;, c. 1950s"><title>Talks of the [1950s] *with* markup_characters &lt;b&gt;, c. 1950s</title>`) {
		t.Error("accessible name with full title and date missing")
	}
}

func TestSVGEmpty(t *testing.T) {
	tl := fixture(t)
	tl.Events = nil
	var buf bytes.Buffer
	if err := SVG(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if len(parseSVGLabels(t, buf.Bytes())) != 0 || !strings.Contains(buf.String(), "No events match.") {
		t.Errorf("empty timeline rendered as:\n%s", buf.String())
	}
}

// svgPanelTicks parses the panels of an SVG and their ticks.
type svgPanelInfo struct {
	era            string
	x0, x1, t0, t1 float64
	ticks          map[int]float64 // year -> x
	scaleYears     float64
	scaleWidth     float64
}

func parseSVGPanels(t *testing.T, doc []byte) []*svgPanelInfo {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var panels []*svgPanelInfo
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("not a number: %q", s)
		}
		return v
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := map[string]string{}
		for _, a := range se.Attr {
			attr[a.Name.Local] = a.Value
		}
		switch {
		case se.Name.Local == "g" && attr["class"] == "panel":
			panels = append(panels, &svgPanelInfo{era: attr["data-era"], x0: num(attr["data-x0"]), x1: num(attr["data-x1"]),
				t0: num(attr["data-t0"]), t1: num(attr["data-t1"]), ticks: map[int]float64{}})
		case se.Name.Local == "line" && attr["class"] == "tick":
			p := panels[len(panels)-1]
			p.ticks[int(num(attr["data-year"]))] = num(attr["x1"])
		case se.Name.Local == "g" && attr["class"] == "scale":
			p := panels[len(panels)-1]
			p.scaleYears, p.scaleWidth = num(attr["data-years"]), num(attr["data-width"])
		}
	}
	return panels
}

// The honest axis: within an era's panel, the pixels per year between any
// two ticks are the same, and the scale bar is as long as its years.
func TestSVGAxisIsLinearPerEra(t *testing.T) {
	for _, tl := range []*timeline.Timeline{realData(t), merged(t), fixture(t)} {
		var buf bytes.Buffer
		if err := SVG(&buf, tl); err != nil {
			t.Fatal(err)
		}
		panels := parseSVGPanels(t, buf.Bytes())
		if len(panels) == 0 {
			t.Fatal("no panels")
		}
		for _, p := range panels {
			if len(p.ticks) < 2 {
				t.Errorf("era %s has %d ticks", p.era, len(p.ticks))
				continue
			}
			years := slices.Sorted(maps.Keys(p.ticks))
			rate := (p.ticks[years[len(years)-1]] - p.ticks[years[0]]) / float64(years[len(years)-1]-years[0])
			for i := 1; i < len(years); i++ {
				a, b := years[i-1], years[i]
				if got := (p.ticks[b] - p.ticks[a]) / float64(b-a); math.Abs(got-rate) > 0.15 {
					t.Errorf("era %s: %v px per year between %d and %d, %v overall", p.era, got, a, b, rate)
				}
			}
			if want := (p.x1 - p.x0) / (p.t1 - p.t0); math.Abs(want-rate) > 0.1 {
				t.Errorf("era %s: ticks at %v px per year, axis at %v", p.era, rate, want)
			}
			if math.Abs(p.scaleWidth-p.scaleYears*rate) > 0.5 {
				t.Errorf("era %s: scale bar of %v years is %v px at %v px per year", p.era, p.scaleYears, p.scaleWidth, rate)
			}
		}
	}
}

func TestSVGSides(t *testing.T) {
	tl := fixture(t)
	tl.Actors = append(tl.Actors, timeline.Actor{ID: "putin", Name: "Vladimir Putin", Type: "person"},
		timeline.Actor{ID: "united-states", Name: "United States", Type: "state"})
	for _, c := range []struct {
		kind   string
		actors []string
		want   string
	}{
		{"diplomatic", []string{"russia", "japan"}, "Moscow"},
		{"decree", []string{"ussr"}, "Moscow"},
		{"statement", []string{"putin", "russia", "japan"}, "Moscow"}, // persons are skipped
		{"declaration", []string{"japan", "ussr"}, "Both sides"},
		{"summit", []string{"russia", "japan", "putin"}, "Both sides"},
		{"treaty", []string{"ussr", "united-states", "japan"}, "Moscow"},
		{"statement", []string{"japan", "russia"}, "Tokyo"},
		{"declaration", []string{"united-states", "japan"}, "Others"},
		{"humanitarian", nil, "Others"},
	} {
		e := timeline.Event{Kind: c.kind, Actors: c.actors}
		if got := svgSideTitles[sideOf(tl, e)]; got != c.want {
			t.Errorf("%s by %v drawn in row %q, want %q", c.kind, c.actors, got, c.want)
		}
	}
}

// Two events with the same title never show the same label.
func TestSVGNoDuplicateLabels(t *testing.T) {
	tl := fixture(t)
	for i := range tl.Events {
		tl.Events[i].Title = "Same title"
	}
	e := tl.Events[1]
	e.ID = "copy"
	tl.Events = append(tl.Events, e) // same title and date
	var buf bytes.Buffer
	if err := SVG(&buf, tl); err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, m := range regexp.MustCompile(`<text class="label[^"]*" data-id="([^"]*)"[^>]*>(.*?)</text>`).FindAllStringSubmatch(buf.String(), -1) {
		text := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(m[2], " ")
		text = strings.Join(strings.Fields(text), " ")
		if other, ok := seen[text]; ok {
			t.Errorf("%s and %s both labelled %q", other, m[1], text)
		}
		seen[text] = m[1]
	}
	if len(seen) != 4 {
		t.Errorf("%d distinct labels, want 4", len(seen))
	}
}

// Titles wrap rather than being cut; only a title longer than three wide
// lines is.
func TestSVGLabelLines(t *testing.T) {
	short, _ := svgLabelLines("Cairo Declaration")
	long, w := svgLabelLines("Russia indicates the 1986 grave-visit agreement remains valid but without the visits")
	huge, _ := svgLabelLines(strings.Repeat("word ", 80))
	if len(short) != 1 || len(long) != 2 || w > svgLabelMaxW {
		t.Errorf("lines %q, %q (width %v)", short, long, w)
	}
	if strings.Contains(strings.Join(long, " "), "…") || strings.Join(long, " ") != "Russia indicates the 1986 grave-visit agreement remains valid but without the visits" {
		t.Errorf("a title that fits in two lines was changed: %q", long)
	}
	if len(huge) != 3 || !strings.HasSuffix(huge[2], "…") {
		t.Errorf("an overlong title: %q", huge)
	}
}

// sameDay is n events on one day, as proposals from articles could be.
func sameDay(t testing.TB, n int) *timeline.Timeline {
	tl := fixture(t)
	model := tl.Events[1]
	tl.Events = make([]timeline.Event, n)
	for i := range tl.Events {
		e := model
		e.ID = fmt.Sprintf("1945-09-02-e%05d", i)
		e.Title = fmt.Sprintf("Event number %d of the same day", i)
		tl.Events[i] = e
	}
	return tl
}

// BenchmarkSVGSameDay10k draws 10,000 events on one day (issue 13: 5,000
// took 41 s with the old placement).
func BenchmarkSVGSameDay10k(b *testing.B) {
	tl := sameDay(b, 10000)
	b.ResetTimer()
	for range b.N {
		if err := SVG(io.Discard, tl); err != nil {
			b.Fatal(err)
		}
	}
}

// A design for 100+ events: the real data twice over (each event again,
// 40 days later, under another title) still draws with no label
// overlapping another or leaving its era's panel.
func TestSVGManyEvents(t *testing.T) {
	tl := realData(t)
	n := len(tl.Events)
	for i := range n {
		e := tl.Events[i]
		if e.Date.IsInterval() {
			continue
		}
		d := e.Date.Earliest()
		later := time.Date(d.Year, time.Month(d.Month), d.Day+40, 0, 0, 0, 0, time.UTC)
		e.ID += "-again"
		e.Title = "Again: " + e.Title
		e.Date = edtf.MustParse(later.Format("2006-01-02"))
		tl.Events = append(tl.Events, e)
	}
	slices.SortStableFunc(tl.Events, func(a, b timeline.Event) int { return timeline.Compare(&a, &b) })
	if len(tl.Events) < 150 {
		t.Fatalf("only %d events", len(tl.Events))
	}
	checkSVG(t, tl)
	var buf bytes.Buffer
	if err := SVG(&buf, tl); err != nil {
		t.Fatal(err)
	}
	panels := parseSVGPanels(t, buf.Bytes())
	for _, b := range parseSVGLabels(t, buf.Bytes()) {
		inside := false
		for _, p := range panels {
			if b.x >= p.x0-0.5 && b.x+b.w <= p.x1+0.5 {
				inside = true
			}
		}
		if !inside {
			t.Errorf("label %s outside every panel", b.id)
		}
	}
}

// Leaders stay short on the real data: a label hangs at most a few lanes
// below its mark, never in a staircase of long lines.
func TestSVGShortLeaders(t *testing.T) {
	var buf bytes.Buffer
	if err := SVG(&buf, realData(t)); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`class="leader" data-id="([^"]*)" x1="[^"]*" y1="([^"]*)" x2="[^"]*" y2="([^"]*)"`)
	leaders := re.FindAllStringSubmatch(buf.String(), -1)
	if len(leaders) == 0 {
		t.Fatal("no leaders")
	}
	long := 0
	for _, m := range leaders {
		y1, _ := strconv.ParseFloat(m[2], 64)
		y2, _ := strconv.ParseFloat(m[3], 64)
		length := math.Abs(y2 - y1) // above the track, leaders run up
		if length > 200 {
			t.Errorf("leader of %s is %v px long", m[1], length)
		}
		if length > 100 {
			long++
		}
	}
	if long*10 > len(leaders) {
		t.Errorf("%d of %d leaders are longer than 100 px", long, len(leaders))
	}
}

// Open and unknown ends, decades, seasons and an event of no known era all
// draw inside their panels, each panel still at one scale.
func TestSVGOddDates(t *testing.T) {
	tl := withDates(t, "../1946", "1991/..", "195X~", "2001-24", "1947/", "1956?")
	tl.Events[2].Era = "no-such-era"
	checkSVG(t, tl)
	var buf bytes.Buffer
	if err := SVG(&buf, tl); err != nil {
		t.Fatal(err)
	}
	panels := parseSVGPanels(t, buf.Bytes())
	if last := panels[len(panels)-1]; last.era != "other" {
		t.Errorf("last panel %q, want the events of no known era", last.era)
	}
	for _, p := range panels {
		if p.t1 <= p.t0 || len(p.ticks) < 2 {
			t.Errorf("panel %s spans %v–%v with %d ticks", p.era, p.t0, p.t1, len(p.ticks))
		}
	}
	if !strings.Contains(buf.String(), `l6 4.5l-6 4.5z`) || !strings.Contains(buf.String(), `l-6 4.5l6 4.5z`) {
		t.Error("open ends lack their arrows")
	}
}
