package temporal

// Rules for calendar expressions led by a month, weekday, number, season,
// relative word or ordinal.

import "strings"

// monthOK applies the guards against month names that are other words:
// "may" the verb, "march" the noun, "August" the adjective, "Theresa May".
// strong is true when a day or year follows, which settles it.
func (s *state) monthOK(i int, strong bool) bool {
	tk := &s.toks[i]
	e := s.word(i)
	n := int(tk.end - tk.start)
	abbr := n <= 4 && e.key != "june" && e.key != "july" && e.key != "may"
	if !tk.cap {
		// Lower-case month names are ordinary words ("may", "march") or
		// sloppy text; accept only unambiguous full names with a number.
		return strong && !abbr && e.key != "may" && e.key != "march" && e.key != "august"
	}
	if abbr {
		// "Jan" as a name, "Mar" ...: need a period or a number after it.
		return strong || s.isp(i+1, '.') && s.adj(i) && !s.sentStart(i)
	}
	if strong {
		return !(e.key == "may" && s.prevCapName(i))
	}
	switch e.key {
	case "may", "march", "august":
		if s.isw(i-1, "the") && s.toks[i].cap && s.kind(i+1) == tkWord && !s.toks[i+1].cap && !s.has(i+1, wfFunction) && s.word(i+1) == nil {
			return true // "the March accession", "the May elections"
		}
		if s.prevCapName(i) || s.isw(i-1, "the") {
			return false // "Theresa May", "along the March"
		}
		if s.has(i-1, wfMonthBefore) || s.isp(i-1, '-') && s.adj(i-1) {
			return true // "in May", "since March", "mid-August"
		}
		nx := s.word(i + 1)
		if nx != nil && nx.flags&wfVerbAfter != 0 {
			return false // "May I", "May we": the verb
		}
		if s.kind(i+1) == tkWord && s.toks[i+1].cap && !s.sentStart(i+1) && (nx == nil || !nx.trigger) {
			return false // "March Hare", "May Day": a name
		}
		if nx != nil && (nx.key == "for" || nx.key == "of" || nx.key == "to") || s.has(i-1, wfRecurring) {
			return false // "the annual March for Life", "March of the Mothers"
		}
		if s.sentStart(i) {
			// A sentence opening with "May" or "March" is a verb unless a
			// comma follows.
			return s.isp(i+1, ',')
		}
		return e.key != "may" // "in the August heat" is rare; "may" mid-sentence lower-cased is handled above
	}
	return true
}

// prevCapName reports whether token i follows a capitalised word inside a
// sentence that is not a temporal or function word, as in "Theresa May".
func (s *state) prevCapName(i int) bool {
	if i == 0 || s.sentStart(i) || s.kind(i-1) != tkWord || !s.toks[i-1].cap {
		return false
	}
	p := s.word(i - 1)
	return p == nil || (!p.trigger && !p.countNoun && p.flags&wfFunction == 0)
}

// dayAt reads a day of the month at i ("30", "30th", "1st") and returns it
// with the index after it.
func (s *state) dayAt(i int) (int, int) {
	if s.kind(i) != tkNum {
		return 0, i
	}
	tk := &s.toks[i]
	if tk.nd > 2 || tk.grouped || tk.num < 1 || tk.num > 31 {
		return 0, i
	}
	j := i + 1
	if e := s.word(j); e != nil && e.ordSuffix && s.adj(i) {
		j++
	} else if s.kind(j) == tkWord && s.adj(i) {
		return 0, i // "30km"
	}
	if e := s.word(j); e != nil && (e.countNoun || e.unit != uNone && e.key != "second") {
		return 0, i // "May 5 people", "March 3 years"
	}
	if s.isp(j, '%') || s.isp(j, '.') && s.adj(j-1) && s.kind(j+1) == tkNum && s.adj(j) {
		return 0, i
	}
	return int(tk.num), j
}

// yearAt reads a four-digit year at i; strong means the context (a month or
// season before it) already says it is a year, so fewer guards apply.
func (s *state) yearAt(i int, strong bool) (int, int) {
	if s.kind(i) != tkNum {
		return 0, i
	}
	tk := &s.toks[i]
	if tk.nd != 4 || tk.grouped || tk.num < 1000 || tk.num > 2099 {
		return 0, i
	}
	j := i + 1
	if s.kind(j) == tkWord && s.adj(i) {
		return 0, i // "1990s", "2000km"
	}
	if e := s.word(j); e != nil && (e.countNoun && !s.yearLeads(i-1) || e.unit != uNone) && !(e.key == "second" && (s.isw(j+1, "quarter") || s.isw(j+1, "half"))) &&
		!(e.unit == uQuarter && s.isw(i-1, "the")) { // ("the 1988 quarter" is the year's quarter)
		return 0, i
	}
	if s.isp(j, '%') || s.isp(j, ':') && s.kind(j+1) == tkNum || s.zoneAt(j) {
		return 0, i // ("1912 GMT" is a clock time)
	}
	if !strong {
		// Money and numbering: "$2022", "No. 1945", "Article 9", "Resolution 2758".
		if tk.start > 0 {
			switch c := s.text[tk.start-1]; c {
			case '$', '#', '+', '=', '/', '\\', '*':
				return 0, i
			}
			if c := s.text[tk.start-1]; c >= 0x80 { // £, €, ¥, №
				if i > 0 && s.toks[i-1].end == tk.start && s.toks[i-1].ch == 0x80 && !isDash(s.tokText(i-1)) {
					return 0, i
				}
			}
		}
		if s.isp(i-1, '.') && s.adj(i-2) && s.has(i-2, wfAbbrevLabel) {
			return 0, i // "No. 1945"
		}
		if p := s.word(i - 1); p != nil && p.flags&(wfLabel|wfQuantity) != 0 {
			if p.flags&wfQuantity == 0 {
				return 0, i // "Article 9", "Resolution 2758"
			}
			if nx := s.word(j); s.kind(j) == tkWord && (nx == nil || !nx.trigger) && !s.isp(j, ',') {
				return 0, i // "over 2000 tanks"
			}
		} else if p == nil && s.kind(i-1) == tkWord && s.toks[i-1].cap && !s.sentStart(i-1) && !s.sentStart(i) && !s.toks[i].nl &&
			!(s.isp(j, '-') || s.isp(j, ',') || s.isp(j, ')') || s.kind(j) == tkPunct && s.toks[j].ch == 0x80 || j >= len(s.toks) || s.toks[j].nl) {
			return 0, i // "Boeing 1900", "Windows 2000": a label
		}
		if s.kind(j) == tkWord {
			// "1945 people" and other counts: a plural word right after.
			if e := s.word(j); e == nil && !s.toks[j].cap {
				w := s.tokText(j)
				if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' {
					if p := s.word(i - 1); p == nil || p.key != "in" && p.key != "since" && p.key != "of" && p.key != "by" && p.key != "until" && p.key != "fiscal" && p.key != "year" {
						return 0, i
					}
				}
			}
		}
	}
	return int(tk.num), j
}

