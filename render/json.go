package render

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// The JSON export, described by timeline.schema.json in this folder. Dates
// carry ISO start and end days so chart code needs no EDTF parser.
type jsonTimeline struct {
	Title  string      `json:"title"`
	Count  int         `json:"count"`
	Eras   []jsonEra   `json:"eras"`
	Events []jsonEvent `json:"events"`
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
	out := jsonTimeline{Title: tl.Title, Count: len(tl.Events), Eras: []jsonEra{}, Events: []jsonEvent{}}
	for _, e := range tl.Eras {
		out.Eras = append(out.Eras, jsonEra{ID: e.ID, Title: e.Title, Summary: e.Summary, Date: newJSONDate(e.Date)})
	}
	for _, e := range tl.Events {
		je := jsonEvent{
			ID: e.ID, Title: e.Title, Summary: e.Summary, Date: newJSONDate(e.Date), Kind: e.Kind,
			Actors: orEmpty(e.Actors), Places: orEmpty(e.Places), Tags: orEmpty(e.Tags), Era: e.Era,
			Perspectives: map[string]string{}, Aliases: orEmpty(e.Aliases), Related: orEmpty(e.Related),
			Sources: []jsonSource{}, Notes: e.Notes,
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
		out.Events = append(out.Events, je)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
