package merge

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// TestStrongestDate: of the dates of one sentence that fit the same event
// equally well, the evidence keeps the most precise, then a date over a
// time of day, then the one written with digits; whichever comes first in
// the sentence.
func TestStrongestDate(t *testing.T) {
	tl := familyFixture(t)
	type mention struct{ text, date, typ string }
	for _, tt := range []struct {
		sentence string
		mentions []mention
		want     string // the mention the evidence keeps
	}{
		{"Abe and Putin met in Moscow today, at 3 p.m.",
			[]mention{{"today", "2019-01-22", "DATE"}, {"3 p.m.", "2019-01-22", "TIME"}}, "today"},
		{"At 3 p.m. today Abe and Putin met in Moscow.",
			[]mention{{"3 p.m.", "2019-01-22", "TIME"}, {"today", "2019-01-22", "DATE"}}, "today"},
		{"Abe and Putin met in Moscow in January 2019, on the day itself.",
			[]mention{{"January 2019", "2019-01", "DATE"}, {"the day", "2019-01-22", "DATE"}}, "the day"},
		{"On the day itself, in January 2019, Abe and Putin met in Moscow.",
			[]mention{{"the day", "2019-01-22", "DATE"}, {"January 2019", "2019-01", "DATE"}}, "the day"},
		{"Abe and Putin met in Moscow that day, 22 January 2019.",
			[]mention{{"that day", "2019-01-22", "DATE"}, {"22 January 2019", "2019-01-22", "DATE"}}, "22 January 2019"},
		{"On 22 January 2019, that day, Abe and Putin met in Moscow.",
			[]mention{{"22 January 2019", "2019-01-22", "DATE"}, {"that day", "2019-01-22", "DATE"}}, "22 January 2019"},
	} {
		var cands []timeline.Candidate
		for _, m := range tt.mentions {
			c := at("x", "2019-01-22", tt.sentence, m.text, m.date)
			c.Type = m.typ
			cands = append(cands, c)
		}
		out := Merge(tl, cands, Options{})
		var got []string
		for _, e := range out.Events {
			for _, ev := range e.Evidence {
				got = append(got, e.ID+" "+ev.Mention)
			}
		}
		if want := "2019-01-22-moscow-meeting " + tt.want; strings.Join(got, "; ") != want {
			t.Errorf("%q: evidence %q, want %q", tt.sentence, got, want)
		}
	}
}

// TestOwnNewsWindow: in a sentence that is already evidence on an old
// event, another date is proposed when it is the article's own news: a day
// from a week before the publication to 62 days after it (months counted
// as 31 days). Outside that, or when the publication day cannot be read,
// it is part of the same sentence.
func TestOwnNewsWindow(t *testing.T) {
	tl := familyFixture(t)
	for _, tt := range []struct {
		published, mention, date string
		want                     Outcome
	}{
		{"2022-12-21", "21 December 2022", "2022-12-21", OutcomeProposal},
		{"2022-12-21", "14 December 2022", "2022-12-14", OutcomeProposal},
		{"2022-12-21", "13 December 2022", "2022-12-13", OutcomeSameSentence},
		{"2022-12-21", "21 February 2023", "2023-02-21", OutcomeProposal},
		{"2022-12-21", "22 February 2023", "2023-02-22", OutcomeSameSentence},
		// The first and last days of a year are publication days too.
		{"2023-01-01", "1 January 2023", "2023-01-01", OutcomeProposal},
		{"2023-12-31", "31 December 2023", "2023-12-31", OutcomeProposal},
		// No readable publication day: no own news.
		{"2023-13-01", "1 January 2024", "2024-01-01", OutcomeSameSentence},
		{"2023-00-10", "10 January 2023", "2023-01-10", OutcomeSameSentence},
		{"2023-01-32", "1 February 2023", "2023-02-01", OutcomeSameSentence},
		{"2023-01-00", "1 January 2023", "2023-01-01", OutcomeSameSentence},
		{"2023/01/10", "10 January 2023", "2023-01-10", OutcomeSameSentence},
		{"2023-1-10", "10 January 2023", "2023-01-10", OutcomeSameSentence},
		{"2023-01", "10 January 2023", "2023-01-10", OutcomeSameSentence},
	} {
		s := "Japan's foreign ministry released records on " + tt.mention + " showing how Tokyo negotiated the 1956 Joint Declaration signed on 19 October 1956."
		old := at("news", "2000-01-01", s, "19 October 1956", "1956-10-19")
		news := at("news", "2000-01-01", s, tt.mention, tt.date)
		old.Article.Published, news.Article.Published = tt.published, tt.published
		r := Run(tl, []timeline.Candidate{news, old}, Options{})
		if d := decisionOf(t, r, s, "19 October 1956"); d.Outcome != OutcomeEvidence {
			t.Fatalf("published %s: the old date is %s (%s)", tt.published, d.Outcome, d.Reason)
		}
		if d := decisionOf(t, r, s, tt.mention); d.Outcome != tt.want {
			t.Errorf("published %s, %s: %s (%s), want %s", tt.published, tt.mention, d.Outcome, d.Reason, tt.want)
		}
	}
}

