package merge

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// weighed is a term with its weight, for sorting by weight.
type weighed struct {
	t   string
	w   float64
	key int32 // t's key number (analyzer.keys)
}

type proposalSeed struct {
	c     *timeline.Candidate
	terms []int32 // the key numbers of the sentence's terms (analyzer.keys)
	d     *Decision
}

// propose turns the candidates that joined no event into proposed events,
// and records on each decision what became of it. Candidates with the same
// date whose words overlap (from one article or several) form one proposal
// with several pieces of evidence. A sentence proposes one event, at its
// first date that can be proposed ("from August 16 to 20" is one
// happening). Only sentences that name an actor, with a date at least as
// precise as a month, are proposed: the rest is too vague for a researcher
// to act on, and is listed as unattached with the reason.
func (m *Matcher) propose(ds []Decision, sent []int32, nsent int) []timeline.Event {
	m.nameKinds()
	byDate := map[string][]proposalSeed{}
	proposer := make([]*Decision, nsent) // the decision that proposes each sentence, by sentence number
	var later []int                      // further dates of a proposing sentence
	for i := range ds {
		d := &ds[i]
		if d.pending != pendingProposal {
			continue
		}
		d.pending = pendingNone
		k := sent[i]
		if proposer[k] != nil {
			d.Outcome = OutcomeSameSentence
			later = append(later, i)
			continue
		}
		terms := d.keys
		d.keys = nil // the seed holds them now
		if why := m.unproposable(d.Candidate, terms); why != "" {
			d.Outcome, d.Reason = OutcomeUnattached, why
			continue
		}
		proposer[k] = d
		dk := d.Candidate.Date.String()
		byDate[dk] = append(byDate[dk], proposalSeed{c: d.Candidate, terms: terms, d: d})
	}
	var clusters [][]proposalSeed
	for _, k := range slices.Sorted(maps.Keys(byDate)) {
		group := byDate[k]
		slices.SortFunc(group, func(a, b proposalSeed) int { return timeline.CompareCandidates(a.c, b.c) })
		clusters = append(clusters, m.cluster(group)...)
	}
	out := make([]timeline.Event, 0, len(clusters)) // an event is large: allocated once
	used := map[string]int{}
	for _, cluster := range clusters {
		e, err := m.proposal(cluster, used)
		for _, s := range cluster {
			if err != nil {
				s.d.Outcome, s.d.Reason = OutcomeUnattached, err.Error()
				continue
			}
			s.d.Outcome, s.d.Event = OutcomeProposal, e.ID
			s.d.Reason = s.d.Reason + "; proposed as " + e.ID
			if len(cluster) > 1 {
				s.d.Reason += fmt.Sprintf(" with %d sentences of the same date and topic", len(cluster))
			}
		}
		if err == nil {
			out = append(out, e)
		}
	}
	for _, i := range later {
		d, p := &ds[i], proposer[sent[i]]
		if p.Outcome == OutcomeProposal {
			d.Reason = fmt.Sprintf("another date of a sentence that already proposes %s at its first date", p.Event)
		} else {
			d.Outcome, d.Reason = OutcomeUnattached, p.Reason
		}
	}
	sortEvents(out)
	return out
}

// unproposable says why a candidate cannot be proposed, or "".
func (m *Matcher) unproposable(c *timeline.Candidate, terms []int32) string {
	switch p := c.Date.Precision(); {
	case c.Date.OpenStart() || c.Date.OpenEnd():
		return "an open date"
	case p == edtf.PrecisionYear:
		return "only a year"
	case p > edtf.PrecisionYear:
		return "only a " + p.String()
	}
	if !m.anyOf(terms, isActor) {
		return "no actor"
	}
	if off := c.Start - c.SentenceStart; off > 0 && off <= len(c.Sentence) && boundsSpan(c.Sentence[:off]) {
		return "the start or end of a span (since, until), not an event"
	}
	if isFrame(c.Sentence) {
		return "a reporting frame, not an event"
	}
	return ""
}

