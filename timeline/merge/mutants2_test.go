package merge

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// More cases found by mutation testing (make mutate-sample), as
// mutants_test.go: each fails with a mutant that lived before it.

// TestIntervalOfMixedPrecision: an interval with one end given to the month
// has the month's precision, so both ends widen to whole months, also the
// end given to the day. Against an event given to the day, its days alone do
// not decide.
func TestIntervalOfMixedPrecision(t *testing.T) {
	tl := thresholdFixture(t) // kappa: 1960-01-19
	for _, tt := range []struct {
		date string
		want string // the event given evidence, "" for none
	}{
		// Month precision: January 1960 to the end of January, whatever day
		// the other end names.
		{"1960-01/1960-01-10", "1960-01-19-kappa"},
		{"1960-01-25/1960-02", "1960-01-19-kappa"},
		{"1959-12/1960-01-05", "1960-01-19-kappa"},
		{"1960-02/1960-03-01", ""},
		// Day precision: the days must meet.
		{"1960-01-05/1960-01-10", ""},
		{"1960-01-25/1960-01-28", ""},
		{"1960-01-15/1960-01-19", "1960-01-19-kappa"},
		{"1960-01-19/1960-01-25", "1960-01-19-kappa"},
	} {
		s := "Kappa and lambda were agreed in that period."
		c := cand("a", s, "that period", tt.date)
		if got := evidenceOn(Merge(tl, []timeline.Candidate{c}, Options{})); got != tt.want {
			t.Errorf("%s: evidence on %q, want %q", tt.date, got, tt.want)
		}
	}
}

