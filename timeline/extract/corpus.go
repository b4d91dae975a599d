package extract

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/peacetreaty/timeline/timeline/article"
	"github.com/peacetreaty/timeline/timeline/temporal"
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

// job is one line being tagged and reported. Jobs are recycled: their line
// and output buffers are reused from one line to the next.
type job struct {
	n    int // line number
	line []byte
	out  []byte
	err  error
	warn []error
	ms   []temporal.Mention // the last line's mentions, reused
	// lp lends each article its text (article.LineParser): the article
	// is tagged and its output appended before the next line is read or
	// the line's bytes are reused, and nothing keeps its text.
	lp article.LineParser
}

// reset readies a recycled job. A buffer grown by a huge line is let go
// rather than kept for the rest of the run.
func (j *job) reset() {
	const keep = 256 << 10 // far above a news article
	if cap(j.line) > keep {
		j.line = nil
	}
	if cap(j.out) > keep {
		j.out = nil
	}
	j.line, j.out, j.err, j.warn = j.line[:0], j.out[:0], nil, j.warn[:0]
}

// jobsPerWorker is how many batches a worker may have in flight: read
// ahead, being tagged, or waiting for an earlier batch to be written.
const jobsPerWorker = 4

// A batch holds up to batchLines lines, and stops taking lines once it holds
// batchBytes: handing lines to workers one at a time cost a third more CPU
// at -j 2 (scheduler wake-ups and idle spinning), for lines that take tens
// of microseconds each to tag.
const (
	batchLines = 64
	batchBytes = 64 << 10
)

// batch is a run of consecutive lines on their way through a corpus run.
// Batches are recycled: their buffers are reused from one batch to the next.
type batch struct {
	seq   int
	lines []byte // the lines' bytes, one after another
	out   []byte // their outputs, one after another
	ent   []entry
	warn  []error
}

// entry is one line of a batch: where its text and output end, its
// warnings' end in the batch's list, and the error that stopped it.
type entry struct {
	n                     int
	lineEnd, outEnd, wEnd int
	err                   error
}

// reset readies a recycled batch, letting go of a buffer grown by a huge
// line rather than keeping it for the rest of the run.
func (b *batch) reset() {
	const keep = 4 * batchBytes
	if cap(b.lines) > keep {
		b.lines = nil
	}
	if cap(b.out) > keep {
		b.out = nil
	}
	b.lines, b.out, b.ent, b.warn = b.lines[:0], b.out[:0], b.ent[:0], b.warn[:0]
}

// Corpus tags every article of a JSON Lines corpus read from r and writes one
// result per good line to w, in input order. A bad line is reported to
// OnError with its number and skipped; only read and write errors stop the
// run. Memory stays bounded: at most a few batches of lines per worker are in
// flight.
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

	if opts.Workers <= 1 {
		// One job, read, tagged and written in turn: its line is read in
		// place and its output buffer serves every line.
		j := new(job)
		for {
			j.reset()
			line, n, err := lines.Next()
			if opts.Progress != nil {
				opts.Progress(cr.n)
			}
			j.n = n
			switch {
			case errors.Is(err, article.ErrLineTooLong):
				j.err = err
			case err == io.EOF:
				return stats, nil
			case err != nil:
				return stats, err
			default:
				j.line = line
			}
			process(j, opts)
			if err := report(j); err != nil {
				return stats, err
			}
		}
	}

	err := corpusParallel(lines, cr, report, opts) // report counts into stats
	return stats, err
}

