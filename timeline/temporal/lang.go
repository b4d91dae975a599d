package temporal

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// unitKind is a unit of time named by a word ("day", "decades").
type unitKind uint8

const (
	uNone unitKind = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uMillennium
)

// partKind is a part of a period: its start, middle or end.
type partKind uint8

const (
	pNone partKind = iota
	pStart
	pMid
	pEnd
)

// numKind classifies number words, which combine differently:
// "twenty-four", "a hundred", "several".
type numKind uint8

const (
	nkNone numKind = iota
	nkOnes
	nkTens
	nkMult
	nkArticle
	nkVague
)

// wordFlag marks a guard word: one that is not temporal itself but that,
// next to a temporal expression, tells the rules how to read it. Keeping
// these in the language table, not in the rules, is what lets a new language
// be a table plus the few rules its word order needs.
type wordFlag uint32

const (
	// wfTitle: "Mr", "Gen": a period after it does not end the sentence.
	wfTitle wordFlag = 1 << iota
	// wfLabel: "Article", "Resolution": a number after it is a label.
	wfLabel
	// wfAbbrevLabel: "No", "Vol": a label also when written "No. 1945".
	wfAbbrevLabel
	// wfQuantity: "over", "nearly": a number after it may be an amount.
	wfQuantity
	// wfAge: "old": "five years old" is an age, not a duration.
	wfAge
	// wfRecurring: "annual": "the annual March for Life" is a name.
	wfRecurring
	// wfCompare: "compared", "versus": figures set against a year before.
	wfCompare
	// wfUntil: "until", "till": the date after it ends a wait, so lies ahead.
	wfUntil
	// wfTarget: "by", "through", "until": a deadline, usually ahead when
	// the date is near.
	wfTarget
	// wfPassive: "be", "been": a participle after it is not a past event
	// ("to be completed around Nov. 1").
	wfPassive
	// wfFutureAux: "will", "scheduled": right after a date, the date is ahead
	// ("in February a conference will be held").
	wfFutureAux
	// wfFutureBefore: "would", "planned": a few words before a date, it
	// looks ahead ("would be traveling to the United States Thursday"); after
	// it, not ("said Friday that he would").
	wfFutureBefore
	// wfPlanVerb: "set", "plans": an infinitive after it looks ahead ("set
	// to resume Monday").
	wfPlanVerb
	// wfPastAux: "had", "was": before "scheduled" or "due", the plan is past
	// ("had been due to expire Friday").
	wfPastAux
	// wfComparable: "corresponding", "same": "the corresponding period last
	// year" is one expression.
	wfComparable
	// wfGeneric: "world", "youth": after "today's", the present age is meant.
	wfGeneric
	// wfMonthBefore: "in", "since", "early": before "May" or "March", the
	// month is meant.
	wfMonthBefore
	// wfVerbAfter: "I", "we", "be": after "May", the verb is meant.
	wfVerbAfter
	// wfFunction: "in", "of", "the": a capitalised one is no name before a
	// month ("In May" is not "Theresa May").
	wfFunction
	// wfUnitAdj: "trading", "business": "eight trading days" are days.
	wfUnitAdj
	// wfStarter: "the", "fiscal", "circa": no temporal role of its own, but
	// can start an expression ("the 1990s", "fiscal 1989", "ca. 1500").
	wfStarter
	// wfRate: "percent", "million": an amount, so "a year" after it is a rate.
	wfRate
	// wfHabitual: "marks", "celebrates": a present-tense verb of observance,
	// so that the day it governs recurs ("marks Northern Territories Day on
	// February 7" is every February 7).
	wfHabitual
	// wfObserved: "celebrated", "marked": the same after "is" or "are".
	wfObserved
	// wfMove: "moved", "shifted": with a holiday noun, the dates after "from"
	// and "to" are the holiday's yearly dates, old and new.
	wfMove
	// wfHolidayNoun: "holiday", "commemoration": what a move applies to.
	wfHolidayNoun
	// wfSpeech: "said", "announced": a day right after it is the day of a
	// report, and a tense in the reported clause counts from it.
	wfSpeech
	// wfCampaign: "offensive", "campaign": after a season, a dated event
	// of a war ("the Spring Offensive"), so the season is a date.
	wfCampaign
	// wfLeadOnly: "the", "at", "a", "this": a word whose rules all read
	// the next word's table entry, so that nothing starts at it when the
	// next word is in no table, nor at two such words before one (a
	// language lists these; others keep every start). TestLeadOnly tries
	// every word the rules name and every table word after them.
	wfLeadOnly
)

