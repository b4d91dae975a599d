package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// The SVG's geometry as a reader sees it: panels, their axes and rows, and
// each event's mark, leader and label, parsed from the document alone.

type svgTick struct {
	year     int
	x, len   float64
	labelled bool
}

type svgGeomPanel struct {
	era                string
	x0, x1, t0, t1     float64
	top, height, axisY float64
	perYear            float64
	scaleYears         int
	scaleWidth         float64
	count              string // the heading's "N events"
	tracks             []float64
	rowTitles          []string
	ticks              []svgTick
	events             []*svgGeomEvent
}

type svgGeomEvent struct {
	id, name, class string
	dot             bool
	cx, cy          float64 // a dot's centre
	rx, ry, rw      float64 // a period's bar
	span            []float64
	arrowL, arrowR  []float64  // an open end's arrow: its tip's x and the y of its middle
	leader          [4]float64 // x1 y1 x2 y2
	box             svgBox
	bg              [4]float64 // x y w h
	anchorEnd       bool
	lines           []string
}

type svgGeom struct {
	height  float64
	legend  []string
	panels  []*svgGeomPanel
	byID    map[string]*svgGeomEvent
	leaders map[string][4]float64
}

func parseSVGGeom(t *testing.T, doc []byte) *svgGeom {
	t.Helper()
	g := &svgGeom{byID: map[string]*svgGeomEvent{}, leaders: map[string][4]float64{}}
	num := func(s string) float64 {
		t.Helper()
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("not a number: %q", s)
		}
		return v
	}
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var (
		panel   *svgGeomPanel
		ev      *svgGeomEvent
		text    *strings.Builder // character data of the element being read
		onText  func(string)
		inTspan bool
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.CharData:
			if text != nil {
				text.Write(tok)
			}
		case xml.EndElement:
			switch {
			case tok.Name.Local == "tspan" && inTspan && ev != nil:
				ev.lines = append(ev.lines, text.String())
				text, inTspan = nil, false
			case tok.Name.Local == "text" && onText != nil:
				onText(text.String())
				text, onText = nil, nil
			case tok.Name.Local == "a":
				ev = nil
			}
		case xml.StartElement:
			a := map[string]string{}
			for _, at := range tok.Attr {
				a[at.Name.Local] = at.Value
			}
			name := tok.Name.Local
			switch {
			case name == "svg":
				g.height = num(a["height"])
			case name == "text" && a["class"] == "legend":
				text, onText = &strings.Builder{}, func(s string) { g.legend = append(g.legend, s) }
			case name == "g" && a["class"] == "panel":
				panel = &svgGeomPanel{era: a["data-era"], x0: num(a["data-x0"]), x1: num(a["data-x1"]),
					t0: num(a["data-t0"]), t1: num(a["data-t1"]), top: num(a["data-top"]), height: num(a["data-height"]),
					perYear: num(a["data-px-per-year"])}
				g.panels = append(g.panels, panel)
			case name == "g" && a["class"] == "scale":
				panel.scaleYears, panel.scaleWidth = int(num(a["data-years"])), num(a["data-width"])
			case name == "text" && a["class"] == "era-meta" && a["text-anchor"] == "":
				p := panel
				text, onText = &strings.Builder{}, func(s string) { p.count = s }
			case name == "line" && a["class"] == "axis":
				panel.axisY = num(a["y1"])
			case name == "line" && a["class"] == "tick":
				panel.ticks = append(panel.ticks, svgTick{year: int(num(a["data-year"])), x: num(a["x1"]), len: num(a["y1"]) - num(a["y2"])})
			case name == "text" && a["class"] == "tick-label":
				p, x := panel, num(a["x"])
				text, onText = &strings.Builder{}, func(s string) {
					for i := range p.ticks {
						if strconv.Itoa(p.ticks[i].year) == s && p.ticks[i].x == x {
							p.ticks[i].labelled = true
							return
						}
					}
					t.Errorf("tick label %q at %v has no tick", s, x)
				}
			case name == "text" && a["class"] == "row-title":
				p := panel
				text, onText = &strings.Builder{}, func(s string) { p.rowTitles = append(p.rowTitles, s) }
			case name == "line" && a["class"] == "track":
				panel.tracks = append(panel.tracks, num(a["y1"]))
			case name == "line" && a["class"] == "leader":
				g.leaders[a["data-id"]] = [4]float64{num(a["x1"]), num(a["y1"]), num(a["x2"]), num(a["y2"])}
			case name == "a":
				ev = &svgGeomEvent{id: a["data-id"], name: a["aria-label"], leader: g.leaders[a["data-id"]]}
				panel.events = append(panel.events, ev)
				g.byID[ev.id] = ev
			case ev == nil:
			case name == "circle":
				ev.dot, ev.cx, ev.cy, ev.class = true, num(a["cx"]), num(a["cy"]), a["class"]
			case name == "rect" && a["class"] == "label-bg":
				ev.bg = [4]float64{num(a["x"]), num(a["y"]), num(a["width"]), num(a["height"])}
			case name == "rect":
				ev.rx, ev.ry, ev.rw, ev.class = num(a["x"]), num(a["y"]), num(a["width"]), a["class"]
			case name == "path":
				var x, y float64
				var rest string
				if _, err := fmt.Sscanf(a["d"], "M%g %g%s", &x, &y, &rest); err != nil {
					t.Fatalf("%s: path %q", ev.id, a["d"])
				}
				switch rest {
				case "l6":
					ev.arrowR = []float64{x + 6, y + 4.5}
				case "l-6":
					ev.arrowL = []float64{x - 6, y + 4.5}
				default:
					t.Fatalf("%s: path %q", ev.id, a["d"])
				}
			case name == "line" && a["class"] == "span":
				ev.span = []float64{num(a["x1"]), num(a["x2"])}
			case name == "text":
				f := strings.Fields(a["data-box"])
				if len(f) != 4 {
					t.Fatalf("label %s: data-box %q", ev.id, a["data-box"])
				}
				ev.box = svgBox{ev.id, num(f[0]), num(f[1]), num(f[2]), num(f[3])}
				ev.anchorEnd = a["text-anchor"] == "end"
			case name == "tspan":
				text, inTspan = &strings.Builder{}, true
			}
		}
	}
	return g
}