// corpusParallel runs a corpus with opts.Workers workers, each of which
// reads a batch, tags it and writes whatever batches are ready, in input
// order. There is no reader or writer goroutine: a batch is read, tagged
// and mostly written on one core, so its bytes need not travel between
// caches, and no line waits for a goroutine to be woken. (With a reader and
// a writer goroutine, -j 2 took 0.596 of -j 1's wall time on the 20 MB
// mixed corpus; without them, 0.574.) It returns the write error that
// stopped the run, or else the read error.
func corpusParallel(lines *article.Lines, cr *countingReader, report func(*job) error, opts CorpusOptions) error {
	// A fixed set of batches circulates: free → a worker reading, tagging →
	// the ring → written → free. A worker waits for a free batch, so at
	// most slots batches are in flight however slow one line is. The
	// batches in flight always have consecutive sequence numbers, fewer
	// than slots, so the ring indexed by sequence number never collides.
	slots := opts.Workers * jobsPerWorker
	var (
		readMu  sync.Mutex // guards lines, seq and the read state
		seq     int
		readEnd bool
		readErr error

		writeMu  sync.Mutex // guards what follows; held while writing
		space    = sync.NewCond(&writeMu)
		free     = make([]*batch, 0, slots)
		ring     = make([]*batch, slots)
		want     int
		writeErr error
	)
	for range slots {
		free = append(free, new(batch))
	}
	scratch := new(job) // only used while writeMu is held

	worker := func() {
		j := new(job)
		for {
			writeMu.Lock()
			for writeErr == nil && len(free) == 0 {
				space.Wait()
			}
			if writeErr != nil {
				writeMu.Unlock()
				return
			}
			b := free[len(free)-1]
			free = free[:len(free)-1]
			writeMu.Unlock()

			readMu.Lock()
			if readEnd {
				readMu.Unlock()
				writeMu.Lock()
				free = append(free, b)
				space.Broadcast()
				writeMu.Unlock()
				return
			}
			b.reset()
			b.seq = seq
			seq++
			if err := fill(b, lines, cr, opts.Progress); err != nil {
				readEnd = true
				if err != io.EOF {
					readErr = err
				}
			}
			readMu.Unlock()

			// An empty batch (the input ended) still goes through the
			// ring: its sequence number is taken.
			processBatch(b, j, opts)

			writeMu.Lock()
			ring[b.seq%slots] = b
			for {
				p := ring[want%slots]
				if p == nil || p.seq != want {
					break
				}
				ring[want%slots] = nil
				want++
				if writeErr == nil {
					writeErr = reportBatch(p, scratch, report)
				}
				free = append(free, p)
			}
			space.Broadcast()
			writeMu.Unlock()
		}
	}
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() { defer wg.Done(); worker() }()
	}
	wg.Wait()
	if writeErr != nil {
		return writeErr
	}
	return readErr
}

// fill reads lines into b until it is full, the input ends, or no whole
// line is left in the reader's buffer: a corpus arriving line by line
// through a pipe is then tagged as it comes rather than when a batch fills.
// It returns the error that ended the reading (io.EOF at the end).
func fill(b *batch, lines *article.Lines, cr *countingReader, progress func(int64)) error {
	for len(b.ent) < batchLines && len(b.lines) < batchBytes {
		line, n, err := lines.Next()
		if progress != nil {
			progress(cr.n)
		}
		switch {
		case errors.Is(err, article.ErrLineTooLong):
			b.ent = append(b.ent, entry{n: n, lineEnd: len(b.lines), err: err})
		case err != nil:
			return err
		default:
			b.lines = append(b.lines, line...)
			b.ent = append(b.ent, entry{n: n, lineEnd: len(b.lines)})
		}
		if !lines.Buffered() {
			break
		}
	}
	return nil
}

// processBatch tags each line of b, using j as the scratch job.
func processBatch(b *batch, j *job, opts CorpusOptions) {
	start := 0
	for i := range b.ent {
		e := &b.ent[i]
		j.line, j.out, j.err, j.warn = b.lines[start:e.lineEnd], b.out, e.err, b.warn
		j.n = e.n
		start = e.lineEnd
		process(j, opts)
		b.out, b.warn = j.out, j.warn
		e.err, e.outEnd, e.wEnd = j.err, len(b.out), len(b.warn)
	}
	j.line, j.out, j.warn = nil, nil, nil
}

// reportBatch reports each line of b in order through report, with j as the
// scratch job; it stops at the first write error.
func reportBatch(b *batch, j *job, report func(*job) error) error {
	out, warn := 0, 0
	for _, e := range b.ent {
		j.n, j.err, j.out, j.warn = e.n, e.err, b.out[out:e.outEnd], b.warn[warn:e.wEnd]
		out, warn = e.outEnd, e.wEnd
		if err := report(j); err != nil {
			return err
		}
	}
	return nil
}

func process(j *job, opts CorpusOptions) {
	if j.err != nil {
		return
	}
	a, err := j.lp.Parse(j.line, j.n, opts.Article)
	if err != nil {
		j.err = err
		return
	}
	r := tagAppend(j.ms[:0], a)
	j.ms = r.Mentions
	for _, w := range r.Warnings() {
		j.warn = append(j.warn, fmt.Errorf("line %d (id %q): %s", j.n, a.ID, w))
	}
	j.out = Append(j.out, opts.Format, r)
	if cap(j.ms) > 1024 { // far above a news article's dates
		j.ms = nil
	}
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