// entry holds every role a word can play. The zero value of a field means
// the word does not have that role.
type entry struct {
	key       string
	month     int8 // 1-12
	weekday   int8 // 1-7, Monday = 1
	pl        bool // "Mondays", "years": a plural form
	decade    int8 // "nineties": 90
	trigger   bool // can start or be part of a temporal expression
	num       int32
	numKind   numKind
	ord       int8 // ordinal word: 1 first ... ; -1 "last"
	ordSuffix bool // "th", "st": after digits
	unit      unitKind
	season    int8   // 1 spring ... 4 winter
	pod       string // part of day "MO", or a clock time "12:00"
	rel       int8   // -1 last, 0 this, +1 next
	isRel     bool
	deictic   int8 // days from the anchor: yesterday -1
	isDeictic bool
	ref       string // PRESENT_REF, PAST_REF, FUTURE_REF
	part      partKind
	set       string // set value for "daily" ...; "" for "every"
	isSet     bool
	approx    string // TimeML mod for "about", "nearly" ...
	isApprox  bool
	era       int8 // -1 BC, +1 AD
	countNoun bool // "people", "troops": a number before it is a count
	holiday   int8 // starts a holiday name: 1 + index into Lang.holidays
	tense     int8 // a tense cue: +1 future ("will"), -1 past ("was")
	flags     wordFlag
	// leadOnly: a trigger marked wfLeadOnly: nothing starts at it when the
	// next word is in no table.
	leadOnly bool
}

// Bits of Lang.role.
const (
	roleTrigger  uint8 = 1 << iota // entry.trigger
	roleLeadOnly                   // entry.leadOnly
	// roleNarrative: a word decideNarrative counts as deictic, alone or
	// with what follows ("yesterday", "Tuesday", "last week").
	roleNarrative
)

// wordDef is one line of a language table.
type wordDef struct {
	word string
	e    entry
}

// holidayDef is a fixed or movable feast: the day d of month m or, when wd
// is set, the first weekday wd (Monday = 1) on or after it. A named day of
// several words ("Northern Territories Day") has the words after the first
// in rest, each a "|"-separated list of spellings; a day that a law moved
// has the year of the move and the new date in moved.
type holidayDef struct {
	word    string
	m, d    int8
	wd      int8
	eve     bool // "Christmas Eve": the day before, written with "Eve"
	needDay bool // only with "Day": "Election Day", not "election"
	year    bool // "New Year's Day" / "Eve": the word, "Year", "'s", then "Day" or "Eve"
	rest    []string
	moved   holidayMove
}

// holidayMove is the date a named day has from year on.
type holidayMove struct {
	year int16
	m, d int8
}

// dateIn returns the month and day of h in year y (0: the latest date).
func (h *holidayDef) dateIn(y int) (m, d int) {
	if h.moved.year != 0 && (y == 0 || y >= int(h.moved.year)) {
		return int(h.moved.m), int(h.moved.d)
	}
	return int(h.m), int(h.d)
}

// Lang is a language table: the words a tagger recognises and their roles.
type Lang struct {
	Name     string
	holidays []holidayDef
	entries  []entry
	// role holds, by entry index, what the scans ask of every word
	// (roleTrigger, roleLeadOnly, roleNarrative), in one byte each,
	// so that they need not load the word's entry.
	role   []uint8
	index  map[string]int16
	maxLen int
	// words is index again as an open-addressed hash table whose hash
	// the lexers compute as they read a word: most words of a text are in
	// no table and end at an empty slot, with no string compared.
	words wordTable

	// A language whose script or word order the English lexer and rules
	// do not fit brings its own: lexFn cuts the text (Japanese has no
	// spaces; Russian words are Cyrillic), parseFn reads an expression at
	// a token; both nil for English.
	lexFn   func(l *Lang, s string, toks []token) []token
	parseFn func(s *state, i int) (expr, bool)

	// build fills a table on first use, so that a program that reads only
	// English never holds (nor has its collector scan) the others.
	build func(l *Lang)
	once  sync.Once
}

// lazyLang is a table named name that build fills on first use.
func lazyLang(name string, build func(l *Lang)) *Lang {
	return &Lang{Name: name, build: build}
}

// ready builds a lazy table once; it is cheap after that.
func (l *Lang) ready() {
	if l.build != nil {
		l.once.Do(func() { l.build(l) })
	}
}

// fill copies the word tables of t into l.
func (l *Lang) fill(t *Lang) {
	l.holidays, l.entries, l.role, l.index, l.maxLen, l.words = t.holidays, t.entries, t.role, t.index, t.maxLen, t.words
}