func renderSVGGeom(t *testing.T, tl *timeline.Timeline) *svgGeom {
	t.Helper()
	var buf bytes.Buffer
	if err := SVG(&buf, tl); err != nil {
		t.Fatal(err)
	}
	return parseSVGGeom(t, buf.Bytes())
}

// crowded is n events a few days apart in one row, so that their labels
// need lanes on both sides of the track.
func crowded(t testing.TB, n int) *timeline.Timeline {
	tl := fixture(t)
	model := tl.Events[1]
	tl.Events = nil
	for i := range n {
		e := model
		d := time.Date(1947, 3, 1+3*i, 0, 0, 0, 0, time.UTC)
		e.ID = fmt.Sprintf("e%02d", i)
		e.Title = fmt.Sprintf("A crowded event, number %d, with a title of two lines", i)
		e.Date = edtf.MustParse(d.Format("2006-01-02"))
		tl.Events = append(tl.Events, e)
	}
	return tl
}

const near = 0.11 // coordinates are written with one decimal

// TestSVGGeometry: on every data set, panels stack inside the picture; each
// mark sits on its row's track; its leader runs from just off the mark to
// the far line of its label; the label touches the leader, stays inside
// its panel, between its neighbours' tracks, on the leader's side of the
// track, over an opaque box that covers it.
func TestSVGGeometry(t *testing.T) {
	for _, tt := range []struct {
		name string
		tl   func(testing.TB) *timeline.Timeline
	}{
		{"fixture", func(t testing.TB) *timeline.Timeline { return fixture(t) }},
		{"articles", merged},
		{"real data", realData},
		{"same day", func(t testing.TB) *timeline.Timeline { return sameDay(t, 40) }},
		{"crowded", func(t testing.TB) *timeline.Timeline { return crowded(t, 30) }},
		{"odd dates", func(t testing.TB) *timeline.Timeline {
			return withDates(t.(*testing.T), "../1946", "1991/..", "195X~", "2001-24", "1947/", "1956?", "1948-03-01/..")
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tl := tt.tl(t)
			g := renderSVGGeom(t, tl)
			if len(g.byID) != len(allEvents(tl)) {
				t.Fatalf("%d events drawn, want %d", len(g.byID), len(allEvents(tl)))
			}
			above := 0
			for i, p := range g.panels {
				checkSVGPanel(t, p)
				if i == 0 && p.top < 60 {
					t.Errorf("first panel at %v, over the title and legend", p.top)
				}
				if i > 0 {
					q := g.panels[i-1]
					if p.top < q.top+q.height {
						t.Errorf("panel %s (top %v) overlaps panel %s (%v + %v)", p.era, p.top, q.era, q.top, q.height)
					}
				}
				for _, e := range p.events {
					if e.box.y+e.box.h < e.cy {
						above++
					}
				}
			}
			last := g.panels[len(g.panels)-1]
			if g.height < last.top+last.height || g.height > last.top+last.height+40 {
				t.Errorf("picture %v high, last panel ends at %v", g.height, last.top+last.height)
			}
			if tt.name == "same day" || tt.name == "crowded" {
				if above == 0 {
					t.Error("a crowded row put no label above its track")
				}
			}
		})
	}
}

