package temporal

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
	holiday   bool // starts a holiday name
	tense     int8 // a tense cue: +1 future ("will"), -1 past ("was")
}

// wordDef is one line of a language table.
type wordDef struct {
	word string
	e    entry
}

// Lang is a language table: the words a tagger recognises and their roles.
type Lang struct {
	Name    string
	entries []entry
	index   map[string]int16
	maxLen  int
}

// newLang builds a table, merging the roles of words listed more than once.
func newLang(name string, words []wordDef) *Lang {
	l := &Lang{Name: name, index: make(map[string]int16, len(words))}
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
	for i := range l.entries {
		e := &l.entries[i]
		if e.unit != uNone {
			k := e.key
			e.pl = len(k) > 2 && k[len(k)-1] == 's' || k == "centuries"
		}
		e.trigger = e.month != 0 || e.weekday != 0 || e.numKind != nkNone || e.ord != 0 || e.unit != uNone ||
			e.season != 0 || e.pod != "" || e.isRel || e.isDeictic || e.ref != "" || e.part != pNone ||
			e.isSet || e.isApprox || e.decade != 0 || e.key == "the" || e.key == "fiscal" || e.key == "full" || e.key == "at" || e.key == "ca" || e.key == "circa" || e.key == "c" || e.holiday
	}
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
	o.holiday = o.holiday || e.holiday
	if e.tense != 0 {
		o.tense = e.tense
	}
	if e.decade != 0 {
		o.decade = e.decade
	}
}

// lookup returns the entry index of the ASCII word w (any case), or -1.
// It lowercases into a stack buffer so that the map lookup does not allocate.
func (l *Lang) lookup(w string) int16 {
	if len(w) > l.maxLen || len(w) > 32 {
		return -1
	}
	var buf [32]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if i, ok := l.index[string(buf[:len(w)])]; ok {
		return i
	}
	return -1
}
