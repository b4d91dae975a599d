package render

import (
	"bytes"
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// Cases found by mutation testing (make mutate): output paths the golden
// files do not reach.

// moreEvents is the fixture with two more events in 1945, in order.
func moreEvents(t *testing.T) *timeline.Timeline {
	tl := fixture(t)
	e := tl.Events[1]
	e.ID, e.Date, e.Title = "1945-12-01-more", edtf.MustParse("1945-12-01"), "More"
	f := e
	f.ID, f.Date, f.Title = "1945-12-02-even-more", edtf.MustParse("1945-12-02"), "Even more"
	tl.Events = append(tl.Events, e, f)
	slices.SortFunc(tl.Events, func(a, b timeline.Event) int { return timeline.Compare(&a, &b) })
	return tl
}

// TestMarkdownEvidenceLines: a piece of evidence found by an alias says so;
// an article is named by its title alone, or its id, when that is all there
// is.
func TestMarkdownEvidenceLines(t *testing.T) {
	tl := fixture(t)
	tl.Events[0].Evidence = []timeline.Evidence{
		{Candidate: timeline.Candidate{Article: timeline.ArticleRef{ID: "a1", Title: "Only a title"}, Sentence: "The first sentence."}, ByAlias: "the phrase"},
		{Candidate: timeline.Candidate{Article: timeline.ArticleRef{ID: "a2"}, Sentence: "The second sentence.", Mention: "September 1945", Date: edtf.MustParse("1945-09")}},
		{Candidate: timeline.Candidate{Article: timeline.ArticleRef{ID: "a3", Publisher: "Wire"}, Sentence: "The third sentence."}},
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, tl); err != nil {
		t.Fatal(err)
	}
	want := "*From articles:*\n\n" +
		"- “Only a title”: “The first sentence.” (by the phrase “the phrase”)\n" +
		"- a2: “The second sentence.” (“September 1945”: September 1945)\n" +
		"- a3: “The third sentence.”\n"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("Markdown lacks\n%s\nin:\n%s", want, buf.String())
	}
}

// TestMermaidDatedGroups: more events than columns, in few years: one
// period per year, each event with its date.
func TestMermaidDatedGroups(t *testing.T) {
	var buf bytes.Buffer
	if err := MarkdownWith(&buf, moreEvents(t), MarkdownOptions{Mermaid: true}); err != nil {
		t.Fatal(err)
	}
	want := "timeline\n" +
		"    1945 : 18 August – 5 September 1945#58; Soviet forces occupy the Kurils\n" +
		"         : 2 September 1945#58; Japan signs the instrument of surrender\n" +
		"         : 1 December 1945#58; More\n" +
		"         : 2 December 1945#58; Even more\n" +
		"    1950 : c. 1950s#58; Talks of the [1950s] *with* markup_characters #60;b#62;\n```\n"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("Markdown lacks\n%s\nin:\n%s", want, buf.String())
	}
}

// TestURLLossCut: a refused URL is quoted in the loss report, cut at 100
// characters.
func TestURLLossCut(t *testing.T) {
	for _, tt := range []struct {
		url, quoted string
	}{
		{"ftp://" + strings.Repeat("é", 94), "ftp://" + strings.Repeat("é", 94)},
		{"ftp://" + strings.Repeat("é", 95), "ftp://" + strings.Repeat("é", 94) + "…"},
	} {
		tl := fixture(t)
		tl.Events[0].Sources[0].URL = tt.url
		losses := URLLosses(tl)
		want := tl.Events[0].ID + `: source 1 URL "` + tt.quoted + `" is not an absolute http(s) URL; left out`
		if len(losses) != 1 || losses[0] != want {
			t.Errorf("losses %q, want [%q]", losses, want)
		}
	}
}

