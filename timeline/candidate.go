package timeline

import (
	"strings"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

// ArticleRef identifies the article a candidate or a piece of evidence
// comes from.
type ArticleRef struct {
	ID        string
	URL       string
	Title     string
	Publisher string
	Published string // RFC 3339, or "" when unknown
	// Language is the article's language ("en", "ru", "ja"), or "" when
	// unknown; evidence and proposals keep the original sentence and say
	// its language.
	Language string
}

// Candidate is a sentence of an article, with the date mention it carries.
// Sentences without a date mention are candidates too, with a zero Date:
// they can only join an event through one of its aliases ("after World War
// II").
type Candidate struct {
	Article                    ArticleRef
	Sentence                   string
	SentenceStart, SentenceEnd int // byte span of the sentence in the article body
	Mention                    string
	Start, End                 int // byte span of the mention in the article body
	Type                       string
	Value                      string // TimeML value
	Date                       edtf.Value
	// Dateline marks a mention that only restates the article's own
	// publication date ("TOKYO, January 30."): it may support an event but
	// never proposes one.
	Dateline bool
	// Set marks a recurring date ("every September 3", TimeML SET): it
	// names no one-off day, so it never proposes an event.
	Set bool
}

// Evidence is an article's sentence attached to an event.
type Evidence struct {
	Candidate
	Score   float64
	Matched []string // the terms or the alias that matched, for explanations
	ByAlias string   // the alias phrase found, when the match came from one
}

// Unattached is a date of an article's sentence that became neither
// evidence, nor a proposal, nor a conflict, nor part of a sentence that did,
// with the reason: nothing an article dates is dropped without a word.
type Unattached struct {
	Candidate
	Reason string
}

// Conflict is a sentence that talks about an event but gives a date that
// cannot be the event's. It is reported, never corrected.
type Conflict struct {
	Event     string // the event's id
	EventDate edtf.Value
	Evidence
}

// CompareCandidates orders candidates by article (publication time, id,
// url), then by position in the article.
func CompareCandidates(a, b *Candidate) int {
	for _, c := range []int{
		strings.Compare(a.Article.Published, b.Article.Published),
		strings.Compare(a.Article.ID, b.Article.ID),
		strings.Compare(a.Article.URL, b.Article.URL),
	} {
		if c != 0 {
			return c
		}
	}
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	if a.SentenceStart != b.SentenceStart {
		return a.SentenceStart - b.SentenceStart
	}
	return strings.Compare(a.Sentence, b.Sentence)
}
