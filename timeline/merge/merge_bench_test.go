package merge

import (
	"fmt"
	"math/rand"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

// synthetic builds a timeline of n events and m candidates with a Zipf-like
// vocabulary, dates spread over 1855–2025, and a mix of candidates that fit
// an event, miss every event, or carry no date. It is deterministic.
func synthetic(n, m int) (*timeline.Timeline, []timeline.Candidate) {
	rng := rand.New(rand.NewSource(1))
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
	}
	zipf := rand.NewZipf(rng, 1.1, 4, uint64(len(vocab)-1))
	sentence := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(ws, " ")
	}
	tl := &timeline.Timeline{Vocabulary: timeline.Vocabulary{
		Actors: []timeline.Actor{{ID: "japan", Name: "Japan", Aliases: []string{"Tokyo"}}, {ID: "russia", Name: "Russia", Aliases: []string{"Moscow"}}},
		Places: []timeline.Place{{ID: "iturup", Name: "Iturup", Aliases: []string{"Etorofu"}}},
		Eras:   []timeline.Era{{ID: "all", Date: edtf.MustParse("1855/..")}},
	}}
	day := func() edtf.Value {
		return edtf.MustParse(fmt.Sprintf("%04d-%02d-%02d", 1855+rng.Intn(171), 1+rng.Intn(12), 1+rng.Intn(28)))
	}
	for i := range n {
		tl.Events = append(tl.Events, timeline.Event{
			ID: fmt.Sprintf("e%06d", i), Date: day(), Title: sentence(8), Summary: sentence(40),
			Actors: []string{"japan", "russia"}, Places: []string{"iturup"}, Aliases: []string{sentence(3)}, Era: "all",
		})
	}
	cands := make([]timeline.Candidate, 0, m)
	for i := range m {
		c := timeline.Candidate{Article: timeline.ArticleRef{ID: fmt.Sprintf("a%06d", i/10)}, SentenceStart: i % 10 * 100}
		switch i % 4 {
		case 0, 1: // about an event: its date and some of its words
			e := &tl.Events[rng.Intn(n)]
			c.Date = e.Date
			c.Sentence = strings.Join(strings.Fields(e.Summary)[:12], " ") + " Tokyo " + sentence(8)
		case 2: // about nothing known
			c.Date = day()
			c.Sentence = "Moscow " + sentence(20)
		default: // no date
			c.Sentence = sentence(20)
		}
		if !c.Date.IsZero() {
			c.Mention = c.Date.String()
		}
		cands = append(cands, c)
	}
	return tl, cands
}

// BenchmarkMerge: 10,000 events and 200,000 candidates, then twice as many
// of both; and a fifth of the first, in the same proportion, for quick
// comparisons on a loaded machine. Run with -cpu 1 -benchtime 1x. Besides
// the wall time it reports cpu-s/op, the process's CPU seconds (user and
// system) spent in the timed loop: on a shared machine the wall time counts
// the other processes too, and the CPU time does not. sys-s/op and
// faults/op are the system's share and the page faults: memory the heap
// takes fresh from the kernel, whose cost varies from machine to machine.
func BenchmarkMerge(b *testing.B) {
	for _, size := range []struct{ events, cands int }{{2000, 40000}, {10000, 200000}, {20000, 400000}} {
		b.Run(fmt.Sprintf("events=%d/candidates=%d", size.events, size.cands), func(b *testing.B) {
			tl, cands := synthetic(size.events, size.cands)
			b.ReportAllocs()
			b.ResetTimer()
			ru0 := rusage(b)
			for b.Loop() {
				out := Merge(tl, cands, Options{})
				if len(out.Proposed) == 0 {
					b.Fatal("no proposals: the synthetic data does not exercise the merge")
				}
			}
			ru1 := rusage(b)
			n := float64(b.N)
			b.ReportMetric(time.Duration(ru1.Utime.Nano()+ru1.Stime.Nano()-ru0.Utime.Nano()-ru0.Stime.Nano()).Seconds()/n, "cpu-s/op")
			b.ReportMetric(time.Duration(ru1.Stime.Nano()-ru0.Stime.Nano()).Seconds()/n, "sys-s/op")
			b.ReportMetric(float64(ru1.Minflt-ru0.Minflt)/n, "faults/op")
		})
	}
}

// rusage is the process's resource use so far.
func rusage(b *testing.B) syscall.Rusage {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return ru
}

// TestSyntheticMerge keeps the benchmark's data honest at a small size: the
// candidates made from an event mostly join it.
func TestSyntheticMerge(t *testing.T) {
	tl, cands := synthetic(500, 4000)
	out := Merge(tl, cands, Options{})
	evidence := 0
	for _, e := range out.Events {
		evidence += len(e.Evidence)
	}
	if evidence < 1500 || len(out.Proposed) == 0 {
		t.Errorf("%d pieces of evidence, %d proposals from 2000 event candidates and 1000 unknown ones", evidence, len(out.Proposed))
	}
}
