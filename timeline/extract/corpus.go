package extract

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/peacetreaty/timeline/timeline/article"
)

// CorpusOptions control a corpus run.
type CorpusOptions struct {
	Format  Format
	Article article.Options
	// Workers is the number of goroutines that parse and tag lines; output
	// order is input order whatever the number.
	Workers int
	// OnError receives each bad line's error, in line order; the run goes on.
	OnError func(error)
	// OnWarning receives, in line order, what was left out of a good line's
	// article (see Result.Warnings), naming the line and the article's id.
	OnWarning func(error)
	// Progress, if set, receives the number of input bytes read so far, after
	// each line.
	Progress func(read int64)
}

// MaxWorkers bounds the number of workers of a corpus run: past the number
// of cores more only cost memory, and a huge number would exhaust it.
const MaxWorkers = 256

// ClampWorkers returns n within 1..MaxWorkers.
func ClampWorkers(n int) int { return min(max(n, 1), MaxWorkers) }

// CorpusStats counts what a corpus run did.
type CorpusStats struct {
	Lines, Articles, Failed int
}

type job struct {
	seq  int
	n    int // line number
	line []byte
	out  []byte
	err  error
	warn []error
}

// Corpus tags every article of a JSON Lines corpus read from r and writes one
// result per good line to w, in input order. A bad line is reported to
// OnError with its number and skipped; only read and write errors stop the
// run. Memory stays bounded: at most a few lines per worker are in flight.
func Corpus(r io.Reader, w io.Writer, opts CorpusOptions) (CorpusStats, error) {
	opts.Workers = ClampWorkers(opts.Workers)
	cr := &countingReader{r: r}
	lines := article.NewLines(cr)
	var stats CorpusStats
	report := func(j *job) error {
		stats.Lines++
		if j.err != nil {
			stats.Failed++
			if opts.OnError != nil {
				opts.OnError(j.err)
			}
			return nil
		}
		stats.Articles++
		if opts.OnWarning != nil {
			for _, w := range j.warn {
				opts.OnWarning(w)
			}
		}
		_, err := w.Write(j.out)
		return err
	}
	next := func() (*job, error) {
		line, n, err := lines.Next()
		if opts.Progress != nil {
			opts.Progress(cr.n)
		}
		if errors.Is(err, article.ErrLineTooLong) {
			return &job{n: n, err: err}, nil
		}
		if err != nil {
			return nil, err
		}
		return &job{n: n, line: line}, nil
	}

	if opts.Workers <= 1 {
		for {
			j, err := next()
			if err == io.EOF {
				return stats, nil
			}
			if err != nil {
				return stats, err
			}
			process(j, opts)
			if err := report(j); err != nil {
				return stats, err
			}
		}
	}

	jobs := make(chan *job, opts.Workers*2)
	done := make(chan *job, opts.Workers*2)
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				process(j, opts)
				done <- j
			}
		}()
	}
	var readErr error
	stop := make(chan struct{})
	go func() {
		defer close(jobs)
		for seq := 0; ; seq++ {
			j, err := next()
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
			// Lines.Next reuses its buffer: the worker needs its own copy.
			j.line = append([]byte(nil), j.line...)
			j.seq = seq
			select {
			case jobs <- j:
			case <-stop:
				return
			}
		}
	}()
	go func() { wg.Wait(); close(done) }()

	pending := map[int]*job{}
	want := 0
	var writeErr error
	for j := range done {
		pending[j.seq] = j
		for {
			p, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			want++
			if writeErr == nil {
				if writeErr = report(p); writeErr != nil {
					close(stop)
				}
			}
		}
	}
	if writeErr != nil {
		return stats, writeErr
	}
	return stats, readErr
}

func process(j *job, opts CorpusOptions) {
	if j.err != nil {
		return
	}
	a, err := article.ParseLine(j.line, j.n, opts.Article)
	if err != nil {
		j.err = err
		return
	}
	r := Tag(a)
	for _, w := range r.Warnings() {
		j.warn = append(j.warn, fmt.Errorf("line %d (id %q): %s", j.n, a.ID, w))
	}
	j.out = Append(j.out, opts.Format, r)
	j.line = nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
