package temporal

// Rules for vague references to the present, past and future that need
// their clause read ("will soon resume").

import "strings"

// soonAhead reports whether "soon" at token i is the vague future
// (FUTURE_REF): in a clause that looks ahead with a modal or a verb of
// expectation ("will soon resume", "soon will begin", "may soon seek",
// "expects sales to soon grow"). Told of the past ("was soon released",
// "would soon be sent") it places nothing; "as soon as" and "soon after"
// belong to the clause they open.
func (s *state) soonAhead(i int) bool {
	if s.isw(i-1, "as") || s.isw(i+1, "as") || s.isw(i+1, "after") || s.textIn(i-1, "how") { // ("how soon" asks; "how" is not in the word table)
		return false
	}
	if w := s.tokText(i + 1); strings.EqualFold(w, "afterward") || strings.EqualFold(w, "afterwards") || strings.EqualFold(w, "thereafter") || strings.EqualFold(w, "enough") {
		return false
	}
	if s.has(i+1, wfFutureAux) || s.futureModal(i+1) {
		return true // "soon will begin"
	}
	if s.sentStart(i) {
		// "Soon, the ferry will run again": the clause it opens decides.
		k := i + 1 + b2i(s.isp(i+1, ','))
		for words := 0; k < len(s.toks) && words < 8 && !s.boundary(k); k++ {
			if s.kind(k) == tkPunct {
				return false
			}
			words++
			if s.has(k, wfPastAux) || s.isw(k, "would") || s.cue(k) < 0 {
				return false
			}
			if s.has(k, wfFutureAux) || s.futureModal(k) {
				return true
			}
		}
		return false
	}
	for k, words := i-1, 0; k >= 0 && words < 10 && !s.boundary(k+1); k-- {
		if s.kind(k) == tkPunct {
			if s.clauseEdge(k) {
				return false
			}
			continue
		}
		words++
		if s.has(k, wfPastAux) || s.isw(k, "would") || s.cue(k) < 0 {
			return false
		}
		if s.has(k, wfFutureAux) || s.futureModal(k) || s.isw(k, "expects") || s.isw(k, "hopes") {
			return true
		}
	}
	return false
}

// futureModal reports whether token i is a modal that looks ahead when
// it governs "soon" ("may soon seek", "could soon face"). "May" the month
// is in the word table; the others are not.
func (s *state) futureModal(i int) bool {
	if s.kind(i) != tkWord {
		return false
	}
	w := s.tokText(i)
	return w == "may" || strings.EqualFold(w, "might") || strings.EqualFold(w, "could") || strings.EqualFold(w, "can")
}

// lastMonthBefore reports whether x is "last <month>" naming the month just
// before the anchor's in the same year ("last February" written in March):
// that month is "last month", so "last February" is the one a year before.
// ("Last December" written in January is the December just gone: "this
// December" would be the one ahead.)
func (s *state) lastMonthBefore(x *expr) bool {
	return x.m == s.am-1 && s.isw(x.s, "last")
}

// ordDayAt reads a day written as an ordinal word after a capitalised month
// at i, as spoken text writes dates ("March eighth", "May twenty-first",
// "June twenty first"), and returns it with the index after it. Not before
// a noun the ordinal counts ("March first quarter", "May first round").
func (s *state) ordDayAt(i, j int) (int, int) {
	if !s.toks[i].cap || s.kind(j) != tkWord {
		return 0, j
	}
	e := s.word(j)
	if e == nil || e.ord <= 0 && e.numKind != nkTens {
		return 0, j // (most months: before the guards are read)
	}
	d, k := int(e.ord), j+1
	if e.numKind == nkTens && (e.num == 20 || e.num == 30) {
		o := j + 1
		if s.isp(o, '-') && s.adj(j) && s.adj(o) {
			o++ // "twenty-second"
		}
		if w := s.word(o); w != nil && w.ord >= 1 && w.ord <= 9 {
			d, k = int(e.num)+int(w.ord), o+1
		}
	}
	if d < 1 || d > daysIn(2024, int(s.word(i).month)) {
		return 0, j
	}
	if !s.monthOK(i, false) || s.isp(k, '-') && s.adj(k-1) {
		return 0, j // ("May first-time buyers", "March second-quarter sales")
	}
	if n := s.word(k); n != nil && (n.tense != 0 || n.countNoun || n.unit != uNone || n.trigger && n.flags&wfFunction == 0) || s.kind(k) == tkWord && s.word(k) == nil && !s.toks[k].cap {
		return 0, j // "May first round", "March second quarter", "April third straight"
	}
	return d, k
}

// weekdayApposition takes the date set off after "next Tuesday", "this
// coming Sunday" into the same expression, as "Saturday, April 25" is one
// ("this coming Sunday, March eighth"): the date written out decides.
func (s *state) weekdayApposition(x *expr) {
	k := x.e
	if !s.isp(k, ',') {
		return
	}
	var y expr
	if s.core(k+1, &y) && y.kind == kDate && y.d != 0 {
		st, r := x.s, x.rule
		*x = y
		x.s, x.rule = st, r+"-"+y.rule
	}
}

// dayAfterAside gives a clock time the day written after a short aside in
// brackets, as wire copy gives the time twice: "at 10:35 a.m. (0735 GMT)
// Friday". The span stays the clock time; the day is tagged on its own.
func (s *state) dayAfterAside(x *expr) {
	k := x.e
	if !s.isp(k, '(') {
		return
	}
	for k++; k < x.e+6 && k < len(s.toks) && !s.isp(k, ')'); k++ {
		if s.isp(k, '(') || s.toks[k].nl {
			return
		}
	}
	if !s.isp(k, ')') {
		return
	}
	k++
	if s.isw(k, "on") {
		k++
	}
	var y expr
	if s.core(k, &y) && (y.kind == kWeekday || y.kind == kDate && y.d != 0) && y.typ == Date {
		st, e, hour, min := x.s, x.e, x.hour, x.min
		*x = y
		x.s, x.e, x.hour, x.min, x.hasT, x.typ, x.rule = st, e, hour, min, true, Time, "clock-aside-"+y.rule
	}
}

