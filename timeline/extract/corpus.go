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

// job is one line on its way through a corpus run. Jobs are recycled: their
// line and output buffers are reused from one line to the next.
type job struct {
	seq  int
	n    int // line number
	line []byte
	out  []byte
	err  error
	warn []error
}

// reset readies a recycled job. A buffer grown by a huge line is let go
// rather than kept for the rest of the run.
func (j *job) reset() {
	const keep = 256 << 10 // far above a news article; 4 MB at most for two workers
	if cap(j.line) > keep {
		j.line = nil
	}
	if cap(j.out) > keep {
		j.out = nil
	}
	j.line, j.out, j.err, j.warn = j.line[:0], j.out[:0], nil, j.warn[:0]
}

// jobsPerWorker is how many lines a worker may have in flight: read ahead,
// being tagged, or waiting for an earlier line to be written.
const jobsPerWorker = 4

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
	// next reads the next line into j: a copy of its own when own is set,
	// else the reader's buffer, valid until the following call.
	next := func(j *job, own bool) error {
		j.reset()
		line, n, err := lines.Next()
		if opts.Progress != nil {
			opts.Progress(cr.n)
		}
		j.n = n
		switch {
		case errors.Is(err, article.ErrLineTooLong):
			j.err = err
			return nil
		case err != nil:
			return err
		case own:
			j.line = append(j.line, line...)
		default:
			j.line = line
		}
		return nil
	}

	if opts.Workers <= 1 {
		// One job, read, tagged and written in turn: its line is read in
		// place and its output buffer serves every line.
		j := new(job)
		for {
			err := next(j, false)
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

	// A fixed set of jobs circulates: free → reader → workers → writer →
	// free. The reader waits for a free job, so at most slots lines are in
	// flight however slow one of them is, and the writer puts them back in
	// input order through a ring indexed by sequence number (the lines in
	// flight always have consecutive numbers, fewer than slots).
	slots := opts.Workers * jobsPerWorker
	free := make(chan *job, slots)
	for range slots {
		free <- new(job)
	}
	jobs := make(chan *job, slots)
	done := make(chan *job, slots)
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
			var j *job
			select {
			case j = <-free:
			case <-stop:
				return
			}
			if err := next(j, true); err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
			j.seq = seq
			jobs <- j
		}
	}()
	go func() { wg.Wait(); close(done) }()

	ring := make([]*job, slots)
	want := 0
	var writeErr error
	for j := range done {
		ring[j.seq%slots] = j
		for {
			p := ring[want%slots]
			if p == nil || p.seq != want {
				break
			}
			ring[want%slots] = nil
			want++
			if writeErr == nil {
				if writeErr = report(p); writeErr != nil {
					close(stop)
				}
			}
			free <- p
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
