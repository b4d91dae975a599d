package merge

import (
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
)

// Cases found by mutation testing (make mutate). They need nothing outside
// the package: the events are built here, so every weight is known.

// thresholdFixture is three events on different dates whose words overlap
// in a known way. With three events, a term of one event weighs 1, a term
// of two weighs ln(2.5)/ln(4) = 0.66, a term of all three ln(2)/ln(4) = 0.5.
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
		{"Kappa and sigma were agreed on 19 January 1960.", 0, 0, "verdict: proposed event"},
		// lambda 0.66 + sigma 0.5 = 1.16: below everything tried here.
		{"Lambda and sigma were agreed on 19 January 1960.", 0, 0, "verdict: proposed event"},
		// kappa + lambda + sigma = 2.16.
		{"Kappa, lambda and sigma were agreed on 19 January 1960.", 0, 2.16, "verdict: evidence on 1960-01-19-kappa"},
		// The option moves the line both ways; equal to it is enough.
		{"Kappa and sigma were agreed on 19 January 1960.", 1.4, 1.5, "verdict: evidence on 1960-01-19-kappa"},
		{"Kappa and sigma were agreed on 19 January 1960.", 1.5, 1.5, "verdict: evidence on 1960-01-19-kappa"},
		{"Kappa and lambda were agreed on 19 January 1960.", 1.7, 0, "verdict: proposed event"},
		// The words fit, the date does not: never evidence.
		{"Kappa, lambda and sigma were agreed on 20 January 1960.", 0, 0, "verdict: proposed event"},
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
		if explained := NewMatcher(tl, opts).Explain(&c); !strings.Contains(explained, tt.verdict) {
			t.Errorf("%q at threshold %v: explanation lacks %q:\n%s", tt.sentence, tt.threshold, tt.verdict, explained)
		}
	}
}
