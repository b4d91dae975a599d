package temporal

import "strconv"

// Rules for durations ("for 70 years", "three decades", "a five year low"),
// offsets ("two years ago", "a month later") and sets ("every year",
// "annually", "each Thursday").

// approxAt reads "about", "nearly", "more than", "at least", "up to" at j.
func (s *state) approxAt(j int) (string, int) {
	e := s.word(j)
	if e == nil || !e.isApprox {
		return "", j
	}
	switch e.key {
	case "more", "less", "fewer":
		if s.isw(j+1, "than") {
			return e.approx, j + 2
		}
		return "", j
	case "least":
		return "", j
	case "up":
		if s.isw(j+1, "to") {
			return e.approx, j + 2
		}
		return "", j
	}
	if s.isw(j, "at") {
		return "", j
	}
	return e.approx, j + 1
}

// numPhrase reads a count: "70", "three", "twenty-four", "twenty four", "a",
// "a few", "several", "a couple of", "two hundred". vague is true for counts
// without a number.
func (s *state) numPhrase(j int) (n int, vague bool, k int, ok bool) {
	if s.kind(j) == tkNum {
		tk := &s.toks[j]
		if tk.grouped || tk.nd > 5 {
			return 0, false, j, false
		}
		k = j + 1
		// "2 1/2"
		return int(tk.num), false, k, true
	}
	e := s.word(j)
	if e == nil {
		return 0, false, j, false
	}
	switch e.numKind {
	case nkArticle:
		if s.isw(j+1, "few") {
			return 0, true, j + 2, true
		}
		if s.isw(j+1, "couple") {
			k = j + 2
			if s.isw(k, "of") {
				k++
			}
			return 2, false, k, true
		}
		if s.isw(j+1, "hundred") || s.isw(j+1, "thousand") {
			return int(s.word(j + 1).num), false, j + 2, true
		}
		return 1, false, j + 1, true
	case nkVague:
		if e.key == "couple" {
			if s.isw(j+1, "of") && (s.rel(j-1) || s.isw(j-1, "the")) {
				return 2, false, j + 2, true // "the next couple of years"
			}
			return 0, false, j, false
		}
		return 0, true, j + 1, true
	case nkOnes, nkTens:
		n = int(e.num)
		k = j + 1
		if e.numKind == nkTens {
			kk := k
			if s.isp(kk, '-') && s.adj(k-1) {
				kk++
			}
			if o := s.word(kk); o != nil && o.numKind == nkOnes && o.num < 10 {
				n += int(o.num)
				k = kk + 1
			}
		}
		if m := s.word(k); m != nil && m.numKind == nkMult {
			n *= int(m.num)
			k++
		}
		return n, false, k, true
	}
	return 0, false, j, false
}

// durValue formats a TimeML duration: P3Y, PT24H, PXY.
// halfOfUnit writes h half units as a duration in a finer unit ("half a
// century" is P50Y, three half decades P15Y), or "" for a unit whose half
// has no whole finer count here.
func halfOfUnit(h int, u unitKind) string {
	switch u {
	case uCentury:
		return durValue(50*h, false, uYear)
	case uDecade:
		return durValue(5*h, false, uYear)
	case uYear:
		return durValue(6*h, false, uMonth)
	case uDay:
		return durValue(12*h, false, uHour)
	case uHour:
		return durValue(30*h, false, uMinute)
	case uMinute:
		return durValue(30*h, false, uSecond)
	}
	return ""
}

// halfUnit returns the finer unit and the count of it in half of u
// (u = century: 50 years), or u and 1 for a unit halfOfUnit does not halve.
func halfUnit(u unitKind) (unitKind, int) {
	switch u {
	case uCentury:
		return uYear, 50
	case uDecade:
		return uYear, 5
	case uYear:
		return uMonth, 6
	case uDay:
		return uHour, 12
	case uHour:
		return uMinute, 30
	case uMinute:
		return uSecond, 30
	}
	return u, 1
}

func durValue(n int, vague bool, u unitKind) string {
	var b []byte
	b = append(b, 'P')
	if u <= uHour {
		b = append(b, 'T')
	}
	var code string
	switch u {
	case uSecond:
		code = "S"
	case uMinute:
		code = "M"
	case uHour:
		code = "H"
	case uDay:
		code = "D"
	case uWeekend:
		code = "WE"
	case uWeek:
		code = "W"
	case uFortnight:
		code, n = "W", n*2
	case uMonth:
		code = "M"
	case uQuarter:
		code = "Q" // TimeBank writes quarters as "P2Q"
	case uHalf:
		code, n = "M", n*6
	case uYear:
		code = "Y"
	case uDecade:
		code = "DE" // TimeML: "three decades" is P3DE
	case uCentury:
		code = "CE"
	case uMillennium:
		code = "ML"
	}
	if vague {
		b = append(b, 'X')
	} else {
		b = strconv.AppendInt(b, int64(n), 10)
	}
	b = append(b, code...)
	return string(b)
}

