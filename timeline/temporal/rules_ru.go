package temporal

import "strings"

// The Russian rules: the few that Russian word order needs over the tables
// of lang_ru.go. Russian writes day, month, year ("30 января 2024 года"),
// puts the unit word after the year ("2024 г.", "в 2022–2023 гг."), and its
// relative words agree with the noun they precede ("в прошлом году", "на
// этой неделе"). Prepositions ("в", "с", "до") stay outside the extent, as
// TimeML wants. The expressions found here resolve through the shared
// resolution (resolve.go), as English ones do.

// wfRuAbbr marks, in the Russian table, a month abbreviation ("сен",
// "нояб"): a month only after a day number.
const wfRuAbbr = wfAbbrevLabel

// parseRU tries the Russian rules at token i.
func parseRU(s *state, i int) (expr, bool) {
	var x expr
	ok := false
	e := s.word(i)
	switch {
	case s.kind(i) == tkDate:
		ok = s.ruNumDate(i, &x)
	case s.kind(i) == tkTime:
		ok = s.ruClock(i, &x)
	case s.kind(i) == tkNum:
		ok = s.ruNumLed(i, &x)
	case e == nil:
	case e.part != pNone:
		ok = s.ruPart(i, &x)
	case e.ord != 0:
		ok = s.ruOrdinalDay(i, &x) || s.ruHalf(i, &x)
	case e.month != 0:
		ok = s.ruMonth(i, &x)
	case e.weekday != 0:
		ok = s.ruWeekday(i, &x)
	case e.isDeictic:
		ok = s.deicticRU(i, &x)
	case e.isRel:
		ok = s.ruRel(i, &x)
	case e.ref != "":
		x = expr{s: i, e: i + 1, kind: kRef, typ: Date, refv: e.ref, rule: "ru-ref"}
		ok = true
		switch e.key {
		case "настоящее", "настоящий", "данный":
			// "в настоящее время", "в данный момент"; not "настоящий договор".
			ok = s.isw(i+1, "время") || s.isw(i+1, "момент")
			x.e = i + 2
		case "раньше", "прежде":
			// "раньше всех", "раньше срока", "прежде чем": comparisons.
			ok = !(s.isw(i+1, "всех") || s.isw(i+1, "чем") || s.isw(i+1, "срока") || s.isw(i+1, "времени"))
		}
	case e.isSet:
		ok = s.ruSet(i, &x)
	case e.season != 0:
		x = expr{s: i, e: i + 1, kind: kSeason, typ: Date, season: int(e.season), rule: "ru-season"}
		ok = true
		s.ruYearAfter(i+1, &x)
	case e.numKind != nkNone:
		ok = s.ruNumLed(i, &x)
	case e.unit != uNone:
		ok = s.ruUnitLed(i, &x)
	}
	if !ok {
		return x, false
	}
	s.ruWiden(&x)
	return x, x.e > i
}

// ruWiden takes in the words before an expression that belong to it: the
// amount words of a duration ("более 80 лет", "скоро уже 60 лет", "не один
// год"), "весь" before a day, and sets the tense of a partial date.
func (s *state) ruWiden(x *expr) {
	floor := 0
	if n := len(s.out); n > 0 {
		floor = s.out[n-1].End
	}
	back := func(k int) bool { return k >= 0 && int(s.toks[k].start) >= floor }
	switch {
	case x.kind == kDur:
		k := x.s - 1
		if s.isw(k, "чем") && back(k) {
			if e := s.word(k - 1); e != nil && e.isApprox {
				k-- // "более чем 5 лет", "не менее чем 5 лет"
			}
		}
		if e := s.word(k); e != nil && e.isApprox && back(k) {
			x.s = k
			x.mod = e.approx
			if x.mod == "" {
				switch e.key {
				case "почти", "менее", "меньше":
					x.mod = "LESS_THAN"
				default:
					x.mod = "APPROX"
				}
			}
			if e.key == "менее" && s.isw(k-1, "не") && back(k-1) {
				x.s, x.mod = k-1, "EQUAL_OR_MORE"
			}
			// "не более двух лет", "не больше", "не свыше": at most;
			// "не меньше": at least.
			if s.isw(k-1, "не") && back(k-1) {
				switch e.key {
				case "более", "больше", "свыше":
					x.s, x.mod = k-1, "EQUAL_OR_LESS"
				case "меньше":
					x.s, x.mod = k-1, "EQUAL_OR_MORE"
				}
			}
		} else if s.isw(k, "уже") && s.isw(k-1, "скоро") && back(k-1) {
			x.s, x.mod = k-1, "LESS_THAN"
		} else if s.isw(k, "не") && s.isw(x.s, "один") && back(k) {
			// "не один год": for years, a vague amount.
			x.s, x.val = k, strings.Replace(x.val, "1", "X", 1)
		}
	case x.kind == kWeekday || x.kind == kRel && x.unit == uDay:
		if k := x.s - 1; (s.isw(k, "весь") || s.isw(k, "всю")) && back(k) {
			x.s = k
		}
	}
	if x.kind == kDate && !x.hasY && x.unit == uNone && x.m != 0 {
		s.ruYearFromStart(x)
	}
	if x.kind == kWeekday || x.kind == kDate && !x.hasY && x.unit == uNone || x.kind == kSeason && !x.hasY {
		x.tense = int8(s.ruTense(x))
		if x.kind == kDate && s.hasAnchor && x.dir == 0 {
			// Within a month of the anchor the nearest year wins,
			// whatever the verb: "с 24 апреля ... смогут" written on 10
			// April, "случившегося 19 сентября" written on 18 September.
			d := x.d
			if d == 0 {
				d = 15
			}
			if abs((x.m-s.am)*31+d-s.ad) <= 31 || abs((x.m-s.am)*31+d-s.ad) >= 372-31 {
				x.tense = 0
			}
		}
	}
}

