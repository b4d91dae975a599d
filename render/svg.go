package render

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// The SVG picture: one panel per era, stacked, each with its own linear time
// scale, so that the crowded years after 1945 and the quiet decades before
// are both readable and no scale changes where the reader cannot see it.
//
// Panel. A heading (the era's title, its number of events and a scale bar:
// "N years" is that many pixels long in this panel), a time axis with ticks,
// then rows: "Periods" for intervals (a bar from start to end, an arrow for
// an open end), so they never hide single events, and one row per side —
// Moscow, both sides, Tokyo, others — since who acted is the story of a
// dispute. A row lists only the panel's events; empty rows are left out.
//
// Marks. A dot for an event of one day, month or year (a thin line under it
// shows a month's or year's span where it is wider than the dot), a bar for
// a period. Every mark is a link to the event's entry in the HTML page's
// list ("#ev-<id>"), focusable, with the title and date as its accessible
// name.
//
// Labels. 11px sans-serif, the full title wrapped onto two lines (three for
// the longest), never cut while it fits in three lines of svgLabelMaxW. A
// label hangs just right or just left of a short vertical leader from its
// mark, whichever finds a free lane nearer the top of its row; labels never
// leave their era's panel. Widths are estimated conservatively by
// svgTextWidth; make e2e measures the real boxes in Chromium. Placement is
// O(n log n) (see placeLabels).

func init() {
	register(Format{"svg", "svg", "picture of the timeline: a panel per era at its own scale, rows by side, labelled marks (1200 px wide)", SVG, nil})
}

const (
	svgWidth   = 1200.0
	svgMarginX = 16.0
	svgAxisX0  = 112.0 // the panels' time axes start here; row titles before
	svgAxisX1  = svgWidth - svgMarginX

	svgFontSize   = 11.0
	svgLineH      = 13.0 // line height of a label
	svgLabelPad   = 4.0  // space between a leader and its label
	svgLabelGap   = 10.0 // minimum space between two labels of a lane
	svgLabelMinW  = 150.0
	svgLabelMaxW  = 300.0
	svgLaneGap    = 6.0 // space between two lanes of labels
	svgLeaderDrop = 9.0 // from a mark to the first lane

	svgHeaderH  = 46.0 // panel heading and axis
	svgRowTop   = 12.0 // from a row's top to its track
	svgRowGap   = 10.0
	svgPanelGap = 14.0
	svgTop      = 86.0 // the first panel's top, below the title and legend
)

// The sides of the dispute, in the order of the rows. An event's side is
// that of its first actor that is a state or an organization (the actors
// vocabulary says which side each stands for); treaties, declarations and
// summits whose first two such actors are the two sides belong to both.
var (
	svgSideTitles  = []string{"Moscow", "Both sides", "Tokyo", "Others"}
	svgSideRows    = map[string]int{"moscow": 0, "tokyo": 2}
	svgJointKinds  = map[string]bool{"treaty": true, "declaration": true, "summit": true}
	svgPeriodsName = "Periods"
)

// sideOf is the index in svgSideTitles of the side an event belongs to.
func sideOf(tl *timeline.Timeline, e timeline.Event) int {
	var sides []int
	for _, id := range e.Actors {
		a, known := tl.ActorByID(id)
		if known && a.Type == "person" {
			continue
		}
		s, ok := svgSideRows[a.Side]
		if !known || !ok {
			s = 3
		}
		sides = append(sides, s)
		if len(sides) == 2 {
			break
		}
	}
	switch {
	case len(sides) == 0:
		return 3
	case len(sides) == 2 && svgJointKinds[e.Kind] && sides[0]+sides[1] == 2 && sides[0] != 1 && sides[0] != sides[1]:
		return 1
	}
	return sides[0]
}

// svgTextWidth estimates the width of s at 11px sans-serif, erring wide:
// capitals and the widest letters count more than the average.
func svgTextWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune("mwMW…—", r):
			w += 10.5
		case r >= 'A' && r <= 'Z':
			w += 8.5
		case strings.ContainsRune("iljtf.,:;'|!() ", r):
			w += 4.5
		case r > 0x2E80: // CJK: a full em
			w += 11.5
		default:
			w += 6.5
		}
	}
	return w
}

