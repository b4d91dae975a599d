package merge

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// The speed work replaced maps and library calls by hand-written fast
// paths; these tests hold each to the plain version it replaced.

// TestFastPathSentencesByHash: numbering sentences through a hash of their key gives
// the numbering of a map keyed by the key, whatever the hash, even one that
// sends every key to the same value.
func TestFastPathSentencesByHash(t *testing.T) {
	var ds []Decision
	for i := range 60 {
		c := &timeline.Candidate{Article: timeline.ArticleRef{ID: fmt.Sprintf("a%d", i%4)}, SentenceStart: i % 3 * 10, Sentence: fmt.Sprintf("s%d", i%5)}
		ds = append(ds, Decision{Candidate: c})
	}
	want := map[sentenceKey]int32{}
	for _, hash := range []struct {
		name string
		f    func(*timeline.Candidate) uint64
	}{
		{"maphash", nil},
		{"constant", func(*timeline.Candidate) uint64 { return 7 }},
		{"by article", func(c *timeline.Candidate) uint64 { return uint64(len(c.Article.ID) + int(c.Article.ID[1])) }},
	} {
		var sent []int32
		var n int
		if hash.f == nil {
			sent, n = sentences(ds)
		} else {
			sent, n = sentencesBy(ds, hash.f)
		}
		clear(want)
		for i := range ds {
			k := keyOf(ds[i].Candidate)
			id, ok := want[k]
			if !ok {
				id = int32(len(want))
				want[k] = id
			}
			if sent[i] != id {
				t.Fatalf("%s: decision %d is sentence %d, want %d", hash.name, i, sent[i], id)
			}
		}
		if n != len(want) {
			t.Errorf("%s: %d sentences, want %d", hash.name, n, len(want))
		}
	}
}

// TestFastPathMayHold: the ASCII path lower-cases as strings.ToLower does, and
// other text still goes through strings.ToLower.
func TestFastPathMayHold(t *testing.T) {
	long := strings.Repeat("x", 600) + "PHOTO"
	for _, s := range []string{"Photo: AP", "PHOTO", "a phot o", "", "Фото ТАСС", "写真", "The 60th ANNIVERSARY of", "\u212Aelvin MAR\u212A", long, "said that", "SAYS"} {
		for _, ws := range [][]string{{"photo"}, {"фото"}, {"写真"}, {"anniver", "mark"}, {"said", "says"}, {"mark"}, {""}} {
			got := mayHold(s, ws...)
			want := false
			for _, w := range ws {
				want = want || strings.Contains(strings.ToLower(s), w)
			}
			if got != want {
				t.Errorf("mayHold(%q, %q) = %v, want %v", s, ws, got, want)
			}
		}
	}
}

// TestFastPathIsAnniversaryPrefilter: the words tested before the pattern are in
// every text the pattern matches, whatever the case (the Kelvin sign folds
// to k in the pattern and lower-cases to k).
func TestFastPathIsAnniversaryPrefilter(t *testing.T) {
	for _, s := range []string{"Today marks 60 years since the declaration", "TODAY MAR\u212AS 60 YEARS SINCE", "the 80th Anniversary of the war", "the anniverſary of the war",
		"Celebrating ten years", "commemorated 70 years", "the 3rd anniversary", "nothing here", "marked a year"} {
		if got, want := isAnniversary(s), anniversary().MatchString(s); got != want {
			t.Errorf("isAnniversary(%q) = %v, the pattern says %v", s, got, want)
		}
	}
}

