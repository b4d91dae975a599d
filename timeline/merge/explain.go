package merge

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Explain writes, for every candidate that concerns id, the decision the
// merge took and why: candidates of the article with that id, and
// candidates whose decision, best matches or aliases name the event (or
// proposal) with that id. It prints the decisions recorded during the run;
// nothing is judged again. It returns how many it explained.
func (r *Result) Explain(w io.Writer, id string) int {
	n := 0
	for i := range r.Decisions {
		d := &r.Decisions[i]
		if !r.concerns(d, id) {
			continue
		}
		fmt.Fprintf(w, "%s\n\n", r.explain(d))
		n++
	}
	return n
}

// IDs lists the ids Explain knows: the curated events, the proposals and
// the articles, sorted.
func (r *Result) IDs() []string {
	var out []string
	for i := range r.Timeline.Events {
		out = append(out, r.Timeline.Events[i].ID)
	}
	for i := range r.Timeline.Proposed {
		out = append(out, r.Timeline.Proposed[i].ID)
	}
	for i := range r.Decisions {
		out = append(out, r.Decisions[i].Candidate.Article.ID)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (r *Result) concerns(d *Decision, id string) bool {
	if d.Candidate.Article.ID == id || d.Event == id {
		return true
	}
	for _, mt := range []match{d.fit, d.other} {
		if mt.score > 0 && r.m.tl.Events[mt.event].ID == id {
			return true
		}
	}
	for _, e := range d.aliases {
		if r.m.tl.Events[e].ID == id {
			return true
		}
	}
	return false
}

// Verdict is the one line of an explanation that states the outcome, as
// it is printed ("verdict: evidence on ID", "verdict: unattached: REASON").
func (d *Decision) Verdict() string {
	switch d.Outcome {
	case OutcomeEvidence:
		return "verdict: evidence on " + d.Event
	case OutcomeConflict:
		return "verdict: conflict with " + d.Event
	case OutcomeProposal:
		return "verdict: proposal " + d.Event
	case OutcomeUnattached:
		return "verdict: unattached: " + d.Reason
	case OutcomeSameSentence:
		return "verdict: same sentence: " + d.Reason
	}
	return "verdict: none: " + d.Reason
}

func (r *Result) explain(d *Decision) string {
	m, c := r.m, d.Candidate
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %q", c.Article.ID, c.Sentence)
	if c.Article.Language != "" {
		fmt.Fprintf(&b, " [%s]", c.Article.Language)
	}
	switch {
	case c.Set:
		fmt.Fprintf(&b, "\n  date: %q = %s (a recurring date: only an alias can tie this sentence to an event)", c.Mention, c.Value)
	case !c.Date.IsZero():
		fmt.Fprintf(&b, "\n  date: %q = %s (%s) at %d-%d", c.Mention, c.Date, c.Date.Display(), c.Start, c.End)
		if c.Dateline {
			b.WriteString(", restating the publication date")
		}
	default:
		b.WriteString("\n  date: none (only an alias can tie this sentence to an event)")
	}
	var ts []string
	// The decision keeps no terms (the trace of a large merge stays
	// small): the sentence is read again, giving the terms it used.
	for _, t := range m.an.analyze(c.Sentence) {
		if t.Key == t.Text || !strings.HasPrefix(t.Key, "@") && strings.EqualFold(t.Key, t.Text) {
			ts = append(ts, t.Key)
		} else if strings.HasPrefix(t.Key, "@") {
			ts = append(ts, t.Text+"="+t.Key)
		} else {
			ts = append(ts, t.Key)
		}
	}
	fmt.Fprintf(&b, "\n  terms: %s", strings.Join(ts, " "))
	if len(d.aliases) > 0 {
		hits := m.aliasHits(c.Sentence)
		var as []string
		for _, e := range d.aliases {
			as = append(as, fmt.Sprintf("%q of %s", hits[e], m.tl.Events[e].ID))
		}
		fmt.Fprintf(&b, "\n  aliases: %s", strings.Join(as, ", "))
	}
	describe := func(label string, mt match) {
		if mt.score == 0 {
			fmt.Fprintf(&b, "\n  %s: none", label)
			return
		}
		e := &m.tl.Events[mt.event]
		fmt.Fprintf(&b, "\n  %s: %s (%s), score %.2f", label, e.ID, e.Date, mt.score)
		var parts []string
		for _, t := range mt.matched {
			if t == mt.alias {
				continue
			}
			parts = append(parts, fmt.Sprintf("%s %.2f", t, m.weight(t)))
		}
		if mt.alias != "" {
			parts = append(parts, fmt.Sprintf("alias %q %.2f", mt.alias, aliasWeight))
		}
		fmt.Fprintf(&b, " = %s", strings.Join(parts, " + "))
		if m.long[mt.event] {
			b.WriteString(" (an event longer than a year: names do not count)")
		}
	}
	if !c.Date.IsZero() && !c.Set {
		describe("best event the date fits", d.fit)
		describe("best event the date does not fit", d.other)
		fmt.Fprintf(&b, "\n  thresholds: join %.2f, conflict %.2f (without alias)", m.opts.Threshold, m.opts.ConflictThreshold)
	} else if d.Outcome == OutcomeEvidence {
		describe("joined by alias", d.fit)
	}
	fmt.Fprintf(&b, "\n  %s", d.Verdict())
	if d.Outcome == OutcomeEvidence && d.Reason == "" {
		fmt.Fprintf(&b, "\n  why: score %.2f reaches the join threshold %.2f", d.fit.score, m.opts.Threshold)
	}
	if d.Reason != "" && d.Outcome != OutcomeUnattached && d.Outcome != OutcomeSameSentence && d.Outcome != OutcomeUndated {
		fmt.Fprintf(&b, "\n  why: %s", d.Reason)
	}
	return b.String()
}

// Closest returns up to three of ids nearest to id by edit distance, for
// "did you mean".
func Closest(id string, ids []string) []string {
	type cand struct {
		id string
		d  int
	}
	var cs []cand
	for _, x := range ids {
		d := editDistance(id, x)
		if strings.Contains(x, id) || strings.Contains(id, x) {
			d = min(d, max(len(x)-len(id), len(id)-len(x))/4)
		}
		if extra, ok := tokensWithin(id, x); ok {
			d = min(d, 1+extra) // "1956-10-19-joint-declaration" in "1956-10-19-soviet-japanese-joint-declaration"
		}
		if d <= max(3, len(id)/3) {
			cs = append(cs, cand{x, d})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if a.d != b.d {
			return a.d - b.d
		}
		return strings.Compare(a.id, b.id)
	})
	var out []string
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].id)
	}
	return out
}

// tokensWithin reports whether every hyphen-separated word of id is a word
// of x, and how many words x has besides.
func tokensWithin(id, x string) (int, bool) {
	a, b := strings.Split(id, "-"), strings.Split(x, "-")
	for _, w := range a {
		if !slices.Contains(b, w) {
			return 0, false
		}
	}
	return len(b) - len(a), true
}

// editDistance is the Levenshtein distance between two byte strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Explanation is the explanation of one decision, for tests and tools that
// want one at a time.
func (r *Result) Explanation(d *Decision) string { return r.explain(d) }
