package render

import (
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"strings"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// The JSON export, described by timeline.schema.json in this folder. Dates
// carry ISO start and end days so chart code needs no EDTF parser.
type jsonTimeline struct {
	Title     string         `json:"title"`
	Count     int            `json:"count"`
	Eras      []jsonEra      `json:"eras"`
	Events    []jsonEvent    `json:"events"`
	Conflicts []jsonConflict `json:"conflicts"`
	// Unattached are the articles' dated sentences that became neither
	// evidence, nor a proposal, nor a conflict, each with its reason.
	Unattached []jsonUnattached `json:"unattached"`
}

type jsonUnattached struct {
	Article  jsonArticle `json:"article"`
	Sentence string      `json:"sentence"`
	Mention  string      `json:"mention"`
	Start    int         `json:"start"`
	End      int         `json:"end"`
	Date     *jsonDate   `json:"date"`
	Reason   string      `json:"reason"`
}

type jsonArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Published string `json:"published,omitempty"`
	Language  string `json:"language,omitempty"`
}

type jsonEvidence struct {
	Article  jsonArticle `json:"article"`
	Sentence string      `json:"sentence"`
	Mention  string      `json:"mention,omitempty"`
	Start    int         `json:"start"`
	End      int         `json:"end"`
	Date     *jsonDate   `json:"date"`
	Score    float64     `json:"score"`
	Matched  []string    `json:"matched"`
	Alias    string      `json:"alias,omitempty"`
}

type jsonConflict struct {
	Event     string       `json:"event"`
	EventDate jsonDate     `json:"event_date"`
	Evidence  jsonEvidence `json:"evidence"`
}

type jsonEra struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Summary string   `json:"summary,omitempty"`
	Date    jsonDate `json:"date"`
}

type jsonDate struct {
	EDTF        string  `json:"edtf"`
	Start       *string `json:"start"` // null when the start is open or unknown
	End         *string `json:"end"`   // null when the end is open or unknown
	Precision   string  `json:"precision"`
	Approximate bool    `json:"approximate"`
	Uncertain   bool    `json:"uncertain"`
	Display     string  `json:"display"`
}

type jsonEvent struct {
	ID           string            `json:"id"`
	Status       string            `json:"status"`
	Title        string            `json:"title"`
	Summary      string            `json:"summary"`
	Date         jsonDate          `json:"date"`
	Kind         string            `json:"kind"`
	Actors       []string          `json:"actors"`
	Places       []string          `json:"places"`
	Tags         []string          `json:"tags"`
	Era          string            `json:"era"`
	Perspectives map[string]string `json:"perspectives"`
	Aliases      []string          `json:"aliases"`
	Related      []string          `json:"related"`
	Sources      []jsonSource      `json:"sources"`
	Notes        string            `json:"notes,omitempty"`
	Evidence     []jsonEvidence    `json:"evidence"`
}

type jsonSource struct {
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Quote     string `json:"quote,omitempty"`
	Language  string `json:"language,omitempty"`
}

func newJSONDate(v edtf.Value) jsonDate {
	d := jsonDate{
		EDTF:        v.String(),
		Precision:   v.Precision().String(),
		Approximate: v.Approximate(),
		Uncertain:   v.Uncertain(),
		Display:     v.Display(),
	}
	if !v.OpenStart() {
		s := v.Earliest().String()
		d.Start = &s
	}
	if !v.OpenEnd() {
		e := v.Latest().String()
		d.End = &e
	}
	return d
}

// orEmpty keeps JSON arrays as [] rather than null, so consumers need no
// null checks.
func orEmpty(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// JSON writes the timeline as indented JSON. Map keys are sorted by
// encoding/json, so the output is byte-identical for the same input.
func JSON(w io.Writer, tl *timeline.Timeline) error {
	out := jsonTimeline{Title: tl.Title, Eras: []jsonEra{}, Events: []jsonEvent{}, Conflicts: []jsonConflict{}, Unattached: []jsonUnattached{}}
	for _, e := range tl.Eras {
		out.Eras = append(out.Eras, jsonEra{ID: e.ID, Title: e.Title, Summary: e.Summary, Date: newJSONDate(e.Date)})
	}
	for _, e := range allEvents(tl) {
		je := jsonEvent{
			ID: e.ID, Status: status(e), Title: e.Title, Summary: e.Summary, Date: newJSONDate(e.Date), Kind: e.Kind,
			Actors: orEmpty(e.Actors), Places: orEmpty(e.Places), Tags: orEmpty(e.Tags), Era: e.Era,
			Perspectives: map[string]string{}, Aliases: orEmpty(e.Aliases), Related: orEmpty(e.Related),
			Sources: []jsonSource{}, Notes: e.Notes, Evidence: []jsonEvidence{},
		}
		for _, p := range e.Perspectives {
			je.Perspectives[p.Actor] = p.Text
		}
		for _, s := range e.Sources {
			js := jsonSource{Title: s.Title, Publisher: s.Publisher, URL: s.URL, Quote: s.Quote, Language: s.Language}
			if !s.Published.IsZero() {
				js.Published = s.Published.String()
			}
			je.Sources = append(je.Sources, js)
		}
		for _, ev := range e.Evidence {
			je.Evidence = append(je.Evidence, newJSONEvidence(ev))
		}
		out.Events = append(out.Events, je)
	}
	out.Count = len(out.Events)
	for _, c := range tl.Conflicts {
		out.Conflicts = append(out.Conflicts, jsonConflict{Event: c.Event, EventDate: newJSONDate(c.EventDate), Evidence: newJSONEvidence(c.Evidence)})
	}
	for _, u := range tl.Unattached {
		ju := jsonUnattached{Article: newJSONArticle(u.Article), Sentence: strings.Join(strings.Fields(u.Sentence), " "),
			Mention: u.Mention, Start: u.Start, End: u.End, Reason: u.Reason}
		if !u.Date.IsZero() {
			d := newJSONDate(u.Date)
			ju.Date = &d
		}
		out.Unattached = append(out.Unattached, ju)
	}
	return writeJSON(w, out)
}

func newJSONArticle(a timeline.ArticleRef) jsonArticle {
	return jsonArticle{ID: a.ID, URL: a.URL, Title: a.Title, Publisher: a.Publisher, Published: a.Published, Language: a.Language}
}

func newJSONEvidence(ev timeline.Evidence) jsonEvidence {
	a := ev.Article
	je := jsonEvidence{
		Article:  newJSONArticle(a),
		Sentence: strings.Join(strings.Fields(ev.Sentence), " "), Mention: ev.Mention, Start: ev.Start, End: ev.End,
		Score: ev.Score, Matched: orEmpty(ev.Matched), Alias: ev.ByAlias,
	}
	if !ev.Date.IsZero() {
		d := newJSONDate(ev.Date)
		je.Date = &d
	}
	return je
}

// allEvents is the curated events and the proposed ones, in one order.
func allEvents(tl *timeline.Timeline) []timeline.Event {
	if len(tl.Proposed) == 0 {
		return tl.Events
	}
	all := append(slices.Clone(tl.Events), tl.Proposed...)
	slices.SortStableFunc(all, func(a, b timeline.Event) int { return timeline.Compare(&a, &b) })
	return all
}

// status is "curated" for the events of the data folder, "proposed" for
// those derived from articles, and "draft" for unfinished stubs.
func status(e timeline.Event) string {
	if e.Status == "" {
		return "curated"
	}
	return e.Status
}

// writeJSON writes v as indented JSON, without HTML escaping (the exports
// are data, and "<" in a title should stay "<"), in one write so that a
// failed encoding writes nothing.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