// TestVegaLiteNoKind: an event without a kind has its own lane.
func TestVegaLiteNoKind(t *testing.T) {
	tl := fixture(t)
	var buf bytes.Buffer
	if err := VegaLite(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "(no kind)") {
		t.Fatal(`"(no kind)" with every event of a kind`)
	}
	tl.Events[0].Kind = ""
	buf.Reset()
	if err := VegaLite(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"(no kind)"`) {
		t.Errorf("no lane \"(no kind)\" for an event without a kind:\n%s", buf.String())
	}
}

// TestSVGLongTitle: a title too long for three lines of the widest label
// is cut, with "…", to three lines that fit.
func TestSVGLongTitle(t *testing.T) {
	title := strings.Repeat("Negotiations on the southern Kuril Islands continue ", 6)
	lines, width := svgLabelLines(title)
	if len(lines) != 3 || !strings.HasSuffix(lines[2], "…") {
		t.Fatalf("lines %q", lines)
	}
	for _, l := range lines {
		if w := svgTextWidth(l); w > svgLabelMaxW || w > width {
			t.Errorf("line %q is %v wide, over %v (label %v)", l, w, svgLabelMaxW, width)
		}
	}
	if got := strings.Join(lines, " "); !strings.HasPrefix(title, strings.TrimSuffix(got, "…")) || utf8.RuneCountInString(got) < 60 {
		t.Errorf("lines %q are not the start of the title", lines)
	}
	// Wide letters fill the third line: it is shortened until "…" fits.
	wide, _ := svgLabelLines(strings.Repeat("MWMWMW ", 40))
	if len(wide) != 3 || !strings.HasSuffix(wide[2], "…") || svgTextWidth(wide[2]) > svgLabelMaxW {
		t.Errorf("wide lines %q", wide)
	}
	// A title that takes three lines is not cut.
	for n := 1; n < 40; n++ {
		words := strings.TrimSpace(strings.Repeat("Kuril talks ", n))
		if got, _ := svgLabelLines(words); len(got) == 3 {
			if strings.Join(got, " ") != words {
				t.Errorf("three lines %q cut from %q", got, words)
			}
			return
		}
	}
	t.Error("no title of three lines found")
}

// TestSVGTextWidth: capitals A to Z count wider than the average letter
// (6.5), m, w and the ellipsis wider still, narrow letters less, CJK a full
// em.
func TestSVGTextWidth(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want float64
	}{
		{"A", 8.5}, {"Z", 8.5}, {"M", 10.5}, {"…", 10.5}, {"i", 4.5}, {" ", 4.5},
		{"a", 6.5}, {"z", 6.5}, {"@", 6.5}, {"[", 6.5}, {"⺀", 6.5}, {"⺁", 11.5}, {"北", 11.5},
		{"AZ", 17},
	} {
		if got := svgTextWidth(tt.s); got != tt.want {
			t.Errorf("svgTextWidth(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMarkdownContentsOfTwo: two sections are enough for a table of
// contents; one is not.
func TestMarkdownContentsOfTwo(t *testing.T) {
	tl := merged(t) // one era, one proposal, one conflict
	tl.Conflicts = nil
	var buf bytes.Buffer
	if err := Markdown(&buf, tl); err != nil {
		t.Fatal(err)
	}
	want := "## Contents\n\n- [The end of the war (1945–1951)](#the-end-of-the-war-19451951) (3 events)\n" +
		"- [From articles, not yet reviewed](#from-articles-not-yet-reviewed) (1 event)\n\n"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("Markdown lacks\n%s\nin:\n%s", want, buf.String())
	}
	tl.Proposed = nil
	buf.Reset()
	if err := Markdown(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "Contents") {
		t.Errorf("a table of contents for one section:\n%s", buf.String())
	}
}

// TestMermaidGroupShares: with more years than columns, neighbouring years
// merge into periods, each closed once it holds its share of the events
// (a quarter, rounded up), in order, every year in one period, labelled by
// its first and last year; up to four events each have a period of their
// own, labelled with their date.
func TestMermaidGroupShares(t *testing.T) {
	for _, tt := range []struct {
		name  string
		years []int // an event's year each
		want  []string
		dated bool // the events show their dates
	}{
		{"one a year", []int{1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961},
			[]string{"1950–1952", "1953–1955", "1956–1958", "1959–1961"}, true},
		{"a busy first year", []int{1950, 1950, 1950, 1950, 1950, 1951, 1952, 1953, 1954, 1955},
			[]string{"1950", "1951–1953", "1954–1955"}, true},
		{"five years", []int{1950, 1951, 1952, 1953, 1954},
			[]string{"1950–1951", "1952–1953", "1954"}, true},
		{"full at the last but one year", []int{1950, 1950, 1951, 1951, 1952, 1953, 1954},
			[]string{"1950", "1951", "1952–1953", "1954"}, true},
		{"four years", []int{1950, 1950, 1951, 1953, 1960},
			[]string{"1950", "1951", "1953", "1960"}, true},
		{"few years left for the columns", []int{1950, 1951, 1952, 1953, 1954, 1954, 1954, 1954, 1954, 1954, 1954, 1954, 1954, 1954},
			[]string{"1950–1952", "1953", "1954"}, true},
		{"four events", []int{1950, 1950, 1951, 1953},
			[]string{"1 June 1950", "1 June 1950", "1 June 1951", "1 June 1953"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var events []*timeline.Event
			for i, y := range tt.years {
				events = append(events, &timeline.Event{ID: string(rune('a' + i)), Date: edtf.MustParse(strconv.Itoa(y) + "-06-01")})
			}
			groups := mermaidGroups(events)
			var labels []string
			var order []*timeline.Event
			for _, g := range groups {
				labels = append(labels, g.label)
				order = append(order, g.events...)
				if g.dated != tt.dated {
					t.Errorf("period %q: events dated %v, want %v", g.label, g.dated, tt.dated)
				}
			}
			if !slices.Equal(labels, tt.want) {
				t.Errorf("periods %q, want %q", labels, tt.want)
			}
			if !slices.Equal(order, events) {
				t.Error("events out of order or missing")
			}
		})
	}
}

// TestVegaLiteEraLabelRows: each era label sits in the lowest row where it
// keeps 6 px from the label before it, starts at its era's start or, where
// it would run past the plot, ends at the plot's end; a title wider than the
// plot is cut to fit, with "…".
func TestVegaLiteEraLabelRows(t *testing.T) {
	px := func(d edtf.Day) float64 { return float64(d.Year-1900) * 11 } // 1900–2000 over 1,100 px
	end := edtf.Day{Year: 2000, Month: 1, Day: 1}
	// "ai" is 11 px at 11px, 10 at the labels' 10px: with the 6 px of
	// padding it ends at 16 px, 6 px before 1902; the 66 px of the other
	// end exactly at the plot's end when it starts in 1994.
	ai, ends := "ai", strings.Repeat("a", 6)+strings.Repeat("i", 6)
	long := strings.Repeat("The long era of negotiations over the islands ", 6)
	for _, tt := range []struct {
		name   string
		starts []string
		titles []string
		rows   []int
		right  []bool
	}{
		{"apart", []string{"1900", "1950"}, []string{"First", "Second"}, []int{0, 0}, []bool{false, false}},
		{"close", []string{"1900", "1902", "1904"}, []string{"First era", "Second era", "Third"}, []int{0, 1, 2}, []bool{false, false, false}},
		{"room again in the first row", []string{"1900", "1902", "1930"}, []string{"First era", "Second era", "Third"}, []int{0, 1, 0}, []bool{false, false, false}},
		{"6 px apart", []string{"1900", "1902"}, []string{ai, ai}, []int{0, 0}, []bool{false, false}},
		{"ending at the end", []string{"1900", "1994"}, []string{"First", ends}, []int{0, 0}, []bool{false, false}},
		{"at the end", []string{"1900", "1995"}, []string{"First", "A late era with a long name"}, []int{0, 0}, []bool{false, true}},
		{"too long", []string{"1900", "1990"}, []string{long, "Next"}, []int{0, 1}, []bool{false, false}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			eras := make([]vlEra, len(tt.starts))
			for i := range eras {
				eras[i] = vlEra{Title: tt.titles[i], Start: tt.starts[i]}
			}
			n := placeEraLabels(eras, px, end)
			type span struct{ from, to float64 }
			var placed []span
			maxRow := -1
			for i, e := range eras {
				w := svgTextWidth(e.Label)*10/11 + 6
				from := px(edtf.MustParse(e.Start).Earliest())
				if e.Right {
					from = 1100 - w
					if e.LabelAt != end.String() {
						t.Errorf("%s: set at its right end, at %q", e.Title, e.LabelAt)
					}
				}
				if e.Row != tt.rows[i] || e.Right != tt.right[i] {
					t.Errorf("%q: row %d, right %v; want row %d, right %v", e.Label, e.Row, e.Right, tt.rows[i], tt.right[i])
				}
				if from < 0 || from+w > 1100+1e-9 {
					t.Errorf("%q from %v to %v, outside the plot", e.Label, from, from+w)
				}
				if e.Label != e.Title && (!strings.HasSuffix(e.Label, "…") || !strings.HasPrefix(e.Title, strings.TrimSuffix(e.Label, "…")) || svgTextWidth(e.Title)*10/11+6 <= 1100) {
					t.Errorf("%q cut to %q", e.Title, e.Label)
				}
				placed = append(placed, span{from, from + w})
				maxRow = max(maxRow, e.Row)
			}
			if n != maxRow+1 {
				t.Errorf("%d rows reported, %d used", n, maxRow+1)
			}
			for i := range eras {
				for j := range i {
					if eras[i].Row == eras[j].Row && placed[j].to+6 > placed[i].from+1e-9 {
						t.Errorf("%q and %q meet in row %d", eras[j].Label, eras[i].Label, eras[i].Row)
					}
				}
			}
		})
	}
}

// TestMarkdownContentsAnchorReserved: where there is a table of contents,
// an era titled "Contents" gets the anchor "contents-1", the table's own
// heading keeping "contents", whichever sections make the table.
func TestMarkdownContentsAnchorReserved(t *testing.T) {
	for _, tt := range []struct {
		name                string
		proposed, conflicts bool
	}{
		{"with a proposal", true, false},
		{"with a conflict", false, true},
		{"with both", true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tl := merged(t)
			tl.Eras[0].Title = "Contents"
			if !tt.proposed {
				tl.Proposed = nil
			}
			if !tt.conflicts {
				tl.Conflicts = nil
			}
			var buf bytes.Buffer
			if err := Markdown(&buf, tl); err != nil {
				t.Fatal(err)
			}
			if want := "## Contents\n\n- [Contents](#contents-1) (3 events)\n"; !strings.Contains(buf.String(), want) {
				t.Errorf("Markdown lacks\n%s\nin:\n%s", want, buf.String())
			}
		})
	}
}

// TestMarkdownFootnoteLabels: different sources whose publisher and title
// begin alike get distinct footnotes, numbered from 2 in order.
func TestMarkdownFootnoteLabels(t *testing.T) {
	tl := fixture(t)
	src := timeline.Source{Title: "Joint statement", Publisher: "Kantei"}
	for i, ed := range []string{"2001", "2002", "2003"} {
		s := src
		s.Published = edtf.MustParse(ed)
		tl.Events[i].Sources = []timeline.Source{s}
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, tl); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"[^kantei-joint-statement]: Kantei, “Joint statement”, 2001.\n",
		"[^kantei-joint-statement-2]: Kantei, “Joint statement”, 2002.\n",
		"[^kantei-joint-statement-3]: Kantei, “Joint statement”, 2003.\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestMarkdownEndsWithOneNewline: the document ends with one line break,
// with footnotes or without.
func TestMarkdownEndsWithOneNewline(t *testing.T) {
	tl := fixture(t)
	for _, noSources := range []bool{false, true} {
		if noSources {
			for i := range tl.Events {
				tl.Events[i].Sources = nil
			}
		}
		var buf bytes.Buffer
		if err := Markdown(&buf, tl); err != nil {
			t.Fatal(err)
		}
		if md := buf.String(); !strings.HasSuffix(md, "\n") || strings.HasSuffix(md, "\n\n") {
			t.Errorf("without sources %v: the document ends %q", noSources, md[max(0, len(md)-40):])
		}
	}
}

// TestTimelineJSSources: a slide lists its sources separated by "; ", and
// says nothing of sources when the event has none (a proposal).
func TestTimelineJSSources(t *testing.T) {
	tl := fixture(t)
	tl.Events[0].Sources = append(tl.Events[0].Sources, timeline.Source{Title: "Second", Publisher: "P"})
	tl.Events[1].Sources = nil
	doc := renderTJS(t, tl)
	if text := doc.Events[0].Text.Text; !strings.Contains(text, "<p>Sources: <a href=") || !strings.Contains(text, "</a>, Ministry of Foreign Affairs of Japan; Second, P</p>") {
		t.Errorf("slide text %q", text)
	}
	if text := doc.Events[1].Text.Text; strings.Contains(text, "Sources") {
		t.Errorf("an event without sources: slide text %q", text)
	}
}

// TestFitLabel: a label that fits is kept; one that does not is cut to the
// longest start that fits with "…", an ellipsis exactly at the width
// included, trailing punctuation dropped; where one letter at most fits,
// nothing.
func TestFitLabel(t *testing.T) {
	for _, tt := range []struct {
		s     string
		width float64
		want  string
	}{
		{"aaaaaaaaaa", 65, "aaaaaaaaaa"},
		{"aaaaaaaaaa", 64.9, "aaaaaaaa…"},
		{"aaaaaaaaaa", 43, "aaaaa…"},
		{"aaaaaaaaaa", 42.9, "aaaa…"},
		{"Abe, Putin", 40, "Abe…"},
		{"aaaaaaaaaa", 17, ""},
		{"aaaaaaaaaa", 5, ""},
	} {
		if got := fitLabel(tt.s, tt.width); got != tt.want {
			t.Errorf("fitLabel(%q, %v) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

// TestCleanControls: the C0 and C1 control characters and DEL become
// U+FFFD; tab, line feed and carriage return stay, as does everything from
// the space up to "~" and from U+00A0.
func TestCleanControls(t *testing.T) {
	for _, r := range []rune{0x00, 0x01, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f} {
		if got := cleanControls("a" + string(r) + "b"); got != "a\uFFFDb" {
			t.Errorf("cleanControls(%U) = %q", r, got)
		}
	}
	for _, r := range []rune{'\t', '\n', '\r', ' ', '!', '~', 0xa0, 'é', '北'} {
		if s := "a" + string(r) + "b"; cleanControls(s) != s {
			t.Errorf("cleanControls(%U) = %q", r, cleanControls(s))
		}
	}
}

// TestSafeURLCharacters: a URL with a space, DEL or a C1 control
// character is refused; one with other non-ASCII letters is kept.
func TestSafeURLCharacters(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		kept bool
	}{
		{' ', false}, {0x1f, false}, {0x7f, false}, {0x80, false}, {0x9f, false},
		{'!', true}, {'~', true}, {0xa1, true}, {'é', true}, {'北', true},
	} {
		u := "https://example.org/a" + string(tt.r) + "b"
		if got := safeURL(u) != ""; got != tt.kept {
			t.Errorf("safeURL with %U kept = %v, want %v", tt.r, got, tt.kept)
		}
	}
}

// TestTimelineJSIntroSpan: the title slide gives the years the events
// span, an open start counting its end, an open end its start, and "in"
// a single year; then the eras, when the events have known ones.
func TestTimelineJSIntroSpan(t *testing.T) {
	for _, tt := range []struct {
		dates []string
		era   string // the events' era; the fixture's when empty
		want  string
	}{
		{[]string{"1945-09-02"}, "", "<p>1 event in 1945, in 1 era: "},
		{[]string{"1945-09-02", "1956-10-19"}, "", "<p>2 events from 1945 to 1956, in 1 era: "},
		{[]string{"1945/1951"}, "", "<p>1 event from 1945 to 1951, in 1 era: "},
		{[]string{"../1946"}, "", "<p>1 event in 1946, in 1 era: "},
		{[]string{"1991/.."}, "", "<p>1 event in 1991, in 1 era: "},
		{[]string{"1945-09-02"}, "nowhere", "<p>1 event in 1945.</p>"},
	} {
		tl := withDates(t, tt.dates...)
		if tt.era != "" {
			for i := range tl.Events {
				tl.Events[i].Era = tt.era
			}
		}
		doc := renderTJS(t, tl)
		if got := doc.Title.Text.Text; !strings.HasPrefix(got, tt.want) {
			t.Errorf("%q: title slide %q, want it to start %q", tt.dates, got, tt.want)
		}
	}
}

// TestHTMLSectionsAndEraFilter: the page's sections follow the eras'
// order, not their first events', events of no known era last; the era
// filter offers exactly the eras shown, "Other events" only when there are
// some.
func TestHTMLSectionsAndEraFilter(t *testing.T) {
	sectionRe := regexp.MustCompile(`<section class="era" id="era-([^"]*)"`)
	filterRe := regexp.MustCompile(`<select id="filter-era">(.*?)</select>`)
	for _, tt := range []struct {
		name     string
		eras     []string // each fixture event's era, in date order
		sections []string
	}{
		{"one era", []string{"war", "war", "war"}, []string{"war"}},
		{"a later era first", []string{"declaration", "war", "war"}, []string{"war", "declaration"}},
		{"no known era", []string{"war", "nowhere", "declaration"}, []string{"war", "declaration", "other"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tl := fixture(t)
			for i := range tl.Events {
				tl.Events[i].Era = tt.eras[i]
			}
			page := renderHTML(t, tl)
			var sections []string
			for _, m := range sectionRe.FindAllStringSubmatch(page, -1) {
				sections = append(sections, m[1])
			}
			if !slices.Equal(sections, tt.sections) {
				t.Errorf("sections %q, want %q", sections, tt.sections)
			}
			filter := filterRe.FindStringSubmatch(page)
			if filter == nil {
				t.Fatal("no era filter")
			}
			var options []string
			for _, m := range regexp.MustCompile(`<option value="([^"]+)">`).FindAllStringSubmatch(filter[1], -1) {
				options = append(options, m[1])
			}
			if !slices.Equal(options, tt.sections) {
				t.Errorf("era filter %q, want %q", options, tt.sections)
			}
		})
	}
}

