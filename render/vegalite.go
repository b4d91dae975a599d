package render

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

func init() {
	register(Format{"vega-lite", "vl.json", "Vega-Lite v6 chart spec with the data inlined: era bands, periods and spans as bars, days as points, a legend; zoom and pan in time", VegaLite, VegaLiteLosses})
}

// vegaLiteSchema is the schema URL Vega-Lite tools check the spec against:
// the major version make e2e renders the spec with (vega-lite 6).
const vegaLiteSchema = "https://vega.github.io/schema/vega-lite/v6.json"

// vlWidth is the width of the plot in pixels; era labels are fitted to it.
const vlWidth = 1100

// VegaLiteMarkPrefix starts the aria-label of every event mark, and of
// nothing else, in the SVG Vega renders from the spec: counting
// aria-label="event  in the SVG counts the events drawn, where counting
// <path> would also count era bands, legend symbols and axis domains.
const VegaLiteMarkPrefix = "event "

// proposedLane is the row of events derived from articles: they have no kind
// yet, and a row of their own keeps them apart from reviewed events.
const proposedLane = "Proposed (from articles)"

// vlRow is one event in the inlined data. Start and end are ISO days (for a
// single day end = start); an open or unknown end is drawn to the timeline's
// last day (an open start from its first) and reported by VegaLiteLosses.
type vlRow struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Start       string `json:"start"`
	End         string `json:"end"`
	Until       string `json:"until"` // the day after end: a bar covers its last day whole
	Form        string `json:"form"`  // day (a point), span (a month, season, year… as a thin bar) or period (a bar)`
	Kind        string `json:"kind"`
	Lane        string `json:"lane"` // the kind's title, or proposedLane
	Era         string `json:"era"`
	Display     string `json:"display"`
	Approximate bool   `json:"approximate"`
	Uncertain   bool   `json:"uncertain"`
	Point       bool   `json:"point"`
	Status      string `json:"status"`
}

type vlEra struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Label string `json:"label"` // the title, cut to the room it has above the plot
	Start string `json:"start"`
	End   string `json:"end"`
	Until string `json:"until"` // the day after end
	Band  int    `json:"band"`  // 0 or 1, alternating, so neighbouring bands differ
	// The label's place above the plot: its row, and whether it ends at
	// the plot's right end (at LabelAt) rather than starting at the era's
	// start, where it would run past the plot.
	Row     int    `json:"row"`
	Right   bool   `json:"right"`
	LabelAt string `json:"label_at"`
}

// vlLegendItem is one symbol of the legend above the plot, in pixels.
type vlLegendItem struct {
	Text  string  `json:"text"`
	Form  string  `json:"form"`
	X     float64 `json:"x"`
	Fuzzy bool    `json:"fuzzy"`
	Dash  bool    `json:"dash"`
}

// vlSpec is the top level of the spec; a struct keeps the keys in reading
// order, and the nested parts are maps, which encoding/json writes with
// sorted keys, so the output stays deterministic.
type vlSpec struct {
	Schema      string `json:"$schema"`
	Description string `json:"description"`
	Title       obj    `json:"title"`
	Width       int    `json:"width"`
	Height      int    `json:"height"`
	Data        obj    `json:"data"`
	Layer       []obj  `json:"layer"`
	Config      obj    `json:"config"`
}

type obj = map[string]any

// vlBounds is the span of the chart: the first and last day any event
// reaches, not counting open or unknown ends, which are drawn to them.
func vlBounds(events []timeline.Event) (first, last edtf.Day) {
	first, last = edtf.MaxDay, edtf.MinDay
	for _, e := range events {
		for _, d := range []edtf.Day{e.Date.Earliest(), e.Date.Latest()} {
			if d == edtf.MinDay || d == edtf.MaxDay {
				continue
			}
			if d.Before(first) {
				first = d
			}
			if last.Before(d) {
				last = d
			}
		}
	}
	return first, last
}