// yearLeads reports whether the word at k, opening its sentence, makes a
// number after it a year even before a count noun: "In 1945 troops
// landed", "Since 1945 troops have been stationed there" ("sent 1945
// troops" is a count).
func (s *state) yearLeads(k int) bool {
	if !s.sentStart(k) {
		return false
	}
	p := s.word(k)
	return p != nil && (p.key == "in" || p.key == "since" || p.key == "by" || p.key == "until" || p.key == "after" || p.key == "before")
}

// yearEraAt reads a year after a month or season: "1945", or one with an
// era, "480 BC" (returned negative: years before Christ count down).
func (s *state) yearEraAt(i int) (int, int) {
	if y, k := s.yearAt(i, true); y != 0 {
		if era, k2 := s.eraAfter(k); era != 0 {
			return y * era, k2
		}
		return y, k
	}
	if s.kind(i) == tkNum && !s.toks[i].grouped && s.toks[i].nd <= 4 && s.toks[i].num > 0 {
		if era, k := s.eraAfter(i + 1); era != 0 {
			return int(s.toks[i].num) * era, k
		}
	}
	return 0, i
}

func isDash(t string) bool { return t == "\u2013" || t == "\u2014" || t == "\u2212" }

// eraAfter reads "BC", "B.C.", "AD", "BCE" at j and returns -1/+1 and the
// index after it.
func (s *state) eraAfter(j int) (int, int) {
	e := s.word(j)
	if e != nil && (e.key == "a" || e.key == "c") && s.toks[j].cap && s.isp(j+1, '.') && s.adj(j) && s.adj(j+1) && s.kind(j+2) == tkWord && s.toks[j+2].cap &&
		(e.key == "a" && s.textIn(j+2, "d") || e.key == "c" && s.textIn(j+2, "e")) {
		// "A.D.", "C.E.": the lexer cuts them into letters and stops
		k := j + 3
		if s.isp(k, '.') && s.adj(k-1) {
			k++
		}
		return 1, k
	}
	if e == nil || e.era == 0 || !s.toks[j].upper && !(s.toks[j].cap && len(e.key) == 1) {
		return 0, j
	}
	if e.key == "b" || e.key == "ad" && s.isp(j+1, '.') {
		// B.C. / A.D.
		if e.key == "b" && s.isp(j+1, '.') && s.isw(j+2, "c") || s.isw(j+2, "ce") {
			k := j + 3
			if s.isp(k, '.') && s.adj(k-1) {
				k++
				if s.adj(k-1) && s.kind(k) == tkWord && s.toks[k].cap && s.textIn(k, "e") && s.isp(k+1, '.') && s.adj(k) {
					k += 2 // "B.C.E."
				}
			}
			return -1, k
		}
		if e.key == "b" {
			return 0, j
		}
	}
	return int(e.era), j + 1
}

// monthLed: "January 30, 2024", "Jan. 30", "March 2022", "March of 1940", "May".
func (s *state) monthLed(i int, x *expr) bool {
	e := s.word(i)
	j := s.afterMonth(i, e)
	*x = expr{s: i, kind: kDate, typ: Date, m: int(e.month)}
	if d, k := s.dayAt(j); d > 0 && s.monthOK(i, true) {
		x.d, x.e, x.rule = d, k, "month-day"
		s.yearAfter(k, x, "month-day-year")
		if !x.hasY {
			if y := s.coordYear(k, x.m); y != 0 {
				x.y, x.hasY = y, true // "March 19 and April 30, 2003"
			} else if y := s.dayListYear(k); y != 0 {
				x.y, x.hasY = y, true // "March 1-5, 2001", "March 3, 4 and 5, 2001"
			}
		}
		s.timeAfter(x)
		return true
	}
	if d, k := s.ordDayAt(i, j); d > 0 {
		x.d, x.e, x.rule = d, k, "month-ordword"
		s.yearAfter(k, x, "month-day-year")
		return true
	}
	k := j
	if s.isp(k, ',') || s.isw(k, "of") {
		k++
	}
	if y, k3 := s.yearEraAt(k); y != 0 && s.monthOK(i, true) {
		x.y, x.hasY, x.e, x.rule = y, true, k3, "month-year"
		return true
	}
	if y, k3 := s.yearWordsAt(k); y != 0 && s.monthOK(i, true) {
		x.y, x.hasY, x.e, x.rule = y, true, k3, "month-year"
		return true
	}
	if !s.monthOK(i, false) {
		return false
	}
	x.e, x.rule = j, "month"
	if y := s.coordYear(j, x.m); y != 0 {
		x.y, x.hasY = y, true // "March and April 1918": the year is March's too
		return true
	}
	if s.isw(j, "of") {
		s.ofYear(j, x)
	} else if r := s.word(j); r != nil && (r.key == "this" || r.key == "last" || r.key == "next") && s.isw(j+1, "year") {
		x.dir = int(r.rel)
		x.e, x.rule = j+2, "month-rel-year"
		x.n = int(r.rel)
		x.anaph = false
		x.unit = uYear // marks "January this year": year = anchor year + n
	}
	return true
}