// TestVegaLiteLanes: rows go in the order of the kinds vocabulary, by the
// kind's title (its id when it has none), then kinds not in the vocabulary
// alphabetically, "(no kind)" among them, then proposals; only rows in use.
func TestVegaLiteLanes(t *testing.T) {
	tl := fixture(t)
	tl.Kinds = append(tl.Kinds, timeline.Kind{ID: "untitled"}, timeline.Kind{ID: "unused", Title: "Unused"})
	var events []timeline.Event
	for _, k := range []string{"statement", "zeta", "untitled", "", "treaty", "alpha", "statement"} {
		events = append(events, timeline.Event{Kind: k})
	}
	events = append(events, timeline.Event{Kind: "treaty", Status: timeline.StatusProposed})
	lane, order := vlLanes(tl, events)
	want := []string{"Treaty or agreement", "Statement", "untitled", "(no kind)", "alpha", "zeta", proposedLane}
	if !slices.Equal(order, want) {
		t.Errorf("lanes %q, want %q", order, want)
	}
	for i, l := range []string{"Statement", "zeta", "untitled", "(no kind)", "Treaty or agreement", "alpha", "Statement", proposedLane} {
		if got := lane(events[i]); got != l {
			t.Errorf("event of kind %q in lane %q, want %q", events[i].Kind, got, l)
		}
	}
}

