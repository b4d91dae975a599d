package temporal

import (
	"strings"
	"time"
)

// state is the working memory of one Tag call; it is pooled.
type state struct {
	lang *Lang
	ents []entry // lang.entries, one load nearer for word
	text string
	toks []token
	out  []Mention
	out0 int // len(out) when this text began: what is before is another text's

	hasAnchor  bool
	ay, am, ad int // the anchor's own calendar date
	narrative  bool
	ref        cal // the last date mentioned, for anaphora ("the next day")
	refQ       int // the last quarter mentioned (year in ref.y)
	refTok     int // token index where an explicit year was last written
	dayTok     int // token index where a day was last mentioned
	cur        int // token index of the expression being resolved
	lastSet    int // token index of the last recurrence ("каждый год"), for its months
	nest       int // prefixes being parsed inside one another (see full)

	limit int  // most mentions to keep, or -1 for all (see TagLimit)
	more  bool // mentions were left out for the limit

	// years are the explicit years of the text in order, so that a year
	// mentioned in passing can be told from one that moves a history on;
	// yi is the first of them not yet behind the expression resolved.
	years []yearMark
	yi    int

	// speech is the day of a report ("said on Monday"), speechTok the token
	// after it: the clause it reports counts its tense from that day.
	speech    cal
	speechTok int

	// quotes are the token ranges of quoted speech, in pairs [start, end);
	// qi is the first pair not yet behind the expression resolved.
	quotes []int32
	qi     int

	// marks are the indexes of the tokens run and decideNarrative visit
	// (see lexMarked).
	marks []int32
}

// yearMark is an explicit four-digit year and its token.
type yearMark struct{ tok, y int32 }

// cal is a calendar point with a precision.
type cal struct {
	y, m, d int
	prec    uint8 // 0 unknown, precYear, precMonth, precDay
}

const (
	precNone uint8 = iota
	precYear
	precMonth
	precDay
)

func (s *state) reset(l *Lang, text string, anchor time.Time) {
	s.lang, s.ents, s.text = l, l.entries, text
	s.hasAnchor = !anchor.IsZero()
	s.ay, s.am, s.ad = 0, 0, 0
	s.ref, s.refQ, s.refTok, s.dayTok, s.lastSet = cal{}, 0, -1000, -1000, -1000
	s.limit, s.more = -1, false
	s.years, s.yi = s.years[:0], 0
	s.speech, s.speechTok = cal{}, -1000
	s.quotes, s.qi = s.quotes[:0], 0
	if s.hasAnchor {
		y, m, d := anchor.Date() // the anchor's own calendar day, in its own zone
		s.ay, s.am, s.ad = y, int(m), d
		s.ref = cal{y, int(m), d, precDay}
	}
}

// ekind is the shape of a parsed expression before resolution.
type ekind uint8

const (
	kDate     ekind = iota + 1 // y (if hasY), m, d: any may be missing
	kWeekday                   // wd, relative to the anchor by tense or dir
	kRel                       // n units from the anchor (or from ref if anaph)
	kRef                       // PRESENT_REF, PAST_REF, FUTURE_REF
	kDecade                    // y = first year of the decade
	kCentury                   // n = century index, 19 for 1900-1999
	kSeason                    // season, year if hasY
	kQuarter                   // q, year if hasY
	kHalf                      // half of a year: half, year if hasY
	kDur                       // val
	kSet                       // val
	kTimeOnly                  // a clock time on the anchor day
)

// expr is one parsed expression.
type expr struct {
	s, e        int // token range
	kind        ekind
	rule        string
	typ         Type
	y           int
	m, d        int
	hasY        bool
	wd          int
	dir         int // for weekdays and months: -1 last, +1 next, 0 by tense
	unit        unitKind
	n           int
	anaph       bool
	refv        string
	season      int
	q           int
	half        int
	hour        int
	min         int
	hasT        bool
	pod         string
	part        partKind
	halfOf      int // 1, 2: first or second half of the period
	mod         string
	val         string
	latest      bool // "the latest quarter": the last completed one
	wdOnOrAfter int8 // a movable feast: the first such weekday on or after day d
	weekOf      bool // "the week of March 6": the ISO week of the date
	hol         int8 // a named day: 1 + its index in Lang.holidays
	shift       int8 // days to add to the day resolved ("the day before")
	tense       int8 // a tense a language's own rules read from the verb (-1, +1)
}

// Token access. Out-of-range indexes are harmless: they match nothing.

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isPeriodNoun reports whether token i is "quarter" or "period", the
// nouns of an earnings report's span.
func (s *state) isPeriodNoun(i int) bool {
	e := s.word(i)
	return e != nil && (e.unit == uQuarter && !e.pl || e.key == "period")
}

// rel reports whether token i relates a period to now ("next", "past").
func (s *state) rel(i int) bool {
	e := s.word(i)
	return e != nil && e.isRel
}

// numKind returns the number role of token i, if it is a word.
func (s *state) numKind(i int) numKind {
	if e := s.word(i); e != nil {
		return e.numKind
	}
	return nkNone
}

func (s *state) word(i int) *entry {
	if uint(i) >= uint(len(s.toks)) {
		return nil
	}
	if lx := s.toks[i].lex; lx >= 0 {
		return &s.ents[lx]
	}
	return nil
}

func (s *state) isw(i int, w string) bool {
	e := s.word(i)
	return e != nil && e.key == w
}

// has reports whether token i is a guard word of kind f.
func (s *state) has(i int, f wordFlag) bool {
	e := s.word(i)
	return e != nil && e.flags&f != 0
}

func (s *state) isp(i int, c byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tkPunct && s.toks[i].ch == c
}

func (s *state) kind(i int) tokKind {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.toks[i].kind
}

// adj reports whether token i+1 follows token i with no space between.
func (s *state) adj(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && !s.toks[i+1].sp
}

func (s *state) tokText(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[i].end]
}

// sentStart reports whether token i begins a sentence or a line.
func (s *state) sentStart(i int) bool {
	if i <= 0 {
		return true
	}
	if s.toks[i].nl {
		return true
	}
	p := s.toks[i-1]
	if p.kind == tkPunct {
		switch p.ch {
		case '.', '!', '?', '"', '\'', '(', ':', ';', 0x80, '-', '[', '_':
			return true
		}
	}
	return false
}

