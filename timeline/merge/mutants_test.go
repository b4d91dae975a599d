package merge

import (
	"fmt"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// Cases found by mutation testing (make mutate). They need nothing outside
// the package: the events are built here, so every weight is known.

// explainOne is what the merge says of one candidate merged alone.
func explainOne(tl *timeline.Timeline, c timeline.Candidate, opts Options) string {
	r := Run(tl, []timeline.Candidate{c}, opts)
	return r.Explanation(&r.Decisions[0])
}

// thresholdFixture is three events on different dates whose words overlap
// in a known way. With three events, a term of one event weighs 1, a term
// of two weighs ln(2.5)/ln(4) = 0.66, a term of all three ln(2)/ln(4) = 0.5.
// evidenceOn lists, run together, the ids of the events a merge put
// evidence on.
func evidenceOn(out *timeline.Timeline) string {
	got := ""
	for _, e := range out.Events {
		if len(e.Evidence) > 0 {
			got += e.ID
		}
	}
	return got
}

// conflictsOf lists, run together, the events a merge found conflicts with.
func conflictsOf(out *timeline.Timeline) string {
	got := ""
	for _, cf := range out.Conflicts {
		got += cf.Event
	}
	return got
}

func thresholdFixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	event := func(id, date, words string) string {
		return "id: " + id + "\ndate: " + date + "\ntitle: " + words + "\nsummary: " + words +
			".\nkind: summit\nactors: [japan]\nsources: [{title: Record, publisher: MFA}]\n"
	}
	tl, diags := timeline.Load(testFS(map[string]string{
		"events/1960-01-19-kappa.yaml": event("1960-01-19-kappa", "1960-01-19", "Kappa lambda sigma"),
		"events/1970-05-05-omega.yaml": event("1970-05-05-omega", "1970-05-05", "Lambda sigma omega"),
		"events/1980-07-07-theta.yaml": event("1980-07-07-theta", "1980-07-07", "Sigma theta"),
	}), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return tl
}

// TestThreshold: a sentence joins an event when its shared words weigh at
// least the join threshold (default 1.6), and not below it. Both sides are
// close to the default, so moving it to 1.3 or 2.0 fails here.
func TestThreshold(t *testing.T) {
	tl := thresholdFixture(t)
	tests := []struct {
		sentence  string
		threshold float64
		score     float64 // the evidence's score; 0: not evidence
		verdict   string
	}{
		// kappa 1 + lambda 0.66 = 1.66: above 1.6, below 2.0.
		{"Kappa and lambda were agreed on 19 January 1960.", 0, 1.66, "verdict: evidence on 1960-01-19-kappa"},
		// kappa 1 + sigma 0.5 = 1.5: below 1.6, above 1.3.
		{"Kappa and sigma were agreed on 19 January 1960.", 0, 0, "verdict: unattached: no actor"},
		// lambda 0.66 + sigma 0.5 = 1.16: below everything tried here.
		{"Lambda and sigma were agreed on 19 January 1960.", 0, 0, "verdict: unattached: no actor"},
		// kappa + lambda + sigma = 2.16.
		{"Kappa, lambda and sigma were agreed on 19 January 1960.", 0, 2.16, "verdict: evidence on 1960-01-19-kappa"},
		// The option moves the line both ways; equal to it is enough.
		{"Kappa and sigma were agreed on 19 January 1960.", 1.4, 1.5, "verdict: evidence on 1960-01-19-kappa"},
		{"Kappa and sigma were agreed on 19 January 1960.", 1.5, 1.5, "verdict: evidence on 1960-01-19-kappa"},
		{"Kappa and lambda were agreed on 19 January 1960.", 1.7, 0, "verdict: unattached: no actor"},
		// The words fit, the date does not: never evidence.
		{"Kappa, lambda and sigma were agreed on 20 January 1960.", 0, 0, "verdict: unattached: no actor"},
	}
	for _, tt := range tests {
		mention, date := "19 January 1960", "1960-01-19"
		if strings.Contains(tt.sentence, "20 January") {
			mention, date = "20 January 1960", "1960-01-20"
		}
		c := cand("a", tt.sentence, mention, date)
		opts := Options{Threshold: tt.threshold}
		out := Merge(tl, []timeline.Candidate{c}, opts)
		var got float64
		for _, e := range out.Events {
			for _, ev := range e.Evidence {
				if e.ID != "1960-01-19-kappa" {
					t.Errorf("%q: evidence on %s", tt.sentence, e.ID)
				}
				got = ev.Score
			}
		}
		if got != tt.score {
			t.Errorf("%q at threshold %v: evidence score %v, want %v", tt.sentence, tt.threshold, got, tt.score)
		}
		if explained := explainOne(tl, c, opts); !strings.Contains(explained, tt.verdict) {
			t.Errorf("%q at threshold %v: explanation lacks %q:\n%s", tt.sentence, tt.threshold, tt.verdict, explained)
		}
	}
}

// TestConflictThreshold: the words of a sentence dated one day off match
// the event with 2.16; that is a conflict when the conflict threshold is at
// most 2.16 and not under the default 4.5.
func TestConflictThreshold(t *testing.T) {
	tl := thresholdFixture(t)
	c := cand("a", "Kappa, lambda and sigma were agreed on 20 January 1960.", "20 January 1960", "1960-01-20")
	for _, tt := range []struct {
		conflict float64
		want     string // the event in conflict, "" for none
	}{
		{0, ""},
		{4.5, ""},
		{2.2, ""},
		{2.0, "1960-01-19-kappa"},
		{1.0, "1960-01-19-kappa"},
	} {
		out := Merge(tl, []timeline.Candidate{c}, Options{ConflictThreshold: tt.conflict})
		got := conflictsOf(out)
		if got != tt.want {
			t.Errorf("conflict threshold %v: conflicts %q, want %q", tt.conflict, got, tt.want)
		}
	}
	// One word of one event weighs exactly 1: reaching the threshold is
	// enough, in the walk as in the verdict.
	one := cand("a", "Kappa was agreed on 20 January 1960.", "20 January 1960", "1960-01-20")
	for _, tt := range []struct {
		conflict float64
		want     string
	}{
		{1, "1960-01-19-kappa"},
		{1.01, ""},
	} {
		out := Merge(tl, []timeline.Candidate{one}, Options{ConflictThreshold: tt.conflict})
		got := conflictsOf(out)
		if got != tt.want {
			t.Errorf("%q at conflict threshold %v: conflicts %q, want %q", one.Sentence, tt.conflict, got, tt.want)
		}
	}
}

// TestDateIndex: a sentence dated inside an event spanning two months, or
// the turn of a year, finds the event through the month index.
func TestDateIndex(t *testing.T) {
	event := func(id, date, words string) string {
		return "id: " + id + "\ndate: " + date + "\ntitle: " + words + "\nsummary: " + words +
			".\nkind: summit\nactors: [japan]\nsources: [{title: Record, publisher: MFA}]\n"
	}
	tl, diags := timeline.Load(testFS(map[string]string{
		"events/1945-08-18-landing.yaml": event("1945-08-18-landing", "1945-08-18/1945-09-05", "Kuril landing operation"),
		"events/1955-12-20-winter.yaml":  event("1955-12-20-winter", "1955-12-20/1956-01-10", "Winter fisheries round"),
		"events/1960-06-01-other.yaml":   event("1960-06-01-other", "1960-06-01/1990-06-01", "Salmon convention extended"),
	}), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct {
		sentence, mention, date string
		want                    string // the event given evidence, "" for none
	}{
		{"The landing operation went on until 1 September 1945.", "1 September 1945", "1945-09-01", "1945-08-18-landing"},
		{"The landing operation began on 18 August 1945.", "18 August 1945", "1945-08-18", "1945-08-18-landing"},
		{"The landing operation was over by September 1945.", "September 1945", "1945-09", "1945-08-18-landing"},
		{"The landing operation was over on 6 September 1945.", "6 September 1945", "1945-09-06", ""},
		{"The winter fisheries round ended on 5 January 1956.", "5 January 1956", "1956-01-05", "1955-12-20-winter"},
		{"The winter fisheries round opened in December 1955.", "December 1955", "1955-12", "1955-12-20-winter"},
		{"The winter fisheries round was back in February 1956.", "February 1956", "1956-02", ""},
		{"The salmon convention was extended in 1975.", "1975", "1975", "1960-06-01-other"},
		{"The salmon convention was extended in 1991.", "1991", "1991", ""},
	} {
		out := Merge(tl, []timeline.Candidate{cand("a", tt.sentence, tt.mention, tt.date)}, Options{})
		got := evidenceOn(out)
		if got != tt.want {
			t.Errorf("%q: evidence on %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestTwoWordAlias: an alias of two words is the shortest that stands for
// an event; it ties an undated sentence to it. One word does not.
func TestTwoWordAlias(t *testing.T) {
	tl, diags := timeline.Load(testFS(map[string]string{
		"events/1956-10-19-declaration.yaml": `id: 1956-10-19-declaration
date: 1956-10-19
title: Joint Declaration signed in Moscow
summary: Diplomatic relations restored.
kind: treaty
actors: [japan, russia]
aliases: [Hatoyama visit, Declaration]
sources: [{title: Record, publisher: MFA}]
`,
	}), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct {
		sentence, alias string // <the evidence's ByAlias>, "" for no evidence
	}{
		{"Historians still argue about the Hatoyama visit.", "<Hatoyama visit>"},
		{"Historians still argue about the declaration.", ""},
		{"Historians still argue about the visit.", ""},
	} {
		out := Merge(tl, []timeline.Candidate{cand("a", tt.sentence, "", "")}, Options{})
		got := ""
		for _, ev := range out.Events[0].Evidence {
			got += "<" + ev.ByAlias + ">"
		}
		if got != tt.alias {
			t.Errorf("%q: evidence by alias %q, want %q", tt.sentence, got, tt.alias)
		}
	}
}

// TestConflictRareTerms: with more events than a posting list is walked
// for (64), a conflict is only considered when the rare terms alone give
// half the conflict threshold. Seventy events share seven words (too common
// to walk, 0.16 each); sixty-four share "hotel" (0.17, still walked); one
// has "zulu" (1).
func TestConflictRareTerms(t *testing.T) {
	files := map[string]string{}
	for i := range 70 {
		id := fmt.Sprintf("%d-01-01-event", 1901+i)
		words := "Alpha bravo charlie delta echo foxtrot golf"
		if i < 64 {
			words += " hotel"
		}
		if i == 0 {
			words += " zulu"
		}
		files["events/"+id+".yaml"] = "id: " + id + "\ndate: " + id[:10] + "\ntitle: " + words + "\nsummary: " + words +
			".\nkind: summit\nactors: [japan]\nsources: [{title: Record, publisher: MFA}]\n"
	}
	tl, diags := timeline.Load(testFS(files), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct {
		words    string
		conflict float64
		want     string // the event in conflict, "" for none
	}{
		// zulu 1 is exactly half of 2; with the seven common words 2.14.
		{"alpha bravo charlie delta echo foxtrot golf zulu", 2, "1901-01-01-event"},
		{"alpha bravo charlie delta echo foxtrot golf zulu", 2.01, ""},
		// zulu 1 + hotel 0.17 is over half of 2.2 only if hotel, in 64
		// events, is walked; all the words give 2.31.
		{"alpha bravo charlie delta echo foxtrot golf hotel zulu", 2.2, "1901-01-01-event"},
		{"alpha bravo charlie delta echo foxtrot golf hotel zulu", 2.4, ""},
	} {
		c := cand("a", "The "+tt.words+" on 1 January 2000.", "1 January 2000", "2000-01-01")
		out := Merge(tl, []timeline.Candidate{c}, Options{ConflictThreshold: tt.conflict})
		got := conflictsOf(out)
		if got != tt.want {
			t.Errorf("%q at conflict threshold %v: conflicts %q, want %q", tt.words, tt.conflict, got, tt.want)
		}
	}
}

// TestBestOfSeveral: when a sentence's date fits several events, the one
// sharing the weightier words gets the evidence, whatever the order of the
// ids; on a tie, the smaller id.
func TestBestOfSeveral(t *testing.T) {
	tl := thresholdFixture(t)
	for _, tt := range []struct {
		sentence, mention, date string
		threshold               float64
		want                    string
	}{
		// 1960 fits only kappa; 1960/1970 fits kappa (1.66) and omega (2.16).
		{"Kappa and lambda were agreed in 1960.", "1960", "1960", 0, "1960-01-19-kappa"},
		{"Lambda, sigma and omega held from 1960 to 1970.", "from 1960 to 1970", "1960/1970", 0, "1970-05-05-omega"},
		{"Kappa, lambda and sigma held from 1960 to 1970.", "from 1960 to 1970", "1960/1970", 0, "1960-01-19-kappa"},
		// 1970/1980 fits omega and theta: "lambda omega" gives omega 1.66,
		// theta nothing; "sigma theta" gives theta 1.5, omega 0.5.
		{"Lambda and omega held from 1970 to 1980.", "from 1970 to 1980", "1970/1980", 0, "1970-05-05-omega"},
		{"Sigma and theta held from 1970 to 1980.", "from 1970 to 1980", "1970/1980", 1.4, "1980-07-07-theta"},
		// "sigma omega theta": 1.5 for both; the smaller id wins.
		{"Sigma, omega and theta held from 1970 to 1980.", "from 1970 to 1980", "1970/1980", 1.4, "1970-05-05-omega"},
	} {
		out := Merge(tl, []timeline.Candidate{cand("a", tt.sentence, tt.mention, tt.date)}, Options{Threshold: tt.threshold})
		got := evidenceOn(out)
		if got != tt.want {
			t.Errorf("%q: evidence on %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestMatchedOrder: the words shown with a piece of evidence come
// weightiest first.
func TestMatchedOrder(t *testing.T) {
	tl := thresholdFixture(t)
	for _, tt := range []struct {
		sentence, mention, date string
		want                    string
	}{
		// omega 1, lambda 0.66, sigma 0.5.
		{"Sigma, lambda and omega were agreed on 5 May 1970.", "5 May 1970", "1970-05-05", "omega lambda sigma"},
		// kappa 1, lambda 0.66, sigma 0.5.
		{"Sigma, lambda and kappa were agreed on 19 January 1960.", "19 January 1960", "1960-01-19", "kappa lambda sigma"},
		// theta 1, sigma 0.5.
		{"Sigma and theta were agreed on 7 July 1980.", "7 July 1980", "1980-07-07", "theta sigma"},
	} {
		out := Merge(tl, []timeline.Candidate{cand("a", tt.sentence, tt.mention, tt.date)}, Options{Threshold: 1.4})
		got := ""
		for _, e := range out.Events {
			for _, ev := range e.Evidence {
				got = strings.Join(ev.Matched, " ")
			}
		}
		if got != tt.want {
			t.Errorf("%q: matched %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestLongestAlias: an undated sentence goes to the event of the longest
// alias it contains, also when a shorter alias of the same or another event
// is found in it.
func TestLongestAlias(t *testing.T) {
	event := func(id, date, aliases string) string {
		return "id: " + id + "\ndate: " + date + "\ntitle: Talks\nsummary: Talks.\nkind: summit\nactors: [japan]\n" +
			"aliases: [" + aliases + "]\nsources: [{title: Record, publisher: MFA}]\n"
	}
	tl, diags := timeline.Load(testFS(map[string]string{
		"events/2016-12-15-nagato.yaml":      event("2016-12-15-nagato", "2016-12-15", "joint economic activities, dialogue on joint economic activities"),
		"events/2018-11-14-singapore.yaml":   event("2018-11-14-singapore", "2018-11-14", "Singapore agreement"),
		"events/2019-01-22-moscow.yaml":      event("2019-01-22-moscow", "2019-01-22", "Moscow agreements"),
		"events/2017-09-07-vladivostok.yaml": event("2017-09-07-vladivostok", "2017-09-07", "Vladivostok deal"),
		"events/2017-04-27-shikotan.yaml":    event("2017-04-27-shikotan", "2017-04-27", "Shikotan talks"),
		"events/2019-06-29-habomai.yaml":     event("2019-06-29-habomai", "2019-06-29", "Habomai accord"),
	}), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct {
		sentence string
		want     string // event id and alias of the evidence
	}{
		{"Tokyo withdrew from the dialogue on joint economic activities.", "2016-12-15-nagato: dialogue on joint economic activities"},
		{"Tokyo still wants joint economic activities.", "2016-12-15-nagato: joint economic activities"},
		// Two events: the longer alias wins, wherever it stands.
		{"The Singapore agreement, unlike the dialogue on joint economic activities, stands.", "2016-12-15-nagato: dialogue on joint economic activities"},
		{"Joint economic activities came before the Singapore agreement.", "2016-12-15-nagato: joint economic activities"},
		// "Singapore agreement" and "Moscow agreements": 19 and 17 bytes.
		{"The Moscow agreements followed the Singapore agreement.", "2018-11-14-singapore: Singapore agreement"},
		{"The Singapore agreement preceded the Moscow agreements.", "2018-11-14-singapore: Singapore agreement"},
		// The longer alias wins over a smaller id: 19 bytes against 16.
		{"The Vladivostok deal led to the Singapore agreement.", "2018-11-14-singapore: Singapore agreement"},
		{"The Singapore agreement built on the Vladivostok deal.", "2018-11-14-singapore: Singapore agreement"},
	} {
		for range 20 { // hits are a map: any order of visit must agree
			out := Merge(tl, []timeline.Candidate{cand("a", tt.sentence, "", "")}, Options{})
			got := ""
			for _, e := range out.Events {
				for _, ev := range e.Evidence {
					got += e.ID + ": " + ev.ByAlias
				}
			}
			if got != tt.want {
				t.Errorf("%q: evidence %q, want %q", tt.sentence, got, tt.want)
				break
			}
		}
	}
}

// TestConflictNeedsWords: a conflict rests on the words of a sentence, not
// on an alias, and not on a sentence that carries another date.
func TestConflictNeedsWords(t *testing.T) {
	tl := thresholdFixture(t)
	tl.Events[2].Aliases = []string{"over there"}
	conflicts := func(conflict float64, cands ...timeline.Candidate) string {
		got := ""
		for _, cf := range Merge(tl, cands, Options{ConflictThreshold: conflict}).Conflicts {
			got += cf.Event + " " + cf.Mention + ";"
		}
		return got
	}
	// theta 1 + sigma 0.5 = 1.5 in words, 4.0 with the alias.
	alias := cand("a", "Sigma and theta happened over there on 19 January 1960.", "19 January 1960", "1960-01-19")
	for _, tt := range []struct {
		conflict float64
		want     string
	}{
		{1.5, "1980-07-07-theta 19 January 1960;"},
		{1.6, ""},
		{3, ""},
	} {
		if got := conflicts(tt.conflict, alias); got != tt.want {
			t.Errorf("%q at conflict threshold %v: conflicts %q, want %q", alias.Sentence, tt.conflict, got, tt.want)
		}
	}
	// Kappa's words (2.16) with a wrong day: a conflict alone, not beside
	// another date of the same sentence.
	s := "Kappa, lambda and sigma were agreed on 20 January 1960, not 3 March 1961."
	first := cand("b", s, "20 January 1960", "1960-01-20")
	second := cand("b", s, "3 March 1961", "1961-03-03")
	if got, want := conflicts(2, first), "1960-01-19-kappa 20 January 1960;"; got != want {
		t.Errorf("one date: conflicts %q, want %q", got, want)
	}
	if got := conflicts(2, first, second); got != "" {
		t.Errorf("two dates in the sentence: conflicts %q, want none", got)
	}
}

// TestProposals: the ids of proposed events (the date as far as known,
// then the three weightiest words), which sentences of one date are one
// proposal (their shared words weigh half the join threshold), and which
// dates are too vague to propose (a year is).
func TestProposals(t *testing.T) {
	tl := thresholdFixture(t)
	type seed struct{ article, sentence, mention, date string }
	for _, tt := range []struct {
		name  string
		seeds []seed
		want  []string // "id: evidence count"
	}{
		{"weightiest words first", []seed{
			// sigma 0.5 comes last: discussed, walrus, quotas weigh 1.
			{"a", "Sigma: Russia and Japan discussed walrus quotas on 5 May 2023.", "5 May 2023", "2023-05-05"},
		}, []string{"2023-05-05-discussed-walrus-quotas: 1"}},
		{"fewer than three words", []seed{
			{"a", "Russia and Japan discussed walruses on 5 May 2023.", "5 May 2023", "2023-05-05"},
		}, []string{"2023-05-05-discussed-walruses: 1"}},
		{"a year is not precise enough", []seed{
			{"a", "Russia and Japan discussed walruses in 2023.", "2023", "2023"},
		}, nil},
		{"a decade is not", []seed{
			{"a", "Russia and Japan discussed walruses in the 2020s.", "the 2020s", "202X"},
		}, nil},
		// Ids are ASCII letters and digits: other words are left out.
		{"letters and digits", []seed{
			{"a", "Russia and Japan: a9 zones for g20 on 5 May 2023.", "5 May 2023", "2023-05-05"},
		}, []string{"2023-05-05-a9-zones-g20: 1"}},
		{"other scripts", []seed{
			{"a", "Russia and Japan discussed Курилы on 5 May 2023.", "5 May 2023", "2023-05-05"},
		}, []string{"2023-05-05-discussed: 1"}},
		// Numbers are not words of an id; with no word left, "event".
		{"numbers", []seed{
			{"a", "Russia and Japan discussed walruses and 1990 on 5 May 2023.", "5 May 2023", "2023-05-05"},
		}, []string{"2023-05-05-discussed-walruses: 1"}},
		{"no words", []seed{
			{"a", "Russia and Japan, 5 May 2023.", "5 May 2023", "2023-05-05"},
		}, []string{"2023-05-05-event: 1"}},
		{"a month", []seed{
			{"a", "Russia and Japan discussed walruses in May 2023.", "May 2023", "2023-05"},
		}, []string{"2023-05-discussed-walruses: 1"}},
		// walrus 1 + Japan 0.5 = 1.5 shared: at least 0.8, one proposal.
		{"one proposal from two articles", []seed{
			{"a", "Russia and Japan discussed walrus quotas on 5 May 2023.", "5 May 2023", "2023-05-05"},
			{"b", "Japan said walrus numbers fell on 5 May 2023.", "5 May 2023", "2023-05-05"},
		}, []string{"2023-05-05-discussed-walrus-quotas: 2"}},
		// Japan 0.5 shared: less than 0.8, two proposals.
		{"two proposals of one date", []seed{
			{"a", "Russia and Japan discussed walrus quotas on 5 May 2023.", "5 May 2023", "2023-05-05"},
			{"b", "Japan said seal numbers fell on 5 May 2023.", "5 May 2023", "2023-05-05"},
		}, []string{"2023-05-05-discussed-walrus-quotas: 1", "2023-05-05-seal-numbers-fell: 1"}},
	} {
		var cands []timeline.Candidate
		for _, s := range tt.seeds {
			cands = append(cands, cand(s.article, s.sentence, s.mention, s.date))
		}
		var got []string
		for _, p := range Merge(tl, cands, Options{}).Proposed {
			got = append(got, fmt.Sprintf("%s: %d", p.ID, len(p.Evidence)))
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: proposals %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestProposalDetails: ids made unique by a number, titles cut at about 90
// bytes, sources named even when the article lacks a title or publisher.
func TestProposalDetails(t *testing.T) {
	tl := thresholdFixture(t)
	// Spring and March 2023 both start in March: the same id prefix.
	out := Merge(tl, []timeline.Candidate{
		cand("a", "Russia and Japan discussed walrus quotas in March 2023.", "March 2023", "2023-03"),
		cand("b", "Russia and Japan discussed walrus quotas in spring 2023.", "spring 2023", "2023-21"),
	}, Options{})
	var ids []string
	for _, p := range out.Proposed {
		ids = append(ids, p.Date.String()+" "+p.ID)
	}
	if got, want := strings.Join(ids, "; "), "2023-03 2023-03-discussed-walrus-quotas; 2023-21 2023-03-discussed-walrus-quotas-2"; got != want {
		t.Errorf("ids %q, want %q", got, want)
	}

	exactly90 := "Russia and Japan discussed walruses on 5 May 2023 and agreed to count them every year now."
	if len(exactly90) != 90 { // with the full stop, which a title drops
		t.Fatalf("test sentence has %d bytes", len(exactly90))
	}
	for _, tt := range []struct {
		sentence, title string
	}{
		{exactly90, strings.TrimSuffix(exactly90, ".")},
		{"Russia and Japan discussed walruses on 5 May 2023 and agreed to count them every year again, at last.",
			"Russia and Japan discussed walruses on 5 May 2023 and agreed to count them every year…"},
		{"- Russia and Japan discussed walruses on 5 May 2023.", "Russia and Japan discussed walruses on 5 May 2023"},
		// The last space at byte 40: cut there; before it, at 90 bytes.
		{"Russia and Japan discussed on 5 May 2023 walruses-seals-orcas-belugas-narwhals-dugongs-manatees-otters.",
			"Russia and Japan discussed on 5 May 2023…"},
		{"Russia and Japan met on 5 May 2023 on walruses-seals-orcas-belugas-narwhals-dugongs-manatees-otters.",
			"Russia and Japan met on 5 May 2023 on walruses-seals-orcas-belugas-narwhals-dugongs-manate…"},
	} {
		p := Merge(tl, []timeline.Candidate{cand("a", tt.sentence, "5 May 2023", "2023-05-05")}, Options{}).Proposed
		if len(p) != 1 || p[0].Title != tt.title {
			t.Errorf("%q: proposals %+v, want the title %q", tt.sentence, p, tt.title)
		}
	}

	c := cand("a", "Russia and Japan discussed walruses on 5 May 2023.", "5 May 2023", "2023-05-05")
	for _, tt := range []struct {
		title, publisher, published string
		want                        string // title, publisher, published
	}{
		{"Report", "Wire", "2023-05-06T09:00:00Z", "Report|Wire|2023-05-06"},
		{"", "", "2023-05-06", "a|unknown publisher|2023-05-06"},
		{"Report", "Wire", "2023-05", "Report|Wire|"},
	} {
		c.Article.Title, c.Article.Publisher, c.Article.Published = tt.title, tt.publisher, tt.published
		p := Merge(tl, []timeline.Candidate{c}, Options{}).Proposed
		if len(p) != 1 || len(p[0].Sources) != 1 {
			t.Fatalf("proposals %+v", p)
		}
		s := p[0].Sources[0]
		if got := s.Title + "|" + s.Publisher + "|" + s.Published.String(); got != tt.want {
			t.Errorf("source %q, want %q", got, tt.want)
		}
	}
}

// TestStem: the crude stemmer leaves a stem of at least three letters and
// leaves words of three letters or fewer alone.
func TestStem(t *testing.T) {
	for _, tt := range []struct{ word, want string }{
		{"talks", "talk"},
		{"talked", "talk"},
		{"boxes", "box"},
		{"cats", "cat"},
		{"gas", "gas"},
		{"bus", "bus"},
		{"yes", "yes"},
		{"parties", "party"},
		{"negotiations", "negoti"},
		{"press", "press"},
		{"status", "status"},
		{"crisis", "crisis"},
		{"mañanas", "mañanas"}, // not ASCII: not stemmed
		{"uses", "use"},
		{"ties", "tie"},
	} {
		if got := stem(tt.word); got != tt.want {
			t.Errorf("stem(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// proposedFrom is what the merge proposes from one sentence dated 5 May
// 2023, given without offsets.
func proposedFrom(tl *timeline.Timeline, sentence string) []timeline.Event {
	c := timeline.Candidate{Article: timeline.ArticleRef{ID: "a"}, Sentence: sentence, Mention: "5 May 2023", Date: edtf.MustParse("2023-05-05")}
	return Merge(tl, []timeline.Candidate{c}, Options{}).Proposed
}

// TestNameAtEnd: a place name of two words is found as the last words of a
// sentence; its first word alone is not the place.
func TestNameAtEnd(t *testing.T) {
	tl := mergeFixture(t)
	for _, tt := range []struct {
		sentence string
		places   string
	}{
		{"Russia and Japan met about the Northern Territories", "southern-kurils"},
		{"Russia and Japan met about the Northern Territories.", "southern-kurils"},
		{"Russia and Japan met near the islands' Northern", ""}, // eight words
		{"Russia and Japan met near the Northern", ""},
	} {
		p := proposedFrom(tl, tt.sentence)
		if len(p) != 1 || strings.Join(p[0].Places, " ") != tt.places {
			t.Errorf("%q: proposals %+v, want one with places %q", tt.sentence, p, tt.places)
		}
	}
}

// TestTermsAroundNames: the word after a name is a term; single letters
// are not.
func TestTermsAroundNames(t *testing.T) {
	tl := mergeFixture(t)
	for _, tt := range []struct{ sentence, id string }{
		{"Russia and Japan met about the Northern Territories walruses", "2023-05-05-met-walruses"},
		{"Russia and Japan signed plan b on walruses", "2023-05-05-signs-plan-walruses"}, // "signs": the first spelling of the stem seen,
	} {
		p := proposedFrom(tl, tt.sentence)
		if len(p) != 1 || p[0].ID != tt.id {
			t.Errorf("%q: proposals %+v, want the id %q", tt.sentence, p, tt.id)
		}
	}
}

// TestAliasCutShort: the first words of an alias at the end of a sentence
// are not the alias.
func TestAliasCutShort(t *testing.T) {
	tl := mergeFixture(t) // alias "terminating talks with Tokyo on a peace treaty"
	for _, sentence := range []string{
		"Tokyo said Moscow was terminating talks", // eight words
		"Moscow was terminating talks",
		"Terminating talks",
	} {
		out := Merge(tl, []timeline.Candidate{cand("a", sentence, "", "")}, Options{})
		for _, e := range out.Events {
			if len(e.Evidence) > 0 {
				t.Errorf("%q: evidence on %s", sentence, e.ID)
			}
		}
	}
}

// TestClusterAtHalf: two sentences of one date whose shared words weigh
// exactly half the join threshold are one proposal.
func TestClusterAtHalf(t *testing.T) {
	tl := thresholdFixture(t)
	cands := []timeline.Candidate{
		cand("a", "Russia and Japan discussed walrus quotas on 5 May 2023.", "5 May 2023", "2023-05-05"),
		cand("b", "Japan said walrus numbers fell on 5 May 2023.", "5 May 2023", "2023-05-05"),
	}
	// Shared: walrus 1 + Japan 0.5 = 1.5.
	for _, tt := range []struct {
		threshold float64
		want      int
	}{
		{3, 1},
		{3.1, 2},
	} {
		if got := len(Merge(tl, cands, Options{Threshold: tt.threshold}).Proposed); got != tt.want {
			t.Errorf("join threshold %v: %d proposals, want %d", tt.threshold, got, tt.want)
		}
	}
}

// TestLongestNameFirst: of two names that start alike, the longer one is
// the place the words name.
func TestLongestNameFirst(t *testing.T) {
	fsys := testFS(map[string]string{
		"events/1945-09-02-surrender.yaml": `id: 1945-09-02-surrender
date: 1945-09-02
title: Surrender
summary: Surrender.
kind: treaty
actors: [japan]
sources: [{title: Instrument, publisher: NARA}]
`,
	})
	fsys["places.yaml"].Data = []byte(`places:
  - id: kurils
    name: Kuril Islands
  - id: reserve
    name: Kuril Islands Reserve
  - id: kurilsk
    name: Kuril
`)
	tl, diags := timeline.Load(fsys, timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct{ sentence, places string }{
		{"Japan and Russia met in the Kuril Islands Reserve", "reserve"},
		{"Japan and Russia met in the Kuril Islands", "kurils"},
		{"Japan and Russia met in Kuril town", "kurilsk"},
	} {
		p := proposedFrom(tl, tt.sentence)
		if len(p) != 1 || strings.Join(p[0].Places, " ") != tt.places {
			t.Errorf("%q: proposals %+v, want one with places %q", tt.sentence, p, tt.places)
		}
	}
}

// TestClosestEdge: "did you mean" offers ids within an edit distance of three
// (or a third of the id's length), nearest first, at most three.
func TestClosestEdge(t *testing.T) {
	ids := []string{"abcdexyz", "abcdwxyz", "abcdefgx", "abcdefgh-more"}
	if got, want := strings.Join(Closest("abcdefgh", ids), " "), "abcdefgh-more abcdefgx abcdexyz"; got != want {
		t.Errorf("Closest = %q, want %q", got, want)
	}
}

// TestJapaneseAlias: a Japanese alias of three characters or more names
// its event wherever it stands in a sentence; two characters are too few.
func TestJapaneseAlias(t *testing.T) {
	tl, diags := timeline.Load(testFS(map[string]string{
		"events/1956-10-19-declaration.yaml": `id: 1956-10-19-declaration
date: 1956-10-19
title: Joint Declaration signed in Moscow
summary: Diplomatic relations restored.
kind: treaty
actors: [japan, russia]
aliases: [択捉島, 四島]
sources: [{title: Record, publisher: MFA}]
`,
	}), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct{ sentence, alias string }{
		{"首相は択捉島について語った。", "<択捉島>"},
		{"首相は四島について語った。", ""},
	} {
		got := ""
		for _, ev := range Merge(tl, []timeline.Candidate{cand("a", tt.sentence, "", "")}, Options{}).Events[0].Evidence {
			got += "<" + ev.ByAlias + ">"
		}
		if got != tt.alias {
			t.Errorf("%q: evidence by alias %q, want %q", tt.sentence, got, tt.alias)
		}
	}
}

// TestProposalReason: the explanation of a proposal says how many
// sentences it gathers when there are several, and nothing of the kind for
// one.
func TestProposalReason(t *testing.T) {
	tl := thresholdFixture(t)
	one := cand("a", "Russia and Japan discussed walrus quotas on 5 May 2023.", "5 May 2023", "2023-05-05")
	two := cand("b", "Japan said walrus numbers fell on 5 May 2023.", "5 May 2023", "2023-05-05")
	r := Run(tl, []timeline.Candidate{one}, Options{})
	if got := r.Explanation(&r.Decisions[0]); !strings.Contains(got, "proposed as 2023-05-05-discussed-walrus-quotas") || strings.Contains(got, "sentences of the same date") {
		t.Errorf("one sentence:\n%s", got)
	}
	r = Run(tl, []timeline.Candidate{one, two}, Options{})
	for i := range r.Decisions {
		if got := r.Explanation(&r.Decisions[i]); !strings.Contains(got, "proposed as 2023-05-05-discussed-walrus-quotas with 2 sentences of the same date and topic") {
			t.Errorf("two sentences:\n%s", got)
		}
	}
}