// TestFootnoteLabel: a source's footnote label is two words of its
// publisher and three of its title, lower case, letters and digits only,
// apostrophes dropped, without "the", "of", "a", "an", "on" and "and";
// "source" when no word is left.
func TestFootnoteLabel(t *testing.T) {
	for _, tt := range []struct {
		publisher, title, want string
	}{
		{"Ministry of Foreign Affairs", "Japan's Northern Territories", "ministry-foreign-japans-northern-territories"},
		{"Zaz 90’s", "The a-z of 0-9", "zaz-90s-z-0-9"},
		{"", "The treaty of an and a on island border sea", "treaty-island-border"},
		{"AZ", "Ab Yz 09 18", "az-ab-yz-09"},
		{"", "The (of) “a”", "source"},
		{"", "", "source"},
	} {
		if got := footnoteLabel(timeline.Source{Publisher: tt.publisher, Title: tt.title}); got != tt.want {
			t.Errorf("footnoteLabel(%q, %q) = %q, want %q", tt.publisher, tt.title, got, tt.want)
		}
	}
}

// TestMarkdownArticleDates: an article's publication date is shown when
// its first ten characters are a day, with or without a time after them.
func TestMarkdownArticleDates(t *testing.T) {
	for _, tt := range []struct {
		published, want string
	}{
		{"2024-01-30T05:24:00Z", "Wire, “Report a”, 30 January 2024](https"},
		{"2024-01-30", "Wire, “Report a”, 30 January 2024](https"},
		{"2024-01", "Wire, “Report a”](https"},
		{"30/01/2024", "Wire, “Report a”](https"},
	} {
		tl := merged(t)
		tl.Events[0].Evidence[0].Article.Published = tt.published
		var buf bytes.Buffer
		if err := Markdown(&buf, tl); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "- ["+tt.want) {
			t.Errorf("published %q: Markdown lacks %q:\n%s", tt.published, tt.want, buf.String())
		}
	}
}

