package main

import (
	"fmt"
	"time"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/article"
	"github.com/peacetreaty/timeline/timeline/extract"
	"github.com/peacetreaty/timeline/timeline/merge"
)

// mergeArticles tags the articles and merges them into tl. Any article that
// cannot be read fails the command after all were reported.
func mergeArticles(s stdio, tl *timeline.Timeline, paths []string, published string, workers int, explain string) (*timeline.Timeline, error) {
	cands, err := readCandidates(s, paths, published, workers)
	if err != nil {
		return nil, err
	}
	if explain != "" {
		m := merge.NewMatcher(tl, merge.Options{})
		n := m.ExplainAll(s.err, cands, explain)
		if n == 0 {
			fmt.Fprintf(s.err, "timeline: --explain %s: no candidate concerns that event or article\n", explain)
		}
	}
	return merge.Merge(tl, cands, merge.Options{}), nil
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
		failed++
		fmt.Fprintf(s.err, "timeline: %v\n", err)
	})
	if err != nil {
		return nil, dataError(err)
	}
	if failed > 0 {
		return nil, dataError(fmt.Errorf("%d articles could not be read; nothing was written", failed))
	}
	return cands, nil
}
