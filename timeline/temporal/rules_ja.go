package temporal

import (
	"strings"
	"unicode/utf8"
)

// The Japanese rules, over the tokens of lexJA. Japanese writes a date from
// the largest unit down, each number followed by its unit kanji
// ("2024年1月30日午前10時"), an era year in place of the Western one
// ("令和6年", "平成元年"), and a relative word in place of a number ("昨年11
// 月", "先月18日", "同日午後"); particles (に, から, の) stay outside the
// extent. The expressions resolve through the shared resolver.

// parseJA tries the Japanese rules at token i.
func parseJA(s *state, i int) (expr, bool) {
	var x expr
	ok := false
	switch s.kind(i) {
	case tkDate:
		ok = s.jaSlash(i, &x)
	case tkNum:
		ok = s.jaNumLed(i, &x)
	case tkWord:
		e := s.word(i)
		if e == nil || len(e.key) == 1 && e.key[0] < 0x80 {
			ok = s.jaLetterEra(i, &x)
			break
		}
		switch {
		case e.numKind == nkMult:
			ok = s.jaEra(i, &x)
		case e.key == "日本時間" || e.key == "現地時間":
			ok = s.jaClock(i+1, &x) && x.hasT
			x.s = i
		case e.isDeictic:
			x = expr{s: i, e: i + 1, kind: kRel, unit: uDay, n: int(e.deictic), typ: Date, rule: "deictic"}
			if e.pod != "" {
				// "今夜", "今朝", "昨夜": a day and its part; "今夜9時" the
				// clock time that part of the day gives.
				var y expr
				if s.jaClock(i, &y) && y.hasT {
					x.hour, x.min, x.hasT, x.typ, x.e, x.mod = y.hour, y.min, true, Time, y.e, y.mod
				} else {
					x.pod, x.typ = e.pod, Time
				}
			} else {
				s.jaTimeAfter(&x)
			}
			ok = true
		case e.isRel:
			ok = s.jaRel(i, &x)
		case e.weekday != 0:
			s.jaListDays(i)
			if s.jaWeeklyAfter(i) {
				// "毎週月曜日と木曜日": the second weekday recurs too.
				x = expr{s: i, e: i + 1, kind: kSet, typ: Set, val: "XXXX-WXX-" + string(rune('0'+e.weekday)), rule: "ja-set-weekday"}
				return x, true
			}
			x = expr{s: i, e: i + 1, kind: kWeekday, typ: Date, wd: int(e.weekday), rule: "ja-weekday"}
			s.jaTimeAfter(&x)
			ok = true
		case e.ref != "":
			ok = s.jaRef(i, &x)
		case e.isSet:
			x = expr{s: i, e: i + 1, kind: kSet, typ: Set, val: e.set, rule: "ja-set-word"}
			if w := s.word(i + 1); e.key == "毎週" && w != nil && w.weekday != 0 {
				// "毎週月曜日": every Monday, one recurrence.
				x.e, x.val = i+2, "XXXX-WXX-"+string(rune('0'+w.weekday))
			} else if d := s.jaDayListAt(i + 1); e.key == "毎週" && d != 0 {
				// "毎週火・金曜日": the first day written by its kanji alone.
				x.e, x.val = i+2, "XXXX-WXX-"+string(rune('0'+d))
			}
			if ok = !strings.HasPrefix(s.text[x.end(s):], "新聞"); ok { // 毎日新聞 is a newspaper
				s.lastSet = i
			}
		case e.season != 0:
			x = expr{s: i, e: i + 1, kind: kSeason, typ: Date, season: int(e.season), rule: "ja-season"}
			ok = s.jaParticleAfter(i + 1)
		case e.isApprox:
			ok = s.jaNumLed(i+1, &x) && x.kind == kDur
			if ok {
				x.s = i
				if e.approx != "" && x.mod == "" {
					x.mod = e.approx
				}
			}
		case e.pod != "" && (e.key == "午前" || e.key == "午後" || jaClockPod(e.key) != 0):
			ok = s.jaClock(i, &x) && x.hasT
		case e.unit == uYear && e.key == "年" || e.unit == uMonth && e.key == "月":
			ok = s.jaPerTimes(i, &x)
		case e.unit == uCentury && e.key == "半世紀":
			x = expr{s: i, e: i + 1, kind: kDur, typ: Duration, val: "P50Y", rule: "ja-duration"}
			ok = true
		}
	}
	if !ok || x.e <= i {
		return x, false
	}
	if x.kind == kDate && !x.hasY && x.unit == uNone && x.m != 0 {
		s.jaLinkedYear(&x)
		s.jaYearFromEnd(&x)
	}
	if x.kind == kSeason && !x.hasY && x.unit == uNone {
		s.jaLinkedYear(&x) // "1945年の夏", "来年の春"
	}
	if x.kind == kWeekday || x.kind == kDate && !x.hasY && x.unit == uNone || x.kind == kSeason && !x.hasY && x.unit == uNone {
		s.jaTopicYear(&x)
		if !x.hasY {
			x.tense = int8(s.jaTense(&x))
			if x.kind == kDate && s.hasAnchor {
				d := x.d
				if d == 0 {
					d = 15
				}
				if c := abs((x.m-s.am)*31 + d - s.ad); c <= 31 || c >= 372-31 {
					x.tense = 0 // near the anchor the nearest year wins
				}
			}
		}
	}
	return x, true
}

