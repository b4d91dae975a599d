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