func checkSVGPanel(t *testing.T, p *svgGeomPanel) {
	t.Helper()
	if !slices.IsSorted(p.tracks) || len(p.tracks) != len(p.rowTitles) || len(p.tracks) == 0 {
		t.Errorf("panel %s: tracks %v, rows %q", p.era, p.tracks, p.rowTitles)
		return
	}
	if p.tracks[0] <= p.axisY || p.axisY <= p.top || p.tracks[len(p.tracks)-1] >= p.top+p.height {
		t.Errorf("panel %s (%v + %v): axis at %v, tracks %v", p.era, p.top, p.height, p.axisY, p.tracks)
	}
	if want := plural(len(p.events), "event"); p.count != want {
		t.Errorf("panel %s: heading says %q, %d events drawn", p.era, p.count, len(p.events))
	}
	for _, e := range p.events {
		mx, my := e.cx, e.cy
		if !e.dot {
			my = e.ry + 3.5
			if e.rw < 3 {
				t.Errorf("%s: a bar %v px wide", e.id, e.rw)
			}
		}
		if e.arrowR != nil && (e.dot || e.arrowR[0] != e.rx+e.rw+6 || e.arrowR[1] != my) {
			t.Errorf("%s: arrow to %v, bar from %v, %v wide at y %v", e.id, e.arrowR, e.rx, e.rw, my)
		}
		if e.arrowL != nil && (e.dot || e.arrowL[0] != e.rx-6 || e.arrowL[1] != my) {
			t.Errorf("%s: arrow to %v, bar from %v at y %v", e.id, e.arrowL, e.rx, my)
		}
		row := slices.Index(p.tracks, my)
		if row < 0 {
			t.Errorf("%s: mark at y %v is on no track %v", e.id, my, p.tracks)
			continue
		}
		ty := p.tracks[row]
		lx, y1, x2, y2 := e.leader[0], e.leader[1], e.leader[2], e.leader[3]
		if lx != x2 {
			t.Errorf("%s: leader %v is not vertical", e.id, e.leader)
		}
		if e.dot && lx != mx {
			t.Errorf("%s: leader at x %v, dot at %v", e.id, lx, mx)
		}
		if !e.dot && (lx < e.rx || lx > e.rx+e.rw) {
			t.Errorf("%s: leader at x %v, bar from %v, %v wide", e.id, lx, e.rx, e.rw)
		}
		b := e.box
		below := b.y > ty
		switch {
		case below && math.Abs(y1-(ty+4)) > near, !below && math.Abs(y1-(ty-4)) > near:
			t.Errorf("%s: leader starts at y %v, track at %v, label at %v", e.id, y1, ty, b.y)
		case !below && b.y+b.h > ty-4:
			t.Errorf("%s: label above the track (%v) reaches down to %v", e.id, ty, b.y+b.h)
		case y2 < b.y || y2 > b.y+b.h:
			t.Errorf("%s: leader ends at y %v, label from %v to %v", e.id, y2, b.y, b.y+b.h)
		case math.Abs(y2-y1) < 5:
			t.Errorf("%s: leader from %v to %v", e.id, y1, y2)
		}
		right, left := math.Abs(b.x-(lx+4)) <= near, math.Abs(b.x+b.w-(lx-4)) <= near
		if !right && !left || left != e.anchorEnd {
			t.Errorf("%s: label from %v, %v wide (anchor end %v), leader at %v", e.id, b.x, b.w, e.anchorEnd, lx)
		}
		if b.x < p.x0-near || b.x+b.w > p.x1+near {
			t.Errorf("%s: label from %v to %v, axis from %v to %v", e.id, b.x, b.x+b.w, p.x0, p.x1)
		}
		if b.y <= p.axisY || b.y+b.h > p.top+p.height {
			t.Errorf("%s: label from y %v to %v, panel from %v (axis %v) to %v", e.id, b.y, b.y+b.h, p.top, p.axisY, p.top+p.height)
		}
		if row > 0 && b.y <= p.tracks[row-1] || row+1 < len(p.tracks) && b.y+b.h >= p.tracks[row+1] {
			t.Errorf("%s: label from y %v to %v leaves its row (tracks %v)", e.id, b.y, b.y+b.h, p.tracks)
		}
		if want := float64(len(e.lines)) * 13; b.h != want || len(e.lines) == 0 || len(e.lines) > 3 {
			t.Errorf("%s: %d lines in a box %v high", e.id, len(e.lines), b.h)
		}
		for _, l := range e.lines {
			if w := svgTextWidth(l); w > b.w+near {
				t.Errorf("%s: line %q (%v) wider than its box (%v)", e.id, l, w, b.w)
			}
		}
		if bg := e.bg; bg[0] > b.x || bg[1] > b.y || bg[0]+bg[2] < b.x+b.w || bg[1]+bg[3] < b.y+b.h {
			t.Errorf("%s: background %v does not cover label %v", e.id, bg, b)
		}
	}
}

// dayYear is the fractional year at the start of a day, computed here from
// the calendar, independently of the renderer.
func dayYear(y, m, d int) float64 {
	tm := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	days := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).YearDay()
	return float64(tm.Year()) + float64(tm.YearDay()-1)/float64(days)
}

