package extract

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/article"
)

// articleExts are the files a folder of articles is read for.
var articleExts = []string{".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson"}

// CandidatesFrom reads and tags every article named by paths (files,
// folders of articles (their own files, not sub-folders), JSON Lines corpora, "-" for stdin) with workers
// goroutines and returns their merge candidates, sorted so that neither the
// order of the paths nor the number of workers shows. Articles that cannot be
// read are reported to onError, in a stable order, and skipped; what was left
// out of an article that could be read (Result.Warnings) is reported to
// onError too, as a *Warning.
func CandidatesFrom(paths []string, stdin io.Reader, opts article.Options, workers int, onError func(error)) ([]timeline.Candidate, error) {
	files, err := ExpandPaths(paths, articleExts)
	if err != nil {
		return nil, err
	}
	workers = ClampWorkers(workers)
	var (
		mu    sync.Mutex
		cands []timeline.Candidate
		errs  []error
	)
	add := func(cs []timeline.Candidate) {
		mu.Lock()
		cands = append(cands, cs...)
		mu.Unlock()
	}
	fail := func(err error) {
		mu.Lock()
		errs = append(errs, err)
		mu.Unlock()
	}
	jobs := make(chan func(), workers*2)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for job := range jobs {
				job()
			}
		}()
	}
	for _, name := range files {
		if name == "-" || article.KindOf(name) == article.KindLines {
			if err := corpusJobs(name, stdin, opts, jobs, add, fail); err != nil {
				fail(err)
			}
			continue
		}
		jobs <- func() {
			a, err := article.ReadFile(name, opts)
			if err != nil {
				fail(err)
				return
			}
			r := Tag(a)
			for _, w := range r.Warnings() {
				fail(&Warning{Msg: name + ": " + w})
			}
			add(Candidates(r))
		}
	}
	close(jobs)
	wg.Wait()
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	for _, err := range errs {
		onError(err)
	}
	slices.SortFunc(cands, func(a, b timeline.Candidate) int { return timeline.CompareCandidates(&a, &b) })
	return cands, nil
}

// corpusJobs streams a corpus into the worker pool, one job per line.
func corpusJobs(name string, stdin io.Reader, opts article.Options, jobs chan<- func(), add func([]timeline.Candidate), fail func(error)) error {
	var r io.Reader = stdin
	label := "stdin"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r, label = f, name
	}
	lines := article.NewLines(r)
	for {
		line, n, err := lines.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			fail(fmt.Errorf("%s: %w", label, err))
			if n == 0 {
				return nil
			}
			continue
		}
		line = append([]byte(nil), line...)
		jobs <- func() {
			a, err := article.ParseLine(line, n, opts)
			if err != nil {
				fail(fmt.Errorf("%s: %w", label, err))
				return
			}
			r := Tag(a)
			for _, w := range r.Warnings() {
				fail(&Warning{Msg: fmt.Sprintf("%s: line %d (id %q): %s", label, n, a.ID, w)})
			}
			add(Candidates(r))
		}
	}
}

// Warning is something left out of an article that was still used: callers
// of CandidatesFrom tell it from a failure with errors.As.
type Warning struct{ Msg string }

func (w *Warning) Error() string { return w.Msg }

// ArticlePaths is ExpandPaths for articles: a folder gives its own .txt,
// .md, .markdown, .html, .htm, .jsonl and .ndjson files.
func ArticlePaths(paths []string) ([]string, error) { return ExpandPaths(paths, articleExts) }

// ExpandPaths replaces each folder among paths by its own files (not those
// of sub-folders) whose extension is one of exts, sorted; files and "-" are
// kept as given.
func ExpandPaths(paths []string, exts []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		// A folder's own files only: sub-folders (raw copies, say) are
		// named explicitly when wanted.
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if !e.IsDir() && slices.Contains(exts, strings.ToLower(filepath.Ext(e.Name()))) {
				out = append(out, filepath.Join(p, e.Name()))
			}
		}
	}
	return out, nil
}
