package render

import (
	"fmt"
	"io"
	"slices"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

func init() {
	register(Format{"vega-lite", "vl.json", "Vega-Lite v5 chart spec with the data inlined: era bands, intervals as bars, days as points", VegaLite, VegaLiteLosses})
}

// vegaLiteSchema is the schema URL Vega-Lite tools check the spec against.
const vegaLiteSchema = "https://vega.github.io/schema/vega-lite/v5.json"

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
	Start string `json:"start"`
	End   string `json:"end"`
	Band  int    `json:"band"` // 0 or 1, alternating, so neighbouring bands differ
}

// vlSpec is the top level of the spec; a struct keeps the keys in reading
// order, and the nested parts are maps, which encoding/json writes with
// sorted keys, so the output stays deterministic.
type vlSpec struct {
	Schema      string `json:"$schema"`
	Description string `json:"description"`
	Title       string `json:"title"`
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

// VegaLite writes a Vega-Lite v5 spec that renders as is (vl2svg, the
// online editor, vega-embed): era bands with their titles behind, intervals
// as bars and single days as circles on a row per kind, coloured by kind,
// faded when approximate or uncertain and outlined dashed when uncertain,
// with the human date and title as tooltips.
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
		rows = append(rows, vlRow{
			ID: e.ID, Title: oneLine(e.Title), Start: start.String(), End: end.String(), Kind: e.Kind, Lane: lane(e),
			Era: e.Era, Display: e.Date.Display(), Approximate: e.Date.Approximate(), Uncertain: e.Date.Uncertain(),
			Point: start == end, Status: status(e),
		})
		used[e.Era] = true
	}
	eras := []vlEra{}
	lastYear := lastEventYear(events)
	for _, era := range tl.Eras {
		// Only eras with events: the bands of others would stretch the axis
		// past the events a filter kept.
		if used[era.ID] {
			eras = append(eras, vlEra{ID: era.ID, Title: era.Title, Start: era.Date.Earliest().String(),
				End: eraEnd(era, lastYear).String(), Band: len(eras) % 2})
		}
	}

	x := obj{"field": "start", "type": "temporal", "title": nil,
		// UTC, so the axis and bars do not shift with the viewer's time zone.
		"scale": obj{"type": "utc"}, "axis": obj{"format": "%Y", "grid": false}}
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
	eventMarks := func(filter string, mark obj, extra obj) obj {
		enc := obj{
			"x": x, "y": y,
			// No legend: the y axis already names each kind's row.
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
	height := max(120, 28*len(lanes))
	spec := vlSpec{
		Schema:      vegaLiteSchema,
		Description: plural(len(rows), "event") + " on a time axis, one row per kind, over bands of the eras.",
		Title:       tl.Title,
		Width:       1100,
		Height:      height,
		Data:        obj{"name": "events", "values": rows},
		Layer: []obj{
			{
				// The era bands and their titles share one data set.
				"data": obj{"name": "eras", "values": eras},
				"layer": []obj{
					{
						"mark": obj{"type": "rect", "aria": false, "opacity": 0.35},
						"encoding": obj{
							"x": x, "x2": obj{"field": "end"},
							"fill":    obj{"condition": obj{"test": "datum.band == 0", "value": "#d9d9d9"}, "value": "#f0f0f0"},
							"tooltip": obj{"field": "title", "type": "nominal", "title": "Era"},
						},
					},
					{
						// Vertical titles: most eras are too short on the
						// axis to hold their title across; limit cuts a
						// title with an ellipsis where the plot ends.
						"mark": obj{"type": "text", "aria": false, "angle": 90, "align": "left", "baseline": "bottom",
							"dx": 3, "dy": -2, "y": 0, "limit": height - 4, "fontSize": 9, "color": "#777"},
						"encoding": obj{"x": x, "text": obj{"field": "title", "type": "nominal"}},
					},
				},
			},
			eventMarks("!datum.point", obj{"type": "bar", "height": 10, "strokeWidth": 2, "cornerRadius": 1},
				obj{
					"x2":          obj{"field": "end"},
					"stroke":      obj{"field": "lane", "type": "nominal", "scale": colorScale, "legend": nil},
					"strokeDash":  obj{"condition": obj{"test": "datum.uncertain", "value": []int{3, 2}}, "value": []int{1, 0}},
					"strokeWidth": obj{"condition": obj{"test": "datum.uncertain", "value": 1.5}, "value": 2},
				}),
			eventMarks("datum.point", obj{"type": "circle", "size": 60}, nil),
		},
		Config: obj{"view": obj{"stroke": nil}},
	}
	return writeJSON(w, spec)
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