// listGoesOn reports whether a list of days continues at k: ", 5" or
// "and 5" ("March 3, 4 and 5"), so a day after a comma is listed, not a
// count ("March 3, 4 soldiers").
func (s *state) listGoesOn(k int) bool {
	if !(s.isp(k, ',') || s.isw(k, "and") || s.isw(k, "or")) {
		return false
	}
	d, k2 := s.dayAt(k + 1)
	if d == 0 || k2 != k+2 {
		return false
	}
	e := s.word(k2)
	return e == nil || e.month == 0 && !e.countNoun && e.unit == uNone
}

// dayListYear returns the year written after a range or list of days that
// continues a month and day at k ("-5, 2001", ", 4 and 5, 2001"), or 0:
// the year is every listed day's.
func (s *state) dayListYear(k int) int {
	n := 0
	for s.isDashAt(k) || s.isw(k, "and") || s.isw(k, "to") || s.isw(k, "through") || s.isp(k, ',') && s.kind(k+1) == tkNum && s.toks[k+1].nd <= 2 {
		if d, k2 := s.dayAt(k + 1); d > 0 && k2 == k+2 {
			k, n = k2, n+1
			continue
		}
		break
	}
	if n == 0 {
		return 0
	}
	if s.isp(k, ',') {
		k++
	}
	y, _ := s.yearEraAt(k)
	return y
}

// coordYear returns the year written after a second, coordinated month at
// k ("and April 1918", "to April 30, 2003", "-June 1955"), as the year of the
// month m before it (the year before when m comes later in the year), or 0.
func (s *state) coordYear(k, m int) int {
	if !(s.isw(k, "and") || s.isw(k, "or") || s.isw(k, "to") || s.isw(k, "through") || s.isDashAt(k) || s.isp(k, '/')) {
		return 0
	}
	e := s.word(k + 1)
	if e == nil || e.month == 0 || !s.toks[k+1].cap {
		return 0
	}
	j := s.afterMonth(k+1, e)
	if _, j2 := s.dayAt(j); j2 > j {
		j = j2
	}
	if s.isp(j, ',') {
		j++
	}
	y, _ := s.yearEraAt(j)
	if y != 0 && int(e.month) < m {
		y-- // "December and January 1942"
	}
	return y
}

// isDashAt reports whether token k is a hyphen or a dash.
func (s *state) isDashAt(k int) bool {
	return s.isp(k, '-') || s.kind(k) == tkPunct && s.toks[k].ch == 0x80 && isDash(s.tokText(k))
}

// ofYear extends x over "of that year", "of the same year", "of this year".
func (s *state) ofYear(k int, x *expr) {
	j := k + 1
	if s.isw(j, "the") {
		j++
	}
	r := s.word(j)
	if r != nil && r.isRel && s.isw(j+1, "year") {
		x.e = j + 2
		x.unit = uYear
		x.n = int(r.rel)
		if r.key == "that" || r.key == "same" || s.isw(k+1, "the") {
			x.anaph = true
		}
		x.rule += "-of-year"
	}
}

// weeklyBefore reports whether the weekday at i is coordinated after a
// weekly set ("every Tuesday and Friday", "every Monday, Wednesday or
// Friday"), with only "and", "or" and commas between.
func (s *state) weeklyBefore(i int) bool {
	n := len(s.out)
	// (A set with a part of day, "Monday and Tuesday nights", is
	// weekdayPodSet's.)
	if n == 0 || s.out[n-1].Type != Set || !strings.HasPrefix(s.out[n-1].Value, "XXXX-WXX-") || len(s.out[n-1].Value) != len("XXXX-WXX-1") {
		return false
	}
	k := i - 1
	for k >= 0 && (s.isp(k, ',') || s.isw(k, "and") || s.isw(k, "or")) {
		k--
	}
	return k >= 0 && k < i-1 && int(s.toks[k].end) == s.out[n-1].End
}

// weekdayLed: "Monday", "Saturday, April 25", "Tuesday evening", "Mondays".
func (s *state) weekdayLed(i int, x *expr) bool {
	e := s.word(i)
	tk := &s.toks[i]
	full := len(e.key) >= 6
	j := i + 1
	if !full {
		// "Sun", "Wed": only as "Wed., Jan. 30" or "Sat, 30 Jan".
		if !tk.cap || !(s.isp(j, '.') || s.isp(j, ',')) {
			return false
		}
		if s.isp(j, '.') {
			j++
		}
		k := j
		if s.isp(k, ',') {
			k++
		}
		if e := s.word(k); !(s.kind(k) == tkNum || e != nil && e.month != 0) {
			return false
		}
	}
	*x = expr{s: i, e: j, kind: kWeekday, typ: Date, wd: int(e.weekday), rule: "weekday"}
	if !tk.cap && !tk.upper {
		if full && e.pl {
			return false
		}
	}
	if e.pl {
		x.kind, x.typ, x.rule = kSet, Set, "weekday-plural"
		x.val = "XXXX-WXX-" + string(rune('0'+e.weekday))
		if p := s.word(j); p != nil && p.pod != "" && len(p.pod) == 2 {
			x.val += "T" + p.pod
			x.e++
		}
		return true
	}
	if s.weeklyBefore(i) {
		// "every Tuesday and Friday": the second weekday recurs too.
		x.kind, x.typ, x.rule = kSet, Set, "weekday-coordinated-set"
		x.val = "XXXX-WXX-" + string(rune('0'+e.weekday))
		return true
	}
	// A date after it: "Saturday, April 25", "Sunday, 30 January 2024".
	k := j
	if s.isp(k, ',') {
		k++
	}
	var y expr
	if s.core(k, &y) && y.kind == kDate && y.d != 0 {
		*x = y
		x.s, x.rule = i, "weekday-"+y.rule
		return true
	}
	// "Sunday Times": a capitalised non-temporal word right after.
	if nt := s.kind(j); nt == tkWord && s.toks[j].cap && !s.toks[j].upper && !s.sentStart(j) {
		if n := s.word(j); n == nil || !n.trigger {
			return false
		}
	}
	if s.weekdayPodSet(i, j, x) {
		return true
	}
	if p := s.word(j); p != nil && p.pod != "" {
		if len(p.pod) == 2 {
			x.pod, x.typ, x.e, x.rule = p.pod, Time, j+1, "weekday-pod"
		}
	}
	return true
}