// run scans the tokens, emitting the longest expression at each position.
// It visits only the tokens lexMarked marked: every other token is one the
// skip below passes over.
func (s *state) run() {
	s.narrative = s.decideNarrativeMarked()
	role := s.lang.role
	marks := s.marks
	var x expr
	k := 0 // the first mark not yet behind i
	for i := 0; i < len(s.toks); {
		// Skip to the next token that can start an expression: a word
		// that is a trigger, a number, a date, a time or an apostrophe
		// before a number ("'80s", "'05"; an apostrophe before a word,
		// "it's", starts nothing: TestApostrophe).
		toks := s.toks
		for k < len(marks) && int(marks[k]) < i {
			k++
		}
		i = len(toks)
		for ; k < len(marks); k++ {
			j := int(marks[k])
			tk := &toks[j]
			if tk.kind == tkWord {
				if tk.lex >= 0 && role[tk.lex]&roleTrigger != 0 {
					i = j
					break
				}
			} else if tk.kind != tkPunct || tk.ch == '\'' && j+1 < len(toks) && toks[j+1].kind == tkNum {
				i = j
				break
			}
		}
		if i >= len(toks) {
			break
		}
		tk := &toks[i]
		if tk.kind == tkWord && i+1 < len(toks) && toks[i+1].kind == tkWord && role[tk.lex]&roleLeadOnly != 0 {
			// "the company", "at Kadena", "a man", "this code": every rule
			// that such a word opens reads the next word's entry, and this
			// one has none; nor does one start at two such words before a
			// word in no table ("the same way", "at a glance": TestLeadOnly).
			if nx := toks[i+1].lex; nx < 0 || role[nx]&roleLeadOnly != 0 && i+2 < len(toks) && toks[i+2].kind == tkWord && toks[i+2].lex < 0 {
				i++
				continue
			}
		}
		if !s.parse(i, &x) {
			i++
			continue
		}
		s.emit(&x)
		i = x.e
		if s.limit >= 0 && len(s.out) > s.limit {
			s.out, s.more = s.out[:s.limit], true
			return
		}
	}
}

// runLang is run for a language with its own rules (Russian, Japanese):
// the same scan, with the language's parser. (A loop of its own, called
// from TagAppend, so that the English loop stays as it was.)
func (s *state) runLang() {
	s.narrative = s.decideNarrative()
	parse := s.lang.parseFn
	role := s.lang.role
	for i := 0; i < len(s.toks); {
		tk := &s.toks[i]
		if tk.kind == tkWord && (tk.lex < 0 || role[tk.lex]&roleTrigger == 0) || tk.kind == tkPunct {
			i++
			continue
		}
		x, ok := parse(s, i)
		if !ok {
			i++
			continue
		}
		s.emit(&x)
		i = x.e
		if s.limit >= 0 && len(s.out) > s.limit {
			s.out, s.more = s.out[:s.limit], true
			return
		}
	}
}

// decideNarrative tells histories from news: in a history the explicit
// years are mostly far from the anchor (a Wikipedia article written in 2009
// about 1941), and partial dates ("in March") then take their year from the
// last year mentioned rather than from the anchor.
//
// News also counts time from the day of writing ("yesterday", "on
// Tuesday", "last week"); a history hardly ever does, so many explicit years
// against few such deictic words also mark a history (a 2009 article on the
// 2003-2009 Iraq war has years near its anchor).
//
// Quoted speech is left out of the deictic count: a history quotes people
// saying "today" and "tomorrow" without becoming news.
func (s *state) decideNarrative() bool {
	var c narrativeCount
	role := s.lang.role
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		tk := &toks[i]
		// Most tokens count for nothing: a word that is no deictic cue
		// and punctuation other than quote marks (unless a line break
		// closes an open quote).
		if !c.quoted {
			for {
				if tk.kind == tkWord {
					if tk.lex >= 0 && role[tk.lex]&roleNarrative != 0 {
						break
					}
				} else if tk.kind != tkPunct || tk.ch == '"' || tk.ch == 0x80 {
					break
				}
				if i++; i == len(toks) {
					break
				}
				tk = &toks[i]
			}
			if i == len(toks) {
				break
			}
		}
		s.narrativeCue(i, &c)
	}
	return s.narrativeEnd(&c)
}

// decideNarrativeMarked is decideNarrative over the tokens lexMarked
// marked: those it leaves out are words that are no cue and punctuation
// other than quote marks, with no line break before them, which count for
// nothing.
func (s *state) decideNarrativeMarked() bool {
	var c narrativeCount
	role := s.lang.role
	toks := s.toks
	for _, i := range s.marks {
		// narrativeCue's first test, here without a call: most marked
		// tokens are triggers that are no cue, outside quotes.
		if tk := &toks[i]; !c.quoted && (tk.kind == tkWord && (tk.lex < 0 || role[tk.lex]&roleNarrative == 0) ||
			tk.kind == tkPunct && tk.ch != '"' && tk.ch != 0x80) {
			continue
		}
		s.narrativeCue(int(i), &c)
	}
	return s.narrativeEnd(&c)
}

// narrativeCount is what decideNarrative has counted so far.
type narrativeCount struct {
	near, far, deictic int
	quoted             bool
}