// vlLanes maps each event to its row: the kind's title, in the order of the
// kinds vocabulary, and proposed events last. Only lanes in use are listed,
// so a filtered chart has no empty rows.
func vlLanes(tl *timeline.Timeline, events []timeline.Event) (lane func(timeline.Event) string, order []string) {
	lane = func(e timeline.Event) string {
		if status(e) == timeline.StatusProposed {
			return proposedLane
		}
		if k, ok := tl.KindByID(e.Kind); ok && k.Title != "" {
			return k.Title
		}
		if e.Kind == "" {
			return "(no kind)"
		}
		return e.Kind
	}
	used := map[string]bool{}
	for _, e := range events {
		used[lane(e)] = true
	}
	for _, k := range tl.Kinds {
		if l := lane(timeline.Event{Kind: k.ID}); used[l] && !slices.Contains(order, l) {
			order = append(order, l)
		}
	}
	var rest []string
	for _, e := range events {
		if l := lane(e); l != proposedLane && !slices.Contains(order, l) && !slices.Contains(rest, l) {
			rest = append(rest, l)
		}
	}
	slices.Sort(rest)
	order = append(order, rest...)
	if used[proposedLane] {
		order = append(order, proposedLane)
	}
	return lane, order
}

// Pixel rows above the plot, from the top: the legend, then as many rows
// of era labels as it takes for no two labels to meet.
const (
	vlEraY     = -12.0 // the lowest row
	vlEraRowH  = 13.0
	vlEraLabel = 10.0 // font size
)