// TestSVGMarksAtTheirDates: a dot sits at the middle of its day, month or
// year, a bar runs from the start of its first day to the end of its last,
// on the panel's scale; a month's or year's span is drawn under its dot
// where it is wider than the dot; a bar is never thinner than 3 px.
func TestSVGMarksAtTheirDates(t *testing.T) {
	type span struct{ from, to float64 } // fractional years
	for _, tt := range []struct {
		date     string
		span     span
		showSpan bool
	}{
		{"1945-01-01", span{dayYear(1945, 1, 1), dayYear(1945, 1, 2)}, false},
		{"1948-07-01", span{dayYear(1948, 7, 1), dayYear(1948, 7, 2)}, false},
		{"1948-12-31", span{dayYear(1948, 12, 31), 1949}, false},
		{"1951-12-31", span{dayYear(1951, 12, 31), 1952}, false},
		{"1946-03", span{dayYear(1946, 3, 1), dayYear(1946, 4, 1)}, true},
		{"1946-02", span{dayYear(1946, 2, 1), dayYear(1946, 3, 1)}, true},
		{"1947", span{1947, 1948}, true},
		{"1945-08-18/1945-09-05", span{dayYear(1945, 8, 18), dayYear(1945, 9, 6)}, false},
		{"1949/1950", span{1949, 1951}, false},
		{"1950-03-01/1950-03-02", span{dayYear(1950, 3, 1), dayYear(1950, 3, 3)}, false},
		{"1949-07-01/..", span{dayYear(1949, 7, 1), 1952}, false}, // open: to the axis's end, an arrow
		{"../1946-12-31", span{1945, 1947}, false},
	} {
		t.Run(tt.date, func(t *testing.T) {
			// The date with two others that fix the panel to 1945–1952.
			tl := withDates(t, "1945-01-01", tt.date, "1951-12-31")
			g := renderSVGGeom(t, tl)
			if len(g.panels) != 1 {
				t.Fatalf("%d panels", len(g.panels))
			}
			p := g.panels[0]
			if p.t0 != 1945 || p.t1 != 1952 || p.x0 != 112 || p.x1 != 1184 {
				t.Fatalf("panel %v–%v drawn from %v to %v", p.t0, p.t1, p.x0, p.x1)
			}
			x := func(year float64) float64 { return p.x0 + (year-p.t0)*(p.x1-p.x0)/(p.t1-p.t0) }
			e := g.byID["e1"]
			a, b := x(tt.span.from), x(tt.span.to)
			if strings.Contains(tt.date, "/") {
				if e.dot {
					t.Fatal("a period drawn as a dot")
				}
				if math.Abs(e.rx-a) > 0.1 || math.Abs(e.rw-max(b-a, 3)) > 0.15 {
					t.Errorf("bar from %v, %v wide; want from %v, %v wide", e.rx, e.rw, a, max(b-a, 3))
				}
				if open := strings.HasSuffix(tt.date, ".."); (e.arrowR != nil) != open || e.arrowL != nil != strings.HasPrefix(tt.date, "..") {
					t.Errorf("arrows right %v, left %v", e.arrowR, e.arrowL)
				}
				return
			}
			if !e.dot {
				t.Fatal("an event drawn as a bar")
			}
			if c := (a + b) / 2; math.Abs(e.cx-c) > 0.1 {
				t.Errorf("dot at %v, want %v (the middle of %v–%v)", e.cx, c, a, b)
			}
			switch {
			case !tt.showSpan && e.span != nil:
				t.Errorf("a span %v under a dot of a day", e.span)
			case tt.showSpan && (e.span == nil || math.Abs(e.span[0]-a) > 0.1 || math.Abs(e.span[1]-b) > 0.1):
				t.Errorf("span %v, want %v–%v", e.span, a, b)
			}
		})
	}
}

// TestSVGPanelYears: a panel spans whole years, from the first of its era's
// and its events' years to the last, including the last year's 31
// December, leap year or not; an open end is not a year.
func TestSVGPanelYears(t *testing.T) {
	for _, tt := range []struct {
		era    string // the era's date; "" for an unknown era
		dates  []string
		t0, t1 float64
	}{
		{"1945/1951", []string{"1946-05-01"}, 1945, 1952},
		{"1945/1948", []string{"1946-05-01"}, 1945, 1949},
		{"1945/1948-12-31", []string{"1946-05-01"}, 1945, 1949},
		{"1945/1950-01-01", []string{"1946-05-01"}, 1945, 1951},
		{"1945/1948", []string{"1950-02-01"}, 1945, 1951},
		{"1945/1948", []string{"1944-12-31", "1948-12-31"}, 1944, 1949},
		{"1991/..", []string{"1995-05-05"}, 1991, 1996},
		{"1991/..", []string{"1995-05-05/.."}, 1991, 1996},
		{"../1950", []string{"1947-01-01"}, 1947, 1951},
		{"", []string{"2000-12-31"}, 2000, 2001},
		{"", []string{"2001-01-01"}, 2001, 2002},
		{"", []string{"1947/.."}, 1947, 1948},
		{"", []string{"2004-12", "2007"}, 2004, 2008},
	} {
		t.Run(tt.era+" "+strings.Join(tt.dates, " "), func(t *testing.T) {
			tl := withDates(t, tt.dates...)
			for i := range tl.Events {
				tl.Events[i].Era = "under-test"
			}
			if tt.era != "" {
				tl.Eras = []timeline.Era{{ID: "under-test", Title: "Under test", Date: edtf.MustParse(tt.era)}}
			}
			g := renderSVGGeom(t, tl)
			if len(g.panels) != 1 {
				t.Fatalf("%d panels", len(g.panels))
			}
			p := g.panels[0]
			if p.t0 != tt.t0 || p.t1 != tt.t1 {
				t.Errorf("panel from %v to %v, want %v to %v", p.t0, p.t1, tt.t0, tt.t1)
			}
			if want := (p.x1 - p.x0) / (p.t1 - p.t0); math.Abs(p.perYear-want) > 0.001 {
				t.Errorf("%v px per year, want %v", p.perYear, want)
			}
			if wantEra := map[bool]string{true: "other", false: "under-test"}[tt.era == ""]; p.era != wantEra {
				t.Errorf("panel of era %q, want %q", p.era, wantEra)
			}
		})
	}
}

