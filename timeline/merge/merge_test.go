package merge

import (
	"github.com/peacetreaty/timeline/timeline"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

func TestCompatible(t *testing.T) {
	tests := []struct {
		cand, event string
		want        bool
	}{
		{"2022-03", "2022-03-21", true},
		{"2022", "2022-03-21", true},
		{"2021", "2022-03-21", false},
		{"2022-04", "2022-03-21", false},
		{"2022-03-21", "2022-03-21", true},
		{"2022-03-22", "2022-03-21", false},
		{"2024-02-15/2024-02-29", "2024-02-19", true},
		{"2024-02-01/2024-02-14", "2024-02-19", false},
		// February has 29 days in a leap year, also in a year of
		// centuries divisible by 400.
		{"2024-02", "2024-02-29", true},
		{"2000-02", "2000-02-29", true},
		{"2024-02-29", "2024-02", true},
		{"2023-02", "2023-03-01", false},
		{"1945-09", "1945-08-18/1945-09-05", true},
		{"1945-09-06", "1945-08-18/1945-09-05", false},
		{"194X/196X", "1945-09-02", true},
		{"195X", "1945-09-02", false},
		{"195X", "1957-05-05", true},
		{"195X", "1961-01-01", false},
		{"195X", "1949-12-31", false},
		{"19XX", "1999-12-31", true},
		{"19XX", "2000-01-01", false},
		{"19XX", "1899-12-31", false},
		{"2024-01-30", "2024-01", true},
		{"2022-07", "2022-06-07/2025-07-20", true},
		{"2026", "2022/..", true},
		{"2021", "2022/..", false},
	}
	for _, tt := range tests {
		got := Compatible(edtf.MustParse(tt.cand), edtf.MustParse(tt.event))
		if got != tt.want {
			t.Errorf("Compatible(%s, %s) = %v, want %v", tt.cand, tt.event, got, tt.want)
		}
	}
}

// mergeFixture is a small timeline: the loader test's data plus two events.
func mergeFixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	tl, diags := timeline.Load(testFS(map[string]string{
		"events/2022-03-21-talks-end.yaml": `id: 2022-03-21-talks-end
date: 2022-03-21
title: Russia ends peace treaty talks with Japan
summary: Citing sanctions, the Russian Foreign Ministry ends the peace treaty negotiations.
kind: summit
actors: [russia, japan]
aliases: [terminating talks with Tokyo on a peace treaty]
sources: [{title: Statement, publisher: MFA}]
`,
		"events/1945-09-02-surrender.yaml": `id: 1945-09-02-surrender
date: 1945-09-02
title: Japan signs the instrument of surrender aboard USS Missouri
summary: The end of World War II.
kind: treaty
actors: [japan]
aliases: [after World War II]
sources: [{title: Instrument, publisher: NARA}]
`,
	}), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return tl
}

func cand(article, sentence, mention, date string) timeline.Candidate {
	c := timeline.Candidate{Article: timeline.ArticleRef{ID: article, Publisher: "Test", Title: article, Published: "2024-01-30T00:00:00Z"}, Sentence: sentence}
	if mention != "" {
		c.Mention = mention
		c.Start = strings.Index(sentence, mention)
		c.End = c.Start + len(mention)
		c.Date = edtf.MustParse(date)
	}
	return c
}

func TestMerge(t *testing.T) {
	tl := mergeFixture(t)
	cands := []timeline.Candidate{
		// Evidence: month precision fits the day; words and alias match.
		cand("a", "In March 2022, the Russian Foreign Ministry announced that Moscow was terminating talks with Tokyo on a peace treaty.", "March 2022", "2022-03"),
		// timeline.Evidence by alias alone, without a date.
		cand("a", "Moscow and Tokyo have sought a peace agreement after World War II.", "", ""),
		// Conflict: all about the surrender, a day that cannot be it.
		cand("b", "Japan signed the instrument of surrender aboard USS Missouri on 3 September 1945.", "3 September 1945", "1945-09-03"),
		// One proposal from two articles: same date, same topic.
		cand("c", "Russia and Japan opened a fisheries commission on Etorofu crab quotas on 5 May 2023.", "5 May 2023", "2023-05-05"),
		cand("d", "The fisheries commission on crab quotas met in Moscow on 5 May 2023, Russia said.", "5 May 2023", "2023-05-05"),
		// A dateline alone proposes nothing.
		{Article: timeline.ArticleRef{ID: "e"}, Sentence: "TOKYO, May 9.", Mention: "May 9", Start: 7, End: 12, Date: edtf.MustParse("2023-05-09"), Dateline: true},
		// No actor named: too vague to propose.
		cand("f", "It rained heavily on 1 June 2023.", "1 June 2023", "2023-06-01"),
	}
	out := Merge(tl, cands, Options{})

	byID := map[string]*timeline.Event{}
	for i := range out.Events {
		byID[out.Events[i].ID] = &out.Events[i]
	}
	talks := byID["2022-03-21-talks-end"].Evidence
	if len(talks) != 1 || talks[0].Mention != "March 2022" || talks[0].ByAlias != "terminating talks with Tokyo on a peace treaty" {
		t.Errorf("talks evidence: %+v", talks)
	}
	surrender := byID["1945-09-02-surrender"].Evidence
	if len(surrender) != 1 || surrender[0].Mention != "" || surrender[0].ByAlias != "after World War II" {
		t.Errorf("surrender evidence: %+v", surrender)
	}
	if len(out.Conflicts) != 1 || out.Conflicts[0].Event != "1945-09-02-surrender" || out.Conflicts[0].Mention != "3 September 1945" {
		t.Fatalf("conflicts: %+v", out.Conflicts)
	}
	if len(out.Proposed) != 1 {
		t.Fatalf("proposed: %+v", out.Proposed)
	}
	p := out.Proposed[0]
	if p.Status != timeline.StatusProposed || p.Date.String() != "2023-05-05" || len(p.Evidence) != 2 || len(p.Sources) != 2 ||
		!strings.HasPrefix(p.ID, "2023-05-05-") || !slices.Contains(p.Actors, "russia") || !slices.Contains(p.Places, "iturup") {
		t.Errorf("proposal: %+v", p)
	}
	// The input timeline is untouched.
	for _, e := range tl.Events {
		if len(e.Evidence) > 0 {
			t.Errorf("Merge changed its input: %s has evidence", e.ID)
		}
	}

	// Any order of the candidates gives the same result.
	rng := rand.New(rand.NewSource(7))
	for range 10 {
		shuffled := slices.Clone(cands)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		again := Merge(tl, shuffled, Options{})
		if !reflect.DeepEqual(again.Events, out.Events) || !reflect.DeepEqual(again.Proposed, out.Proposed) || !reflect.DeepEqual(again.Conflicts, out.Conflicts) {
			t.Fatal("the order of the candidates changed the merge")
		}
	}
}

func TestExplain(t *testing.T) {
	tl := mergeFixture(t)
	c := cand("b", "Japan signed the instrument of surrender aboard USS Missouri on 3 September 1945.", "3 September 1945", "1945-09-03")
	r := Run(tl, []timeline.Candidate{c}, Options{})
	var b strings.Builder
	if n := r.Explain(&b, "b"); n != 1 {
		t.Fatalf("explained %d candidates, want 1", n)
	}
	got := b.String()
	for _, want := range []string{
		`date: "3 September 1945" = 1945-09-03 (3 September 1945)`,
		"best event the date does not fit: 1945-09-02-surrender (1945-09-02), score",
		"instru 1.00 + missouri 1.00",
		"verdict: conflict with 1945-09-02-surrender\n  why: the words match 1945-09-02-surrender but 1945-09-03 cannot be 1945-09-02",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("explanation lacks %q:\n%s", want, got)
		}
	}
}