// end is the byte offset where x ends.
func (x *expr) end(s *state) int { return int(s.toks[x.e-1].end) }

// key is the table word of token k, or "".
func (s *state) key(k int) string {
	if e := s.word(k); e != nil {
		return e.key
	}
	return ""
}

// num returns the value of number token k.
func (s *state) num(k int) (int, bool) {
	if s.kind(k) != tkNum || s.toks[k].grouped {
		return 0, false
	}
	return int(s.toks[k].num), true
}

// jaSlash: "2019/6/29", "2019/6/29 18:14".
func (s *state) jaSlash(i int, x *expr) bool {
	tk := &s.toks[i]
	*x = expr{s: i, e: i + 1, kind: kDate, typ: Date, y: int(tk.num), hasY: true, m: int(tk.m), d: int(tk.d), rule: "ja-slash"}
	if s.kind(i+1) == tkTime && !s.toks[i+1].nl {
		t := &s.toks[i+1]
		x.hour, x.min, x.hasT, x.typ, x.e = int(t.num), int(t.m), true, Time, i+2
	}
	return true
}

// jaEraYear reads an era year at i ("平成", "元"|n, "年"): the Western year
// and the index of the token after "年" (or at "年度"), or 0.
func (s *state) jaEraYear(i int) (y, era, k int) {
	e := s.word(i)
	if e == nil || e.numKind != nkMult || e.num < 1 || int(e.num) > len(jaEras) {
		return 0, 0, i
	}
	n := 0
	k = i + 1
	if s.key(k) == "元" {
		n = 1
	} else if v, ok := s.num(k); ok && v >= 1 && v <= 99 {
		n = v
	} else {
		return 0, 0, i
	}
	return jaEras[e.num-1].y + n - 1, int(e.num), k + 1
}

// jaEra: "平成10年4月28日", "令和元年5月1日", "昭和三十一年", "平成12年9月3".
func (s *state) jaEra(i int, x *expr) bool {
	y, era, k := s.jaEraYear(i)
	if y == 0 {
		return false
	}
	switch s.key(k) {
	case "年", "年度":
	default:
		return false
	}
	*x = expr{s: i, e: k + 1, kind: kDate, typ: Date, y: y, hasY: true, rule: "ja-era"}
	s.jaAfterYear(x)
	if x.m != 0 && y == jaEras[era-1].y {
		// The era's first year began on its first day: "平成元年1月7日"
		// is still Showa 64, so the month and day are not read as Heisei.
		st := jaEras[era-1]
		d := x.d
		if d == 0 {
			d = 31
		}
		if x.m < st.m || x.m == st.m && d < st.d {
			*x = expr{s: i, e: k + 1, kind: kDate, typ: Date, y: y, hasY: true, rule: "ja-era"}
		}
	}
	return true
}

// jaLetterEra: "R6年", "H13年度" (an era's one-letter form before a number).
func (s *state) jaLetterEra(i int, x *expr) bool {
	t := s.tokText(i)
	if len(t) == 3 && t[0] == 0xEF { // full width "Ｒ"
		if e := s.word(i); e != nil && len(e.key) == 1 {
			t = strings.ToUpper(e.key)
		}
	}
	if len(t) != 1 || !s.adj(i) {
		return false
	}
	var era int
	for k, e := range jaEras {
		if t[0] == e.letter {
			era = k + 1
		}
	}
	n, ok := s.num(i + 1)
	if era == 0 || !ok || n < 1 || n > 99 || !(s.key(i+2) == "年" || s.key(i+2) == "年度") {
		return false
	}
	*x = expr{s: i, e: i + 3, kind: kDate, typ: Date, y: jaEras[era-1].y + n - 1, hasY: true, rule: "ja-letter-era"}
	s.jaAfterYear(x)
	return true
}

// jaAfterYear continues a date after its year: month, day, time, or a part
// of the year ("年末" is read before: it is its own word).
func (s *state) jaAfterYear(x *expr) {
	k := x.e
	if m, ok := s.num(k); ok && m >= 1 && m <= 12 {
		switch s.key(k + 1) {
		case "月":
			x.m, x.e = m, k+2
			s.jaAfterMonth(x)
			return
		case "月末":
			x.m, x.e, x.part = m, k+2, pEnd
			return
		}
	}
	if p := s.word(k); p != nil && p.part != pNone && p.unit == uNone {
		x.part, x.e = p.part, k+1
		return
	}
	if p := s.word(k); p != nil && p.season != 0 && p.unit == uNone && !p.isRel {
		*x = expr{s: x.s, e: k + 1, kind: kSeason, typ: Date, season: int(p.season), y: x.y, hasY: x.hasY, unit: x.unit, n: x.n, anaph: x.anaph, rule: "ja-season-year"}
	}
}

