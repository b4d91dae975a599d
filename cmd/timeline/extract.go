package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/peacetreaty/timeline/timeline/article"
	"github.com/peacetreaty/timeline/timeline/extract"
	"github.com/spf13/cobra"
)

func newExtractCmd(s stdio) *cobra.Command {
	var (
		published, format, language string
		cpuProfile, memProfile      string
		workers                     int
	)
	cmd := &cobra.Command{
		Use:   "extract [FILE|FOLDER...|-]",
		Short: "Find the dates in news articles, anchored to each article's publication time",
		Long: `extract reads articles and prints every temporal expression it finds, resolved
against the article's publication time.

Articles are plain text or Markdown (YAML front matter optional), HTML pages
(.html), or JSON Lines corpora (.jsonl, or - for standard input when it starts
with "{"), one article a line with id, url, title, publisher, published (or
dct) and text. A folder stands for its own article files (.txt, .md,
.markdown, .html, .htm, .jsonl, .ndjson; not its sub-folders), in name order.
Corpora are tagged by -j workers (at most 256) and written in input order; a
bad line is reported with its number and the rest is still processed.

Output is written as it is made, a mention at a time. An article keeps at most
10,000 mentions (the rest are dropped with a warning), each with at most 240
bytes of its sentence on either side. Control characters in articles are
replaced by spaces, and URLs other than absolute http(s) are dropped with a
warning.

The publication time comes from --published, else the article's metadata,
else a dateline with a year ("MOSCOW, Oct 24, 2023 (Reuters) -"). A dateline
without a year ("TOKYO, January 30. /TASS/.") needs --published.

The language (en, ru or ja) comes from --language, else the article's
metadata (front matter "language", a corpus line's "language" or "lang", the
page's <html lang>), else the script of the text: mostly Cyrillic is
Russian, mostly kana and kanji Japanese, anything else English.

Formats:
  text     each mention in its sentence, with the resolved date
  json     every field of every mention, one document per article
  jsonl    the bench format {"id", "timexes": [{start, end, text, type, value}]}
  timeml   the text with <TIMEX3> tags`,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := extract.ParseFormat(format)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			var opts article.Options
			if published != "" {
				t, err := article.ParsePublished(published, time.UTC)
				if err != nil {
					return &exitError{code: exitUsage, err: fmt.Errorf("--published: %v", err)}
				}
				opts.Published = t
			}
			if language != "" {
				code, ok := article.NormalizeLanguage(language)
				if !ok {
					return &exitError{code: exitUsage, err: fmt.Errorf("--language: %q is not a language the tagger reads; choose en, ru or ja", language)}
				}
				opts.Language = code
			}
			if workers < 1 {
				return &exitError{code: exitUsage, err: fmt.Errorf("-j must be at least 1")}
			}
			workers = extract.ClampWorkers(workers)
			if len(args) == 0 {
				args = []string{"-"}
			}
			prof, err := startProfiles(cpuProfile, memProfile)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			err = runExtract(s, args, f, opts, workers)
			if perr := prof.stop(); perr != nil {
				if err != nil {
					fmt.Fprintf(cleanWriter{s.err}, "timeline: %v\n", perr)
					return err
				}
				return dataError(perr)
			}
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&published, "published", "", "publication time of the articles (e.g. 2024-01-30 or 2024-01-30T08:24+03:00); completes datelines without a year")
	fl.StringVarP(&format, "format", "f", "text", "output format: text, json, jsonl, timeml")
	fl.StringVar(&language, "language", "", "language of the articles (en, ru, ja); overrides their metadata and detection")
	fl.IntVarP(&workers, "jobs", "j", runtime.GOMAXPROCS(0), "workers for JSON Lines corpora (at most 256)")
	// For `make profile` and whoever makes extract faster; not for users.
	fl.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile (go tool pprof) to `FILE`")
	fl.StringVar(&memProfile, "memprofile", "", "write a memory profile (go tool pprof) to `FILE`")
	_ = fl.MarkHidden("cpuprofile")
	_ = fl.MarkHidden("memprofile")
	return cmd
}

// extractGCPercent is the collector's target while extracting.
const extractGCPercent = 200

// runExtract tags every argument's articles and writes them to s.out.
func runExtract(s stdio, args []string, f extract.Format, opts article.Options, workers int) error {
	// The live heap of an extract is small and flat (a worker's article
	// and its mentions, about a megabyte), so the collector's default
	// target runs a cycle every few megabytes read. A larger target keeps
	// memory flat, about 3 MB more, and saves most of those cycles.
	// GOGC, when set, still decides.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(extractGCPercent))
	}
	out := bufio.NewWriterSize(s.out, 256<<10)
	// Messages quote file names and article text: no escape
	// sequence of theirs reaches a terminal. The progress bar
	// keeps the raw stream for its own "\r".
	bar := s.err
	s.err = cleanWriter{s.err}
	failed := 0
	for _, arg := range args {
		names, err := articleArgs(arg)
		if err != nil {
			fmt.Fprintf(s.err, "timeline: %v\n", err)
			failed++
			continue
		}
		for _, name := range names {
			if err := extractOne(s, bar, out, name, f, opts, workers, &failed); err != nil {
				out.Flush()
				return dataError(err)
			}
		}
	}
	if err := out.Flush(); err != nil {
		return dataError(err)
	}
	if failed > 0 {
		return dataError(fmt.Errorf("%d articles could not be read", failed))
	}
	return nil
}