// narrativeCue counts token i into c.
func (s *state) narrativeCue(i int, c *narrativeCount) {
	role := s.lang.role
	tk := &s.toks[i]
	if !c.quoted {
		switch tk.kind {
		case tkWord:
			if tk.lex < 0 || role[tk.lex]&roleNarrative == 0 {
				return
			}
		case tkPunct:
			if tk.ch != '"' && tk.ch != 0x80 {
				return
			}
		}
	} else {
		switch tk.kind {
		case tkWord:
			if (tk.lex < 0 || role[tk.lex]&roleNarrative == 0) && !tk.nl {
				return
			}
		case tkPunct:
			if tk.ch != '"' && tk.ch != 0x80 && !tk.nl {
				return
			}
		}
	}
	quoted := c.quoted
	if quoted && tk.nl && !(tk.kind == tkPunct && tk.ch == '"') {
		quoted = false // a paragraph ends a quote left open
		s.quotes = append(s.quotes, int32(i))
	}
	switch tk.kind {
	case tkPunct:
		q := quoted
		switch {
		case tk.ch == '"':
			q = !quoted || tk.nl // a quote mark at a line's start opens
		case tk.ch == 0x80 && tk.end-tk.start == 3 && s.text[tk.start] == 0xe2 && s.text[tk.start+1] == 0x80:
			switch s.text[tk.start+2] {
			case 0x9c: // “
				q = true
			case 0x9d: // ”
				q = false
			}
		}
		if q != quoted {
			quoted = q
			s.quotes = append(s.quotes, int32(i)) // a quote opens or closes
		}
	case tkNum:
		if tk.nd == 4 && !tk.grouped && tk.num >= 1000 && tk.num <= 2099 {
			if !(s.kind(i+1) == tkWord && s.adj(i)) {
				s.years = append(s.years, yearMark{int32(i), tk.num})
			}
			if s.hasAnchor && int(tk.num) >= s.ay-2 && int(tk.num) <= s.ay+1 {
				c.near++
			} else {
				c.far++
			}
		} else if tk.nd <= 4 {
			if era, _ := s.eraAfter(i + 1); era != 0 {
				c.far++ // "490 BC"
			}
		}
	case tkWord:
		if tk.lex >= 0 && !quoted {
			e := &s.lang.entries[tk.lex]
			if e.isDeictic || e.weekday != 0 && tk.cap && len(e.key) > 5 ||
				(e.key == "last" || e.key == "next" || e.key == "this") && i+1 < len(s.toks) && s.word(i+1) != nil && s.word(i+1).unit >= uWeek && s.word(i+1).unit <= uYear {
				c.deictic++
			}
		}
	}
	c.quoted = quoted
}

// narrativeEnd closes an open quote and decides.
func (s *state) narrativeEnd(c *narrativeCount) bool {
	if c.quoted {
		s.quotes = append(s.quotes, int32(len(s.toks)))
	}
	if !s.hasAnchor {
		return true
	}
	years := c.near + c.far
	return c.far >= 3 && c.near*3 < c.far && c.deictic == 0 || years >= 12 && years > 4*c.deictic
}

// parse tries the rule families at token i and returns the longest match.
// The calls are direct, not through a table of funcs, so that the
// expressions stay on the stack.
//
// It writes the match into *out (which it may also use as scratch on a
// failure): the families work on two buffers whose roles swap, so that an
// expression, some two hundred bytes, is not copied at every token tried.
//
// A failed family's buffer is not cleared whole: only its end, which is
// all that is compared, so that a failed attempt (most of them) clears
// fewer bytes; setExpr clears its buffer itself once the word is a set word.
func (s *state) parse(i int, out *expr) bool {
	var tmp expr
	best, x := out, &tmp
	*best = expr{}
	if !s.full(i, best) {
		best.e = 0 // the rest is scratch: never read, and copied nowhere
	}
	*x = expr{}
	if s.duration(i, x) && x.e > best.e {
		best, x = x, best
	}
	if s.setExpr(i, x) && x.e > best.e {
		best, x = x, best
	}
	if best != out {
		*out = *best
	}
	return out.e > i
}

// maxNest bounds how deeply full and core call each other. Real text nests
// a few levels ("earlier the end of the second half of 1990" is five);
// without a bound a run of prefixes ("later later later …", "the end of the
// end of …", "Monday Monday …") made each position parse the whole rest of
// the run: quadratic time on hostile input.
const maxNest = 8

// full parses an expression with its optional prefixes: "the", parts
// ("early", "the end of"), halves ("the second half of"), "fiscal".
func (s *state) full(i int, x *expr) bool {
	if s.nest >= maxNest {
		return false
	}
	s.nest++
	ok := s.prefixed(i, x)
	s.nest--
	return ok
}