// ruYearFromEnd: the start of a range takes the year written at its end
// ("с 28 августа по 5 сентября 1945 года", "с мая по сентябрь 1945
// года"; "с 28 декабря по 5 января 1946 года" the December before).
func (s *state) ruYearFromEnd(x *expr) {
	k := x.e
	if x.hasY || x.unit != uNone || x.m == 0 || !(s.isw(k, "по") || s.isw(k, "до")) {
		return
	}
	var y expr
	switch {
	case s.kind(k+1) == tkNum && x.d != 0:
		if !s.ruNumLed(k+1, &y) || y.rule != "ru-day-month" {
			return
		}
	case s.word(k+1) != nil && s.word(k+1).month != 0 && x.d == 0:
		if !s.ruMonth(k+1, &y) || y.kind != kDate {
			return
		}
	default:
		return
	}
	if !y.hasY || y.m == 0 {
		return
	}
	x.y, x.hasY = y.y, true
	if y.m < x.m {
		x.y--
	}
}

// ruYearFromStart: the end of a range or a month added to a dated one
// takes the year of the date before it ("с 28 августа 1945 года по 5
// сентября", "в августе 1945 года и в сентябре"; "с 28 декабря 1945 года
// по 5 января" the January after).
func (s *state) ruYearFromStart(x *expr) {
	n := len(s.out)
	if n == 0 {
		return
	}
	last := &s.out[n-1]
	if last.Type != Date && last.Type != Time || len(last.Value) < 7 || last.Value[4] != '-' {
		return
	}
	y, nd := digitsAt(last.Value, 0)
	m, md := digitsAt(last.Value, 5)
	if nd != 4 || md != 2 {
		return
	}
	// Only range words between: "по", "до", "и", "в", a dash.
	// Not across a line ("04.01.2019 11:09" then "В сентябре ...").
	words, link := 0, false
	for k := x.s - 1; k >= 0 && int(s.toks[k].start) >= last.End; k-- {
		if s.toks[k+1].nl {
			return
		}
		if s.isw(k, "в") || s.isw(k, "во") {
		} else if s.isw(k, "по") || s.isw(k, "до") || s.isw(k, "и") || s.isp(k, '-') || isDash(s.tokText(k)) {
			link = true
		} else {
			return
		}
		if words++; words > 2 {
			return
		}
	}
	if !link {
		return
	}
	if x.m < m {
		y++
	}
	x.y, x.hasY = y, true
}

// ruNumDate: "30.01.2024", "04.01.2019 11:09".
func (s *state) ruNumDate(i int, x *expr) bool {
	tk := &s.toks[i]
	*x = expr{s: i, e: i + 1, kind: kDate, typ: Date, y: int(tk.num), hasY: tk.num != 0, m: int(tk.m), d: int(tk.d), rule: "ru-numeric"}
	if s.isw(i+1, "г") {
		x.e = i + 2
		if s.isp(x.e, '.') && s.adj(i+1) {
			x.e++
		}
	}
	s.ruTimeAfter(x)
	return true
}

// ruTimeAfter takes a clock time after a date: ", 18:04", "в 6:58", and a
// zone ("по местному времени", "мск").
func (s *state) ruTimeAfter(x *expr) {
	k := x.e
	if s.isp(k, ',') || s.isw(k, "в") {
		k++
	}
	if s.kind(k) == tkNum && s.isw(k-1, "в") && !s.toks[k].grouped && s.toks[k].num <= 24 {
		// "в 10 утра", "в 7 часов вечера".
		h, j := int(s.toks[k].num), k+1
		if s.isw(j, "часов") || s.isw(j, "часа") || s.isw(j, "час") {
			j++
		}
		if p := s.word(j); p != nil && p.pod != "" && p.unit == uNone || j > k+1 {
			x.hour, x.min, x.hasT, x.typ, x.e = h, 0, true, Time, j
			if j > k+1 && s.isw(j, "дня") {
				// "25 марта в 4 часа дня": the afternoon ("в 3 дня"
				// without "часа" is "in three days").
				s.ruHourPodAfter(x)
			}
			s.ruPodAfter(x)
			x.e = s.ruZone(x.e)
		}
		return
	}
	if s.kind(k) != tkTime || s.toks[k].nl && s.isp(x.e, ',') {
		return
	}
	tk := &s.toks[k]
	x.hour, x.min, x.hasT, x.typ, x.e = int(tk.num), int(tk.m), true, Time, k+1
	s.ruPodAfter(x)
	x.e = s.ruZone(x.e)
}

// ruPodAfter: "в 10 утра", "в 7 вечера": the hour of a part of day.
func (s *state) ruPodAfter(x *expr) {
	if p := s.word(x.e); p != nil && p.pod != "" && x.hasT {
		switch p.pod {
		case "AF", "EV":
			if x.hour < 12 {
				x.hour += 12
			}
		case "NI":
			if x.hour >= 6 && x.hour < 12 {
				x.hour += 12
			} else if x.hour == 12 {
				x.hour = 0 // "в 12 часов ночи": midnight
			}
		}
		x.e++
	}
}

