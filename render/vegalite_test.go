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

type vlTestSpec struct {
	Schema string `json:"$schema"`
	Width  int
	Data   struct {
		Values []vlRow
	}
	Layer []struct {
		Data  *struct{ Values []vlEra }
		Mark  struct{ Type string }
		Layer []struct {
			Mark struct {
				Type  string
				Angle float64
				Y     float64
				Clip  *bool
			}
		}
		Params []struct {
			Bind   string
			Select struct{ Encodings []string }
		}
		Transform []map[string]string
		Encoding  map[string]json.RawMessage
	}
}

func renderVL(t *testing.T, tl *timeline.Timeline) ([]byte, vlTestSpec) {
	t.Helper()
	var buf bytes.Buffer
	if err := VegaLite(&buf, tl); err != nil {
		t.Fatal(err)
	}
	var spec vlTestSpec
	if err := json.Unmarshal(buf.Bytes(), &spec); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), spec
}

func TestVegaLite(t *testing.T) {
	tl := fixture(t)
	out, spec := renderVL(t, tl)
	if spec.Schema != "https://vega.github.io/schema/vega-lite/v6.json" || spec.Width != 1100 {
		t.Errorf("$schema %q, width %d", spec.Schema, spec.Width)
	}
	if len(spec.Data.Values) != len(tl.Events) {
		t.Fatalf("%d data rows, want one per event (%d)", len(spec.Data.Values), len(tl.Events))
	}
	want := vlRow{ID: "1945-09-02-surrender", Title: "Japan signs the instrument of surrender", Start: "1945-09-02", End: "1945-09-02",
		Until: "1945-09-03", Form: "day", Kind: "treaty", Lane: "Treaty or agreement", Era: "war", Display: "2 September 1945", Point: true, Status: "curated"}
	if got := spec.Data.Values[1]; got != want {
		t.Errorf("day row %+v, want %+v", got, want)
	}
	// A decade is drawn over its span, to the end of its last day.
	if got := spec.Data.Values[2]; got.Start != "1950-01-01" || got.End != "1959-12-31" || got.Until != "1960-01-01" || got.Form != "span" ||
		got.Point || !got.Approximate || got.Display != "c. 1950s" {
		t.Errorf("decade row %+v", got)
	}
	if got := spec.Data.Values[0]; got.Form != "period" || got.Until != "1945-09-06" {
		t.Errorf("period row %+v", got)
	}
	// Layers: era bands and labels (one data set), bars for periods and
	// spans, circles for days, the legend.
	if len(spec.Layer) != 5 {
		t.Fatalf("%d layers, want 5", len(spec.Layer))
	}
	eras := spec.Layer[0]
	if eras.Data == nil || len(eras.Data.Values) != 1 || eras.Data.Values[0].End != "1951-12-31" ||
		len(eras.Layer) < 2 || eras.Layer[0].Mark.Type != "rect" || eras.Layer[1].Mark.Type != "text" {
		t.Errorf("era layer %+v", eras)
	}
	// Era labels: horizontal, above the plot (negative y), never over data.
	for _, l := range eras.Layer[1:] {
		if l.Mark.Angle != 0 || l.Mark.Y >= 0 || l.Mark.Clip == nil || *l.Mark.Clip {
			t.Errorf("era label mark %+v: want horizontal, above the plot, unclipped", l.Mark)
		}
	}
	for i, w := range []struct{ mark, filter string }{{"bar", "datum.form == 'period'"}, {"bar", "datum.form == 'span'"}, {"circle", "datum.form == 'day'"}} {
		l := spec.Layer[i+1]
		if l.Mark.Type != w.mark || len(l.Transform) == 0 || l.Transform[0]["filter"] != w.filter {
			t.Errorf("layer %d: mark %q transform %v; want %s filtered by %s", i+1, l.Mark.Type, l.Transform, w.mark, w.filter)
		}
		for _, ch := range []string{"x", "y", "color", "tooltip", "opacity", "description"} {
			if _, ok := l.Encoding[ch]; !ok {
				t.Errorf("%s layer lacks a %s encoding", w.mark, ch)
			}
		}
	}
	for _, l := range spec.Layer[1:3] {
		if !bytes.Contains(l.Encoding["x2"], []byte(`"until"`)) {
			t.Error("bars do not run to the end of their last day")
		}
	}
	// Zoom and pan bound to the time scale.
	if p := spec.Layer[3].Params; len(p) != 1 || p[0].Bind != "scales" || !slices.Equal(p[0].Select.Encodings, []string{"x"}) {
		t.Errorf("params %+v", p)
	}
	// The legend names the forms of marks.
	legend := string(out)
	for _, want := range []string{`"text": "day"`, `"text": "period"`, `"text": "approximate (faded)"`, `"text": "uncertain (dashed)"`, `"text": "month, season or year (its span)"`} {
		if !strings.Contains(legend, want) {
			t.Errorf("legend lacks %s", want)
		}
	}
	if !strings.Contains(string(out), `"format": "%Y"`) {
		t.Error("x axis lacks the %Y format")
	}
	again, _ := renderVL(t, fixture(t))
	if !bytes.Equal(out, again) {
		t.Error("two renderings of the same data differ")
	}
}

