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

// speedCorpus is the mixed English corpus of the speed figures (news,
// prose, licences, man pages, release notes): the file named by
// $TIMELINE_SPEED_CORPUS, else the one `make profile` builds with
// ../shared/bench/speed/make_corpus.py.
func speedCorpus() (string, []byte, error) {
	path := os.Getenv("TIMELINE_SPEED_CORPUS")
	if path == "" {
		path = filepath.Join("..", "..", "bin", "profile", "corpus.jsonl")
	}
	data, err := os.ReadFile(path)
	return path, data, err
}

// benchSets are the corpora of BenchmarkCorpus: the mixed speed corpus and
// the bench's dev sets in each language, when they are here.
func benchSets(b *testing.B) []struct {
	name string
	data []byte
	why  string // why the set is missing
} {
	b.Helper()
	type set = struct {
		name string
		data []byte
		why  string
	}
	var sets []set
	path, data, err := speedCorpus()
	if err != nil {
		sets = append(sets, set{name: "mixed", why: fmt.Sprintf("no mixed corpus at %s (set TIMELINE_SPEED_CORPUS, or run make profile)", path)})
	} else {
		sets = append(sets, set{name: "mixed", data: data})
	}
	for _, name := range []string{"tbaq", "ru-dev", "ja-dev"} {
		path := filepath.Join("..", "..", "..", "shared", "bench", name, "docs.jsonl")
		data, err := os.ReadFile(path)
		if err != nil {
			sets = append(sets, set{name: name, why: fmt.Sprintf("no %s: ../shared is not beside the repository", path)})
			continue
		}
		sets = append(sets, set{name: name, data: data})
	}
	return sets
}

// BenchmarkCorpus measures a whole corpus run in the bench format (line
// reading, JSON decoding, cleaning, language detection, tagging and output,
// as "extract --format jsonl" does it) on each corpus with one worker and
// two: with -cpu 1 the j1 figures are the one-core figures of the README,
// and with -cpu 2 j2 over j1 is the scaling.
func BenchmarkCorpus(b *testing.B) {
	for _, set := range benchSets(b) {
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s-j%d", set.name, workers), func(b *testing.B) {
				if set.data == nil {
					b.Skip(set.why)
				}
				b.SetBytes(int64(len(set.data)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Corpus(bytes.NewReader(set.data), io.Discard, CorpusOptions{Format: FormatJSONL, Workers: workers}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
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