// hostTense is the tense of the clause a bracketed expression restates:
// "will leave at 4 in the morning (4 a.m. EDT Thursday)" looks ahead,
// "arrived at dawn (6 a.m. Monday)" back.
func (s *state) hostTense(x *expr) int {
	if !s.isp(x.s-1, '(') {
		return 0
	}
	y := *x
	y.s = x.s - 1
	return s.clauseTense(&y)
}

// zoneAt reports whether token j is a time zone written in capitals ("GMT",
// "UTC"): a four-digit number before it is a clock time ("0735 GMT", "1912
// GMT"), not a year.
func (s *state) zoneAt(j int) bool {
	if e := s.word(j); e != nil && s.toks[j].upper {
		switch e.key {
		case "gmt", "utc":
			return true
		}
	}
	return false
}

// yearEarlierPeriod reads the period a "year-earlier" or "year-ago"
// compound at x qualifies, as one expression: "the year-ago third quarter"
// (that quarter a year before the one reported on), "the year-earlier nine
// months" (the span of the comparison, a duration).
func (s *state) yearEarlierPeriod(x *expr) {
	k := x.e
	if o := s.word(k); o != nil && o.ord >= 1 && o.ord <= 4 && s.isw(k+1, "quarter") {
		x.e, x.kind, x.q, x.rule = k+2, kQuarter, int(o.ord), "year-earlier-ordinal-quarter"
		x.unit, x.n = uNone, 0
		return
	}
	if n := s.word(k); n != nil && n.numKind == nkOnes && n.num >= 2 && n.num <= 11 && s.isw(k+1, "months") {
		*x = expr{s: x.s, e: k + 2, kind: kDur, typ: Duration, val: durValue(int(n.num), false, uMonth), rule: "year-earlier-months"}
	}
}

// joinPlural extends a vague stretch over a second unit coordinated with it
// ("within weeks or months", "in recent weeks and months"): one stretch of
// unknown length, valued by its first unit.
func (s *state) joinPlural(x *expr) {
	k := x.e
	if !s.isw(k, "or") && !s.isw(k, "and") {
		return
	}
	n := s.word(k + 1)
	if n == nil || n.unit == uNone || !n.pl || s.isp(k+2, '-') {
		return
	}
	if nx := s.word(k + 2); nx != nil && (nx.key == "ago" || nx.key == "earlier" || nx.key == "later" || nx.key == "before" || nx.key == "after" || nx.flags&wfAge != 0) {
		return // "weeks and months later": the second is an offset of its own
	}
	x.e = k + 2
}

// dayBeforeEvent reads "the day before/after" an event named by a noun
// phrase ("the day after his death", "the day before the vote"): a day from
// the day last told. Set off after a date by a comma it restates that date
// ("Oct. 12, the day before the plunge"). TimeML marks "the day" alone; the
// event is not part of the expression.
func (s *state) dayBeforeEvent(i int, x *expr) bool {
	if !(s.isw(i+1, "before") || s.isw(i+1, "after")) || !s.isw(i-1, "the") || s.ref.prec != precDay || s.dayTok < 0 {
		return false
	}
	if n := s.word(i + 2); s.kind(i+2) != tkWord || n != nil && (n.trigger && n.flags&wfFunction == 0 && n.key != "the" || n.flags&wfVerbAfter != 0) {
		return false // "the day before yesterday"; "the day after he left" is a clause
	}
	if s.isw(i-2, "in") || s.isw(i-2, "later") || s.isw(i-2, "earlier") {
		return false // "later in the day before returning home"
	}
	*x = expr{s: i, e: i + 1, kind: kRel, typ: Date, unit: uDay, n: 1, anaph: true, rule: "day-before-event"}
	if s.isw(i+1, "before") {
		x.n = -1
	}
	if s.isp(i-2, ',') && i-2-s.dayTok <= 4 {
		x.n = 0 // an apposition to the date just written
	}
	return true
}

// genericDeictic reports whether the deictic word at i names an age rather
// than a day: "the leaders of tomorrow", and "today's" before an adjective
// and a generic noun ("today's personal computers"; "today's world" is read
// by deicticLed itself).
func (s *state) genericDeictic(i int) bool {
	e := s.word(i)
	if e.key == "tomorrow" && s.isw(i-1, "of") && s.kind(i-2) == tkWord && (s.word(i-2) == nil || !s.word(i-2).trigger) && s.isw(i-3, "the") && !s.isp(i+1, '\'') {
		return true // (a specific day is "tomorrow's meeting")
	}
	return e.key == "today" && s.isp(i+1, '\'') && s.adj(i) && s.isw(i+2, "s") &&
		s.kind(i+3) == tkWord && s.word(i+3) == nil && !s.toks[i+3].cap && s.has(i+4, wfGeneric)
}

// refDiscourse reports whether "now" or "recently" at i orders the text or
// grades a date rather than dating anything: the broadcast turn "Now for the
// weather", and "most recently last October", where the date that follows
// is the expression.
func (s *state) refDiscourse(i int) bool {
	e := s.word(i)
	if e.key == "now" && s.sentStart(i) && s.isw(i+1, "for") {
		return true
	}
	if e.key == "recently" && s.kind(i-1) == tkWord && strings.EqualFold(s.tokText(i-1), "most") {
		var y expr
		return s.full(i+1, &y) && y.typ == Date && y.kind != kRef
	}
	return false
}