// TestVisitWindow: a further date of a sentence that reports a one-day
// event, within three days of it, is the same visit; four days away it is
// a happening of its own, proposed (it is the article's own news).
func TestVisitWindow(t *testing.T) {
	tl := familyFixture(t)
	for _, tt := range []struct {
		first, firstDate, second, secondDate string
		other                                string // the date that is not the event's
		want                                 Outcome
	}{
		{"20 January 2019", "2019-01-20", "22 January 2019", "2019-01-22", "20 January 2019", OutcomeSameSentence},
		{"19 January 2019", "2019-01-19", "22 January 2019", "2019-01-22", "19 January 2019", OutcomeSameSentence},
		{"18 January 2019", "2019-01-18", "22 January 2019", "2019-01-22", "18 January 2019", OutcomeProposal},
		{"22 January 2019", "2019-01-22", "25 January 2019", "2019-01-25", "25 January 2019", OutcomeSameSentence},
		{"22 January 2019", "2019-01-22", "26 January 2019", "2019-01-26", "26 January 2019", OutcomeProposal},
	} {
		s := "Abe will arrive on " + tt.first + " and leave on " + tt.second + "."
		r := Run(tl, []timeline.Candidate{
			at("v", "2019-01-10", s, tt.first, tt.firstDate),
			at("v", "2019-01-10", s, tt.second, tt.secondDate),
		}, Options{})
		event := tt.first
		if event == tt.other {
			event = tt.second
		}
		if d := decisionOf(t, r, s, event); d.Outcome != OutcomeEvidence || d.Event != "2019-01-22-moscow-meeting" {
			t.Errorf("%q: %s is %s %s (%s)", s, event, d.Outcome, d.Event, d.Reason)
		}
		if d := decisionOf(t, r, s, tt.other); d.Outcome != tt.want {
			t.Errorf("%q: %s is %s (%s), want %s", s, tt.other, d.Outcome, d.Reason, tt.want)
		}
	}
}

// TestSameDayKeepsWords: a sentence joined to an event because another
// sentence of its article dates the event on that day keeps the words it
// shares with the event, and its score.
func TestSameDayKeepsWords(t *testing.T) {
	tl := familyFixture(t)
	words := at("sea", "2025-07-21", "Former islanders held a memorial service at sea on 20 July 2025.", "20 July 2025", "2025-07-20")
	for _, tt := range []struct {
		sentence string
		want     string // score and matched words of its evidence
	}{
		{"On 20 July 2025, forty-six residents took part.", "1 resident"},
		{"On 20 July 2025, forty-six people took part.", "0 "},
	} {
		other := at("sea", "2025-07-21", tt.sentence, "20 July 2025", "2025-07-20")
		out := Merge(tl, []timeline.Candidate{words, other}, Options{})
		got := ""
		for _, e := range out.Events {
			for _, ev := range e.Evidence {
				if ev.Sentence == tt.sentence {
					got += fmt.Sprintf("%s: %g %s", e.ID, ev.Score, strings.Join(ev.Matched, " "))
				}
			}
		}
		if want := "2022-06-07-sea-memorials: " + tt.want; got != want {
			t.Errorf("%q: evidence %q, want %q", tt.sentence, got, want)
		}
	}
}

