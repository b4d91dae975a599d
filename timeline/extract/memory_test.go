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
// and a corpus of 16 or 48 such lines holds at most 16 lines' output at once:
// memory is flat in the size of the output and of the corpus.
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
	// At most a few lines per worker are in flight, whatever the corpus
	// size: the peak stays under 16 lines' output, far below all of it.
	perLine := len(Append(nil, FormatJSON, Tag(hostile(64<<10))))
	limit := uint64(16*perLine + 16*mb)
	for _, n := range []int{16, 48} {
		corpus := bytes.Repeat(line, n)
		peak := peakHeap(func() {
			if _, err := Corpus(bytes.NewReader(corpus), io.Discard, CorpusOptions{Format: FormatJSON, Workers: 2}); err != nil {
				t.Fatal(err)
			}
		})
		t.Logf("corpus of %d lines of 64 KB (%.1f MB of JSON): peak heap %.1f MB", n, float64(n*perLine)/mb, float64(peak)/mb)
		if peak > limit+uint64(len(corpus)) {
			t.Errorf("corpus of %d lines: peak heap %.1f MB, over %.1f MB: not flat", n, float64(peak)/mb, float64(limit)/mb)
		}
	}
}