// ruZone returns the end of a time-zone phrase at k ("по московскому
// времени", "мск"), or k.
func (s *state) ruZone(k int) int {
	if s.isw(k, "мск") {
		return k + 1
	}
	if s.isp(k, '(') && s.isw(k+1, "мск") && s.isp(k+2, ')') {
		return k + 3
	}
	if s.isw(k, "по") && s.kind(k+1) == tkWord && s.isw(k+2, "времени") {
		return k + 3
	}
	return k
}

// ruClock: "в 15:00", "21:58 четверга мск".
func (s *state) ruClock(i int, x *expr) bool {
	tk := &s.toks[i]
	*x = expr{s: i, e: i + 1, kind: kTimeOnly, typ: Time, hour: int(tk.num), min: int(tk.m), hasT: true, rule: "ru-clock"}
	if e := s.word(i + 1); e != nil && e.weekday != 0 {
		x.kind, x.wd, x.e = kWeekday, int(e.weekday), i+2
	}
	s.ruPodAfter(x)
	x.e = s.ruZone(x.e)
	return true
}

// ruYearWord returns the end of a year word after k ("года", "году", "г.",
// "гг."), or k.
func (s *state) ruYearWord(k int) int {
	if e := s.word(k); e != nil && e.unit == uYear && e.key != "лет" {
		return k + 1
	}
	if s.isw(k, "г") || s.isw(k, "гг") {
		if s.isp(k+1, '.') && s.adj(k) {
			return k + 2
		}
		return k + 1
	}
	return k
}

// ruYearAt reads a year at k: "2024", "2017-го", "2012-м"; it returns the
// year and the end, or 0.
func (s *state) ruYearAt(k int) (int, int) {
	if s.kind(k) != tkNum || s.toks[k].grouped {
		return 0, k
	}
	tk := &s.toks[k]
	y := int(tk.num)
	if tk.nd != 4 || y < 1000 || y > 2200 {
		return 0, k
	}
	e := k + 1
	if s.isp(e, '-') && s.adj(k) && s.adj(e) && (s.isw(e+1, "го") || s.isw(e+1, "м")) {
		e += 2
	}
	return y, e
}

// ruYearAfter takes a year after a month or season: "марте 2022 года",
// "декабре прошлого года", "сентября того же года".
func (s *state) ruYearAfter(k int, x *expr) {
	j := k
	if s.isp(j, '.') && s.adj(j-1) && s.adj(j) {
		j++ // "24 января.1989 г."
	}
	if y, e := s.ruYearAt(j); y != 0 {
		x.y, x.hasY, x.e = y, true, s.ruYearWord(e)
		return
	}
	if r := s.word(k); r != nil && r.isRel {
		j := k + 1
		anaph := false
		if s.isw(j, "же") {
			j, anaph = j+1, true
		} else if r.key == "того" || r.key == "том" || r.key == "тот" {
			return
		}
		if u := s.word(j); u != nil && u.unit == uYear && u.key != "лет" {
			x.unit, x.n, x.anaph, x.e = uYear, int(r.rel), anaph, j+1
		}
	}
}

