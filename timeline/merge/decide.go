package merge

import (
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// Outcome is what the merge made of one candidate.
type Outcome string

// The outcomes of a candidate. Every dated sentence ends as evidence, a
// conflict, a proposal or unattached (with a reason); a further date of a
// sentence that already ended as one of the first three is OutcomeSameSentence.
const (
	OutcomeEvidence     Outcome = "evidence"
	OutcomeConflict     Outcome = "conflict"
	OutcomeProposal     Outcome = "proposal"
	OutcomeUnattached   Outcome = "unattached"
	OutcomeSameSentence Outcome = "same sentence"
	// OutcomeUndated is a sentence without a date that holds no alias of an
	// event: it is not a dated sentence, so it is not listed as unattached.
	OutcomeUndated Outcome = "undated"
)

// Decision is the merge's verdict on one candidate, recorded while the merge
// takes it: explanations print decisions, they never judge a second time.
type Decision struct {
	Candidate *timeline.Candidate
	Outcome   Outcome
	// Event is the curated event (evidence, conflict) or the proposal's id.
	Event string
	// Reason says why, in words: for unattached sentences it is the reason
	// listed in the output.
	Reason string

	event      int32   // index of Event among the curated events, or -1
	pending    pending // a conflict or proposal the sentence-level rules may still change
	fit, other match   // the best events the date fits and does not fit
	aliases    []int32
	keys       []int32 // the terms' key numbers (analyzer.keys), while a proposal is pending
}

// pending is an outcome the sentence-level rules of Run may still change.
type pending uint8

const (
	pendingNone pending = iota
	pendingConflict
	pendingProposal
)

// Result is a merged timeline with the decisions that made it, in the order
// of the candidates (timeline.CompareCandidates).
type Result struct {
	Timeline  *timeline.Timeline
	Decisions []Decision
	m         *Matcher
}

// Merge attaches each candidate to the event it describes, as evidence;
// gathers the candidates that describe no curated event into proposed
// events; lists the conflicts; and lists the dated sentences that became
// none of these, with the reason. tl is not changed: the result is a new
// timeline with the same vocabularies.
func Merge(tl *timeline.Timeline, cands []timeline.Candidate, opts Options) *timeline.Timeline {
	return Run(tl, cands, opts).Timeline
}

// sentenceKey identifies a sentence of an article (the text too, so that
// candidates built without positions stay apart).
type sentenceKey struct {
	article  string
	start    int
	sentence string
}

func keyOf(c *timeline.Candidate) sentenceKey {
	return sentenceKey{c.Article.ID, c.SentenceStart, c.Sentence}
}

// Run is Merge, keeping the decision taken for every candidate. The
// decisions point into cands, which must not change while the Result is in
// use.
func Run(tl *timeline.Timeline, cands []timeline.Candidate, opts Options) *Result {
	m := NewMatcher(tl, opts)
	// Sorting pointers, not copies (a candidate is hundreds of bytes), and
	// with the input position as the last key: the order of a stable sort,
	// at the cost of an unstable one.
	type at struct {
		c *timeline.Candidate
		i int
	}
	sorted := make([]at, len(cands))
	for i := range cands {
		sorted[i] = at{&cands[i], i}
	}
	slices.SortFunc(sorted, func(a, b at) int {
		if c := timeline.CompareCandidates(a.c, b.c); c != 0 {
			return c
		}
		return a.i - b.i
	})
	ds := make([]Decision, len(sorted))
	for i, s := range sorted {
		m.decide(&ds[i], s.c)
	}

	m.sameDay(ds)

	// The rules below look at the other dates of a sentence: number the
	// sentences once, so that each rule indexes a slice rather than hashing
	// the sentence again.
	sent, nsent := sentences(ds)
	none := func() []int32 {
		s := make([]int32, nsent)
		for i := range s {
			s[i] = -1
		}
		return s
	}

	// The same sentence is one piece of evidence on one event, however many
	// dates it holds: the strongest stays, the other dates are its own.
	firstEvidence := none()
	for i := range ds {
		d := &ds[i]
		if d.Outcome != OutcomeEvidence {
			continue
		}
		k := sent[i]
		j := int(firstEvidence[k])
		if j < 0 {
			firstEvidence[k] = int32(i)
			continue
		}
		if stronger(d, &ds[j]) {
			firstEvidence[k] = int32(i)
			d, j = &ds[j], i
		}
		d.Outcome, d.Reason = OutcomeSameSentence, fmt.Sprintf("another date of a sentence that is already evidence on %s", ds[j].Event)
	}
	type articleEvent struct{ article, event string }
	nev := 0
	for i := range ds {
		if ds[i].Outcome == OutcomeEvidence {
			nev++
		}
	}
	supported := make(map[articleEvent]bool, nev) // the article dates the event rightly
	evidenceOn := make([]string, nsent)           // sentences that gave dated evidence, and on which event
	evidenceAt := none()                          // and the event's index
	dates := make([]int32, nsent)                 // dated mentions per sentence
	for i := range ds {
		d := &ds[i]
		c := d.Candidate
		k := sent[i]
		if !c.Date.IsZero() {
			dates[k]++
		}
		if d.Outcome == OutcomeEvidence && !c.Date.IsZero() && !c.Set {
			supported[articleEvent{c.Article.ID, d.Event}] = true
			if evidenceAt[k] < 0 {
				evidenceOn[k] = d.Event
				evidenceAt[k] = d.event
			}
		}
	}
	for i := range ds {
		d := &ds[i]
		c := d.Candidate
		k := sent[i]
		if d.pending == pendingConflict {
			e := &tl.Events[d.other.event]
			switch {
			case supported[articleEvent{c.Article.ID, e.ID}]:
				// The right date elsewhere in the article: the sentence names
				// the event beside some other happening.
				d.pending, d.Reason = pendingProposal, fmt.Sprintf("the words match %s, but the article dates it rightly elsewhere", e.ID)
			case dates[k] > 1:
				d.pending, d.Reason = pendingProposal, fmt.Sprintf("the words match %s, but the sentence carries other dates", e.ID)
			default:
				d.pending, d.Outcome, d.Event, d.event = pendingNone, OutcomeConflict, e.ID, d.other.event
				d.Reason = fmt.Sprintf("the words match %s but %s cannot be %s", e.ID, c.Date, e.Date)
			}
		}
		if d.pending == pendingProposal {
			// A sentence that already dates an event proposes nothing with
			// its other dates ("held Sunday, the first of seven between July
			// and August"), unless the other date is the article's own news.
			if at := evidenceAt[k]; at >= 0 && (!ownNews(c) || m.near(at, c.Date)) {
				d.pending, d.Outcome = pendingNone, OutcomeSameSentence
				d.Reason = fmt.Sprintf("another date of a sentence that is already evidence on %s", evidenceOn[k])
			}
		}
	}

	out := *tl
	out.Events = slices.Clone(tl.Events)
	// Each event's evidence is allocated once, at its final size.
	grow := make([]int, len(out.Events))
	for i := range ds {
		if ds[i].Outcome == OutcomeEvidence {
			grow[ds[i].event]++
		}
	}
	for i := range out.Events {
		ev := out.Events[i].Evidence
		out.Events[i].Evidence = append(make([]timeline.Evidence, 0, len(ev)+grow[i]), ev...)
		if grow[i] == 0 && ev == nil {
			out.Events[i].Evidence = nil // slices.Clone of nil is nil
		}
	}
	out.Conflicts, out.Proposed, out.Unattached = nil, nil, nil
	for i := range ds {
		d := &ds[i]
		switch d.Outcome {
		case OutcomeEvidence:
			mt := d.fit
			e := &out.Events[d.event]
			e.Evidence = append(e.Evidence, timeline.Evidence{Candidate: *d.Candidate, Score: round(mt.score), Matched: mt.matched, ByAlias: mt.alias})
		case OutcomeConflict:
			e := &tl.Events[d.event]
			out.Conflicts = append(out.Conflicts, timeline.Conflict{Event: e.ID, EventDate: e.Date,
				Evidence: timeline.Evidence{Candidate: *d.Candidate, Score: round(d.other.score), Matched: d.other.matched, ByAlias: d.other.alias}})
		}
	}
	out.Proposed = m.propose(ds, sent, nsent)
	// A date that is attached to nothing in a sentence that is attached is
	// part of that sentence, not a sentence dropped.
	outcomeOf := none()
	for i := range ds {
		switch d := &ds[i]; d.Outcome {
		case OutcomeEvidence, OutcomeConflict, OutcomeProposal:
			if outcomeOf[sent[i]] < 0 {
				outcomeOf[sent[i]] = int32(i)
			}
		}
	}
	for i := range ds {
		d := &ds[i]
		if o := outcomeOf[sent[i]]; o >= 0 && d.Outcome == OutcomeUnattached {
			d.Outcome, d.Reason = OutcomeSameSentence, fmt.Sprintf("another date of a sentence that is already %s (this date alone: %s)", ds[o].Verdict()[len("verdict: "):], d.Reason)
		}
	}
	out.Unattached = unattached(ds)
	for i := range out.Events {
		sortEvidence(out.Events[i].Evidence)
	}
	slices.SortFunc(out.Conflicts, func(a, b timeline.Conflict) int {
		if c := strings.Compare(a.Event, b.Event); c != 0 {
			return c
		}
		return timeline.CompareCandidates(&a.Candidate, &b.Candidate)
	})
	return &Result{Timeline: &out, Decisions: ds, m: m}
}

// sentences numbers the sentences of the decisions' candidates (by
// sentenceKey), in order of first appearance: the number of each decision's
// sentence, and how many there are. Sentences are found by a hash of their
// key, checked against the key of the first decision with that hash (a map
// keyed by the whole key holds the rare keys whose hash another took first):
// a map of hashes is a quarter of the size of one of keys.
func sentences(ds []Decision) ([]int32, int) {
	seed := maphash.MakeSeed() // the numbering does not depend on the hash values
	return sentencesBy(ds, func(c *timeline.Candidate) uint64 {
		return maphash.String(seed, c.Sentence) ^ maphash.String(seed, c.Article.ID)*31 ^ uint64(c.SentenceStart)*0x9E3779B97F4A7C15
	})
}

// sentencesBy is sentences with the hash of a candidate's sentenceKey.
func sentencesBy(ds []Decision, hash func(*timeline.Candidate) uint64) ([]int32, int) {
	first := make(map[uint64]int32, len(ds)) // sized once: most candidates are the only date of their sentence
	var collided map[sentenceKey]int32
	sent := make([]int32, len(ds))
	n := int32(0)
	for i := range ds {
		c := ds[i].Candidate
		h := hash(c)
		j, ok := first[h]
		switch {
		case !ok:
			first[h] = int32(i)
			sent[i] = n
			n++
		case keyOf(ds[j].Candidate) == keyOf(c):
			sent[i] = sent[j]
		default:
			if collided == nil {
				collided = map[sentenceKey]int32{}
			}
			k := keyOf(c)
			id, ok := collided[k]
			if !ok {
				id = n
				n++
				collided[k] = id
			}
			sent[i] = id
		}
	}
	return sent, int(n)
}

// unattached lists every date of the articles that became neither
// evidence, nor a conflict, nor a proposal, nor part of a sentence that
// did, with its reason. A sentence with two such dates is listed twice, each
// date with its own reason.
func unattached(ds []Decision) []timeline.Unattached {
	var out []timeline.Unattached
	for i := range ds {
		if d := &ds[i]; d.Outcome == OutcomeUnattached {
			out = append(out, timeline.Unattached{Candidate: *d.Candidate, Reason: d.Reason})
		}
	}
	return out
}

// A day from a week before the publication to two months after it is the
// article's own news: what happened, or what it announces.
const (
	ownNewsBefore = 7
	ownNewsAfter  = 62
)

// ownNews reports whether a candidate's date is the article's own news: a
// day from a week before the publication to two months after it, not the
// dateline restating it.
func ownNews(c *timeline.Candidate) bool {
	if c.Dateline || c.Set || c.Date.Precision() != edtf.PrecisionDay {
		return false
	}
	pub, ok := published(c)
	if !ok {
		return false
	}
	d := days(pub, c.Date.Earliest())
	return d >= -ownNewsBefore && d <= ownNewsAfter
}

// decide is the first judgement of a candidate, on its own sentence, made
// in d (in place: a decision is large); Run then applies the rules that
// look at the other candidates.
func (m *Matcher) decide(d *Decision, c *timeline.Candidate) {
	*d = Decision{Candidate: c, event: -1}
	// The terms go to scratch space: only a sentence that may still be
	// proposed needs them later (their keys, to cluster and to name
	// actors), and keeps a copy of the keys; the rest drop them, so the
	// trace of a large merge stays small. Explain reads them again for
	// display.
	undated := c.Date.IsZero() || c.Set
	var terms []Term
	var words []*lex
	if undated {
		// Only an alias ties a sentence without a one-off date to an
		// event: its words are looked up, they do not become terms.
		words = m.an.lexesOf(c.Sentence)
	} else {
		m.termBuf = m.an.analyzeInto(m.termBuf[:0], c.Sentence)
		terms, words = m.termBuf, m.an.seq
		keys := m.an.termKey
		defer func() {
			// A pending conflict may still become a proposal (Run
			// demotes it when the article dates the event rightly
			// elsewhere): it keeps its keys too, or it would have no actor.
			if d.pending == pendingProposal || d.pending == pendingConflict {
				d.keys = slices.Clone(keys)
			}
		}()
	}
	hits := m.aliasesIn(c.Sentence, words)
	for e := range hits {
		d.aliases = append(d.aliases, e)
	}
	slices.Sort(d.aliases)
	if undated {
		if e, why, ok := m.byAlias(c, hits); ok {
			d.Outcome, d.event, d.Event = OutcomeEvidence, e, m.ids[e]
			d.fit = match{event: e, score: aliasWeight, alias: hits[e], matched: []string{hits[e]}, compatible: true}
			d.Reason = why
			return
		}
		if c.Set {
			d.Outcome, d.Reason = OutcomeUnattached, fmt.Sprintf("a recurring date (%s), not one event", c.Value)
			return
		}
		d.Outcome, d.Reason = OutcomeUndated, "no date, and no alias of an event"
		return
	}
	if ofNamedPeriod(c) {
		// "in the closing days of World War II": the phrase dates a part of
		// what it names, not the sentence; only an alias can tie it.
		if e, why, ok := m.byAlias(c, hits); ok {
			d.Outcome, d.event, d.Event = OutcomeEvidence, e, m.ids[e]
			d.fit = match{event: e, score: aliasWeight, alias: hits[e], matched: []string{hits[e]}, compatible: true}
			d.Reason = "its date phrase is a part of what follows it (“of …”); " + why
			return
		}
		d.Outcome, d.Reason = OutcomeUnattached, "a part of a named period (“… of …”), not a date of its own"
		return
	}
	if len(hits) > 0 && isAnniversary(c.Sentence) {
		// "Today marks 60 years since the Joint Declaration": evidence on
		// the event the anniversary is of, never a new event on its day.
		e, why, _ := m.byAlias(c, hits)
		d.Outcome, d.event, d.Event = OutcomeEvidence, e, m.ids[e]
		d.fit = match{event: e, score: aliasWeight, alias: hits[e], matched: []string{hits[e]}}
		d.Reason = "an anniversary: " + why
		return
	}
	d.fit, d.other = m.best(c, m.termIDs(terms), hits, false)
	if d.fit.score >= m.opts.Threshold {
		d.Outcome, d.event, d.Event = OutcomeEvidence, d.fit.event, m.ids[d.fit.event]
		return // explain states the score and the threshold
	}
	if ok, why := m.sameHappening(c, d.fit); ok {
		d.Outcome, d.event, d.Event = OutcomeEvidence, d.fit.event, m.ids[d.fit.event]
		d.Reason = why
		return
	}
	caption := isCaption(c.Sentence)
	// A conflict needs strong words without an alias (an alias such as
	// "after the war" names an event, not the date of the sentence), a date
	// at least as precise as a month, and a sentence that is mostly about
	// the event. Run then drops it when the article dates the event rightly
	// elsewhere or the sentence carries other dates.
	if words := d.other.score - aliasBonus(d.other); words >= m.opts.ConflictThreshold && words >= m.totalWeight()/2 &&
		c.Date.Precision() <= edtf.PrecisionMonth && !c.Dateline && !caption {
		d.pending = pendingConflict
		return
	}
	switch {
	case c.Dateline || m.stamp(c):
		d.Outcome, d.Reason = OutcomeUnattached, "restates the publication date"
	case caption:
		d.Outcome, d.Reason = OutcomeUnattached, "a photo caption or credit line"
	default:
		d.pending, d.Reason = pendingProposal, belowThreshold
	}
	return
}

const belowThreshold = "below the join threshold for every event its date fits"

// stamp reports whether a mention is a page's "Updated: ..." line giving
// the publication day.
func (m *Matcher) stamp(c *timeline.Candidate) bool {
	pub, ok := published(c)
	off := c.Start - c.SentenceStart
	if !ok || off < 0 || off > len(c.Sentence) || c.Date.Earliest() != pub {
		return false
	}
	return isStamp(c.Sentence[:off])
}

// minNameWeight: the shared names that make a sentence a report of a
// curated event must weigh this much (a leader's name does; "Japan" and
// "Russia", in nearly every event, do not).
const minNameWeight = 0.5

// sameHappening: a sentence whose day falls inside a short curated event,
// or whose month holds it, and that shares a name and one more term with it
// (for a month, a word besides the names) reports that event even below the
// join threshold: a summit would otherwise be proposed as new.
func (m *Matcher) sameHappening(c *timeline.Candidate, fit match) (bool, string) {
	p := c.Date.Precision()
	if fit.score == 0 || (p != edtf.PrecisionDay && p != edtf.PrecisionMonth) || c.Dateline {
		return false, ""
	}
	sp := m.spans[fit.event]
	if m.long[fit.event] || days(sp.lo, sp.hi) > 14 {
		return false, ""
	}
	if p == edtf.PrecisionDay && (c.Date.Earliest().Before(sp.lo) || sp.hi.Before(c.Date.Latest())) {
		return false, "" // the day must fall inside the event
	}
	if p == edtf.PrecisionMonth && (sp.lo.Before(c.Date.Earliest()) || c.Date.Latest().Before(sp.hi)) {
		return false, "" // the month must hold the whole event
	}
	names, words, nameWeight := 0, 0, 0.0
	for _, t := range fit.matched {
		if strings.HasPrefix(t, "@") {
			names++
			nameWeight += m.weight(t)
		} else {
			words++
		}
	}
	// The names must be telling: the two states of every event are not.
	// A day inside the event and a telling name are enough ("Yeltsin will
	// leave on the afternoon of October 13"); a month also needs a word.
	if names == 0 || nameWeight < minNameWeight || (p == edtf.PrecisionMonth && words == 0) {
		return false, ""
	}
	return true, fmt.Sprintf("its date holds %s, which it shares %s with (score %.2f, below the join threshold): a report of that event, not a new one",
		m.tl.Events[fit.event].ID, strings.Join(fit.matched, ", "), fit.score)
}

// byAlias picks the event an undated sentence's aliases name. When several
// events share an alias, the date cannot decide: a sentence in the present
// tense is about the event nearest the article's publication; otherwise the
// longest alias is the most specific ("withdrawn from the dialogue on joint
// economic activities" over "joint economic activities"), then the nearest
// event.
func (m *Matcher) byAlias(c *timeline.Candidate, hits map[int32]string) (int32, string, bool) {
	if len(hits) == 0 {
		return 0, "", false
	}
	pub, hasPub := published(c)
	present := presentTense(c.Sentence)
	best := int32(-1)
	for e, a := range hits {
		if best < 0 {
			best = e
			continue
		}
		b := hits[best]
		if !(present && hasPub) && len(a) != len(b) {
			if len(a) > len(b) {
				best = e
			}
			continue
		}
		if hasPub {
			if da, db := m.distance(e, pub), m.distance(best, pub); da != db {
				if da < db {
					best = e
				}
				continue
			}
		}
		if m.tl.Events[e].ID < m.tl.Events[best].ID {
			best = e
		}
	}
	why := fmt.Sprintf("no one-off date; the alias %q names %s", hits[best], m.tl.Events[best].ID)
	if len(hits) > 1 {
		switch {
		case present && hasPub:
			why += fmt.Sprintf(" (%d events share its aliases; a sentence in the present tense is about the one nearest the publication)", len(hits))
		default:
			why += fmt.Sprintf(" (%d events share its aliases; the longest alias, then the event nearest the publication)", len(hits))
		}
	}
	return best, why, true
}

// distance in days from an event's dates to day (0 inside them).
func (m *Matcher) distance(e int32, day edtf.Day) int {
	sp := m.spans[e]
	switch {
	case day.Before(sp.lo):
		return days(day, sp.lo)
	case sp.hi.Before(day):
		return days(sp.hi, day)
	}
	return 0
}

// published is the day an article was published, if known.
func published(c *timeline.Candidate) (edtf.Day, bool) {
	p := c.Article.Published
	if len(p) < 10 {
		return edtf.Day{}, false
	}
	// RFC 3339 starts with the day: read it without the EDTF parser, which
	// would cost more than the rest of a candidate's judgement.
	y, e1 := atoi(p[0:4])
	mo, e2 := atoi(p[5:7])
	d, e3 := atoi(p[8:10])
	if !e1 || !e2 || !e3 || p[4] != '-' || p[7] != '-' || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return edtf.Day{}, false
	}
	return edtf.Day{Year: y, Month: mo, Day: d}, true
}