// TestFastPathOneLine: the byte loop agrees with strings.Fields.
func TestFastPathOneLine(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\u00a0b", "a\u0085b", "a\u2003b", "Курилы  острова", "北方領土　返還", "a\nb", "x\u200bY"} {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFastPathWordsAsTimelineCutsThem: the analyzer's word cutter (an ASCII fast
// path, then the look-up of a whole sentence) finds the words
// timeline.Words finds, lower-cased, in every script and at every boundary.
func TestFastPathWordsAsTimelineCutsThem(t *testing.T) {
	a := newAnalyzer(&timeline.Vocabulary{})
	for _, s := range []string{"Abe met Putin", "abcdefgh abcdefghi ABCDEFGHIJ", "Kuril-Islands, 1956!", "Итуруп и Etorofu", "mixedКириллица word", "北方領土の返還", "a1b2 ÉTÉ été", "x", "", "  ", "Tokyo's", "word\u0301s", "a, «b»", "abc\u00a0", "x—y"} {
		var want []string
		timeline.Words(s, func(w string) { want = append(want, w) })
		for range 2 { // the second time, every word is known
			var got []string
			a.eachWord(s, func(l *lex) { got = append(got, l.w) })
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("eachWord(%q) = %q, timeline.Words gives %q", s, got, want)
			}
			if a.wide == isASCII(s) {
				t.Errorf("eachWord(%q): wide is %v", s, a.wide)
			}
		}
	}
}

