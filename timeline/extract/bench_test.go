package extract

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline/article"
)

// benchCorpus is the bench's news corpus when ../shared is beside the
// repository, else a corpus built from the seed article.
func benchCorpus(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "bench", "tbaq", "docs.jsonl"))
	if err == nil {
		return data
	}
	seed, err := os.ReadFile(filepath.Join("..", "..", "data", "articles", "tass-2024-01-30-kishida-peace-treaty.txt"))
	if err != nil {
		b.Fatal(err)
	}
	line := appendJSONString([]byte(`{"id": "seed", "dct": "2024-01-30", "text": `), string(seed))
	line = append(line, "}\n"...)
	return bytes.Repeat(line, 200)
}

// BenchmarkCorpus measures a whole corpus run in the bench format: JSON
// decoding, tagging and output, as "extract --format jsonl" does it.
func BenchmarkCorpus(b *testing.B) {
	data := benchCorpus(b)
	for _, workers := range []int{1, 2} {
		b.Run(map[int]string{1: "j1", 2: "j2"}[workers], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Corpus(bytes.NewReader(data), io.Discard, CorpusOptions{Format: FormatJSONL, Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHostile measures the pathological articles of issue 13 at 1 MB
// and 10 MB: "January January …" through extract in each format, and one
// long line repeating the publication date through Candidates (the
// extraction half of build --articles). Time should grow with the size, not
// its square; memory per op stays that of the text and its tokens.
func BenchmarkHostile(b *testing.B) {
	pub := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	for _, size := range []int{1 << 20, 10 << 20} {
		jan := &article.Article{ID: "jan", Body: strings.Repeat("January ", size/8), Published: pub}
		for _, f := range Formats {
			b.Run(fmt.Sprintf("january-%dMB-%s", size>>20, f), func(b *testing.B) {
				b.SetBytes(int64(size))
				b.ReportAllocs()
				for b.Loop() {
					if err := Write(io.Discard, f, Tag(jan)); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		line := &article.Article{ID: "line", Body: strings.Repeat("TOKYO, January 30, 2024 ", size/24), Published: pub}
		b.Run(fmt.Sprintf("oneline-%dMB-candidates", size>>20), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				Candidates(Tag(line))
			}
		})
	}
}