func atoi(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// presentTense reports whether an English sentence speaks in the present
// (or the present perfect: "have been in talks"), with no past-tense
// auxiliary.
func presentTense(s string) bool {
	present, past := false, false
	timeline.Words(s, func(w string) {
		switch w {
		case "is", "are", "remains", "remain", "has", "have", "continues", "continue", "does", "do", "am", "holds", "hold":
			present = true
		case "was", "were", "had", "did", "remained", "continued", "held":
			past = true
		}
	})
	return present && !past
}

func aliasBonus(mt match) float64 {
	if mt.alias != "" {
		return aliasWeight
	}
	return 0
}

// stronger reports whether a is better evidence than b for the same event
// from the same sentence: the higher score, then the more precise date, then
// the date written with numbers ("October 19, 1956" over "sixty years ago").
func stronger(a, b *Decision) bool {
	if a.fit.score != b.fit.score {
		return a.fit.score > b.fit.score
	}
	if pa, pb := a.Candidate.Date.Precision(), b.Candidate.Date.Precision(); pa != pb {
		return pa < pb
	}
	if ta, tb := a.Candidate.Type == "TIME", b.Candidate.Type == "TIME"; ta != tb {
		return tb // "today" over "at 5:30 PM": the day is what the event has
	}
	return hasDigit(a.Candidate.Mention) && !hasDigit(b.Candidate.Mention)
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// sameDay: a sentence that would propose an event on the day another
// sentence of the same article dates a curated event by its words ("The
// event, held Sunday, was the first of seven" beside "A memorial ceremony
// took place around 2 p.m. aboard the ship") reports that event.
func (m *Matcher) sameDay(ds []Decision) {
	seed := maphash.MakeSeed() // what is found does not depend on the hash values
	m.sameDayBy(ds, func(article string, day edtf.Day) uint64 {
		return maphash.String(seed, article) ^ (uint64(day.Year)<<9|uint64(day.Month)<<5|uint64(day.Day))*0x9E3779B97F4A7C15
	})
}

// sameDayBy is sameDay with the hash of an article and a day.
func (m *Matcher) sameDayBy(ds []Decision, hash func(article string, day edtf.Day) uint64) {
	type articleDay struct {
		article string
		day     edtf.Day
	}
	n := 0
	for i := range ds {
		if ds[i].Outcome == OutcomeEvidence {
			n++
		}
	}
	// Days are found by a hash of the article and the day, checked against
	// the decision filed (a map keyed by both holds the rare keys whose hash
	// another took first): a map of hashes is smaller, and hashes fewer
	// bytes.
	same := func(d *Decision, article string, day edtf.Day) bool {
		return d.Candidate.Article.ID == article && d.Candidate.Date.Earliest() == day
	}
	first := make(map[uint64]*Decision, n) // sized once
	var collided map[articleDay]*Decision
	for i := range ds {
		d := &ds[i]
		c := d.Candidate
		if d.Outcome != OutcomeEvidence || c.Date.IsZero() || c.Set || c.Date.Precision() != edtf.PrecisionDay || d.fit.score < m.opts.Threshold {
			continue
		}
		day := c.Date.Earliest()
		h := hash(c.Article.ID, day)
		e, ok := first[h]
		switch {
		case !ok:
			first[h] = d
		case !same(e, c.Article.ID, day):
			k := articleDay{c.Article.ID, day}
			if collided == nil {
				collided = map[articleDay]*Decision{}
			}
			if _, ok := collided[k]; !ok {
				collided[k] = d
			}
		}
	}
	for i := range ds {
		d := &ds[i]
		c := d.Candidate
		if d.pending != pendingProposal || c.Date.Precision() != edtf.PrecisionDay || c.Dateline {
			continue
		}
		day := c.Date.Earliest()
		e, ok := first[hash(c.Article.ID, day)]
		if ok && !same(e, c.Article.ID, day) {
			e, ok = collided[articleDay{c.Article.ID, day}]
		}
		if !ok {
			continue
		}
		d.pending, d.Outcome, d.event, d.Event = pendingNone, OutcomeEvidence, e.event, e.Event
		if d.fit.event != e.event {
			d.fit = match{event: e.event, compatible: true}
		}
		d.Reason = fmt.Sprintf("another sentence of the article dates %s on this same day (%q)", e.Event, e.Candidate.Mention)
	}
}

// ofNamedPeriod reports whether a date phrase without numbers is followed
// by "of" and a name ("the closing days of World War II", "the end of the
// war"): it is a part of that period, whatever date a tagger gave it.
func ofNamedPeriod(c *timeline.Candidate) bool {
	if hasDigit(c.Mention) || c.Mention == "" {
		return false
	}
	off := c.End - c.SentenceStart
	if off < 0 || off > len(c.Sentence) {
		return false
	}
	rest, ok := strings.CutPrefix(c.Sentence[off:], " of ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "the ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || strings.HasPrefix(rest, "war")
}

// near reports whether a date falls within three days of an event: "arrive
// on October 11 and leave on October 13" is one visit, not the visit and a
// new event.
func (m *Matcher) near(e int32, d edtf.Value) bool {
	sp := m.spans[e]
	return !m.long[e] && days(d.Latest(), sp.lo) <= 3 && days(sp.hi, d.Earliest()) <= 3
}
