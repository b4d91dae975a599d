package merge

import (
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
)

// TestSharedName: a name listed for an actor and for a place ("Tokyo", the
// government and the city) stands for both.
func TestSharedName(t *testing.T) {
	tl := familyFixture(t) // Tokyo: an alias of japan, and the place tokyo
	for _, tt := range []struct{ sentence, actors, places string }{
		{"Tokyo lodged a protest on 7 May 2023.", "japan", "tokyo"},
		{"Japan lodged a protest on 7 May 2023.", "japan", ""},
	} {
		r := Run(tl, []timeline.Candidate{at("a", "2024-01-30", tt.sentence, "7 May 2023", "2023-05-07")}, Options{})
		if len(r.Timeline.Proposed) != 1 {
			t.Fatalf("%q: proposals %+v", tt.sentence, r.Timeline.Proposed)
		}
		p := r.Timeline.Proposed[0]
		if got := strings.Join(p.Actors, " ") + "|" + strings.Join(p.Places, " "); got != tt.actors+"|"+tt.places {
			t.Errorf("%q: actors|places %q, want %q", tt.sentence, got, tt.actors+"|"+tt.places)
		}
	}
}

// TestAliasInItsOwnSentence: an alias is found among the words of the
// sentence at hand, never completed by the words of a sentence merged
// before it.
func TestAliasInItsOwnSentence(t *testing.T) {
	tl := mergeFixture(t) // alias "terminating talks with Tokyo on a peace treaty"
	whole := cand("a", "Moscow was terminating talks with Tokyo on a peace treaty.", "", "")
	cut := cand("a", "Moscow was terminating talks", "", "")
	cut.SentenceStart = 100
	r := Run(tl, []timeline.Candidate{whole, cut}, Options{})
	if d := decisionOf(t, r, whole.Sentence, ""); d.Outcome != OutcomeEvidence || d.Event != "2022-03-21-talks-end" {
		t.Errorf("the whole alias: %s", d.Verdict())
	}
	if d := decisionOf(t, r, cut.Sentence, ""); d.Outcome != OutcomeUndated {
		t.Errorf("the alias cut short: %s", d.Verdict())
	}
}