func (s *state) prefixed(i int, x *expr) bool {
	j := i
	the := s.isw(j, "the")
	if the {
		j++
	}
	e := s.word(j)
	if e != nil {
		// "the early morning hours of 30 April", "the early hours of
		// Thursday": that day's morning
		if the && e.key == "early" {
			k := j + 1 + b2i(s.isw(j+1, "morning"))
			var y expr
			if s.isw(k, "hours") && s.isw(k+1, "of") && s.core(k+2, &y) && (y.kind == kDate && y.d != 0 || y.kind == kWeekday) {
				*x = y
				x.s, x.typ, x.rule = i, Time, "early-hours-"+y.rule
				if x.pod == "" && !x.hasT {
					x.pod = "MO"
				}
				return true
			}
		}
		// early/mid/late X, mid-X
		if e.part != pNone && (e.key == "early" || e.key == "mid" || e.key == "late") {
			k := j + 1
			if s.isp(k, '-') && s.adj(j) {
				k++
			}
			if s.isw(k, "in") && e.key != "mid" { // "early in 1862"
				k++
			}
			if s.isw(k, "the") {
				k++
			}
			var y expr
			if s.core(k, &y) && partable(&y) {
				*x = y
				x.s, x.part = i, e.part
				if !the {
					x.s = j
				}
				x.rule = "part-" + y.rule
				if e.key == "mid" && y.kind == kTimeOnly && y.pod != "" {
					x.part = pNone
				}
				return true
			}
			// "mid-afternoon yesterday": the part of that day
			if p := s.word(k); p != nil && len(p.pod) == 2 {
				if d := s.word(k + 1); d != nil && d.isDeictic && d.key != "tonight" {
					*x = expr{s: i, e: k + 2, kind: kRel, unit: uDay, n: int(d.deictic), typ: Time, pod: p.pod, rule: "deictic"}
					if e.key != "mid" {
						x.part = e.part
					}
					return true
				}
			}
			// "by mid afternoon": that part of the day of writing, or in a
			// history of the day just told
			if p := s.word(k); p != nil && len(p.pod) == 2 && !p.pl && s.kind(k+1) != tkWord && !s.isw(k-1, "the") {
				*x = expr{s: i, e: k + 1, kind: kRel, unit: uDay, typ: Time, pod: p.pod, anaph: s.narrative, rule: "rel-pod"}
				if e.key != "mid" {
					x.part = e.part
				}
				return true
			}
			// "late yesterday", "early Tuesday", "early this week" go
			// through core, which handles weekdays and relatives.
		}
		// the beginning/middle/end of X
		if the && e.part != pNone && e.key != "early" && e.key != "late" && e.key != "mid" && s.isw(j+1, "of") {
			k := j + 2
			var y expr
			if s.ofTarget(k, &y) && partable(&y) {
				*x = y
				x.s, x.part, x.rule = i, e.part, "part-of-"+y.rule
				return true
			}
		}
		// "the first two quarters of 1990": its first half
		if the && (e.ord == 1 || e.ord == -1) && s.word(j+1) != nil && s.word(j+1).num == 2 && s.word(j+1).numKind == nkOnes && s.isw(j+2, "quarters") && s.isw(j+3, "of") {
			var y expr
			if s.ofTarget(j+4, &y) && y.kind == kDate && y.hasY && y.m == 0 {
				*x = y
				x.s, x.rule, x.halfOf = i, "half-of-"+y.rule, 1
				if e.ord == -1 {
					x.halfOf = 2
				}
				return true
			}
		}
		// the first/second/last half of X; the latter part of X
		if the && (e.ord == 1 || e.ord == 2 || e.ord == -1 || e.key == "latter") && (s.isw(j+1, "half") || s.isw(j+1, "part")) {
			h := 1
			if e.ord != 1 {
				h = 2
			}
			if s.isw(j+2, "of") {
				var y expr
				if s.ofTarget(j+3, &y) && partable(&y) {
					*x = y
					x.s, x.rule = i, "half-of-"+y.rule
					if s.isw(j+1, "part") {
						x.part = pEnd
					} else {
						x.halfOf = h
					}
					return true
				}
			}
			if s.isw(j+1, "half") && e.ord != -1 {
				*x = expr{s: i, e: j + 2, kind: kHalf, half: h, rule: "half-year", typ: Date}
				if s.isw(j+2, "of") {
					return false
				}
				return true
			}
		}
		// "early in the morning of 29 April 1975", "early the next morning"
		if e.key == "early" && !the {
			k := j + 1
			if s.isw(k, "in") {
				k++
			}
			var y expr
			if s.isw(k, "the") && s.full(k, &y) && y.typ == Time {
				*x = y
				x.s = i
				return true
			}
		}
		// "earlier this year", "later this afternoon", "Earlier Sunday".
		if (e.key == "earlier" || e.key == "later") && !the {
			k := j + 1
			if s.isw(k, "in") && s.isw(k+1, "the") {
				k++ // "earlier in the year"
				if s.isw(k+1, "day") {
					// "later in the day": TimeML marks "the day", the day of
					// writing (in a history, the day just told)
					*x = expr{s: k, e: k + 2, kind: kRel, unit: uDay, typ: Date, anaph: s.narrative, rule: "the-unit"}
					return true
				}
			}
			var y expr
			if s.full(k, &y) && (y.kind == kRel && (y.rule == "rel-unit" && y.n == 0 || y.rule == "deictic" || y.rule == "rel-pod" || y.rule == "the-unit") || y.kind == kWeekday) {
				*x = y
				x.s = i
				return true
			}
		}
		// "around 7:15 p.m.", "about Nov. 1"
		if (e.key == "around" || e.key == "about" || e.key == "approximately") && !the {
			var y expr
			if s.core(j+1, &y) && (y.kind == kTimeOnly || y.hasT || y.kind == kDate && y.d != 0) || s.full(j+1, &y) && y.rule == "year-end" {
				*x = y
				x.s, x.mod = i, "APPROX"
				return true
			}
		}
		// "the morning of 31 January 1965", "the night of 3 May"
		if the && len(e.pod) == 2 && s.isw(j+1, "of") {
			var y expr
			if s.core(j+2, &y) && (y.kind == kDate && y.d != 0 || y.kind == kWeekday) && y.typ == Date {
				*x = y
				x.s, x.pod, x.typ, x.rule = i, e.pod, Time, "pod-of-"+y.rule
				return true
			}
		}
		// "the near term" (FUTURE_REF), "these days" (PRESENT_REF), "for a
		// while" (a duration of unknown length)
		if the && (s.isw(j, "near") || s.isw(j, "short")) && s.isw(j+1, "term") {
			*x = expr{s: i, e: j + 2, kind: kRef, typ: Date, refv: "FUTURE_REF", rule: "ref-term"}
			return true
		}
		if e.key == "these" && s.isw(j+1, "days") && !s.isw(j+2, "of") {
			*x = expr{s: i, e: j + 2, kind: kRef, typ: Date, refv: "PRESENT_REF", rule: "ref-these-days"}
			return true
		}
		if e.numKind == nkArticle && (s.isw(j+1, "later") || s.isw(j+1, "earlier")) && s.isw(j+2, "date") {
			// "at a later date"
			*x = expr{s: i, e: j + 3, kind: kRef, typ: Date, refv: "FUTURE_REF", rule: "ref-date"}
			if s.isw(j+1, "earlier") {
				x.refv = "PAST_REF"
			}
			return true
		}
		if the && e.unit != uNone && e.pl && s.isw(j+1, "ahead") {
			// "in the weeks ahead": a stretch of unknown length from now
			*x = expr{s: i, e: j + 2, kind: kDur, typ: Duration, val: durValue(0, true, e.unit), rule: "duration-ahead"}
			return true
		}
		if e.numKind == nkArticle && s.isw(j+1, "while") && s.isw(i-1, "for") {
			*x = expr{s: i, e: j + 2, kind: kDur, typ: Duration, val: "PXX", rule: "duration-while"}
			return true
		}
		if the && e.flags&wfComparable != 0 {
			// "the corresponding period last year", "the comparable year-ago
			// quarter", "the same quarter a year earlier": the quarter being
			// reported on, a year before.
			k, ago := j+1, false
			if s.isw(k, "year") && s.isp(k+1, '-') && (s.isw(k+2, "ago") || s.isw(k+2, "earlier")) {
				k, ago = k+3, true
			}
			if s.isPeriodNoun(k) {
				k++
				switch {
				case ago:
				case s.isw(k, "last") && s.isw(k+1, "year"):
					k, ago = k+2, true
				case s.numKind(k) == nkArticle && s.isw(k+1, "year") && (s.isw(k+2, "ago") || s.isw(k+2, "earlier")):
					k, ago = k+3, true
				}
				if ago {
					*x = expr{s: i, e: k, kind: kQuarter, typ: Date, latest: true, n: -1, rule: "year-earlier-quarter"}
					return true
				}
			}
		}
		if e.unit == uYear && !e.pl {
			// "year-end", "year end", "year's end": the end of the year being
			// written in, or of the one before after "since".
			k := j + 1
			if s.isp(k, '-') && s.adj(j) && s.adj(k) {
				k++
			} else if s.isp(k, '\'') && s.adj(j) && s.isw(k+1, "s") {
				k += 2
			}
			if w := s.word(k); w != nil && w.part == pEnd && w.key == "end" && !s.isw(k+1, "of") {
				*x = expr{s: i, e: k + 1, kind: kRel, typ: Date, unit: uYear, part: pEnd, rule: "year-end"}
				if s.isw(i-1, "since") {
					x.n = -1
				}
				return true
			}
		}
		if the && (e.ord > 0 && e.ord <= 20 || e.key == "final") {
			// "on the seventh day", "the third evening", "the final day of
			// the battle": a day of the time being told whose date is not
			// given; in news only "it is the second day of the offensive",
			// which is today
			if u := s.word(j + 1); u != nil && !u.pl && (u.unit == uDay && u.key == "day" || len(u.pod) == 2) && (s.narrative || s.isw(i-1, "is") || s.isp(i-2, '\'') && s.isw(i-1, "s")) {
				*x = expr{s: i, e: j + 2, kind: kRel, typ: Date, unit: uDay, anaph: s.narrative, rule: "ordinal-day"}
				if u.unit != uDay {
					x.typ, x.pod = Time, u.pod
				}
				if s.isw(j+2, "of") && s.isw(j+3, "the") && s.kind(j+4) == tkWord && s.word(j+4) == nil {
					x.e = j + 5 // "of the battle"
				}
				return true
			}
		}
		if the && (e.key == "closing" || e.key == "final" || e.key == "dying" || e.key == "waning") {
			// "the closing days of the war": the end of the time being told
			if u := s.word(j + 1); u != nil && u.pl && (u.unit == uDay || u.unit == uWeek || u.unit == uMonth) && s.isw(j+2, "of") {
				*x = expr{s: i, e: j + 2, kind: kRel, typ: Date, unit: uNone, anaph: true, part: pEnd, rule: "closing-days"}
				if s.isw(j+3, "the") && s.kind(j+4) == tkWord && s.word(j+4) == nil {
					x.e = j + 5 // "of the war"
				}
				return true
			}
		}
		if the && (e.key == "target" || e.key == "base" || e.key == "reference") && s.isw(j+1, "year") {
			// "the target year": the year named next ("the target year is
			// 2030", "the target year of 2030") or else the last one told
			*x = expr{s: i, e: j + 2, kind: kRel, typ: Date, unit: uYear, anaph: true, rule: "the-unit"}
			k := j + 2
			if s.isw(k, "is") || s.isw(k, "was") || s.isw(k, "of") || s.isp(k, ',') {
				k++
			}
			if y, _ := s.yearAt(k, true); y != 0 {
				x.kind, x.y, x.hasY = kDate, y, true
			}
			return true
		}
		if the && e.key == "fiscal" && s.isw(j+1, "year") && (s.isw(j+2, "ended") || s.isw(j+2, "ending")) {
			// "the fiscal year ended Jan. 31": the span reported on, like
			// "the year ended"
			*x = expr{s: i, e: j + 2, kind: kDur, typ: Duration, val: "P1Y", rule: "the-unit"}
			return true
		}
		fiscalYearN := e.key == "fiscal" && s.isw(j+1, "year") && s.kind(j+2) == tkNum // "fiscal year 1990"
		if the && (e.key == "fiscal" || e.key == "full") && s.isw(j+1, "year") && !s.isw(j+2, "ended") && !s.isw(j+2, "ending") && !fiscalYearN {
			// "the fiscal year", "the full year": the year being reported
			*x = expr{s: i, e: j + 2, kind: kRel, typ: Date, unit: uYear, anaph: true, rule: "the-unit"}
			return true
		}
		if e.key == "fiscal" {
			k := j + 1
			if fiscalYearN {
				k++
			}
			var y expr
			if s.core(k, &y) && (y.kind == kDate && y.hasY && y.m == 0 || y.kind == kQuarter || y.kind == kRel && y.unit == uYear) {
				*x = y
				x.s = j
				if the {
					x.s = i
				}
				return true
			}
		}
	}
	if !the && (s.isw(j, "ca") || s.isw(j, "c") && !s.toks[j].cap || s.isw(j, "circa")) && s.isp(j+1, '.') == (s.tokText(j) != "circa") {
		k := j + 1
		if s.isp(k, '.') {
			k++
		}
		if s.core(k, x) && x.kind == kDate && x.hasY {
			x.s, x.mod = i, "APPROX"
			return true
		}
		return false
	}
	if !s.core(j, x) {
		return false
	}
	if the {
		if !takesThe(x) {
			return false // the core alone is found at the next token
		}
		x.s = i
	}
	return true
}