// TestMarkdownOtherEvents: events of no known era get a section of their
// own after the eras; without them there is none.
func TestMarkdownOtherEvents(t *testing.T) {
	tl := fixture(t)
	for _, era := range []string{"war", "nowhere"} {
		tl.Events[2].Era = era
		var buf bytes.Buffer
		if err := Markdown(&buf, tl); err != nil {
			t.Fatal(err)
		}
		md := buf.String()
		i, j := strings.Index(md, "\n## Other events\n"), strings.Index(md, "### c. 1950s: Talks")
		if got := i >= 0; got != (era == "nowhere") || (i >= 0 && (j < i || strings.LastIndex(md, "\n## ") != i)) {
			t.Errorf("era %q: Other events at %d, the event at %d:\n%s", era, i, j, md)
		}
	}
}

// TestHTMLEmpty: a page without events says so, and no span of years.
func TestHTMLEmpty(t *testing.T) {
	tl := fixture(t)
	tl.Events = nil
	page := renderHTML(t, tl)
	if !strings.Contains(page, "<p>No events match.</p>") || strings.Contains(page, " events in ") || strings.Contains(page, " events from ") {
		t.Errorf("empty page:\n%s", page)
	}
}

// TestVegaLiteEraLabelOffsets: era labels set flush right end just inside
// their anchor (the plot's end), those set flush left start just after
// their era's start.
func TestVegaLiteEraLabelOffsets(t *testing.T) {
	out, _ := renderVL(t, realData(t))
	var spec struct {
		Layer []struct {
			Layer []struct {
				Transform []struct{ Filter string }
				Mark      struct {
					Type, Align string
					Dx          float64
				}
			}
		}
	}
	if err := json.Unmarshal(out, &spec); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, l := range spec.Layer {
		for _, m := range l.Layer {
			if m.Mark.Type != "text" || len(m.Transform) == 0 || !strings.Contains(m.Transform[0].Filter, "datum.right") {
				continue
			}
			right := !strings.Contains(m.Transform[0].Filter, "!datum.right")
			seen[m.Mark.Align] = true
			if want := map[bool]string{true: "right", false: "left"}[right]; m.Mark.Align != want || (m.Mark.Dx < 0) != right || m.Mark.Dx == 0 {
				t.Errorf("era labels %q: align %q, dx %v", m.Transform[0].Filter, m.Mark.Align, m.Mark.Dx)
			}
		}
	}
	if !seen["left"] || !seen["right"] {
		t.Errorf("era label alignments %v, want both", seen)
	}
}

