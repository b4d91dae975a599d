package render

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/data"
	"github.com/peacetreaty/timeline/timeline"
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
func svgLabels(t *testing.T, doc []byte) []svgBox {
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
		// The box is where the text is drawn, and wide enough for it.
		x, _ := strconv.ParseFloat(attr["x"], 64)
		if x != v[0] {
			t.Errorf("label %q drawn at x=%v, its box starts at %v", attr["data-id"], x, v[0])
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
	for _, bad := range []string{"http://www.w3.org/1999/xlink", "href=", "@import", "url(", "<image"} {
		if bytes.Contains(doc, []byte(bad)) {
			t.Errorf("SVG refers to something outside itself: %q", bad)
		}
	}
	boxes := svgLabels(t, doc)
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

func TestSVGEscapesAndTruncates(t *testing.T) {
	var buf bytes.Buffer
	if err := SVG(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	if strings.Contains(svg, "<b>") {
		t.Error("a title's <b> reached the SVG unescaped")
	}
	// The full title and date are in the hover text.
	if !strings.Contains(svg, "<title>Talks of the [1950s] *with* markup_characters &lt;b&gt; (c. 1950s)</title>") {
		t.Error("hover title with full title and date missing")
	}
	if got := svgTruncate("Abcdefghij klmnopqrst uvwxyz", 20); got != "Abcdefghij…" && len([]rune(got)) > 20 {
		t.Errorf("truncated to %q", got)
	}
}

func TestSVGEmpty(t *testing.T) {
	tl := fixture(t)
	tl.Events = nil
	var buf bytes.Buffer
	if err := SVG(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if len(svgLabels(t, buf.Bytes())) != 0 || !strings.Contains(buf.String(), "No events match.") {
		t.Errorf("empty timeline rendered as:\n%s", buf.String())
	}
}