// TestLaneTree: the first lane free at x is the first whose last label ends
// at or before x, as a scan of the lanes finds it, whatever the order in
// which lanes were filled.
func TestLaneTree(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		tree := newLaneTree(n)
		ends := make([]float64, n)
		for i := range ends {
			ends[i] = math.Inf(-1)
		}
		// A fixed pseudo-random walk: lanes set to ends that rise and fall.
		for step := range 200 {
			lane := (step*7 + step/3) % n
			end := float64((step*37)%101) - 20
			tree.set(lane, end)
			ends[lane] = end
			for _, x := range []float64{-30, -1, 0, 0.5, 17, 40, 80, 100} {
				want := slices.IndexFunc(ends, func(e float64) bool { return e <= x })
				if want < 0 {
					continue // not asked: a row has a lane per label
				}
				if got := tree.firstFree(x); got != want {
					t.Fatalf("%d lanes ending at %v: first free at %v is %d, want %d", n, ends, x, got, want)
				}
			}
		}
	}
}

// TestSVGScaleBarAndTicks: the scale bar is the first round number of years
// at least 60 px long, the labelled ticks the first step at least 40 px
// apart, at the boundaries too.
func TestSVGScaleBarAndTicks(t *testing.T) {
	for _, tt := range []struct {
		perYear    float64
		bar, ticks int
	}{
		{200, 1, 1},
		{60, 1, 1},
		{59.9, 2, 1},
		{40, 2, 1},
		{39.9, 2, 2},
		{30, 2, 2},
		{20, 5, 2},
		{12, 5, 5},
		{8, 10, 5},
		{7.9, 10, 10},
		{3, 20, 20},
		{2.4, 25, 20},
		{1.6, 50, 25},
		{1.2, 50, 50},
		{0.6, 100, 100},
		{0.4, 200, 100},
		{0.3, 200, 200},
		{0.12, 500, 200},
		{0.11, 1000, 200},
	} {
		if got := svgScaleBar(tt.perYear); got != tt.bar {
			t.Errorf("scale bar at %v px per year: %d years, want %d", tt.perYear, got, tt.bar)
		}
		if got := tickStep(tt.perYear); got != tt.ticks {
			t.Errorf("ticks at %v px per year: every %d years, want %d", tt.perYear, got, tt.ticks)
		}
	}
}

// TestSVGAxisTicks: a panel has a tick for every year, or every fifth where
// years are under 3 px; the labelled ones (longer) at the first year and the
// multiples of a step, never two labels closer than 28 px (a year's width
// at 10px); the scale bar's years fit its pixels.
func TestSVGAxisTicks(t *testing.T) {
	for _, tt := range []struct {
		era  string
		date string
	}{
		{"1945/1951", "1946-05-01"},
		{"1945/1946", "1946-05-01"},
		{"1941/1979", "1946-05-01"},
		{"1853/1990", "1946-05-01"},
		{"1851/1990", "1946-05-01"}, // 1860 is 9 years after the first, step 10: labelled
		{"1945/2299", "1946-05-01"}, // 1960 is 15 years after the first, step 20: labelled
		{"1601/1990", "1946-05-01"},
	} {
		t.Run(tt.era, func(t *testing.T) {
			tl := withDates(t, tt.date)
			tl.Events[0].Era = "under-test"
			tl.Eras = []timeline.Era{{ID: "under-test", Title: "Under test", Date: edtf.MustParse(tt.era)}}
			p := renderSVGGeom(t, tl).panels[0]
			every := 1
			if p.perYear < 3 {
				every = 5
			}
			rate := (p.x1 - p.x0) / (p.t1 - p.t0)
			var years, long []int
			lastLabel := math.Inf(-1)
			for _, tk := range p.ticks {
				years = append(years, tk.year)
				if want := p.x0 + (float64(tk.year)-p.t0)*rate; math.Abs(tk.x-want) > 0.06 {
					t.Errorf("tick %d at %v, want %v", tk.year, tk.x, want)
				}
				if tk.labelled && tk.len != 6 || tk.len != 6 && tk.len != 3 {
					t.Errorf("tick %d: %v long, labelled %v", tk.year, tk.len, tk.labelled)
				}
				if tk.len == 6 && tk.year != int(p.t0) {
					long = append(long, tk.year)
				}
				if tk.labelled {
					if tk.x-lastLabel < 28 {
						t.Errorf("tick label %d %v px after the previous one", tk.year, tk.x-lastLabel)
					}
					lastLabel = tk.x
				}
			}
			// The long ticks after the first year: multiples of one step, at
			// least 40 px apart; all labelled but those too near the first.
			if len(long) < 2 {
				t.Fatalf("long ticks at %v", long)
			}
			step := long[1] - long[0]
			if float64(step)*rate < 40 || long[0]%step != 0 {
				t.Errorf("long ticks at %v, every %d years (%v px)", long, step, float64(step)*rate)
			}
			for i, y := range long {
				if i > 0 && y-long[i-1] != step {
					t.Errorf("long ticks at %v", long)
				}
				labelled := slices.ContainsFunc(p.ticks, func(tk svgTick) bool { return tk.year == y && tk.labelled })
				if nearFirst := float64(y)-p.t0 < float64(step)*0.75; labelled == nearFirst {
					t.Errorf("long tick %d labelled %v, %v years after the first", y, labelled, float64(y)-p.t0)
				}
			}
			var want []int
			for y := int(p.t0); y <= int(p.t1); y++ {
				if y%every == 0 || y == int(p.t0) || y%step == 0 {
					want = append(want, y)
				}
			}
			if !slices.Equal(years, want) {
				t.Errorf("ticks at %v, want %v", years, want)
			}
			if !p.ticks[0].labelled || p.ticks[0].year != int(p.t0) {
				t.Errorf("first tick %+v unlabelled", p.ticks[0])
			}
			if w := p.scaleWidth; w < 60 || w > 150 && p.scaleYears != 1 || math.Abs(w-float64(p.scaleYears)*rate) > 0.01 {
				t.Errorf("scale bar of %d years is %v px at %v px per year", p.scaleYears, w, p.perYear)
			}
		})
	}
}

