package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/data"
	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
	"github.com/peacetreaty/timeline/timeline/merge"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fixture loads testdata/data, a small dataset that exercises intervals,
// qualifiers, shared sources, perspectives and Markdown escaping.
func fixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	tl, diags := timeline.LoadDir(filepath.Join("testdata", "data"))
	if diags.HasErrors() {
		t.Fatalf("fixture data is invalid:\n%v", diags)
	}
	return tl
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run: go test ./render -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run: go test ./render -update\n--- got:\n%s", name, got)
	}
}

func TestFormatsGolden(t *testing.T) {
	tl := fixture(t)
	for _, f := range Formats() {
		t.Run(f.Name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := f.Render(&a, tl); err != nil {
				t.Fatal(err)
			}
			if err := f.Render(&b, fixture(t)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatal("two renderings of the same data differ")
			}
			golden(t, "timeline."+f.Ext, a.Bytes())
		})
	}
}

func TestMarkdownContent(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"3 events from 1945 to 1959.",
		"## The end of the war (1945–1951)",
		"### 18 August – 5 September 1945: Soviet forces occupy the Kurils",
		"### c. 1950s: Talks of the \\[1950s\\] \\*with\\* markup\\_characters &lt;b&gt;",
		"- **Soviet Union:** The return of lands lost in 1905",
		// The MOFA page is cited by two events but is one footnote,
		// labelled by the source; markers side by side are kept apart.
		"in Tokyo Bay.[^national-archives-japanese-instrument-surrender]<sup>,</sup>[^ministry-foreign-japans-northern-territories]\n",
		"[^test-fixture-with-parentheses]: Test, [“Fixture (with parentheses)”](https://example.org/a_%28b%29), January 1960 (uncertain).\n",
		// The quote is shown where it is cited.
		"> “A quote that spans two lines.” (Test)[^test-fixture-with-parentheses]\n",
		// The turning points at the top, linked to their sections.
		"## At a glance\n\n- **1945** [Soviet forces occupy the Kurils](#18-august--5-september-1945-soviet-forces-occupy-the-kurils)\n" +
			"- **1945** [Japan signs the instrument of surrender](#2-september-1945-japan-signs-the-instrument-of-surrender)\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if n := strings.Count(md, "[^ministry-foreign-japans-northern-territories]:"); n != 1 {
		t.Errorf("the MOFA source has %d footnotes", n)
	}
	if strings.Contains(md, "][^") {
		t.Error("two footnote markers side by side")
	}
	if strings.Contains(md, "An era with no events") {
		t.Error("an era without events got a section")
	}
	if strings.Contains(md, "195X") || strings.Contains(md, "1945-08-18/") {
		t.Error("raw EDTF shown to readers")
	}
}

func TestMarkdownEmpty(t *testing.T) {
	tl := fixture(t)
	tl.Events = nil
	var buf bytes.Buffer
	if err := Markdown(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "No events match.") {
		t.Errorf("empty timeline rendered as:\n%s", buf.String())
	}
}

// schema compiles the committed JSON Schema of the export.
func schema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	s, err := c.Compile("timeline.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// validateJSON checks a JSON export against the schema.
func validateJSON(t testing.TB, s *jsonschema.Schema, data []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("JSON export does not match its schema: %v", err)
	}
}