func TestVegaLiteOpenEndsAndProposed(t *testing.T) {
	tl := merged(t)
	tl.Events[0].Date = edtf.MustParse("1945-08-18/..")
	_, spec := renderVL(t, tl)
	if len(spec.Data.Values) != len(tl.Events)+len(tl.Proposed) {
		t.Fatalf("%d rows for %d events", len(spec.Data.Values), len(tl.Events)+len(tl.Proposed))
	}
	rows := map[string]vlRow{}
	for _, r := range spec.Data.Values {
		rows[r.ID] = r
	}
	// The open end runs to the last day of the chart: the proposed 1962 event.
	if r := rows["1945-08-18-occupation"]; r.Start != "1945-08-18" || r.End != "1962-06-01" || r.Point {
		t.Errorf("open-ended row %+v", r)
	}
	if r := rows[tl.Proposed[0].ID]; r.Status != "proposed" || r.Lane != proposedLane {
		t.Errorf("proposed row %+v", r)
	}
	got := VegaLiteLosses(tl)
	if len(got) != 1 || got[0] != "1945-08-18-occupation: end of 1945-08-18/.. is open or unknown; drawn to 1962-06-01, the last day of the chart" {
		t.Errorf("losses %q", got)
	}
	if l := VegaLiteLosses(fixture(t)); len(l) != 0 {
		t.Errorf("fixture losses %q, want none", l)
	}
}

// Era labels take as many rows as they need never to meet, and one that
// would run past the plot ends at its end.
func TestVegaLiteEraLabels(t *testing.T) {
	_, spec := renderVL(t, realData(t))
	eras := spec.Layer[0].Data.Values
	rows := map[int]bool{}
	for _, e := range eras {
		if e.Label != e.Title {
			t.Errorf("era label %q cut from %q", e.Label, e.Title)
		}
		rows[e.Row] = true
	}
	if len(rows) < 2 {
		t.Errorf("era labels on %d rows", len(rows))
	}
	last := eras[len(eras)-1]
	if !last.Right || last.LabelAt <= last.End {
		t.Errorf("last era label %+v: want it to end at the plot's end", last)
	}
	if got := fitLabel("Abe–Putin \"new approach\" (2013–2021)", 60); !strings.HasSuffix(got, "…") || svgTextWidth(got) > 60 {
		t.Errorf("fitLabel = %q", got)
	}
}

func TestVegaLiteEmpty(t *testing.T) {
	tl := fixture(t)
	tl.Events = nil
	_, spec := renderVL(t, tl)
	if len(spec.Data.Values) != 0 || len(spec.Layer[0].Data.Values) != 0 {
		t.Errorf("empty timeline: %d rows, %d eras", len(spec.Data.Values), len(spec.Layer[0].Data.Values))
	}
}