// ruNumLed: expressions that start with a number: "30 января 2024 года",
// "16" of "с 16 по 19 апреля", "2024 г.", "1990-е годы", "70 лет", "три
// года назад", "06.43 по местному времени", "десятки раз в год".
func (s *state) ruNumLed(i int, x *expr) bool {
	if i < 0 || i >= len(s.toks) {
		return false // "в начале" at the end of a text: nothing follows
	}
	tk := &s.toks[i]
	if s.kind(i) == tkWord && s.ruOrdinalDay(i, x) {
		return true // "двадцать второго февраля"
	}
	if s.kind(i) == tkNum && !tk.grouped && tk.nd <= 2 && tk.num >= 1 && tk.num <= 31 {
		if m := s.word(i + 1); m != nil && m.month != 0 {
			*x = expr{s: i, e: i + 2, kind: kDate, typ: Date, d: int(tk.num), m: int(m.month), rule: "ru-day-month"}
			if m.flags&wfRuAbbr != 0 && s.isp(i+2, '.') && s.adj(i+1) {
				x.e++
			}
			s.ruYearAfter(x.e, x)
			s.ruYearFromEnd(x)
			s.ruTimeAfter(x)
			return true
		}
		// "с 9 до 18 часов", "с 2 до 5 часов дня": the first hour is a
		// clock time in the same half of the day as the second.
		if tk.num <= 23 && s.isw(i-1, "с") && s.isw(i+1, "до") && s.kind(i+2) == tkNum {
			var y expr
			if s.ruNumLed(i+2, &y) && y.kind == kTimeOnly && y.rule == "ru-clock-hours" {
				*x = expr{s: i, e: i + 1, kind: kTimeOnly, typ: Time, hour: int(tk.num), hasT: true, rule: "ru-clock-hours"}
				if y.hour >= 12 && x.hour < 12 && x.hour+12 <= y.hour && int(s.toks[i+2].num) < 12 {
					x.hour += 12
				}
				return true
			}
		}
		// "с 16 по 19 апреля", "12-16 января": the first day borrows the
		// month and year of the second.
		k := i + 1
		if s.isw(k, "по") || s.isw(k, "и") || s.isw(k, "или") || s.isp(k, '-') || isDash(s.tokText(k)) {
			var y expr
			if s.kind(k+1) == tkNum && s.ruNumLed(k+1, &y) && y.kind == kDate && y.d != 0 && y.rule == "ru-day-month" {
				*x = expr{s: i, e: i + 1, kind: kDate, typ: Date, d: int(tk.num), m: y.m, y: y.y, hasY: y.hasY, unit: y.unit, n: y.n, anaph: y.anaph, rule: "ru-day-range"}
				return true
			}
		}
	}
	if s.kind(i) == tkNum && tk.grouped {
		// "06.43 по местному времени"
		t := s.tokText(i)
		if len(t) >= 4 && len(t) <= 5 && t[len(t)-3] == '.' && s.ruZone(i+1) > i+1 {
			h, _ := digitsAt(t, 0)
			m, _ := digitsAt(t, len(t)-2)
			if h < 24 && m < 60 {
				*x = expr{s: i, e: s.ruZone(i + 1), kind: kTimeOnly, typ: Time, hour: h, min: m, hasT: true, rule: "ru-clock"}
				return true
			}
		}
		return false
	}
	// Decades: "1990-е годы", "90-х".
	if s.kind(i) == tkNum && (tk.nd == 4 && tk.num%10 == 0 || tk.nd == 2 && tk.num%10 == 0) && s.isp(i+1, '-') && s.adj(i) && s.adj(i+1) {
		if w := s.word(i + 2); w != nil && (w.key == "е" || w.key == "х" || w.key == "ые" || w.key == "ых") {
			y := int(tk.num)
			if tk.nd == 2 {
				y += 1900
			}
			*x = expr{s: i, e: i + 3, kind: kDecade, typ: Date, y: y, rule: "ru-decade"}
			if u := s.word(x.e); u != nil && u.unit == uYear && u.key != "лет" {
				x.e++
			}
			return true
		}
	}
	// Years: "2024 года", "2021 год", "2024 г.", "в 2022–2023 гг.", "2012".
	if y, e := s.ruYearAt(i); y != 0 {
		*x = expr{s: i, e: e, kind: kDate, typ: Date, y: y, hasY: true, rule: "ru-year"}
		if w := s.ruYearWord(e); w > e {
			x.e = w
			return true
		}
		if (s.isp(e, '-') || isDash(s.tokText(e))) && s.kind(e+1) == tkNum {
			return true // the first year of a range
		}
		if n := s.word(e); n != nil && (n.countNoun || n.unit != uNone) {
			return false // "2000 человек", "1000 лет"
		}
		if s.isp(e, ',') && s.kind(e+1) == tkNum && s.toks[e+1].nd == 3 {
			return false
		}
		return y >= 1800 && y <= 2100
	}
	// Centuries: "XX век", "XXI века".
	if e := s.word(i); e != nil && s.kind(i) == tkWord && e.numKind == nkOnes && e.num >= 15 && s.tokText(i)[0] < 0x80 {
		if u := s.word(i + 1); u != nil && u.unit == uCentury {
			*x = expr{s: i, e: i + 2, kind: kCentury, typ: Date, n: int(e.num) - 1, rule: "ru-century"}
			return true
		}
		return false
	}
	return s.ruDuration(i, x)
}

// ruNumber reads a number at k: digits or words ("двадцать пять",
// "несколько"); it returns the value, whether it is vague, and the end.
func (s *state) ruNumber(k int) (n int, vague bool, end int, ok bool) {
	if s.kind(k) == tkNum && !s.toks[k].grouped {
		return int(s.toks[k].num), false, k + 1, true
	}
	e := s.word(k)
	if e == nil || s.kind(k) != tkWord || s.tokText(k)[0] < 0x80 {
		return 0, false, k, false
	}
	switch e.numKind {
	case nkVague:
		return 0, true, k + 1, true
	case nkOnes:
		return int(e.num), false, k + 1, true
	case nkTens:
		n = int(e.num)
		if o := s.word(k + 1); o != nil && o.numKind == nkOnes && o.num < 10 && s.kind(k+1) == tkWord {
			return n + int(o.num), false, k + 2, true
		}
		return n, false, k + 1, true
	}
	return 0, false, k, false
}