// TestReasonOfAttachedSentence: a date that is attached to nothing, in a
// sentence whose first attached date is evidence, says so, whatever the
// sentence's later dates became.
func TestReasonOfAttachedSentence(t *testing.T) {
	tl := familyFixture(t)
	s := "Former islanders held a memorial service at sea on 20 July 2025, in the final weeks of World War II style, and Japan announced on 21 July 2025 a new fund."
	r := Run(tl, []timeline.Candidate{
		at("sea", "2025-07-21", s, "20 July 2025", "2025-07-20"),
		at("sea", "2025-07-21", s, "the final weeks", "2025-07-14"),
		at("sea", "2025-07-21", s, "21 July 2025", "2025-07-21"),
	}, Options{})
	for _, tt := range []struct{ mention, verdict string }{
		{"20 July 2025", "verdict: evidence on 2022-06-07-sea-memorials"},
		{"21 July 2025", "verdict: proposal 2025-07-21-held-memorial-service"},
		{"the final weeks", "verdict: same sentence: another date of a sentence that is already evidence on 2022-06-07-sea-memorials (this date alone: a part of a named period (“… of …”), not a date of its own)"},
	} {
		if got := decisionOf(t, r, s, tt.mention).Verdict(); got != tt.verdict {
			t.Errorf("%s: %s, want %s", tt.mention, got, tt.verdict)
		}
	}
}

// TestConflictOrder: conflicts are listed by event, then in the order of
// the candidates, whatever the order of the articles.
func TestConflictOrder(t *testing.T) {
	tl := thresholdFixture(t)
	cands := []timeline.Candidate{
		cand("a", "Theta was agreed on 8 July 1980.", "8 July 1980", "1980-07-08"),
		cand("b", "Kappa was agreed on 21 January 1960.", "21 January 1960", "1960-01-21"),
		cand("c", "Kappa was agreed on 20 January 1960.", "20 January 1960", "1960-01-20"),
	}
	var got []string
	for _, cf := range Merge(tl, cands, Options{ConflictThreshold: 1}).Conflicts {
		got = append(got, cf.Event+" "+cf.Mention)
	}
	want := "1960-01-19-kappa 21 January 1960; 1960-01-19-kappa 20 January 1960; 1980-07-07-theta 8 July 1980"
	if strings.Join(got, "; ") != want {
		t.Errorf("conflicts %q, want %q", got, want)
	}
}

// TestSamePosition: candidates the ordering cannot tell apart (readings
// of a date at the same place) keep the order they were given in, however
// many there are and however they are mixed with others.
func TestSamePosition(t *testing.T) {
	tl := familyFixture(t)
	s := "Abe and Putin met in Moscow on 22 January 2019, or 23 January, or 24 January."
	rng := rand.New(rand.NewPCG(5, 0))
	var cands []timeline.Candidate
	for i := range 300 {
		c := at("x", "2019-01-22", s, "22 January 2019", "2019-01-22")
		c.Start += rng.IntN(3) // three places, in no order
		c.Mention = fmt.Sprintf("reading %d", i)
		cands = append(cands, c)
	}
	index := map[*timeline.Candidate]int{}
	for i := range cands {
		index[&cands[i]] = i
	}
	r := Run(tl, cands, Options{})
	for k := 1; k < len(r.Decisions); k++ {
		a, b := r.Decisions[k-1].Candidate, r.Decisions[k].Candidate
		if a.Start > b.Start || a.Start == b.Start && index[a] > index[b] {
			t.Fatalf("decision %d is of %q at %d, decision %d of %q at %d", k-1, a.Mention, a.Start, k, b.Mention, b.Start)
		}
	}
	var got []string
	for _, e := range r.Timeline.Events {
		for _, ev := range e.Evidence {
			got = append(got, ev.Mention)
		}
	}
	first := r.Decisions[0].Candidate.Mention
	if strings.Join(got, "; ") != first {
		t.Errorf("evidence %q, want the first reading only, %q", got, first)
	}
}

