// Package merge joins the dated sentences of articles to the curated events
// they describe: evidence on an event, a conflict when the words match but
// the date cannot be the event's, a proposed event when nothing curated
// fits. It reads the timeline package's model and never renders.
package merge

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// Options tune the merge; the zero value uses the defaults.
type Options struct {
	// Threshold is the score a candidate needs to join an event: the summed
	// weights of the terms it shares with it, each its inverse event
	// frequency scaled so that a term found in one event only weighs 1, plus
	// 2.5 for an alias of the event found in the sentence.
	Threshold float64
	// ConflictThreshold is the score above which a sentence whose date does
	// not fit is said to talk about the event anyway.
	ConflictThreshold float64
}

// Default merge thresholds, in summed term weights; see Matcher.Explain.
const (
	DefaultThreshold         = 1.6
	DefaultConflictThreshold = 4.5
	aliasWeight              = 2.5
)

// Matcher holds the indexes of a timeline's events: an inverted index from
// terms to events, a phrase index of aliases, and the events' dates by month.
type Matcher struct {
	tl   *timeline.Timeline
	opts Options
	an   *analyzer

	// Terms are numbered; the hot path works on numbers, not strings.
	termID   map[string]int32
	keyTerm  []int32   // term id by the analyzer's key number, or -1
	names    []string  // by term id
	w        []float64 // weight by term id
	rank     []int32   // by term id: its place in rankName
	rankName []string  // the terms' names, weightiest first, then by name (rankTerms)
	post     [][]int32 // events holding each term, ascending, while NewMatcher builds them
	postAll  []int32   // the same lists end to end: term id's is postAll[postAt[id]:postAt[id+1]]
	postAt   []int32
	// The terms of each event, ascending, end to end: event e's are
	// evAll[evAt[e]:evAt[e+1]] (termsOf). One array, not a list per event:
	// scoring an event reads a run of it, not a slice header and a list
	// allocated apart.
	evAll []int32
	evAt  []int32
	// ev is what the hot path reads of each event, on one cache line.
	ev  []evHot
	ids []string // each event's id, without reading the event
	// inSent marks the terms of the sentence being judged, so that an
	// event is scored by reading its terms once.
	inSent marks

	aliases map[aliasKey][]aliasEntry // first two words of an alias -> aliases
	// aliasWord numbers the words of the aliases (in their aliasForm), so
	// that a sentence's words are matched by number; aliasNext filters,
	// by number, the second words of the aliases a word starts (none when
	// 0), so most words and most bigrams are passed over.
	aliasWord  map[string]int32
	aliasNext  []uint64
	pairs      []uint64              // a bit per bigram hash (pairHash) of the aliases' first two words
	bigrams    pairTable             // aliases, as a flat table read on the hot path
	cjk        map[rune][]aliasEntry // first rune of an alias in kana or kanji -> aliases
	months     monthIndex            // month number (year*12 + month-1) -> events whose dates touch it
	wide       []int32               // events spanning more than wideYears years
	spans      []span                // each event's date bounds
	firstMonth []int                 // monthOf each event's first day
	long       []bool                // events longer than a year: their names do not count
	isName     []bool                // by term id: an actor or place ("@id")
	rare       int                   // a posting list at most this long is walked

	// Scratch space reused across candidates (Merge is single-threaded).
	acc      []float64
	mark     []bool
	reached  []bool // events in touched
	rareBuf  []int32
	byWeight []int32
	touched  []int32
	fits     []int32
	wordBuf  []*lex
	termBuf  []Term
	tids     []int32 // by term of the sentence: its id, or -1
	idBuf    []int32
	matched  []int32
	weighed  []weighed
	keySeen  marks                 // the key numbers of the seed cluster compares later seeds with
	pubDays  map[string]edtf.Value // publication days parsed, for sources
	// actorIDs and placeIDs are the vocabulary's ids, as sets.
	actorIDs, placeIDs map[string]bool
	keyKind            []uint8 // by key number: isActor, isPlace (nameKinds)
}

type aliasKey struct{ first, second int32 }

type aliasEntry struct {
	words []string
	nums  []int32 // the words numbered (aliasWord), in a spaced script
	text  string
	event int32
	// third is nums[2], or noThird for a two-word alias: most aliases
	// filed under a bigram differ from the sentence in their third word,
	// which is told here without reading nums.
	third int32
}

// noThird is the third word of a two-word alias, and of a sentence's last
// bigram.
const noThird = -2

// wideYears: an event longer than this is checked against every candidate
// rather than filed under each of its years.
const wideYears = 30