// VegaLite writes a Vega-Lite v6 spec that renders as is (vl2svg, the
// online editor, vega-embed): era bands behind the data with horizontal era
// labels above the plot, periods as bars and days as circles on a row per
// kind, coloured by kind, month- to century-precision events as thin bars
// over their span, faded when approximate and outlined dashed when
// uncertain, a legend of those forms, the human date and title as tooltips,
// and zoom and pan on the time axis.
func VegaLite(w io.Writer, tl *timeline.Timeline) error {
	events := allEvents(tl)
	first, last := vlBounds(events)
	lane, lanes := vlLanes(tl, events)
	rows := []vlRow{}
	used := map[string]bool{}
	for _, e := range events {
		start, end := e.Date.Earliest(), e.Date.Latest()
		if e.Date.OpenStart() {
			start = earlierDay(first, end)
		}
		if e.Date.OpenEnd() {
			end = laterDay(last, start)
		}
		form := "span"
		switch {
		case e.Date.IsInterval():
			form = "period"
		case start == end:
			form = "day"
		}
		rows = append(rows, vlRow{
			ID: e.ID, Title: oneLine(e.Title), Start: start.String(), End: end.String(), Until: nextDay(end).String(), Form: form,
			Kind: e.Kind, Lane: lane(e), Era: e.Era, Display: e.Date.Display(), Approximate: e.Date.Approximate(),
			Uncertain: e.Date.Uncertain(), Point: form == "day", Status: status(e),
		})
		used[e.Era] = true
	}
	eras := []vlEra{}
	lastYear := lastEventYear(events)
	for _, era := range tl.Eras {
		// Only eras with events: the bands of others would stretch the axis
		// past the events a filter kept.
		if used[era.ID] {
			end := eraEnd(era, lastYear)
			eras = append(eras, vlEra{ID: era.ID, Title: oneLine(era.Title), Start: era.Date.Earliest().String(),
				End: end.String(), Until: nextDay(end).String(), Band: len(eras) % 2})
		}
	}
	// The time domain is fixed, so the era labels can be fitted to it: the
	// events' days and the bands'.
	lo, hi := first, last
	for _, e := range eras {
		lo = earlierDay(lo, edtf.MustParse(e.Start).Earliest())
		hi = laterDay(hi, edtf.MustParse(e.End).Earliest())
	}
	if len(rows) == 0 {
		lo, hi = edtf.Day{Year: 2000, Month: 1, Day: 1}, edtf.Day{Year: 2000, Month: 12, Day: 31}
	}
	hi = nextDay(hi)
	px := func(d edtf.Day) float64 {
		return (yearOf(d) - yearOf(lo)) / (yearOf(hi) - yearOf(lo)) * vlWidth
	}
	eraRows := placeEraLabels(eras, px, hi)
	legendY := vlEraY - float64(eraRows)*vlEraRowH - 8

	x := obj{"field": "start", "type": "temporal", "title": nil,
		// UTC, so the axis and bars do not shift with the viewer's time zone.
		"scale": obj{"type": "utc"}, "axis": obj{"format": "%Y", "grid": false}}
	// The layers share the x scale; its domain is given once (given in
	// each layer, Vega-Lite parses the copies differently and warns).
	xDomain := obj{}
	for k, v := range x {
		xDomain[k] = v
	}
	xDomain["scale"] = obj{"type": "utc", "domain": []obj{vlDateTime(lo), vlDateTime(hi)}}
	y := obj{"field": "lane", "type": "nominal", "title": nil, "sort": lanes, "scale": obj{"domain": lanes},
		"axis": obj{"labelLimit": 260}}
	// One colour domain shared by fill and stroke, so the stroke that keeps a
	// days-long bar visible has the bar's colour.
	colorScale := obj{"domain": lanes, "scheme": "tableau20"}
	tooltip := []obj{
		{"field": "display", "type": "nominal", "title": "Date"},
		{"field": "title", "type": "nominal", "title": "Event"},
		{"field": "lane", "type": "nominal", "title": "Kind"},
		{"field": "status", "type": "nominal", "title": "Status"},
	}
	fuzzy := "datum.approximate || datum.uncertain"
	opacity := obj{"condition": obj{"test": fuzzy, "value": 0.4}, "value": 0.9}
	dashes := obj{"condition": obj{"test": "datum.uncertain", "value": []int{3, 2}}, "value": []int{1, 0}}
	eventMarks := func(filter string, mark obj, extra obj) obj {
		enc := obj{
			"x": x, "y": y,
			// No colour legend: the y axis already names each kind's row.
			"color":       obj{"field": "lane", "type": "nominal", "scale": colorScale, "legend": nil},
			"opacity":     opacity,
			"tooltip":     tooltip,
			"description": obj{"field": "aria", "type": "nominal"},
		}
		for k, v := range extra {
			enc[k] = v
		}
		return obj{
			"transform": []obj{{"filter": filter}, {"calculate": fmt.Sprintf("%q + datum.id", VegaLiteMarkPrefix), "as": "aria"}},
			"mark":      mark,
			"encoding":  enc,
		}
	}
	bar := obj{
		"x2":          obj{"field": "until"},
		"stroke":      obj{"field": "lane", "type": "nominal", "scale": colorScale, "legend": nil},
		"strokeDash":  dashes,
		"strokeWidth": obj{"condition": obj{"test": "datum.uncertain", "value": 1.5}, "value": 1},
	}
	days := eventMarks("datum.form == 'day'", obj{"type": "circle", "size": 60, "strokeWidth": 1.5},
		obj{"stroke": obj{"field": "lane", "type": "nominal", "scale": colorScale, "legend": nil}, "strokeDash": dashes})
	days["encoding"].(obj)["x"] = xDomain
	// Zoom and pan: drag or scroll on the plot changes the time axis.
	days["params"] = []obj{{"name": "zoom", "select": obj{"type": "interval", "encodings": []string{"x"}}, "bind": "scales"}}
	eraLayers := []obj{{
		"mark": obj{"type": "rect", "aria": false, "opacity": 0.35},
		"encoding": obj{
			"x": x, "x2": obj{"field": "until"},
			"fill":    obj{"condition": obj{"test": "datum.band == 0", "value": "#d9d9d9"}, "value": "#f0f0f0"},
			"tooltip": obj{"field": "title", "type": "nominal", "title": "Era"},
		},
	}}
	// Horizontal labels above the plot, never over the data: a layer per
	// row and alignment in use.
	for row := range eraRows {
		for _, right := range []bool{false, true} {
			if !slices.ContainsFunc(eras, func(e vlEra) bool { return e.Row == row && e.Right == right }) {
				continue
			}
			align, dx := "left", 2
			if right {
				align, dx = "right", -2
			}
			lx := obj{}
			for k, v := range x {
				lx[k] = v
			}
			lx["field"] = "label_at"
			eraLayers = append(eraLayers, obj{
				"transform": []obj{{"filter": fmt.Sprintf("datum.row == %d && %sdatum.right", row, map[bool]string{true: "", false: "!"}[right])}},
				// clip false: zooming clips the plot's marks, not these.
				"mark": obj{"type": "text", "aria": false, "clip": false, "align": align, "baseline": "middle", "dx": dx,
					"y": vlEraY - float64(row)*vlEraRowH, "fontSize": vlEraLabel, "fontWeight": "bold", "color": "#555"},
				"encoding": obj{"x": lx, "text": obj{"field": "label", "type": "nominal"},
					"tooltip": obj{"field": "title", "type": "nominal", "title": "Era"}},
			})
		}
	}
	height := max(120, 28*len(lanes))
	spec := vlSpec{
		Schema:      vegaLiteSchema,
		Description: plural(len(rows), "event") + " on a time axis, one row per kind, over bands of the eras.",
		Title:       obj{"text": tl.Title, "offset": 8, "anchor": "start"},
		Width:       vlWidth,
		Height:      height,
		Data:        obj{"name": "events", "values": rows},
		Layer: []obj{
			{
				// The era bands and their labels share one data set.
				"data":  obj{"name": "eras", "values": eras},
				"layer": eraLayers,
			},
			eventMarks("datum.form == 'period'", obj{"type": "bar", "height": 10, "cornerRadius": 1}, bar),
			eventMarks("datum.form == 'span'", obj{"type": "bar", "height": 4}, bar),
			days,
			vlLegend(legendY),
		},
		Config: obj{"view": obj{"stroke": nil}},
	}
	return writeJSON(w, spec)
}