func TestJSONSchema(t *testing.T) {
	s := schema(t)
	var buf bytes.Buffer
	if err := JSON(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	validateJSON(t, s, buf.Bytes())

	// The schema must be able to fail: a start that is not an ISO day is refused.
	bad := strings.Replace(buf.String(), `"start": "1945-08-18"`, `"start": "18 Aug 1945"`, 1)
	v, _ := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if bad == buf.String() || s.Validate(v) == nil {
		t.Error("schema accepted a start that is not an ISO day")
	}

	var doc struct {
		Count  int
		Eras   []struct{ Date struct{ End *string } }
		Events []struct {
			ID   string
			Era  string
			Date struct {
				Start, End  *string
				Precision   string
				Approximate bool
				Display     string
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Count != 3 || len(doc.Events) != 3 {
		t.Fatalf("count %d, events %d; want 3", doc.Count, len(doc.Events))
	}
	e := doc.Events[2]
	if e.ID != "1950-talks" || *e.Date.Start != "1950-01-01" || *e.Date.End != "1959-12-31" ||
		e.Date.Precision != "decade" || !e.Date.Approximate || e.Date.Display != "c. 1950s" || e.Era != "war" {
		t.Errorf("decade event exported as %+v", e)
	}
	if last := doc.Eras[len(doc.Eras)-1]; last.Date.End != nil {
		t.Errorf("open era end exported as %q, want null", *last.Date.End)
	}
}

// TestRealDataMatchesSchema renders the embedded chronology and checks it
// against the schema, so a new field in the data cannot drift from it.
func TestRealDataMatchesSchema(t *testing.T) {
	tl, diags := timeline.Load(data.FS, timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatalf("embedded data is invalid:\n%v", diags)
	}
	var buf bytes.Buffer
	if err := JSON(&buf, tl); err != nil {
		t.Fatal(err)
	}
	validateJSON(t, schema(t), buf.Bytes())
}

// merged is the fixture with article candidates merged in: evidence, a
// proposal and a conflict.
func merged(t testing.TB) *timeline.Timeline {
	ref := func(id string) timeline.ArticleRef {
		return timeline.ArticleRef{ID: id, Title: "Report " + id, Publisher: "Wire", URL: "https://example.org/" + id, Published: "2024-01-30T05:24:00Z"}
	}
	c := func(id, sentence, mention, date string) timeline.Candidate {
		cd := timeline.Candidate{Article: ref(id), Sentence: sentence}
		if mention != "" {
			cd.Mention, cd.Start = mention, strings.Index(sentence, mention)
			cd.End, cd.Date = cd.Start+len(mention), edtf.MustParse(date)
		}
		return cd
	}
	return merge.Merge(fixture(t), []timeline.Candidate{
		c("a", "Soviet forces occupied the Habomai in September 1945.", "September 1945", "1945-09"),
		c("c", "Japan's representatives signed the instrument of surrender aboard USS Missouri in Tokyo Bay on 4 October 1945.", "4 October 1945", "1945-10-04"),
		c("b", "Japan and the USSR opened talks on Shikotan fisheries on 1 June 1962.", "1 June 1962", "1962-06-01"),
		c("d", "Officials met again on 2 March 1970.", "2 March 1970", "1970-03-02"), // no actor: unattached
	}, merge.Options{})
}

func TestFormatsGoldenWithArticles(t *testing.T) {
	tl := merged(t)
	if len(tl.Proposed) != 1 || len(tl.Conflicts) != 1 || len(tl.Events[0].Evidence) != 1 || len(tl.Unattached) != 1 {
		t.Fatalf("fixture merge: %d proposed, %d conflicts, evidence %v", len(tl.Proposed), len(tl.Conflicts), tl.Events[0].Evidence)
	}
	for _, f := range Formats() {
		var buf bytes.Buffer
		if err := f.Render(&buf, tl); err != nil {
			t.Fatal(err)
		}
		golden(t, "timeline-articles."+f.Ext, buf.Bytes())
		if f.Name == "json" {
			validateJSON(t, schema(t), buf.Bytes())
		}
	}
}

func TestMarkdownMermaid(t *testing.T) {
	tl := fixture(t)
	tl.Events[0].Title = "Occupation: phase one; phase two #1"
	var buf bytes.Buffer
	if err := MarkdownWith(&buf, tl, MarkdownOptions{Mermaid: true}); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"```mermaid\n" + mermaidInit + "\ntimeline\n",
		"    18 August – 5 September 1945 : Occupation#58; phase one#59; phase two #35;1\n",
		"    c. 1950s : Talks of the [1950s] *with* markup_characters #60;b#62;\n```\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	// One era with events: no table of contents.
	if strings.Contains(md, "## Contents") {
		t.Error("a table of contents for a single section")
	}
	golden(t, "timeline-mermaid.md", buf.Bytes())
}

func TestMarkdownContents(t *testing.T) {
	tl := merged(t) // events in two eras, proposals and conflicts
	var buf bytes.Buffer
	if err := Markdown(&buf, tl); err != nil {
		t.Fatal(err)
	}
	want := "## Contents\n\n- [The end of the war (1945–1951)](#the-end-of-the-war-19451951) (3 events)\n" +
		"- [From articles, not yet reviewed](#from-articles-not-yet-reviewed) (1 event)\n- [Conflicts](#conflicts) (1 conflict)\n"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("contents:\n%s", buf.String())
	}
	if got := anchor(`Abe–Putin "new approach" (2013–2021)`); got != "abeputin-new-approach-20132021" {
		t.Errorf("anchor = %q", got)
	}
}

// Two headings with the same text get GitHub's "-1" anchor, and "At a
// glance" links to the right one.
func TestMarkdownGlanceAnchors(t *testing.T) {
	tl := fixture(t)
	tl.Events[1].Title = tl.Events[0].Title
	tl.Events[1].Date = tl.Events[0].Date
	tl.Events[1].Tags = []string{TurningPointTag}
	tl.Events[0].Tags = nil
	var buf bytes.Buffer
	if err := Markdown(&buf, tl); err != nil {
		t.Fatal(err)
	}
	want := "- **1945** [Soviet forces occupy the Kurils](#18-august--5-september-1945-soviet-forces-occupy-the-kurils-1)\n"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("Markdown lacks %q:\n%s", want, buf.String())
	}
}

// An era's Mermaid diagram has at most mermaidColumns periods, so it fits a
// GitHub column; every event is in it once, with its date when the period
// does not say it.
func TestMermaidGroups(t *testing.T) {
	tl := realData(t)
	for _, era := range tl.Eras {
		var events []*timeline.Event
		for i := range tl.Events {
			if tl.Events[i].Era == era.ID {
				events = append(events, &tl.Events[i])
			}
		}
		if len(events) == 0 {
			continue
		}
		groups := mermaidGroups(events)
		if len(groups) > mermaidColumns {
			t.Errorf("era %s: %d periods", era.ID, len(groups))
		}
		n := 0
		for _, g := range groups {
			n += len(g.events)
			if len(g.events) > 1 && !g.dated {
				t.Errorf("era %s: period %q holds %d events without their dates", era.ID, g.label, len(g.events))
			}
		}
		if n != len(events) {
			t.Errorf("era %s: %d events in the diagram, %d in the era", era.ID, n, len(events))
		}
	}
	// Few events: one period each, labelled with its date.
	few := realData(t).Events[:3]
	var ptrs []*timeline.Event
	for i := range few {
		ptrs = append(ptrs, &few[i])
	}
	if g := mermaidGroups(ptrs); len(g) != 3 || g[0].label != few[0].Date.Display() || g[0].dated {
		t.Errorf("groups of three events: %+v", g)
	}
}

// The real data marks about a dozen turning points.
func TestRealDataTurningPoints(t *testing.T) {
	n := 0
	for _, e := range realData(t).Events {
		if slices.Contains(e.Tags, TurningPointTag) {
			n++
		}
	}
	if n < 10 || n > 15 {
		t.Errorf("%d events tagged %s, want about twelve", n, TurningPointTag)
	}
}