// NewMatcher indexes the events of tl.
func NewMatcher(tl *timeline.Timeline, opts Options) *Matcher {
	if opts.Threshold == 0 {
		opts.Threshold = DefaultThreshold
	}
	if opts.ConflictThreshold == 0 {
		opts.ConflictThreshold = DefaultConflictThreshold
	}
	n := len(tl.Events)
	m := &Matcher{tl: tl, opts: opts, an: newAnalyzer(&tl.Vocabulary), termID: map[string]int32{},
		aliases: map[aliasKey][]aliasEntry{}, aliasWord: map[string]int32{}, cjk: map[rune][]aliasEntry{},
		evAt: make([]int32, 0, n+1), acc: make([]float64, n), mark: make([]bool, n), reached: make([]bool, n)}
	names := map[string]string{} // actor or place id -> its term, "@id"
	months := map[int][]int32{}
	for i := range tl.Events {
		e := &tl.Events[i]
		text := e.Title + " " + e.Summary + " " + strings.Join(e.Aliases, " ") + " " + strings.Join(e.Tags, " ")
		// Terms are numbered in order of first appearance (the numbering
		// orders the sums of weights, so it stays the same from run to run).
		// They are found by the analyzer's key numbers, not by string.
		ids := m.idBuf[:0]
		number := func(t string, key int32) {
			for int(key) >= len(m.keyTerm) {
				m.keyTerm = append(m.keyTerm, -1)
			}
			id := m.keyTerm[key]
			if id < 0 {
				id = int32(len(m.names))
				m.keyTerm[key] = id
				m.termID[t] = id
				m.names = append(m.names, t)
				m.post = append(m.post, nil)
			}
			ids = append(ids, id)
		}
		m.termBuf = m.an.analyzeInto(m.termBuf[:0], text)
		for k, t := range m.termBuf {
			number(t.Key, m.an.termKey[k])
		}
		for _, a := range e.Actors {
			t := nameTerm(names, a)
			number(t, m.an.keyOf(t))
		}
		for _, p := range e.Places {
			t := nameTerm(names, p)
			number(t, m.an.keyOf(t))
		}
		slices.Sort(ids)
		m.idBuf = ids
		ids = slices.Compact(ids)
		m.evAt = append(m.evAt, int32(len(m.evAll)))
		if cap(m.evAll)-len(m.evAll) < len(ids) {
			// Doubled, not grown by append's quarter for large slices:
			// the arrays left behind sum to about the final capacity, not
			// to several times it (at 10,000 events: 1.9 MB of terms,
			// 9 MB left behind by append).
			m.evAll = slices.Grow(m.evAll, len(m.evAll)+len(ids))
		}
		m.evAll = append(m.evAll, ids...)
		for _, id := range ids {
			m.post[id] = append(m.post[id], int32(i))
		}
		for _, al := range e.Aliases {
			m.addAlias(al, int32(i))
		}
		sp := spanOf(e.Date)
		m.spans = append(m.spans, sp)
		m.firstMonth = append(m.firstMonth, monthOf(sp.lo))
		m.long = append(m.long, e.Date.OpenStart() || e.Date.OpenEnd() || days(sp.lo, sp.hi) > 366)
		lo, hi := monthOf(sp.lo), monthOf(sp.hi)
		if e.Date.OpenStart() || e.Date.OpenEnd() || hi-lo > wideYears*12 {
			m.wide = append(m.wide, int32(i))
			continue
		}
		for mo := lo; mo <= hi; mo++ {
			months[mo] = append(months[mo], int32(i))
		}
	}
	m.evAt = append(m.evAt, int32(len(m.evAll)))
	m.months = newMonthIndex(months)
	m.actorIDs, m.placeIDs = map[string]bool{}, map[string]bool{}
	for _, a := range tl.Actors {
		m.actorIDs[a.ID] = true
	}
	for _, p := range tl.Places {
		m.placeIDs[p.ID] = true
	}
	m.ids = make([]string, n)
	for i := range tl.Events {
		m.ids[i] = tl.Events[i].ID
	}
	m.ev = make([]evHot, n)
	for i := range m.ev {
		m.ev[i] = evHot{sp: m.spans[i], firstMonth: int32(m.firstMonth[i])}
	}
	m.months.describe(m.ev)
	m.aliasNext = make([]uint64, len(m.aliasWord))
	m.pairs = make([]uint64, pairBits/64)
	for k := range m.aliases {
		m.aliasNext[k.first] |= nextBit(k.second)
		h := pairHash(k)
		m.pairs[h/64] |= 1 << (h % 64)
	}
	m.bigrams = newPairTable(m.aliases, len(m.aliasWord))
	// A term's weight is its inverse event frequency scaled to (0, 1]: a
	// term of a single event weighs 1 whatever the size of the dataset, so
	// thresholds mean the same for 80 events and for 10,000.
	norm := math.Log(1 + float64(n))
	m.w = make([]float64, len(m.names))
	m.inSent.at = make([]uint32, len(m.names))
	m.isName = make([]bool, len(m.names))
	for id, t := range m.names {
		m.isName[id] = strings.HasPrefix(t, "@")
	}
	for id, ps := range m.post {
		m.w[id] = math.Log(1+float64(n)/float64(len(ps))) / norm
	}
	m.rankTerms()
	// The posting lists in one array, in term order: the walk reads two
	// neighbouring offsets and a run of events, not a slice header and a
	// list allocated apart.
	m.postAt = make([]int32, 0, len(m.post)+1)
	total := 0
	for _, ps := range m.post {
		total += len(ps)
	}
	m.postAll = make([]int32, 0, total)
	for _, ps := range m.post {
		m.postAt = append(m.postAt, int32(len(m.postAll)))
		m.postAll = append(m.postAll, ps...)
	}
	m.postAt = append(m.postAt, int32(len(m.postAll)))
	m.post = nil
	// Only short posting lists are walked: a term in many events weighs
	// little, and walking its list would make every sentence touch a share
	// of all events, so the merge would grow with the square of the data.
	// Such terms still count in the scores of the events reached.
	m.rare = 64
	return m
}

