package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/article"
	"github.com/peacetreaty/timeline/timeline/extract"
	"github.com/peacetreaty/timeline/timeline/merge"
)

// mergeArticles tags the articles and merges them into tl. Any article that
// cannot be read fails the command after all were reported. With explain,
// the decisions the merge took for that event or article are printed on
// stderr: they are the run's own trace, so they always agree with the
// output. An explain id that names no event, proposal or article is a usage
// error, found before anything is written.
func mergeArticles(s stdio, tl *timeline.Timeline, paths []string, published string, workers int, explain string) (*timeline.Timeline, error) {
	cands, err := readCandidates(s, paths, published, workers)
	if err != nil {
		return nil, err
	}
	r := merge.Run(tl, cands, merge.Options{})
	if explain != "" {
		if !slices.Contains(r.IDs(), explain) {
			return nil, &exitError{code: exitUsage, err: fmt.Errorf("--explain %s: no event, proposal or article has that id%s", explain, didYouMean(explain, r.IDs()))}
		}
		if r.Explain(s.err, explain) == 0 {
			fmt.Fprintf(s.err, "timeline: --explain %s: no sentence of the articles concerns it\n", explain)
		}
	}
	return r.Timeline, nil
}

// didYouMean suggests the nearest ids, or says nothing.
func didYouMean(id string, ids []string) string {
	near := merge.Closest(id, ids)
	if len(near) == 0 {
		return ""
	}
	return "; did you mean " + strings.Join(near, ", ") + "?"
}

func readCandidates(s stdio, paths []string, published string, workers int) ([]timeline.Candidate, error) {
	var opts article.Options
	if published != "" {
		t, err := article.ParsePublished(published, time.UTC)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: fmt.Errorf("--published: %v", err)}
		}
		opts.Published = t
	}
	if workers < 1 {
		return nil, &exitError{code: exitUsage, err: fmt.Errorf("-j must be at least 1")}
	}
	failed := 0
	cands, err := extract.CandidatesFrom(paths, s.in, opts, workers, func(err error) {
		var w *extract.Warning
		if errors.As(err, &w) {
			fmt.Fprintf(s.err, "timeline: warning: %v\n", err)
			return
		}
		failed++
		fmt.Fprintf(s.err, "timeline: %v\n", err)
	})
	if err != nil {
		return nil, dataError(err)
	}
	if failed > 0 {
		return nil, dataError(fmt.Errorf("%s could not be read; nothing was written", plural(failed, "article")))
	}
	return cands, nil
}