// deicticLed: "today", "yesterday morning", "tonight".
func (s *state) deicticLed(i int, x *expr) bool {
	e := s.word(i)
	*x = expr{s: i, e: i + 1, kind: kRel, unit: uDay, n: int(e.deictic), typ: Date, rule: "deictic"}
	if s.isp(i+1, '\'') && s.adj(i) && s.isw(i+2, "s") && s.has(i+3, wfGeneric) {
		return false // "today's world", "today's youth": the present age, not a day
	}
	if s.genericDeictic(i) {
		return false
	}
	if s.toks[i].cap && s.prevCapName(i) {
		return false // "VOA Today": a programme's name
	}
	if e.key == "tonight" {
		x.pod, x.typ = "NI", Time
		return true
	}
	if p := s.word(i + 1); p != nil && p.pod != "" && len(p.pod) == 2 {
		x.pod, x.typ, x.e = p.pod, Time, i+2
	}
	return true
}

// seasonLed: "spring 2023", "the summer of 1955", "winter".
func (s *state) seasonLed(i int, x *expr) bool {
	e := s.word(i)
	tk := &s.toks[i]
	*x = expr{s: i, e: i + 1, kind: kSeason, typ: Date, season: int(e.season), rule: "season"}
	k := i + 1
	if s.isw(k, "of") {
		k++
	}
	if y, k2 := s.yearEraAt(k); y != 0 {
		x.y, x.hasY, x.e, x.rule = y, true, k2, "season-year"
		return true
	}
	if y, k2 := s.yearWordsAt(k); y != 0 {
		x.y, x.hasY, x.e, x.rule = y, true, k2, "season-year"
		return true
	}
	if s.isw(i+1, "of") {
		var y expr
		if s.relYear(i+2, &y) {
			x.e, x.unit, x.n, x.anaph, x.rule = y.e, uYear, y.n, y.anaph, "season-of-year"
			return true
		}
		return false // "the fall of Saigon"
	}
	if e.pl || e.key == "springs" || e.key == "summers" || e.key == "winters" || e.key == "autumns" {
		return false
	}
	if s.has(i+1, wfCampaign) && !s.prevCapName(i) {
		x.rule = "season-event" // "the Spring Offensive", "a fall campaign": a war's season
		return true
	}
	if e.key == "fall" || e.key == "spring" {
		// Verbs and nouns too: require a determiner or preposition before.
		p := s.word(i - 1)
		if p == nil || !(p.key == "the" || p.isRel || p.key == "in" || p.key == "during" || p.key == "early" || p.key == "late" || p.key == "by" || p.key == "until" || p.key == "since" || p.key == "mid") {
			return false
		}
		if e.key == "fall" && p.key == "the" && !(s.isp(i+1, ',') || s.isp(i+1, '.')) {
			nx := s.word(i + 1)
			if nx == nil || !(nx.key == "and" || nx.key == "or" || nx.key == "of" || nx.trigger) {
				return false
			}
		}
	}
	if tk.cap && !s.sentStart(i) && !tk.upper {
		if nx := s.kind(i + 1); nx == tkWord && s.toks[i+1].cap {
			return false // "Summer Olympics", "Winter Palace"
		}
	}
	return true
}

// relYear parses "that year", "the same year", "last year" for "of ...".
func (s *state) relYear(k int, y *expr) bool {
	the := s.isw(k, "the")
	if the {
		k++
	}
	r := s.word(k)
	if r != nil && r.isRel && s.isw(k+1, "year") {
		*y = expr{e: k + 2, n: int(r.rel), anaph: the || r.key == "that" || r.key == "same"}
		return true
	}
	return false
}

