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

// TestProposalIDWeights: the id takes the three weightiest words of the
// title; a word many events share comes after the rarer ones, whichever
// term was read first.
func TestProposalIDWeights(t *testing.T) {
	tl := thresholdFixture(t)
	tl.Events[0].Title = "Sigma, kappa and lambda" // sigma, in all three events, is the first term read
	p := Merge(tl, []timeline.Candidate{cand("a", "Russia and Japan discussed sigma walrus quotas on 5 May 2023.", "5 May 2023", "2023-05-05")}, Options{}).Proposed
	if len(p) != 1 || p[0].ID != "2023-05-05-discussed-walrus-quotas" {
		t.Errorf("proposals %+v, want the id 2023-05-05-discussed-walrus-quotas", p)
	}
}

// TestOneLine: a proposal's summary is its sentence on one line, single
// spaced.
func TestOneLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Japan and Russia met.", "Japan and Russia met."},
		{"  Japan and\tRussia  met. ", "Japan and Russia met."},
		{"Japan and\nRussia met.", "Japan and Russia met."},
		{"Japan\tRussia", "Japan Russia"},
		{"Japan and Russia met. ", "Japan and Russia met."},
		{" Japan", "Japan"},
		{"", ""},
		{" ", ""},
	} {
		if got := oneLine(tt.in); got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
