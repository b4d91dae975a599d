package article

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// benchLines are the lines of a corpus for the reading benchmarks: the
// mixed speed corpus named by $TIMELINE_SPEED_CORPUS (make profile builds
// one in bin/profile/corpus.jsonl), else each bench dev set beside the
// repository; the benchmark is skipped, saying why, when neither is here.
func benchLines(b *testing.B) map[string][][]byte {
	b.Helper()
	sets := map[string]string{}
	if p := os.Getenv("TIMELINE_SPEED_CORPUS"); p != "" {
		sets["mixed"] = p
	}
	for _, set := range []string{"tbaq", "ru-dev", "ja-dev"} {
		sets[set] = filepath.Join("..", "..", "..", "shared", "bench", set, "docs.jsonl")
	}
	out := map[string][][]byte{}
	for name, path := range sets {
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		out[name] = bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	}
	if len(out) == 0 {
		b.Skip("no corpus: set TIMELINE_SPEED_CORPUS or put ../shared/bench beside the repository")
	}
	return out
}

// BenchmarkParseLine measures decoding, cleaning, dating and language
// detection of corpus lines (everything ParseLine does), per byte of JSON.
func BenchmarkParseLine(b *testing.B) {
	for _, name := range []string{"mixed", "tbaq", "ru-dev", "ja-dev"} {
		lines, ok := benchLines(b)[name]
		if !ok {
			continue
		}
		size := 0
		for _, l := range lines {
			size += len(l)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for n, l := range lines {
					if _, err := ParseLine(l, n+1, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