// TestEventOfMixedPrecision: the same for the event's date, an interval
// given to the month at one end and to the day at the other, against a
// sentence dated to the day.
func TestEventOfMixedPrecision(t *testing.T) {
	event := func(id, date string) string {
		return "id: " + id + "\ndate: " + date + "\ntitle: Kappa lambda\nsummary: Kappa lambda.\n" +
			"kind: summit\nactors: [japan]\nsources: [{title: Record, publisher: MFA}]\n"
	}
	tl, diags := timeline.Load(testFS(map[string]string{
		"events/1960-01-kappa.yaml": event("1960-01-kappa", "1960-01/1960-01-10"),
	}), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct {
		date string
		want string // the event given evidence, "" for none
	}{
		{"1960-01-05", "1960-01-kappa"},
		{"1960-01-20", "1960-01-kappa"},
		{"1960-01-31", "1960-01-kappa"},
		{"1960-02-01", ""},
		{"1959-12-31", ""},
	} {
		c := cand("a", "Kappa and lambda were agreed that day.", "that day", tt.date)
		if got := evidenceOn(Merge(tl, []timeline.Candidate{c}, Options{})); got != tt.want {
			t.Errorf("%s: evidence on %q, want %q", tt.date, got, tt.want)
		}
	}
}

// TestNameNoEventHas: a place no event names is no term of any event, also
// when every event's text is names alone (so the place's number lies beyond
// all the numbers the events gave); it must not count as another name.
func TestNameNoEventHas(t *testing.T) {
	tl, diags := timeline.Load(testFS(map[string]string{
		// Words that are names or stop words only: the terms @japan, @russia.
		"events/1990-05-05-meeting.yaml": "id: 1990-05-05-meeting\ndate: 1990-05-05\ntitle: Japan and Russia\n" +
			"summary: Japan and Russia.\nkind: summit\nactors: [japan, russia]\nsources: [{title: Record, publisher: MFA}]\n",
	}), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct {
		sentence string
		evidence string // the score and matched terms of the evidence, "" for none
	}{
		// @japan weighs 1; Tokyo is no term of the event. Below the join
		// threshold, the shared name on the event's day still makes it
		// evidence.
		{"Japan and Tokyo met on 5 May 1990.", "1 [@japan]"},
		{"Tokyo and Iturup met on 5 May 1990.", ""},
		// @japan and @russia: 2.
		{"Japan and Russia met on 5 May 1990.", "2 [@japan @russia]"},
		{"Japan, Tokyo and Russia met on 5 May 1990.", "2 [@japan @russia]"},
		{"Tokyo and Russia met on 5 May 1990.", "1 [@russia]"},
	} {
		c := cand("a", tt.sentence, "5 May 1990", "1990-05-05")
		got := ""
		for _, ev := range Merge(tl, []timeline.Candidate{c}, Options{}).Events[0].Evidence {
			got += fmt.Sprint(ev.Score, ev.Matched)
		}
		if got != tt.evidence {
			t.Errorf("%q: evidence %q, want %q", tt.sentence, got, tt.evidence)
		}
	}
}

// TestPairTableAtPackingLimit: a key packs three alias words in 21 bits
// each (the third as its number + 1), so the table splits long lists by
// third word only while every number + 1 fits; at 2^21 words, where it no
// longer does, it keeps them whole. Either way every alias is found under
// its own first two words.
func TestPairTableAtPackingLimit(t *testing.T) {
	alias := func(nums ...int32) aliasEntry {
		return aliasEntry{nums: nums, text: fmt.Sprint(nums)}
	}
	for _, words := range []int{1<<pairWordBits - 3, 1 << pairWordBits} {
		last := int32(words - 1) // the largest word number
		// Under (0, 1) a list long enough to split, one alias ending in the
		// last word: its third word + 1 is 2^21 at the larger count, which
		// packed with (0, 1) would be the key of the bigram (0, 2).
		long := []aliasEntry{alias(0, 1, 5), alias(0, 1, 6), alias(0, 1, 7), alias(0, 1, last)}
		if len(long) < splitAt {
			t.Fatalf("the list of %d aliases is too short to split", len(long))
		}
		aliases := map[aliasKey][]aliasEntry{{0, 1}: long, {0, 2}: {alias(0, 2, 9)}}
		for _, tt := range []struct {
			k     aliasKey
			third int32
			want  string // an alias the look-up must return
		}{
			{aliasKey{0, 2}, 9, "[0 2 9]"},
			{aliasKey{0, 2}, -2, "[0 2 9]"},
			{aliasKey{0, 1}, last, fmt.Sprint([]int32{0, 1, last})},
			{aliasKey{0, 1}, 6, "[0 1 6]"},
			{aliasKey{0, 1}, 7, "[0 1 7]"},
		} {
			// The table is filed in map order: any order must find them.
			for range 16 {
				pt := newPairTable(aliases, words)
				got := pt.get(tt.k, tt.third)
				if !slices.ContainsFunc(got, func(a aliasEntry) bool { return a.text == tt.want }) {
					t.Errorf("%d words: get(%v, %d) = %v, lacks %s", words, tt.k, tt.third, got, tt.want)
					break
				}
				if slices.ContainsFunc(got, func(a aliasEntry) bool { return a.nums[0] != tt.k.first || a.nums[1] != tt.k.second }) {
					t.Errorf("%d words: get(%v, %d) = %v, aliases of other words", words, tt.k, tt.third, got)
					break
				}
			}
		}
	}
}

// TestMentionOffsetsAtSentenceEdges: the text before a mention, or after
// it, is read wherever the mention's offsets fall inside its sentence, its
// edges included, and not at all when they fall outside (a candidate made
// by hand may carry any offsets; none of them may panic).
func TestMentionOffsetsAtSentenceEdges(t *testing.T) {
	tl := thresholdFixture(t)
	// reasonAt checks the reason given for a mention of 5 May 2023 placed
	// at start (from the sentence's start, at 100) in the sentence.
	reasonAt := func(art timeline.ArticleRef, sentence string, start int, reason string) {
		t.Helper()
		c := timeline.Candidate{Article: art, Sentence: sentence, SentenceStart: 100,
			Mention: "5 May 2023", Start: 100 + start, End: 110 + start, Date: edtf.MustParse("2023-05-05")}
		r := Run(tl, []timeline.Candidate{c}, Options{})
		if got := r.Decisions[0].Reason; !strings.Contains(got, reason) {
			t.Errorf("mention at %d of %q: reason %q, want %q", start, sentence, got, reason)
		}
	}
	// "since " right before the mention: the bound of a span, not an event.
	before := "Russia and Japan have held no talks since "
	for _, tt := range []struct {
		start  int
		reason string
	}{
		{len(before), "the start or end of a span (since, until), not an event"},
		{len(before) + 1, "proposed as 2023-05-05-held-talks"},
		{len(before) - 1, "proposed as 2023-05-05-held-talks"},
		{-1, "proposed as 2023-05-05-held-talks"},
	} {
		reasonAt(timeline.ArticleRef{ID: "a"}, before, tt.start, tt.reason)
	}
	// A page's "Updated:" right before a mention of the publication day.
	stamp := "Russia and Japan discussed walrus quotas, updated: "
	for _, tt := range []struct {
		start  int
		reason string
	}{
		{len(stamp), "restates the publication date"},
		{len(stamp) + 1, "proposed as 2023-05-05-discussed-walrus-quotas"},
		{len(stamp) - 4, "proposed as 2023-05-05-discussed-walrus-quotas"}, // "…updat"
		{-1, "proposed as 2023-05-05-discussed-walrus-quotas"},
	} {
		reasonAt(timeline.ArticleRef{ID: "a", Published: "2023-05-05T09:00:00Z"}, stamp, tt.start, tt.reason)
	}
	// " of " and a name right after the mention: a part of a named period.
	after := " of the Second World War"
	for _, tt := range []struct {
		end  int // of the mention, from the sentence's start (at 100)
		want bool
	}{
		{0, true},
		{-1, false},
		{1, false},
		{len(after), false},
		{len(after) + 1, false},
	} {
		c := timeline.Candidate{Article: timeline.ArticleRef{ID: "a"}, Sentence: after, SentenceStart: 100,
			Mention: "the closing days", Start: 84 + tt.end, End: 100 + tt.end, Date: edtf.MustParse("1945")}
		if got := ofNamedPeriod(&c); got != tt.want {
			t.Errorf("mention ending at %d of %q: ofNamedPeriod = %v, want %v", tt.end, after, got, tt.want)
		}
	}
}

// TestLexTableCollision: the word table finds a word by its hash, and tells
// apart words whose hashes meet (the same slot, the same top half) by their
// bytes: the first eight and the length, then the rest.
func TestLexTableCollision(t *testing.T) {
	var tab lexTable
	filed := []string{"treaty", "islands", "kurils12", "declaration", "declarationx"}
	for _, w := range filed {
		tab.add(hashString(w), lex{w: w})
	}
	for _, tt := range []struct {
		word, hashOf string // the word looked up, with the hash of hashOf
		want         string // the word found, "" for none
	}{
		{"treaty", "treaty", "treaty"},
		{"kurils12", "kurils12", "kurils12"},
		{"declaration", "declaration", "declaration"},
		// Another word under a filed word's hash: the same length, the
		// same first bytes, or neither.
		{"treats", "treaty", ""},
		{"island", "islands", ""},
		{"kurils13", "kurils12", ""},
		{"declarationy", "declarationx", ""},
		{"declaratiom", "declaration", ""},
		{"zz", "treaty", ""},
	} {
		got := ""
		if l := tab.find(hashString(tt.hashOf), []byte(tt.word)); l != nil {
			got = l.w
		}
		if got != tt.want {
			t.Errorf("find(%q) under the hash of %q = %q, want %q", tt.word, tt.hashOf, got, tt.want)
		}
	}
}

// TestBytesNotUTF8: a byte that is not UTF-8 parts the words around it,
// as a space would, wherever it stands; nothing panics.
func TestBytesNotUTF8(t *testing.T) {
	tl := thresholdFixture(t)
	for _, tt := range []struct {
		sentence string
		terms    string // as the explanation lists them
	}{
		{"Kappa and Лавров\x80x lambda on 19 January 1960.", "kappa лавр lambda"},
		{"Kappa Лав\x80 lambda on 19 January 1960.", "kappa лав lambda"},
		{"Kappa Lambda\x80 on 19 January 1960.", "kappa lambda"},
		{"Kappa\xffLambda on 19 January 1960.", "kappa lambda"},
		{"Kappa \xd0 Lambda\xd0 on 19 January 1960.", "kappa lambda"},
		{"\x80Kappa lambda on 19 January 1960.", "kappa lambda"},
	} {
		c := cand("a", tt.sentence, "19 January 1960", "1960-01-19")
		r := Run(tl, []timeline.Candidate{c}, Options{})
		got := r.Explanation(&r.Decisions[0])
		if !strings.Contains(got, "\n  terms: "+tt.terms+"\n") || !strings.Contains(got, "verdict: evidence on 1960-01-19-kappa") {
			t.Errorf("%q: want the terms %q and evidence on kappa:\n%s", tt.sentence, tt.terms, got)
		}
	}
}

// TestClusterWeights: sentences of one date are one proposal when the terms
// they share weigh half the join threshold (0.8): a word no event has weighs
// 1, whichever it is (here the first word of the run that no event has), and
// a name as much as its events make it (Japan, in both events of the
// fixture: ln 2 / ln 3 = 0.63).
func TestClusterWeights(t *testing.T) {
	for _, tt := range []struct {
		fixture   func(testing.TB) *timeline.Timeline
		sentences []string
		want      int // proposals
	}{
		// Walrus, the first word read, is one no event has: 1; Japan, in
		// every event, 0.5.
		{thresholdFixture, []string{"Walruses: Japan and Russia discussed quotas on 5 May 2023.", "Walruses: Japan said numbers fell on 5 May 2023."}, 1},
		{thresholdFixture, []string{"Walruses: Japan and Russia discussed quotas on 5 May 2023.", "Seals: Japan said numbers fell on 5 May 2023."}, 2},
		{mergeFixture, []string{"Japan and Russia discussed walrus quotas on 5 May 2023.", "Russia discussed seal numbers on 5 May 2023."}, 1},
		// Japan alone: 0.63.
		{mergeFixture, []string{"Japan and Russia discussed walrus quotas on 5 May 2023.", "Japan said seal numbers fell on 5 May 2023."}, 2},
		{mergeFixture, []string{"Japan and Russia discussed walrus quotas on 5 May 2023.", "Japan said walrus numbers fell on 5 May 2023."}, 1},
	} {
		tl := tt.fixture(t) // a new matcher each time: the words no event has are numbered anew
		var cands []timeline.Candidate
		for i, s := range tt.sentences {
			cands = append(cands, cand(fmt.Sprint("a", i), s, "5 May 2023", "2023-05-05"))
		}
		if got := len(Merge(tl, cands, Options{}).Proposed); got != tt.want {
			t.Errorf("%q: %d proposals, want %d", tt.sentences, got, tt.want)
		}
	}
}

// TestProposalQuotesEachArticle: a proposal made of the same day's
// sentences from two articles cites each article with its own sentence,
// not the first one's twice.
func TestProposalQuotesEachArticle(t *testing.T) {
	tl := thresholdFixture(t)
	first := "Russia and Japan discussed walrus quotas on 5 May 2023."
	second := "On 5 May 2023 Russia and Japan discussed the walrus quotas again."
	out := Merge(tl, []timeline.Candidate{
		cand("a", first, "5 May 2023", "2023-05-05"),
		cand("b", second, "5 May 2023", "2023-05-05"),
	}, Options{})
	if len(out.Proposed) != 1 || len(out.Proposed[0].Sources) != 2 {
		t.Fatalf("proposals %+v, want one citing both articles", out.Proposed)
	}
	for i, want := range []string{first, second} {
		if got := out.Proposed[0].Sources[i].Quote; got != want {
			t.Errorf("source %d quotes %q, want %q", i, got, want)
		}
	}
}
