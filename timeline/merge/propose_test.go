package merge

import (
	"testing"

	"github.com/peacetreaty/timeline/timeline"
)

// TestProposalIDFromTitle: a proposal's id is made of the words of its
// title, so that a dateline's place and agency, or a reporting verb, do not
// name the event; only a title without a word to use falls back on the
// sentence's words.
func TestProposalIDFromTitle(t *testing.T) {
	tl := thresholdFixture(t)
	for _, tt := range []struct{ sentence, id, title string }{
		{"NEMURO (Wire) - Japan discussed walrus quotas on 5 May 2023.", "2023-05-05-discussed-walrus-quotas", "Japan discussed walrus quotas on 5 May 2023"},
		{"Japan discussed walrus quotas on 5 May 2023, Lavrov noted.", "2023-05-05-discussed-walrus-quotas", "Japan discussed walrus quotas on 5 May 2023"},
		{"Japan discussed walrus quotas on 5 May 2023.", "2023-05-05-discussed-walrus-quotas", "Japan discussed walrus quotas on 5 May 2023"},
	} {
		p := Merge(tl, []timeline.Candidate{cand("a", tt.sentence, "5 May 2023", "2023-05-05")}, Options{}).Proposed
		if len(p) != 1 || p[0].ID != tt.id || p[0].Title != tt.title {
			t.Errorf("%q: proposals %+v, want %s %q", tt.sentence, p, tt.id, tt.title)
		}
	}
}