// TestSVGLabelPlacement: a label takes the free place nearest the track,
// below before above, right of its leader unless that leaves the axis:
// events of one day alternate below and above, each pair a lane farther
// out; a mark near the right end has its label on its left.
func TestSVGLabelPlacement(t *testing.T) {
	type place struct {
		right, below bool
		lane         int // counted from the track
	}
	for _, tt := range []struct {
		name  string
		dates []string
		want  []place
	}{
		{"alone", []string{"1948-06-01"}, []place{{true, true, 0}}},
		{"at the right end", []string{"1945-01-01", "1951-12-20"}, []place{{true, true, 0}, {false, true, 0}}},
		{"one day", []string{"1948-06-01", "1948-06-01", "1948-06-01", "1948-06-01", "1948-06-01", "1948-06-01"},
			[]place{{true, true, 0}, {true, false, 0}, {true, true, 1}, {true, false, 1}, {true, true, 2}, {true, false, 2}}},
		{"one day at the right end", []string{"1945-01-01", "1951-12-20", "1951-12-20", "1951-12-20"},
			[]place{{true, true, 0}, {false, true, 0}, {false, false, 0}, {false, true, 1}}},
		// The year's dot is at its middle, after the day's: labels are placed
		// from the left, by their marks, not in the events' order.
		{"a year and a day in it", []string{"1947", "1947-03-01"}, []place{{true, false, 0}, {true, true, 0}}},
		{"a year apart", []string{"1946-06-01", "1947-06-01", "1948-06-01"}, []place{{true, true, 0}, {true, true, 0}, {true, true, 0}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tl := withDates(t, tt.dates...)
			for i := range tl.Events {
				tl.Events[i].Title = fmt.Sprintf("Event %d", i)
				tl.Events[i].Actors = []string{"japan"}
			}
			g := renderSVGGeom(t, tl)
			p := g.panels[0]
			if len(p.tracks) != 1 {
				t.Fatalf("%d rows", len(p.tracks))
			}
			ty := p.tracks[0]
			// Lane heights: a label of one line and the gap between lanes.
			tops := map[bool][]float64{}
			for _, e := range p.events {
				below := e.box.y > ty
				tops[below] = append(tops[below], e.box.y)
			}
			for i, want := range tt.want {
				e := g.byID["e"+string(rune('0'+i))]
				below := e.box.y > ty
				lane := slices.Index(distinctSorted(tops[below], !below), e.box.y)
				if got := (place{!e.anchorEnd, below, lane}); got != want {
					t.Errorf("e%d: %+v, want %+v", i, got, want)
				}
			}
		})
	}
}

// distinctSorted is the distinct values of xs, ascending (or descending).
func distinctSorted(xs []float64, desc bool) []float64 {
	xs = slices.Compact(slices.Sorted(slices.Values(xs)))
	if desc {
		slices.Reverse(xs)
	}
	return xs
}

// TestSVGLabelLanes: labels in a lane keep at least 10 px apart, and a
// label never goes to a farther lane when a nearer one has room.
func TestSVGLabelLanes(t *testing.T) {
	for _, tl := range []*timeline.Timeline{realData(t), crowded(t, 30), sameDay(t, 12)} {
		g := renderSVGGeom(t, tl)
		for _, p := range g.panels {
			for i, a := range p.events {
				for _, b := range p.events[i+1:] {
					if a.box.y != b.box.y {
						continue
					}
					if gap := max(b.box.x-(a.box.x+a.box.w), a.box.x-(b.box.x+b.box.w)); gap < 10-near {
						t.Errorf("labels %s and %s %v px apart in a lane", a.id, b.id, gap)
					}
				}
			}
		}
	}
}

