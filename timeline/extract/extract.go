// Package extract runs the temporal tagger over articles and writes what it
// found: as readable text, JSON, the bench's JSON Lines format (scored by
// timex_score.py), or TimeML. Corpora are tagged by parallel workers and
// written in input order.
package extract

import (
	"github.com/peacetreaty/timeline/timeline/article"
	"github.com/peacetreaty/timeline/timeline/temporal"
)

// Result is an article with the mentions found in its body.
type Result struct {
	Article  *article.Article
	Mentions []temporal.Mention
}

// Tag tags one article against its publication time, in the article's
// language (English when it has none the tagger reads).
func Tag(a *article.Article) Result {
	tg, _ := temporal.ForLanguage(a.Language)
	return Result{Article: a, Mentions: tg.Tag(a.Body, a.Published)}
}
