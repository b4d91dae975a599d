package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline/article"
)

// failingWriter accepts ok writes, then fails.
type failingWriter struct{ ok int }

var errDiskFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.ok == 0 {
		return 0, errDiskFull
	}
	w.ok--
	return len(p), nil
}

// A write error ends the run with that error, with one worker or many, and
// no line is written after it.
func TestCorpusWriteError(t *testing.T) {
	in := corpus(300)
	for _, workers := range []int{1, 2, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			w := &failingWriter{ok: 10}
			stats, err := Corpus(strings.NewReader(in), w, CorpusOptions{Format: FormatJSONL, Workers: workers})
			if !errors.Is(err, errDiskFull) {
				t.Fatalf("err %v, want the write error", err)
			}
			if stats.Articles != 11 {
				t.Errorf("%d articles reported, want 11 (10 written, then the failed one)", stats.Articles)
			}
		})
	}
}

// After a write error the workers read no further than the batches
// already in flight: a run piped into a closed "head" does not read the
// rest of a large corpus for nothing.
func TestCorpusWriteErrorStopsReading(t *testing.T) {
	in := corpus(60000) // about 6 MB
	for _, workers := range []int{2, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var read atomic.Int64
			_, err := Corpus(strings.NewReader(in), &failingWriter{}, CorpusOptions{
				Format: FormatJSONL, Workers: workers,
				Progress: func(n int64) { read.Store(n) },
			})
			if !errors.Is(err, errDiskFull) {
				t.Fatalf("err %v, want the write error", err)
			}
			// In flight: jobsPerWorker batches a worker, one more each
			// being read, and the reader's buffer.
			limit := int64((jobsPerWorker+1)*workers*batchBytes + 64<<10)
			if got := read.Load(); got > limit || got >= int64(len(in)) {
				t.Errorf("%d of %d bytes read after the first write failed; want at most %d", got, len(in), limit)
			}
		})
	}
}

// slowFirstWriter records how many lines had been read when the first
// result was written.
type slowFirstWriter struct {
	read      *atomic.Int64
	atFirst   int64
	firstSeen bool
}

func (w *slowFirstWriter) Write(p []byte) (int, error) {
	if !w.firstSeen {
		w.firstSeen, w.atFirst = true, w.read.Load()
	}
	return len(p), nil
}