// cluster joins seeds whose shared terms weigh at least half the join
// threshold (union-find over the seeds of one date).
func (m *Matcher) cluster(seeds []proposalSeed) [][]proposalSeed {
	if len(seeds) == 1 {
		return [][]proposalSeed{seeds} // most dates have one seed
	}
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
	// Seed i's terms are marked in a table by key number, so each later
	// seed's overlap with it is read in one pass over that seed's terms,
	// in their order (the weights are summed as before). A seed already in
	// i's cluster is passed over: joining it again changes nothing. Many
	// sentences can share a date ("1956"): the pairs are still all
	// visited, but each costs a few dozen look-ups, not a few hundred.
	for i := range seeds {
		m.keySeen.reset()
		for _, k := range seeds[i].terms {
			m.keySeen.add(k)
		}
		ri := root(i) // stays a root: only other roots join it below
		for j := i + 1; j < len(seeds); j++ {
			rj := root(j)
			if ri == rj {
				continue
			}
			w := 0.0
			for _, t := range seeds[j].terms {
				if m.keySeen.has(t) {
					w += m.keyWeight(t)
				}
			}
			if w >= m.opts.Threshold/2 {
				parent[rj] = ri
			}
		}
	}
	// The clusters in order of their first seed, each in seed order: a
	// counting sort by cluster, into one backing array.
	group := make([]int, len(seeds))
	first := make([]int, len(seeds)) // root -> cluster number + 1
	var size []int
	for i := range seeds {
		r := root(i)
		g := first[r] - 1
		if g < 0 {
			g = len(size)
			first[r] = g + 1
			size = append(size, 0)
		}
		group[i] = g
		size[g]++
	}
	all := make([]proposalSeed, len(seeds))
	out := make([][]proposalSeed, len(size))
	at := 0
	for g, n := range size {
		out[g] = all[at : at : at+n]
		at += n
	}
	for i := range seeds {
		out[group[i]] = append(out[group[i]], seeds[i])
	}
	return out
}

// actorsIn and placesIn pick the actor and place ids out of a sentence's
// terms, given by key number (names become "@id" terms).
func (m *Matcher) actorsIn(terms []int32) []string { return m.namesIn(terms, isActor) }

func (m *Matcher) placesIn(terms []int32) []string { return m.namesIn(terms, isPlace) }

// The kinds of a term key, as bits: the "@id" of an actor, of a place.
const (
	isActor = 1 << iota
	isPlace
)

// nameKinds works out the kind of every term key numbered so far, so that
// actorsIn and placesIn read a byte per term rather than its string.
func (m *Matcher) nameKinds() {
	names := m.an.keyNames
	for k := len(m.keyKind); k < len(names); k++ {
		var kind uint8
		if id, ok := strings.CutPrefix(names[k], "@"); ok {
			if m.actorIDs[id] {
				kind |= isActor
			}
			if m.placeIDs[id] {
				kind |= isPlace
			}
		}
		m.keyKind = append(m.keyKind, kind)
	}
}

// anyOf reports whether terms hold a name of the kind: namesIn is not
// empty.
func (m *Matcher) anyOf(terms []int32, kind uint8) bool {
	for _, k := range terms {
		if m.keyKind[k]&kind != 0 {
			return true
		}
	}
	return false
}