// jaAfterMonth continues a date after its month: day, or a part of the
// month ("上旬", "末", "初め").
func (s *state) jaAfterMonth(x *expr) {
	k := x.e
	if d, ok := s.num(k); ok && d >= 1 && d <= 31 {
		if s.key(k+1) == "日" {
			x.d, x.e = d, k+2
			s.jaAfterDay(x)
			return
		}
		if s.isp(k+1, '~') {
			// "9月3〜5日": the first day, as written.
			x.d, x.e = d, k+1
			return
		}
	}
	if p := s.word(k); p != nil && p.part != pNone && p.unit == uNone {
		x.part, x.e = p.part, k+1
	}
}

// jaAfterDay continues a day: "中" (3日中), a weekday in parentheses before
// a clock time, the time or part of day.
func (s *state) jaAfterDay(x *expr) {
	if s.key(x.e) == "中" {
		x.e++
		return
	}
	k := x.e
	if s.isp(k, '(') && s.isp(k+2, ')') && len(s.tokText(k+1)) == 3 {
		// "(水)": inside the date only when a time follows.
		var y expr
		y.e = k + 3
		if s.jaTimeAfter(&y); y.hasT {
			x.e = k + 3
		}
	}
	s.jaTimeAfter(x)
}

// jaTimeAfter takes a clock time or part of day after a day: "午後4時15分
// すぎ", "9時", "13時38分", "午前", "夕".
func (s *state) jaTimeAfter(x *expr) {
	k := x.e
	if p := s.word(k); p != nil && p.pod != "" {
		var y expr
		if (p.key == "午前" || p.key == "午後" || jaClockPod(p.key) != 0) && s.jaClock(k, &y) && y.hasT {
			x.hour, x.min, x.hasT, x.typ, x.e, x.mod = y.hour, y.min, true, Time, y.e, y.mod
			return
		}
		if len(p.pod) == 2 {
			x.pod, x.typ, x.e = p.pod, Time, k+1
		}
		return
	}
	var y expr
	if h, ok := s.num(k); ok && h <= 24 && s.isp(k+1, ':') && s.adj(k) && s.adj(k+1) {
		// "１８：１４" in full-width forms.
		if m, ok := s.num(k + 2); ok && m < 60 && s.toks[k+2].nd == 2 {
			x.hour, x.min, x.hasT, x.typ, x.e = h, m, true, Time, k+3
			return
		}
	}
	if s.kind(k) == tkTime && !s.toks[k].nl {
		t := &s.toks[k]
		x.hour, x.min, x.hasT, x.typ, x.e = int(t.num), int(t.m), true, Time, k+1
		return
	}
	if s.kind(k) == tkNum && s.jaClock(k, &y) && y.hasT {
		x.hour, x.min, x.hasT, x.typ, x.e, x.mod = y.hour, y.min, true, Time, y.e, y.mod
	}
}

// jaWeeklyAfter reports whether the weekday at i is coordinated after a
// weekly set ("毎週月曜日と木曜日", "毎週火・金曜日"): it recurs too.
func (s *state) jaWeeklyAfter(i int) bool {
	n := len(s.out)
	if n == 0 || s.out[n-1].Type != Set || !strings.HasPrefix(s.out[n-1].Value, "XXXX-WXX-") || s.out[n-1].End > int(s.toks[i].start) {
		return false
	}
	between := s.text[s.out[n-1].End:s.toks[i].start]
	switch between {
	case "と", "・", "、", "や", "及び", "および":
		return true
	}
	// "毎週月・水・金曜日": days written by their kanji alone between.
	return jaSkipDays(between) == "・"
}

// jaListDays emits, in order, the days written by their kanji alone that
// open the list of days ending at the weekday at i ("月・水・金曜日",
// "火・木曜日", "毎週月・水・金曜日"): each kanji is a run in no table (or
// 月 and 日, the month and the day), at which no rule starts, so the list's
// last day, which has 曜, finds them. A day after a weekly set recurs, as
// the last does; otherwise each is a weekday of its own, of the tense its
// verb gives. A kanji inside an expression already found is no day: the 日
// of "3日・金曜日" is the 3rd's.
func (s *state) jaListDays(i int) {
	found := 0 // where the expressions found end
	if n := len(s.out); n > 0 {
		found = s.out[n-1].End
	}
	k := i
	for k >= 2 && s.tokText(k-1) == "・" && s.adj(k-1) && s.adj(k-2) && s.jaDayKanjiAt(k-2) != 0 && int(s.toks[k-2].start) >= found {
		k -= 2
	}
	if k == i {
		return
	}
	for ; k < i; k += 2 {
		wd := s.jaDayKanjiAt(k)
		var x expr
		if s.jaWeeklyAfter(k) {
			x = expr{s: k, e: k + 1, kind: kSet, typ: Set, val: "XXXX-WXX-" + string(rune('0'+wd)), rule: "ja-set-weekday"}
		} else {
			// A weekday takes no topic year (jaTopicYear dates months): its
			// tense places it.
			x = expr{s: k, e: k + 1, kind: kWeekday, typ: Date, wd: wd, rule: "ja-weekday"}
			x.tense = int8(s.jaTense(&x))
		}
		s.emit(&x)
	}
}

// jaDayKanjiAt is the weekday of the token at i when it is one kanji of a
// day ("水"), or 0.
func (s *state) jaDayKanjiAt(i int) int {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkWord || s.toks[i].end-s.toks[i].start != 3 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s.text[s.toks[i].start:])
	return jaWeekdayKanji(r)
}

