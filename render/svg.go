package render

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// The SVG picture: a time axis whose scale changes at era boundaries, era
// bands, a mark per event (a dot for a single day, month or year; a bar for
// an interval or a decade), and a label per event placed in lanes so that no
// two labels overlap.
//
// Scale. Each era (clipped to the years the events cover) is one linear
// segment of the axis; its width is proportional to
// svgEventWeight×(its share of the events) + (1−svgEventWeight)×(its share of
// the years), so the 90 quiet years before 1945 do not crush the crowded
// decades after it. Era bands make the changes of scale visible.
//
// Lanes. Labels are 11px sans-serif; their widths are estimated
// conservatively by svgTextWidth. A label starts just right of its mark (or
// ends just left of it where the picture ends). Taking the events from the
// latest, each label goes to the first lane (from the top) where its box
// overlaps no other label, or up to svgLaneSlack lanes further down if there its connector (a
// vertical line from the mark down to the label) and its box cross fewer
// other labels and connectors. Connectors that still cross a label pass
// behind it (labels have a halo). The picture grows with the lanes.

func init() {
	register(Format{"svg", "svg", "picture of the timeline: era bands, marks and labelled events (1200 px wide)", SVG, nil})
}

const (
	svgWidth       = 1200.0
	svgMarginX     = 16.0
	svgEventWeight = 0.7 // share of an era's width given by its events
	svgYearEvents  = 1.5 // weight of an event in its year, against 1 for the year itself

	svgFontSize   = 11.0
	svgCharWidth  = 6.5 // per character of 11px sans-serif, conservative
	svgLabelChars = 32  // longer titles are truncated with …
	svgLabelPad   = 4.0 // space between a mark and its label
	svgLabelGap   = 8.0 // minimum space between two labels of a lane
	svgLaneHeight = 17.0
	svgLaneSlack  = 2    // lanes a label may go further down to avoid crossings
	svgLabelH     = 14.0 // height of a label box

	svgBandTop  = 64.0
	svgAxisY    = 118.0
	svgTrackY   = 136.0
	svgLanesTop = 162.0
)

// svgTextWidth estimates the width of s at 11px sans-serif, erring wide:
// capitals and the widest letters count more than the average.
func svgTextWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune("mwMW…", r):
			w += 10.5
		case r >= 'A' && r <= 'Z':
			w += 8.5
		default:
			w += svgCharWidth
		}
	}
	return w
}

// svgTruncate shortens s to at most n characters, ending in … when cut, at a
// word boundary when there is one not too far back.
func svgTruncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n - 1
	for i := cut; i >= n-8; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:–-") + "…"
}