// vlLegend draws the legend of the marks above the plot: a layer of its own
// with pixel positions (scale null), since the forms are told apart by mark
// type and size, which Vega-Lite's legends do not list.
func vlLegend(y float64) obj {
	items := []vlLegendItem{
		{Text: "day", Form: "day"},
		{Text: "month, season or year (its span)", Form: "span"},
		{Text: "period", Form: "period"},
		{Text: "approximate (faded)", Form: "day", Fuzzy: true},
		{Text: "uncertain (dashed)", Form: "period", Fuzzy: true, Dash: true},
	}
	x := 0.0
	for i := range items {
		items[i].X = x
		x += 22 + svgTextWidth(items[i].Text)*10/11 + 18
	}
	px := func(field string, offset float64) obj {
		o := obj{"field": field, "type": "quantitative", "scale": nil}
		if offset != 0 {
			o = obj{"value": offset}
		}
		return o
	}
	symbol := func(filter string, mark obj) obj {
		return obj{"transform": []obj{{"filter": filter}}, "mark": mark}
	}
	common := obj{"aria": false, "clip": false, "color": "#4c78a8", "stroke": "#4c78a8"}
	with := func(m obj) obj {
		for k, v := range common {
			if _, ok := m[k]; !ok {
				m[k] = v
			}
		}
		return m
	}
	return obj{
		"data": obj{"name": "legend", "values": items},
		"encoding": obj{
			"x": px("x", 0), "y": obj{"value": y},
			"opacity": obj{"condition": obj{"test": "datum.fuzzy", "value": 0.4}, "value": 0.9},
		},
		"layer": []obj{
			symbol("datum.form == 'day'", with(obj{"type": "circle", "size": 60, "xOffset": 6})),
			symbol("datum.form == 'span'", with(obj{"type": "rect", "width": 14, "height": 4, "xOffset": 7})),
			symbol("datum.form == 'period' && !datum.dash", with(obj{"type": "rect", "width": 14, "height": 10, "xOffset": 7})),
			symbol("datum.dash", with(obj{"type": "rect", "width": 14, "height": 10, "xOffset": 7, "strokeDash": []int{3, 2}, "strokeWidth": 1.5})),
			{"mark": obj{"type": "text", "aria": false, "clip": false, "align": "left", "baseline": "middle", "dx": 18, "fontSize": 11, "color": "#333"},
				"encoding": obj{"text": obj{"field": "text", "type": "nominal"}, "opacity": obj{"value": 1}}},
		},
	}
}