// evHot is what datesFitting reads of an event, on one cache line.
type evHot struct {
	sp         span
	firstMonth int32
}

// monthIndex lists the events of each month, in one array indexed by month
// from the first month filed: a slice, not a map, on the hot path.
type monthIndex struct {
	first  int     // the first month filed
	start  []int32 // events[start[mo-first]:start[mo-first+1]] are month mo's
	events []int32
	// info, beside events, is what datesFitting reads of each: the loop
	// over a month reads one run of memory, not a cache line per event.
	info []monthEntry
}

// monthEntry is an event's first month and, for an event given to the day
// (days == true), its first and last days as ordinals (dayOrdinal).
type monthEntry struct {
	firstMonth int32
	days       bool
	lo, hi     int64
}

// dayOrdinal numbers a day so that the order of numbers is the order of
// days; ok is false for a day out of the calendar's ranges.
func dayOrdinal(d edtf.Day) (int64, bool) {
	if d.Month < 0 || d.Month > 15 || d.Day < 0 || d.Day > 31 {
		return 0, false
	}
	return int64(d.Year)*512 + int64(d.Month)*32 + int64(d.Day), true
}

func newMonthIndex(months map[int][]int32) monthIndex {
	if len(months) == 0 {
		return monthIndex{}
	}
	lo, hi := math.MaxInt, math.MinInt
	n := 0
	for mo, es := range months {
		lo, hi = min(lo, mo), max(hi, mo)
		n += len(es)
	}
	x := monthIndex{first: lo, start: make([]int32, 0, hi-lo+2), events: make([]int32, 0, n)}
	for mo := lo; mo <= hi; mo++ {
		x.start = append(x.start, int32(len(x.events)))
		x.events = append(x.events, months[mo]...)
	}
	x.start = append(x.start, int32(len(x.events)))
	return x
}

// describe fills info, from each event's date bounds.
func (x *monthIndex) describe(ev []evHot) {
	x.info = make([]monthEntry, len(x.events))
	for i, e := range x.events {
		h := &ev[e]
		x.info[i].firstMonth = h.firstMonth
		lo, ok1 := dayOrdinal(h.sp.lo)
		hi, ok2 := dayOrdinal(h.sp.hi)
		if h.sp.p == edtf.PrecisionDay && ok1 && ok2 {
			x.info[i].days, x.info[i].lo, x.info[i].hi = true, lo, hi
		}
	}
}

// infoAt is what at lists, described.
func (x *monthIndex) infoAt(mo int) []monthEntry {
	i := mo - x.first
	if i < 0 || i >= len(x.start)-1 {
		return nil
	}
	return x.info[x.start[i]:x.start[i+1]]
}

// at lists the events filed under month mo.
func (x *monthIndex) at(mo int) []int32 {
	i := mo - x.first
	if i < 0 || i >= len(x.start)-1 {
		return nil
	}
	return x.events[x.start[i]:x.start[i+1]]
}

// weight of a term: its scaled inverse event frequency, or 1 for a term no
// event has (it is as rare as a term can be).
func (m *Matcher) weight(t string) float64 {
	if id, ok := m.termID[t]; ok {
		return m.w[id]
	}
	return 1
}

