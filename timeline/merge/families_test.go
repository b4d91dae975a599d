package merge

import (
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// The families of issue 10, part 4, on sentences written for these tests.

const familyActors = `actors:
  - id: japan
    name: Japan
    type: state
    ja: 日本
    aliases: [Japanese, Tokyo]
  - id: russia
    name: Russia
    type: state
    ru: Россия
    aliases: [Russian, Moscow, МИД России]
  - id: ussr
    name: Soviet Union
    type: state
    aliases: [Soviet]
  - id: abe
    name: Shinzo Abe
    type: person
    aliases: [Abe]
  - id: putin
    name: Vladimir Putin
    type: person
    aliases: [Putin]
  - id: league
    name: League of Former Residents
    type: organization
  - id: kishida
    name: Fumio Kishida
    type: person
    ru: Фумио Кисида
    ja: 岸田文雄
    aliases: [Kishida, Кисида, 岸田]
`

var familyEvents = map[string]string{
	"events/2016-12-15-summit-agrees-joint-activities.yaml": `id: 2016-12-15-summit-agrees-joint-activities
date: 2016-12-15/2016-12-16
title: Leaders agree to consult on joint economic activities on the islands
summary: A summit in Nagato opens consultations on a special framework for the islands.
kind: summit
actors: [japan, russia, abe, putin]
aliases: [joint economic activities]
sources: [{title: Press release, publisher: MOFA}]
`,
	"events/2022-03-21-dialogue-withdrawn.yaml": `id: 2022-03-21-dialogue-withdrawn
date: 2022-03-21
title: Moscow withdraws from the dialogue on joint economic activities
summary: Citing sanctions, the foreign ministry leaves the dialogue and ends treaty negotiations.
kind: summit
actors: [russia]
aliases: [joint economic activities]
sources: [{title: Statement, publisher: MID}]
`,
	"events/2022-06-07-sea-memorials.yaml": `id: 2022-06-07-sea-memorials
date: 2022-06-07/2025-07-20
title: Former residents hold memorial services at sea instead of grave visits
summary: With visits suspended, ships carry former islanders to pray offshore each summer.
kind: summit
actors: [japan, russia, league]
places: [iturup]
sources: [{title: Report, publisher: NHK}]
`,
	"events/2019-01-22-moscow-meeting.yaml": `id: 2019-01-22-moscow-meeting
date: 2019-01-22
title: Abe and Putin hold their meeting in Moscow
summary: The leaders review treaty negotiations.
kind: summit
actors: [japan, russia, abe, putin]
sources: [{title: Report, publisher: LDP}]
`,
	"events/1956-10-19-joint-declaration.yaml": `id: 1956-10-19-joint-declaration
date: 1956-10-19
title: Japan and the Soviet Union sign the Joint Declaration
summary: The declaration ends the state of war and restores diplomatic relations.
kind: treaty
actors: [japan, ussr]
aliases: [the 1956 Joint Declaration, Совместная декларация 1956 года, 日ソ共同宣言]
sources: [{title: Declaration, publisher: MOFA}]
`,
}

func familyFixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	fsys := testFS(familyEvents)
	fsys["actors.yaml"].Data = []byte(familyActors)
	tl, diags := timeline.Load(fsys, timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return tl
}

// at builds a candidate of an article published on pub, its mention found
// in the sentence; each sentence gets its own position.
func at(article, pub, sentence, mention, date string) timeline.Candidate {
	c := timeline.Candidate{Article: timeline.ArticleRef{ID: article, Published: pub + "T09:00:00Z", Language: "en"}, Sentence: sentence,
		SentenceStart: len(sentence) * 7, SentenceEnd: len(sentence)*8 + 1}
	if mention != "" {
		i := strings.Index(sentence, mention)
		if i < 0 {
			panic("mention not in sentence: " + mention)
		}
		c.Mention, c.Start, c.End = mention, c.SentenceStart+i, c.SentenceStart+i+len(mention)
		c.Type, c.Value, c.Date = "DATE", date, edtf.MustParse(date)
	}
	return c
}

// decisionOf finds the decision of the candidate with that sentence and
// mention.
func decisionOf(t *testing.T, r *Result, sentence, mention string) *Decision {
	t.Helper()
	for i := range r.Decisions {
		d := &r.Decisions[i]
		if d.Candidate.Sentence == sentence && d.Candidate.Mention == mention {
			return d
		}
	}
	t.Fatalf("no decision for %q / %q", sentence, mention)
	return nil
}

func TestFamilies(t *testing.T) {
	tl := familyFixture(t)
	tests := []struct {
		name              string
		cand              timeline.Candidate
		outcome           Outcome
		event             string // for evidence and conflicts: the event; for proposals: the id's date prefix
		reason            string // a part of the reason, when it matters
		opts              Options
		needActor, noPlan string
	}{
		{name: "the date decides between events sharing an alias",
			cand:    at("a", "2024-01-30", "Officials first discussed joint economic activities in December 2016.", "December 2016", "2016-12"),
			outcome: OutcomeEvidence, event: "2016-12-15-summit-agrees-joint-activities"},
		{name: "the same alias with the other event's date",
			cand:    at("a", "2024-01-30", "The talks on joint economic activities collapsed in March 2022.", "March 2022", "2022-03"),
			outcome: OutcomeEvidence, event: "2022-03-21-dialogue-withdrawn"},
		{name: "a present-tense sentence without a date is about the event nearest the publication",
			cand:    at("a", "2024-01-30", "Joint economic activities remain frozen.", "", ""),
			outcome: OutcomeEvidence, event: "2022-03-21-dialogue-withdrawn", reason: "present tense"},
		{name: "a present-tense sentence in an older article",
			cand:    at("b", "2017-01-10", "Joint economic activities are the focus of the consultations.", "", ""),
			outcome: OutcomeEvidence, event: "2016-12-15-summit-agrees-joint-activities"},
		{name: "a long interval event does not catch a date inside its span on names alone",
			cand:    at("a", "2024-01-30", "The League of Former Residents met Japanese officials in Etorofu on 3 March 2023.", "3 March 2023", "2023-03-03"),
			outcome: OutcomeProposal, event: "2023-03-03"},
		{name: "a long interval event catches a date with its words",
			cand:    at("a", "2024-01-30", "Former islanders held a memorial service at sea on 20 July 2025.", "20 July 2025", "2025-07-20"),
			outcome: OutcomeEvidence, event: "2022-06-07-sea-memorials"},
		{name: "a demonym names an actor",
			cand:    at("a", "2024-01-30", "A Japanese crab boat was detained on 5 May 2023.", "5 May 2023", "2023-05-05"),
			outcome: OutcomeProposal, event: "2023-05-05", needActor: "japan"},
		{name: "an adjective in a compound names an actor",
			cand:    at("a", "2024-01-30", "Two Russian-controlled ports closed on 6 May 2023.", "6 May 2023", "2023-05-06"),
			outcome: OutcomeProposal, event: "2023-05-06", needActor: "russia"},
		{name: "Tokyo stands for the government",
			cand:    at("a", "2024-01-30", "Tokyo lodged a protest on 7 May 2023.", "7 May 2023", "2023-05-07"),
			outcome: OutcomeProposal, event: "2023-05-07", needActor: "japan"},
		{name: "without an actor nothing is proposed",
			cand:    at("a", "2024-01-30", "It snowed heavily on 8 May 2023.", "8 May 2023", "2023-05-08"),
			outcome: OutcomeUnattached, reason: "no actor"},
		{name: "a photo caption proposes nothing",
			cand:    at("a", "2024-01-30", "Photo: Japanese and Russian officials meet on 9 May 2023.", "9 May 2023", "2023-05-09"),
			outcome: OutcomeUnattached, reason: "caption"},
		{name: "a credit line proposes nothing",
			cand:    at("a", "2024-01-30", "© 2023 Japanese Wire Service. All rights reserved.", "2023", "2023"),
			outcome: OutcomeUnattached, reason: "caption"},
		{name: "a reporting frame is not an event",
			cand:    at("a", "2024-01-30", "Kishida was speaking to reporters in Tokyo on 29 January 2024.", "29 January 2024", "2024-01-29"),
			outcome: OutcomeUnattached, reason: "reporting frame"},
		{name: "only a year proposes nothing",
			cand:    at("a", "2024-01-30", "Japan and Russia resumed talks in 1998.", "1998", "1998"),
			outcome: OutcomeUnattached, reason: "only a year"},
		{name: "a decade proposes nothing",
			cand:    at("a", "2024-01-30", "Japan and Russia talked in the 1990s.", "the 1990s", "199X"),
			outcome: OutcomeUnattached, reason: "only a decade"},
		{name: "a span's start proposes nothing",
			cand:    at("a", "2024-01-30", "It was the first Japanese death at sea since October 1956.", "October 1956", "1956-10"),
			outcome: OutcomeUnattached, reason: "span"},
		{name: "a part of a named period is not the sentence's date",
			cand:    at("a", "2024-01-30", "The islands changed hands in the final weeks of World War II, Japanese officials say.", "the final weeks", "2024-01-29"),
			outcome: OutcomeUnattached, reason: "named period"},
		{name: "an anniversary is evidence on the event it marks",
			cand:    at("a", "2016-10-19", "Today marks 60 years since the 1956 Joint Declaration.", "Today", "2016-10-19"),
			outcome: OutcomeEvidence, event: "1956-10-19-joint-declaration", reason: "anniversary"},
		{name: "a report of a curated event below the join threshold is evidence, not a proposal",
			cand:    at("a", "2019-01-23", "Abe flew to Moscow for talks with Putin on 22 January 2019.", "22 January 2019", "2019-01-22"),
			opts:    Options{Threshold: 50},
			outcome: OutcomeEvidence, event: "2019-01-22-moscow-meeting", reason: "not a new one"},
		{name: "a dateline restates the publication",
			cand: func() timeline.Candidate {
				c := at("a", "2024-01-30", "TOKYO, January 30 (Wire) - Japan and Russia agreed to talk.", "January 30", "2024-01-30")
				c.Dateline = true
				return c
			}(),
			outcome: OutcomeUnattached, reason: "restates the publication date"},
		{name: "a page's update stamp restates the publication",
			cand:    at("a", "2024-01-30", "Japan and Russia agree to talk Updated: 2024-01-30 10:17", "2024-01-30 10:17", "2024-01-30"),
			outcome: OutcomeUnattached, reason: "restates the publication date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Run(tl, []timeline.Candidate{tt.cand}, tt.opts)
			d := decisionOf(t, r, tt.cand.Sentence, tt.cand.Mention)
			if d.Outcome != tt.outcome {
				t.Fatalf("outcome %s (%s), want %s\n%s", d.Outcome, d.Reason, tt.outcome, r.Explanation(d))
			}
			switch tt.outcome {
			case OutcomeEvidence:
				if d.Event != tt.event {
					t.Errorf("evidence on %s, want %s\n%s", d.Event, tt.event, r.Explanation(d))
				}
			case OutcomeProposal:
				if !strings.HasPrefix(d.Event, tt.event+"-") || len(r.Timeline.Proposed) != 1 {
					t.Fatalf("proposal %q (%d proposals), want one dated %s", d.Event, len(r.Timeline.Proposed), tt.event)
				}
				if p := r.Timeline.Proposed[0]; tt.needActor != "" && !containsString(p.Actors, tt.needActor) {
					t.Errorf("proposal actors %v, want %s among them", p.Actors, tt.needActor)
				}
			case OutcomeUnattached:
				if len(r.Timeline.Unattached) != 1 || r.Timeline.Unattached[0].Reason != d.Reason {
					t.Errorf("unattached list %+v does not carry the decision's reason %q", r.Timeline.Unattached, d.Reason)
				}
			}
			if tt.reason != "" && !strings.Contains(d.Reason, tt.reason) {
				t.Errorf("reason %q does not say %q", d.Reason, tt.reason)
			}
		})
	}
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// A sentence whose one date matched an event keeps a second date that is
// the article's own news; another date that is not the news is part of the
// same sentence, and proposes nothing.
func TestSecondDateOwnNews(t *testing.T) {
	tl := familyFixture(t)
	s := "Japan's foreign ministry released records on 21 December 2022 showing how Tokyo negotiated the 1956 Joint Declaration signed on 19 October 1956."
	old := "Japan and the Soviet Union signed the 1956 Joint Declaration on 19 October 1956 and ratified it in December 1956 in Moscow."
	cands := []timeline.Candidate{
		at("news", "2022-12-21", s, "21 December 2022", "2022-12-21"),
		at("news", "2022-12-21", s, "19 October 1956", "1956-10-19"),
		at("news", "2022-12-21", old, "19 October 1956", "1956-10-19"),
		at("news", "2022-12-21", old, "December 1956", "1956-12"),
	}
	r := Run(tl, cands, Options{})
	if d := decisionOf(t, r, s, "19 October 1956"); d.Outcome != OutcomeEvidence || d.Event != "1956-10-19-joint-declaration" {
		t.Errorf("old date: %s %s", d.Outcome, d.Event)
	}
	if d := decisionOf(t, r, s, "21 December 2022"); d.Outcome != OutcomeProposal {
		t.Errorf("the article's own news: %s (%s), want a proposal", d.Outcome, d.Reason)
	}
	if d := decisionOf(t, r, old, "December 1956"); d.Outcome != OutcomeSameSentence {
		t.Errorf("another old date: %s (%s), want same sentence", d.Outcome, d.Reason)
	}
	ev := 0
	for _, e := range r.Timeline.Events {
		for _, x := range e.Evidence {
			if x.Sentence == old {
				ev++
			}
		}
	}
	if ev != 1 {
		t.Errorf("the sentence with two dates is %d pieces of evidence, want 1", ev)
	}
}

// A sentence of the article on the day another sentence dates a curated
// event by its words reports that event, even without a word in common.
func TestSameDayInOneArticle(t *testing.T) {
	tl := familyFixture(t)
	words := at("sea", "2025-07-21", "Former islanders held a memorial service at sea on 20 July 2025.", "20 July 2025", "2025-07-20")
	bare := at("sea", "2025-07-21", "On 20 July 2025, forty-six people took part.", "20 July 2025", "2025-07-20")
	other := at("elsewhere", "2025-07-21", "On 20 July 2025, forty-six people took part in Moscow.", "20 July 2025", "2025-07-20")
	r := Run(tl, []timeline.Candidate{words, bare, other}, Options{})
	if d := decisionOf(t, r, bare.Sentence, bare.Mention); d.Outcome != OutcomeEvidence || d.Event != "2022-06-07-sea-memorials" {
		t.Errorf("same article, same day: %s %s (%s)", d.Outcome, d.Event, d.Reason)
	}
	if d := decisionOf(t, r, other.Sentence, other.Mention); d.Outcome == OutcomeEvidence {
		t.Errorf("another article's sentence joined on the day alone: %s", d.Reason)
	}
}

// A visit's arrival and departure around a curated one-day event: one
// report of that event, not a new proposal at the arrival.
func TestArrivalAndDeparture(t *testing.T) {
	tl := familyFixture(t)
	s := "Abe will arrive on 20 January 2019 and leave on 22 January 2019."
	cands := []timeline.Candidate{
		at("v", "2019-01-10", s, "20 January 2019", "2019-01-20"),
		at("v", "2019-01-10", s, "22 January 2019", "2019-01-22"),
	}
	r := Run(tl, cands, Options{})
	if d := decisionOf(t, r, s, "22 January 2019"); d.Outcome != OutcomeEvidence || d.Event != "2019-01-22-moscow-meeting" {
		t.Errorf("departure: %s %s (%s)", d.Outcome, d.Event, d.Reason)
	}
	if len(r.Timeline.Proposed) != 0 {
		t.Errorf("the arrival was proposed as a new event: %+v", r.Timeline.Proposed[0].ID)
	}
}

// One sentence is one piece of evidence on one event, however many dates
// it holds.
func TestOneSentenceOneEvidence(t *testing.T) {
	tl := familyFixture(t)
	s := "Abe and Putin met in Moscow on 22 January 2019, on Tuesday 22 January 2019 at 3 p.m."
	cands := []timeline.Candidate{
		at("x", "2019-01-23", s, "22 January 2019", "2019-01-22"),
		at("x", "2019-01-23", s, "Tuesday 22 January 2019", "2019-01-22"),
		at("x", "2019-01-23", s, "3 p.m.", "2019-01-22"),
	}
	cands[2].Type = "TIME"
	out := Merge(tl, cands, Options{})
	n := 0
	for _, e := range out.Events {
		n += len(e.Evidence)
	}
	if n != 1 || len(out.Proposed) != 0 || len(out.Unattached) != 0 {
		t.Errorf("%d pieces of evidence, %d proposals, %d unattached; want one piece of evidence", n, len(out.Proposed), len(out.Unattached))
	}
}

// A recurring date (a set: every September 3) never proposes a one-off
// event; with an alias it may be evidence.
func TestSetNeverProposes(t *testing.T) {
	tl := familyFixture(t)
	set := func(sentence, mention string) timeline.Candidate {
		c := at("s", "2024-01-30", sentence, "", "")
		i := strings.Index(sentence, mention)
		c.Mention, c.Start, c.End = mention, c.SentenceStart+i, c.SentenceStart+i+len(mention)
		c.Type, c.Value, c.Set = "SET", "XXXX-09-03", true
		return c
	}
	plain := set("Russia and Japan mark the victory every September 3.", "every September 3")
	alias := set("Russia marks the 1956 Joint Declaration every September 3.", "every September 3")
	r := Run(tl, []timeline.Candidate{plain, alias}, Options{})
	if len(r.Timeline.Proposed) != 0 {
		t.Fatalf("a set proposed %+v", r.Timeline.Proposed)
	}
	if d := decisionOf(t, r, plain.Sentence, plain.Mention); d.Outcome != OutcomeUnattached || !strings.Contains(d.Reason, "recurring") {
		t.Errorf("set without alias: %s (%s)", d.Outcome, d.Reason)
	}
	if d := decisionOf(t, r, alias.Sentence, alias.Mention); d.Outcome != OutcomeEvidence || d.Event != "1956-10-19-joint-declaration" {
		t.Errorf("set with alias: %s %s (%s)", d.Outcome, d.Event, d.Reason)
	}
	if len(r.Timeline.Unattached) != 1 || r.Timeline.Unattached[0].Date.IsZero() == false {
		t.Errorf("unattached: %+v", r.Timeline.Unattached)
	}
}

// Russian sentences match by stems and Japanese ones by phrases, and the
// evidence keeps the sentence in its language.
func TestRussianAndJapanese(t *testing.T) {
	tl := familyFixture(t)
	ru := at("ru", "2016-10-19", "МИД России напомнил о Совместной декларации 1956 года, подписанной 19.10.1956.", "19.10.1956", "1956-10-19")
	ru.Article.Language = "ru"
	ja := at("ja", "2016-10-19", "岸田文雄外務大臣は日ソ共同宣言の意義を強調した。", "", "")
	ja.Article.Language = "ja"
	r := Run(tl, []timeline.Candidate{ru, ja}, Options{})
	for _, c := range []timeline.Candidate{ru, ja} {
		d := decisionOf(t, r, c.Sentence, c.Mention)
		if d.Outcome != OutcomeEvidence || d.Event != "1956-10-19-joint-declaration" {
			t.Errorf("%s: %s %s\n%s", c.Article.ID, d.Outcome, d.Event, r.Explanation(d))
		}
	}
	var langs []string
	for _, e := range r.Timeline.Events {
		for _, ev := range e.Evidence {
			langs = append(langs, ev.Article.Language+":"+ev.Sentence[:6])
		}
	}
	if len(langs) != 2 {
		t.Errorf("evidence: %v", langs)
	}
	ex := r.Explanation(decisionOf(t, r, ja.Sentence, ""))
	if !strings.Contains(ex, "岸田文雄=@kishida") || !strings.Contains(ex, `"日ソ共同宣言"`) {
		t.Errorf("the explanation does not show the terms in the original script:\n%s", ex)
	}
}

func TestStemRU(t *testing.T) {
	for _, group := range [][]string{
		{"Кисида", "Кисиды", "Кисиде", "Кисидой"},
		{"Лавров", "Лаврова", "Лаврову", "Лавровым"},
		{"декларация", "декларации", "декларацию", "декларацией"},
		{"Совместная", "Совместной", "совместную"},
		{"Россия", "России", "Россию"},
		{"Горбачёв", "Горбачев", "Горбачева"},
		// The longest ending goes first: "-иями" whole, not "-и" then "-ям".
		{"соглашение", "соглашения", "соглашениями", "соглашениям"},
		{"переговоры", "переговорами", "переговорах"},
		// An ending goes when three letters are left.
		{"МИД", "МИДа", "МИДу"},
	} {
		want := stem(strings.ToLower(group[0]))
		for _, w := range group[1:] {
			if got := stem(strings.ToLower(w)); got != want {
				t.Errorf("stem(%s) = %s, want %s (as %s)", w, got, want, group[0])
			}
		}
	}
	for _, w := range []string{"мид", "рф", "сша"} {
		if got := stem(w); got != w {
			t.Errorf("stem(%s) = %s: a short word must stay", w, got)
		}
	}
}

func TestJapaneseLongestMatch(t *testing.T) {
	a := newAnalyzer(&timeline.Vocabulary{Actors: []timeline.Actor{
		{ID: "kishida", Name: "Fumio Kishida", JA: "岸田文雄", Aliases: []string{"岸田"}},
		{ID: "japan", Name: "Japan", JA: "日本", Aliases: []string{"日本政府"}},
	}})
	got := a.analyze("日本政府と岸田文雄首相、岸田氏")
	want := []Term{{"@japan", "日本政府"}, {"@kishida", "岸田文雄"}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("terms %v, want %v", got, want)
	}
}

func TestReviewerTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"TOKYO (Wire) - Japanese ministers met their Russian counterparts yesterday.", "Japanese ministers met their Russian counterparts yesterday"},
		{"TOKYO, Oct 1 (Wire) - The cabinet approved a fisheries plan on Friday.", "The cabinet approved a fisheries plan on Friday"},
		{"MOSCOW, March 3. /Agency/. Russia closed two consulates on Monday.", "Russia closed two consulates on Monday"},
		{"In an interview on Tuesday, Lavrov said that the border commission would meet in May.", "Lavrov: The border commission would meet in May"},
		{"The two sides agreed to reopen the hotline on Monday, the ministry said.", "The two sides agreed to reopen the hotline on Monday"},
		{`"We regret this decision," Ivan Petrov, the deputy minister, told reporters on Monday.`, "Ivan Petrov: “We regret this decision”"},
		{"On Tuesday, the foreign ministers signed a memorandum on fishing quotas.", "The foreign ministers signed a memorandum on fishing quotas"},
		{"Nemuro, Hokkaido- Forty people left for the islands on Friday.", "Forty people left for the islands on Friday"},
	}
	for _, tt := range tests {
		if got := reviewerTitle(tt.in); got != tt.want {
			t.Errorf("reviewerTitle(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
	long := strings.Repeat("日ソ共同宣言", 20)
	if got := reviewerTitle(long); !strings.HasSuffix(got, "…") || !isValidUTF8(got) {
		t.Errorf("a long Japanese title is cut inside a character: %q", got)
	}
}

func isValidUTF8(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// Issue 13: an id is never invented from a date that names no year.
func TestProposalIDRefusesOpenDates(t *testing.T) {
	for _, d := range []string{"19XX", "195X", "2022/..", "../2022"} {
		if id, err := proposalID(edtf.MustParse(d), []string{"talks"}, map[string]int{}); err == nil {
			t.Errorf("proposalID(%s) = %q, want an error", d, id)
		}
	}
	for d, want := range map[string]string{"2022-03-21": "2022-03-21-talks", "2022-03": "2022-03-talks", "2022": "2022-talks"} {
		if id, err := proposalID(edtf.MustParse(d), []string{"talks"}, map[string]int{}); err != nil || id != want {
			t.Errorf("proposalID(%s) = %q, %v; want %s", d, id, err, want)
		}
	}
}

func TestClosest(t *testing.T) {
	ids := []string{"1945-09-02-japan-surrenders", "1956-10-19-soviet-japanese-joint-declaration", "tass-2024-01-30-kishida-peace-treaty"}
	for in, want := range map[string]string{
		"1945-09-02-japan-surrender":    "1945-09-02-japan-surrenders",
		"1956-10-19-joint-declaration":  "1956-10-19-soviet-japanese-joint-declaration",
		"tass-2024-01-30-kishida-peace": "tass-2024-01-30-kishida-peace-treaty",
	} {
		if got := Closest(in, ids); len(got) == 0 || got[0] != want {
			t.Errorf("Closest(%s) = %v, want %s first", in, got, want)
		}
	}
	if got := Closest("zzz", ids); len(got) != 0 {
		t.Errorf("Closest(zzz) = %v, want none", got)
	}
}