// newLang builds a table, merging the roles of words listed more than once.
func newLang(name string, words []wordDef, holidays []holidayDef) *Lang {
	l := &Lang{Name: name, holidays: holidays, index: make(map[string]int16, len(words))}
	add := func(w string, e entry) {
		if len(w) > l.maxLen {
			l.maxLen = len(w)
		}
		i, ok := l.index[w]
		if !ok {
			e.key = w
			l.entries = append(l.entries, e)
			l.index[w] = int16(len(l.entries) - 1)
			return
		}
		o := &l.entries[i]
		merge(o, e)
	}
	for _, d := range words {
		add(d.word, d.e)
	}
	for i, h := range holidays {
		add(h.word, entry{holiday: int8(i + 1)})
	}
	for i := range l.entries {
		e := &l.entries[i]
		if e.unit != uNone {
			k := e.key
			e.pl = len(k) > 2 && k[len(k)-1] == 's' || k == "centuries"
		}
		role := e.month != 0 || e.weekday != 0 || e.numKind != nkNone || e.ord != 0 || e.unit != uNone ||
			e.season != 0 || e.pod != "" || e.isRel || e.isDeictic || e.ref != "" || e.part != pNone ||
			e.isSet || e.isApprox || e.decade != 0 || e.holiday != 0
		e.trigger = role || e.flags&wfStarter != 0
		e.leadOnly = e.trigger && e.flags&wfLeadOnly != 0
	}
	l.role = make([]uint8, len(l.entries))
	for i := range l.entries {
		if l.entries[i].trigger {
			l.role[i] |= roleTrigger
		}
		if l.entries[i].leadOnly {
			l.role[i] |= roleLeadOnly
		}
		if e := &l.entries[i]; e.isDeictic || e.weekday != 0 || e.key == "last" || e.key == "next" || e.key == "this" {
			l.role[i] |= roleNarrative
		}
	}
	l.words = newWordTable(l.entries)
	return l
}

// merge adds the roles of e to o.
func merge(o *entry, e entry) {
	if e.month != 0 {
		o.month = e.month
	}
	if e.weekday != 0 {
		o.weekday = e.weekday
		o.pl = o.pl || e.pl
	}
	if e.numKind != nkNone {
		o.num, o.numKind = e.num, e.numKind
	}
	if e.ord != 0 {
		o.ord = e.ord
	}
	o.ordSuffix = o.ordSuffix || e.ordSuffix
	if e.unit != uNone {
		o.unit = e.unit
	}
	if e.season != 0 {
		o.season = e.season
	}
	if e.pod != "" {
		o.pod = e.pod
	}
	if e.isRel {
		o.rel, o.isRel = e.rel, true
	}
	if e.isDeictic {
		o.deictic, o.isDeictic = e.deictic, true
	}
	if e.ref != "" {
		o.ref = e.ref
	}
	if e.part != pNone {
		o.part = e.part
	}
	if e.isSet {
		o.set, o.isSet = e.set, true
	}
	if e.isApprox {
		o.approx, o.isApprox = e.approx, true
	}
	if e.era != 0 {
		o.era = e.era
	}
	o.countNoun = o.countNoun || e.countNoun
	if e.holiday != 0 {
		o.holiday = e.holiday
	}
	if e.tense != 0 {
		o.tense = e.tense
	}
	o.flags |= e.flags
	if e.decade != 0 {
		o.decade = e.decade
	}
}

// lookup returns the entry index of the ASCII word w (any case), or -1.
func (l *Lang) lookup(w string) int16 {
	if len(w) > l.maxLen || len(w) > 32 || len(w) == 0 {
		return -1
	}
	return l.words.findFold(w, hashWord(w))
}

// lookupFold is lookup for a word that may hold non-ASCII letters: it
// lowercases rune by rune into a stack buffer.
func (l *Lang) lookupFold(w string) int16 {
	if len(w) > l.maxLen || len(w) > 64 {
		return -1
	}
	var buf [64]byte
	b := buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, foldRune(r))
	}
	return findKey(&l.words, b, hashWord(b))
}

// foldRune lower-cases r, with a fast path for Cyrillic.
func foldRune(r rune) rune {
	switch {
	case r >= 0x410 && r < 0x430: // Cyrillic А-Я
		return r + 0x20
	case r >= 0x400 && r < 0x410: // Ѐ-Џ, Ё
		return r + 0x50
	case r >= 0x430 && r < 0x460:
		return r
	}
	return unicode.ToLower(r)
}

// lower lower-cases an ASCII letter.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
