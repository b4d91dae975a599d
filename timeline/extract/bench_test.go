package extract

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
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