// TestSVGPanelOrder: panels follow the eras' order, events of no known era
// last; rows go periods, Moscow, both sides, Tokyo, others, and hold only
// their events: bars in the periods row, dots in the others.
func TestSVGPanelOrder(t *testing.T) {
	tl := realData(t)
	tl.Events = slices.Clone(tl.Events)
	tl.Events[len(tl.Events)/2].Era = "no-such-era"
	g := renderSVGGeom(t, tl)
	var eras []string
	for _, p := range g.panels {
		eras = append(eras, p.era)
	}
	var want []string
	for _, id := range tl.EraIDs() {
		if slices.ContainsFunc(tl.Events, func(e timeline.Event) bool { return e.Era == id }) {
			want = append(want, id)
		}
	}
	want = append(want, "other")
	if !slices.Equal(eras, want) {
		t.Errorf("panels %q, want %q", eras, want)
	}
	// An era's panel comes in the era's place, not where its first event
	// does.
	tl = fixture(t)
	tl.Events[0].Era = "declaration"
	eras = nil
	for _, p := range renderSVGGeom(t, tl).panels {
		eras = append(eras, p.era)
	}
	if want := []string{"war", "declaration"}; !slices.Equal(eras, want) {
		t.Errorf("panels %q, want %q", eras, want)
	}
	order := []string{"Periods", "Moscow", "Both sides", "Tokyo", "Others"}
	for _, p := range g.panels {
		idx := make([]int, len(p.rowTitles))
		for i, r := range p.rowTitles {
			idx[i] = slices.Index(order, r)
		}
		if slices.Contains(idx, -1) || !slices.IsSorted(idx) || len(slices.Compact(slices.Clone(idx))) != len(idx) {
			t.Errorf("panel %s: rows %q", p.era, p.rowTitles)
		}
		for _, e := range p.events {
			y := e.cy
			if !e.dot {
				y = e.ry + 3.5
			}
			row := slices.Index(p.tracks, y)
			if row < 0 {
				continue // reported by TestSVGGeometry
			}
			if periods := p.rowTitles[row] == "Periods"; periods == e.dot {
				t.Errorf("%s (a dot: %v) in row %q", e.id, e.dot, p.rowTitles[row])
			}
		}
	}
}

// TestSVGMarkClasses: approximate, uncertain and proposed events are drawn
// as such, and a proposal's accessible name says so.
func TestSVGMarkClasses(t *testing.T) {
	tl := withDates(t, "1946-05-01", "1947~", "1948?", "1949-03%", "1950-01-01/1950-06~")
	p := tl.Events[0]
	p.ID, p.Status, p.Date, p.Title = "p", timeline.StatusProposed, edtf.MustParse("1946-07-01"), "A proposal"
	tl.Proposed = []timeline.Event{p}
	g := renderSVGGeom(t, tl)
	for id, want := range map[string]string{
		"e0": "mark", "e1": "mark approximate", "e2": "mark uncertain", "e3": "mark approximate uncertain",
		"e4": "mark approximate", "p": "mark proposed",
	} {
		if got := g.byID[id].class; got != want {
			t.Errorf("%s drawn as %q, want %q", id, got, want)
		}
	}
	if name := g.byID["p"].name; name != "A proposal, 1 July 1946 (proposed)" {
		t.Errorf("proposal named %q", name)
	}
	if !slices.Contains(g.legend, "proposed from articles") {
		t.Errorf("legend %q lacks the proposals", g.legend)
	}
	tl.Proposed = nil
	if g := renderSVGGeom(t, tl); slices.Contains(g.legend, "proposed from articles") {
		t.Errorf("legend %q names proposals when there are none", g.legend)
	}
}

// TestSVGLabelWrap: a title takes one line if it fits 150 px, else two lines
// as narrow as allows, up to 300 px, else three; a word too wide for a
// line has its own; only a fourth line is cut, the third then ending in "…"
// within 300 px.
func TestSVGLabelWrap(t *testing.T) {
	w71, w74 := strings.Repeat("a", 11), strings.Repeat("a", 10)+"ii" // 71.5 and 74 px
	w139 := strings.Repeat("a", 20) + "ii"                            // 139 px: two make 282.5 with the space
	w289 := strings.Repeat("a", 39) + strings.Repeat("i", 8)          // 289.5 px: with "…", exactly 300
	for _, tt := range []struct {
		title string
		want  []string
	}{
		{"Cairo Declaration", []string{"Cairo Declaration"}},
		{w71 + " " + w74 + " of", []string{w71 + " " + w74, "of"}}, // exactly 150 px: fits
		{"Japan signs the instrument of surrender", []string{"Japan signs the", "instrument of surrender"}},
		{w139 + " " + w139 + " " + w139, []string{w139 + " " + w139, w139}},
		{w289 + " " + w289 + " " + w289 + " " + w289, []string{w289, w289, w289 + "…"}},
		{w289 + " " + w289 + " " + w289, []string{w289, w289, w289}},
		{"a " + strings.Repeat("m", 40) + " b", []string{"a", strings.Repeat("m", 40), "b"}},
	} {
		lines, width := svgLabelLines(tt.title)
		if !slices.Equal(lines, tt.want) {
			t.Errorf("svgLabelLines(%q) = %q, want %q", tt.title, lines, tt.want)
		}
		w := 0.0
		for _, l := range lines {
			w = max(w, svgTextWidth(l))
		}
		if width != w {
			t.Errorf("svgLabelLines(%q): width %v, its widest line %v", tt.title, width, w)
		}
	}
}

