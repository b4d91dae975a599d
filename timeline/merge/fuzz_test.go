package merge

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// FuzzMerge: any sentence, in any script, with a date at any place in it,
// merges without a panic, and its date ends as exactly one outcome that the
// timeline shows.
func FuzzMerge(f *testing.F) {
	for _, s := range []string{
		"Japan and Russia signed the 1956 Joint Declaration on 19 October 1956.",
		"МИД России напомнил о Совместной декларации 1956 года 19.10.1956.",
		"岸田文雄外務大臣は日ソ共同宣言の意義を強調した。2016年10月19日",
		"Photo: © 2023 Japanese Wire. Updated: 2024-01-30 10:17",
		"\"We regret this,\" Ivan Petrov told reporters in Tokyo on Monday that",
		"TOKYO, Oct 1 (Wire) - ・・・\xe6\x97",
	} {
		f.Add(s, 0, "2019-01-22")
	}
	tl := familyFixture(f)
	f.Fuzz(func(t *testing.T, sentence string, at int, date string) {
		if !utf8.ValidString(sentence) || len(sentence) > 2000 {
			return
		}
		d, err := edtf.Parse(date)
		if err != nil {
			return
		}
		c := timeline.Candidate{Article: timeline.ArticleRef{ID: "f", Published: "2024-01-30T00:00:00Z"}, Sentence: sentence,
			Mention: "x", Type: "DATE", Value: date, Date: d}
		if at >= 0 && at <= len(sentence) {
			c.Start = at
		}
		r := Run(tl, []timeline.Candidate{c}, Options{})
		if len(r.Decisions) != 1 {
			t.Fatalf("%d decisions for one candidate", len(r.Decisions))
		}
		dc := r.Decisions[0]
		ev := 0
		for _, e := range r.Timeline.Events {
			ev += len(e.Evidence)
		}
		shown := map[Outcome]int{OutcomeEvidence: ev, OutcomeConflict: len(r.Timeline.Conflicts), OutcomeUnattached: len(r.Timeline.Unattached)}
		for _, p := range r.Timeline.Proposed {
			shown[OutcomeProposal] += len(p.Evidence)
			if !utf8.ValidString(p.Title) || strings.TrimSpace(p.ID) == "" {
				t.Errorf("proposal %q titled %q", p.ID, p.Title)
			}
		}
		for o, n := range shown {
			if want := map[bool]int{true: 1, false: 0}[o == dc.Outcome]; n != want {
				t.Errorf("outcome %s, but the timeline shows %d of %s", dc.Outcome, n, o)
			}
		}
		if dc.Outcome == OutcomeUnattached && dc.Reason == "" {
			t.Error("unattached without a reason")
		}
		var b strings.Builder
		r.Explain(&b, "f")
		if !strings.Contains(b.String(), dc.Verdict()) {
			t.Errorf("explain does not print the verdict %q", dc.Verdict())
		}
	})
}
