package extract

import (
	"bytes"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline/article"
)

// peakHeap runs f and returns the most heap it had in use above what was in
// use before, sampled every millisecond.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > base && ms.HeapInuse-base > peak.Load() {
				peak.Store(ms.HeapInuse - base)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	f()
	close(stop)
	<-done
	return peak.Load()
}

// hostile is an article of one date a word.
func hostile(size int) *article.Article {
	return &article.Article{ID: "jan", Body: strings.Repeat("January ", size/8), Published: time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)}
}

// Streaming: an article costs memory for its text and the tagger's tokens
// (24 bytes a word), never for its output. A 512 KB and a 4 MB article of
// "January January …" are written in every format within 16 MB and 16 bytes
// of heap per byte of text (before: 1.6 GB for 1 MB in text, out of memory in JSON),
// and a corpus of 48 such lines takes no more than one of 16 lines: memory is
// flat in the size of the output and of the corpus.
func TestStreamingMemoryFlat(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("measures the heap while tagging 20 MB of text: not with -short or -race")
	}
	// Less garbage between collections, so that the peak is the live heap.
	defer debug.SetGCPercent(debug.SetGCPercent(20))
	const mb = 1 << 20
	for _, size := range []int{mb / 2, 4 * mb} {
		a := hostile(size)
		for _, f := range Formats {
			peak := peakHeap(func() {
				if err := Write(io.Discard, f, Tag(a)); err != nil {
					t.Fatal(err)
				}
			})
			t.Logf("%s %d KB: peak heap %.1f MB", f, size>>10, float64(peak)/mb)
			if peak > uint64(16*size+16*mb) {
				t.Errorf("%s %d KB: peak heap %.1f MB, over 16 bytes a byte and 16 MB", f, size>>10, float64(peak)/mb)
			}
		}
	}
	line := appendJSONString([]byte(`{"id": "jan", "dct": "2024-01-30", "text": `), hostile(64<<10).Body)
	line = append(line, "}\n"...)
	var peaks []uint64
	for _, n := range []int{16, 48} {
		corpus := bytes.Repeat(line, n)
		peaks = append(peaks, peakHeap(func() {
			if _, err := Corpus(bytes.NewReader(corpus), io.Discard, CorpusOptions{Format: FormatJSON, Workers: 2}); err != nil {
				t.Fatal(err)
			}
		})-uint64(len(corpus)))
	}
	t.Logf("corpus of 16 and 48 lines of 64 KB: peak heap beyond the input %.1f MB, %.1f MB", float64(peaks[0])/mb, float64(peaks[1])/mb)
	if peaks[1] > peaks[0]+16*mb {
		t.Errorf("corpus: %.1f MB for 48 lines, %.1f MB for 16: not flat", float64(peaks[1])/mb, float64(peaks[0])/mb)
	}
}