// Reading never runs more than jobsPerWorker batches of lines a worker
// ahead of writing, however long the first line takes: memory stays flat in
// the size of the corpus even when one article is slow (before, finished
// lines piled up in a map behind the slow one).
func TestCorpusBoundedInFlight(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"id": "slow", "dct": "2024-01-30", "text": "` + strings.Repeat("On 3 March 2022 and in May. ", 20000) + `"}` + "\n")
	for i := range 2000 {
		fmt.Fprintf(&b, `{"id": "d%d", "dct": "2024-01-30", "text": "In May."}`+"\n", i)
	}
	for _, workers := range []int{2, 4} {
		var lines atomic.Int64
		w := &slowFirstWriter{read: &lines}
		stats, err := Corpus(strings.NewReader(b.String()), w, CorpusOptions{Format: FormatJSONL, Workers: workers,
			Progress: func(int64) { lines.Add(1) }})
		if err != nil || stats.Articles != 2001 {
			t.Fatalf("-j %d: %v, %+v", workers, err, stats)
		}
		// Progress runs once per read, and once more at the end of input.
		if limit := int64(workers*jobsPerWorker*batchLines) + 1; w.atFirst > limit {
			t.Errorf("-j %d: %d lines read before the first was written; at most %d may be in flight", workers, w.atFirst, limit)
		}
	}
}

// failingReader gives its data, then an error.
type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// A read error ends the run with that error, after the lines read before it
// were written, with one worker or many.
func TestCorpusReadError(t *testing.T) {
	errDisk := errors.New("input/output error")
	in := `{"id": "a", "dct": "2024-01-30", "text": "In May."}` + "\n" + `{"id": "b", "dct": "2024-01-30", "text": "In June."}` + "\n"
	for _, workers := range []int{1, 2, 8} {
		var out strings.Builder
		stats, err := Corpus(&failingReader{data: []byte(in), err: errDisk}, &out, CorpusOptions{Format: FormatJSONL, Workers: workers})
		if !errors.Is(err, errDisk) || stats.Articles != 2 || strings.Count(out.String(), "\n") != 2 {
			t.Errorf("-j %d: %v, %+v, output %q", workers, err, stats, out.String())
		}
	}
}

// signalWriter passes each write on a channel.
type signalWriter struct{ got chan string }

func (w *signalWriter) Write(p []byte) (int, error) {
	w.got <- string(p)
	return len(p), nil
}

// A corpus arriving through a pipe a line at a time is tagged as it comes:
// each line's result is written before the next line is sent, although a
// batch of lines is not full (with batches filled regardless, this waits
// forever; the deadline only stops a failing test).
func TestCorpusStreamsLineByLine(t *testing.T) {
	pr, pw := io.Pipe()
	w := &signalWriter{got: make(chan string, 8)}
	done := make(chan error, 1)
	go func() {
		_, err := Corpus(pr, w, CorpusOptions{Format: FormatJSONL, Workers: 2})
		done <- err
	}()
	for _, day := range []string{"3 March 2022", "4 March 2022", "5 March 2022"} {
		if _, err := fmt.Fprintf(pw, `{"id": "d", "dct": "2024-01-30", "text": "On %s."}`+"\n", day); err != nil {
			t.Fatal(err)
		}
		select {
		case out := <-w.got:
			if !strings.Contains(out, day) {
				t.Errorf("wrote %q for the line of %s", out, day)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("the line of %s was not written before the next was sent", day)
		}
	}
	pw.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A worker's job keeps one mentions slice from line to line, and lets go
// of one grown past a thousand mentions rather than hold it for the run.
func TestJobReusesMentions(t *testing.T) {
	opts := CorpusOptions{Format: FormatJSONL}
	j := new(job)
	j.line = []byte(`{"id": "a", "dct": "2024-01-30", "text": "On 3 March 2022 and in May."}`)
	process(j, opts)
	if len(j.ms) != 2 {
		t.Fatalf("%d mentions kept, want the line's 2", len(j.ms))
	}
	first := &j.ms[0]
	j.reset()
	j.line = []byte(`{"id": "b", "dct": "2024-01-30", "text": "In June 2023."}`)
	process(j, opts)
	if len(j.ms) != 1 || &j.ms[0] != first {
		t.Errorf("the second line's mentions are not in the first line's slice")
	}
	j.reset()
	j.line = []byte(`{"id": "c", "dct": "2024-01-30", "text": "` + strings.Repeat("May 2022. ", 1100) + `"}`)
	process(j, opts)
	if j.ms != nil {
		t.Errorf("a slice of %d mentions is kept after the line", cap(j.ms))
	}
}

// TestCorpusMatchesLineByLine: a corpus run, which lends each article its
// text from the line or a reused buffer (article.LineParser), writes what
// tagging each line on its own with article.ParseLine writes, in every
// format and with any number of workers, for texts long and short, with
// and without escapes, in the three languages.
func TestCorpusMatchesLineByLine(t *testing.T) {
	texts := []string{
		`On 2 February 1946 the decree was signed.`,
		`Next Tuesday\tthe talks\nresume. In March 2022 they stopped.`,
		strings.Repeat(`The conference of 19 February 2024 met again on 20 February.\n`, 300),
		`Кишида выступил 30 января 2024 года.\nМИД России`,
		`2024年1月30日、岸田首相は施政方針演説を行った。`,
		`plain text of 1956, then \u00e9 \ud83d\ude00 and \r a control`,
		``,
	}
	var in strings.Builder
	for i := range 120 {
		text := texts[i%len(texts)]
		if i%5 == 0 {
			text = texts[(i*3)%len(texts)] + ` ` + text
		}
		fmt.Fprintf(&in, `{"id": "a%d", "dct": "2024-01-30", "text": "%s"}`+"\n", i, text)
		if i%17 == 0 {
			in.WriteString("{broken\n")
		}
	}
	for _, f := range Formats {
		var want []byte
		var wantErrs []string
		n := 0
		for line := range strings.Lines(in.String()) {
			n++
			a, err := article.ParseLine([]byte(strings.TrimSuffix(line, "\n")), n, article.Options{})
			if err != nil {
				wantErrs = append(wantErrs, err.Error())
				continue
			}
			want = Append(want, f, Tag(a))
		}
		for _, workers := range []int{1, 3} {
			var out bytes.Buffer
			var errs []string
			if _, err := Corpus(strings.NewReader(in.String()), &out, CorpusOptions{Format: f, Workers: workers,
				OnError: func(err error) { errs = append(errs, err.Error()) }}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), want) || !slices.Equal(errs, wantErrs) {
				t.Errorf("%s, -j %d: the corpus run differs from the lines tagged one by one", f, workers)
			}
		}
	}
}