// TestFastPathAppendDay: days are written as Day.String writes them, inside the
// fast path's range and outside it.
func TestFastPathAppendDay(t *testing.T) {
	for _, d := range []edtf.Day{{Year: 1956, Month: 10, Day: 19}, {Year: 1, Month: 1, Day: 1}, {Year: 0, Month: 12, Day: 31}, {Year: 9999, Month: 9, Day: 9},
		{Year: 10000, Month: 1, Day: 1}, {Year: -44, Month: 3, Day: 15}, {Year: 2020, Month: 100, Day: 5}, {Year: 2020, Month: 5, Day: -1}} {
		if got, want := string(appendDay([]byte("x"), d)), "x"+d.String(); got != want {
			t.Errorf("appendDay(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestFastPathAliasesSplitByThirdWord: finding aliases through the bigram table,
// long lists split by third word and short ones passed over when their one
// third word is not the sentence's, gives what scanning every alias of the
// bigram gives, on sentences dense with alias words.
func TestFastPathAliasesSplitByThirdWord(t *testing.T) {
	tl, cands := synthetic(400, 400)
	// Aliases sharing their first two words, of two to four words.
	for i := range 12 {
		e := &tl.Events[i]
		e.Aliases = append(e.Aliases, "alpha beta", fmt.Sprintf("alpha beta w%dx", 4+i%3), fmt.Sprintf("alpha beta w%dx w5x", 4+i%2))
	}
	m := NewMatcher(tl, Options{})
	if l := m.bigrams.get(aliasKey{m.aliasWord["alpha"], m.aliasWord["beta"]}, -2); len(l) == 0 {
		t.Fatal("no aliases filed under alpha beta")
	}
	sentences := []string{"alpha beta", "alpha beta w4x w5x and alpha beta w6x", "x alpha beta w5x", "alpha beta zzz alpha"}
	for _, c := range cands {
		sentences = append(sentences, c.Sentence, tl.Events[len(sentences)%len(tl.Events)].Aliases[0]+" "+c.Sentence)
	}
	for _, s := range sentences {
		ws := append([]*lex(nil), m.an.lexesOf(s)...)
		got := m.aliasesIn(s, ws)
		want := map[int32]string{}
		for i := 0; i+1 < len(ws); i++ {
			for _, a := range m.aliases[aliasKey{ws[i].aliasNum, ws[i+1].aliasNum}] {
				if i+len(a.nums) <= len(ws) && sameAlias(ws[i:i+len(a.nums)], a.nums) {
					if prev, seen := want[a.event]; !seen || len(a.text) > len(prev) {
						want[a.event] = a.text
					}
				}
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) && len(got)+len(want) > 0 {
			t.Errorf("%q: aliases %v, want %v", s, got, want)
		}
	}
}

// TestFastPathSameDayByHash: the rule that a proposal on the day another sentence
// of the article dates an event joins that event decides the same whatever
// the hash that files the days, even one that sends all to one value.
func TestFastPathSameDayByHash(t *testing.T) {
	tl, _ := synthetic(10, 0)
	m := NewMatcher(tl, Options{})
	mk := func() []Decision {
		var ds []Decision
		for i := range 40 {
			k := i / 2 * 7 // both halves of a pair share the article and the day, sometimes with other pairs
			c := &timeline.Candidate{Article: timeline.ArticleRef{ID: fmt.Sprintf("a%d", k%3)}, Date: edtf.MustParse(fmt.Sprintf("2020-01-%02d", 1+k%5)), Mention: fmt.Sprint(i)}
			d := Decision{Candidate: c, event: -1}
			if i%2 == 0 {
				d.Outcome, d.event, d.Event = OutcomeEvidence, int32(i%10), tl.Events[i%10].ID
				d.fit = match{event: int32(i % 10), score: 2, compatible: true}
			} else {
				d.pending, d.Reason = pendingProposal, belowThreshold
			}
			ds = append(ds, d)
		}
		return ds
	}
	want := mk()
	m.sameDay(want)
	joined := 0
	for _, d := range want {
		if d.Outcome == OutcomeEvidence && d.pending == pendingNone && d.Reason != "" {
			joined++
		}
	}
	if joined == 0 {
		t.Fatal("no proposal joined an event: the test decides nothing")
	}
	for _, hash := range []func(string, edtf.Day) uint64{
		func(string, edtf.Day) uint64 { return 1 },
		func(a string, _ edtf.Day) uint64 { return uint64(len(a)) },
		func(_ string, d edtf.Day) uint64 { return uint64(d.Day % 2) },
	} {
		got := mk()
		m.sameDayBy(got, hash)
		for i := range got {
			g, w := got[i], want[i]
			if g.Outcome != w.Outcome || g.Event != w.Event || g.Reason != w.Reason || g.pending != w.pending || g.fit.event != w.fit.event {
				t.Errorf("decision %d: %s %s %q, want %s %s %q", i, g.Outcome, g.Event, g.Reason, w.Outcome, w.Event, w.Reason)
			}
		}
	}
}

// TestFastPathDatesFittingAsCompatible: the month index, with days compared as
// ordinals, finds exactly the events Compatible accepts, for dates and
// events of every precision.
func TestFastPathDatesFittingAsCompatible(t *testing.T) {
	tl, _ := synthetic(300, 0)
	for i, d := range []string{"1956-10", "1956", "1950/1960", "1956-10-19/1956-12-12", "195X", "1956-10-19", "1956-10-20", "1956-21", "1855/..", "../1900"} {
		tl.Events[i].Date = edtf.MustParse(d)
	}
	m := NewMatcher(tl, Options{})
	dates := []string{"1956-10-19", "1956-10-20", "1956-10", "1956", "1956-12-12", "1950/1956", "195X", "1956-21", "19XX", "1855/..", "2020-02-29", "1900-01-01"}
	for i := range 40 {
		dates = append(dates, tl.Events[i*7].Date.String())
	}
	for _, s := range dates {
		d := edtf.MustParse(s)
		got := append([]int32(nil), m.datesFitting(d)...)
		slices.Sort(got)
		var want []int32
		for e := range tl.Events {
			if Compatible(d, tl.Events[e].Date) {
				want = append(want, int32(e))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: events %v, Compatible gives %v", s, got, want)
		}
	}
}

// TestFastPathBestWalksTheHeavyListsOnly: best, which walks the posting
// lists of the lightest rare terms only for the events the heavier ones
// reached, finds the incompatible event that walking every list and scoring
// every event past the thresholds finds, with the same score to the bit.
func TestFastPathBestWalksTheHeavyListsOnly(t *testing.T) {
	tl, cands := synthetic(600, 3000)
	for i := range cands {
		if i%3 == 0 { // an event's words under another date: a conflict to find
			e := &tl.Events[(i*7)%len(tl.Events)]
			cands[i].Date = edtf.MustParse(fmt.Sprintf("%04d-01-01", 1800+i%50))
			ws := strings.Fields(e.Summary)
			cands[i].Sentence = strings.Join(ws[i%20:i%20+4+i%9], " ") + " " + cands[i].Sentence
		}
		if i%5 == 0 && len(tl.Events[i%len(tl.Events)].Aliases) > 0 {
			cands[i].Sentence += " " + tl.Events[i%len(tl.Events)].Aliases[0]
		}
	}
	for _, opts := range []Options{{}, {ConflictThreshold: 2}, {ConflictThreshold: 3.3}, {ConflictThreshold: 8}} {
		m := NewMatcher(tl, opts)
		found := 0
		for i := range cands {
			c := &cands[i]
			if c.Date.IsZero() {
				continue
			}
			m.termBuf = m.an.analyzeInto(m.termBuf[:0], c.Sentence)
			hits := m.aliasesIn(c.Sentence, m.an.seq)
			ids := slices.Clone(m.termIDs(m.termBuf))
			_, got := m.best(c, ids, hits, false)
			// The plain walk: every rare term's list, every event reached.
			fits := map[int32]bool{}
			for _, e := range m.datesFitting(c.Date) {
				fits[e] = true
			}
			common, acc := 0.0, map[int32]float64{}
			for _, id := range ids {
				ps := m.postAll[m.postAt[id]:m.postAt[id+1]]
				if len(ps) > m.rare {
					common += m.w[id]
					continue
				}
				for _, e := range ps {
					acc[e] += m.w[id]
				}
			}
			for e := range hits {
				acc[e] += aliasWeight
			}
			var want match
			for e, a := range acc {
				if fits[e] || a < m.opts.ConflictThreshold/2 || a+common < m.opts.ConflictThreshold {
					continue
				}
				mt := match{event: e, score: m.score(ids, e), alias: hits[e]}
				if mt.alias != "" {
					mt.score += aliasWeight
				}
				if m.better(mt, want) {
					want = mt
				}
			}
			if got.event != want.event || got.score != want.score || got.alias != want.alias {
				t.Fatalf("%v, %q: other %d (%v), want %d (%v)", opts, c.Sentence, got.event, got.score, want.event, want.score)
			}
			if want.score > 0 {
				found++
			}
		}
		if found < 50 {
			t.Errorf("%v: %d candidates with an incompatible event: the test checks little", opts, found)
		}
	}
}

// TestFastPathHeaviest3: the one-pass pick of the three heaviest terms gives
// the first three of a stable sort by weight.
func TestFastPathHeaviest3(t *testing.T) {
	for n := range 9 {
		for seed := range 50 {
			cs := make([]weighed, n)
			for i := range cs {
				cs[i] = weighed{t: fmt.Sprint(i), w: float64((seed*7+i*i*3)%4) / 2}
			}
			want := slices.Clone(cs)
			slices.SortStableFunc(want, func(a, b weighed) int {
				switch {
				case a.w > b.w:
					return -1
				case a.w < b.w:
					return 1
				}
				return 0
			})
			want = want[:min(3, n)]
			if got := heaviest3(slices.Clone(cs)); !slices.Equal(got, want) {
				t.Errorf("heaviest3(%v) = %v, want %v", cs, got, want)
			}
		}
	}
}

// TestFastPathSharedByRank: the terms a sentence shares with an event, sorted
// by their rank among all terms, come in the order of a sort by weight, then
// name.
func TestFastPathSharedByRank(t *testing.T) {
	tl, cands := synthetic(300, 600)
	m := NewMatcher(tl, Options{})
	checked := 0
	for i := range cands {
		m.termBuf = m.an.analyzeInto(m.termBuf[:0], cands[i].Sentence)
		ids := slices.Clone(m.termIDs(m.termBuf))
		for _, e := range []int32{int32(i % len(tl.Events)), int32(i * 7 % len(tl.Events))} {
			got := m.shared(ids, e)
			var want []string
			for _, id := range ids {
				if slices.Contains(m.termsOf(e), id) && (!m.long[e] || !m.isName[id]) {
					want = append(want, m.names[id])
				}
			}
			slices.SortFunc(want, func(a, b string) int {
				if wa, wb := m.weight(a), m.weight(b); wa != wb {
					if wa > wb {
						return -1
					}
					return 1
				}
				return strings.Compare(a, b)
			})
			if !slices.Equal(got, want) {
				t.Fatalf("%q and %s: shared %q, want %q", cands[i].Sentence, tl.Events[e].ID, got, want)
			}
			if len(want) > 2 {
				checked++
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d lists of three terms or more: the test checks little", checked)
	}
}