// relLed: "last week", "next month", "this year", "the following day",
// "last Friday", "this summer", "the past three months", "recent years".
func (s *state) relLed(i int, x *expr) bool {
	e := s.word(i)
	the := s.isw(i-1, "the")
	anaph := the && e.key != "past" && e.key != "last" && e.key != "coming" && e.key != "current" && e.key != "latest" && e.key != "present" || e.key == "that" || e.key == "same" || e.key == "following" || e.key == "previous" || e.key == "preceding" || e.key == "prior"
	j := i + 1
	if e.key == "this" && (s.isw(j, "past") || s.isw(j, "coming")) || e.key == "that" && s.isw(j, "same") { // "this past spring", "that same day"
		e = s.word(j)
		j++
	}
	if e.key == "the" {
		return false
	}
	if e.key == "present" && (s.isw(j, "day") || s.isp(j, '-') && s.adj(i) && s.adj(j) && s.isw(j+1, "day")) {
		// "in present-day Ondo State", "the present day": now
		*x = expr{s: i, e: j + 1 + b2i(!s.isw(j, "day")), kind: kRef, typ: Date, refv: "PRESENT_REF", rule: "ref-present-day"}
		return true
	}
	n := s.word(j)
	if n != nil && n.key == "fiscal" { // "the current fiscal year"
		j++
		n = s.word(j)
	}
	*x = expr{s: i, kind: kRel, typ: Date, n: int(e.rel), anaph: anaph}
	if n != nil && n.key == "period" && (e.key == "latest" || e.key == "current") {
		*x = expr{s: i, e: j + 1, kind: kQuarter, typ: Date, latest: e.key == "latest", rule: "latest-quarter"}
		if e.key == "current" {
			x.kind, x.unit, x.rule = kRel, uQuarter, "rel-unit"
		}
		return true
	}
	if n == nil {
		// "the past three months": a number phrase and a plural unit.
		if s.kind(j) == tkNum && e.key != "this" && e.key != "that" && e.key != "same" && e.key != "current" {
			if nn, vague, k, ok := s.numPhrase(j); ok {
				if u := s.word(k); u != nil && u.unit != uNone {
					*x = expr{s: i, e: k + 1, kind: kDur, typ: Duration, rule: "rel-duration", val: durValue(nn, vague, u.unit)}
					return true
				}
			}
		}
		return false
	}
	// "the following March", "the previous Friday", "the preceding spring":
	// the one after or before the time being told, not the present.
	told := the && (e.key == "following" || e.key == "previous" || e.key == "preceding")
	switch {
	case n.unit != uNone && n.unit != uHalf && n.unit != uFortnight:
		if s.toks[j].cap && !s.toks[j].upper && !s.sentStart(j) {
			return false // "This Week" (a programme), "Next Year" (a title)
		}
		plural := n.pl
		if plural {
			if e.key == "recent" && n.unit != uYear && n.unit != uDay || e.key == "coming" || told || the && (e.key == "next" || e.key == "past" || e.key == "last") {
				// "recent months", "coming weeks": TimeBank counts them vague
				// durations, but "recent years", "recent days" past references.
				*x = expr{s: i, e: j + 1, kind: kDur, typ: Duration, val: durValue(0, true, n.unit), rule: "rel-plural"}
				s.joinPlural(x)
				return true
			}
			if e.key == "recent" || e.key == "past" && !the || e.key == "next" && !the {
				if e.key == "next" {
					*x = expr{s: i, e: j + 1, kind: kRef, refv: "FUTURE_REF", typ: Date, rule: "rel-plural"}
				} else {
					*x = expr{s: i, e: j + 1, kind: kRef, refv: "PAST_REF", typ: Date, rule: "rel-plural"}
				}
				return true
			}
			return false
		}
		if e.key == "recent" || e.key == "these" {
			return false
		}
		if the && (e.key == "past" && (n.unit == uDecade || n.unit == uCentury) || s.isw(i-2, "for") && (e.key == "next" || e.key == "past" || e.key == "following") && n.unit >= uDay) {
			// "over the past decade", "for the next year": a stretch of
			// time, not the period it ends in
			*x = expr{s: i, e: j + 1, kind: kDur, typ: Duration, val: durValue(1, false, n.unit), rule: "rel-duration"}
			return true
		}
		x.unit, x.e, x.rule = n.unit, j+1, "rel-unit"
		if e.key == "latest" && n.unit == uYear {
			x.n = -1 // "the latest fiscal year": the last one completed
		}
		if e.key == "latest" && n.unit == uQuarter {
			x.kind, x.latest, x.rule = kQuarter, true, "latest-quarter"
		}
		if e.key == "current" && n.unit != uQuarter && n.unit != uYear && n.unit != uMonth && n.unit != uWeek && n.unit != uCentury && n.unit != uDecade {
			return false
		}
		// "last year's third quarter"
		if n.unit == uYear && s.isp(j+1, '\'') && s.isw(j+2, "s") {
			if o := s.word(j + 3); o != nil && o.ord >= 1 && o.ord <= 4 && s.isw(j+4, "quarter") {
				x.kind, x.q, x.e, x.rule = kQuarter, int(o.ord), j+5, "rel-year-quarter"
			} else if e.key == "last" && s.isPeriodNoun(j+3) {
				// "last year's quarter": the quarter reported on, a year before
				*x = expr{s: i, e: j + 4, kind: kQuarter, typ: Date, latest: true, n: -1, rule: "year-earlier-quarter"}
			}
		}
		return true
	case n.month != 0 && s.toks[j].cap:
		if e.key != "last" && e.key != "next" && e.key != "this" && e.key != "that" && e.key != "coming" && !told {
			return false
		}
		*x = expr{s: i, e: j + 1, kind: kDate, typ: Date, m: int(n.month), dir: int(e.rel), anaph: told, rule: "rel-month"}
		if told {
			x.s = i - 1 // with "the", as "the following year"
		}
		k := j + 1
		if s.isp(k, '.') && s.adj(j) && len(n.key) <= 4 && n.key != "may" {
			k++
		}
		if d, k2 := s.dayAt(k); d > 0 { // "last Oct. 23"
			x.d, x.e = d, k2
		}
		if e.key == "this" || e.key == "that" {
			x.dir = 0
			x.unit = uYear
			x.anaph = e.key == "that"
		}
		return true
	case n.weekday != 0 && !n.pl && len(n.key) >= 6:
		if e.key != "last" && e.key != "next" && e.key != "this" && e.key != "coming" && e.key != "that" && e.key != "past" && !told {
			return false
		}
		*x = expr{s: i, e: j + 1, kind: kWeekday, typ: Date, wd: int(n.weekday), dir: int(e.rel), anaph: told, rule: "rel-weekday"}
		if told {
			x.s = i - 1 // TimeML keeps "the" with "the previous Friday"
		}
		if p := s.word(j + 1); p != nil && len(p.pod) == 2 {
			x.pod, x.typ, x.e = p.pod, Time, j+2
		} else {
			s.weekdayApposition(x)
		}
		return true
	case n.season != 0 && !n.pl:
		*x = expr{s: i, e: j + 1, kind: kSeason, typ: Date, season: int(n.season), dir: int(e.rel), rule: "rel-season"}
		if e.key == "this" || e.key == "that" || e.key == "same" {
			x.dir = 0
			x.unit = uYear
			x.anaph = e.key != "this"
		} else if told {
			x.anaph, x.s = true, i-1
		}
		return true
	case len(n.pod) == 2 && (e.key == "this" || e.key == "last" || e.key == "that" || e.key == "same" || e.key == "next" || e.key == "following" || e.key == "previous"):
		*x = expr{s: i, e: j + 1, kind: kRel, typ: Time, unit: uDay, pod: n.pod, anaph: anaph, rule: "rel-pod"}
		switch e.key {
		case "last", "previous":
			x.n = -1
			if n.key != "night" && e.key == "last" {
				return false // "last evening" is rare; "last morning" odd
			}
		case "next", "following":
			x.n = 1
		}
		return true
	case s.narrative && (n.key == "time" && (e.key == "same" || e.key == "that" || e.key == "this" && (s.isw(i-1, "during") || s.isw(i-1, "throughout"))) || n.key == "period" && (e.key == "this" || e.key == "that" || e.key == "same")):
		*x = expr{s: i, e: j + 1, kind: kRel, typ: Date, unit: uNone, anaph: true, rule: "rel-time"}
		return true
	case n.numKind != nkNone && e.key != "this" && e.key != "that" && e.key != "same" && e.key != "current":
		if nn, vague, k, ok := s.numPhrase(j); ok {
			if s.seasonsSet(i, k, x) {
				return true
			}
			if u := s.word(k); u != nil && u.unit != uNone && u.unit != uHalf {
				*x = expr{s: i, e: k + 1, kind: kDur, typ: Duration, rule: "rel-duration", val: durValue(nn, vague, u.unit)}
				return true // "the past few months" too: a stretch up to now
			}
		}
	}
	return false
}

