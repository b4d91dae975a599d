package merge

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
)

// TestClusterMatchesPairwise checks cluster against the plain definition:
// two seeds join when the weights of the terms they share reach half the
// threshold, and clusters are the joins' transitive closure, listed by
// first seed, each in seed order. Groups of many seeds sharing a date are
// where cluster's marks and skips could go wrong.
func TestClusterMatchesPairwise(t *testing.T) {
	tl, _ := synthetic(300, 10)
	m := NewMatcher(tl, Options{})
	nkeys := len(m.keyTerm) + 20 // some keys the curated events never use
	rng := rand.New(rand.NewSource(7))
	for round := range 200 {
		if round == 100 {
			// The generation number wraps a few groups on: marks
			// left from before the wrap must not count.
			m.keySeen.gen = ^uint32(0) - 3
		}
		n := 1 + rng.Intn(40)
		seeds := make([]proposalSeed, n)
		for i := range seeds {
			var terms []int32
			// Few keys per seed from a small pool at times, so that
			// seeds overlap, chain and sometimes stay alone.
			pool := 5 + rng.Intn(nkeys)
			for range 1 + rng.Intn(8) {
				k := int32(rng.Intn(pool))
				if !slices.Contains(terms, k) {
					terms = append(terms, k)
				}
			}
			seeds[i] = proposalSeed{c: &timeline.Candidate{Sentence: string(rune('a' + i%26))}, terms: terms}
		}
		got := m.cluster(seeds)
		want := pairwiseClusters(m, seeds)
		if !sameClusters(got, want) {
			t.Fatalf("round %d: cluster gave %v, the pairwise definition %v", round, clusterIndexes(got, seeds), clusterIndexes(want, seeds))
		}
	}
}

func pairwiseClusters(m *Matcher, seeds []proposalSeed) [][]proposalSeed {
	n := len(seeds)
	joined := make([][]bool, n)
	for i := range joined {
		joined[i] = make([]bool, n)
		joined[i][i] = true
	}
	for i := range seeds {
		for j := range seeds {
			w := 0.0
			for _, k := range seeds[j].terms {
				if slices.Contains(seeds[i].terms, k) {
					w += m.keyWeight(k)
				}
			}
			if i != j && w >= m.opts.Threshold/2 {
				joined[i][j], joined[j][i] = true, true
			}
		}
	}
	// Transitive closure (Floyd–Warshall on booleans).
	for k := range n {
		for i := range n {
			for j := range n {
				if joined[i][k] && joined[k][j] {
					joined[i][j] = true
				}
			}
		}
	}
	var out [][]proposalSeed
	done := make([]bool, n)
	for i := range seeds {
		if done[i] {
			continue
		}
		var c []proposalSeed
		for j := range seeds {
			if joined[i][j] {
				c = append(c, seeds[j])
				done[j] = true
			}
		}
		out = append(out, c)
	}
	return out
}

func clusterIndexes(cs [][]proposalSeed, seeds []proposalSeed) [][]int {
	var out [][]int
	for _, c := range cs {
		var ix []int
		for _, s := range c {
			ix = append(ix, slices.IndexFunc(seeds, func(x proposalSeed) bool { return x.c == s.c }))
		}
		out = append(out, ix)
	}
	return out
}

func sameClusters(a, b [][]proposalSeed) bool {
	return slices.EqualFunc(a, b, func(x, y []proposalSeed) bool {
		return slices.EqualFunc(x, y, func(p, q proposalSeed) bool { return p.c == q.c })
	})
}