// ofTarget parses the period after "the end of", "the second half of".
func (s *state) ofTarget(k int, y *expr) bool {
	if s.isw(k, "the") {
		if e := s.word(k + 1); e != nil && e.unit != uNone && !e.pl && e.unit >= uDay {
			*y = expr{s: k, e: k + 2, kind: kRel, unit: e.unit, n: 0, anaph: true, rule: "the-unit", typ: Date}
			return true
		}
		return s.full(k, y)
	}
	return s.core(k, y)
}

// partable reports whether x is a period that can have a start, middle and
// end.
func partable(x *expr) bool {
	switch x.kind {
	case kDate, kDecade, kCentury, kSeason, kQuarter, kHalf, kWeekday:
		return x.typ != Time
	case kRel:
		return x.unit >= uDay && x.typ == Date
	}
	return false
}

// takesThe reports whether a preceding "the" belongs to the expression
// (TimeML: "the 1990s", "the third quarter", "the next day", but "the 1990
// election" has the year only).
func takesThe(x *expr) bool {
	if x.shift != 0 {
		return false // "the day before last Tuesday": TimeML starts at "day"
	}
	switch x.kind {
	case kQuarter:
		return x.rule != "ordinal-quarter-adj"
	case kDur:
		return x.rule != "duration-adjective" // "the decades-long dispute": "the" is the dispute's
	case kSeason:
		return x.rule != "season-event" // "the Spring Offensive": "the" is the offensive's
	case kDecade, kCentury, kHalf:
		return true
	case kRel:
		return x.rule != "year-earlier"
	case kRef:
		return x.rule == "ref-the" || x.rule == "rel-vague"
	case kDate:
		return x.rule == "day-month" || x.rule == "day-month-year" || x.rule == "the-year-n" || x.rule == "week-of"
	case kTimeOnly:
		return x.pod != "" && x.hour == 0
	case kSet:
		return x.rule == "rel-seasons-set" // "the past three summers"
	}
	return false
}