// ordLed: "the third quarter", "third-quarter", "the 19th century" (words),
// "the first half".
func (s *state) ordLed(i int, x *expr) bool {
	e := s.word(i)
	j := i + 1
	if s.isp(j, '-') && s.adj(i) && s.adj(j) {
		j++
	}
	u := s.word(j)
	if u == nil {
		return false
	}
	switch {
	case u.unit == uQuarter && !u.pl && e.ord >= 1 && e.ord <= 4:
		*x = expr{s: i, e: j + 1, kind: kQuarter, typ: Date, q: int(e.ord), rule: "ordinal-quarter"}
		if j > i+1 {
			x.rule = "ordinal-quarter-adj" // "third-quarter loss": no "the"
		}
		if s.isw(j+1, "of") {
			if y, k := s.yearAt(j+2, true); y != 0 {
				x.y, x.hasY, x.e = y, true, k
			} else {
				var r expr
				if s.relYear(j+2, &r) {
					x.e, x.unit, x.n, x.anaph = r.e, uYear, r.n, r.anaph
				}
			}
		}
		return true
	case u.unit == uCentury && e.ord > 0:
		*x = expr{s: i, e: j + 1, kind: kCentury, typ: Date, n: int(e.ord) - 1, rule: "century"}
		s.centuryEra(x)
		return true
	}
	return false
}

// numLed: rules led by a number: years, decades, "30 January 2024",
// "30th of January", "19th century", "5 p.m.".
func (s *state) numLed(i int, x *expr) bool {
	tk := &s.toks[i]
	if tk.grouped {
		return false
	}
	j := i + 1
	// 1990s, 1990's
	if tk.nd == 4 && tk.num%10 == 0 && tk.num >= 1000 && tk.num <= 2090 {
		k := j
		if s.isp(k, '\'') && s.adj(i) {
			k++
		}
		if s.isw(k, "s") && s.adj(k-1) {
			*x = expr{s: i, e: k + 1, kind: kDecade, typ: Date, y: int(tk.num), rule: "decade"}
			return true
		}
	}
	// 470s BC
	if tk.nd == 3 && tk.num%10 == 0 && s.adj(i) && s.isw(j, "s") {
		if era, k := s.eraAfter(j + 1); era < 0 {
			*x = expr{s: i, e: k, kind: kDecade, typ: Date, y: -int(tk.num), rule: "decade"}
			return true
		}
	}
	// 19th century
	if tk.nd <= 2 && s.adj(i) {
		if e := s.word(j); e != nil && e.ordSuffix {
			k := j + 1
			if s.isp(k, '-') {
				k++
			}
			if s.isw(k, "century") {
				*x = expr{s: i, e: k + 1, kind: kCentury, typ: Date, n: int(tk.num) - 1, rule: "century"}
				s.centuryEra(x)
				return true
			}
		}
	}
	// "6–7 January 1945", "6 and 7 January": the first day of a range or
	// list takes the month and year written after the last.
	if d, k := s.dayAt(i); d > 0 && k == i+1 && (s.isDashAt(k) || s.isw(k, "and") || s.isw(k, "to") || s.isp(k, ',') && (s.isw(k+2, "and") || s.isp(k+2, ','))) && s.kind(k+1) == tkNum {
		var y expr
		// ("3, 4 and 5 March": after a comma only a list that goes on)
		if s.numLed(k+1, &y) && y.kind == kDate && y.d > d && y.m != 0 && (!s.isp(k, ',') && (y.rule == "day-month" || y.rule == "day-month-year") || y.rule == "range-first-day") {
			*x = expr{s: i, e: i + 1, kind: kDate, typ: Date, d: d, m: y.m, y: y.y, hasY: y.hasY, rule: "range-first-day"}
			return true
		}
	}
	// 30 January 2024, 30th of January
	if d, k := s.dayAt(i); d > 0 {
		k2 := k
		if s.isw(k2, "of") {
			k2++
		}
		if e := s.word(k2); e != nil && e.month != 0 && s.monthOK(k2, true) {
			m := s.afterMonth(k2, e)
			*x = expr{s: i, e: m, kind: kDate, typ: Date, d: d, m: int(e.month), rule: "day-month"}
			s.yearAfter(m, x, "day-month-year")
			s.timeAfter(x)
			return true
		}
	}
	// 5 p.m., 10 o'clock
	if tk.nd <= 2 && tk.num <= 12 {
		if s.clock(i, x) {
			return true
		}
	}
	// "2006-07": the second year of a range written with two digits.
	if tk.nd == 2 && s.isDashAt(i-1) && s.adj(i-2) && s.adj(i-1) && s.kind(i-2) == tkNum && s.toks[i-2].nd == 4 && !(s.adj(i) && s.kind(i+1) == tkWord) {
		first := int(s.toks[i-2].num)
		if y := first/100*100 + int(tk.num); y > first && y-first < 10 {
			*x = expr{s: i, e: i + 1, kind: kDate, typ: Date, y: y, hasY: true, rule: "year-range-end"}
			return true
		}
	}
	// "May 4 and 5": a day listed after a month and day.
	if n := len(s.out); n > s.out0 && tk.nd <= 2 && tk.num >= 1 && tk.num <= 31 && i >= 2 &&
		(s.isw(i-1, "and") || s.isw(i-1, "or") || s.isDashAt(i-1) || s.isw(i-1, "to") || s.isw(i-1, "through") || s.isp(i-1, ',') && s.listGoesOn(i+1)) && s.out[n-1].End == int(s.toks[i-2].end) {
		if mo, _, ok := MonthDay(s.out[n-1]); ok {
			if e := s.word(i + 1); e == nil || e.month == 0 && !e.countNoun && e.unit == uNone {
				if !s.isp(i+1, '%') && !s.isp(i+1, ':') {
					*x = expr{s: i, e: i + 1, kind: kDate, typ: Date, m: mo, d: int(tk.num), rule: "listed-day"}
					if v := s.out[n-1].Value; v[0] != 'X' {
						y, _ := digitsAt(v, 0)
						x.y, x.hasY = y, true
					}
					if !s.isp(i+1, ',') || !s.listGoesOn(i+1) {
						s.yearAfter(i+1, x, "listed-day") // "5, 2001": the list's year
					}
					return true
				}
			}
		}
	}
	// A year, perhaps BC; three-digit years only with an era.
	if tk.nd == 3 || tk.nd <= 2 && tk.num > 0 {
		if era, k := s.eraAfter(j); era != 0 {
			*x = expr{s: i, e: k, kind: kDate, typ: Date, y: int(tk.num) * era, hasY: true, rule: "year-era"}
			return true
		}
		if tk.nd == 3 && (s.isp(j, '-') || s.isw(j, "to") || s.isw(j, "and")) && s.kind(j+1) == tkNum && s.toks[j+1].nd == 3 {
			if era, _ := s.eraAfter(j + 2); era < 0 { // "499-493 BC", "from 499 to 493 BC"
				*x = expr{s: i, e: j, kind: kDate, typ: Date, y: -int(tk.num), hasY: true, rule: "year-era"}
				return true
			}
		}
		return false
	}
	if (s.isw(i-2, "post") || s.isw(i-2, "pre")) && s.isp(i-1, '-') && s.adj(i-2) && s.adj(i-1) {
		// "post-1959 politics", "pre-1945 borders": the year
		if y, k := s.yearAt(i, true); y != 0 {
			*x = expr{s: i - 2, e: k, kind: kDate, typ: Date, y: y, hasY: true, rule: "year-prefixed"}
			return true
		}
	}
	if y, k := s.yearAt(i, false); y != 0 {
		*x = expr{s: i, e: k, kind: kDate, typ: Date, y: y, hasY: true, rule: "year"}
		if era, k2 := s.eraAfter(k); era != 0 {
			x.e, x.y = k2, x.y*era
		}
		// "the 1988 second quarter"
		if o := s.word(k); o != nil && o.ord >= 1 && o.ord <= 4 && s.isw(k+1, "quarter") {
			x.kind, x.q, x.e, x.rule = kQuarter, int(o.ord), k+2, "year-quarter"
		}
		// "the 1988 period": the year's part being compared; "the" joins
		if s.isw(i-1, "the") && (s.isw(k, "period") || s.isw(k, "quarter")) {
			x.e, x.rule = k+1, "the-year-n"
			if s.isw(k, "quarter") {
				// the quarter being reported on, in that year: the one last
				// mentioned, or in news the latest one completed
				if q := s.refQ; q != 0 {
					x.kind, x.q = kQuarter, q
				} else if !s.narrative && s.hasAnchor {
					x.kind, x.q = kQuarter, (s.am+8)/3%4+1
				}
			}
		}
		return true
	}
	return false
}