// yearOf turns a day into a fractional year (the start of the day).
func yearOf(d edtf.Day) float64 {
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	start := time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	days := time.Date(d.Year+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24
	return float64(d.Year) + t.Sub(start).Hours()/24/days
}

// svgSpan is the part of the axis an event covers, in fractional years:
// [from, to), with open ends clipped to the axis by the caller.
func svgSpan(v edtf.Value) (from, to float64) {
	from, to = yearOf(v.Earliest()), yearOf(v.Latest())+1.0/365
	if v.OpenStart() {
		from = math.Inf(-1)
	}
	if v.OpenEnd() {
		to = math.Inf(1)
	}
	return from, to
}

type svgSegment struct {
	era    timeline.Era
	t0, t1 float64 // years
	x0, x1 float64 // pixels
	count  int
	knots  [][2]float64 // (year, x) at each new year inside the segment
}

type svgScale struct{ segs []svgSegment }

// x maps a fractional year to a pixel column; years outside the axis clamp
// to its ends, years in a gap between two segments to the gap's boundary.
func (s svgScale) x(t float64) float64 {
	segs := s.segs
	if t <= segs[0].t0 {
		return segs[0].x0
	}
	for _, g := range segs {
		if t < g.t0 {
			return g.x0
		}
		if t <= g.t1 {
			k := g.knots
			for i := 1; i < len(k); i++ {
				if t <= k[i][0] {
					return k[i-1][1] + (t-k[i-1][0])/(k[i][0]-k[i-1][0])*(k[i][1]-k[i-1][1])
				}
			}
			return g.x1
		}
	}
	return segs[len(segs)-1].x1
}

// newSVGScale builds the segments: one per era that meets the years of the
// events, or a single one when the eras do not cover them.
func newSVGScale(tl *timeline.Timeline, events []timeline.Event) svgScale {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, e := range events {
		f, t := svgSpan(e.Date)
		if !math.IsInf(f, 0) {
			lo = math.Min(lo, f)
			hi = math.Max(hi, f)
		}
		if !math.IsInf(t, 0) {
			lo = math.Min(lo, t)
			hi = math.Max(hi, t)
		}
	}
	if math.IsInf(lo, 0) {
		lo, hi = 2000, 2001
	}
	lo, hi = math.Floor(lo), math.Floor(hi)+1
	var segs []svgSegment
	for _, era := range tl.Eras {
		t0, t1 := yearOf(era.Date.Earliest()), yearOf(era.Date.Latest())+1.0/365
		if era.Date.OpenEnd() {
			t1 = math.Inf(1)
		}
		t1 = math.Round(t1*365) / 365 // an era ending on 31 December ends at the new year
		t0, t1 = math.Max(t0, lo), math.Min(t1, hi)
		if t1-t0 < 0.5 {
			continue
		}
		if len(segs) > 0 && t0 < segs[len(segs)-1].t1 {
			t0 = segs[len(segs)-1].t1 // overlapping eras: the earlier one keeps the overlap
			if t1-t0 < 0.5 {
				continue
			}
		}
		segs = append(segs, svgSegment{era: era, t0: t0, t1: t1})
	}
	if len(segs) == 0 {
		segs = []svgSegment{{t0: lo, t1: hi}}
	}
	// Count events by era; events of no listed era count where they fall.
	for _, e := range events {
		f, t := svgSpan(e.Date)
		mid := (math.Max(f, lo) + math.Min(t, hi)) / 2
		i := -1
		for j, g := range segs {
			if g.era.ID != "" && g.era.ID == e.Era {
				i = j
			}
		}
		if i < 0 {
			i = len(segs) - 1
			for j, g := range segs {
				if mid < g.t1 {
					i = j
					break
				}
			}
		}
		segs[i].count++
	}
	years := 0.0
	for _, g := range segs {
		years += g.t1 - g.t0
	}
	n := float64(max(len(events), 1))
	x := svgMarginX
	for i := range segs {
		g := &segs[i]
		w := svgEventWeight*float64(g.count)/n + (1-svgEventWeight)*(g.t1-g.t0)/years
		g.x0 = x
		g.x1 = x + w*(svgWidth-2*svgMarginX)
		if i == len(segs)-1 {
			g.x1 = svgWidth - svgMarginX
		}
		x = g.x1
		g.knots = yearKnots(g, events)
	}
	return svgScale{segs}
}

// svgLabel is a placed label: its box and the event it belongs to.
type svgLabel struct {
	x, w  float64 // box left and width
	lane  int
	markX float64 // where its connector runs
}

// placeLabels assigns a lane to each label (see the comment at the top).
func placeLabels(boxes []svgLabel) []svgLabel {
	out := make([]svgLabel, len(boxes))
	var placed []svgLabel
	overlaps := func(b svgLabel, lane int) bool {
		for _, o := range placed {
			if o.lane == lane && b.x < o.x+o.w+svgLabelGap && o.x < b.x+b.w+svgLabelGap {
				return true
			}
		}
		return false
	}
	crossings := func(b svgLabel, lane int) int {
		n := 0
		for _, o := range placed {
			if o.lane > lane && b.x-2 <= o.markX && o.markX <= b.x+b.w+2 {
				n++ // the box would cover a connector going further down
			}
			if o.lane < lane && o.x-2 <= b.markX && b.markX <= o.x+o.w+2 {
				n++ // the connector would cross a label above
			}
		}
		return n
	}
	for i := len(boxes) - 1; i >= 0; i-- {
		// A label starts just right of its mark; if the picture ends
		// first, it ends just left of it.
		b := boxes[i]
		b.x = b.markX + svgLabelPad
		if b.x+b.w > svgWidth-4 {
			b.x = max(4, b.markX-svgLabelPad-b.w)
		}
		first := 0
		for overlaps(b, first) {
			first++
		}
		// Among the free lanes a little further down, take the one whose
		// connector and box cross the fewest others.
		cross := crossings(b, first)
		b.lane = first
		for lane := first + 1; lane <= first+svgLaneSlack && cross > 0; lane++ {
			if overlaps(b, lane) {
				continue
			}
			if n := crossings(b, lane); n < cross {
				b.lane, cross = lane, n
			}
		}
		out[i] = b
		placed = append(placed, b)
	}
	return out
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

// f formats a coordinate with one decimal, without a trailing ".0".
func f1(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s
}

func writeSVG(b *bytes.Buffer, tl *timeline.Timeline) {
	events := allEvents(tl)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }

	if len(events) == 0 {
		p(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="80" viewBox="0 0 1200 80" font-family="sans-serif">` + "\n")
		p(`<title>%s</title>`+"\n", xesc(tl.Title))
		p(`<text x="16" y="26" font-size="16" font-weight="bold">%s</text>`+"\n", xesc(tl.Title))
		p(`<text x="16" y="52" font-size="12">No events match.</text>` + "\n</svg>\n")
		return
	}

	sc := newSVGScale(tl, events)
	axisL, axisR := sc.segs[0].x0, sc.segs[len(sc.segs)-1].x1

	// Marks and labels.
	type mark struct {
		e       timeline.Event
		x0, x1  float64 // bar extent; x0 == x1 for a dot
		dot     bool
		openL   bool
		openR   bool
		text    string
		labelAt float64 // the x the connector runs at
	}
	marks := make([]mark, len(events))
	boxes := make([]svgLabel, len(events))
	for i, e := range events {
		from, to := svgSpan(e.Date)
		m := mark{e: e, openL: math.IsInf(from, -1), openR: math.IsInf(to, 1)}
		m.x0, m.x1 = sc.x(from), sc.x(to)
		m.dot = !e.Date.IsInterval() && e.Date.Precision() <= edtf.PrecisionYear
		if m.x1-m.x0 < 6 && !m.openL && !m.openR {
			m.dot = true // a bar this short would not read as one
		}
		if m.dot {
			c := (m.x0 + m.x1) / 2
			m.x0, m.x1 = c, c
		}
		m.labelAt = m.x0
		if m.dot {
			m.labelAt = m.x0
		} else {
			m.labelAt = math.Min(m.x0+3, (m.x0+m.x1)/2)
		}
		m.text = svgTruncate(e.Title, svgLabelChars)
		w := svgTextWidth(m.text)
		boxes[i] = svgLabel{w: w, markX: m.labelAt}
		marks[i] = m
	}
	placed := placeLabels(boxes)
	lanes := 0
	for _, l := range placed {
		lanes = max(lanes, l.lane+1)
	}
	height := math.Ceil(svgLanesTop + float64(lanes)*svgLaneHeight + 12)

	p(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="%s" viewBox="0 0 1200 %s" font-family="sans-serif" font-size="11" role="img">`+"\n", f1(height), f1(height))
	p("<title>%s</title>\n", xesc(tl.Title))
	p(`<style>
.band-a{fill:#f3f5f8}.band-b{fill:#e6ebf1}
.era-title{font-size:12px;font-weight:bold;fill:#333}
.tick{stroke:#666}.tick-label{font-size:10px;fill:#444}
.axis{stroke:#444}.axis-break{stroke:#444;fill:none}
.mark{fill:#1f5f99;stroke:#1f5f99;stroke-width:1.5}
.mark.proposed{fill:#c8641e;stroke:#c8641e}
.mark.approximate{stroke-dasharray:3 2;fill-opacity:.45}
.mark.uncertain{fill:#fff;fill-opacity:1;stroke-opacity:.75}
.connector{stroke:#9aa5b1;stroke-width:.8}
.label{fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-opacity:.8;stroke-linejoin:round}
.label.proposed{fill:#8a3f0c}
.event:hover .label{fill:#000;font-weight:bold}
.legend{font-size:10.5px;fill:#333}
</style>
`)
	p(`<text x="%s" y="24" font-size="16" font-weight="bold">%s</text>`+"\n", f1(svgMarginX), xesc(tl.Title))

	// Legend.
	lx := svgMarginX
	ly := 44.0
	item := func(shape, text string) {
		p("%s", shape)
		p(`<text class="legend" x="%s" y="%s">%s</text>`+"\n", f1(lx+16), f1(ly+4), xesc(text))
		lx += 16 + svgTextWidth(text)*0.9 + 18
	}
	p(`<g class="legend-items">` + "\n")
	item(fmt.Sprintf(`<circle class="mark" cx="%s" cy="%s" r="4"/>`, f1(lx+6), f1(ly)), "day, month or year")
	item(fmt.Sprintf(`<rect class="mark" x="%s" y="%s" width="12" height="7"/>`, f1(lx), f1(ly-3.5)), "period")
	item(fmt.Sprintf(`<circle class="mark approximate" cx="%s" cy="%s" r="4"/>`, f1(lx+6), f1(ly)), "approximate (dashed)")
	item(fmt.Sprintf(`<circle class="mark uncertain" cx="%s" cy="%s" r="4"/>`, f1(lx+6), f1(ly)), "uncertain (hollow)")
	for _, e := range events {
		if status(e) == timeline.StatusProposed {
			item(fmt.Sprintf(`<circle class="mark proposed" cx="%s" cy="%s" r="4"/>`, f1(lx+6), f1(ly)), "proposed from articles")
			break
		}
	}
	p(`<text class="legend" x="%s" y="%s" text-anchor="end">the scale changes at each era boundary</text>`+"\n", f1(svgWidth-svgMarginX), f1(ly+4))
	p("</g>\n")

	// Era bands and titles.
	p(`<g class="eras">` + "\n")
	for i, g := range sc.segs {
		cls := "band-a"
		if i%2 == 1 {
			cls = "band-b"
		}
		p(`<rect class="%s" x="%s" y="%s" width="%s" height="%s"><title>%s</title></rect>`+"\n", cls,
			f1(g.x0), f1(svgBandTop), f1(g.x1-g.x0), f1(height-svgBandTop), xesc(g.era.Title))
		if g.era.Title == "" {
			continue
		}
		lines := svgWrap(g.era.Title, g.x1-g.x0-8, 12.0/11, 3)
		for j, line := range lines {
			p(`<text class="era-title" x="%s" y="%s">%s</text>`+"\n", f1(g.x0+4), f1(svgBandTop+14+float64(j)*13), xesc(line))
		}
	}
	p("</g>\n")

	// Axis and ticks.
	p(`<g class="axis-group">` + "\n")
	p(`<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f1(axisL), f1(svgAxisY), f1(axisR), f1(svgAxisY))
	lastLabel := math.Inf(-1)
	// Era starts are always labelled; other years keep clear of them.
	var starts []float64
	for _, g := range sc.segs {
		starts = append(starts, sc.x(math.Ceil(g.t0-1e-9)))
	}
	nearStart := func(x float64) bool {
		for _, s := range starts {
			if math.Abs(s-x) > 0.01 && math.Abs(s-x) < 34 {
				return true
			}
		}
		return false
	}
	for i, g := range sc.segs {
		if i > 0 {
			// A break mark where the scale changes.
			x := g.x0
			p(`<path class="axis-break" d="M%s %sl4 -8M%s %sl4 -8"/>`+"\n", f1(x-4), f1(svgAxisY+4), f1(x-1), f1(svgAxisY+4))
		}
		for y := math.Ceil(g.t0 - 1e-9); y <= g.t1+1e-9; y++ {
			if i+1 < len(sc.segs) && y > g.t1-1e-9 {
				continue // the next segment draws its start
			}
			iy := int(y)
			x := sc.x(y)
			step := tickStep(sc.x(y+1) - x)
			label := fmt.Sprint(iy)
			lw := float64(len(label)) * 6
			major := iy%step == 0 || y == math.Ceil(g.t0-1e-9)
			if !major || x-lw/2 < lastLabel+8 || nearStart(x) || x+lw/2 > svgWidth-2 || x-lw/2 < 2 {
				if sc.x(y+1)-x >= 3 || iy%5 == 0 {
					p(`<line class="tick" x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f1(x), f1(svgAxisY), f1(x), f1(svgAxisY+3))
				}
				continue
			}
			p(`<line class="tick" x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f1(x), f1(svgAxisY), f1(x), f1(svgAxisY+6))
			p(`<text class="tick-label" x="%s" y="%s" text-anchor="middle">%d</text>`+"\n", f1(x), f1(svgAxisY-4), iy)
			lastLabel = x + lw/2
		}
	}
	p("</g>\n")

	// Events: connector, mark, label.
	p(`<g class="events">` + "\n")
	for i, m := range marks {
		e := m.e
		l := placed[i]
		ly := svgLanesTop + float64(l.lane)*svgLaneHeight
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
		p(`<g class="event" data-id="%s">`, xesc(e.ID))
		hover := e.Title + " (" + e.Date.Display() + ")"
		if status(e) != "curated" {
			hover += " [" + status(e) + "]"
		}
		p("<title>%s</title>\n", xesc(hover))
		p(`<line class="connector" x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f1(m.labelAt), f1(svgTrackY+4), f1(m.labelAt), f1(ly-svgLabelH+3))
		if m.dot {
			p(`<circle class="%s" cx="%s" cy="%s" r="4"/>`+"\n", cls, f1(m.x0), f1(svgTrackY))
		} else {
			p(`<rect class="%s" x="%s" y="%s" width="%s" height="7" rx="1"/>`+"\n", cls, f1(m.x0), f1(svgTrackY-3.5), f1(m.x1-m.x0))
			if m.openR {
				p(`<path class="%s" d="M%s %sl6 4.5l-6 4.5z"/>`+"\n", cls, f1(m.x1), f1(svgTrackY-4.5))
			}
			if m.openL {
				p(`<path class="%s" d="M%s %sl-6 4.5l6 4.5z"/>`+"\n", cls, f1(m.x0), f1(svgTrackY-4.5))
			}
		}
		p(`<text class="%s" data-id="%s" data-box="%s %s %s %s" x="%s" y="%s">%s</text>`+"\n", lcls, xesc(e.ID),
			f1(l.x), f1(ly-svgLabelH+3), f1(l.w), f1(svgLabelH), f1(l.x), f1(ly), xesc(m.text))
		p("</g>\n")
	}
	p("</g>\n</svg>\n")
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