// articleArgs expands a folder argument into its article files, as build
// --articles does; anything else stands for itself.
func articleArgs(arg string) ([]string, error) {
	if arg == "-" {
		return []string{arg}, nil
	}
	info, err := os.Stat(arg)
	if err != nil || !info.IsDir() {
		return []string{arg}, nil // extractOne reports a missing file
	}
	names, err := extract.ArticlePaths([]string{arg})
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no article files in the folder (.txt, .md, .markdown, .html, .htm, .jsonl, .ndjson)", arg)
	}
	return names, nil
}

// cleanWriter replaces control characters (see article.CleanControls) in
// what it writes.
type cleanWriter struct{ w io.Writer }

func (c cleanWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, article.CleanControls(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// extractOne handles one argument. Problems with the article itself are
// reported and counted; only write errors stop the command.
func extractOne(s stdio, bar io.Writer, out *bufio.Writer, name string, f extract.Format, opts article.Options, workers int, failed *int) error {
	var r io.Reader
	var size int64 = -1
	if name == "-" {
		br := bufio.NewReader(s.in)
		r = br
		if peek, _ := br.Peek(512); bytes.HasPrefix(bytes.TrimLeft(peek, " \t\r\n\ufeff"), []byte("{")) {
			return extractCorpus(s, bar, out, "stdin", r, size, f, opts, workers, failed)
		}
		a, err := article.Read("stdin", r, opts)
		return writeArticle(s, out, "stdin", a, err, f, failed)
	}
	info, err := os.Stat(name)
	if err != nil {
		fmt.Fprintf(s.err, "timeline: %v\n", err)
		*failed++
		return nil
	}
	if article.KindOf(name) != article.KindLines {
		a, err := article.ReadFile(name, opts)
		return writeArticle(s, out, name, a, err, f, failed)
	}
	file, err := os.Open(name)
	if err != nil {
		fmt.Fprintf(s.err, "timeline: %v\n", err)
		*failed++
		return nil
	}
	defer file.Close()
	return extractCorpus(s, bar, out, name, file, info.Size(), f, opts, workers, failed)
}

func writeArticle(s stdio, out *bufio.Writer, name string, a *article.Article, err error, f extract.Format, failed *int) error {
	if err != nil {
		msg := err.Error()
		if !strings.HasPrefix(msg, name+":") {
			msg = name + ": " + msg
		}
		fmt.Fprintf(s.err, "timeline: %s\n", msg)
		*failed++
		return nil
	}
	r := extract.Tag(a)
	for _, w := range r.Warnings() {
		fmt.Fprintf(s.err, "timeline: warning: %s: %s\n", name, w)
	}
	return extract.Write(out, f, r)
}

func extractCorpus(s stdio, progressTo io.Writer, out *bufio.Writer, name string, r io.Reader, size int64, f extract.Format, opts article.Options, workers int, failed *int) error {
	bar := newProgress(progressTo, name, size)
	stats, err := extract.Corpus(r, out, extract.CorpusOptions{
		Format: f, Article: opts, Workers: workers,
		OnError:   func(err error) { bar.clear(); fmt.Fprintf(s.err, "timeline: %s: %v\n", name, err) },
		OnWarning: func(err error) { bar.clear(); fmt.Fprintf(s.err, "timeline: warning: %s: %v\n", name, err) },
		Progress:  bar.update,
	})
	bar.done()
	*failed += stats.Failed
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// progress draws a bar on stderr when stderr is a terminal, redrawn at each
// whole percent so it costs nothing per line.
type progress struct {
	mu      sync.Mutex // update runs on the corpus reader, clear on the writer
	w       io.Writer
	name    string
	size    int64
	percent int
	on      bool
}

func newProgress(w io.Writer, name string, size int64) *progress {
	f, ok := w.(*os.File)
	on := false
	if ok && size > 0 {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	return &progress{w: w, name: article.CleanControls(name), size: size, percent: -1, on: on}
}

func (p *progress) update(read int64) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	pc := int(read * 100 / p.size)
	if pc == p.percent {
		return
	}
	p.percent = pc
	const width = 30
	fill := pc * width / 100
	fmt.Fprintf(p.w, "\r%s [%s%s] %3d%%", p.name, strings.Repeat("=", fill), strings.Repeat(" ", width-fill), pc)
}

func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.on && p.percent >= 0 {
		fmt.Fprint(p.w, "\r\033[K")
		p.percent = -1
	}
}

func (p *progress) done() { p.clear() }