// placeEraLabels gives each era label a row above the plot, the lowest
// where it meets no other label, starting at the era's start, or ending at
// the plot's end where it would run past it; it returns the number of rows.
func placeEraLabels(eras []vlEra, px func(edtf.Day) float64, end edtf.Day) int {
	var rowEnd []float64
	for i := range eras {
		e := &eras[i]
		e.Label = fitLabel(e.Title, (vlWidth-6)*11/vlEraLabel)
		w := svgTextWidth(e.Label)*vlEraLabel/11 + 6
		from := px(edtf.MustParse(e.Start).Earliest())
		e.LabelAt = e.Start
		if from+w > vlWidth {
			from, e.Right, e.LabelAt = vlWidth-w, true, end.String()
		}
		e.Row = len(rowEnd)
		for r, re := range rowEnd {
			if re+6 <= from {
				e.Row = r
				break
			}
		}
		if e.Row == len(rowEnd) {
			rowEnd = append(rowEnd, 0)
		}
		rowEnd[e.Row] = from + w
	}
	return len(rowEnd)
}

// fitLabel cuts a label to width pixels at 11px sans-serif, with "…".
func fitLabel(s string, width float64) string {
	if svgTextWidth(s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && svgTextWidth(string(r)+"…") > width {
		r = r[:len(r)-1]
	}
	if len(r) <= 1 {
		return ""
	}
	return strings.TrimRight(string(r), " ,;:–-(") + "…"
}

// vlDateTime is a day as a Vega-Lite DateTime object, in UTC.
func vlDateTime(d edtf.Day) obj {
	return obj{"year": d.Year, "month": d.Month, "date": d.Day, "utc": true}
}

// nextDay is the day after d.
func nextDay(d edtf.Day) edtf.Day {
	t := time.Date(d.Year, time.Month(d.Month), d.Day+1, 0, 0, 0, 0, time.UTC)
	return edtf.Day{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// VegaLiteLosses names the events whose open or unknown ends the chart has
// to draw as if known: a bar needs two ends, so it runs to the timeline's
// last day (or from its first). Qualifiers are not lost: they show as fading
// and dashes, with the exact date in the tooltip.
func VegaLiteLosses(tl *timeline.Timeline) []string {
	events := allEvents(tl)
	first, last := vlBounds(events)
	var out []string
	for _, e := range events {
		switch v := e.Date; {
		case v.OpenStart():
			out = append(out, fmt.Sprintf("%s: start of %s is open or unknown; drawn from %s, the first day of the chart", e.ID, v, earlierDay(first, v.Latest())))
		case v.OpenEnd():
			out = append(out, fmt.Sprintf("%s: end of %s is open or unknown; drawn to %s, the last day of the chart", e.ID, v, laterDay(last, v.Earliest())))
		}
	}
	return out
}

func earlierDay(a, b edtf.Day) edtf.Day {
	if b.Before(a) {
		return b
	}
	return a
}

func laterDay(a, b edtf.Day) edtf.Day {
	if a.Before(b) {
		return b
	}
	return a
}