// ruDuration: "70 лет", "три часа десять минут", "трехдневным", "десятки
// раз в год", "три года назад".
func (s *state) ruDuration(i int, x *expr) bool {
	if e := s.word(i); e != nil && e.numKind == nkMult && e.unit != uNone {
		*x = expr{s: i, e: i + 1, kind: kDur, typ: Duration, val: durValue(int(e.num), false, e.unit), rule: "ru-adj-duration"}
		return true
	}
	n, vague, k, ok := s.ruNumber(i)
	if !ok {
		return false
	}
	// "десятки раз в год": a frequency.
	if s.isw(k, "раз") && (s.isw(k+1, "в") || s.isw(k+1, "во")) {
		if u := s.word(k + 2); u != nil && u.unit != uNone {
			*x = expr{s: i, e: k + 3, kind: kSet, typ: Set, val: durValue(1, false, u.unit), rule: "ru-times-per"}
			return true
		}
	}
	u := s.word(k)
	if u == nil || u.unit == uNone || u.numKind == nkMult || s.isw(k, "г") {
		return false
	}
	if u.unit == uCentury && !vague && n > 12 {
		return false // "20 век" is a century, not a duration; rare, left out
	}
	*x = expr{s: i, e: k + 1, kind: kDur, typ: Duration, val: ruDurValue(n, vague, u.unit), rule: "ru-duration"}
	if s.ruClockHours(i, n, vague, u.unit, x) {
		return true
	}
	// "три часа десять минут": a smaller unit after.
	if m, v2, k2, ok := s.ruNumber(k + 1); ok && !vague && !v2 {
		if u2 := s.word(k2); u2 != nil && u2.unit != uNone && u2.unit < u.unit && u.unit <= uHour {
			x.val = strings.TrimSuffix(x.val, "H") + "H" + itoa(m) + "M"
			x.e = k2 + 1
		}
	}
	if s.isw(x.e, "назад") || s.isw(x.e, "тому") && s.isw(x.e+1, "назад") {
		// "три года назад": the year, counted from the anchor.
		end := x.e + 1
		if s.isw(x.e, "тому") {
			end++
		}
		if vague {
			*x = expr{s: i, e: end, kind: kRef, typ: Date, refv: "PAST_REF", rule: "ru-ago"}
			return true
		}
		*x = expr{s: i, e: end, kind: kRel, typ: Date, unit: u.unit, n: -n, rule: "ago"}
		return true
	}
	return true
}

// ruClockHours: "N часов" is a clock time, not a duration, after "в" ("в
// 18 часов", "в 18 часов 30 минут"), after "к" in the dative ("к 18
// часам"), at the end of "с 9 до 18 часов", or with a part of day after
// it whatever comes before ("в 4 часа дня", "около 5 часов утра": APPROX).
// "в 24 часа" is left a duration: it is the idiom "within a day" ("выслать
// в 24 часа").
func (s *state) ruClockHours(i, n int, vague bool, u unitKind, x *expr) bool {
	if vague || u != uHour || n > 23 {
		return false
	}
	end := x.e
	min := 0
	if m, v2, k2, ok := s.ruNumber(end); ok && !v2 && m < 60 {
		if u2 := s.word(k2); u2 != nil && u2.unit == uMinute {
			min, end = m, k2+1
		}
	}
	pod := s.ruHourPod(end)
	p := i - 1
	switch {
	case pod != "":
	case (s.isw(p, "в") || s.isw(p, "во")) && !ruMeasureNoun(s.tokText(p-1)) &&
		!(s.isw(p-1, "времени") && s.isw(p-2, "во") && ruMeasureNoun(s.tokText(p-3))): // "разница во времени в 6 часов"
	case s.isw(p, "к") && s.isw(x.e-1, "часам"):
	case s.isw(p, "до") && s.kind(p-1) == tkNum && s.isw(p-2, "с"):
	default:
		return false
	}
	*x = expr{s: i, e: end, kind: kTimeOnly, typ: Time, hour: n, min: min, hasT: true, rule: "ru-clock-hours"}
	s.ruHourPodAfter(x)
	x.e = s.ruZone(x.e)
	if e := s.word(p); e != nil && e.isApprox && e.approx == "" && pod != "" {
		switch e.key {
		case "около", "примерно", "приблизительно":
			x.s, x.mod = p, "APPROX"
		}
	}
	return true
}

