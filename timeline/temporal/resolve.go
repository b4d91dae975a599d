package temporal

import (
	"strconv"
	"strings"
	"time"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

// Resolution turns a parsed expression into a TimeML value and an EDTF date,
// filling what the text leaves out from the anchor (news: "last week") or
// from the last date mentioned (anaphora: "the following day"; histories:
// "in March" after "1941"). All arithmetic is on calendar dates in UTC, from
// the anchor's own calendar day, so that the host's time zone never matters.

type gran uint8

const (
	gNone gran = iota
	gDay
	gWeek
	gWeekend
	gMonth
	gSeason
	gQuarter
	gHalf
	gYear
	gDecade
	gCentury
)

// period is a resolved calendar period.
type period struct {
	g      gran
	known  bool // year known
	y      int  // year; first year of a decade or century
	m, d   int
	w      int // ISO week (its year in y)
	q, h   int
	season int
	md     bool // month or day known even though the year is not
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

func dayPeriod(t time.Time) period {
	return period{g: gDay, known: true, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// base returns the anchor, or the last date mentioned for anaphora, or false
// when neither is known.
func (s *state) base(anaph bool) (cal, bool) {
	if anaph || !s.hasAnchor || s.narrative && s.ref.prec != precNone {
		// In a history, even "two years ago" counts from the story's
		// present, the last date told, not from the writing.
		return s.ref, s.ref.prec != precNone
	}
	return cal{s.ay, s.am, s.ad, precDay}, true
}

// emit resolves x and appends it as a mention.
func (s *state) emit(x *expr) {
	if n := len(s.out); n > s.out0 && x.s >= 2 && x.kind == kDate && x.typ == Date && !x.hasY && x.d != 0 && s.isw(x.s-1, "on") &&
		s.out[n-1].End == int(s.toks[x.s-2].end) && s.out[n-1].Rule == "named-day" {
		// "Northern Territories Day on February 7": the date restates the
		// named day, a set or a date as the name is.
		if prev := s.out[n-1]; prev.Type == Set && prev.Value[5:] == two(x.m)+"-"+two(x.d) {
			m := Mention{Start: int(s.toks[x.s].start), End: int(s.toks[x.e-1].end), Type: Set, Value: prev.Value, Rule: x.rule}
			m.Text = s.text[m.Start:m.End]
			s.out = append(s.out, m)
			return
		} else if mo, d, ok := MonthDay(prev); ok && mo == x.m && d == x.d && prev.Value[0] != 'X' {
			x.y, _ = digitsAt(prev.Value, 0)
			x.hasY = true
		}
	}
	if x.kind == kDate && x.typ == Date && !x.hasY && x.m != 0 && x.d != 0 && x.shift == 0 && s.recurring(x) {
		// A yearly day is a set, never one date: "XXXX-09-03".
		m, d := x.m, x.d
		if x.hol != 0 {
			m, d = s.lang.holidays[x.hol-1].dateIn(s.ay)
		}
		x.kind, x.typ, x.val = kSet, Set, "XXXX-"+two(m)+"-"+two(d)
	}
	m := Mention{Start: int(s.toks[x.s].start), End: int(s.toks[x.e-1].end), Type: x.typ, Rule: x.rule, Mod: x.mod}
	m.Text = s.text[m.Start:m.End]
	switch x.kind {
	case kDur, kSet:
		m.Value = x.val
		s.out = append(s.out, m)
		return
	case kRef:
		m.Value = x.refv
		s.out = append(s.out, m)
		return
	}
	s.cur = x.s
	p := s.resolve(x)
	if x.shift != 0 && p.g == gDay && p.known && p.y > 0 && p.m != 0 && p.d != 0 {
		p = dayPeriod(date(p.y, p.m, p.d).AddDate(0, 0, int(x.shift)))
	}
	if x.hasY {
		s.refTok = x.e
	}
	if x.part != pNone {
		m.Mod = [...]string{"", "START", "MID", "END"}[x.part]
	}
	if x.halfOf != 0 && p.g != gYear {
		m.Mod = [...]string{"", "START", "END"}[x.halfOf]
	}
	if x.halfOf != 0 && p.g == gYear {
		p.g, p.h = gHalf, x.halfOf
	}
	var b [48]byte
	v := p.appendValue(b[:0])
	if x.typ == Time && p.g == gDay {
		// The clock time or part of day follows the day, anchored or not.
		if x.hasT {
			v = append(v, 'T')
			v = append(v, two(x.hour)...)
			v = append(v, ':')
			v = append(v, two(x.min)...)
		} else if x.pod != "" {
			v = append(v, 'T')
			v = append(v, x.pod...)
		}
	}
	m.Value = string(v)
	if p.known && p.y > 0 {
		var eb [48]byte
		if e := p.appendEDTF(eb[:0], x.part, x.halfOf); e != nil {
			if d, err := edtf.Parse(string(e)); err == nil {
				m.Date = d
			}
		}
	}
	if p.known && s.remembers(x) && !s.passing(x) {
		s.remember(p)
	}
	if p.known && p.g == gDay && p.d != 0 && p.y > 0 {
		if k := x.s - 1 - b2i(s.isw(x.s-1, "on")); s.has(k, wfSpeech) {
			s.speech, s.speechTok = cal{p.y, p.m, p.d, precDay}, x.e // "said on Monday"
		}
	}
	s.out = append(s.out, m)
}

// comparison reports whether the words before token i compare figures
// ("compared with $3 million last year", "up from"), as quarterly reports
// do with the same quarter a year before.
func (s *state) comparison(i int) bool {
	// Nine tokens: "compared with a loss of $3 million last year".
	for k := i - 1; k >= i-9 && k >= 0; k-- {
		if s.kind(k) != tkWord && s.kind(k) != tkNum && !s.isp(k, '$') && !s.isp(k, '.') {
			return false
		}
		if s.has(k, wfCompare) {
			return true
		}
	}
	return false
}

// remembers reports whether x sets the reference time for anaphora. Offsets
// of a month or more ("a year earlier") do not: chained, they would drift.
func (s *state) remembers(x *expr) bool {
	if x.typ != Date && !(x.typ == Time && x.kind == kDate && x.d != 0) {
		return false // ("the morning of 31 January 1965" is a day told)
	}
	if x.kind == kRel && x.unit >= uMonth && (x.rule == "ago" || x.rule == "anaphoric-offset" || x.rule == "year-earlier") {
		return false
	}
	if x.rule == "year-earlier-quarter" || x.kind == kRel && x.n != 0 && x.unit == uQuarter && x.anaph {
		// "the year-ago quarter", "the quarter a year ago" are comparisons:
		// the quarter reported on stays the reference.
		return false
	}
	return true
}

// recurring reports whether the day x (a month and day, or a named day,
// without a year) recurs every year in its sentence: a present-tense verb of
// observance governs it ("Japan marks Northern Territories Day on February
// 7", "the holiday is celebrated on September 3"), or it is the old or new
// date of a moved holiday ("moved the holiday from September 2 to September
// 3"). "Japan marked the day on February 7" is one day.
func (s *state) recurring(x *expr) bool {
	p := x.s - 1
	on := s.isw(p, "on")
	from := s.isw(p, "from") || s.isw(p, "to")
	if !on && !from && x.hol == 0 {
		return false
	}
	move, noun := false, x.hol != 0
	for k := p; k >= 0 && k > x.s-16 && !s.boundary(k+1); k-- {
		e := s.word(k)
		if e == nil {
			continue
		}
		switch {
		case e.flags&wfHabitual != 0 && !from:
			return true
		case e.flags&wfObserved != 0 && !from && (s.isw(k-1, "is") || s.isw(k-1, "are") || s.isw(k-2, "is") || s.isw(k-2, "are")):
			return true // "is celebrated", "is still marked"
		case e.flags&wfMove != 0:
			move = true
		case e.flags&wfHolidayNoun != 0 || e.holiday != 0 && s.toks[k].cap && e.unit == uDay:
			noun = true
		}
	}
	if from && move && noun {
		return true
	}
	// "Northern Territories Day, which Japan marks every year": the name
	// with "annual", "every year" or "each year" in its sentence.
	if x.hol != 0 {
		for k := x.e; k < x.e+12 && k < len(s.toks) && !s.boundary(k); k++ {
			if s.has(k, wfRecurring) || s.isw(k, "annually") || (s.isw(k, "every") || s.isw(k, "each")) && s.isw(k+1, "year") {
				return true
			}
		}
		if s.has(x.s-1, wfRecurring) {
			return true // "the annual Northern Territories Day rally"
		}
	}
	return false
}

// passing reports whether x is a year a history mentions in passing ("since
// 1813", "as in 1614", "documents declassified in 2005 showed"): one that
// does not move the story's time, so that the partial dates after it still
// take the year being told. Besides "since" and "as in", it is a year far
// from the story's year when the next year written returns to the story.
func (s *state) passing(x *expr) bool {
	if !s.narrative || !x.hasY || x.kind != kDate || s.ref.prec == precNone {
		return false
	}
	if x.m == 0 && (s.isw(x.s-1, "since") || s.isw(x.s-1, "in") && s.isw(x.s-2, "as")) {
		return true
	}
	if x.y == s.ref.y {
		return false // (nothing to keep apart)
	}
	for s.yi < len(s.years) && int(s.years[s.yi].tok) < x.e {
		s.yi++
	}
	if x.d == 0 && s.yi < len(s.years) && int(s.years[s.yi].tok)-x.e <= 1000 {
		next, cur := int(s.years[s.yi].y), s.ref.y
		if abs(x.y-cur) > 3 && abs(next-cur) <= 1 && abs(x.y-next) > 3 {
			return true
		}
	}
	return s.tense(x) > 0 // a plan ("a campaign planned for 1976") is not the story's time
}

// remember records p as the last date mentioned.
func (s *state) remember(p period) {
	switch p.g {
	case gDay:
		if p.d == 0 {
			s.ref = cal{p.y, p.m, 1, precMonth}
			return
		}
		s.ref = cal{p.y, p.m, p.d, precDay}
		s.dayTok = s.cur
		return // keep a quarter being reported on ("the quarter ended Sept. 30")
	case gMonth:
		s.ref = cal{p.y, p.m, 1, precMonth}
	case gYear:
		s.ref = cal{p.y, 1, 1, precYear}
	case gQuarter:
		s.ref = cal{p.y, (p.q-1)*3 + 1, 1, precMonth}
		s.refQ = p.q
		return
	case gSeason:
		s.ref = cal{p.y, seasonStart[p.season], 1, precYear}
	default:
		return
	}
	s.refQ = 0
}

var seasonStart = [...]int{0, 3, 6, 9, 12}

// appendPad4 appends the first n of the four digits of y ("1989"[:n])
// without building a string (values are written for every mention).
func appendPad4(b []byte, y, n int) []byte {
	d := [4]byte{byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)}
	return append(b, d[:n]...)
}

func (p *period) appendValue(b []byte) []byte {
	y := func(b []byte) []byte {
		if !p.known {
			return append(b, "XXXX"...)
		}
		if p.y <= 0 { // 1 BC is year 0 in ISO 8601, but TimeML writes BC0001
			return appendPad4(append(b, "BC"...), -p.y, 4)
		}
		return appendPad4(b, p.y, 4)
	}
	switch p.g {
	case gDay:
		b = y(b)
		if p.m == 0 {
			return append(b, "-XX-XX"...)
		}
		b = append(append(b, '-'), two(p.m)...)
		if p.d == 0 {
			return append(b, "-XX"...)
		}
		return append(append(b, '-'), two(p.d)...)
	case gMonth:
		b = y(b)
		if p.m == 0 {
			return append(b, "-XX"...)
		}
		return append(append(b, '-'), two(p.m)...)
	case gWeek, gWeekend:
		b = y(b)
		b = append(b, "-W"...)
		if p.w == 0 {
			b = append(b, "XX"...)
		} else {
			b = append(b, two(p.w)...)
		}
		if p.g == gWeekend {
			b = append(b, "-WE"...)
		}
		return b
	case gSeason:
		return append(append(y(b), '-'), seasonCode[p.season]...)
	case gQuarter:
		return append(append(y(b), "-Q"...), byte('0'+p.q))
	case gHalf:
		return append(append(y(b), "-H"...), byte('0'+p.h))
	case gYear:
		return y(b)
	case gDecade:
		if !p.known {
			return append(b, "XXX"...)
		}
		if p.y < 0 {
			return appendPad4(append(b, "BC"...), -p.y, 3)
		}
		return y(b)[:len(b)+3]
	case gCentury:
		if !p.known {
			return append(b, "XX"...)
		}
		if p.y < 0 {
			return appendPad4(append(b, "BC"...), -p.y, 2)
		}
		if p.y == 0 {
			return append(b, "00"...) // "the first century": years 1-99 AD
		}
		return y(b)[:len(b)+2]
	}
	return append(b, "XXXX-XX-XX"...)
}

// appendEDTF writes the EDTF form of p narrowed by a part or half, or
// returns nil when EDTF cannot express it.
func (p *period) appendEDTF(b []byte, part partKind, half int) []byte {
	ym := func(b []byte, y, m int) []byte { return append(append(appendPad4(b, y, 4), '-'), two(m)...) }
	ymd := func(b []byte, y, m, d int) []byte { return append(append(ym(b, y, m), '-'), two(d)...) }
	span := func(b []byte, y, m1, m2 int) []byte {
		return ym(append(ym(b, y, m1), '/'), y, m2)
	}
	switch p.g {
	case gDay:
		if p.d == 0 && p.m == 0 {
			return append(appendPad4(b, p.y, 4), "-XX-XX"...) // a day of a year told: "1945-XX-XX"
		}
		if p.d == 0 {
			return append(ym(b, p.y, p.m), "-XX"...)
		}
		return ymd(b, p.y, p.m, p.d)
	case gMonth:
		n := daysIn(p.y, p.m)
		lo, hi := 0, 0
		switch {
		case half == 1:
			lo, hi = 1, n/2
		case half == 2:
			lo, hi = n/2+1, n
		case part == pStart:
			lo, hi = 1, 10
		case part == pMid:
			lo, hi = 11, 20
		case part == pEnd:
			lo, hi = 21, n
		default:
			return ym(b, p.y, p.m)
		}
		return ymd(append(ymd(b, p.y, p.m, lo), '/'), p.y, p.m, hi)
	case gWeek, gWeekend:
		// Monday of ISO week w: Jan 4 is always in week 1.
		j4 := date(p.y, 1, 4)
		mon := j4.AddDate(0, 0, -((int(j4.Weekday())+6)%7)+(p.w-1)*7)
		a, z := mon, mon.AddDate(0, 0, 6)
		if p.g == gWeekend {
			a = mon.AddDate(0, 0, 5)
		}
		b = ymd(b, a.Year(), int(a.Month()), a.Day())
		b = append(b, '/')
		return ymd(b, z.Year(), int(z.Month()), z.Day())
	case gSeason:
		return append(append(appendPad4(b, p.y, 4), '-'), strconv.Itoa(20+p.season)...)
	case gQuarter:
		return span(b, p.y, p.q*3-2, p.q*3)
	case gHalf:
		return span(b, p.y, p.h*6-5, p.h*6)
	case gYear:
		switch {
		case half == 1:
			return span(b, p.y, 1, 6)
		case half == 2:
			return span(b, p.y, 7, 12)
		case part == pStart:
			return span(b, p.y, 1, 4)
		case part == pMid:
			return span(b, p.y, 5, 8)
		case part == pEnd:
			return span(b, p.y, 9, 12)
		}
		return appendPad4(b, p.y, 4)
	case gDecade:
		lo, hi := 0, 0
		switch {
		case half == 1:
			lo, hi = 0, 4
		case half == 2:
			lo, hi = 5, 9
		case part == pStart:
			lo, hi = 0, 3
		case part == pMid:
			lo, hi = 3, 6
		case part == pEnd:
			lo, hi = 7, 9
		default:
			return append(appendPad4(b, p.y, 3), 'X')
		}
		return appendPad4(append(appendPad4(b, p.y+lo, 4), '/'), p.y+hi, 4)
	case gCentury:
		dec := func(b []byte, d int) []byte { return append(append(appendPad4(b, p.y, 2), byte('0'+d)), 'X') }
		switch {
		case half == 1:
			return dec(append(dec(b, 0), '/'), 4)
		case half == 2:
			return dec(append(dec(b, 5), '/'), 9)
		case part == pStart:
			return dec(append(dec(b, 0), '/'), 3)
		case part == pMid:
			return dec(append(dec(b, 4), '/'), 6)
		case part == pEnd:
			return dec(append(dec(b, 7), '/'), 9)
		}
		return append(appendPad4(b, p.y, 2), "XX"...)
	}
	return nil
}

// resolve computes the period x denotes.
func (s *state) resolve(x *expr) period {
	switch x.kind {
	case kDate:
		p := period{g: gYear, y: x.y, known: x.hasY, m: x.m, d: x.d, md: true}
		if x.m != 0 {
			p.g = gMonth
		}
		if x.d != 0 {
			p.g = gDay
		}
		if !x.hasY && x.m != 0 {
			p.y, p.known = s.yearFor(x)
			if x.hol != 0 && p.known {
				p.m, p.d = s.lang.holidays[x.hol-1].dateIn(p.y) // a named day a law moved
			}
		}
		if x.weekOf && p.known && p.y > 0 && p.d != 0 {
			y, w := date(p.y, p.m, p.d).ISOWeek()
			return period{g: gWeek, known: true, y: y, w: w}
		}
		if x.wdOnOrAfter != 0 && p.known && p.y > 0 {
			// A movable feast: Thanksgiving, the fourth Thursday of November,
			// falls on the 22nd to 28th.
			first := int(date(p.y, p.m, p.d).Weekday()+6)%7 + 1
			p.d += (int(x.wdOnOrAfter) - first + 7) % 7
		}
		return p
	case kWeekday:
		b, ok := s.weekdayBase()
		if s.reported(x) {
			b, ok = s.speech, true // "said on Friday that talks would resume on Monday"
		}
		if x.anaph && s.ref.prec == precDay {
			b, ok = s.ref, true // "the previous Friday": before the day just told
		}
		if !ok {
			return period{g: gDay, known: false}
		}
		t := date(b.y, b.m, b.d)
		cur := (int(t.Weekday())+6)%7 + 1
		dir := x.dir
		if dir == 0 {
			if cur == x.wd {
				return dayPeriod(t)
			}
			// News reports the past: nine bare weekdays in ten in TimeBank
			// are on or before the report's day. Only a clear future cue
			// ("will meet on Friday") turns one forward.
			dir = s.strongTense(x)
			if dir == 0 {
				dir = s.clauseTense(x)
			}
			if dir == 0 {
				dir = s.leadTense(x)
			}
			if dir == 0 {
				dir = s.hostTense(x)
			}
			if dir <= 0 {
				dir = -1
			}
		}
		diff := x.wd - cur
		if dir < 0 {
			if diff >= 0 {
				diff -= 7
			}
		} else if diff <= 0 {
			diff += 7
		}
		return dayPeriod(t.AddDate(0, 0, diff))
	case kRel:
		return s.relPeriod(x)
	case kDecade:
		return period{g: gDecade, known: true, y: x.y}
	case kCentury:
		if x.y < 0 { // "the 4th century BC": the 300s BC
			if x.n == 0 {
				return period{g: gCentury, known: true, y: -1} // "the first century BC": BC00
			}
			return period{g: gCentury, known: true, y: -x.n * 100}
		}
		return period{g: gCentury, known: true, y: x.n * 100}
	case kSeason:
		p := period{g: gSeason, season: x.season, y: x.y, known: x.hasY}
		if !x.hasY {
			p.y, p.known = s.seasonYear(x)
		}
		return p
	case kQuarter:
		p := period{g: gQuarter, q: x.q, y: x.y, known: x.hasY}
		if x.hasY {
			return p
		}
		b, ok := s.base(x.anaph)
		if !ok {
			return p
		}
		p.known = true
		aq := (b.m-1)/3 + 1
		switch {
		case x.latest:
			p.q, p.y = aq-1, b.y
			if p.q == 0 {
				p.q, p.y = 4, b.y-1
			}
			if x.n == -1 {
				p.y--
			}
		case x.unit == uYear:
			p.y = b.y + x.n
		case x.rule == "year-earlier-ordinal-quarter":
			p.y = b.y - 1 - b2i(x.q >= aq) // the quarter reported on is the last one ended
		case x.rule == "quarter-ended" && x.m != 0:
			// "the quarter ended Jan. 10": the end is the last such day
			// before the time told, and a quarter whose first month comes
			// after the end's month is of the year before it.
			p.y = b.y
			if x.m > b.m || x.m == b.m && b.prec == precDay && x.d > b.d {
				p.y--
			}
			if 3*x.q-2 > x.m {
				p.y--
			}
		case s.narrative && s.ref.prec != precNone:
			p.y = s.ref.y
		default:
			p.y = b.y
			if x.q > aq && s.tense(x) <= 0 {
				p.y--
			}
		}
		return p
	case kHalf:
		b, ok := s.base(false)
		return period{g: gHalf, h: x.half, y: b.y, known: ok}
	case kTimeOnly:
		// A bare clock time belongs to the day just mentioned, if any
		// ("shot on Oct. 23 ... at 10 p.m."), else to the anchor.
		b, ok := s.base(s.narrative || s.cur-s.dayTok < 40 && s.ref.prec == precDay)
		if !ok {
			return period{g: gDay}
		}
		return period{g: gDay, known: true, y: b.y, m: b.m, d: b.d}
	}
	return period{}
}

// weekdayBase is the day a bare weekday counts from.
func (s *state) weekdayBase() (cal, bool) {
	if s.narrative && s.ref.prec == precDay {
		return s.ref, true
	}
	if s.hasAnchor {
		return cal{s.ay, s.am, s.ad, precDay}, true
	}
	return cal{}, false
}

// reported reports whether x is in the clause of a report whose day was
// given ("said on Monday that talks would resume in March"): its tense then
// counts from the day of the report, not from the day of writing.
func (s *state) reported(x *expr) bool {
	return s.speechTok >= 0 && x.s >= s.speechTok && x.s-s.speechTok < 25 && s.sameSentence(s.speechTok, x.s)
}

// yearFor finds the year of a yearless month or day.
func (s *state) yearFor(x *expr) (int, bool) {
	if s.hasAnchor && !s.narrative && s.reported(x) {
		ay, am, ad := s.ay, s.am, s.ad
		s.ay, s.am, s.ad = s.speech.y, s.speech.m, s.speech.d
		defer func() { s.ay, s.am, s.ad = ay, am, ad }()
	}
	if x.unit == uYear { // "January this year", "July 25 of that year"
		b, ok := s.base(x.anaph)
		return b.y + x.n, ok
	}
	if x.anaph && x.dir != 0 && s.ref.prec != precNone {
		// "the following March", "the preceding May": from the time told.
		// Of a year told alone, the next March is in the next year and
		// the previous May in the one before.
		y, m := s.ref.y, s.ref.m
		if s.ref.prec == precYear {
			m = 12
			if x.dir < 0 {
				m = 1
			}
		}
		if x.dir < 0 && x.m >= m {
			y--
		}
		if x.dir > 0 && x.m <= m {
			y++
		}
		return y, true
	}
	if x.dir != 0 && s.hasAnchor { // last May, next March
		y := s.ay
		if x.dir < 0 && (x.m >= s.am || s.lastMonthBefore(x)) {
			y--
		}
		if x.dir > 0 && x.m <= s.am {
			y++
		}
		return y, true
	}
	if s.narrative && s.ref.prec != precNone {
		if s.ref.prec >= precMonth && s.ref.m >= 11 && x.m <= 2 && s.ref.m-x.m >= 10 && !s.isw(x.s-1, "and") && !s.isw(x.s-1, "or") {
			// A history told in order: "in January" after December is
			// the next January.
			return s.ref.y + 1, true
		}
		return s.ref.y, true
	}
	if s.ref.prec == precYear && s.refTok >= 0 && s.refTok <= x.s && x.s-s.refTok < 30 && !s.has(x.s-1, wfTarget) && s.sameSentence(s.refTok, x.s) && s.tense(x) <= 0 {
		return s.ref.y, true // "In 2015 Russia observed the day on September 2"
	}
	if !s.hasAnchor {
		return 0, false
	}
	d := x.d
	if d == 0 {
		d = 15
	}
	ad := s.ad
	if x.d == 0 {
		ad = 15
	}
	// Days from the anchor to the date in the anchor's year; the
	// candidates are that year and its neighbours.
	cmp := (x.m-s.am)*31 + d - ad
	prev, next := cmp-372, cmp+372 // (months counted as 31 days)
	near := s.ay
	best := abs(cmp)
	if abs(prev) <= best { // ties go to the past
		near, best = s.ay-1, abs(prev)
	}
	if abs(next) < best {
		near, best = s.ay+1, abs(next)
	}
	if t := s.strongTense(x); t > 0 {
		if cmp < 0 {
			return s.ay + 1, true
		}
		return s.ay, true
	} else if t < 0 {
		if cmp > 0 {
			return s.ay - 1, true
		}
		return s.ay, true
	}
	if best <= 124 {
		// Within four months: the nearest one, but news reports the past,
		// so a date more than two months ahead needs a future cue ("bought
		// RJR in February", written in October, is the February before).
		past := near < s.ay || near == s.ay && cmp < 0
		ct := 0
		if !past && best > 62 || past && best > 31 {
			ct = s.clauseTense(x)
		}
		if past && ct > 0 {
			// "will be named commander for a mission in December", written
			// in March: a plan in the date's own clause looks ahead (a date
			// less than a month behind stays the nearest one).
			if cmp < 0 {
				return s.ay + 1, true
			}
			return s.ay, true
		}
		if near > s.ay || near == s.ay && cmp > 0 {
			if best > 62 && ct <= 0 && s.tense(x) <= 0 && !s.has(x.s-1, wfTarget) { // "repay the loan by February"
				if cmp > 0 {
					return s.ay - 1, true
				}
				return s.ay, true
			}
		}
		return near, true
	}
	// Further away it could be either: ask the tense, and by default take
	// the past, which is what news mostly reports.
	t := s.clauseTense(x)
	if t == 0 {
		t = s.tense(x)
	}
	if t > 0 {
		if cmp < 0 {
			return s.ay + 1, true
		}
		return s.ay, true
	}
	if cmp > 0 {
		return s.ay - 1, true
	}
	return s.ay, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// seasonYear finds the year of a season without one.
func (s *state) seasonYear(x *expr) (int, bool) {
	if x.unit == uYear {
		b, ok := s.base(x.anaph)
		return b.y + x.n, ok
	}
	if !s.hasAnchor && s.ref.prec == precNone {
		return 0, false
	}
	if s.narrative && s.ref.prec != precNone && x.dir == 0 {
		return s.ref.y, true
	}
	// The winter of January 2024 began in December 2023: count seasons
	// in "season years" that start in March.
	cur, cy := seasonOf(s.am), s.ay
	if s.am <= 2 {
		cy--
	}
	if x.anaph && x.dir != 0 && s.ref.prec != precNone {
		// "the following spring", "the previous autumn": from the time
		// told; of a year told alone, a season of the next or the year
		// before.
		if s.ref.prec == precYear {
			return s.ref.y + x.dir, true
		}
		cur, cy = seasonOf(s.ref.m), s.ref.y
		if s.ref.m <= 2 {
			cy--
		}
	}
	dir := x.dir
	if dir == 0 {
		dir = s.tense(x)
		if dir == 0 && x.season != 4 {
			return s.ay, true
		}
		if dir == 0 || x.season == cur {
			return cy, true
		}
	}
	if dir < 0 {
		if x.season < cur {
			return cy, true
		}
		return cy - 1, true
	}
	if x.season > cur {
		return cy, true
	}
	return cy + 1, true
}

func seasonOf(m int) int {
	switch {
	case m >= 3 && m <= 5:
		return 1
	case m >= 6 && m <= 8:
		return 2
	case m >= 9 && m <= 11:
		return 3
	}
	return 4
}

// relPeriod resolves "last week", "two years ago", "the following day".
func (s *state) relPeriod(x *expr) period {
	b, ok := s.base(x.anaph)
	if x.rule == "deictic" || x.rule == "rel-pod" && !x.anaph {
		// "today", "this morning" always mean the day of writing, but for
		// a speaker quoted in a history, whose day is not known.
		b, ok = cal{s.ay, s.am, s.ad, precDay}, s.hasAnchor
		if s.narrative && s.inQuote(x.s) {
			return period{g: gDay}
		}
	} else if s.narrative && !x.anaph && x.rule == "ago" && s.inQuote(x.s) {
		return period{g: granOf(x.unit)} // "when we took office 15 months ago," said in 1970
	}
	if (x.rule == "anaphoric-offset" || x.rule == "the-unit") && x.unit >= uMonth && !s.narrative && s.hasAnchor && s.cur-s.refTok > 40 {
		// News writes "a year earlier" against the report's own date,
		// unless a date with its year was written just before.
		b, ok = cal{s.ay, s.am, s.ad, precDay}, true
	}
	if x.unit == uQuarter && x.anaph && x.n == 0 && s.refQ == 0 && s.hasAnchor {
		// "the quarter" in a report: the latest completed one.
		b, ok = cal{s.ay, s.am, s.ad, precDay}, true
		y, q := b.y, (b.m-1)/3
		if q == 0 {
			y, q = y-1, 4
		}
		return period{g: gQuarter, known: true, y: y, q: q}
	}
	if !ok {
		return period{g: granOf(x.unit)}
	}
	t := date(b.y, b.m, b.d)
	switch x.unit {
	case uNone:
		switch b.prec {
		case precDay:
			return dayPeriod(t)
		case precMonth:
			return period{g: gMonth, known: true, y: b.y, m: b.m}
		}
		return period{g: gYear, known: true, y: b.y}
	case uDay, uHour, uMinute, uSecond:
		if x.rule == "ordinal-day" && x.anaph {
			// a day of the month or year told, which one not said
			if b.prec == precYear {
				return period{g: gDay, known: true, y: b.y}
			}
			return period{g: gDay, known: true, y: b.y, m: b.m}
		}
		if b.prec == precMonth && x.anaph && x.n == 0 {
			return period{g: gDay, known: true, y: b.y, m: b.m} // "that same day": "1998-10-XX"
		}
		if b.prec == precYear && x.anaph && x.rule == "hours-later" {
			return period{g: gDay, known: true, y: b.y} // "In 1945 ... Hours later"
		}
		if b.prec != precDay && x.anaph {
			return period{g: gDay}
		}
		n := x.n
		if x.unit != uDay {
			n = 0
		}
		return dayPeriod(t.AddDate(0, 0, n))
	case uWeek, uWeekend, uFortnight:
		w := t.AddDate(0, 0, 7*x.n)
		if x.unit == uWeekend && x.n == 0 && !x.anaph {
			// "the weekend" in a weekday report is the one just past,
			// unless the sentence looks ahead.
			if wd := int(t.Weekday()); wd >= 1 && wd <= 5 && s.tense(x) <= 0 {
				w = t.AddDate(0, 0, -wd)
			}
		}
		y, wk := w.ISOWeek()
		g := gWeek
		if x.unit == uWeekend {
			g = gWeekend
		}
		return period{g: g, known: true, y: y, w: wk}
	case uMonth:
		m := date(b.y, b.m+x.n, 1)
		return period{g: gMonth, known: true, y: m.Year(), m: int(m.Month())}
	case uQuarter:
		q := (b.m-1)/3 + x.n
		if x.anaph && s.refQ != 0 {
			q = s.refQ - 1 + x.n // "the quarter", "the quarter a year ago"
		}
		y := b.y
		for q < 0 {
			q += 4
			y--
		}
		y += q / 4
		return period{g: gQuarter, known: true, y: y, q: q%4 + 1}
	case uYear:
		if s.refQ != 0 && x.n == -1 && (x.rule == "ago" || x.rule == "anaphoric-offset" || x.rule == "year-earlier" || x.rule == "rel-unit" && s.comparison(x.s)) && !s.afterLongPeriod(x.s) {
			// After a quarter, "a year earlier" is that quarter a year
			// before (TimeBank's financial reports).
			y := b.y
			if x.anaph || x.rule == "year-earlier" {
				y = s.ref.y
			}
			return period{g: gQuarter, known: true, y: y - 1, q: s.refQ}
		}
		return period{g: gYear, known: true, y: b.y + x.n}
	case uDecade, uCentury:
		span := 10
		if x.unit == uCentury {
			span = 100
		}
		if x.rule == "ago" || x.rule == "anaphoric-offset" {
			// "a decade earlier": the year ten years before
			return period{g: gYear, known: true, y: b.y + x.n*span}
		}
		g := gDecade
		if x.unit == uCentury {
			g = gCentury
		}
		if y, ok := s.lastPeriodOf(x, span); ok {
			b.y = y // "the 1950s ... the following decade": the 1960s
		}
		if b.y < 0 {
			// Before Christ decades and centuries count down: after the
			// 490s BC comes the 480s BC ("BC048"). (Years BC are held
			// negative, 480 BC as -480; a negative y here holds the BC year
			// that names the period.)
			bc := -b.y / span
			return period{g: g, known: true, y: -(bc - x.n) * span}
		}
		return period{g: g, known: true, y: (b.y/span + x.n) * span}
	case uMillennium:
		return period{g: gCentury, known: false}
	}
	return period{}
}

func granOf(u unitKind) gran {
	switch u {
	case uDay, uHour, uMinute, uSecond:
		return gDay
	case uWeek, uFortnight:
		return gWeek
	case uWeekend:
		return gWeekend
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	}
	return gDay
}

// tense guesses from the sentence around x whether it speaks of the past
// (-1) or the future (+1), or cannot tell (0). It looks first at the word
// right before the expression ("said Thursday", "met on Monday"), then for
// the nearest tense cue in the sentence, after the expression first.
func (s *state) tense(x *expr) int {
	if t := s.strongTense(x); t != 0 {
		return t
	}
	// Each direction stops at the sentence's edge: a cue in the next
	// sentence ("... in April. The largest beneficiary will be") says
	// nothing about this one.
	fwd, bwd := true, true
	for d := 0; d < 15 && (fwd || bwd); d++ {
		f, b := x.e+d, x.s-1-d
		if fwd = fwd && f < len(s.toks) && !s.boundary(f); fwd {
			if t := s.clauseCue(f); t != 0 {
				return t
			}
		}
		if bwd = bwd && b >= 0 && !s.boundary(b+1); bwd {
			if t := s.clauseCue(b); t != 0 && !(t < 0 && s.has(b-1, wfPassive)) {
				return t // (a passive "will be held" is not past)
			}
		}
	}
	return 0
}

// clauseCue is cue for a word of the sentence around an expression: an
// infinitive has no tense ("difficult for Sun to meet demand"), unless a
// verb of planning governs it ("plans to meet").
func (s *state) clauseCue(i int) int {
	t := s.cue(i)
	if t != 0 && s.isw(i-1, "to") && !s.has(i-2, wfPlanVerb) {
		return 0
	}
	if t > 0 && (s.isw(i-1, "than") || s.isw(i-1, "as")) {
		return 0 // "longer than expected", "as planned"
	}
	return t
}

// strongTense looks only at the verb right before the expression and at an
// auxiliary right after it, the cues that rarely mislead.
func (s *state) strongTense(x *expr) int {
	if x.tense != 0 {
		return int(x.tense)
	}
	if t := s.verbPhraseTense(x); t != 0 {
		return t
	}
	p := x.s - 1
	if s.has(p, wfUntil) && !s.toks[p].cap || s.isw(p, "as") && (s.isw(p-1, "soon") || s.isw(p-1, "early")) {
		return 1 // "postponed until Tuesday", "as soon as Tuesday"
	}
	if s.isw(p, "on") || s.isw(p, "in") {
		p--
	}
	if w := s.tokText(p); s.kind(p) == tkWord && s.word(p) == nil && len(w) > 4 && w[len(w)-2:] == "ly" {
		p-- // "meet separately Monday": the verb is before the adverb
	}
	if t := s.cue(p); t < 0 && !s.isw(p-1, "be") {
		return -1
	} else if t > 0 && p == x.s-2 {
		return 1 // "will resume in December"
	}
	// "in February a conference will be held": a future auxiliary right
	// after the expression settles it.
	for k := x.e; k < x.e+4 && k < len(s.toks) && !s.boundary(k) && s.kind(k) != tkPunct; k++ {
		// (not across a comma: "issued July 1, which will receive"; not
		// a comparison: "lasted longer than expected", "went as scheduled")
		if s.has(k, wfFutureAux) && !s.isw(k-1, "than") && !s.isw(k-1, "as") {
			return 1
		}
	}
	if s.pastVerbBefore(x.s) {
		return -1
	}
	// "will land at 10 p.m. Wednesday", "is scheduled to close Monday",
	// "planned to leave Nairobi on Thursday": a future auxiliary or an
	// infinitive a few words before, in the same clause.
	for k := x.s - 1; k >= x.s-6 && k >= 0 && s.kind(k) == tkWord && !s.isw(k, "that"); k-- {
		if s.has(k, wfFutureAux|wfFutureBefore) && !s.has(k-1, wfPastAux) && !s.pastAfter(x) {
			return 1 // (not "had been scheduled to expire Friday", "planned for Saturday was cancelled")
		}
		if e := s.word(k); e != nil && len(e.key) >= 3 && len(e.key) <= 6 && (e.key[0] == 'c' || e.key[0] == 's' || e.key[0] == 'm') &&
			s.lang.parseFn == nil && s.modalAhead(k) && !s.pastBetween(k+1, x.s) {
			return 1 // "could take place in September" (English)
		}
		if s.isw(k, "to") && s.kind(k+1) == tkWord && !s.toks[k+1].cap && k+1 < x.s && k > 0 {
			// "set to resume", "is to resume": an infinitive after a verb of
			// plan or schedule ("to get around Wednesday's ruling" is not).
			if s.has(k-1, wfPlanVerb) && !s.has(k-2, wfPastAux) {
				return 1
			}
		}
	}
	return 0
}

// clauseTense reads the nearest tense cue before x in its clause, up to
// sixteen words back and not across a comma or a sentence's edge: "who is due
// to meet his counterpart on Friday", "agreed to hold another summit in
// June", "were planning to block the bridge on Monday" look ahead; "met
// the envoy in a hotel on Friday" looks back. A plan stated in the past
// ("had planned to") is no cue.
func (s *state) clauseTense(x *expr) int {
	words := 0
	for k := x.s - 1; words < 16 && k >= 0 && !s.boundary(k+1); k-- {
		if s.kind(k) == tkPunct {
			if s.clauseEdge(k) {
				return 0
			}
			continue // ("Roy's liquid-chromatography line", "$22 million")
		}
		words++
		e := s.word(k)
		if e == nil || e.tense == 0 && e.flags&(wfPlanVerb|wfFutureAux|wfFutureBefore) == 0 {
			continue // (most words: no cue)
		}
		if s.isw(k-1, "had") || s.isw(k-1, "been") || s.isw(k-1, "than") || s.isw(k-1, "as") {
			return 0 // "had been scheduled to", "longer than expected"
		}
		if e.flags&wfPlanVerb != 0 && s.isw(k+1, "to") && k+1 < x.s-1 || e.flags&(wfFutureAux|wfFutureBefore) != 0 {
			if s.isp(x.e, '\'') || s.pastAfter(x) {
				return 0 // "to get around Wednesday's ruling", "a rally planned for Saturday was canceled"
			}
			return 1
		}
		if s.cue(k) < 0 && !s.has(k-1, wfPassive) { // ("would be signed" is no past)
			return -1
		}
	}
	return 0
}

// clauseEdge reports whether punctuation token k ends a clause: a comma,
// a colon, a bracket, a full stop or a quote mark ("... will understand.'
// Mr Yeltsin caught Japan by surprise on Wednesday"), but not the apostrophe
// of "Roy's", "the islands'" or a hyphen.
func (s *state) clauseEdge(k int) bool {
	switch s.toks[k].ch {
	case ',', ';', ':', '(', ')', '"', '.', '!', '?', 0x80:
		return true
	case '\'':
		w := s.tokText(k - 1)
		return !(s.kind(k-1) == tkWord && s.adj(k-1) && (s.adj(k) || w[len(w)-1] == 's')) // "Roy's", "the islands' port"
	}
	return false
}

// leadTense reads the tense of the clause an expression leads, set off by
// a comma at the start of its sentence ("On Tuesday, the league plans to
// hold a news conference"; "On Tuesday, the ministers met"): the first cue
// in the next twelve words before any other punctuation.
func (s *state) leadTense(x *expr) int {
	st := x.s
	if s.isw(st-1, "on") {
		st--
	}
	if !s.sentStart(st) || !s.isp(x.e, ',') {
		return 0
	}
	for k, words := x.e+1, 0; words < 12 && k < len(s.toks) && !s.boundary(k); k++ {
		if s.kind(k) == tkPunct {
			if !s.clauseEdge(k) && !s.isp(k, '$') {
				continue // "the fishermen's union"
			}
			return 0
		}
		words++
		if s.isw(k, "when") || s.isw(k, "who") || s.isw(k, "which") || s.isw(k, "after") || s.isw(k, "before") {
			return 0 // the clause that follows is not the one led
		}
		if s.has(k, wfPastAux) || s.cue(k) < 0 {
			return -1
		}
		// Only the present plans: "planned to pay" on Friday was a plan made then.
		if s.has(k, wfFutureAux) || (s.isw(k, "plans") || s.isw(k, "plan") || s.isw(k, "intends") || s.isw(k, "is") || s.isw(k, "are")) && s.isw(k+1, "to") {
			return 1
		}
	}
	return 0
}

// pastAfter reports whether a past auxiliary follows x within three words
// of its clause ("a rally planned for Saturday was canceled").
func (s *state) pastAfter(x *expr) bool {
	for k := x.e; k < x.e+3 && k < len(s.toks) && s.kind(k) == tkWord && !s.boundary(k) && !s.isw(k, "and") && !s.isw(k, "or"); k++ {
		if s.has(k, wfPastAux) {
			return true
		}
	}
	return false
}

// afterLongPeriod reports whether the sentence before token i names a
// reporting period longer than a quarter ("For the nine months, ... a year
// earlier", "in the first half"): the comparison is then with that period a
// year before, which no quarter names, so the year stands.
func (s *state) afterLongPeriod(i int) bool {
	for k := i - 1; k > 0 && !s.boundary(k+1); k-- {
		if s.isw(k, "months") {
			if e := s.word(k - 1); e != nil && (e.num == 6 || e.num == 9) && e.numKind == nkOnes {
				return true
			}
		}
		if s.isw(k, "half") && (s.isw(k-1, "first") || s.isw(k-1, "second")) {
			return true
		}
	}
	return false
}

// sameSentence reports whether no sentence starts in tokens (a, b].
func (s *state) sameSentence(a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if s.boundary(k) {
			return false
		}
	}
	return true
}

// boundary reports whether token i starts a new sentence.
func (s *state) boundary(i int) bool {
	if i <= 0 || i >= len(s.toks) {
		return true
	}
	if s.toks[i].nl {
		return true
	}
	p := &s.toks[i-1]
	if p.kind == tkPunct && p.ch == '.' && (s.has(i-2, wfTitle) || s.kind(i-2) == tkWord && len(s.tokText(i-2)) == 1) {
		return false // "Gen. Schwarzkopf", "Daniel P. Davison"
	}
	return p.kind == tkPunct && (p.ch == '.' || p.ch == '!' || p.ch == '?') && s.toks[i].cap
}

// cue classifies token i as a past (-1) or future (+1) tense cue.
func (s *state) cue(i int) int {
	e := s.word(i)
	if e == nil || e.tense == 0 {
		return 0
	}
	if e.key == "set" && !s.isw(i+1, "to") && !s.isw(i+1, "for") {
		return 0 // "set to resume" looks ahead; "set a record" does not
	}
	return int(e.tense)
}

// pastVerbBefore reports whether the word right before token i (skipping
// "on", "in", "at") is a past-tense verb ending in -ed ("crashed last
// February", "signed on 12 March"); not after "to", "by", "until", whose
// object is a target ("extended to Nov. 20").
func (s *state) pastVerbBefore(i int) bool {
	k := i - 1
	if s.isw(k, "on") || s.isw(k, "in") || s.isw(k, "at") {
		k--
	}
	if s.kind(k) != tkWord || s.toks[k].cap || s.has(k-1, wfPassive) {
		return false // (a passive "to be completed around Nov. 1" is no past event)
	}
	w := s.tokText(k)
	n := len(w)
	return n > 4 && w[n-2] == 'e' && w[n-1] == 'd'
}

// textIn reports whether token i is one of words (lower case), for the words
// of a verb phrase that the word table need not hold (the lexer's table is
// looked up for every token; these are read only when resolving).
func (s *state) textIn(i int, words ...string) bool {
	if s.kind(i) != tkWord {
		return false
	}
	t := s.tokText(i)
	for _, w := range words {
		// (lengths and the first letter first: most words differ there)
		if len(t) == len(w) && t[0]|0x20 == w[0] && strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// isModal reports whether token i is a modal verb, which with a bare verb
// after it puts a date ahead ("could take place in September", "should meet
// on Friday"), unless a perfect follows ("could have met"); "could be" is as
// often the past of "can" ("could not be reached Wednesday"). All of them
// are in the English word table, as function words or a month.
func (s *state) isModal(i int) bool {
	e := s.word(i)
	if e == nil {
		return false
	}
	switch e.key {
	case "could", "should", "might", "must", "can", "may":
		return true
	}
	return false
}

// verbPhraseTense reads the verb phrase right before x for the tenses that
// one word does not tell (English only): a past verb with its object ("took
// place in July", "took office on Monday") is past; a verb after a modal
// ("could take place in September"), the scheduled present ("takes place
// in September", "is set for Thursday", "are scheduled for May") looks
// ahead.
func (s *state) verbPhraseTense(x *expr) int {
	if s.lang.parseFn != nil { // (Russian and Japanese read their own tenses)
		return 0
	}
	k := x.s - 1
	prep := s.isw(k, "on") || s.isw(k, "in") || s.isw(k, "for")
	if prep || s.isw(k, "at") {
		k--
	}
	if s.kind(k) != tkWord {
		return 0
	}
	if s.toks[k].lex >= 0 && !s.isw(k, "part") {
		// "is set for Thursday", "are scheduled for May", "is due in
		// September" (of these words only "slated" is not in the table;
		// of the objects below, only "part").
		if prep && (s.isw(k-1, "is") || s.isw(k-1, "are")) && (s.isw(k, "set") || s.isw(k, "scheduled") || s.isw(k, "due") || s.isw(k, "planned") || s.isw(k, "expected")) {
			return 1
		}
		return 0
	}
	switch n := s.toks[k].end - s.toks[k].start; {
	case n == 6 && prep && (s.isw(k-1, "is") || s.isw(k-1, "are")) && s.textIn(k, "slated"):
		return 1
	case n >= 4 && n <= 6 && s.textIn(k, "place", "part", "office", "power", "effect", "force"):
		// "takes place", "take part", "comes into force": the verb before its object.
		v := k - 1
		if s.textIn(v, "into") {
			v-- // "came into effect"
		}
		switch {
		case s.textIn(v, "takes", "comes", "goes"):
			return 1
		case s.cue(v) < 0 && !s.has(v-1, wfPassive):
			return -1 // "took place", "came into effect"
		}
	}
	return 0
}

// pastBetween reports whether a past verb stands in tokens [a, b), nearer
// the date than a modal ("could say he met on Monday").
func (s *state) pastBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.cue(k) < 0 && !s.has(k-1, wfPassive) && !s.isModal(k-1) {
			return true
		}
	}
	return false
}

// modalAhead reports whether token j is a modal with a bare verb after it
// ("could take place", "should meet"), which puts a date ahead.
func (s *state) modalAhead(j int) bool {
	if !s.isModal(j) || s.toks[j].cap || s.kind(j+1) != tkWord || s.textIn(j+1, "have", "not", "never", "also") {
		return false
	}
	return !(s.textIn(j, "could") && s.has(j+1, wfPassive)) // "could be located Wednesday": the past of "can"
}

// lastPeriodOf returns the first year of the decade (span 10) or century
// (100) told just before a "following", "previous" or "preceding" one,
// which counts from it ("the 1950s ... the following decade"), or from the
// year told just before, and whether there was one: the mention right
// before x must be such a period, a year or a date.
func (s *state) lastPeriodOf(x *expr, span int) (int, bool) {
	k := x.s
	if s.isw(k, "the") {
		k++
	}
	if !(s.isw(k, "following") || s.isw(k, "previous") || s.isw(k, "preceding")) {
		return 0, false
	}
	n := len(s.out)
	if n <= s.out0 || s.out[n-1].Type != Date {
		return 0, false
	}
	v := s.out[n-1].Value
	sign := 1
	if len(v) > 2 && v[:2] == "BC" {
		v, sign = v[2:], -1
	}
	digits := 3
	if span == 100 {
		digits = 2
	}
	y, nd := digitsAt(v, 0)
	if nd == 4 && (len(v) == 4 || v[4] == '-') && sign > 0 {
		return y, true // a year or a date in it: "in 1952 ... the following decade" is the 1960s
	}
	if len(v) != digits || nd != digits {
		return 0, false
	}
	return sign * y * span, true
}