// termIDs numbers a sentence's terms, just analyzed (m.an.src holds where
// each came from): m.tids gets the id of each term in order (-1 for a term
// no event has), and the result the known ids, ascending and distinct.
func (m *Matcher) termIDs(terms []Term) []int32 {
	tids := m.tids[:0]
	for k := range terms {
		id := int32(-1)
		if l := m.an.src[k]; l != nil {
			id = m.lexID(l)
		} else if key := m.an.termKey[k]; int(key) < len(m.keyTerm) {
			id = m.keyTerm[key] // a name
		}
		tids = append(tids, id)
	}
	m.tids = tids
	out := m.idBuf[:0]
	for _, id := range tids {
		if id >= 0 {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	m.idBuf = out
	return out
}

// lexID is the term id of a word's stem, or -1 when no event has it.
func (m *Matcher) lexID(l *lex) int32 {
	if !l.idKnown {
		if l.key >= 0 {
			if int(l.key) < len(m.keyTerm) {
				l.id = m.keyTerm[l.key]
			}
		} else if i, ok := m.termID[l.st]; ok {
			l.id = i
		}
		l.idKnown = true
	}
	return l.id
}

// match is the best event for a candidate, with how it was found.
type match struct {
	event      int32
	compatible bool // beside event, in its padding: a decision holds two matches
	score      float64
	matched    []string
	alias      string
}

// Compatible reports whether a candidate's date can be an event's date: the
// two meet when both are widened to the coarser of their precisions, so
// 2022-03 and 2022 match 2022-03-21 but 2021 does not.
func Compatible(candidate, event edtf.Value) bool {
	return compatible(spanOf(candidate), spanOf(event))
}

// monthOf numbers the month of a day, for the date index.
func monthOf(d edtf.Day) int { return d.Year*12 + d.Month - 1 }

// span is what Compatible needs of a date, computed once per event.
type span struct {
	lo, hi edtf.Day
	p      edtf.Precision
}

func spanOf(v edtf.Value) span { return span{v.Earliest(), v.Latest(), v.Precision()} }

func compatible(c, e span) bool {
	p := max(c.p, e.p)
	if p == edtf.PrecisionDay { // widen leaves days as they are
		return !dayBefore(c.hi, e.lo) && !dayBefore(e.hi, c.lo)
	}
	lo1, hi1 := widen(c.lo, p, false), widen(c.hi, p, true)
	lo2, hi2 := widen(e.lo, p, false), widen(e.hi, p, true)
	return !hi1.Before(lo2) && !hi2.Before(lo1)
}

// dayBefore is a.Before(b), inlined on the hot path.
func dayBefore(a, b edtf.Day) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// widen moves a day to the start (or end) of the period of precision p that
// holds it.
func widen(d edtf.Day, p edtf.Precision, end bool) edtf.Day {
	switch p {
	case edtf.PrecisionDay:
		return d
	case edtf.PrecisionMonth, edtf.PrecisionSeason:
		if end {
			return edtf.Day{Year: d.Year, Month: d.Month, Day: daysIn(d.Year, d.Month)}
		}
		return edtf.Day{Year: d.Year, Month: d.Month, Day: 1}
	}
	span := 0 // a switch, not a map literal built at every call
	switch p {
	case edtf.PrecisionYear:
		span = 1
	case edtf.PrecisionDecade:
		span = 10
	case edtf.PrecisionCentury:
		span = 100
	}
	y := d.Year - d.Year%span
	if span == 1 {
		y = d.Year
	}
	if end {
		return edtf.Day{Year: min(y+span-1, 9999), Month: 12, Day: 31}
	}
	return edtf.Day{Year: max(y, 1), Month: 1, Day: 1}
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// best finds the candidate's best compatible event and its best
// incompatible one. The date index gives the events the date fits, each
// scored against the sentence's terms; the inverted index, walked for the
// terms rare enough to be telling, finds the events whose words match
// whatever their dates. Unless exhaustive, an event reached that way is
// scored in full only when its rare terms alone give half the conflict
// threshold and all its terms could reach it.
func (m *Matcher) best(c *timeline.Candidate, ids []int32, aliasHits map[int32]string, exhaustive bool) (compat, other match) {
	if c.Date.IsZero() {
		return compat, other // an undated sentence is judged by its aliases only
	}
	fits := m.datesFitting(c.Date)
	m.markSentence(ids)
	for _, e := range fits {
		m.mark[e] = true
		mt := match{event: e, score: m.scoreMarked(ids, e), alias: aliasHits[e], compatible: true}
		if mt.alias != "" {
			mt.score += aliasWeight
		}
		if m.better(mt, compat) {
			compat = mt
		}
	}
	common := 0.0 // the most the terms not walked can add
	rare := m.rareBuf[:0]
	for _, id := range ids {
		if m.postAt[id+1]-m.postAt[id] > int32(m.rare) {
			common += m.w[id]
			continue
		}
		rare = append(rare, id)
	}
	m.rareBuf = rare
	if exhaustive {
		for _, id := range rare {
			for _, e := range m.postAll[m.postAt[id]:m.postAt[id+1]] {
				if !m.reached[e] {
					m.reached[e] = true
					m.touched = append(m.touched, e)
				}
			}
		}
	} else {
		m.reachable(rare, max(m.opts.ConflictThreshold/2, m.opts.ConflictThreshold-common))
	}
	for e := range aliasHits {
		if !m.reached[e] {
			m.reached[e] = true
			m.touched = append(m.touched, e)
		}
	}
	// The rare terms' weights are summed for the events reached, in the
	// order of the terms, as for every event they hold.
	for _, id := range rare {
		w := m.w[id]
		for _, e := range m.postAll[m.postAt[id]:m.postAt[id+1]] {
			if m.reached[e] {
				m.acc[e] += w
			}
		}
	}
	for e := range aliasHits {
		m.acc[e] += aliasWeight
	}
	for _, e := range m.touched {
		// A conflict rests on distinctive words: an event whose rare terms
		// give less than half the conflict threshold is not scored in full.
		if !m.mark[e] && (exhaustive || (m.acc[e] >= m.opts.ConflictThreshold/2 && m.acc[e]+common >= m.opts.ConflictThreshold)) {
			mt := match{event: e, score: m.scoreMarked(ids, e), alias: aliasHits[e]}
			if mt.alias != "" {
				mt.score += aliasWeight
			}
			if m.better(mt, other) {
				other = mt
			}
		}
		m.acc[e], m.reached[e] = 0, false
	}
	m.touched = m.touched[:0]
	for _, e := range fits {
		m.mark[e] = false
	}
	for _, mt := range []*match{&compat, &other} {
		if mt.score > 0 {
			mt.matched = m.shared(ids, mt.event)
		}
	}
	return compat, other
}

// reachable files in m.touched (and marks in m.reached) the events that
// hold one of the sentence's rare terms and whose rare terms may weigh need
// or more: those that hold one of the heaviest terms. The lightest terms,
// as many as weigh less than need together, cannot reach it on their own,
// so their posting lists (the longest) find no event and are not walked
// here. The margin keeps rounding from dropping an event at the bound.
func (m *Matcher) reachable(rare []int32, need float64) {
	byWeight := append(m.byWeight[:0], rare...)
	slices.SortFunc(byWeight, func(a, b int32) int { return cmp.Compare(m.w[a], m.w[b]) })
	m.byWeight = byWeight
	light := 0.0
	for len(byWeight) > 0 && light+m.w[byWeight[0]] < need-1e-9 {
		light += m.w[byWeight[0]]
		byWeight = byWeight[1:]
	}
	for _, id := range byWeight {
		for _, e := range m.postAll[m.postAt[id]:m.postAt[id+1]] {
			if !m.reached[e] {
				m.reached[e] = true
				m.touched = append(m.touched, e)
			}
		}
	}
}

// score is the summed weight of the terms a sentence shares with an event:
// a merge of two ascending lists. An event longer than a year (a series of
// visits, a suspension) holds many dates that have nothing to do with it, so
// a fitting date and the names of its actors and places are not enough:
// only its other words count.
func (m *Matcher) score(ids []int32, e int32) float64 {
	s := 0.0
	et := m.termsOf(e)
	long := m.long[e]
	i, j := 0, 0
	for i < len(ids) && j < len(et) {
		switch {
		case ids[i] < et[j]:
			i++
		case ids[i] > et[j]:
			j++
		default:
			if !long || !m.isName[ids[i]] {
				s += m.w[ids[i]]
			}
			i++
			j++
		}
	}
	return s
}

// termsOf is the terms of event e, ascending.
func (m *Matcher) termsOf(e int32) []int32 { return m.evAll[m.evAt[e]:m.evAt[e+1]] }

// markSentence marks the terms ids of a sentence for scoreMarked.
func (m *Matcher) markSentence(ids []int32) {
	m.inSent.reset()
	for _, id := range ids {
		m.inSent.add(id)
	}
}

// scoreMarked is score, for the sentence whose terms markSentence marked:
// one pass over the event's terms rather than a merge of two lists, adding
// the same weights in the same ascending order, so the sum is the same to
// the last bit.
func (m *Matcher) scoreMarked(ids []int32, e int32) float64 {
	if m.long[e] { // a byte per event, in cache: not the event's line
		return m.score(ids, e)
	}
	s := 0.0
	gen := m.inSent.gen
	w, in := m.w, m.inSent.at
	for _, t := range m.termsOf(e) {
		if in[t] == gen {
			s += w[t]
		}
	}
	return s
}

// better orders matches by score, then by event id, so ties break the same
// way in every run.
func (m *Matcher) better(a, b match) bool {
	if b.score == 0 {
		return a.score > 0
	}
	if a.score != b.score {
		return a.score > b.score
	}
	return m.ids[a.event] < m.ids[b.event]
}

// datesFitting returns the events whose dates are compatible with d, found
// through the month index (and the few events too long to file by month).
func (m *Matcher) datesFitting(d edtf.Value) []int32 {
	out := m.fits[:0]
	c := spanOf(d)
	check := func(e int32) {
		if compatible(c, m.ev[e].sp) {
			out = append(out, e)
		}
	}
	lo, hi := monthOf(widen(c.lo, c.p, false)), monthOf(widen(c.hi, c.p, true))
	if d.OpenStart() || d.OpenEnd() || hi-lo > 200*12 {
		for e := range m.tl.Events {
			check(int32(e))
		}
	} else {
		// A date given to the day against an event given to the day: the
		// two meet when their days overlap (compatible, without widening).
		clo, ok1 := dayOrdinal(c.lo)
		chi, ok2 := dayOrdinal(c.hi)
		days := c.p == edtf.PrecisionDay && ok1 && ok2
		// Months outside the index hold no events: skip them.
		for mo := max(lo, m.months.first); mo <= min(hi, m.months.first+len(m.months.start)-2); mo++ {
			info := m.months.infoAt(mo)
			for k, e := range m.months.at(mo) {
				// An event spanning several months is filed under each: check
				// it once, at the first month of the range it is filed under.
				x := &info[k]
				if first := int(x.firstMonth); first != mo && (first >= lo || mo != lo) {
					continue
				}
				if days && x.days {
					if chi >= x.lo && x.hi >= clo {
						out = append(out, e)
					}
					continue
				}
				check(e)
			}
		}
		for _, e := range m.wide {
			check(e)
		}
	}
	m.fits = out
	return out
}

// shared lists the terms a sentence shares with an event, weightiest first.
func (m *Matcher) shared(ids []int32, e int32) []string {
	got := m.matched[:0]
	et := m.termsOf(e)
	i, j := 0, 0
	for i < len(ids) && j < len(et) { // both ascending
		switch {
		case ids[i] < et[j]:
			i++
		case ids[i] > et[j]:
			j++
		default:
			if !m.long[e] || !m.isName[ids[i]] {
				got = append(got, ids[i])
			}
			i++
			j++
		}
	}
	m.matched = got
	if len(got) == 0 {
		return nil
	}
	// Sorted by rank: weightiest first, then by name.
	for k, id := range got {
		got[k] = m.rank[id]
	}
	slices.Sort(got)
	out := make([]string, len(got))
	for k, r := range got {
		out[k] = m.rankName[r]
	}
	return out
}

// rankTerms orders the terms as shared lists them, weightiest first, then by
// name: m.rankName lists their names in that order, m.rank gives each id's
// place.
func (m *Matcher) rankTerms() {
	byRank := make([]int32, len(m.names))
	for id := range byRank {
		byRank[id] = int32(id)
	}
	slices.SortFunc(byRank, func(a, b int32) int {
		if wa, wb := m.w[a], m.w[b]; wa != wb {
			if wa > wb {
				return -1
			}
			return 1
		}
		return strings.Compare(m.names[a], m.names[b])
	})
	m.rank = make([]int32, len(m.names))
	m.rankName = make([]string, len(m.names))
	for r, id := range byRank {
		m.rank[id] = int32(r)
		m.rankName[r] = m.names[id]
	}
}

// totalWeight is the summed weight of the terms of the sentence last
// numbered by termIDs, in the order of the terms.
func (m *Matcher) totalWeight() float64 {
	w := 0.0
	for _, id := range m.tids {
		if id >= 0 {
			w += m.w[id]
		} else {
			w++
		}
	}
	return w
}

func round(f float64) float64 { return math.Round(f*100) / 100 }

// sortEvidence orders evidence by article, then position, so the order of
// the input articles and the number of workers do not show in the output.
func sortEvidence(ev []timeline.Evidence) {
	slices.SortFunc(ev, func(a, b timeline.Evidence) int { return timeline.CompareCandidates(&a.Candidate, &b.Candidate) })
}

// addAlias files an alias of event e: by its first two words, or, written in
// kana or kanji, by its first rune. A one-word alias in a spaced script is
// too weak to stand for an event; a Japanese alias needs three characters.
func (m *Matcher) addAlias(al string, e int32) {
	if hasCJK(al) {
		text := strings.ReplaceAll(strings.TrimSpace(al), " ", "")
		if utf8.RuneCountInString(text) < 3 {
			return
		}
		r, _ := utf8.DecodeRuneInString(text)
		m.cjk[r] = append(m.cjk[r], aliasEntry{words: []string{text}, text: al, event: e})
		return
	}
	var ws []string
	timeline.Words(al, func(w string) { ws = append(ws, aliasForm(w)) })
	if len(ws) < 2 {
		return
	}
	nums := make([]int32, len(ws))
	for i, w := range ws {
		n, ok := m.aliasWord[w]
		if !ok {
			n = int32(len(m.aliasWord))
			m.aliasWord[w] = n
		}
		nums[i] = n
	}
	third := int32(noThird)
	if len(nums) > 2 {
		third = nums[2]
	}
	k := aliasKey{nums[0], nums[1]}
	m.aliases[k] = append(m.aliases[k], aliasEntry{words: ws, nums: nums, text: al, event: e, third: third})
}

// aliasHits finds the events whose aliases the sentence contains, each with
// the longest of its aliases found.
func (m *Matcher) aliasHits(sentence string) map[int32]string {
	ws := m.wordBuf[:0]
	m.an.eachWord(sentence, func(l *lex) { ws = append(ws, l) })
	m.wordBuf = ws
	return m.aliasesIn(sentence, ws)
}

// aliasesIn is aliasHits for a sentence whose words are known (ws).
func (m *Matcher) aliasesIn(sentence string, ws []*lex) map[int32]string {
	var hits map[int32]string
	hit := func(a aliasEntry) {
		if hits == nil {
			hits = map[int32]string{}
		}
		if prev, seen := hits[a.event]; !seen || len(a.text) > len(prev) {
			hits[a.event] = a.text
		}
	}
	if len(m.cjk) > 0 && hasCJK(sentence) {
		// Japanese aliases are found as phrases anywhere in the text (they
		// may hold a "・", which parts words).
		for i := 0; i < len(sentence); {
			r, size := utf8.DecodeRuneInString(sentence[i:])
			for _, a := range m.cjk[r] {
				if strings.HasPrefix(sentence[i:], a.words[0]) {
					hit(a)
				}
			}
			i += size
		}
	}
	for _, l := range ws {
		if !l.aliasKnown {
			l.aliasNum = -1
			if n, ok := m.aliasWord[aliasForm(l.w)]; ok {
				l.aliasNum = n
				l.aliasNext = m.aliasNext[n]
			}
			l.aliasKnown = true
		}
	}
	for i := 0; i+1 < len(ws); i++ {
		next := ws[i].aliasNext
		if next == 0 {
			continue // no alias starts with this word
		}
		k := aliasKey{ws[i].aliasNum, ws[i+1].aliasNum}
		// The word's own filter is in the lex already read; the bigram
		// filter and the table are read only past it.
		if k.second < 0 || next&nextBit(k.second) == 0 || !m.mayPair(k) {
			continue
		}
		third := int32(noThird)
		if i+2 < len(ws) {
			third = ws[i+2].aliasNum
		}
		for _, a := range m.bigrams.get(k, third) {
			if a.third != noThird && a.third != third {
				continue
			}
			if i+len(a.nums) <= len(ws) && sameAlias(ws[i:i+len(a.nums)], a.nums) {
				hit(a)
			}
		}
	}
	return hits
}

// nameTerm is the term of an actor or place id, "@id", made once per id.
func nameTerm(names map[string]string, id string) string {
	t, ok := names[id]
	if !ok {
		t = "@" + id
		names[id] = t
	}
	return t
}

// pairTable is the aliases map in open addressing over one array: a
// look-up reads a slot or two, not a map's groups. A long list of aliases
// under one bigram is also filed by the alias's third word: the aliases that
// may match where the sentence has a given third word are the two-word ones
// and those with that third word, in the order filed. A key packs the
// bigram's words and the third word + 1 (0 for the bigram itself) in 21 bits
// each.
type pairTable struct {
	slots []pairSlot
	lists [][]aliasEntry
	split bool // long lists are split (the words are few enough to pack)
}

type pairSlot struct {
	key  uint64
	list int32 // index in lists + 1; 0 is empty
	// third is what a bigram's slot knows of the third word: anyThird, or
	// splitThird for a long list (look the third word up), or, when every
	// alias of the list has that third word, the word: a sentence with
	// another third word matches none of them, and their list is not read.
	third int32
}

const (
	anyThird   = -1
	splitThird = -2
)

// splitAt: a list of at least this many aliases is split by third word.
const splitAt = 4

const pairWordBits = 21

func pairKey(first, second, third int32) uint64 {
	return uint64(first)<<(2*pairWordBits) | uint64(second)<<pairWordBits | uint64(third+1)
}

func pairSlotOf(key uint64, mask uint64) uint64 {
	h := key * 0x9E3779B97F4A7C15
	return (h ^ h>>32) & mask
}

// newPairTable files the aliases of each bigram; words is how many alias
// words are numbered.
func newPairTable(aliases map[aliasKey][]aliasEntry, words int) pairTable {
	t := pairTable{split: words < 1<<pairWordBits-2}
	type entry struct {
		key   uint64
		list  []aliasEntry
		third int32
	}
	var es []entry
	for k, list := range aliases {
		if !t.split || len(list) < splitAt {
			third := int32(anyThird)
			if t.split { // keys are exact
				third = sameThird(list)
			}
			es = append(es, entry{key: pairKey(k.first, k.second, -1), list: list, third: third})
			continue
		}
		var two []aliasEntry
		thirds := map[int32]bool{}
		for _, a := range list {
			if len(a.nums) == 2 {
				two = append(two, a)
			} else {
				thirds[a.nums[2]] = true
			}
		}
		es = append(es, entry{key: pairKey(k.first, k.second, -1), list: two, third: splitThird})
		for w := range thirds {
			var sub []aliasEntry
			for _, a := range list {
				if len(a.nums) == 2 || a.nums[2] == w {
					sub = append(sub, a)
				}
			}
			es = append(es, entry{key: pairKey(k.first, k.second, w), list: sub, third: anyThird})
		}
	}
	size := 16
	for size < 2*len(es) {
		size *= 2
	}
	t.slots = make([]pairSlot, size)
	mask := uint64(size - 1)
	for _, e := range es {
		i := pairSlotOf(e.key, mask)
		for t.slots[i].list != 0 {
			i = (i + 1) & mask
		}
		t.lists = append(t.lists, e.list)
		t.slots[i] = pairSlot{key: e.key, list: int32(len(t.lists)), third: e.third}
	}
	return t
}

// sameThird is the third word every alias of list has, or anyThird.
func sameThird(list []aliasEntry) int32 {
	w := int32(anyThird)
	for i, a := range list {
		if len(a.nums) < 3 || i > 0 && a.nums[2] != w {
			return anyThird
		}
		w = a.nums[2]
	}
	return w
}

// find is the slot of key, or nil.
func (t *pairTable) find(key uint64) *pairSlot {
	mask := uint64(len(t.slots) - 1)
	for i := pairSlotOf(key, mask); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.list == 0 {
			return nil
		}
		if s.key == key {
			return s
		}
	}
}

// get is the aliases whose first two words are k and that may match where
// the sentence's third word is third (-1 for a word of no alias, -2 for
// none), in the order filed.
func (t *pairTable) get(k aliasKey, third int32) []aliasEntry {
	s := t.find(pairKey(k.first, k.second, -1))
	if s == nil {
		return nil
	}
	switch {
	case s.third == splitThird && third >= 0:
		if sub := t.find(pairKey(k.first, k.second, third)); sub != nil {
			return t.lists[sub.list-1]
		}
	case s.third >= 0 && third != noThird && s.third != third:
		// (At a sentence's end, noThird, the list is given whole: the
		// caller checks each alias's length.)
		return nil
	}
	return t.lists[s.list-1]
}

// pairBits is the size of the filter of alias bigrams: a bigram whose bit
// is clear starts no alias, and is not looked up.
const pairBits = 1 << 20

func pairHash(k aliasKey) uint64 {
	return (uint64(uint32(k.first))<<32 | uint64(uint32(k.second))) * 0x9E3779B97F4A7C15 >> (64 - 20)
}

// nextBit is the bit of an alias's second word in its first word's
// aliasNext.
func nextBit(second int32) uint64 { return 1 << (uint32(second) * 0x9E3779B1 >> 26) }

// mayPair reports whether some alias may start with the bigram k.
func (m *Matcher) mayPair(k aliasKey) bool {
	if k.second < 0 {
		return false // the second word is in no alias
	}
	h := pairHash(k)
	return m.pairs[h/64]&(1<<(h%64)) != 0
}

// sameAlias reports whether the words ws are the alias words nums.
func sameAlias(ws []*lex, nums []int32) bool {
	for i, n := range nums {
		if ws[i].aliasNum != n {
			return false
		}
	}
	return true
}

// days counts the days from a to b, roughly (months of 31 days): enough to
// tell an event of days from one of years.
func days(a, b edtf.Day) int {
	return (b.Year-a.Year)*372 + (b.Month-a.Month)*31 + b.Day - a.Day
}