// jaSkipDays is s without the days written by their kanji alone that open
// it, each after a "・": "・水・金曜日" gives "曜日", "・水・" gives "・".
func jaSkipDays(s string) string {
	for strings.HasPrefix(s, "・") {
		r, size := utf8.DecodeRuneInString(s[len("・"):])
		if jaWeekdayKanji(r) == 0 {
			break
		}
		s = s[len("・")+size:]
	}
	return s
}

// jaWeekdayKanji is the ISO weekday a kanji stands for in a list of days
// ("月・水・金曜日"), or 0.
func jaWeekdayKanji(r rune) int {
	i := strings.IndexRune("月火水木金土日", r)
	if i < 0 {
		return 0
	}
	return i/len("月") + 1
}

// jaDayListAt is the weekday of the token at i when it is one kanji that
// opens a list of days written by their kanji, the last with 曜 ("火・金曜日",
// "月・水・金曜"), or 0.
func (s *state) jaDayListAt(i int) int {
	if i >= len(s.toks) {
		return 0
	}
	t := s.tokText(i)
	r, size := utf8.DecodeRuneInString(t)
	first := jaWeekdayKanji(r)
	if first == 0 || size != len(t) {
		return 0
	}
	after := s.text[s.toks[i].end:]
	if rest := jaSkipDays(after); len(rest) < len(after) && strings.HasPrefix(rest, "曜") {
		return first
	}
	return 0
}

// jaClockPod is the half of the day a part-of-day word gives the clock
// hour after it, as 午前/午後 do: 朝 the morning (-1), 晩 and 夕方 the
// afternoon and evening (1), 夜 and 深夜 the night (2: "夜9時" 21:00, but
// "深夜2時" 02:00); 0 for other words.
func jaClockPod(key string) int {
	switch key {
	case "朝", "今朝", "明朝":
		return -1
	case "晩", "夕方", "今晩", "昨晩", "明晩":
		return 1
	case "夜", "深夜", "今夜", "昨夜":
		return 2
	}
	return 0
}

// jaClock: "午前10時", "午後3時半", "15時30分", "4時15分すぎ", "11時30分
// (日本時間17時30分)頃"; a time of the day last mentioned.
func (s *state) jaClock(i int, x *expr) bool {
	k := i
	pm := 0
	switch s.key(k) {
	case "午前":
		pm, k = -1, k+1
	case "午後":
		pm, k = 1, k+1
	default:
		if p := jaClockPod(s.key(k)); p != 0 {
			pm, k = p, k+1
		}
	}
	h, ok := s.num(k)
	if !ok || h > 24 || s.key(k+1) != "時" {
		return false
	}
	*x = expr{s: i, e: k + 2, kind: kTimeOnly, typ: Time, hour: h, hasT: true, rule: "ja-clock"}
	if pm == 1 && h < 12 || pm == 2 && h >= 5 && h < 12 {
		x.hour += 12
	} else if pm == 2 && h == 12 {
		x.hour = 0 // "夜12時": midnight
	}
	j := k + 2
	if m, ok := s.num(j); ok && m < 60 && s.key(j+1) == "分" {
		x.min, x.e = m, j+2
	} else if s.key(j) == "半" {
		x.min, x.e = 30, j+1
	} else if s.toks[k].ch == 'k' && h == 1 && pm == 0 {
		return false // "一時": for a while
	}
	switch s.key(x.e) {
	case "すぎ", "過ぎ":
		x.mod, x.e = "AFTER", x.e+1
	case "頃", "ごろ":
		x.mod, x.e = "APPROX", x.e+1
	}
	if x.mod == "" {
		// "11時30分(日本時間17時30分)頃": the approximation after the
		// parenthesis is of both times.
		if s.isp(x.e, ')') && (s.key(x.e+1) == "頃" || s.key(x.e+1) == "ごろ") {
			x.mod = "APPROX"
		}
		if s.isp(x.e, '(') {
			for c := x.e + 1; c < x.e+12 && c < len(s.toks); c++ {
				if s.isp(c, ')') {
					if s.key(c+1) == "頃" || s.key(c+1) == "ごろ" {
						x.mod = "APPROX"
					}
					break
				}
			}
		}
	}
	return true
}

