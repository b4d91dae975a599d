package render

import (
	"fmt"
	"html"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

func init() {
	register(Format{"timelinejs", "timelinejs.json", "Knight Lab TimelineJS3 JSON: one slide per event with both sides' views, grouped by who acted, eras as bands; proposed events marked [proposed]", TimelineJS, withURLLosses(TimelineJSLosses)})
}

// The TimelineJS3 JSON format, as documented at
// https://timeline.knightlab.com/docs/json-format.html. Only the fields this
// export fills are declared.
type tjsTimeline struct {
	Title  *tjsSlide  `json:"title,omitempty"`
	Events []tjsSlide `json:"events"`
	Eras   []tjsEra   `json:"eras"`
}

type tjsSlide struct {
	StartDate   *tjsDate `json:"start_date,omitempty"` // required on events, absent on the title slide
	EndDate     *tjsDate `json:"end_date,omitempty"`
	DisplayDate string   `json:"display_date,omitempty"`
	Text        tjsText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	UniqueID    string   `json:"unique_id,omitempty"`
}

type tjsEra struct {
	StartDate tjsDate `json:"start_date"`
	EndDate   tjsDate `json:"end_date"`
	Text      tjsText `json:"text"`
}

// tjsText holds HTML: TimelineJS inserts both fields as markup, so every
// piece of data in them is escaped.
type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// tjsDate carries numbers as strings without leading zeros, which
// TimelineJS accepts as readily as numbers; fields finer than the precision
// of the date are left out so TimelineJS does not show a false day or month.
type tjsDate struct {
	Year        string `json:"year"`
	Month       string `json:"month,omitempty"`
	Day         string `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// proposedPrefix marks the headlines of events derived from articles. They
// are kept rather than left out, because a reviewer wants to see them in
// place among the curated events, and the mark keeps them from passing for
// reviewed ones.
const proposedPrefix = "[proposed] "

// newTJSDate places a single EDTF value: a day gives year, month and day; a
// month gives year and month; a season gives the year and the first month of
// the season (TimelineJS has no seasons, and the month keeps it in the right
// place); a year, decade or century gives the year of its first day. Whenever
// those fields alone would misstate the value, display_date carries it.
func newTJSDate(v edtf.Value) *tjsDate {
	first := v.Earliest()
	d := &tjsDate{Year: strconv.Itoa(first.Year)}
	switch v.Precision() {
	case edtf.PrecisionDay:
		d.Month, d.Day = strconv.Itoa(first.Month), strconv.Itoa(first.Day)
	case edtf.PrecisionMonth, edtf.PrecisionSeason:
		d.Month = strconv.Itoa(first.Month)
	}
	if len(tjsLimits(v)) > 0 {
		d.DisplayDate = v.Display()
	}
	return d
}

// tjsLimits lists what TimelineJS's date fields cannot say about a single
// value, as phrases for Losses ("is approximate"); empty when year, month and
// day say it all. Unspecified month or day digits ("1985-XX") are not a
// loss: they leave exactly the fields TimelineJS shows.
func tjsLimits(v edtf.Value) []string {
	var out []string
	switch {
	case v.Approximate() && v.Uncertain():
		out = append(out, "is approximate and uncertain")
	case v.Approximate():
		out = append(out, "is approximate")
	case v.Uncertain():
		out = append(out, "is uncertain")
	}
	switch p := v.Precision(); p {
	case edtf.PrecisionDecade, edtf.PrecisionCentury:
		out = append(out, "has unspecified year digits (a "+p.String()+")")
	case edtf.PrecisionSeason:
		out = append(out, "is a season")
	}
	return out
}

// tjsEventLimits describes, for Losses, each part of an event date that
// TimelineJS shows only through display_date; empty when nothing is lost.
func tjsEventLimits(v edtf.Value) []string {
	var parts []string
	describe := func(part string, p edtf.Value) {
		if l := tjsLimits(p); len(l) > 0 {
			parts = append(parts, strings.TrimSpace(part+" "+p.String())+" "+strings.Join(l, " and "))
		}
	}
	if !v.IsInterval() {
		describe("", v)
		return parts
	}
	if v.OpenStart() {
		parts = append(parts, "start is "+openWord(strings.HasPrefix(v.String(), ".."))+" (slide placed at its end)")
	} else {
		describe("start", v.Start())
	}
	if v.OpenEnd() {
		parts = append(parts, "end is "+openWord(strings.HasSuffix(v.String(), ".."))+" (slide shown as a point)")
	} else {
		describe("end", v.End())
	}
	return parts
}

func openWord(open bool) string {
	if open {
		return "open"
	}
	return "unknown"
}

// hesc escapes text for the HTML of a slide, control characters replaced.
func hesc(s string) string { return html.EscapeString(cleanControls(s)) }

// tjsSlideDates gives the start and end of a slide: the end only for an
// interval with a known end. An interval with an open or unknown start is
// placed at its end, since TimelineJS requires a start date.
func tjsSlideDates(v edtf.Value) (start, end *tjsDate) {
	if !v.IsInterval() {
		return newTJSDate(v), nil
	}
	if v.OpenStart() {
		return newTJSDate(v.End()), nil
	}
	start = newTJSDate(v.Start())
	if !v.OpenEnd() {
		end = newTJSDate(v.End())
	}
	return start, end
}

// tjsHTML is the slide text: the summary, each side's view of the event,
// the notes (on the date, among others), then the sources as links.
func tjsHTML(tl *timeline.Timeline, e timeline.Event) string {
	var b strings.Builder
	if s := oneLine(e.Summary); s != "" {
		fmt.Fprintf(&b, "<p>%s</p>", hesc(s))
	}
	if len(e.Perspectives) > 0 {
		b.WriteString("<ul>")
		for _, p := range e.Perspectives {
			fmt.Fprintf(&b, "<li><strong>%s:</strong> %s</li>", hesc(actorName(tl, p.Actor)), hesc(oneLine(p.Text)))
		}
		b.WriteString("</ul>")
	}
	if n := oneLine(e.Notes); n != "" {
		fmt.Fprintf(&b, "<p><em>Note:</em> %s</p>", hesc(n))
	}
	if len(e.Sources) > 0 {
		b.WriteString("<p>Sources: ")
		for i, s := range e.Sources {
			if i > 0 {
				b.WriteString("; ")
			}
			title := hesc(oneLine(s.Title))
			if u := safeURL(s.URL); u != "" {
				fmt.Fprintf(&b, `<a href="%s">%s</a>`, hesc(u), title)
			} else {
				b.WriteString(title)
			}
			if s.Publisher != "" {
				b.WriteString(", " + hesc(oneLine(s.Publisher)))
			}
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// TimelineJS writes the timeline as a TimelineJS3 JSON file: a title slide
// introducing it, one slide per event (proposed ones marked) dated in the
// project's own style (display_date on every slide, never TimelineJS's US
// format), grouped by who acted (the rows of the SVG picture), and an era
// band for each era that has events, since a band of an era the filters left
// empty would only stretch the time axis.
func TimelineJS(w io.Writer, tl *timeline.Timeline) error {
	events := allEvents(tl)
	out := tjsTimeline{Events: []tjsSlide{}, Eras: []tjsEra{}}
	out.Title = &tjsSlide{Text: tjsText{Headline: hesc(tl.Title), Text: tjsIntro(tl, events)}}
	used := map[string]bool{}
	for _, e := range events {
		headline := hesc(oneLine(e.Title))
		if status(e) == timeline.StatusProposed {
			headline = proposedPrefix + headline
		}
		s := tjsSlide{Text: tjsText{Headline: headline, Text: tjsHTML(tl, e)}, UniqueID: e.ID}
		s.StartDate, s.EndDate = tjsSlideDates(e.Date)
		s.DisplayDate = e.Date.Display()
		s.Group = svgSideTitles[sideOf(tl, e)]
		if _, ok := tl.EraByID(e.Era); ok {
			used[e.Era] = true
		}
		out.Events = append(out.Events, s)
	}
	lastYear := lastEventYear(events)
	for _, era := range tl.Eras {
		if !used[era.ID] {
			continue
		}
		out.Eras = append(out.Eras, tjsEra{
			StartDate: tjsEraDay(era.Date.Earliest()),
			EndDate:   tjsEraDay(eraEnd(era, lastYear)),
			Text:      tjsText{Headline: hesc(era.Title)},
		})
	}
	return writeJSON(w, out)
}

// tjsIntro is the title slide's text: what the timeline holds, its eras,
// how the slides are grouped and what each says.
func tjsIntro(tl *timeline.Timeline, events []timeline.Event) string {
	var b strings.Builder
	if len(events) == 0 {
		return "<p>No events match.</p>"
	}
	from, to := math.MaxInt, math.MinInt
	for _, e := range events {
		y := e.Date.Earliest().Year
		if e.Date.OpenStart() {
			y = e.Date.Latest().Year // its slide is placed at its end
		}
		from = min(from, y)
		to = max(to, lastEventYear([]timeline.Event{e}))
	}
	if from > to {
		from = to
	}
	span := fmt.Sprintf("from %d to %d", from, to)
	if from == to {
		span = fmt.Sprintf("in %d", from)
	}
	fmt.Fprintf(&b, "<p>%s %s", hesc(plural(len(events), "event")), span)
	var eras []string
	seen := map[string]bool{}
	for _, e := range events {
		seen[e.Era] = true
	}
	for _, era := range tl.Eras {
		if seen[era.ID] {
			eras = append(eras, hesc(oneLine(era.Title)))
		}
	}
	if len(eras) > 0 {
		fmt.Fprintf(&b, ", in %s: %s", plural(len(eras), "era"), strings.Join(eras, "; "))
	}
	b.WriteString(".</p>")
	if len(tl.Proposed) > 0 {
		fmt.Fprintf(&b, "<p>%s proposed from news articles and not yet reviewed are marked [proposed].</p>", hesc(plural(len(tl.Proposed), "event")))
	}
	b.WriteString("<p>Each slide gives the date as the sources support it, what happened, how each side sees it, and the sources. " +
		"The rows below group the events by who acted: Moscow, both sides, Tokyo, or others.</p>")
	return b.String()
}

// tjsEraDay gives an era bound as a full day: the band of an era written
// "1945/1951" must reach the end of 1951, where year-only fields would stop
// it on 1 January and leave a gap before the next era.
func tjsEraDay(d edtf.Day) tjsDate {
	return tjsDate{Year: strconv.Itoa(d.Year), Month: strconv.Itoa(d.Month), Day: strconv.Itoa(d.Day)}
}

// lastEventYear is the year of the latest day any event reaches, counting
// an open end as its start; 0 without events.
func lastEventYear(events []timeline.Event) int {
	y := 0
	for _, e := range events {
		d := e.Date.Latest()
		if e.Date.OpenEnd() {
			d = e.Date.Earliest()
		}
		y = max(y, d.Year)
	}
	return y
}

// eraEnd is the last day of an era; for an open era ("2022/..") it is the
// end of the latest event's year, so the band covers the events and no more.
func eraEnd(era timeline.Era, lastYear int) edtf.Day {
	if !era.Date.OpenEnd() {
		return era.Date.Latest()
	}
	return edtf.Day{Year: max(lastYear, era.Date.Earliest().Year), Month: 12, Day: 31}
}

// TimelineJSLosses names, per event, the qualifiers, unspecified digits,
// seasons and open ends that TimelineJS's year/month/day fields cannot hold
// and that it shows only as display_date text.
func TimelineJSLosses(tl *timeline.Timeline) []string {
	var out []string
	for _, e := range allEvents(tl) {
		if l := tjsEventLimits(e.Date); len(l) > 0 {
			out = append(out, fmt.Sprintf("%s: %s; TimelineJS shows only display_date %q", e.ID, strings.Join(l, "; "), e.Date.Display()))
		}
	}
	return out
}
