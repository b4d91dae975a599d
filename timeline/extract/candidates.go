package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/article"
	"github.com/peacetreaty/timeline/timeline/temporal"
)

// Candidates turns a tagged article into merge candidates: one per DATE or
// TIME mention that resolves to calendar days, and one per recurring date
// (SET), with its sentence; and one per sentence without such a mention (those can only join an event through an
// alias such as "after World War II").
func Candidates(r Result) []timeline.Candidate {
	a := r.Article
	ref := timeline.ArticleRef{ID: a.ID, URL: a.URL, Title: a.Title, Publisher: a.Publisher, Language: a.Language}
	if !a.Published.IsZero() {
		ref.Published = a.Published.Format(time.RFC3339)
	}
	var out []timeline.Candidate
	var dated []int // sentence starts that have a dated candidate, ascending
	for _, m := range r.Mentions {
		// A recurring date ("every September 3", XXXX-09-03) is kept as a
		// set: the merge may tie it to an event by an alias, never propose
		// a one-off event from it.
		set := m.Type == temporal.Set
		if !set && ((m.Type != temporal.Date && m.Type != temporal.Time) || m.Date.IsZero()) {
			continue
		}
		s, e := candidateSentence(a.Body, m.Start, m.End)
		dated = append(dated, s)
		out = append(out, timeline.Candidate{
			Article: ref, Sentence: a.Body[s:e], SentenceStart: s, SentenceEnd: e,
			Mention: m.Text, Start: m.Start, End: m.End, Type: string(m.Type), Value: m.Value, Date: m.Date,
			Dateline: !set && restatesPublication(a, m), Set: set,
		})
	}
	slices.Sort(dated)
	for s := 0; s < len(a.Body); {
		for s < len(a.Body) && (a.Body[s] == ' ' || a.Body[s] == '\n' || a.Body[s] == '\r' || a.Body[s] == '\t') {
			s++
		}
		if s >= len(a.Body) {
			break
		}
		start, end := candidateSentence(a.Body, s, s)
		if end <= s {
			end = s + 1
		}
		if !datedInside(dated, start, end) {
			out = append(out, timeline.Candidate{Article: ref, Sentence: a.Body[start:end], SentenceStart: start, SentenceEnd: end})
		}
		s = end
	}
	return out
}

// datedInside reports whether a dated sentence starts in [start, end).
func datedInside(dated []int, start, end int) bool {
	i, _ := slices.BinarySearch(dated, start)
	return i < len(dated) && dated[i] < end
}

// candidateSentence is Sentence, except that a dateline ("TOKYO, January
// 30. /TASS/.") is not a sentence of its own: it runs on into the sentence it
// opens, which is what it dates.
func candidateSentence(body string, start, end int) (int, int) {
	s, e := Sentence(body, start, end)
	if len(strings.Fields(body[s:e])) <= 5 && e < len(body) && body[e] == ' ' {
		_, e2 := Sentence(body, e+1, e+1)
		e = e2
	} else if s >= 2 && body[s-1] == ' ' {
		// The other way round: a mention in the sentence a dateline opens
		// has the same sentence as the dateline's own date.
		if ps, pe := Sentence(body, s-2, s-2); pe <= s && len(strings.Fields(body[ps:pe])) <= 5 {
			s = ps
		}
	}
	return s, e
}

// restatesPublication reports whether a mention only repeats the article's
// publication date: the dateline itself, or a day mention equal to the
// publication day at the head of a line ("TOKYO, January 30.").
func restatesPublication(a *article.Article, m temporal.Mention) bool {
	if d := a.Dateline; d != nil && m.Start < d.End && d.Start < m.End {
		return true
	}
	if a.Published.IsZero() || m.Date.IsInterval() {
		return false
	}
	pub := a.Published.Format("2006-01-02")
	if m.Date.Earliest().String() != pub || m.Date.Latest().String() != pub {
		return false
	}
	// Only a short lead can be a place, so only that much is looked at: on
	// one long line of dates, reading back to the line start from each one
	// was quadratic.
	from := max(0, m.Start-article.MaxPlaceLead-1)
	lineStart := strings.LastIndexByte(a.Body[from:m.Start], '\n') + 1
	if lineStart == 0 && from > 0 {
		return false
	}
	return article.PlaceLead(a.Body[from+lineStart : m.Start])
}