// jaNumLed: expressions that start with a number: years, months, days,
// clock times, durations, ages, decades, centuries.
func (s *state) jaNumLed(i int, x *expr) bool {
	if s.kind(i) != tkNum {
		return false
	}
	n, ok := s.num(i)
	tk := &s.toks[i]
	if !ok {
		if s.kind(i) == tkNum && tk.grouped && s.key(i+1) == "歳" {
			// "88.5歳": an average age.
			*x = expr{s: i, e: i + 2, kind: kDur, typ: Duration, val: "P" + s.tokText(i) + "Y", rule: "ja-age"}
			return true
		}
		return false
	}
	k := i + 1
	switch s.key(k) {
	case "年":
		return s.jaYearLed(i, n, x)
	case "年度":
		if tk.nd == 4 {
			*x = expr{s: i, e: k + 1, kind: kDate, typ: Date, y: n, hasY: true, rule: "ja-fiscal-year"}
			return true
		}
	case "年代":
		y := n
		if tk.nd == 2 {
			y += 1900
		}
		if y%10 == 0 && y >= 1000 {
			*x = expr{s: i, e: k + 1, kind: kDecade, typ: Date, y: y, rule: "ja-decade"}
			return true
		}
	case "年末", "年初", "年内":
		if tk.nd == 4 {
			*x = expr{s: i, e: k + 1, kind: kDate, typ: Date, y: n, hasY: true, rule: "ja-year-part", part: s.word(k).part}
			return true
		}
	case "世紀":
		if n >= 1 && n <= 30 {
			*x = expr{s: i, e: k + 1, kind: kCentury, typ: Date, n: n - 1, rule: "ja-century"}
			return true
		}
	case "月":
		if n >= 1 && n <= 12 {
			*x = expr{s: i, e: k + 1, kind: kDate, typ: Date, m: n, rule: "ja-month"}
			s.jaAfterMonth(x)
			return true
		}
	case "月末":
		if n >= 1 && n <= 12 {
			*x = expr{s: i, e: k + 1, kind: kDate, typ: Date, m: n, part: pEnd, rule: "ja-month"}
			return true
		}
	case "日":
		switch s.key(k + 1) {
		case "前", "後", "ぶり", "振り":
			return s.jaDuration(i, n, x) // "3日前": three days ago
		}
		if n >= 1 && n <= 31 && !(tk.ch == 'k' && n == 1) {
			return s.jaDay(i, n, k+1, x)
		}
	case "時":
		return s.jaClock(i, x)
	}
	if n >= 1 && n <= 31 && s.isp(k, '~') {
		// "3〜5日", "11日から16日": a day range written with a tilde.
		if d, ok := s.num(k + 1); ok && s.key(k+2) == "日" && d >= n {
			return s.jaDay(i, n, i+1, x)
		}
	}
	if tk.nd == 4 && tk.ch != 'k' && n >= 1800 && n <= 2100 {
		if s.isp(k, '(') {
			// "2023(令和5)年2月7日": one date.
			if y, _, _ := s.jaEraYearAt(k + 1); y == n {
				for c := k + 1; c < k+5; c++ {
					if s.isp(c, ')') && s.key(c+1) == "年" {
						*x = expr{s: i, e: c + 2, kind: kDate, typ: Date, y: n, hasY: true, rule: "ja-year-era"}
						s.jaAfterYear(x)
						return true
					}
				}
			}
		}
		if s.isp(k, '[') && s.adj(i) || s.isp(i-1, '[') && s.adj(i-1) {
			// "2023「北方領土の日」…大会": a year in an event's name.
			*x = expr{s: i, e: k, kind: kDate, typ: Date, y: n, hasY: true, rule: "ja-name-year"}
			return true
		}
	}
	return s.jaDuration(i, n, x)
}

// jaEraYearAt reads "令和5" (era and number, without 年) at i.
func (s *state) jaEraYearAt(i int) (y, era, k int) {
	e := s.word(i)
	if e == nil || e.numKind != nkMult || e.num < 1 || int(e.num) > len(jaEras) {
		return 0, 0, i
	}
	n, ok := s.num(i + 1)
	if s.key(i+1) == "元" {
		n, ok = 1, true
	}
	if !ok {
		return 0, 0, i
	}
	return jaEras[e.num-1].y + n - 1, int(e.num), i + 2
}

// jaYearLed: "2024年1月30日", "一九五六年", "56年宣言", "40年前", "30年".
func (s *state) jaYearLed(i, n int, x *expr) bool {
	tk := &s.toks[i]
	k := i + 2 // after 年
	year := 0
	switch {
	case tk.nd == 4 && n >= 1000 && n <= 2200:
		year = n
	case tk.nd == 2 && tk.ch != 'k' && s.jaElliptical(k):
		// "56年宣言", "99年に": an elliptical year of the last century
		// (or this one, for the few years it has had).
		year = 1900 + n
		if s.hasAnchor && 2000+n <= s.ay {
			year = 2000 + n
		}
	}
	if year == 0 {
		return s.jaDuration(i, n, x)
	}
	*x = expr{s: i, e: k, kind: kDate, typ: Date, y: year, hasY: true, rule: "ja-year"}
	s.jaAfterYear(x)
	return true
}