// TestSVGEdges: at the exact edges the layout still takes the documented
// side: a label that ends exactly at the end of the axis stays right of its
// leader, one that starts exactly at its start left of it, one too wide
// for either side stays inside the axis, and a year as wide as its dot
// (8 px) shows its span.
func TestSVGEdges(t *testing.T) {
	// 1944–1952 over 1072 px: 134 px a year, so 1950 is at x 916 and the
	// leader of a period from 1950 at 919; the label of 261 px starting 4 px
	// right of it ends at 1184, the end of the axis.
	title := strings.Repeat("a", 36) + strings.Repeat("i", 6)
	tl := withDates(t, "1950/1951")
	tl.Events[0].Title, tl.Events[0].Era = title, "under-test"
	tl.Eras = []timeline.Era{{ID: "under-test", Title: "Under test", Date: edtf.MustParse("1944/1951")}}
	g := renderSVGGeom(t, tl)
	if p := g.panels[0]; p.t0 != 1944 || p.t1 != 1952 || p.x1 != 1184 {
		t.Fatalf("panel %v–%v ending at %v", p.t0, p.t1, p.x1)
	}
	if e := g.byID["e0"]; e.leader[0] != 919 || e.box.w != 261 || e.anchorEnd || e.box.x+e.box.w != 1184 {
		t.Errorf("leader at %v, label from %v, %v wide (anchor end %v); want it from 923 to 1184", e.leader[0], e.box.x, e.box.w, e.anchorEnd)
	}

	// The leader of a period from 1948 is at 651; a word of 535 px does not
	// fit right of it, and left of it starts exactly at the axis, at 112.
	wide := strings.Repeat("a", 74) + strings.Repeat("i", 12)
	tl = withDates(t, "1948/1951")
	tl.Events[0].Title, tl.Events[0].Era = wide, "under-test"
	tl.Eras = []timeline.Era{{ID: "under-test", Title: "Under test", Date: edtf.MustParse("1944/1951")}}
	g = renderSVGGeom(t, tl)
	if e := g.byID["e0"]; e.leader[0] != 651 || e.box.w != 535 || !e.anchorEnd || e.box.x != 112 {
		t.Errorf("leader at %v, label from %v, %v wide (anchor end %v); want it from 112 to 647", e.leader[0], e.box.x, e.box.w, e.anchorEnd)
	}

	// A word of 700 px fits neither side: the label stays inside the axis,
	// over its leader, ending at the axis's end, below the track.
	tl.Events[0].Title = strings.Repeat("a", 100) + strings.Repeat("i", 11) // 699.5 px
	g = renderSVGGeom(t, tl)
	if e, p := g.byID["e0"], g.panels[0]; e.box.x != 484.5 || e.box.x+e.box.w != 1184 || e.box.y < p.tracks[0] || e.box.x > e.leader[0] {
		t.Errorf("leader at %v, label from %v to %v at y %v (track %v); want it from 484.5 to 1184 below the track", e.leader[0], e.box.x, e.box.x+e.box.w, e.box.y, p.tracks[0])
	}

	// 1850–1984 over 1072 px: 8 px a year.
	tl = withDates(t, "1948")
	tl.Events[0].Era = "under-test"
	tl.Eras = []timeline.Era{{ID: "under-test", Title: "Under test", Date: edtf.MustParse("1850/1983")}}
	g = renderSVGGeom(t, tl)
	if p := g.panels[0]; p.t0 != 1850 || p.t1 != 1984 {
		t.Fatalf("panel %v–%v", p.t0, p.t1)
	}
	if e := g.byID["e0"]; e.span == nil || e.span[1]-e.span[0] != 8 {
		t.Errorf("the year 1948, 8 px wide, drawn with the span %v", e.span)
	}
}

// TestSVGRowSpacing: labels above a track take no more room than they need:
// the highest starts as far below the axis as the track of a row with no
// labels above does.
func TestSVGRowSpacing(t *testing.T) {
	plain := renderSVGGeom(t, withDates(t, "1947-03-01")).panels[0]
	first := plain.tracks[0] - plain.axisY
	for _, tl := range []*timeline.Timeline{crowded(t, 30), sameDay(t, 12)} {
		p := renderSVGGeom(t, tl).panels[0]
		top := math.Inf(1)
		for _, e := range p.events {
			top = min(top, e.box.y)
		}
		if top-p.axisY != first {
			t.Errorf("highest label %v below the axis, a plain row's track %v", top-p.axisY, first)
		}
	}
}