// core parses an expression without prefixes. Its rules nest too (a
// weekday before a date, a clock time before a day), under the same bound.
func (s *state) core(i int, x *expr) bool {
	if s.nest >= maxNest {
		return false
	}
	s.nest++
	ok := s.bare(i, x)
	s.nest--
	return ok
}

func (s *state) bare(i int, x *expr) bool {
	if i >= len(s.toks) {
		return false
	}
	x.s = i
	tk := &s.toks[i]
	switch tk.kind {
	case tkDate:
		x.kind, x.typ, x.e = kDate, Date, i+1
		x.m, x.d = int(tk.m), int(tk.d)
		x.y, x.hasY = int(tk.num), tk.num != 0
		x.rule = "numeric-date"
		if x.d == 0 {
			x.rule = "iso-month"
		}
		s.timeAfter(x)
		return true
	case tkTime:
		return s.clock(i, x)
	case tkNum:
		return s.numLed(i, x)
	case tkPunct:
		// '80s
		if tk.ch == '\'' && s.adj(i) && s.kind(i+1) == tkNum && s.toks[i+1].nd == 2 && s.toks[i+1].num%10 == 0 && s.adj(i+1) && s.isw(i+2, "s") {
			*x = expr{s: i, e: i + 3, kind: kDecade, y: 1900 + int(s.toks[i+1].num), typ: Date, rule: "decade"}
			return true
		}
		if y, k := s.shortYear(i); y != 0 {
			*x = expr{s: i, e: k, kind: kDate, typ: Date, y: y, hasY: true, rule: "short-year"}
			return true
		}
		return false
	}
	e := s.word(i)
	if e == nil {
		return false
	}
	if (e.key == "q" || e.key == "fy") && s.toks[i].cap && s.shortForm(i, x) {
		return true
	}
	switch {
	case e.month != 0:
		if s.monthLed(i, x) {
			return true
		}
	case e.weekday != 0:
		if s.weekdayLed(i, x) {
			return true
		}
	case e.isDeictic:
		return s.deicticLed(i, x)
	case e.season != 0:
		return s.seasonLed(i, x)
	}
	if e.isRel && s.relLed(i, x) {
		return true
	}
	if e.ord != 0 && s.ordQuartersLed(i, x) {
		return true
	}
	if e.ord != 0 && s.ordLed(i, x) {
		return true
	}
	if e.numKind == nkTens && s.isp(i+1, '-') && s.adj(i) && s.adj(i+1) {
		if o := s.word(i + 2); o != nil && o.ord > 0 && o.ord < 10 && s.isw(i+3, "century") {
			*x = expr{s: i, e: i + 4, kind: kCentury, n: int(e.num) + int(o.ord) - 1, typ: Date, rule: "century"}
			return true
		}
	}
	if e.numKind == nkOnes || e.numKind == nkTens {
		if s.yearWords(i, x) {
			return true
		}
	}
	if (e.ref != "" || e.key == "current" || e.key == "recent" || e.key == "past") && s.refLed(i, x) {
		return true
	}
	if e.pod != "" && e.pod[0] >= '0' && e.pod[0] <= '9' { // noon, midnight
		return s.clock(i, x)
	}
	if e.unit == uYear && !e.pl && s.isp(i+1, '-') && s.adj(i) && s.adj(i+1) && (s.isw(i+2, "earlier") || s.isw(i+2, "ago")) {
		*x = expr{s: i, e: i + 3, kind: kRel, unit: uYear, n: -1, typ: Date, rule: "year-earlier"}
		if u := s.word(i + 3); u != nil && (u.unit == uQuarter || u.key == "period") {
			x.e++
			x.kind, x.rule, x.latest = kQuarter, "year-earlier-quarter", true
			x.n = -1
		} else {
			s.yearEarlierPeriod(x)
		}
		return true
	}
	if e.holiday != 0 && s.holiday(i, x) {
		return true
	}
	if e.unit == uDay && s.dayDescribed(i, x) {
		return true
	}
	if e.unit != uNone && s.unitLed(i, x) {
		return true
	}
	if len(e.pod) == 2 && s.podLed(i, x) {
		return true
	}
	if e.decade != 0 && s.isw(i-1, "the") {
		*x = expr{s: i, e: i + 1, kind: kDecade, y: 1900 + int(e.decade), typ: Date, rule: "decade-word"}
		return true
	}
	return false
}