// jaElliptical reports whether a two-digit year before k ("56年") is a year,
// not an amount ("40年の月日", "30年続いて"): it is followed by a month, a
// particle or a noun it names, not by a duration's words.
func (s *state) jaElliptical(k int) bool {
	if m, ok := s.num(k); ok && m >= 1 && m <= 12 && s.key(k+1) == "月" {
		return true
	}
	switch s.key(k) {
	case "前", "後", "間", "ぶり", "振り", "以上", "余り", "あまり", "近く", "以来", "超", "弱", "ごと", "おき":
		return false
	}
	if s.isp(k, ',') || s.isp(k, '.') || s.isp(k, ')') {
		return true
	}
	if s.kind(k) != tkWord || s.word(k) != nil {
		return false
	}
	t := s.text[s.toks[k].start:min(len(s.text), int(s.toks[k].start)+12)]
	for _, p := range []string{"の月日", "の歳月", "の間", "の長", "続", "が経", "がた", "経", "も", "を", "が"} {
		if strings.HasPrefix(t, p) {
			return false
		}
	}
	for _, p := range []string{"宣言", "に", "から", "まで", "の", "は", "当時", "頃"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// jaDay: "13日", "3日中", "21日9時", "18日午前", "12日午後4時15分すぎ". A day
// without its month is in the month of the date told just before, or else
// the anchor's month.
func (s *state) jaDay(i, d, k int, x *expr) bool {
	*x = expr{s: i, e: k, kind: kDate, typ: Date, d: d, rule: "ja-day"}
	if s.ref.prec == precDay && s.jaSameSentence(i) {
		x.y, x.m, x.hasY = s.ref.y, s.ref.m, true
	} else if s.hasAnchor {
		x.y, x.m, x.hasY = s.ay, s.am, true
	} else {
		x.m = 0
	}
	if x.hasY && d > daysIn(x.y, x.m) {
		return false
	}
	if x.e == i+1 {
		return true // the first day of a range: as written
	}
	s.jaAfterDay(x)
	return true
}

// jaSameSentence reports whether the last mention is a date in the sentence
// of token i ("10月11日から16日まで": the 16th of October).
func (s *state) jaSameSentence(i int) bool {
	n := len(s.out)
	if n == 0 || s.out[n-1].Type != Date && s.out[n-1].Type != Time {
		return false
	}
	end := s.out[n-1].End
	if i-1 >= 0 && int(s.toks[i-1].start) > end+90 {
		return false
	}
	gap := s.text[end:s.toks[i].start]
	return !strings.Contains(gap, "。") && !strings.Contains(gap, "\n")
}

// jaDuration: "3日間", "70年以上", "3カ月", "1時間半", "5時間近く", "87歳",
// "3年ぶり", "40年前" (a date), "3カ月ごと" (a set), "過去2年間".
func (s *state) jaDuration(i, n int, x *expr) bool {
	k := i + 1
	u := s.word(k)
	if u == nil || u.unit == uNone || u.key == "年度" || u.key == "年代" || u.key == "世紀" || u.key == "半世紀" {
		return false
	}
	unit := u.unit
	if u.key == "分" && s.toks[i].ch == 'k' && !s.isw(i-1, "約") {
		return false // "十分": enough
	}
	if u.key == "日" && s.toks[i].ch == 'k' && n == 1 {
		return false
	}
	val := durValue(n, false, unit)
	if u.key == "週" {
		return false
	}
	*x = expr{s: i, e: k + 1, kind: kDur, typ: Duration, val: val, rule: "ja-duration"}
	if s.key(x.e) == "間" {
		x.e++
	}
	if s.key(x.e) == "半" && unit == uHour {
		x.val, x.e = strings.TrimSuffix(val, "H")+"H30M", x.e+1
	}
	switch s.key(x.e) {
	case "前":
		if u.key == "歳" || u.key == "時間" || u.key == "分" {
			return true
		}
		*x = expr{s: i, e: x.e + 1, kind: kRel, typ: Date, unit: unit, n: -n, rule: "ago"}
		return true
	case "以上", "超", "余り", "あまり":
		x.mod, x.e = "MORE_THAN", x.e+1
	case "近く", "弱":
		x.mod, x.e = "LESS_THAN", x.e+1
	case "ぶり", "振り":
		x.e++
	case "ごと", "おき":
		x.kind, x.typ, x.val, x.rule, x.e = kSet, Set, val, "ja-every", x.e+1
	}
	if u.key == "日" && x.e == k+1 && !s.jaAfterDays(k+1) {
		return false // a day of the month, not a duration
	}
	return true
}

// jaAfterDays reports whether the word at k makes "N日" an amount of days
// ("3日後").
func (s *state) jaAfterDays(k int) bool {
	switch s.key(k) {
	case "後":
		return true
	}
	return false
}

// jaPerTimes: "年2回以上", "月1回": a frequency, a set of the unit.
func (s *state) jaPerTimes(i int, x *expr) bool {
	if _, ok := s.num(i + 1); !ok || s.key(i+2) != "回" || !s.adj(i) {
		return false
	}
	*x = expr{s: i, e: i + 3, kind: kSet, typ: Set, val: durValue(1, false, s.word(i).unit), rule: "ja-per-times"}
	if s.key(x.e) == "以上" {
		x.e++
	}
	return true
}

// jaRel: "昨年11月", "先月18日", "同月5日", "同日午後", "今年度", "本年秋",
// "40年前のこの日", "年末", "月末".
func (s *state) jaRel(i int, x *expr) bool {
	e := s.word(i)
	anaph := false
	switch e.key {
	case "前年", "翌年", "同年", "前月", "翌月", "同月", "同日", "翌日", "前日", "当日", "この日", "同日中", "翌週", "前年度", "同年度":
		anaph = true
	}
	if e.season != 0 {
		*x = expr{s: i, e: i + 1, kind: kSeason, typ: Date, season: int(e.season), unit: uYear, n: int(e.rel), rule: "ja-rel-season"}
		return true
	}
	*x = expr{s: i, e: i + 1, kind: kRel, typ: Date, unit: e.unit, n: int(e.rel), anaph: anaph, part: e.part, rule: "ja-rel"}
	switch e.unit {
	case uYear:
		if s.key(i+1) == "同期" {
			return false // "前年同期": the same period a year before
		}
		x.kind, x.rule = kDate, "ja-rel-year"
		x.e = i + 1
		if e.part == pNone && e.key != "年内" {
			s.jaAfterYear(x)
		}
		if x.kind == kDate && x.m == 0 {
			*x = expr{s: i, e: x.e, kind: kRel, typ: Date, unit: uYear, n: int(e.rel), anaph: anaph, part: x.part, rule: "ja-rel"}
		}
		return true
	case uMonth:
		b, ok := s.base(anaph)
		if d, ok2 := s.num(i + 1); ok && ok2 && s.key(i+2) == "日" && d >= 1 && d <= 31 {
			t := date(b.y, b.m+int(e.rel), 1)
			*x = expr{s: i, e: i + 3, kind: kDate, typ: Date, y: t.Year(), m: int(t.Month()), d: d, hasY: true, rule: "ja-rel-month-day"}
			s.jaAfterDay(x)
			return true
		}
		if p := s.word(i + 1); p != nil && p.part != pNone && p.unit == uNone && e.part == pNone {
			x.part, x.e = p.part, i+2
		}
		return true
	case uDay:
		if e.key == "この日" && s.tokText(i-1) == "の" && s.hasAnchor {
			// "40年前のこの日", "1855年のこの日": that year's day of the
			// anchor, an anniversary.
			if n := len(s.out); n > 0 && len(s.out[n-1].Value) == 4 && s.out[n-1].Type == Date {
				y, _ := digitsAt(s.out[n-1].Value, 0)
				*x = expr{s: i, e: i + 1, kind: kDate, typ: Date, y: y, m: s.am, d: s.ad, hasY: true, rule: "ja-anniversary"}
				return true
			}
		}
		if e.key == "この日" && s.lastSet >= 0 && s.hasAnchor && i-s.lastSet <= 8 {
			*x = expr{s: i, e: i + 1, kind: kSet, typ: Date, val: "XXXX-" + two(s.am) + "-" + two(s.ad), rule: "ja-generic-day"}
			return true
		}
		if e.key == "この日" && s.ref.prec != precDay {
			x.anaph, x.rule = false, "deictic" // the day of the report
		}
		s.jaTimeAfter(x)
		return true
	case uWeek:
		// "先週の火曜日": that weekday of the week meant, one date.
		if !anaph && s.hasAnchor {
			// Also without "の": "先週火曜日", "来週月曜".
			w, at := s.word(i+1), i+1
			if s.tokText(i+1) == "の" {
				w, at = s.word(i+2), i+2
			}
			if w != nil && w.weekday != 0 {
				t := date(s.ay, s.am, s.ad).AddDate(0, 0, 7*int(e.rel))
				t = t.AddDate(0, 0, int(w.weekday)-(int(t.Weekday())+6)%7-1)
				*x = expr{s: i, e: at + 1, kind: kDate, typ: Date, y: t.Year(), m: int(t.Month()), d: t.Day(), hasY: true, rule: "ja-rel-week-weekday"}
				s.jaTimeAfter(x)
			}
		}
		return true
	case uWeekend:
		return true
	}
	return false
}

// jaRef: "現在", "今後", standalone "近く" (soon), adverbial "早期に".
func (s *state) jaRef(i int, x *expr) bool {
	e := s.word(i)
	*x = expr{s: i, e: i + 1, kind: kRef, typ: Date, refv: e.ref, rule: "ja-ref"}
	next := s.tokText(i + 1)
	switch e.key {
	case "現在":
		// "3月末現在": "as of", part of the date before it.
		if n := len(s.out); n > 0 && s.out[n-1].End == int(s.toks[i].start) {
			return false
		}
		if p := s.word(i - 1); p != nil && (p.unit != uNone || p.part != pNone) {
			return false
		}
	case "近く":
		if s.kind(i+1) != tkWord || s.word(i+1) != nil || strings.HasPrefix(next, "の") || strings.HasPrefix(next, "に") ||
			strings.HasPrefix(next, "で") || strings.HasPrefix(next, "は") || strings.HasPrefix(next, "ま") {
			return false
		}
		if s.kind(i-1) == tkWord && s.word(i-1) != nil {
			return false
		}
	case "早期":
		if !strings.HasPrefix(next, "に") {
			return false // "早期解決", "早期再開": compounds
		}
	}
	return true
}

// jaParticleAfter reports whether a particle or punctuation follows a bare
// season word ("秋にも"), so that it is the season, not part of a name.
func (s *state) jaParticleAfter(k int) bool {
	if s.isp(k, ',') || s.isp(k, '.') {
		return true
	}
	t := s.tokText(k)
	for _, p := range []string{"に", "の", "から", "まで", "は", "も", "ごろ", "頃"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// jaYearFromEnd gives the start of a range the year written at its end:
// "8月28日から1945年9月5日まで", "12月28日〜平成31年1月4日" (the December
// before).
func (s *state) jaYearFromEnd(x *expr) {
	k := x.e
	if x.hasY || !(s.tokText(k) == "から" || s.isp(k, '~') || s.tokText(k) == "〜" || s.tokText(k) == "～") {
		return
	}
	var y expr
	ok := false
	if s.kind(k+1) == tkNum && s.key(k+2) == "年" {
		// A year written at the end, not a bare day ("5月19日から21日":
		// a day takes the anchor's year and month, as written nowhere).
		ok = s.jaNumLed(k+1, &y)
	} else if e := s.word(k + 1); e != nil && e.numKind == nkMult {
		ok = s.jaEra(k+1, &y)
	}
	if !ok || y.kind != kDate || !y.hasY || y.m == 0 || y.s != k+1 {
		return
	}
	x.y, x.hasY = y.y, true
	if y.m < x.m {
		x.y--
	}
}

// jaLinkedYear gives a yearless month (or season, after "の") the year of
// the date it is tied to:
// the start of a range ("1945年8月28日から9月5日", "12月28日〜1月4日" the
// next year's January) or a year it is the month of ("来年の3月", "1956年
// の2月").
func (s *state) jaLinkedYear(x *expr) {
	n := len(s.out)
	if n == 0 {
		return
	}
	last := &s.out[n-1]
	if last.Type != Date && last.Type != Time || len(last.Value) < 4 || last.End > int(s.toks[x.s].start) {
		return
	}
	y, nd := digitsAt(last.Value, 0)
	if nd != 4 {
		return
	}
	switch s.text[last.End:s.toks[x.s].start] {
	case "の":
		if len(last.Value) != 4 {
			return // "3月10日の5月": no such phrase
		}
	case "から", "〜", "～", "-", "－", "―", "・", "、":
		if x.kind != kDate || len(last.Value) < 7 || last.Value[4] != '-' {
			return
		}
		if m, ok := digitsAt(last.Value, 5); ok == 2 && x.m < m {
			y++ // "12月28日から1月4日": the next January
		}
	default:
		return
	}
	x.y, x.hasY = y, true
}

// jaTopicYear gives a yearless month the year of the sentence's topic: "去
// 年は6月に…、9月に" are last year's June and September.
func (s *state) jaTopicYear(x *expr) {
	if x.kind != kDate || x.m == 0 || len(s.out) == 0 || s.ref.prec == precNone {
		return
	}
	last := &s.out[len(s.out)-1]
	if last.Type != Date || len(last.Value) < 4 || last.Value[0] == 'X' || last.Value[0] == 'P' || last.Value[0] == 'F' {
		return
	}
	if len(last.Value) != 4 && !(len(last.Value) == 7 && last.Value[4] == '-') {
		return
	}
	// The same sentence: no "。" or line break between.
	for k := x.s; k > 0 && int(s.toks[k].start) > last.End; k-- {
		if s.toks[k].nl || s.isp(k-1, '.') {
			return
		}
	}
	if strings.Contains(s.text[last.End:s.toks[x.s].start], "。") {
		return
	}
	// Only a year that is the topic ("去年は", "2019年も", "今年、"), not
	// one that names something ("1956年の共同宣言に基づき、9月に").
	// A month that took its year from the topic passes it on ("去年は6月に
	// …、9月に").
	after := s.text[last.End:]
	chained := len(last.Value) == 7 && !strings.Contains(last.Text, "年") || last.End == int(s.toks[x.s].start)
	if !(chained || strings.HasPrefix(after, "は") || strings.HasPrefix(after, "も") || strings.HasPrefix(after, "、") ||
		strings.HasPrefix(after, "には")) {
		return
	}
	x.y, x.hasY = s.ref.y, true
}

// jaTense reads the tense of the clause after x: a plan ("する", "予定",
// "方針") looks ahead; a clause ending in "た" looks back.
func (s *state) jaTense(x *expr) int {
	start := int(s.toks[x.e-1].end)
	end := start
	for end < len(s.text) && end-start < 240 {
		if strings.HasPrefix(s.text[end:], "。") || s.text[end] == '\n' || strings.HasPrefix(s.text[end:], "、") && end-start > 30 {
			break
		}
		end++
	}
	c := s.text[start:end]
	for _, f := range jaFutureCues {
		if strings.Contains(c, f) {
			return 1
		}
	}
	// The first verb ending of the clause: "た" (past) or a dictionary
	// form ending before a noun or the sentence's end ("9月に始まる大会").
	prev := rune(0)
	for _, r := range c {
		if isHiragana(prev) && !isHiragana(r) {
			switch prev {
			case 'た', 'だ':
				return -1
			case 'る', 'う', 'く', 'す', 'つ', 'む', 'ぶ', 'ぬ':
				return 1
			}
		}
		prev = r
	}
	switch prev {
	case 'た', 'だ':
		return -1
	case 'る', 'う', 'く', 'す', 'つ', 'む', 'ぶ', 'ぬ':
		return 1
	}
	return 0
}

func isHiragana(r rune) bool { return r >= 0x3041 && r <= 0x309F }

var (
	jaFutureCues = []string{"する", "します", "予定", "方針", "見通し", "計画", "見込み", "目指", "れる。", "へ"}
)