// yearWords: "nineteen ninety-six", "two thousand".
func (s *state) yearWords(i int, x *expr) bool {
	y, k := s.yearWordsAt(i)
	if y == 0 {
		return false
	}
	*x = expr{s: i, e: k, kind: kDate, typ: Date, y: y, hasY: true, rule: "year-words"}
	return true
}

func (s *state) yearWordsAt(i int) (int, int) {
	e := s.word(i)
	if e == nil {
		return 0, i
	}
	if e.key == "eighteen" || e.key == "nineteen" {
		t := s.word(i + 1)
		if t == nil || t.numKind != nkTens && !(t.numKind == nkOnes && t.num >= 10) {
			return 0, i
		}
		v := int(t.num)
		k := i + 2
		if t.numKind == nkTens {
			kk := k
			if s.isp(kk, '-') {
				kk++
			}
			if o := s.word(kk); o != nil && o.numKind == nkOnes && o.num < 10 {
				v += int(o.num)
				k = kk + 1
			}
		}
		return int(e.num)*100 + v, k
	}
	if e.key == "two" && s.isw(i+1, "thousand") {
		return 2000, i + 2
	}
	return 0, i
}

// refLed: "now", "currently", "recently", "the future", "the past".
func (s *state) refLed(i int, x *expr) bool {
	e := s.word(i)
	tk := &s.toks[i]
	*x = expr{s: i, e: i + 1, kind: kRef, typ: Date, refv: e.ref, rule: "ref"}
	the := s.isw(i-1, "the")
	switch e.key {
	case "now", "currently", "recently", "nowadays", "lately":
		if e.key == "now" && s.sentStart(i) && s.isp(i+1, ',') {
			return false // "Now, ..." opens a point, it does not date one
		}
		if s.refDiscourse(i) {
			return false
		}
		if e.key == "now" && s.kind(i-1) == tkWord && s.tokText(i-1) == "right" {
			x.s = i - 1
		}
		return true
	case "future":
		x.rule = "ref-the"
		if the || s.isw(i-1, "near") && s.isw(i-2, "the") {
			if !the {
				x.s = i - 2 // "the near future"
			}
			return !s.isw(i+1, "of")
		}
		return false
	case "past":
		x.rule, x.refv = "ref-the", "PAST_REF"
		if n := s.word(i + 1); n != nil && (n.key == "of" || n.unit != uNone || n.numKind != nkNone) || s.kind(i+1) == tkNum {
			return false
		}
		return the
	case "soon":
		return s.soonAhead(i)
	case "former":
		// Histories (WikiWars) annotate "former emperor" as PAST_REF;
		// news corpora (TimeBank) do not.
		return s.narrative && (!tk.cap || s.sentStart(i))
	}
	switch {
	case e.key == "current" && s.isw(i-1, "then"):
		// "the then current price": current then, so past
		x.s, x.refv = i-1, "PAST_REF"
		return s.kind(i+1) == tkWord
	case e.key == "current" || e.key == "recent":
		// A bare adjective ("current policies", "recent attacks"); the
		// relative rules take "current year", "recent weeks" first.
		x.refv = "PRESENT_REF"
		if e.key == "recent" {
			x.refv = "PAST_REF"
		}
		return (e.key == "current" || !s.isw(i-1, "the")) && s.kind(i+1) == tkWord
	}
	return false
}