// TestNamedPeriodByAlias: a date phrase that is a part of a named period
// ("the first months of the Cold War") ties its sentence to an event only
// through an alias, and says so.
func TestNamedPeriodByAlias(t *testing.T) {
	tl := familyFixture(t)
	for _, tt := range []struct {
		sentence, mention, verdict string
	}{
		{"The road to the 1956 Joint Declaration began in the first months of the Cold War.", "the first months",
			"verdict: evidence on 1956-10-19-joint-declaration"},
		{"Japan and Russia first talked in the first months of the Cold War.", "the first months",
			"verdict: unattached: a part of a named period (“… of …”), not a date of its own"},
		{"Japan and Russia first talked in the first months of the war.", "the first months",
			"verdict: unattached: a part of a named period (“… of …”), not a date of its own"},
		// A date with digits, or a period not named, is a date of its own.
		{"Japan and Russia first talked in January 1946 of all years.", "January 1946", "verdict: proposal 1946-01-talked"},
		{"Japan and Russia first talked in the first months of peace.", "the first months", "verdict: proposal 1946-01-talked-peace"},
	} {
		r := Run(tl, []timeline.Candidate{at("a", "2024-01-30", tt.sentence, tt.mention, "1946-01")}, Options{})
		d := &r.Decisions[0]
		if d.Verdict() != tt.verdict {
			t.Errorf("%q: %s, want %s", tt.sentence, d.Verdict(), tt.verdict)
		}
		if d.Outcome == OutcomeEvidence && !strings.HasPrefix(d.Reason, "its date phrase is a part of what follows it (“of …”); no one-off date; the alias") {
			t.Errorf("%q: reason %q", tt.sentence, d.Reason)
		}
	}
}

// TestLaterDateOfProposal: a sentence proposes one event, at its first
// date; its other dates say which.
func TestLaterDateOfProposal(t *testing.T) {
	tl := familyFixture(t)
	s := "Japan and Russia opened fishery talks on 5 May 2023 and closed them on 9 May 2023."
	r := Run(tl, []timeline.Candidate{
		at("a", "2023-05-10", s, "5 May 2023", "2023-05-05"),
		at("a", "2023-05-10", s, "9 May 2023", "2023-05-09"),
	}, Options{})
	if len(r.Timeline.Proposed) != 1 {
		t.Fatalf("proposals %+v", r.Timeline.Proposed)
	}
	id := r.Timeline.Proposed[0].ID
	if d := decisionOf(t, r, s, "5 May 2023"); d.Verdict() != "verdict: proposal "+id {
		t.Errorf("first date: %s", d.Verdict())
	}
	if d := decisionOf(t, r, s, "9 May 2023"); d.Verdict() != "verdict: same sentence: another date of a sentence that already proposes "+id+" at its first date" {
		t.Errorf("second date: %s", d.Verdict())
	}
}

// TestAnniversaryNeedsAlias: a sentence that marks an anniversary is
// evidence on the event it names by an alias; without an alias it is
// judged by its words like any other.
func TestAnniversaryNeedsAlias(t *testing.T) {
	tl := familyFixture(t)
	for _, tt := range []struct{ sentence, verdict string }{
		{"Today marks 60 years since the 1956 Joint Declaration.", "verdict: evidence on 1956-10-19-joint-declaration"},
		{"Today marks 60 years since Japan and Russia ended the war.", "verdict: proposal 2016-10-19-marks-war-ends"},
	} {
		r := Run(tl, []timeline.Candidate{at("a", "2016-10-19", tt.sentence, "Today", "2016-10-19")}, Options{})
		if got := r.Decisions[0].Verdict(); got != tt.verdict {
			t.Errorf("%q: %s, want %s", tt.sentence, got, tt.verdict)
		}
	}
}