// duration: "70 years", "nearly forty years", "a five year low", "two
// years ago", "a month later", "the past three months" (through relLed),
// "the first nine months".
func (s *state) duration(i int, x *expr) bool {
	j := i
	the := s.isw(j, "the")
	if the {
		j++
		if e := s.word(j); e != nil && e.ord > 0 && e.ord <= 2 && s.kind(j+1) != tkPunct {
			j++ // "the first nine months"
		}
	}
	mod, j := s.approxAt(j)
	if mod != "" && (s.isw(i, "more") || s.isw(i, "less") || s.isw(i, "fewer")) && (s.isw(i-1, "no") || s.isw(i-1, "not")) && !the {
		i-- // "no more than sixty days", "not fewer than ten days"
		mod = "EQUAL_OR_LESS"
		if !s.isw(i+1, "more") {
			mod = "EQUAL_OR_MORE"
		}
	}
	if the && mod != "" {
		return false
	}
	if s.isw(j, "at") && s.isw(j+1, "least") {
		mod, j = "EQUAL_OR_MORE", j+2
	}
	between := s.isw(j, "between") && !the && mod == ""
	if between {
		j++
	}
	n, vague, k, ok := s.numPhrase(j)
	if !ok {
		return false
	}
	if !vague && (s.isw(k, "to") && !between || s.isw(k, "and") && between || s.isDashAt(k) && s.kind(j) == tkNum && s.kind(k+1) == tkNum) {
		// "12 to 18 months", "between 12 and 18 months", "two to three
		// weeks": one span, with the lower bound for its value (as the
		// TimeML corpora write it)
		if n2, v2, k2, ok2 := s.numPhrase(k + 1); ok2 && !v2 && n2 > n {
			if u := s.word(k2); u != nil && u.unit != uNone && u.unit != uHalf && u.pl {
				k = k2
			}
		}
	} else if between {
		return false
	}
	article := s.word(j) != nil && s.word(j).numKind == nkArticle && !vague && k == j+1
	half := false
	if s.kind(j) == tkNum && s.kind(k) == tkNum && s.toks[k].num == 1 && s.isp(k+1, '/') && s.kind(k+2) == tkNum && s.toks[k+2].num == 2 && s.adj(k) && s.adj(k+1) {
		half, k = true, k+3 // "2 1/2 years"
	} else if !vague && s.isw(k, "and") && s.numKind(k+1) == nkArticle && s.isw(k+2, "half") {
		half, k = true, k+3 // "two and a half years"
	}
	if s.isw(k, "more") || s.isw(k, "additional") || s.isw(k, "full") {
		k++
	} else if !vague && n > 1 && s.kind(k) == tkWord && !s.toks[k].cap && (s.word(k) == nil || s.isw(k, "previous") || s.isw(k, "following")) {
		// "two bloody weeks", "the four previous weeks": one adjective
		// between a count and its unit
		if u := s.word(k + 1); u != nil && u.unit != uNone && u.unit != uHalf && u.pl && !s.adj(k) {
			k++
		}
	}
	if s.has(k, wfUnitAdj) && s.word(k+1) != nil && s.word(k+1).unit == uDay {
		k++ // "eight trading days", "five business days"
	}
	hyph := false
	if s.isp(k, '-') && s.adj(k-1) && s.adj(k) {
		k++
		hyph = true
	}
	u := s.word(k)
	if u == nil || u.unit == uNone || u.unit == uHalf {
		return false
	}
	plural := u.pl
	if u.unit == uQuarter && !vague && n <= 3 && (hyph && plural || s.isw(k+1, "of") || mod != "") {
		return false // "three-quarters", "a quarter of", "about a quarter": fractions
	}
	if article && plural || s.kind(j) == tkNum && s.toks[j].num == 1 && plural {
		return false
	}
	if u.key == "second" && s.kind(j) != tkNum && !vague && n == 1 {
		return false // "a second", "one second" are mostly ordinals in text
	}
	if u.key == "min" || u.key == "mins" || u.key == "yr" || u.key == "yrs" || u.key == "hrs" {
		if s.kind(j) != tkNum {
			return false
		}
	}
	if n == 0 && !vague {
		return false
	}
	if the && (article || s.kind(j) == tkNum && !plural) {
		return false
	}
	if s.kind(j) == tkNum && s.toks[j].nd == 4 && !plural && !hyph {
		return false // "1990 year" is not a duration
	}
	end := k + 1
	if s.isp(end, '-') && s.adj(k) && s.kind(end+1) == tkWord && s.adj(end) && !s.isw(end+1, "long") && !s.has(end+1, wfAge) {
		return false // "a year-earlier loss": a compound the unit rules read
	}
	if !half && !vague && !plural && s.isw(end, "and") && s.numKind(end+1) == nkArticle && s.isw(end+2, "half") {
		half, end = true, end+3 // "a year and a half"
	}
	*x = expr{s: i, e: end, kind: kDur, typ: Duration, mod: mod, rule: "duration", val: durValue(n, vague, u.unit)}
	if !half && !vague && mod == "" && !the && u.unit >= uDay && u.unit <= uYear && u.unit != uQuarter && s.isw(i-1, "in") && s.hasAnchor && !s.narrative && s.clauseTense(x) > 0 {
		// "will be redeemed in five years": a point that far ahead of
		// the day of writing (TimeML), not a length of time.
		*x = expr{s: i, e: end, kind: kRel, typ: Date, unit: u.unit, n: n, rule: "in-future"}
		return true
	}
	start, offU, offN := i, u.unit, n // an offset's start, unit and count ("half a century ago": 50 years)
	if !half && !the && mod == "" && article && !plural && s.isw(i-1, "half") {
		// "half a century" is fifty years, "half an hour" thirty minutes
		if v := halfOfUnit(1, u.unit); v != "" {
			x.s, x.val = i-1, v
			start = i - 1
			offU, offN = halfUnit(u.unit)
		}
	} else if half && (u.unit == uDecade || u.unit == uCentury) {
		x.val = halfOfUnit(2*n+1, u.unit) // "a century and a half": P150Y
		half = false
		offU, offN = halfUnit(u.unit)
		offN *= 2*n + 1
	}
	if half {
		switch u.unit {
		case uYear:
			x.val += "6M"
		case uHour:
			x.val += "30M"
		case uDay:
			x.val = "P" + x.val[1:] + "T12H"
		case uMinute:
			x.val += "30S"
		}
	}
	if mod != "" && !the {
		x.s = i
	}
	if s.isw(end, "long") || s.isp(end, '-') && s.isw(end+1, "long") && s.adj(end-1) {
		// "a 3 year long siege", "the nine day long operation"
		x.e = end + 1
		if !s.isw(end, "long") {
			x.e = end + 2
		}
		if the {
			x.s = j
		}
		if article {
			x.s = k // "a year-long trial": the article belongs to "trial"
		}
		return true
	}
	if hyph {
		x.rule = "duration-adjective"
		if the {
			x.s = j // "the eight-year war": the article belongs to "war"
		}
		if s.isp(end, '-') && s.has(end+1, wfAge) {
			return false // "6-year-old Elian": an age, not annotated in TimeML news
		}
		return true
	}
	if the {
		return plural
	}
	// "will one day be", "One day, ...": some day, not a day's length.
	if n == 1 && s.isw(j, "one") && u.unit == uDay && mod == "" && !s.isw(end, "later") && !s.isw(end, "ago") && !s.isw(end, "earlier") {
		switch {
		case s.sentStart(j) && s.isp(end, ','):
			*x = expr{s: j, e: end, kind: kRef, typ: Date, refv: "PAST_REF", rule: "one-day"}
			return true
		case s.kind(j-1) == tkWord && s.word(j-1) != nil && (s.cue(j-1) > 0 || s.isw(j-1, "could") || s.isw(j-1, "might") || s.isw(j-1, "may") || s.isw(j-1, "can")):
			*x = expr{s: j, e: end, kind: kRef, typ: Date, refv: "FUTURE_REF", rule: "one-day"}
			return true
		}
	}
	// Offsets from now or from the last date: "two years ago", "a day later".
	if s.isw(end, "or") && s.isw(end+1, "so") && (s.isw(end+2, "ago") || s.isw(end+2, "earlier") || s.isw(end+2, "later")) {
		end += 2 // "a week or so ago": about a week
		if mod == "" {
			mod, x.mod = "APPROX", "APPROX"
		}
	}
	switch {
	case s.isw(end, "ago") || s.isw(end, "hence") || s.isw(end, "from") && s.isw(end+1, "now"):
		sign := -1
		k2 := end + 1
		if !s.isw(end, "ago") {
			sign = 1
			if s.isw(end, "from") {
				k2++
			}
		}
		if vague {
			*x = expr{s: i, e: k2, kind: kRef, typ: Date, refv: "PAST_REF", rule: "ago-vague"}
			if sign > 0 {
				x.refv = "FUTURE_REF"
			}
			return true
		}
		*x = expr{s: start, e: k2, kind: kRel, typ: Date, unit: offU, n: sign * offN, mod: mod, rule: "ago"}
		return true
	case s.isw(end, "earlier") || s.isw(end, "later") || s.isw(end, "before") && s.endsClause(end+1) || s.isw(end, "after") && s.endsClause(end+1):
		if !s.narrative && u.unit < uMonth {
			// News follows TimeML: in "three days later" the timex is the
			// duration "three days" and "later" a signal. Histories date such
			// offsets from the story's time instead (WikiWars, TIMEX2).
			return true
		}
		if vague {
			*x = expr{s: i, e: end + 1, kind: kRef, typ: Date, refv: "PAST_REF", rule: "later-vague"}
			if s.isw(end, "later") || s.isw(end, "after") {
				x.refv = "FUTURE_REF"
			}
			return true
		}
		sign := -1
		if s.isw(end, "later") || s.isw(end, "after") {
			sign = 1
		}
		*x = expr{s: start, e: end + 1, kind: kRel, typ: Date, unit: offU, n: sign * offN, anaph: true, mod: mod, rule: "anaphoric-offset"}
		if u.unit == uWeek {
			x.unit, x.n = uDay, sign*n*7
		}
		return true
	}
	// "a year" after an amount is a rate: "$33 million a year", "twice a day".
	if (article || s.isw(j, "per")) && !plural {
		if s.rateBefore(i) {
			x.kind, x.typ, x.rule = kSet, Set, "rate"
			x.val = durValue(1, false, u.unit)
			return true
		}
	}
	if s.has(end, wfAge) && !vague {
		return false // "52 years old": an age; TimeML news leaves ages out
	}
	return true
}

