package merge

import (
	"fmt"
	"github.com/peacetreaty/timeline/timeline"
	"maps"
	"slices"
	"strings"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

type proposalSeed struct {
	c     *timeline.Candidate
	terms []string
}

// propose turns the candidates that joined no event into proposed events.
// Candidates with the same date whose words overlap (from one article or
// several) form one proposal with several pieces of evidence. Only sentences
// that name an actor, with a date no coarser than a year, are proposed: the
// rest is too vague for a researcher to act on.
func (m *Matcher) propose(seeds []proposalSeed) []timeline.Event {
	slices.SortFunc(seeds, func(a, b proposalSeed) int { return timeline.CompareCandidates(a.c, b.c) })
	byDate := map[string][]proposalSeed{}
	type sentenceKey struct {
		article string
		start   int
	}
	seen := map[sentenceKey]bool{}
	for _, s := range seeds {
		// A sentence proposes one event, at its first date ("from August 16
		// to 20" is one happening).
		k := sentenceKey{s.c.Article.ID, s.c.SentenceStart}
		if seen[k] {
			continue
		}
		seen[k] = true
		if s.c.Date.Precision() > edtf.PrecisionYear || s.c.Date.OpenStart() || s.c.Date.OpenEnd() || len(m.actorsIn(s.terms)) == 0 {
			continue
		}
		dk := s.c.Date.String()
		byDate[dk] = append(byDate[dk], s)
	}
	var out []timeline.Event
	used := map[string]int{}
	for _, k := range slices.Sorted(maps.Keys(byDate)) {
		group := byDate[k]
		slices.SortFunc(group, func(a, b proposalSeed) int { return timeline.CompareCandidates(a.c, b.c) })
		for _, cluster := range m.cluster(group) {
			out = append(out, m.proposal(cluster, used))
		}
	}
	slices.SortFunc(out, func(a, b timeline.Event) int { return timeline.Compare(&a, &b) })
	return out
}

// cluster joins seeds whose shared terms weigh at least half the join
// threshold (union-find over the seeds of one date).
func (m *Matcher) cluster(seeds []proposalSeed) [][]proposalSeed {
	parent := make([]int, len(seeds))
	for i := range parent {
		parent[i] = i
	}
	var root func(int) int
	root = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range seeds {
		set := map[string]bool{}
		for _, t := range seeds[i].terms {
			set[t] = true
		}
		for j := i + 1; j < len(seeds); j++ {
			w := 0.0
			for _, t := range seeds[j].terms {
				if set[t] {
					w += m.weight(t)
				}
			}
			if w >= m.opts.Threshold/2 {
				parent[root(j)] = root(i)
			}
		}
	}
	groups := map[int][]proposalSeed{}
	var order []int
	for i := range seeds {
		r := root(i)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], seeds[i])
	}
	out := make([][]proposalSeed, 0, len(order))
	for _, r := range order {
		out = append(out, groups[r])
	}
	return out
}

// actorsIn and placesIn pick the actor and place ids out of a sentence's
// terms (names become "@id" terms).
func (m *Matcher) actorsIn(terms []string) []string {
	return namesIn(terms, func(id string) bool { _, ok := m.tl.ActorByID(id); return ok })
}

func (m *Matcher) placesIn(terms []string) []string {
	return namesIn(terms, func(id string) bool { _, ok := m.tl.PlaceByID(id); return ok })
}

func namesIn(terms []string, known func(id string) bool) []string {
	var out []string
	for _, t := range terms {
		if id, ok := strings.CutPrefix(t, "@"); ok && known(id) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// proposal builds the proposed event of one cluster.
func (m *Matcher) proposal(cluster []proposalSeed, used map[string]int) timeline.Event {
	first := cluster[0].c
	var terms []string
	for _, s := range cluster {
		for _, t := range s.terms {
			if !slices.Contains(terms, t) {
				terms = append(terms, t)
			}
		}
	}
	e := timeline.Event{
		Date:    first.Date,
		Title:   headline(first.Sentence),
		Summary: strings.Join(strings.Fields(first.Sentence), " "),
		Actors:  m.actorsIn(terms),
		Places:  m.placesIn(terms),
		Status:  timeline.StatusProposed,
		Era:     timeline.EraOf(m.tl.Eras, first.Date),
	}
	e.ID = proposalID(first.Date, m.topWords(terms), used)
	seen := map[timeline.ArticleRef]bool{}
	for _, s := range cluster {
		e.Evidence = append(e.Evidence, timeline.Evidence{Candidate: *s.c})
		if !seen[s.c.Article] {
			seen[s.c.Article] = true
			e.Sources = append(e.Sources, sourceOf(s.c))
		}
	}
	return e
}

// topWords are the three weightiest plain words (not names), for the id.
func (m *Matcher) topWords(terms []string) []string {
	var ws []string
	for _, t := range terms {
		if !strings.HasPrefix(t, "@") && isSlugWord(t) {
			ws = append(ws, t)
		}
	}
	slices.SortStableFunc(ws, func(a, b string) int {
		wa, wb := m.weight(a), m.weight(b)
		switch {
		case wa > wb:
			return -1
		case wa < wb:
			return 1
		}
		return 0
	})
	if len(ws) > 3 {
		ws = ws[:3]
	}
	for i, w := range ws {
		if s := m.an.surface[w]; isSlugWord(s) {
			ws[i] = s
		}
	}
	return ws
}

func isSlugWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'a' && s[i] <= 'z') && !(s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return s != ""
}

// proposalID is a valid event id: the date as far as it is known, then
// words of the topic; a number is added when two proposals would collide.
func proposalID(d edtf.Value, ws []string, used map[string]int) string {
	prefix := d.Earliest().String()
	switch d.Precision() {
	case edtf.PrecisionMonth, edtf.PrecisionSeason:
		prefix = prefix[:7]
	case edtf.PrecisionYear:
		prefix = prefix[:4]
	}
	slug := strings.Join(ws, "-")
	if slug == "" {
		slug = "event"
	}
	id := prefix + "-" + slug
	used[id]++
	if n := used[id]; n > 1 {
		id = fmt.Sprintf("%s-%d", id, n)
	}
	return id
}

// headline shortens a sentence to a title of at most about 90 bytes, cut at
// a word.
func headline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	// Lists in official texts open sentences with bullets and dashes.
	s = strings.TrimLeft(s, "•·-–—*> ")
	if len(s) <= 90 {
		return strings.TrimRight(s, ".")
	}
	cut := strings.LastIndexByte(s[:90], ' ')
	if cut < 40 {
		cut = 90
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

func sourceOf(c *timeline.Candidate) timeline.Source {
	s := timeline.Source{Title: c.Article.Title, Publisher: c.Article.Publisher, URL: c.Article.URL}
	if s.Title == "" {
		s.Title = c.Article.ID
	}
	if s.Publisher == "" {
		s.Publisher = "unknown publisher"
	}
	if len(c.Article.Published) >= 10 {
		if v, err := edtf.Parse(c.Article.Published[:10]); err == nil {
			s.Published = v
		}
	}
	s.Quote = strings.Join(strings.Fields(c.Sentence), " ")
	return s
}