// clock: "8:24", "8:24 a.m.", "10 p.m. Wednesday", "noon", "midnight Friday".
func (s *state) clock(i int, x *expr) bool {
	tk := &s.toks[i]
	*x = expr{s: i, kind: kTimeOnly, typ: Time, hasT: true, rule: "clock"}
	j := i + 1
	switch tk.kind {
	case tkTime:
		x.hour, x.min = int(tk.num), int(tk.m)
		if k, pm, ok := s.ampm(j); ok {
			j = k
			x.hour = ampmHour(x.hour, pm)
		}
	case tkNum:
		k, pm, ok := s.ampm(j)
		if !ok {
			if s.isw(j, "o") && s.isp(j+1, '\'') && s.isw(j+2, "clock") {
				k, ok = j+3, true
			} else if p := s.word(j + 2); s.isw(j, "in") && s.isw(j+1, "the") && p != nil && len(p.pod) == 2 && !p.pl && p.pod != "NI" {
				// "at 4 in the morning", "at 8 in the evening"
				k, ok = j+3, true
				if p.pod != "MO" {
					pm = 1
				}
			} else if s.isw(j, "at") && s.isw(j+1, "night") {
				k, ok, pm = j+2, true, 1 // "at 10 at night"
			}
			if !ok || !s.isw(i-1, "at") && !s.isw(i-1, "by") && !s.isw(i-1, "until") && !s.isw(j, "o") {
				return false
			}
		}
		j = k
		x.hour = ampmHour(int(tk.num), pm)
	case tkWord:
		if s.kind(i-1) == tkWord && s.tokText(i-1) == "high" || s.tokText(i-1) == "High" {
			return false // "High Noon", "high noon comes today": the idiom
		}
		p := s.word(i).pod
		x.hour, x.min = int(p[0]-'0')*10+int(p[1]-'0'), 0
		x.rule = "noon"
	default:
		return false
	}
	// time zone
	if e := s.word(j); e != nil && s.toks[j].upper {
		switch e.key {
		case "est", "edt", "gmt", "utc", "msk", "jst", "cst", "pst":
			j++
		}
	}
	x.e = j
	// A day after it: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6".
	k := j
	if s.isp(k, ',') {
		k++
	}
	if s.isw(k, "on") {
		k++
	}
	var y expr
	if s.core(k, &y) && (y.kind == kWeekday || y.kind == kDate && y.d != 0 || y.kind == kRel && y.unit == uDay && y.rule == "deictic") && y.typ == Date {
		hour, min := x.hour, x.min
		*x = y
		x.s, x.hour, x.min, x.hasT, x.typ, x.rule = i, hour, min, true, Time, "clock-"+y.rule
	} else {
		s.dayAfterAside(x)
	}
	return true
}

func ampmHour(h int, pm int) int {
	if pm > 0 && h < 12 {
		return h + 12
	}
	if pm < 0 && h == 12 {
		return 0
	}
	return h
}

// ampm reads "a.m.", "p.m.", "am", "PM" at j: pm is +1 for p.m., -1 for a.m.
func (s *state) ampm(j int) (int, int, bool) {
	e := s.word(j)
	if e == nil {
		return j, 0, false
	}
	pm := 0
	switch e.key {
	case "am":
		pm = -1
	case "pm":
		pm = 1
	case "a", "p":
		if !s.isp(j+1, '.') || !s.isw(j+2, "m") || !s.adj(j) || !s.adj(j+1) {
			return j, 0, false
		}
		pm = 1
		if e.key == "a" {
			pm = -1
		}
		k := j + 3
		if s.isp(k, '.') && s.adj(k-1) {
			k++
		}
		return k, pm, true
	default:
		return j, 0, false
	}
	return j + 1, pm, true
}

// timeAfter extends a date over a following clock time: "January 30, 8:24".
func (s *state) timeAfter(x *expr) {
	if x.d == 0 {
		return
	}
	k := x.e
	if s.isp(k, ',') || s.isw(k, "at") {
		k++
	}
	if s.kind(k) != tkTime {
		return
	}
	tk := &s.toks[k]
	x.hour, x.min, x.hasT, x.typ = int(tk.num), int(tk.m), true, Time
	x.e = k + 1
	if k2, pm, ok := s.ampm(k + 1); ok {
		x.hour = ampmHour(x.hour, pm)
		x.e = k2
	}
	x.rule += "-time"
}

// afterMonth is the token after the month name at i, past the full stop of
// an abbreviation ("Jan."; "May", "June" and "July" have none).
func (s *state) afterMonth(i int, e *entry) int {
	j := i + 1
	if s.isp(j, '.') && s.adj(i) && len(e.key) <= 4 && e.key != "may" && e.key != "june" && e.key != "july" {
		j++
	}
	return j
}

// yearAfter completes a day and month with the year that follows at k
// ("30 January, 2024", "January 30 2024", "30th of January of 2024"),
// naming the rule that fired.
func (s *state) yearAfter(k int, x *expr, rule string) {
	k2 := k
	if s.isp(k2, ',') {
		k2++
	}
	if y, k3 := s.yearEraAt(k2); y != 0 {
		x.y, x.hasY, x.e, x.rule = y, true, k3, rule
	} else if s.isw(k, "of") {
		s.ofYear(k, x)
	}
}

// centuryEra extends a century over "BC" after it: "the 4th century BC" is
// the 300s BC ("BC03"); y = -1 marks it.
func (s *state) centuryEra(x *expr) {
	if era, k := s.eraAfter(x.e); era < 0 {
		x.e, x.y = k, -1
	} else if era > 0 {
		x.e = k
	}
}