// endsClause reports whether token k ends a clause (punctuation or end).
func (s *state) endsClause(k int) bool {
	return k >= len(s.toks) || s.kind(k) == tkPunct && s.toks[k].ch != '\''
}

// rateBefore reports whether the token before i is an amount, so that "a
// year" after it is a rate.
func (s *state) rateBefore(i int) bool {
	return s.kind(i-1) == tkNum || s.has(i-1, wfRate)
}

// setExpr: "every year", "each Thursday", "every other week", "annually".
func (s *state) setExpr(i int, x *expr) bool {
	e := s.word(i)
	if e == nil || !e.isSet {
		return false
	}
	*x = expr{} // parse hands over a used buffer
	if e.set != "" {
		if s.toks[i].cap && s.kind(i+1) == tkWord && s.toks[i+1].cap && (s.word(i+1) == nil || !s.word(i+1).trigger) {
			return false // "The Daily Manila Shimbun", "Weekly Standard": a name
		}
		*x = expr{s: i, e: i + 1, kind: kSet, typ: Set, val: e.set, rule: "set-word"}
		return true
	}
	if e.key == "per" {
		return false
	}
	j := i + 1
	step := 1
	if s.kind(j) == tkWord && s.tokText(j) == "other" {
		step, j = 2, j+1
	}
	if n, vague, k, ok := s.numPhrase(j); ok && !vague && s.word(j) != nil && s.word(j).numKind != nkArticle || ok && s.kind(j) == tkNum {
		step, j = n, k
	}
	u := s.word(j)
	if u == nil {
		return false
	}
	*x = expr{s: i, e: j + 1, kind: kSet, typ: Set, rule: "every"}
	switch {
	case u.unit != uNone && u.unit != uHalf:
		x.val = durValue(step, false, u.unit)
	case u.weekday != 0:
		x.val = "XXXX-WXX-" + string(rune('0'+u.weekday))
		if p := s.word(j + 1); p != nil && len(p.pod) == 2 {
			x.val += "T" + p.pod
			x.e++
		}
	case u.month != 0 && s.toks[j].cap:
		x.val = "XXXX-" + two(int(u.month))
		if d, k := s.dayAt(s.afterMonth(j, u)); d > 0 {
			x.val += "-" + two(d) // "every September 3", "every Feb. 7"
			x.e = k
		}
	case u.season != 0:
		x.val = "XXXX-" + seasonCode[u.season]
	case u.key == "season":
		x.val = "P3M" // "each season": every three months
	case len(u.pod) == 2:
		x.val = "XXXX-XX-XXT" + u.pod
	default:
		return false
	}
	return true
}

// digits2 holds "00" to "99": two returns a slice of it, allocating nothing.
const digits2 = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

func two(n int) string {
	if n < 0 || n > 99 {
		return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
	}
	return digits2[2*n : 2*n+2]
}

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}