// unitLed: "the quarter", "the weekend", "the year" (the period being
// reported on), and bare plurals ("for years", "weeks").
func (s *state) unitLed(i int, x *expr) bool {
	e := s.word(i)
	if e.unit == uYear && e.pl && s.isw(i-1, "the") { // "the years 1955-1957"
		if y, k := s.yearAt(i+1, true); y != 0 {
			*x = expr{s: i, e: k, kind: kDate, typ: Date, y: y, hasY: true, rule: "the-year-n"}
			return true
		}
	}
	if e.pl {
		switch e.unit {
		case uYear, uMonth, uWeek, uDay, uDecade, uCentury, uHour, uMinute:
			if s.isw(i-1, "the") && (s.isw(i-2, "over") || s.isw(i-2, "through") || s.isw(i-2, "across") ||
				s.isw(i-2, "in") && (s.isw(i+1, "that") || s.isw(i+1, "since") || s.isw(i+1, "following"))) {
				// "over the years", "in the years that followed": a stretch
				// of unknown length ("the weeks before the shooting" is not)
				*x = expr{s: i - 1, e: i + 1, kind: kDur, typ: Duration, val: durValue(0, true, e.unit), rule: "the-plural"}
				return true
			}
			if s.isp(i+1, '-') && (s.isw(i+2, "long") || s.has(i+2, wfAge)) && s.adj(i) && s.adj(i+1) && s.kind(i-1) != tkNum && (s.numKind(i-1) == nkNone || s.numKind(i-1) == nkArticle) {
				// "the decades-long dispute", "a years-old slump": a stretch
				// of unknown length ("84-year-old" is an age, left out)
				*x = expr{s: i, e: i + 3, kind: kDur, typ: Duration, val: durValue(0, true, e.unit), rule: "duration-adjective"}
				return true
			}
			if p := s.word(i - 1); s.isw(i-1, "the") || s.isw(i-1, "these") || s.kind(i-1) == tkNum || p != nil && p.numKind != nkNone {
				return false
			}
			if s.has(i+1, wfAge) {
				return false // an age
			}
			if (e.unit == uHour || e.unit == uMinute) && (s.isw(i+1, "earlier") || s.isw(i+1, "later")) && (s.ref.prec == precDay && s.dayTok >= 0 && i-s.dayTok < 60 ||
				(s.ref.prec == precMonth || s.ref.prec == precYear) && s.refTok >= 0 && i-s.refTok < 60) {
				// "Hours later, the island was taken": the day just told, or
				// a day of the month or year just told ("In 1945 ... Hours
				// later": 1945-XX-XX, as "that same day" after a month is)
				*x = expr{s: i, e: i + 2, kind: kRel, typ: Date, unit: uDay, anaph: true, rule: "hours-later"}
				return true
			}
			if s.isw(i+1, "earlier") || s.isw(i+1, "ago") || s.isw(i+1, "later") {
				// "weeks earlier", "months ago": a vague past or future
				*x = expr{s: i, e: i + 2, kind: kRef, typ: Date, refv: "PAST_REF", rule: "bare-plural-offset"}
				if s.isw(i+1, "later") {
					x.refv = "FUTURE_REF"
				}
				return true
			}
			*x = expr{s: i, e: i + 1, kind: kDur, typ: Duration, val: durValue(0, true, e.unit), rule: "bare-plural"}
			s.joinPlural(x)
			return true
		}
		return false
	}
	if !e.pl && s.isp(i+1, '-') && s.isw(i+2, "long") && s.adj(i) && s.adj(i+1) { // "a year-long trial"
		*x = expr{s: i, e: i + 3, kind: kDur, typ: Duration, val: durValue(1, false, e.unit), rule: "duration-adjective"}
		return true
	}
	if !s.isw(i-1, "the") || s.isp(i+1, '-') {
		return false
	}
	if e.unit == uDay && !e.pl && (s.isw(i+1, "before") || s.isw(i+1, "after")) {
		// "the day before last Tuesday's hearing", "the day after
		// Northern Territories Day": a day from the day named
		var y expr
		if s.full(i+2, &y) && y.typ == Date && (y.kind == kDate && y.d != 0 || y.kind == kWeekday || y.kind == kRel && y.rule == "deictic") {
			*x = y
			x.s, x.rule, x.shift = i, "day-before-"+y.rule, 1
			if s.isw(i+1, "before") {
				x.shift = -1
			}
			return true
		}
	}
	if (s.isw(i+1, "before") || s.isw(i+1, "after")) && s.endsClause(i+2) && e.unit >= uDay && e.unit <= uYear && e.unit != uQuarter {
		// "the day before", "the year after": a step from the last date
		*x = expr{s: i, e: i + 2, kind: kRel, typ: Date, unit: e.unit, n: 1, anaph: true, rule: "the-unit-before"}
		if s.isw(i+1, "before") {
			x.n = -1
		}
		if e.unit == uWeekend {
			return false
		}
		return true
	}
	if e.unit == uDay && !e.pl && s.dayBeforeEvent(i, x) {
		return true
	}
	if e.unit == uWeek && s.isw(i+1, "of") {
		var y expr
		if s.core(i+2, &y) && y.kind == kDate && y.d != 0 && y.typ == Date {
			*x = y
			x.s, x.weekOf, x.rule = i, true, "week-of"
			return true
		}
	}
	switch e.unit {
	case uQuarter, uWeekend, uWeek:
		*x = expr{s: i, e: i + 1, kind: kRel, typ: Date, unit: e.unit, anaph: e.unit == uQuarter, rule: "the-unit"}
		if e.unit != uQuarter {
			return true
		}
		if s.numKind(i+1) == nkArticle && s.isw(i+2, "year") && (s.isw(i+3, "ago") || s.isw(i+3, "earlier")) {
			x.e, x.n = i+4, -4 // "the quarter a year ago": the same quarter, a year before
			return true
		}
		if m := s.word(i + 2); (s.isw(i+1, "ended") || s.isw(i+1, "ending")) && m != nil && m.month != 0 {
			// "the quarter ended July 31": the calendar quarter holding most
			// of the three months, the one of the day 45 days before the end.
			d, _ := s.dayAt(i + 3 + b2i(s.isp(i+3, '.')))
			mid := int(m.month) - 2
			if d >= 15 {
				mid++
			}
			if mid < 1 {
				mid += 12
			}
			*x = expr{s: i, e: i + 1, kind: kQuarter, typ: Date, q: (mid-1)/3 + 1, rule: "quarter-ended"}
			if s.isw(i+1, "ended") {
				// The end told, for the year: the last such day before.
				x.m, x.d = int(m.month), max(d, 1)
			}
		}
		return true
	case uYear:
		if y, k := s.yearAt(i+1, true); y != 0 {
			*x = expr{s: i, e: k, kind: kDate, typ: Date, y: y, hasY: true, rule: "the-year-n"}
			return true
		}
		if y, k := s.yearWordsAt(i + 1); y != 0 {
			*x = expr{s: i, e: k, kind: kDate, typ: Date, y: y, hasY: true, rule: "the-year-n"}
			return true
		}
		if s.isw(i+1, "ended") || s.isw(i+1, "ending") {
			// "the year ended March 31": a fiscal year, a duration
			*x = expr{s: i, e: i + 1, kind: kDur, typ: Duration, val: "P1Y", rule: "the-unit"}
			return true
		}
		if s.isw(i+1, "of") || s.isw(i+1, "before") || s.isw(i+1, "after") || s.isw(i+1, "when") || s.kind(i+1) == tkNum {
			return false
		}
		*x = expr{s: i, e: i + 1, kind: kRel, typ: Date, unit: uYear, anaph: true, rule: "the-unit"}
		return true
	}
	return false
}

// podLed: "at night", "during the morning" (a part of the last day
// mentioned).
func (s *state) podLed(i int, x *expr) bool {
	e := s.word(i)
	p := i - 1
	if s.isw(p, "the") {
		p--
	}
	if !(s.isw(p, "at") || s.isw(p, "during") || s.isw(p, "by") || s.isw(p, "in")) || s.isw(i+1, "of") {
		return false
	}
	if s.isw(p, "in") && !s.isw(i-1, "the") || s.isw(p, "at") && s.isw(i-1, "the") {
		return false
	}
	*x = expr{s: i, e: i + 1, kind: kRel, typ: Time, unit: uDay, pod: e.pod, anaph: true, rule: "pod"}
	if e.key == "overnight" {
		s.overnight(x)
	}
	return true
}

