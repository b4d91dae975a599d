// Package extract runs the temporal tagger over articles and writes what it
// found: as readable text, JSON, the bench's JSON Lines format (scored by
// timex_score.py), or TimeML. Corpora are tagged by parallel workers and
// written in input order.
package extract

import (
	"fmt"
	"slices"

	"github.com/peacetreaty/timeline/timeline/article"
	"github.com/peacetreaty/timeline/timeline/temporal"
)

// MaxMentions is the most mentions kept for one article. A long report has
// a few hundred dates; a file of "January January …" has one a word, and
// without a cap its output (and the merge of its candidates) would grow
// without bound. The rest are dropped with a warning.
const MaxMentions = 10000

// Result is an article with the mentions found in its body.
type Result struct {
	Article  *article.Article
	Mentions []temporal.Mention
	// Capped reports that the body has more than MaxMentions mentions: the
	// rest were left out (the tagger stopped there).
	Capped bool
}

// Tag tags one article against its publication time, in the article's
// language (English when it has none the tagger reads), keeping at most
// MaxMentions mentions.
func Tag(a *article.Article) Result {
	return tagAppend(nil, a)
}

// tagAppend is Tag appending the mentions to dst, for a corpus run that
// reuses one slice from article to article.
func tagAppend(dst []temporal.Mention, a *article.Article) Result {
	tg, _ := temporal.ForLanguage(a.Language)
	ms, more := tg.TagLimitAppend(dst, a.Body, a.Published, MaxMentions)
	return Result{Article: a, Mentions: ms, Capped: more}
}

// Warnings are what the reader dropped or replaced in the article and what
// Tag left out, as messages for people.
func (r Result) Warnings() []string {
	w := slices.Clone(r.Article.Warnings)
	if r.Capped {
		w = append(w, fmt.Sprintf("more than %d dates; only the first %d are kept (the limit per article)", MaxMentions, MaxMentions))
	}
	return w
}