// roundsFixture: two rounds of talks of 15 and 16 days and a one-day
// summit, sharing the alias "joint economic activities"; the summit also
// has a longer one.
func roundsFixture(t *testing.T) *timeline.Timeline {
	t.Helper()
	ev := func(id, date, title, aliases string) string {
		return "id: " + id + "\ndate: " + date + "\ntitle: " + title + "\nsummary: " + title + ".\nkind: summit\nactors: [japan, abe]\naliases: [" +
			aliases + "]\nsources: [{title: Record, publisher: MFA}]\n"
	}
	fsys := testFS(map[string]string{
		"events/2019-05-01-round.yaml":  ev("2019-05-01-round", "2019-05-01/2019-05-15", "Fishery round", "joint economic activities"),
		"events/2019-07-01-round.yaml":  ev("2019-07-01-round", "2019-07-01/2019-07-16", "Crab round", "joint economic activities"),
		"events/2019-09-05-summit.yaml": ev("2019-09-05-summit", "2019-09-05", "Vladivostok summit", "joint economic activities, the plan for joint economic activities"),
	})
	fsys["actors.yaml"].Data = []byte(familyActors)
	tl, diags := timeline.Load(fsys, timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return tl
}

// TestSameHappening: below the join threshold, a sentence reports a short
// curated event (two weeks at most) when its day falls inside it, or its
// month holds it, and it shares a telling name with it (and, for a month,
// a word besides).
func TestSameHappening(t *testing.T) {
	tl := roundsFixture(t)
	for _, tt := range []struct{ sentence, mention, date, verdict string }{
		{"Abe held talks on 10 May 2019.", "10 May 2019", "2019-05-10", "verdict: evidence on 2019-05-01-round"},
		{"Abe held talks on 1 May 2019.", "1 May 2019", "2019-05-01", "verdict: evidence on 2019-05-01-round"},
		{"Abe held talks on 15 May 2019.", "15 May 2019", "2019-05-15", "verdict: evidence on 2019-05-01-round"},
		{"Abe held talks on 16 May 2019.", "16 May 2019", "2019-05-16", "verdict: proposal 2019-05-16-held-talks"},
		// Sixteen days are too long for a date inside to be a report of it.
		{"Abe held talks on 10 July 2019.", "10 July 2019", "2019-07-10", "verdict: proposal 2019-07-10-held-talks"},
		{"Abe held fishery talks in May 2019.", "May 2019", "2019-05", "verdict: evidence on 2019-05-01-round"},
		{"Abe held talks in May 2019.", "May 2019", "2019-05", "verdict: proposal 2019-05-held-talks"},
		{"Abe held crab talks in July 2019.", "July 2019", "2019-07", "verdict: proposal 2019-07-held-crab-talks"},
		{"Abe held fishery talks in 2019.", "2019", "2019", "verdict: unattached: only a year"},
	} {
		r := Run(tl, []timeline.Candidate{at("a", "2019-05-20", tt.sentence, tt.mention, tt.date)}, Options{Threshold: 50})
		d := &r.Decisions[0]
		if d.Verdict() != tt.verdict {
			t.Errorf("%q: %s, want %s", tt.sentence, d.Verdict(), tt.verdict)
		}
		if d.Outcome == OutcomeEvidence && !strings.HasPrefix(d.Reason, "its date holds "+d.Event+", which it shares") {
			t.Errorf("%q: reason %q", tt.sentence, d.Reason)
		}
	}
}

// TestTellingName: a name shared by every event of three weighs 0.5, just
// enough to make a report of one of them; in four it weighs less.
func TestTellingName(t *testing.T) {
	for _, tt := range []struct {
		events  int
		verdict string
	}{
		{3, "verdict: evidence on 1960-01-19-kappa"},
		{4, "verdict: proposal 1960-01-19-spoke"},
	} {
		tl := thresholdFixture(t)
		if tt.events == 4 {
			e := tl.Events[2]
			e.ID, e.Date = "1990-01-01-theta", edtf.MustParse("1990-01-01")
			tl.Events = append(tl.Events, e)
		}
		r := Run(tl, []timeline.Candidate{cand("a", "Japan spoke on 19 January 1960.", "19 January 1960", "1960-01-19")}, Options{})
		if got := r.Decisions[0].Verdict(); got != tt.verdict {
			t.Errorf("%d events: %s, want %s", tt.events, got, tt.verdict)
		}
	}
}

// TestAliasChoice: an undated sentence naming an alias that several events
// share goes to the event of the longest alias found, then the one nearest
// the publication, then the smallest id; in the present tense, to the one
// nearest the publication whatever the length.
func TestAliasChoice(t *testing.T) {
	tl := roundsFixture(t)
	for _, tt := range []struct{ published, sentence, event string }{
		{"2019-05-20", "Joint economic activities were discussed.", "2019-05-01-round"},
		{"2019-08-20", "Joint economic activities were discussed.", "2019-09-05-summit"},
		{"2019-04-20", "Joint economic activities were discussed.", "2019-05-01-round"},
		{"2019-06-20", "Joint economic activities were discussed.", "2019-07-01-round"},
		// 24 days after the first round, 24 before the second.
		{"2019-06-08", "Joint economic activities were discussed.", "2019-05-01-round"},
		{"2019-05-20", "The plan for joint economic activities was discussed.", "2019-09-05-summit"},
		{"2019-05-20", "The plan for joint economic activities is discussed.", "2019-05-01-round"},
		{"", "The plan for joint economic activities is discussed.", "2019-09-05-summit"},
		{"", "Joint economic activities are discussed.", "2019-05-01-round"},
	} {
		c := at("a", "2000-01-01", tt.sentence, "", "")
		c.Article.Published = tt.published
		for range 10 { // the aliases found are a map: any order must agree
			r := Run(tl, []timeline.Candidate{c}, Options{})
			if d := &r.Decisions[0]; d.Outcome != OutcomeEvidence || d.Event != tt.event {
				t.Errorf("published %q, %q: %s, want evidence on %s", tt.published, tt.sentence, d.Verdict(), tt.event)
				break
			}
		}
	}
}

// TestLongEvent: an event longer than about a year (366 days, counting
// months as 31 days) holds many dates that have nothing to do with it: its
// actors' names do not count in the score of a sentence dated inside it.
func TestLongEvent(t *testing.T) {
	ev := func(id, date string) string {
		return "id: " + id + "\ndate: " + date + "\ntitle: Visits\nsummary: Visits.\nkind: summit\nactors: [japan, abe]\nsources: [{title: Record, publisher: MFA}]\n"
	}
	fsys := testFS(map[string]string{
		"events/2019-01-10-visits.yaml": ev("2019-01-10-visits", "2019-01-10/2020-01-04"), // 366 days
		"events/2021-01-10-visits.yaml": ev("2021-01-10-visits", "2021-01-10/2022-01-05"), // 367 days
	})
	fsys["actors.yaml"].Data = []byte(familyActors)
	tl, diags := timeline.Load(fsys, timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct{ sentence, mention, date, verdict string }{
		{"Abe and Japan met on 10 May 2019.", "10 May 2019", "2019-05-10", "verdict: evidence on 2019-01-10-visits"},
		{"Abe and Japan met on 10 May 2021.", "10 May 2021", "2021-05-10", "verdict: proposal 2021-05-10-met"},
	} {
		r := Run(tl, []timeline.Candidate{at("a", "2019-05-20", tt.sentence, tt.mention, tt.date)}, Options{Threshold: 1})
		if got := r.Decisions[0].Verdict(); got != tt.verdict {
			t.Errorf("%q: %s, want %s\n%s", tt.sentence, got, tt.verdict, r.Explanation(&r.Decisions[0]))
		}
	}
}

// TestConflictMostlyAbout: a sentence is in conflict with an event only
// when the words it shares with it weigh at least half of all its words
// (a word no event has weighs 1): a long sentence that mentions the event
// in passing is not.
func TestConflictMostlyAbout(t *testing.T) {
	tl := thresholdFixture(t)
	tl.Events[0].Title = "Sigma, kappa and lambda" // the first term read weighs 0.5, like any other
	for _, tt := range []struct{ sentence, want string }{
		// Shared 2.16; "agreed" 1: 3.16 in all.
		{"Kappa, lambda and sigma were agreed on 20 January 1960.", "1960-01-19-kappa"},
		// 4.16 in all: 2.16 is at least half.
		{"Kappa, lambda and sigma were agreed quietly on 20 January 1960.", "1960-01-19-kappa"},
		// 5.16 in all.
		{"Kappa, lambda and sigma were agreed quietly and formally on 20 January 1960.", ""},
	} {
		c := cand("a", tt.sentence, "20 January 1960", "1960-01-20")
		if got := conflictsOf(Merge(tl, []timeline.Candidate{c}, Options{ConflictThreshold: 2})); got != tt.want {
			t.Errorf("%q: conflicts %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestConflictPrecision: a conflict needs a date at least as precise as a
// month; a year that cannot be the event's is too vague to contradict it.
func TestConflictPrecision(t *testing.T) {
	tl := thresholdFixture(t)
	for _, tt := range []struct{ sentence, mention, date, want string }{
		{"Kappa, lambda and sigma were agreed on 20 January 1960.", "20 January 1960", "1960-01-20", "1960-01-19-kappa"},
		{"Kappa, lambda and sigma were agreed in February 1960.", "February 1960", "1960-02", "1960-01-19-kappa"},
		{"Kappa, lambda and sigma were agreed in 1961.", "1961", "1961", ""},
	} {
		c := cand("a", tt.sentence, tt.mention, tt.date)
		if got := conflictsOf(Merge(tl, []timeline.Candidate{c}, Options{ConflictThreshold: 2})); got != tt.want {
			t.Errorf("%q: conflicts %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestSameDayAtThreshold: a sentence whose words reach the join threshold
// exactly dates the event for the other sentences of its article on that
// day.
func TestSameDayAtThreshold(t *testing.T) {
	tl := thresholdFixture(t)
	words := cand("a", "Kappa was agreed on 19 January 1960.", "19 January 1960", "1960-01-19") // kappa weighs 1
	bare := cand("a", "On 19 January 1960, the delegates walked out.", "19 January 1960", "1960-01-19")
	bare.SentenceStart = 100
	for _, tt := range []struct {
		threshold float64
		verdict   string
	}{
		{1, "verdict: evidence on 1960-01-19-kappa"},
		{1.01, "verdict: unattached: no actor"},
	} {
		r := Run(tl, []timeline.Candidate{words, bare}, Options{Threshold: tt.threshold})
		if got := decisionOf(t, r, bare.Sentence, bare.Mention).Verdict(); got != tt.verdict {
			t.Errorf("join threshold %v: %s, want %s", tt.threshold, got, tt.verdict)
		}
	}
}

// TestMergeAgain: merging into a timeline that already holds evidence
// keeps it, adds the new, and leaves events without any as they were.
func TestMergeAgain(t *testing.T) {
	tl := thresholdFixture(t)
	first := Merge(tl, []timeline.Candidate{cand("a", "Kappa and lambda were agreed on 19 January 1960.", "19 January 1960", "1960-01-19")}, Options{})
	second := Merge(first, []timeline.Candidate{cand("b", "Lambda, sigma and omega were agreed on 5 May 1970.", "5 May 1970", "1970-05-05")}, Options{})
	var got []string
	for _, e := range second.Events {
		got = append(got, fmt.Sprintf("%s %d %v", e.ID, len(e.Evidence), e.Evidence == nil))
	}
	want := "1960-01-19-kappa 1 false; 1970-05-05-omega 1 false; 1980-07-07-theta 0 true"
	if strings.Join(got, "; ") != want {
		t.Errorf("events after two merges: %q, want %q", got, want)
	}
}

// TestDayAtMonthEnd: a sentence dated to another day of the event's month
// is no evidence on a one-day event, on the last days of a month as on any
// other.
func TestDayAtMonthEnd(t *testing.T) {
	tl := familyFixture(t)
	for _, day := range []string{"29", "30", "31"} {
		c := at("x", "2019-02-10", "Abe and Putin met in Moscow on January "+day+", 2019.", "January "+day+", 2019", "2019-01-"+day)
		out := Merge(tl, []timeline.Candidate{c}, Options{})
		for _, e := range out.Events {
			if e.ID == "2019-01-22-moscow-meeting" && len(e.Evidence) != 0 {
				t.Errorf("January %s: evidence on the meeting of 22 January: %+v", day, e.Evidence)
			}
		}
	}
}

// TestDemotedConflictProposes: a conflict Run demotes, because the article
// dates the event rightly elsewhere or the sentence carries other dates,
// becomes a proposal with the sentence's actors (it lost its terms, and was
// left unattached for "no actor").
func TestDemotedConflictProposes(t *testing.T) {
	tl := thresholdFixture(t)
	right := "Japan agreed kappa, lambda and sigma on 19 January 1960."
	again := "Japan agreed kappa, lambda and sigma on 20 January 1960."
	two := "Japan agreed kappa, lambda and sigma on 20 January 1960 and on 3 March 1960."
	r := Run(tl, []timeline.Candidate{
		at("a", "1960-04-01", right, "19 January 1960", "1960-01-19"),
		at("a", "1960-04-01", again, "20 January 1960", "1960-01-20"),
		at("b", "1960-04-01", two, "20 January 1960", "1960-01-20"),
		at("b", "1960-04-01", two, "3 March 1960", "1960-03-03"),
	}, Options{ConflictThreshold: 2})
	for _, tt := range []struct{ sentence, mention, why string }{
		{again, "20 January 1960", "but the article dates it rightly elsewhere"},
		{two, "20 January 1960", "but the sentence carries other dates"},
	} {
		d := decisionOf(t, r, tt.sentence, tt.mention)
		if d.Outcome != OutcomeProposal || !strings.Contains(d.Reason, tt.why) {
			t.Errorf("%q: %s (%s), want a proposal because %s", tt.sentence, d.Outcome, d.Reason, tt.why)
			continue
		}
		for _, e := range r.Timeline.Proposed {
			if e.ID == d.Event && !slices.Equal(e.Actors, []string{"japan"}) {
				t.Errorf("%s: actors %v, want [japan]", e.ID, e.Actors)
			}
		}
	}
}