// holiday: "Christmas 1963", "Christmas Eve", "New Year's Day",
// "Thanksgiving Day" (US: the fourth Thursday of November), and the named
// days of several words ("Northern Territories Day", "the Day of Victory over
// Japan"), the longest name written.
func (s *state) holiday(i int, x *expr) bool {
	if !s.toks[i].cap {
		return false
	}
	key := s.word(i).key
	best, end := -1, 0
	for hi := range s.lang.holidays {
		h := &s.lang.holidays[hi]
		if h.word == key && h.rest != nil {
			if k, ok := s.phraseAt(i+1, h.rest); ok && k > end {
				best, end = hi, k
			}
		}
	}
	if best >= 0 {
		h := &s.lang.holidays[best]
		*x = expr{s: i, e: end, kind: kDate, typ: Date, m: int(h.m), d: int(h.d), hol: int8(best + 1), rule: "named-day"}
		k := end
		if s.isp(k, ',') {
			k++
		}
		if y, k2 := s.yearAt(k, true); y != 0 { // "Northern Territories Day 2024"
			x.y, x.hasY, x.e = y, true, k2
			x.m, x.d = h.dateIn(y)
		}
		return true
	}
	if s.prevCapName(i) {
		return false // "White Christmas"
	}
	var h *holidayDef
	for hi := range s.lang.holidays {
		if s.lang.holidays[hi].word == key && s.lang.holidays[hi].rest == nil {
			h = &s.lang.holidays[hi]
			break
		}
	}
	if h == nil {
		return false
	}
	*x = expr{s: i, e: i + 1, kind: kDate, typ: Date, m: int(h.m), d: int(h.d), wdOnOrAfter: h.wd, rule: "holiday"}
	k := i + 1
	if h.year {
		// "New Year's Day", "New Year's Eve"
		if !(s.isw(k, "year") && s.toks[k].cap && s.isp(k+1, '\'') && s.isw(k+2, "s")) {
			return false
		}
		k += 3
	}
	switch {
	case s.isw(k, "day") && s.toks[k].cap:
		x.e = k + 1
	case h.eve && s.isw(k, "eve") && s.toks[k].cap:
		x.e = k + 1
		if x.d--; x.d == 0 {
			x.m, x.d = 12, 31
		}
	case h.needDay || h.year:
		return false
	}
	k = x.e
	if s.isp(k, ',') {
		k++
	}
	if y, k2 := s.yearAt(k, true); y != 0 {
		x.y, x.hasY, x.e = y, true, k2
	}
	return true
}

// phraseAt matches the words of a name from token k on, in any case, each
// word one of its "|"-separated spellings; hyphens inside the name are
// skipped ("End-of-War Memorial Day"). It returns the token after the name.
func (s *state) phraseAt(k int, words []string) (int, bool) {
	for _, w := range words {
		if s.isp(k, '-') && s.adj(k-1) && s.adj(k) {
			k++
		}
		if s.kind(k) != tkWord {
			return k, false
		}
		t, ok := s.tokText(k), false
		for w != "" && !ok {
			alt := w
			if b := strings.IndexByte(w, '|'); b >= 0 {
				alt, w = w[:b], w[b+1:]
			} else {
				w = ""
			}
			ok = strings.EqualFold(t, alt)
		}
		if !ok {
			return k, false
		}
		k++
	}
	return k, true
}

// shortYear reads a year written with two digits after an apostrophe
// ("the class of '99"), in the century that puts it nearest the anchor
// (1900s without one), and returns it with the token after it, or 0.
func (s *state) shortYear(i int) (int, int) {
	if !s.isp(i, '\'') || !s.adj(i) || s.kind(i+1) != tkNum || s.toks[i+1].nd != 2 || s.toks[i+1].grouped {
		return 0, i
	}
	if i > 0 && !s.toks[i].sp && s.kind(i-1) == tkWord {
		return 0, i // "rock'n'roll", "O'99": not an opening apostrophe
	}
	if s.adj(i+1) && s.kind(i+2) == tkWord || s.isp(i+2, '\'') && s.adj(i+1) {
		return 0, i // "'80s" is a decade; "'99'" a quoted number
	}
	if e := s.word(i + 2); e != nil && (e.countNoun || e.unit != uNone || e.flags&wfRate != 0) {
		return 0, i
	}
	return s.century(int(s.toks[i+1].num)), i + 2
}

// century puts a two-digit year in the century nearest the anchor.
func (s *state) century(n int) int {
	y := 1900 + n
	if s.hasAnchor && 2000+n <= s.ay+20 {
		y = 2000 + n
	}
	return y
}

// shortForm: "Q3 2023", "Q1" (a quarter), "FY2023", "FY 2023", "FY23" (a
// fiscal year, written as its year as TimeML writes "fiscal 1989").
func (s *state) shortForm(i int, x *expr) bool {
	k := i + 1
	if s.kind(k) != tkNum || s.toks[k].grouped {
		return false
	}
	n, nd := int(s.toks[k].num), s.toks[k].nd
	if s.word(i).key == "q" {
		if !s.adj(i) || nd != 1 || n < 1 || n > 4 || s.adj(k) && s.kind(k+1) == tkWord {
			return false
		}
		*x = expr{s: i, e: k + 1, kind: kQuarter, typ: Date, q: n, rule: "short-quarter"}
		j := k + 1
		if s.isp(j, '/') || s.isDashAt(j) && s.adj(k) {
			j++
		}
		if y, j2 := s.yearAt(j, true); y != 0 {
			x.y, x.hasY, x.e = y, true, j2
		}
		return true
	}
	if !s.toks[i].upper || s.adj(k) && s.kind(k+1) == tkWord {
		return false
	}
	switch {
	case nd == 4 && n >= 1000 && n <= 2099:
	case nd == 2 && s.adj(i):
		n = s.century(n)
	default:
		return false
	}
	*x = expr{s: i, e: k + 1, kind: kDate, typ: Date, y: n, hasY: true, rule: "fiscal-year"}
	return true
}

// inQuote reports whether token i is inside quoted speech. Calls come in
// text order, so a cursor walks the quote ranges once.
func (s *state) inQuote(i int) bool {
	for s.qi+1 < len(s.quotes) && int(s.quotes[s.qi+1]) <= i {
		s.qi += 2
	}
	return s.qi+1 < len(s.quotes) && int(s.quotes[s.qi]) <= i
}