// TestOneCharacterName: a Japanese name of one character ("日" for Japan,
// "露" for Russia, as in "日露") is found inside a run of Japanese text and
// at the start of mixed text.
func TestOneCharacterName(t *testing.T) {
	a := newAnalyzer(&timeline.Vocabulary{Actors: []timeline.Actor{
		{ID: "japan", Name: "Japan", JA: "日本", Aliases: []string{"日"}},
		{ID: "russia", Name: "Russia", JA: "ロシア", Aliases: []string{"露"}},
	}})
	for _, tt := range []struct{ text, want string }{
		{"日露首脳会談", "@japan=日 @russia=露"},
		{"露 talks", "@russia=露 talk=talks"},
		{"日本とロシア", "@japan=日本 @russia=ロシア"},
	} {
		var got []string
		for _, term := range a.analyze(tt.text) {
			got = append(got, term.Key+"="+term.Text)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("terms of %q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestInvalidBytes: a byte that is not UTF-8 in a sentence parts words, as
// a space would; it never stops the merge.
func TestInvalidBytes(t *testing.T) {
	tl := thresholdFixture(t)
	for _, s := range []string{"Japan\x80Russia discussed walrus quotas on 5 May 2023.", "Japan\xffRussia discussed walrus quotas on 5 May 2023."} {
		p := Merge(tl, []timeline.Candidate{cand("a", s, "5 May 2023", "2023-05-05")}, Options{}).Proposed
		if len(p) != 1 || strings.Join(p[0].Actors, " ") != "japan russia" {
			t.Errorf("%q: proposals %+v, want one with the actors japan and russia", s, p)
		}
	}
}

// TestTextEdges: a word alone, or at the very end of a text, is a term; a
// name made only of stop words ("The Who") stands for nothing, and does
// not stop the others.
func TestTextEdges(t *testing.T) {
	a := newAnalyzer(&timeline.Vocabulary{Actors: []timeline.Actor{
		{ID: "usa", Name: "United States", Aliases: []string{"US", "The Who"}},
		{ID: "japan", Name: "Japan", Aliases: []string{"Tokyo"}},
	}})
	for _, tt := range []struct{ text, want string }{
		{"Tokyo", "@japan=tokyo"},
		{"talks", "talk=talks"},
		{"talks in Tokyo", "talk=talks @japan=tokyo"},
		{"The Who met US officials", "met=met @usa=us official=officials"},
		{"", ""},
	} {
		var got []string
		for _, term := range a.analyze(tt.text) {
			got = append(got, term.Key+"="+term.Text)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("terms of %q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEmptySentence: a candidate with no sentence text is judged like any
// other, without an alias or a word to go on.
func TestEmptySentence(t *testing.T) {
	tl := familyFixture(t)
	tl.Events[0].Aliases = append(tl.Events[0].Aliases, "日ソ共同宣言") // a Japanese alias: the sentence is searched for it
	for _, tt := range []struct {
		cand    timeline.Candidate
		verdict string
	}{
		{at("a", "2024-01-30", "", "", ""), "verdict: none: no date, and no alias of an event"},
		{timeline.Candidate{Article: timeline.ArticleRef{ID: "b"}, Date: at("a", "2024-01-30", "x", "x", "2023-05-05").Date}, "verdict: unattached: no actor"},
	} {
		r := Run(tl, []timeline.Candidate{tt.cand}, Options{})
		if got := r.Decisions[0].Verdict(); got != tt.verdict {
			t.Errorf("%+v: %s, want %s", tt.cand, got, tt.verdict)
		}
	}
}

// TestAliasWords: how the words of a sentence find an alias: all of its
// words, in order, the first two of which may themselves begin another
// alias ("1956 Joint Declaration" after "Joint Declaration"); of two
// aliases of an event as long as each other, the first in the sentence.
func TestAliasWords(t *testing.T) {
	tl, diags := timeline.Load(testFS(map[string]string{
		"events/1956-10-19-declaration.yaml": `id: 1956-10-19-declaration
date: 1956-10-19
title: Declaration signed in Moscow
summary: Diplomatic relations restored.
kind: treaty
actors: [japan, russia]
aliases: [Joint Declaration, 1956 Joint Declaration, Hatoyama visit, fishery round, whaling round]
sources: [{title: Record, publisher: MFA}]
`,
	}), timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tt := range []struct{ sentence, alias string }{
		{"They recalled the 1956 Joint Declaration.", "1956 Joint Declaration"},
		{"They recalled the Joint Declaration.", "Joint Declaration"},
		{"The fishery round and the whaling round were merged.", "fishery round"},
		{"The whaling round and the fishery round were merged.", "whaling round"},
		{"Historians still argue about the Hatoyama visit.", "Hatoyama visit"},
		{"Historians still argue about Hatoyama himself.", ""},
		{"Historians still argue about Hatoyama", ""},
		{"Hatoyama", ""},
	} {
		got := ""
		for _, ev := range Merge(tl, []timeline.Candidate{cand("a", tt.sentence, "", "")}, Options{}).Events[0].Evidence {
			got += ev.ByAlias
		}
		if got != tt.alias {
			t.Errorf("%q: evidence by alias %q, want %q", tt.sentence, got, tt.alias)
		}
	}
}

// TestTermTexts: the text a term was read from, as an explanation shows
// it: a name of several words whole, a word lower-cased whatever its first
// letter (A to Z), a Japanese name that starts like a longer one.
func TestTermTexts(t *testing.T) {
	a := newAnalyzer(&timeline.Vocabulary{
		Actors: []timeline.Actor{
			{ID: "kishida", Name: "Fumio Kishida", RU: "Фумио Кисида", JA: "岸田文雄", Aliases: []string{"岸田", "Кисида"}},
			{ID: "russia", Name: "Russia"},
		},
		Places: []timeline.Place{{ID: "southern-kurils", Name: "Southern Kurils", Aliases: []string{"Northern Territories"}}},
	})
	for _, tt := range []struct{ text, want string }{
		{"Russia and the Northern Territories", "@russia=russia @southern-kurils=northern territories"},
		{"Abe, abe, Zeal, zeal", "abe=abe zeal=zeal"},
		{"岸田氏", "@kishida=岸田"},
		// A capital outside ASCII is lower-cased too.
		{"Кисида прибыл", "@kishida=кисида прибыл=прибыл"},
		{"岸田文雄首相", "@kishida=岸田文雄"},
	} {
		var got []string
		for _, term := range a.analyze(tt.text) {
			got = append(got, term.Key+"="+term.Text)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("terms of %q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestIsCyrillic: the words stemmed as Russian start with a letter of the
// Cyrillic block, U+0400 to U+04FF.
func TestIsCyrillic(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"\u0400", true}, {"мид", true}, {"я", true}, {"\u04ff", true},
		{"\u03ff", false}, {"\u0500", false}, {"mid", false}, {"", false},
	} {
		if got := isCyrillic(tt.w); got != tt.want {
			t.Errorf("isCyrillic(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestNameOfNoEvent: a name that no event holds (Russia, in events that
// name only Japan) adds nothing to a sentence's score.
func TestNameOfNoEvent(t *testing.T) {
	tl := thresholdFixture(t)
	for _, tt := range []struct{ sentence, verdict string }{
		// kappa 1: below the join threshold, with or without Russia.
		{"Kappa was agreed on 19 January 1960.", "verdict: unattached: no actor"},
		{"Kappa and Russia were agreed on 19 January 1960.", "verdict: proposal 1960-01-19-kappa-agreed"},
		// kappa 1 + lambda 0.66.
		{"Kappa and lambda were agreed on 19 January 1960.", "verdict: evidence on 1960-01-19-kappa"},
	} {
		r := Run(tl, []timeline.Candidate{cand("a", tt.sentence, "19 January 1960", "1960-01-19")}, Options{})
		if got := r.Decisions[0].Verdict(); got != tt.verdict {
			t.Errorf("%q: %s, want %s\n%s", tt.sentence, got, tt.verdict, r.Explanation(&r.Decisions[0]))
		}
	}
}