// TestIntroOpenStart: the span of years each format states counts an event
// with an open or unknown start from its end (Markdown and HTML said "from
// 1", TimelineJS left the event out of the span).
func TestIntroOpenStart(t *testing.T) {
	for _, tt := range []struct {
		dates []string
		span  string
	}{
		{[]string{"../1946"}, "1 event in 1946"},
		{[]string{"../1946", "1950"}, "2 events from 1946 to 1950"},
		{[]string{"1944", "../1946"}, "2 events from 1944 to 1946"},
		{[]string{"1945-08-18/..", "1947"}, "2 events from 1945 to 1947"},
	} {
		tl := withDates(t, tt.dates...)
		var md, page bytes.Buffer
		if err := Markdown(&md, tl); err != nil {
			t.Fatal(err)
		}
		if err := HTML(&page, tl); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(md.String(), "\n"+tt.span+".\n") {
			t.Errorf("%q: Markdown lacks %q", tt.dates, tt.span+".")
		}
		if !strings.Contains(page.String(), "<p>"+tt.span+".</p>") {
			t.Errorf("%q: HTML lacks %q", tt.dates, tt.span+".")
		}
		if got := renderTJS(t, tl).Title.Text.Text; !strings.HasPrefix(got, "<p>"+tt.span+", ") {
			t.Errorf("%q: TimelineJS title slide %q, want %q", tt.dates, got, tt.span)
		}
	}
}

// TestMarkdownGlanceAnchorReserved: an era titled "At a glance" gets the
// anchor "at-a-glance-1" when the summary of turning points is there, and
// "at-a-glance" when it is not.
func TestMarkdownGlanceAnchorReserved(t *testing.T) {
	for _, tt := range []struct {
		turningPoints bool
		want          string
	}{
		{true, "- [At a glance](#at-a-glance-1) (3 events)\n"},
		{false, "- [At a glance](#at-a-glance) (3 events)\n"},
	} {
		tl := merged(t) // one era and a proposal: a table of contents
		tl.Eras[0].Title = "At a glance"
		if !tt.turningPoints {
			for i := range tl.Events {
				tl.Events[i].Tags = slices.DeleteFunc(slices.Clone(tl.Events[i].Tags), func(s string) bool { return s == TurningPointTag })
			}
		}
		var buf bytes.Buffer
		if err := Markdown(&buf, tl); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "## At a glance\n\n- **") != tt.turningPoints || !strings.Contains(buf.String(), tt.want) {
			t.Errorf("turning points %v: Markdown lacks %q:\n%s", tt.turningPoints, tt.want, buf.String())
		}
	}
}