func (m *Matcher) namesIn(terms []int32, kind uint8) []string {
	var out []string
	for _, k := range terms {
		if m.keyKind[k]&kind == 0 {
			continue
		}
		if id := m.an.keyNames[k][1:]; !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// keyWeight is weight of the term of key number k.
func (m *Matcher) keyWeight(k int32) float64 {
	if int(k) < len(m.keyTerm) {
		if id := m.keyTerm[k]; id >= 0 {
			return m.w[id]
		}
	}
	return 1
}

// proposal builds the proposed event of one cluster.
func (m *Matcher) proposal(cluster []proposalSeed, used map[string]int) (timeline.Event, error) {
	first := cluster[0].c
	line := oneLine(first.Sentence) // the summary, the title's start and the first quote
	terms := cluster[0].terms       // distinct already; read, never changed
	if len(cluster) > 1 {
		terms = slices.Clone(terms)
		for _, s := range cluster[1:] {
			for _, t := range s.terms {
				if !slices.Contains(terms, t) {
					terms = append(terms, t)
				}
			}
		}
	}
	e := timeline.Event{
		Date:    first.Date,
		Title:   titleOfLine(line),
		Summary: line,
		Actors:  m.actorsIn(terms),
		Places:  m.placesIn(terms),
		Status:  timeline.StatusProposed,
		Era:     timeline.EraOf(m.tl.Eras, first.Date),
	}
	// The id's words come from the title, so that a dateline's agency or a
	// reporting verb does not name the event.
	top := m.titleWords(e.Title)
	if len(top) == 0 {
		top = m.topWords(terms)
	}
	id, err := proposalID(first.Date, top, used)
	if err != nil {
		return timeline.Event{}, err
	}
	e.ID = id
	var seen map[timeline.ArticleRef]bool // a cluster of one needs no set, as most are
	if len(cluster) > 1 {
		seen = make(map[timeline.ArticleRef]bool, len(cluster))
	}
	for _, s := range cluster {
		e.Evidence = append(e.Evidence, timeline.Evidence{Candidate: *s.c})
		if !seen[s.c.Article] {
			if seen != nil {
				seen[s.c.Article] = true
			}
			q := line
			if s.c.Sentence != first.Sentence {
				q = oneLine(s.c.Sentence)
			}
			e.Sources = append(e.Sources, m.sourceOf(s.c, q))
		}
	}
	return e, nil
}

// topWords are the three weightiest plain words (not names), for the id.
func (m *Matcher) topWords(terms []int32) []string {
	cs := m.weighed[:0]
	for _, k := range terms {
		if m.an.keySlug[k] { // not a name, and a slug word
			cs = append(cs, weighed{m.an.keyNames[k], m.keyWeight(k), k}) // weighed once, not at each comparison
		}
	}
	return m.top(cs)
}

// titleWords is topWords of the terms of a title, weighed through the
// analyzer's word cache rather than by looking each term up.
func (m *Matcher) titleWords(title string) []string {
	m.termBuf = m.an.analyzeInto(m.termBuf[:0], title)
	cs := m.weighed[:0]
	for k, t := range m.termBuf {
		if !m.an.keySlug[m.an.termKey[k]] { // a name, or not a slug
			continue
		}
		w := 1.0 // as weight: a term no event has
		if l := m.an.src[k]; l != nil {
			if id := m.lexID(l); id >= 0 {
				w = m.w[id]
			}
		} else {
			w = m.weight(t.Key)
		}
		cs = append(cs, weighed{t.Key, w, m.an.termKey[k]})
	}
	return m.top(cs)
}

// top is the end of topWords: the three weightiest of cs, in their
// surface form when it makes a slug.
func (m *Matcher) top(cs []weighed) []string {
	m.weighed = cs[:0]
	cs = heaviest3(cs)
	var ws []string
	if len(cs) > 0 {
		ws = make([]string, len(cs))
		for i, c := range cs {
			ws[i] = c.t
		}
	}
	for i := range ws {
		if s := m.an.keySurface[cs[i].key]; isSlugWord(s) { // surface[ws[i]]
			ws[i] = s
		}
	}
	return ws
}

// heaviest3 is the first three of cs sorted by weight, heaviest first, the
// earlier first among equals (a stable sort), picked in one pass; it
// reorders cs in place.
func heaviest3(cs []weighed) []weighed {
	n := 0 // cs[:n] holds the heaviest so far, in order
	for _, c := range cs {
		i := n
		for i > 0 && cs[i-1].w < c.w {
			i--
		}
		if i >= 3 {
			continue
		}
		n = min(n+1, 3)
		copy(cs[i+1:n], cs[i:n-1])
		cs[i] = c
	}
	return cs[:n]
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
// A date coarser than a year ("19XX"), with unspecified digits, or open has
// no day to write: the id is refused rather than invented.
func proposalID(d edtf.Value, ws []string, used map[string]int) (string, error) {
	if d.IsZero() || d.OpenStart() || d.OpenEnd() || d.Precision() > edtf.PrecisionYear || strings.ContainsAny(d.String(), "Xu") {
		return "", fmt.Errorf("no proposal id from the date %q: it names no year", d.String())
	}
	// The id is written in one buffer: the day as Day.String writes it,
	// cut to the precision, then the words.
	var buf [64]byte
	b := appendDay(buf[:0], d.Earliest())
	switch d.Precision() {
	case edtf.PrecisionMonth, edtf.PrecisionSeason:
		b = b[:7]
	case edtf.PrecisionYear:
		b = b[:4]
	}
	if len(ws) == 0 || len(ws) == 1 && ws[0] == "" { // strings.Join(ws, "-") == ""
		b = append(b, "-event"...)
	} else {
		for _, w := range ws { // "-" before the slug, and between its words
			b = append(b, '-')
			b = append(b, w...)
		}
	}
	id := string(b)
	used[id]++
	if n := used[id]; n > 1 {
		id = fmt.Sprintf("%s-%d", id, n)
	}
	return id, nil
}

// appendDay appends d as Day.String writes it ("%04d-%02d-%02d"), without
// fmt for the days of years 0 to 9999.
func appendDay(b []byte, d edtf.Day) []byte {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return append(b, d.String()...)
	}
	return append(b, byte('0'+d.Year/1000), byte('0'+d.Year/100%10), byte('0'+d.Year/10%10), byte('0'+d.Year%10), '-',
		byte('0'+d.Month/10), byte('0'+d.Month%10), '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// sourceOf is the source of a candidate, quoting it as quote (its sentence
// on one line).
func (m *Matcher) sourceOf(c *timeline.Candidate, quote string) timeline.Source {
	s := timeline.Source{Title: c.Article.Title, Publisher: c.Article.Publisher, URL: c.Article.URL}
	if s.Title == "" {
		s.Title = c.Article.ID
	}
	if s.Publisher == "" {
		s.Publisher = "unknown publisher"
	}
	if len(c.Article.Published) >= 10 {
		// Parsed once per day: the articles of a corpus share few.
		day := c.Article.Published[:10]
		v, ok := m.pubDays[day]
		if !ok {
			if p, err := edtf.Parse(day); err == nil {
				v = p
			}
			if m.pubDays == nil {
				m.pubDays = map[string]edtf.Value{}
			}
			m.pubDays[day] = v
		}
		s.Published = v
	}
	s.Quote = quote
	s.Language = c.Article.Language
	return s
}

// oneLine is strings.Join(strings.Fields(s), " "), without allocating when s
// is already a line of single-spaced words, as most sentences are.
func oneLine(s string) string {
	prevSpace := true // a leading space must go
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		var sp bool
		if r < utf8.RuneSelf {
			sp = asciiSpace[r]
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
		}
		if sp && (prevSpace || r != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = sp
		i += size
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}

// asciiSpace marks the ASCII bytes unicode.IsSpace holds to be spaces.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()

// sortEvents is slices.SortFunc(es, timeline.Compare) without copying two
// events into every comparison: the same sort runs on their indices (it
// depends only on the comparisons, so it makes the same permutation), which
// is then applied in place. What timeline.Compare reads of an event (its
// first and last days, its id) is worked out once per event, in one array,
// not at each comparison.
func sortEvents(es []timeline.Event) {
	type sortKey struct {
		lo, hi edtf.Day
		id     string
	}
	keys := make([]sortKey, len(es))
	idx := make([]int32, len(es))
	for i := range idx {
		idx[i] = int32(i)
		keys[i] = sortKey{es[i].Date.Earliest(), es[i].Date.Latest(), es[i].ID}
	}
	slices.SortFunc(idx, func(a, b int32) int { // timeline.Compare
		ka, kb := &keys[a], &keys[b]
		if c := ka.lo.Compare(kb.lo); c != 0 {
			return c
		}
		if c := ka.hi.Compare(kb.hi); c != 0 {
			return c
		}
		return strings.Compare(ka.id, kb.id)
	})
	// es[i] must become es[idx[i]]: follow each cycle of the permutation.
	for i := range idx {
		if idx[i] < 0 || int(idx[i]) == i {
			continue
		}
		tmp := es[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				es[j] = tmp
				break
			}
			es[j] = es[k]
			j = k
		}
	}
}