// ruMeasureNoun reports whether w is a noun that "в N часов" measures, so
// that the hours are a length ("разница в 6 часов", "с опозданием в 2
// часа", "перерыв в 3 часа"), not a clock time.
func ruMeasureNoun(w string) bool {
	w = strings.ToLower(w)
	for _, stem := range []string{"разниц", "задержк", "опоздани", "перерыв", "интервал", "отставани", "сдвиг", "промежут", "смещени", "опережени"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// ruHourPod is the part of day at k that makes an hour before it a clock
// time: "дня" (afternoon), "утра", "вечера", "ночи"; or "".
func (s *state) ruHourPod(k int) string {
	if s.isw(k, "дня") {
		return "AF"
	}
	if p := s.word(k); p != nil && p.pod != "" && p.unit == uNone && !s.isw(k, "утром") && !s.isw(k, "вечером") && !s.isw(k, "ночью") {
		return p.pod
	}
	return ""
}

// ruHourPodAfter is ruPodAfter that also reads "дня" ("в 4 часа дня").
func (s *state) ruHourPodAfter(x *expr) {
	if s.isw(x.e, "дня") {
		if x.hour < 12 {
			x.hour += 12
		}
		x.e++
		return
	}
	if s.ruHourPod(x.e) != "" {
		s.ruPodAfter(x)
	}
}

// ruDurValue is durValue with the vague decades and centuries of the dev
// README: "PXDE" (for decades), "PXCE".
func ruDurValue(n int, vague bool, u unitKind) string {
	if vague && u == uDecade {
		return "PXDE"
	}
	if vague && u == uCentury {
		return "PXCE"
	}
	return durValue(n, vague, u)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// ruUnitLed: "которое десятилетие", "который год" (a vague duration).
func (s *state) ruUnitLed(i int, x *expr) bool {
	e := s.word(i)
	if k := i - 1; s.isw(k, "которое") || s.isw(k, "который") || s.isw(k, "которую") {
		*x = expr{s: k, e: i + 1, kind: kDur, typ: Duration, val: ruDurValue(0, true, e.unit), rule: "ru-vague-duration"}
		return true
	}
	// "в час дня", "в час ночи": one o'clock.
	if (e.key == "час" && s.isw(i-1, "в") || e.key == "часа" && s.isw(i-1, "около")) && s.ruHourPod(i+1) != "" {
		*x = expr{s: i, e: i + 1, kind: kTimeOnly, typ: Time, hour: 1, hasT: true, rule: "ru-clock-hours"}
		if s.isw(i-1, "около") {
			x.s, x.mod = i-1, "APPROX"
		}
		s.ruHourPodAfter(x)
		x.e = s.ruZone(x.e)
		return true
	}
	// "через неделю", "спустя год", "в течение месяца": one unit; also
	// after an amount word ("не более месяца", "более года", "около
	// часа", "почти год": ruWiden adds the mod).
	p := i - 1
	if s.isw(p, "чем") {
		p-- // "более чем год"
	}
	if a := s.word(p); s.isw(p, "через") || s.isw(p, "спустя") || s.isw(p, "течение") || s.isw(p, "протяжении") ||
		a != nil && a.isApprox && !s.isw(p, "порядка") && !s.isw(i+1, "назад") {
		switch e.key {
		case "год", "года", "месяц", "месяца", "неделю", "недели", "день", "дня", "сутки", "суток", "час", "часа", "минуту", "минуты", "десятилетие", "десятилетия", "век", "века":
			*x = expr{s: i, e: i + 1, kind: kDur, typ: Duration, val: durValue(1, false, e.unit), rule: "ru-duration"}
			return true
		}
	}
	return false
}

// ruMonth: "марте", "в марте 2022 года", "декабре прошлого года".
func (s *state) ruMonth(i int, x *expr) bool {
	e := s.word(i)
	if e.flags&wfRuAbbr != 0 {
		return false
	}
	*x = expr{s: i, e: i + 1, kind: kDate, typ: Date, m: int(e.month), rule: "ru-month"}
	s.ruYearAfter(i+1, x)
	if x.e == i+1 && s.toks[i].cap && !s.toks[i].upper && s.kind(i+1) == tkWord && s.toks[i+1].cap {
		return false // "Мая Плисецкая": a name; months are written in lower case
	}
	if !x.hasY && x.unit == uNone && s.lastSet >= 0 && i-s.lastSet <= 5 {
		// "каждый год с мая по октябрь": months of every year.
		x.kind, x.val, x.rule = kSet, "XXXX-"+two(x.m), "ru-generic-month"
		x.typ = Date
	}
	if x.kind == kDate {
		s.ruYearFromEnd(x)
	}
	if (s.isp(i+1, '-') || isDash(s.tokText(i+1))) && s.adj(i) && !x.hasY && x.unit == uNone {
		// "в ноябре-декабре этого года": two months, the first taking the
		// year of the second.
		if m := s.word(i + 2); m != nil && m.month != 0 {
			var y expr
			y.e = i + 3
			s.ruYearAfter(i+3, &y)
			x.y, x.hasY, x.unit, x.n, x.anaph = y.y, y.hasY, y.unit, y.n, y.anaph
		}
	}
	return true
}

// ruWeekday: "в понедельник", "пятницу утром", "понедельник, 7 июля",
// "во вторник днём".
func (s *state) ruWeekday(i int, x *expr) bool {
	e := s.word(i)
	*x = expr{s: i, e: i + 1, kind: kWeekday, typ: Date, wd: int(e.weekday), rule: "ru-weekday"}
	if pod := s.ruPodOfDay(i + 1); pod != "" {
		x.pod, x.typ, x.e = pod, Time, i+2
	}
	return true
}

// deicticRU: "сегодня", "вчера утром", "вчера днём".
func (s *state) deicticRU(i int, x *expr) bool {
	e := s.word(i)
	*x = expr{s: i, e: i + 1, kind: kRel, unit: uDay, n: int(e.deictic), typ: Date, rule: "deictic"}
	if pod := s.ruPodOfDay(i + 1); pod != "" {
		x.pod, x.typ, x.e = pod, Time, i+2
	}
	return true
}

// ruPodOfDay is the part of day at k after a named day ("вчера вечером",
// "в понедельник днём"), or "". After a day, "днём" is its afternoon, not
// the unit it is elsewhere.
func (s *state) ruPodOfDay(k int) string {
	if p := s.word(k); p != nil && p.pod != "" && (p.unit == uNone || s.isw(k, "днем") || s.isw(k, "днём")) {
		return p.pod
	}
	return ""
}

// ruRel: "в прошлом году", "на этой неделе", "минувший уик-энд",
// "ближайший понедельник", "прошлого века", "того же года".
func (s *state) ruRel(i int, x *expr) bool {
	r := s.word(i)
	j := i + 1
	anaph := false
	if s.isw(j, "же") {
		j, anaph = j+1, true
	} else if r.key == "того" || r.key == "том" || r.key == "тот" || r.key == "той" || r.key == "ту" || r.key == "та" || r.key == "те" || r.key == "тех" {
		return false
	}
	n := s.word(j)
	if s.isw(j, "уик") && s.isp(j+1, '-') && s.isw(j+2, "энд") {
		*x = expr{s: i, e: j + 3, kind: kRel, typ: Date, unit: uWeekend, n: int(r.rel), rule: "ru-rel-unit"}
		return true
	}
	if n == nil {
		return false
	}
	switch {
	case n.unit != uNone && n.unit != uHour && n.unit != uMinute && n.unit != uSecond && n.key != "лет":
		*x = expr{s: i, e: j + 1, kind: kRel, typ: Date, unit: n.unit, n: int(r.rel), anaph: anaph, rule: "ru-rel-unit"}
		if n.unit == uDay && r.rel == 0 && !anaph {
			x.rule = "deictic"
		}
		if r.key == "ближайшие" || r.key == "ближайших" || n.unit == uDay && r.rel != 0 && !anaph {
			return false // "в ближайшие дни": vague, not a calendar period
		}
		return true
	case n.weekday != 0:
		*x = expr{s: i, e: j + 1, kind: kWeekday, typ: Date, wd: int(n.weekday), dir: int(r.rel), rule: "ru-rel-weekday"}
		if r.rel == 0 {
			x.dir = 0
		}
		return true
	case n.month != 0 && n.flags&wfRuAbbr == 0:
		*x = expr{s: i, e: j + 1, kind: kDate, typ: Date, m: int(n.month), dir: int(r.rel), rule: "ru-rel-month"}
		if r.rel == 0 {
			x.dir, x.unit, x.n = 0, uYear, 0
		}
		return true
	case n.season != 0:
		*x = expr{s: i, e: j + 1, kind: kSeason, typ: Date, season: int(n.season), dir: int(r.rel), rule: "ru-rel-season"}
		if r.rel == 0 {
			x.unit = uYear
		}
		return true
	}
	return false
}

// ruPart: "в начале марта", "в конце года", "конца этого года", "в
// середине прошлого века", "начала сентября того же года", "в конце
// недели".
func (s *state) ruPart(i int, x *expr) bool {
	p := s.word(i).part
	var y expr
	j := i + 1
	ok := false
	if e := s.word(j); e != nil && s.kind(j) != tkNum {
		switch {
		case e.month != 0:
			ok = s.ruMonth(j, &y)
		case e.isRel:
			ok = s.ruRel(j, &y)
		case e.unit == uYear && e.key != "лет":
			// "в конце года": this year.
			y, ok = expr{s: j, e: j + 1, kind: kRel, typ: Date, unit: uYear, rule: "ru-rel-unit"}, true
		case e.unit == uMonth || e.unit == uWeek || e.unit == uCentury:
			y, ok = expr{s: j, e: j + 1, kind: kRel, typ: Date, unit: e.unit, rule: "ru-rel-unit"}, true
		case e.numKind == nkOnes:
			ok = s.ruNumLed(j, &y)
		}
	} else {
		ok = s.ruNumLed(j, &y)
	}
	if !ok || y.typ != Date || !(y.kind == kDate && y.d == 0 || y.kind == kRel && (y.unit == uWeek || y.unit >= uMonth) || y.kind == kDecade || y.kind == kCentury || y.kind == kSeason) {
		return false
	}
	*x = y
	x.s, x.part, x.rule = i, p, "ru-part-"+y.rule
	return true
}

// ruOrdinalDay: a day written as an ordinal word, "первого сентября",
// "двадцать второго февраля 2024 года", "тридцатое января".
func (s *state) ruOrdinalDay(i int, x *expr) bool {
	d, j := 0, i
	if e := s.word(i); e != nil && e.numKind == nkTens && (e.num == 20 || e.num == 30) {
		if o := s.word(i + 1); o != nil && o.ord >= 1 && o.ord <= 9 {
			d, j = int(e.num)+int(o.ord), i+1
		}
	} else if e != nil && e.ord >= 1 {
		d = int(e.ord)
	}
	if d < 1 || d > 31 || strings.HasSuffix(s.word(j).key, "ой") || strings.HasSuffix(s.word(j).key, "ая") {
		return false // "второй половине": not a day
	}
	m := s.word(j + 1)
	if m == nil || m.month == 0 || m.flags&wfRuAbbr != 0 {
		return false
	}
	*x = expr{s: i, e: j + 2, kind: kDate, typ: Date, d: d, m: int(m.month), rule: "ru-ordinal-day"}
	s.ruYearAfter(x.e, x)
	s.ruTimeAfter(x)
	return true
}

// ruHalf: "во второй половине февраля", "в первой половине года".
func (s *state) ruHalf(i int, x *expr) bool {
	o := s.word(i)
	if o.ord < 1 || o.ord > 2 || !strings.HasPrefix(s.word(i+1).keyOr(), "половин") {
		return false
	}
	var y expr
	j := i + 2
	ok := false
	if e := s.word(j); e != nil {
		switch {
		case e.month != 0:
			ok = s.ruMonth(j, &y)
		case e.isRel:
			ok = s.ruRel(j, &y)
		case e.unit == uYear && e.key != "лет":
			y, ok = expr{s: j, e: j + 1, kind: kRel, typ: Date, unit: uYear, rule: "ru-rel-unit"}, true
		}
	} else {
		ok = s.ruNumLed(j, &y)
	}
	if !ok || y.typ != Date || !(y.kind == kDate && y.d == 0 || y.kind == kRel && y.unit >= uMonth || y.kind == kDecade || y.kind == kCentury) {
		return false
	}
	*x = y
	x.s, x.halfOf, x.rule = i, int(o.ord), "ru-half-"+y.rule
	return true
}

// keyOr is the entry's key, or "" for no entry.
func (e *entry) keyOr() string {
	if e == nil {
		return ""
	}
	return e.key
}

// ruSet: "ежегодно", "каждый год", "каждую неделю", "каждый понедельник".
func (s *state) ruSet(i int, x *expr) bool {
	e := s.word(i)
	if e.set != "" {
		*x = expr{s: i, e: i + 1, kind: kSet, typ: Set, val: e.set, rule: "ru-set-word"}
		s.lastSet = i
		return true
	}
	u := s.word(i + 1)
	if u == nil {
		return false
	}
	*x = expr{s: i, e: i + 2, kind: kSet, typ: Set, rule: "ru-every"}
	switch {
	case u.unit != uNone:
		x.val = durValue(1, false, u.unit)
	case u.weekday != 0:
		x.val = "XXXX-WXX-" + string(rune('0'+u.weekday))
	default:
		return false
	}
	s.lastSet = i
	return true
}

// ruTense reads the tense of the clause around x from its verbs: a verb
// right before (skipping a preposition) or right after, or after the one
// word of its subject, then the nearest in the clause. Russian past verbs
// end in -л, -ла, -ло, -ли (-лся...); the future is a table of auxiliaries
// and planning words.
func (s *state) ruTense(x *expr) int {
	k := x.s - 1
	if s.kind(k) == tkWord && len(s.tokText(k)) <= 4 && s.word(k) != nil && s.word(k).trigger == false && s.word(k).tense == 0 {
		k-- // a preposition
	}
	if t := s.ruCue(k); t != 0 {
		return t
	}
	if t := s.ruCue(x.e); t != 0 {
		if s.word(x.e) == nil {
			// A past ending on the word after the date may be a noun, its
			// subject: "В марте жители острова смогут". A tense word of
			// the table within two words after it is the verb.
			if u := s.ruTableTenseWithin(x.e+1, 2); u != 0 {
				return u
			}
		}
		return t
	}
	// "В марте министр провёл встречу", "В мае Лавров заявил": the date,
	// one token (its subject, mostly), then the verb, in one sentence. The
	// verb is read as next to the date; the subject has no cue of its own.
	// A capital is a name, not a verb ("туристы Курил").
	if !s.ruClauseEnd(x.e+1) && !s.toks[x.e+1].cap {
		if t := s.ruCue(x.e + 1); t != 0 {
			return t
		}
	}
	// Further away only the table words: a past ending there is as often
	// a noun ("жители", "цели").
	fwd, bwd := true, true
	for d := 1; d < 12 && (fwd || bwd); d++ {
		if f := x.e + d; fwd && f < len(s.toks) && !s.ruClauseEnd(f) {
			if e := s.word(f); e != nil && e.tense != 0 {
				return int(e.tense)
			}
		} else {
			fwd = false
		}
		if b := k - d; bwd && b >= 0 && !s.ruClauseEnd(b+1) {
			if e := s.word(b); e != nil && e.tense != 0 {
				return int(e.tense)
			}
		} else {
			bwd = false
		}
	}
	return 0
}

// ruTableTenseWithin is the tense of the first word of the table with a
// tense among the n words from token i, all in one run of words (no
// punctuation between), or 0.
func (s *state) ruTableTenseWithin(i, n int) int {
	for end := i + n; i < end && s.kind(i) == tkWord; i++ {
		if e := s.word(i); e != nil && e.tense != 0 {
			return int(e.tense)
		}
	}
	return 0
}

// ruClauseEnd reports whether token i is past the end of the sentence.
func (s *state) ruClauseEnd(i int) bool {
	return i <= 0 || i >= len(s.toks) || s.isp(i-1, '.') || s.isp(i-1, '!') || s.isp(i-1, '?') || s.toks[i].nl
}

// ruCue is the tense of token i: a table word, or a past ending.
func (s *state) ruCue(i int) int {
	if s.kind(i) != tkWord {
		return 0
	}
	if e := s.word(i); e != nil {
		return int(e.tense)
	}
	w := s.tokText(i)
	if len(w) < 8 || w[0] < 0x80 { // four Cyrillic letters
		return 0
	}
	for _, suf := range ruPastEndings {
		if strings.HasSuffix(w, suf) {
			return -1
		}
	}
	// A reflexive verb in the present or the perfective future right next
	// to the date tells a plan: "откроется в сентябре", "в мае
	// проводится" (no noun ends so).
	if len(w) >= 12 {
		for _, suf := range ruNonPastReflexive {
			if strings.HasSuffix(w, suf) {
				return 1
			}
		}
	}
	return 0
}

var ruNonPastReflexive = []string{"ится", "ется", "ётся", "ются", "утся", "ятся", "атся"}

var ruPastEndings = []string{"ал", "ял", "ил", "ел", "ала", "яла", "ила", "ела", "ало", "ило", "али", "яли", "или", "ели",
	"лся", "лась", "лось", "лись",
	// Past stems without the vowel: "прошёл", "прошла", "прошло",
	// "прошли", "провёл", "смогли" (not "-сло", "-сли": "число",
	// "мысли"; not "-ело": "дело").
	"ёл", "шла", "шло", "шли", "огла", "огло", "огли"}