// svgWrap breaks text into at most n lines that fit width at the label font
// scaled by k; the last line is truncated with … if the text does not fit.
func svgWrap(text string, width, k float64, n int) []string {
	words := strings.Fields(text)
	var lines []string
	cur := ""
	for i := 0; i < len(words); i++ {
		try := words[i]
		if cur != "" {
			try = cur + " " + words[i]
		}
		if svgTextWidth(try)*k <= width || cur == "" && len(lines) == n-1 {
			cur = try
			continue
		}
		if cur == "" {
			cur = words[i] // a single word wider than the band
			continue
		}
		lines = append(lines, cur)
		cur = words[i]
		if len(lines) == n-1 {
			cur = strings.Join(words[i:], " ")
			break
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	last := lines[len(lines)-1]
	for svgTextWidth(last)*k > width && len([]rune(last)) > 2 {
		r := []rune(strings.TrimSuffix(last, "…"))
		last = strings.TrimRight(string(r[:len(r)-1]), " ") + "…"
	}
	lines[len(lines)-1] = last
	return lines
}

// yearKnots spreads a segment's width over its years: a year gets
// 1 + svgYearEvents × (the events that start in it), so that a crowded
// year (1945) is wider than a quiet one of the same era.
func yearKnots(g *svgSegment, events []timeline.Event) [][2]float64 {
	ts := []float64{g.t0}
	for y := math.Floor(g.t0) + 1; y < g.t1-1e-9; y++ {
		ts = append(ts, y)
	}
	ts = append(ts, g.t1)
	weights := make([]float64, len(ts)-1)
	total := 0.0
	for i := range weights {
		weights[i] = ts[i+1] - ts[i]
		for _, e := range events {
			if e.Date.OpenStart() {
				continue
			}
			if t := yearOf(e.Date.Earliest()); ts[i] <= t && t < ts[i+1] {
				weights[i] += svgYearEvents
			}
		}
		total += weights[i]
	}
	knots := [][2]float64{{g.t0, g.x0}}
	x := g.x0
	for i, w := range weights {
		x += w / total * (g.x1 - g.x0)
		knots = append(knots, [2]float64{ts[i+1], x})
	}
	knots[len(knots)-1][1] = g.x1
	return knots
}