// svgWrapLines breaks text into lines no wider than width; a word wider
// than width gets a line of its own.
func svgWrapLines(text string, width float64) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if cur == "" || svgTextWidth(try) <= width {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// svgLabelLines wraps a title onto two lines, as narrow as that allows
// between svgLabelMinW and svgLabelMaxW, or three at the widest; only a
// title longer than three wide lines is cut, with "…".
func svgLabelLines(title string) (lines []string, width float64) {
	title = oneLine(title)
	for w := svgLabelMinW; w <= svgLabelMaxW; w += 30 {
		if lines = svgWrapLines(title, w); len(lines) <= 2 {
			break
		}
	}
	if len(lines) > 3 {
		lines = lines[:3]
		last := []rune(lines[2])
		for len(last) > 1 && svgTextWidth(string(last)+"…") > svgLabelMaxW {
			last = last[:len(last)-1]
		}
		lines[2] = strings.TrimRight(string(last), " ,;:–-") + "…"
	}
	for _, l := range lines {
		width = max(width, svgTextWidth(l))
	}
	return lines, width
}

// yearOf turns a day into a fractional year (the start of the day).
func yearOf(d edtf.Day) float64 {
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	start := time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	days := time.Date(d.Year+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24
	return float64(d.Year) + t.Sub(start).Hours()/24/days
}

// svgSpan is the part of the time line a value covers, in fractional years:
// [from, to), with open or unknown ends infinite.
func svgSpan(v edtf.Value) (from, to float64) {
	from, to = yearOf(v.Earliest()), yearOf(v.Latest())+1.0/366
	if v.OpenStart() {
		from = math.Inf(-1)
	}
	if v.OpenEnd() {
		to = math.Inf(1)
	}
	return from, to
}

// svgItem is an event as drawn: its mark, and its label's box and lane.
type svgItem struct {
	e            timeline.Event
	x0, x1       float64 // mark extent; x0 == x1 for a dot
	spanX0       float64 // a dot's month or year span, when shown
	spanX1       float64
	period       bool
	openL, openR bool
	lines        []string
	w            float64 // label width
	markX        float64 // where the leader runs
	boxX         float64 // label box left
	lane         int
	above        bool // the label hangs above the track, not below
}

// svgRow is one row of a panel: the periods or one side's events.
type svgRow struct {
	title string
	items []*svgItem
	lanes int     // below the track
	above int     // lanes above the track
	laneH float64 // the tallest label of the row and svgLaneGap
	top   float64
}

func (r *svgRow) height() float64 {
	return svgRowTop + r.aboveH() + svgLeaderDrop + float64(r.lanes)*r.laneH + svgRowGap
}

// aboveH is the height of the lanes above the track.
func (r *svgRow) aboveH() float64 {
	if r.above == 0 {
		return 0
	}
	return float64(r.above)*r.laneH + svgLeaderDrop - svgLaneGap
}

// track is the y of the row's track.
func (r *svgRow) track() float64 { return r.top + svgRowTop + r.aboveH() }

// labelTop is the y of the top of an item's label: below the track, lanes
// count down from it; above, up from it, each label sitting on its lane's
// lower edge, nearest the track.
func (r *svgRow) labelTop(it *svgItem) float64 {
	if !it.above {
		return r.track() + svgLeaderDrop + float64(it.lane)*r.laneH
	}
	h := float64(len(it.lines)) * svgLineH
	return r.track() - svgLeaderDrop - float64(it.lane)*r.laneH - h
}

// svgPanel is an era drawn at its own scale.
type svgPanel struct {
	era    timeline.Era
	t0, t1 float64 // whole years
	top    float64
	rows   []*svgRow
	count  int
}

// x maps a fractional year to the panel's pixel column, clamped to it.
func (p *svgPanel) x(t float64) float64 {
	t = math.Max(p.t0, math.Min(p.t1, t))
	return svgAxisX0 + (t-p.t0)*p.perYear()
}

func (p *svgPanel) perYear() float64 { return (svgAxisX1 - svgAxisX0) / (p.t1 - p.t0) }

func (p *svgPanel) height() float64 {
	h := svgHeaderH
	for _, r := range p.rows {
		h += r.height()
	}
	return h
}

// svgPanels groups the events by era, in the order of the eras; events of
// no known era form a last panel of their own.
func svgPanels(tl *timeline.Timeline, events []timeline.Event) []*svgPanel {
	var panels []*svgPanel
	byEra := map[string]*svgPanel{}
	var other *svgPanel
	for _, e := range events {
		p, ok := byEra[e.Era]
		if !ok {
			if era, known := tl.EraByID(e.Era); known {
				p = &svgPanel{era: era}
				byEra[e.Era] = p
				panels = append(panels, p)
			} else {
				if other == nil {
					other = &svgPanel{era: timeline.Era{ID: "other", Title: "Other events"}}
				}
				p = other
			}
		}
		p.count++
		side := sideOf(tl, e)
		row := svgSideTitles[side]
		if e.Date.IsInterval() {
			row = svgPeriodsName
		}
		it := &svgItem{e: e}
		var r *svgRow
		for _, x := range p.rows {
			if x.title == row {
				r = x
			}
		}
		if r == nil {
			r = &svgRow{title: row}
			p.rows = append(p.rows, r)
		}
		r.items = append(r.items, it)
	}
	eraOrder := func(id string) int {
		if i := slices.Index(tl.EraIDs(), id); i >= 0 {
			return i
		}
		return len(tl.Eras)
	}
	slices.SortStableFunc(panels, func(a, b *svgPanel) int { return eraOrder(a.era.ID) - eraOrder(b.era.ID) })
	if other != nil {
		panels = append(panels, other)
	}
	rowOrder := func(title string) int {
		if title == svgPeriodsName {
			return -1
		}
		return slices.Index(svgSideTitles, title)
	}
	for _, p := range panels {
		slices.SortStableFunc(p.rows, func(a, b *svgRow) int { return rowOrder(a.title) - rowOrder(b.title) })
		p.setYears()
	}
	return panels
}

// setYears chooses the panel's whole years: the era's years, widened to the
// known ends of its events; an open era ends with its latest event's year.
func (p *svgPanel) setYears() {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range p.rows {
		for _, it := range r.items {
			f, t := svgSpan(it.e.Date)
			for _, v := range []float64{f, t} {
				if !math.IsInf(v, 0) {
					lo, hi = math.Min(lo, v), math.Max(hi, v)
				}
			}
		}
	}
	if p.era.ID != "other" && !p.era.Date.IsZero() {
		if !p.era.Date.OpenStart() {
			lo = math.Min(lo, yearOf(p.era.Date.Earliest()))
		}
		if !p.era.Date.OpenEnd() {
			hi = math.Max(hi, yearOf(p.era.Date.Latest())+1.0/366)
		}
	}
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		lo, hi = 2000, 2001
	}
	p.t0, p.t1 = math.Floor(lo), math.Ceil(hi-1e-9)
	if p.t1 <= p.t0 {
		p.t1 = p.t0 + 1
	}
}

// layout places the marks and labels of a panel's rows.
func (p *svgPanel) layout() {
	for _, r := range p.rows {
		for _, it := range r.items {
			from, to := svgSpan(it.e.Date)
			it.openL, it.openR = math.IsInf(from, -1), math.IsInf(to, 1)
			it.period = r.title == svgPeriodsName
			a, b := p.x(from), p.x(to)
			if it.period {
				it.x0, it.x1 = a, math.Max(b, a+3)
				it.markX = math.Min(it.x0+3, (it.x0+it.x1)/2)
			} else {
				c := (a + b) / 2
				it.x0, it.x1, it.markX = c, c, c
				if b-a >= 8 {
					it.spanX0, it.spanX1 = a, b
				}
			}
		}
		placeLabels(r.items)
		r.lanes, r.above, r.laneH = 0, 0, 0
		for _, it := range r.items {
			if it.above {
				r.above = max(r.above, it.lane+1)
			} else {
				r.lanes = max(r.lanes, it.lane+1)
			}
			r.laneH = max(r.laneH, float64(len(it.lines))*svgLineH+svgLaneGap)
		}
	}
}

// placeLabels gives each label of a row its box, side of the track and
// lane. Taking the marks from the left, a label may start just right of its
// leader or end just left of it, below the track or above it; of these it
// takes the one whose first free lane is nearest the track (below, then
// right of the leader, on a tie), so leaders stay short: a crowded stretch
// spreads its labels on both sides instead of down a staircase. A lane is
// free for a box when its last label ends svgLabelGap before the box
// starts. Each side's lanes keep their ends in a min segment tree, where
// the first lane free for a box is found in O(log n), so n labels take
// O(n log n).
func placeLabels(items []*svgItem) {
	order := slices.Clone(items)
	slices.SortStableFunc(order, func(a, b *svgItem) int { return cmpFloat(a.markX, b.markX) })
	below, above := newLaneTree(len(items)), newLaneTree(len(items))
	for _, it := range order {
		right := it.markX + svgLabelPad
		left := it.markX - svgLabelPad - it.w
		best, bestX, bestUp := -1, 0.0, false
		for _, up := range []bool{false, true} {
			lanes := below
			if up {
				lanes = above
			}
			for _, x := range []float64{right, left} {
				if x < svgAxisX0 || x+it.w > svgAxisX1 {
					continue
				}
				if l := lanes.firstFree(x - svgLabelGap); best < 0 || l < best {
					best, bestX, bestUp = l, x, up
				}
			}
		}
		if best < 0 {
			// Wider than the room on either side: as far left as the panel
			// allows, still touching the leader, below the track.
			bestX, bestUp = max(svgAxisX0, min(right, svgAxisX1-it.w)), false
			best = below.firstFree(bestX - svgLabelGap)
		}
		it.boxX, it.lane, it.above = bestX, best, bestUp
		if bestUp {
			above.set(best, bestX+it.w)
		} else {
			below.set(best, bestX+it.w)
		}
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// laneTree holds where each lane's last label ends (-Inf while empty) in a
// segment tree of minimums, for finding the first lane free at a point.
type laneTree struct {
	size int
	min  []float64
}

func newLaneTree(n int) *laneTree {
	size := 1
	for size < max(n, 1) {
		size *= 2
	}
	t := &laneTree{size: size, min: make([]float64, 2*size)}
	for i := range t.min {
		t.min[i] = math.Inf(-1)
	}
	return t
}

// firstFree is the first lane whose last label ends at or before x.
func (t *laneTree) firstFree(x float64) int {
	if t.min[1] > x {
		return t.size // cannot happen with a lane per label, but stay total
	}
	i := 1
	for i < t.size {
		if t.min[2*i] <= x {
			i = 2 * i
		} else {
			i = 2*i + 1
		}
	}
	return i - t.size
}

// set records that lane's last label ends at end.
func (t *laneTree) set(lane int, end float64) {
	i := lane + t.size
	t.min[i] = end
	for i /= 2; i >= 1; i /= 2 {
		t.min[i] = math.Min(t.min[2*i], t.min[2*i+1])
	}
}

// svgLabels gives every event its label lines, making sure no two different
// events show the same label: a shared title gets the date, and a shared
// title and date a number.
func svgLabels(panels []*svgPanel) {
	var all []*svgItem
	for _, p := range panels {
		for _, r := range p.rows {
			all = append(all, r.items...)
		}
	}
	text := func(it *svgItem) string { return strings.Join(it.lines, " ") }
	for _, it := range all {
		it.lines, it.w = svgLabelLines(it.e.Title)
	}
	count := map[string]int{}
	for _, it := range all {
		count[text(it)]++
	}
	for _, it := range all {
		if count[text(it)] > 1 {
			it.lines, it.w = svgLabelLines(oneLine(it.e.Title) + " (" + it.e.Date.Display() + ")")
		}
	}
	seen := map[string]int{}
	for _, it := range all {
		t := text(it)
		seen[t]++
		if n := seen[t]; n > 1 {
			it.lines, it.w = svgLabelLines(t + fmt.Sprintf(" #%d", n))
		}
	}
}

// svgScaleBar picks a round number of years about 60 to 150 pixels long at
// the panel's scale.
func svgScaleBar(perYear float64) int {
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 500} {
		if float64(s)*perYear >= 60 {
			return s
		}
	}
	return 1000
}

// tickStep chooses a year step that keeps labelled ticks about 40 px apart
// where a year is perYear pixels wide.
func tickStep(perYear float64) int {
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50, 100} {
		if float64(s)*perYear >= 40 {
			return s
		}
	}
	return 200
}

// SVG writes the timeline as a standalone SVG picture 1200 px wide.
func SVG(w io.Writer, tl *timeline.Timeline) error {
	var b bytes.Buffer
	writeSVG(&b, tl)
	_, err := w.Write(b.Bytes())
	return err
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

// xesc escapes text for XML, control characters (invalid in XML) replaced.
func xesc(s string) string { return xmlEscaper.Replace(cleanControls(s)) }

// f1 formats a coordinate with one decimal, without a trailing ".0".
func f1(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s
}

// svgStyle is the picture's style sheet. The background is opaque, so the
// picture stays legible on a dark page (GitHub's dark mode shows an SVG
// as an image on its own background).
const svgStyle = `<style>
.bg{fill:#fff}
.title{font-size:16px;font-weight:bold;fill:#111}
.band{fill:#f1f4f8}
.era-title{font-size:13px;font-weight:bold;fill:#222}
.era-meta{font-size:11px;fill:#444}
.scale-bar{stroke:#222;stroke-width:2}
.tick{stroke:#666}.tick-label{font-size:10px;fill:#444}
.axis{stroke:#444}
.row-title{font-size:11px;font-weight:bold;fill:#444}
.track{stroke:#c3ccd6;stroke-width:1}
.mark{fill:#1f5f99;stroke:#1f5f99;stroke-width:1.5}
.span{stroke:#1f5f99;stroke-width:2;stroke-opacity:.45}
.mark.proposed{fill:#c8641e;stroke:#c8641e}
.mark.approximate{stroke-dasharray:3 2;fill-opacity:.45}
.mark.uncertain{fill:#fff;fill-opacity:1;stroke-opacity:.8}
.leader{stroke:#8d99a6;stroke-width:.8}
.label{fill:#111}
.label-bg{fill:#f1f4f8}
.label.proposed{fill:#8a3f0c}
.legend{font-size:11px;fill:#333}
a.event{outline:none}
a.event:hover .label,a.event:focus .label{fill:#000;font-weight:bold}
a.event:focus .mark{stroke:#000;stroke-width:3}
</style>
`

func writeSVG(b *bytes.Buffer, tl *timeline.Timeline) {
	events := allEvents(tl)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }

	if len(events) == 0 {
		p(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="80" viewBox="0 0 1200 80" font-family="sans-serif" role="img">` + "\n")
		p(`<title>%s</title>`+"\n", xesc(tl.Title))
		p("%s", svgStyle)
		p(`<rect class="bg" width="1200" height="80"/>` + "\n")
		p(`<text class="title" x="16" y="26">%s</text>`+"\n", xesc(tl.Title))
		p(`<text x="16" y="52" font-size="12">No events match.</text>` + "\n</svg>\n")
		return
	}

	panels := svgPanels(tl, events)
	svgLabels(panels)
	y := svgTop
	for _, pn := range panels {
		pn.top = y
		pn.layout()
		rt := pn.top + svgHeaderH
		for _, r := range pn.rows {
			r.top = rt
			rt += r.height()
		}
		y += pn.height() + svgPanelGap
	}
	height := math.Ceil(y)

	p(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="%s" viewBox="0 0 1200 %s" font-family="sans-serif" font-size="11" role="group" aria-label="%s">`+"\n",
		f1(height), f1(height), xesc(tl.Title+": a timeline of "+plural(len(events), "event")))
	p("<title>%s</title>\n", xesc(tl.Title))
	p("%s", svgStyle)
	p(`<rect class="bg" width="1200" height="%s"/>`+"\n", f1(height))
	p(`<text class="title" x="%s" y="24">%s</text>`+"\n", f1(svgMarginX), xesc(tl.Title))

	// Legend.
	lx, ly := svgMarginX, 46.0
	item := func(shape, text string) {
		p("%s", shape)
		p(`<text class="legend" x="%s" y="%s">%s</text>`+"\n", f1(lx+18), f1(ly+4), xesc(text))
		lx += 18 + svgTextWidth(text)*0.92 + 16
	}
	p(`<g class="legend-items">` + "\n")
	item(fmt.Sprintf(`<circle class="mark" cx="%s" cy="%s" r="4"/>`, f1(lx+6), f1(ly)), "event (a line under it: its month or year)")
	item(fmt.Sprintf(`<rect class="mark" x="%s" y="%s" width="12" height="7"/>`, f1(lx), f1(ly-3.5)), "period")
	item(fmt.Sprintf(`<circle class="mark approximate" cx="%s" cy="%s" r="4"/>`, f1(lx+6), f1(ly)), "approximate (dashed)")
	item(fmt.Sprintf(`<circle class="mark uncertain" cx="%s" cy="%s" r="4"/>`, f1(lx+6), f1(ly)), "uncertain (hollow)")
	if slices.ContainsFunc(events, func(e timeline.Event) bool { return status(e) == timeline.StatusProposed }) {
		item(fmt.Sprintf(`<circle class="mark proposed" cx="%s" cy="%s" r="4"/>`, f1(lx+6), f1(ly)), "proposed from articles")
	}
	p(`<text class="legend" x="%s" y="%s">Each era has its own time scale: the bar at its top right shows how long a span of years is there. Rows: who acted.</text>`+"\n",
		f1(svgMarginX), f1(ly+22))
	p("</g>\n")

	for _, pn := range panels {
		writeSVGPanel(b, pn)
	}
	p("</svg>\n")
}

func writeSVGPanel(b *bytes.Buffer, pn *svgPanel) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	perYear := pn.perYear()
	p(`<g class="panel" data-era="%s" data-x0="%s" data-x1="%s" data-top="%s" data-height="%s" data-t0="%d" data-t1="%d" data-px-per-year="%s">`+"\n",
		xesc(pn.era.ID), f1(svgAxisX0), f1(svgAxisX1), f1(pn.top), f1(pn.height()), int(pn.t0), int(pn.t1), fmt.Sprintf("%.3f", perYear))
	p(`<rect class="band" x="%s" y="%s" width="%s" height="%s"/>`+"\n", f1(svgMarginX/2), f1(pn.top), f1(svgWidth-svgMarginX), f1(pn.height()))

	// Heading: title, count, scale bar.
	p(`<text class="era-title" x="%s" y="%s">%s</text>`+"\n", f1(svgMarginX), f1(pn.top+17), xesc(pn.era.Title))
	p(`<text class="era-meta" x="%s" y="%s">%s</text>`+"\n", f1(svgMarginX+svgTextWidth(pn.era.Title)*13/11+12), f1(pn.top+17), xesc(plural(pn.count, "event")))
	years := svgScaleBar(perYear)
	barW := float64(years) * perYear
	label := plural(years, "year")
	bx := svgAxisX1 - barW
	p(`<g class="scale" data-years="%d" data-width="%s"><line class="scale-bar" x1="%s" y1="%s" x2="%s" y2="%s"/><line class="scale-bar" x1="%s" y1="%s" x2="%s" y2="%s"/><line class="scale-bar" x1="%s" y1="%s" x2="%s" y2="%s"/><text class="era-meta" x="%s" y="%s" text-anchor="end">scale: %s</text></g>`+"\n",
		years, fmt.Sprintf("%.3f", barW),
		f1(bx), f1(pn.top+13), f1(svgAxisX1), f1(pn.top+13),
		f1(bx), f1(pn.top+9), f1(bx), f1(pn.top+17),
		f1(svgAxisX1), f1(pn.top+9), f1(svgAxisX1), f1(pn.top+17),
		f1(bx-6), f1(pn.top+17), xesc(label))

	// Axis and ticks.
	axisY := pn.top + svgHeaderH - 6
	p(`<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f1(svgAxisX0), f1(axisY), f1(svgAxisX1), f1(axisY))
	step := tickStep(perYear)
	for yr := int(pn.t0); yr <= int(pn.t1); yr++ {
		x := pn.x(float64(yr))
		major := yr%step == 0 || yr == int(pn.t0)
		if !major && perYear < 3 && yr%5 != 0 {
			continue
		}
		tick := 3.0
		if major {
			tick = 6
		}
		p(`<line class="tick" data-year="%d" x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", yr, f1(x), f1(axisY), f1(x), f1(axisY-tick))
		near := yr != int(pn.t0) && float64(yr)-pn.t0 < float64(step)*0.75 // keep clear of the first label
		if major && !near && (yr%step == 0 || yr == int(pn.t0)) {
			p(`<text class="tick-label" x="%s" y="%s" text-anchor="middle">%d</text>`+"\n", f1(x), f1(axisY-9), yr)
		}
	}

	// Rows: titles and tracks, then leaders, then marks and labels on top.
	for _, r := range pn.rows {
		ty := r.track()
		p(`<text class="row-title" x="%s" y="%s">%s</text>`+"\n", f1(svgMarginX), f1(ty+4), xesc(r.title))
		p(`<line class="track" x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f1(svgAxisX0), f1(ty), f1(svgAxisX1), f1(ty))
	}
	for _, r := range pn.rows {
		ty := r.track()
		for _, it := range r.items {
			// From the mark to the far line of its label.
			ly := r.labelTop(it)
			y1, y2 := ty+4, ly+float64(len(it.lines))*svgLineH-3
			if it.above {
				y1, y2 = ty-4, ly+3
			}
			p(`<line class="leader" data-id="%s" x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", xesc(it.e.ID), f1(it.markX), f1(y1), f1(it.markX), f1(y2))
		}
	}
	for _, r := range pn.rows {
		for _, it := range r.items {
			writeSVGEvent(b, it, r.track(), r.labelTop(it))
		}
	}
	p("</g>\n")
}

// writeSVGEvent draws an event's mark on the track at ty and its label with
// its top at ly.
func writeSVGEvent(b *bytes.Buffer, it *svgItem, ty, ly float64) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	e := it.e
	cls := "mark"
	if status(e) == timeline.StatusProposed {
		cls += " proposed"
	}
	if e.Date.Approximate() {
		cls += " approximate"
	}
	if e.Date.Uncertain() {
		cls += " uncertain"
	}
	lcls := "label"
	if status(e) == timeline.StatusProposed {
		lcls += " proposed"
	}
	name := oneLine(e.Title) + ", " + e.Date.Display()
	if status(e) != "curated" {
		name += " (" + status(e) + ")"
	}
	p(`<a class="event" href="#ev-%s" data-id="%s" aria-label="%s"><title>%s</title>`+"\n", xesc(e.ID), xesc(e.ID), xesc(name), xesc(name))
	if it.period {
		p(`<rect class="%s" x="%s" y="%s" width="%s" height="7" rx="1"/>`+"\n", cls, f1(it.x0), f1(ty-3.5), f1(it.x1-it.x0))
		if it.openR {
			p(`<path class="%s" d="M%s %sl6 4.5l-6 4.5z"/>`+"\n", cls, f1(it.x1), f1(ty-4.5))
		}
		if it.openL {
			p(`<path class="%s" d="M%s %sl-6 4.5l6 4.5z"/>`+"\n", cls, f1(it.x0), f1(ty-4.5))
		}
	} else {
		if it.spanX1 > it.spanX0 {
			p(`<line class="span" x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f1(it.spanX0), f1(ty+6), f1(it.spanX1), f1(ty+6))
		}
		p(`<circle class="%s" cx="%s" cy="%s" r="4"/>`+"\n", cls, f1(it.x0), f1(ty))
	}
	h := float64(len(it.lines)) * svgLineH
	// An opaque box behind the label: leaders passing behind it stop at
	// its edge instead of striking through the words.
	p(`<rect class="label-bg" x="%s" y="%s" width="%s" height="%s"/>`+"\n", f1(it.boxX-2), f1(ly-1), f1(it.w+4), f1(h+2))
	// A label left of its leader is set flush right against it: its width
	// is an estimate, and flush left its real end would fall short of the
	// leader, leaving the reader to guess whose label it is.
	tx, anchor := it.boxX, ""
	if it.boxX+it.w <= it.markX {
		tx, anchor = it.boxX+it.w, ` text-anchor="end"`
	}
	p(`<text class="%s" data-id="%s" data-box="%s %s %s %s" x="%s" y="%s"%s>`, lcls, xesc(e.ID),
		f1(it.boxX), f1(ly), f1(it.w), f1(h), f1(tx), f1(ly+svgLineH-3), anchor)
	for i, line := range it.lines {
		if i == 0 {
			p(`<tspan x="%s">%s</tspan>`, f1(tx), xesc(line))
		} else {
			p(`<tspan x="%s" dy="%s">%s</tspan>`, f1(tx), f1(svgLineH), xesc(line))
		}
	}
	p("</text>\n</a>\n")
}
