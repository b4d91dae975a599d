package temporal

import (
	"unicode/utf8"
)

// Japanese word tables and the Japanese lexer. Japanese writes no spaces, so
// the English lexer, which cuts at spaces, cannot find its words: lexJA cuts
// the text by script instead. Digits (ASCII or full-width) and kanji numerals
// become numbers; the words of the table ("昨年", "上旬", "午前", "年") are
// found by longest match, but only where a table word starts, so that the
// kanji of other words stay inside them; everything else becomes runs of
// one script each (kanji, hiragana, katakana), which no rule starts at. "日"
// in "日本", "土" in "領土" or "月" in a name therefore never start an
// expression: a unit kanji counts only after a number (rules_ja.go).

// Japanese is the Japanese language table.
var Japanese = lazyLang("ja", func(l *Lang) {
	l.fill(newLang("ja", jaTable(), nil))
	l.lexFn = lexJA
	l.parseFn = parseJA
	for _, e := range l.entries {
		r, _ := utf8.DecodeRuneInString(e.key)
		if r < 0x10000 {
			jaStart[r>>6] |= 1 << (r & 63)
		}
	}
})

// jaStart is a bit set over the Basic Multilingual Plane of the runes that
// start a word of the Japanese table, so that the lexer tries the table only
// there.
var jaStart [1024]uint64

func isJAStart(r rune) bool { return r < 0x10000 && jaStart[r>>6]&(1<<(r&63)) != 0 }

// jaEras are the eras of the modern calendar with their first day: a date
// before it in the era's first year belongs to the era before.
var jaEras = []struct {
	name    string
	letter  byte // the one-letter form of news and forms ("R6", "H13")
	y, m, d int
}{
	{"明治", 'M', 1868, 1, 25},
	{"大正", 'T', 1912, 7, 30},
	{"昭和", 'S', 1926, 12, 25},
	{"平成", 'H', 1989, 1, 8},
	{"令和", 'R', 2019, 5, 1},
}

type jaDef struct {
	word string
	e    entry
}

// jaWords: units, relative words, parts, times of day, references, sets.
// Roles the shared entry has no field for (fiscal year, age, "ago") are read
// by the rules from the key.
var jaWords = []jaDef{
	{"年", entry{unit: uYear}}, {"月", entry{unit: uMonth}}, {"日", entry{unit: uDay}},
	{"時", entry{unit: uHour}}, {"分", entry{unit: uMinute}}, {"秒", entry{unit: uSecond}},
	{"時間", entry{unit: uHour}}, {"週間", entry{unit: uWeek}}, {"週", entry{unit: uWeek}},
	{"カ月", entry{unit: uMonth}}, {"ヶ月", entry{unit: uMonth}}, {"か月", entry{unit: uMonth}},
	{"ケ月", entry{unit: uMonth}}, {"ヵ月", entry{unit: uMonth}}, {"箇月", entry{unit: uMonth}}, {"ヵ月", entry{unit: uMonth}},
	{"世紀", entry{unit: uCentury}}, {"年代", entry{unit: uDecade}}, {"年度", entry{unit: uYear}},
	{"歳", entry{unit: uYear}}, {"才", entry{unit: uYear}}, {"半世紀", entry{unit: uCentury}},

	{"今日", entry{deictic: 0, isDeictic: true}}, {"きょう", entry{deictic: 0, isDeictic: true}},
	{"本日", entry{deictic: 0, isDeictic: true}}, {"昨日", entry{deictic: -1, isDeictic: true}},
	{"きのう", entry{deictic: -1, isDeictic: true}}, {"明日", entry{deictic: 1, isDeictic: true}},
	{"あす", entry{deictic: 1, isDeictic: true}}, {"あした", entry{deictic: 1, isDeictic: true}},
	{"一昨日", entry{deictic: -2, isDeictic: true}}, {"おととい", entry{deictic: -2, isDeictic: true}},
	{"今朝", entry{deictic: 0, isDeictic: true, pod: "MO"}}, {"明朝", entry{deictic: 1, isDeictic: true, pod: "MO"}},
	{"今晩", entry{deictic: 0, isDeictic: true, pod: "EV"}}, {"昨晩", entry{deictic: -1, isDeictic: true, pod: "EV"}},
	{"明晩", entry{deictic: 1, isDeictic: true, pod: "EV"}}, {"今夜", entry{deictic: 0, isDeictic: true, pod: "NI"}},
	{"昨夜", entry{deictic: -1, isDeictic: true, pod: "NI"}},
	{"明後日", entry{deictic: 2, isDeictic: true}}, {"あさって", entry{deictic: 2, isDeictic: true}},

	// Relative periods: rel is the offset; unit the period. Anaphoric
	// ones (the day/month/year just told) are read by key in jaAnaph.
	{"今年", entry{rel: 0, isRel: true, unit: uYear}}, {"ことし", entry{rel: 0, isRel: true, unit: uYear}},
	{"本年", entry{rel: 0, isRel: true, unit: uYear}}, {"昨年", entry{rel: -1, isRel: true, unit: uYear}},
	{"去年", entry{rel: -1, isRel: true, unit: uYear}}, {"来年", entry{rel: 1, isRel: true, unit: uYear}},
	{"一昨年", entry{rel: -2, isRel: true, unit: uYear}}, {"おととし", entry{rel: -2, isRel: true, unit: uYear}},
	{"再来年", entry{rel: 2, isRel: true, unit: uYear}},
	{"前年", entry{rel: -1, isRel: true, unit: uYear}}, {"翌年", entry{rel: 1, isRel: true, unit: uYear}},
	{"同年", entry{rel: 0, isRel: true, unit: uYear}},
	{"今年度", entry{rel: 0, isRel: true, unit: uYear}}, {"本年度", entry{rel: 0, isRel: true, unit: uYear}},
	{"昨年度", entry{rel: -1, isRel: true, unit: uYear}}, {"来年度", entry{rel: 1, isRel: true, unit: uYear}},
	{"前年度", entry{rel: -1, isRel: true, unit: uYear}}, {"同年度", entry{rel: 0, isRel: true, unit: uYear}},
	{"今月", entry{rel: 0, isRel: true, unit: uMonth}}, {"先月", entry{rel: -1, isRel: true, unit: uMonth}},
	{"来月", entry{rel: 1, isRel: true, unit: uMonth}}, {"前月", entry{rel: -1, isRel: true, unit: uMonth}},
	{"翌月", entry{rel: 1, isRel: true, unit: uMonth}}, {"同月", entry{rel: 0, isRel: true, unit: uMonth}},
	{"今週", entry{rel: 0, isRel: true, unit: uWeek}}, {"先週", entry{rel: -1, isRel: true, unit: uWeek}},
	{"来週", entry{rel: 1, isRel: true, unit: uWeek}}, {"翌週", entry{rel: 1, isRel: true, unit: uWeek}},
	{"先々週", entry{rel: -2, isRel: true, unit: uWeek}}, {"再来週", entry{rel: 2, isRel: true, unit: uWeek}},
	{"先々月", entry{rel: -2, isRel: true, unit: uMonth}}, {"再来月", entry{rel: 2, isRel: true, unit: uMonth}},
	{"同日", entry{rel: 0, isRel: true, unit: uDay}}, {"翌日", entry{rel: 1, isRel: true, unit: uDay}},
	{"前日", entry{rel: -1, isRel: true, unit: uDay}}, {"当日", entry{rel: 0, isRel: true, unit: uDay}},
	{"この日", entry{rel: 0, isRel: true, unit: uDay}}, {"同日中", entry{rel: 0, isRel: true, unit: uDay}},
	{"今週末", entry{rel: 0, isRel: true, unit: uWeekend}}, {"週末", entry{rel: 0, isRel: true, unit: uWeekend}},
	{"年内", entry{rel: 0, isRel: true, unit: uYear}}, {"年末", entry{rel: 0, isRel: true, unit: uYear, part: pEnd}},
	{"年初", entry{rel: 0, isRel: true, unit: uYear, part: pStart}}, {"月末", entry{rel: 0, isRel: true, unit: uMonth, part: pEnd}},
	{"今春", entry{rel: 0, isRel: true, season: 1}}, {"今夏", entry{rel: 0, isRel: true, season: 2}},
	{"今秋", entry{rel: 0, isRel: true, season: 3}}, {"今冬", entry{rel: 0, isRel: true, season: 4}},
	{"昨春", entry{rel: -1, isRel: true, season: 1}}, {"昨夏", entry{rel: -1, isRel: true, season: 2}},
	{"昨秋", entry{rel: -1, isRel: true, season: 3}}, {"昨冬", entry{rel: -1, isRel: true, season: 4}},
	{"来春", entry{rel: 1, isRel: true, season: 1}}, {"来夏", entry{rel: 1, isRel: true, season: 2}},
	{"来秋", entry{rel: 1, isRel: true, season: 3}}, {"来冬", entry{rel: 1, isRel: true, season: 4}},

	{"春", entry{season: 1}}, {"夏", entry{season: 2}}, {"秋", entry{season: 3}}, {"冬", entry{season: 4}},

	{"上旬", entry{part: pStart}}, {"初旬", entry{part: pStart}}, {"初め", entry{part: pStart}},
	{"初頭", entry{part: pStart}}, {"中旬", entry{part: pMid}}, {"半ば", entry{part: pMid}},
	{"下旬", entry{part: pEnd}}, {"末", entry{part: pEnd}}, {"終わり", entry{part: pEnd}},

	{"午前", entry{pod: "MO"}}, {"午後", entry{pod: "AF"}}, {"朝", entry{pod: "MO"}},
	{"夕", entry{pod: "EV"}}, {"夕方", entry{pod: "EV"}}, {"夜", entry{pod: "NI"}},
	{"晩", entry{pod: "EV"}}, {"深夜", entry{pod: "NI"}}, {"未明", entry{pod: "NI"}}, {"正午", entry{pod: "12:00"}},

	{"現在", entry{ref: "PRESENT_REF"}}, {"今後", entry{ref: "FUTURE_REF"}},
	{"近く", entry{ref: "FUTURE_REF"}}, {"早期", entry{ref: "FUTURE_REF"}},
	{"近い将来", entry{ref: "FUTURE_REF"}},

	{"毎年", entry{set: "P1Y", isSet: true}}, {"毎月", entry{set: "P1M", isSet: true}},
	{"毎週", entry{set: "P1W", isSet: true}}, {"毎日", entry{set: "P1D", isSet: true}},
	{"毎朝", entry{set: "XXXX-XX-XXTMO", isSet: true}}, {"毎晩", entry{set: "XXXX-XX-XXTNI", isSet: true}},

	{"約", entry{approx: "APPROX", isApprox: true}}, {"およそ", entry{approx: "APPROX", isApprox: true}},
	{"過去", entry{isApprox: true}}, {"ここ", entry{isApprox: true}},

	{"月曜日", entry{weekday: 1}}, {"火曜日", entry{weekday: 2}}, {"水曜日", entry{weekday: 3}},
	{"木曜日", entry{weekday: 4}}, {"金曜日", entry{weekday: 5}}, {"土曜日", entry{weekday: 6}},
	{"日曜日", entry{weekday: 7}}, {"月曜", entry{weekday: 1}}, {"火曜", entry{weekday: 2}},
	{"水曜", entry{weekday: 3}}, {"木曜", entry{weekday: 4}}, {"金曜", entry{weekday: 5}},
	{"土曜", entry{weekday: 6}}, {"日曜", entry{weekday: 7}},

	// Eras: num holds the index into jaEras plus one.
	{"m", entry{flags: wfStarter}}, {"t", entry{flags: wfStarter}}, {"s", entry{flags: wfStarter}},
	{"h", entry{flags: wfStarter}}, {"r", entry{flags: wfStarter}},
	{"明治", entry{num: 1, numKind: nkMult}}, {"大正", entry{num: 2, numKind: nkMult}},
	{"昭和", entry{num: 3, numKind: nkMult}}, {"平成", entry{num: 4, numKind: nkMult}},
	{"令和", entry{num: 5, numKind: nkMult}},

	// Words the rules read after a number, and words that hide a unit
	// kanji inside them ("日本", "周年").
	{"元", entry{}}, {"前", entry{}}, {"後", entry{}}, {"ぶり", entry{}}, {"振り", entry{}}, {"間", entry{}},
	{"半", entry{}}, {"以上", entry{}}, {"余り", entry{}}, {"あまり", entry{}}, {"超", entry{}},
	{"近", entry{}}, {"弱", entry{}}, {"すぎ", entry{}}, {"過ぎ", entry{}}, {"頃", entry{}}, {"ごろ", entry{}},
	{"中", entry{}}, {"内", entry{}}, {"ごと", entry{}}, {"おき", entry{}}, {"回", entry{}}, {"以来", entry{}},
	{"日本時間", entry{flags: wfStarter}}, {"現地時間", entry{flags: wfStarter}}, {"日本", entry{}}, {"周年", entry{}}, {"同期", entry{}},
	{"付", entry{}}, {"付け", entry{}}, {"人", entry{}}, {"日間", entry{unit: uDay}},
	{"年間", entry{unit: uYear}}, {"分間", entry{unit: uMinute}}, {"秒間", entry{unit: uSecond}},
	{"一日でも", entry{}}, {"一日も", entry{}}, {"一刻", entry{}},
}

func jaTable() []wordDef {
	t := make([]wordDef, 0, len(jaWords))
	for _, w := range jaWords {
		t = append(t, wordDef{w.word, w.e})
	}
	return t
}

// kanjiDigit is the value of a kanji numeral, or -1; the multipliers 十百千
// give 10, 100, 1000.
func kanjiDigit(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	}
	return -1
}

// jaPunct maps the full-width punctuation the rules read to ASCII.
func jaPunct(r rune) byte {
	switch r {
	case '（':
		return '('
	case '）':
		return ')'
	case '〜', '～', '~':
		return '~'
	case '、', '，':
		return ','
	case '。', '．':
		return '.'
	case '／':
		return '/'
	case '：':
		return ':'
	case '「', '『':
		return '['
	case '」', '』':
		return ']'
	case '・':
		return '*'
	case '－', '‐', '−':
		return '-'
	}
	return 0x80
}

// lexJA cuts Japanese text into tokens: numbers (ASCII, full-width or kanji
// digits; "2024/1/30" and "18:14" as dates and times), table words by
// longest match where one starts, single punctuation marks, and runs of
// anything else as words outside the table.
func lexJA(l *Lang, s string, toks []token) []token {
	sp, nl := true, false
	run := -1 // index of the open run token, or -1
	var runScript uint8
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch class[c] {
			case cSpace:
				sp, run = true, -1
				if c == '\n' {
					nl = true
				}
				i++
				continue
			case cDigit:
				tk := token{start: int32(i), lex: -1, sp: sp, nl: nl}
				j := jaSlashDate(s, i, &tk)
				if j == 0 {
					j = lexNumber(s, i, &tk)
				}
				tk.end = int32(j)
				toks = append(toks, tk)
				sp, nl, run, i = false, false, -1, j
				continue
			case cLower, cUpper:
				j := i + 1
				for j < len(s) && class[s[j]]&(cLower|cUpper) != 0 {
					j++
				}
				lx := int16(-1)
				if j == i+1 && class[c] == cUpper {
					lx = l.lookup(s[i:j]) // an era's letter: "R6年"
				}
				toks = append(toks, token{start: int32(i), end: int32(j), lex: lx, kind: tkWord, cap: class[c] == cUpper, sp: sp, nl: nl})
				sp, nl, run, i = false, false, -1, j
				continue
			}
			toks = append(toks, token{start: int32(i), end: int32(i + 1), lex: -1, kind: tkPunct, ch: c, sp: sp, nl: nl})
			sp, nl, run = false, false, -1
			i++
			continue
		}
		var r rune
		n := 3
		// decodeRune, in line: nearly every rune of the text comes here.
		if c1, c2 := s[min(i+1, len(s)-1)], s[min(i+2, len(s)-1)]; i+2 < len(s) && c&0xF0 == 0xE0 && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r = rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
		}
		if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r == '\u3000' { // ideographic space
			sp, run = true, -1
			i += n
			continue
		}
		if isJAStart(r) {
			if k, end := jaLongest(l, s, i); k >= 0 {
				toks = append(toks, token{start: int32(i), end: int32(end), lex: k, kind: tkWord, sp: sp, nl: nl})
				sp, nl, run, i = false, false, -1, end
				continue
			}
		}
		if r >= 'Ａ' && r <= 'Ｚ' {
			// A full-width capital: an era's letter ("Ｒ６年") or a name.
			lx := l.lookup(string(rune('a' + (r - 'Ａ'))))
			toks = append(toks, token{start: int32(i), end: int32(i + n), lex: lx, kind: tkWord, cap: true, sp: sp, nl: nl})
			sp, nl, run, i = false, false, -1, i+n
			continue
		}
		if r >= '０' && r <= '９' {
			j, v, nd := i, 0, 0
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if r2 < '０' || r2 > '９' {
					break
				}
				if nd < 9 {
					v = v*10 + int(r2-'０')
				}
				nd++
				j += n2
			}
			toks = append(toks, token{start: int32(i), end: int32(j), num: int32(v), nd: uint8(min(nd, 255)), lex: -1, kind: tkNum, sp: sp, nl: nl})
			sp, nl, run, i = false, false, -1, j
			continue
		}
		if kanjiDigit(r) >= 0 {
			j, v, nd := jaKanjiNumber(s, i)
			toks = append(toks, token{start: int32(i), end: int32(j), num: int32(v), nd: uint8(nd), lex: -1, kind: tkNum, ch: 'k', sp: sp, nl: nl})
			sp, nl, run, i = false, false, -1, j
			continue
		}
		if p := jaPunct(r); p != 0x80 || r < 0x3040 || r >= 0xFF00 && r <= 0xFFEF {
			// Punctuation and symbols: one token each.
			toks = append(toks, token{start: int32(i), end: int32(i + n), lex: -1, kind: tkPunct, ch: p, sp: sp, nl: nl})
			sp, nl, run = false, false, -1
			i += n
			continue
		}
		sc := jaScript(r)
		if run >= 0 && !sp && sc == runScript {
			toks[run].end = int32(i + n)
		} else {
			toks = append(toks, token{start: int32(i), end: int32(i + n), lex: -1, kind: tkWord, sp: sp, nl: nl})
			run, runScript = len(toks)-1, sc
		}
		sp, nl = false, false
		i += n
	}
	return toks
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the three-byte runes
// of Japanese decoded in line.
func decodeRune(s string, i int) (rune, int) {
	if i+2 < len(s) && s[i]&0xF0 == 0xE0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		r := rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Scripts of the runs lexJA cuts: a particle in hiragana ("に", "から")
// is its own token between kanji words.
const (
	scOther uint8 = iota
	scHiragana
	scKatakana
	scKanji
)

func jaScript(r rune) uint8 {
	switch {
	case r >= 0x3041 && r <= 0x309F:
		return scHiragana
	case r >= 0x30A0 && r <= 0x30FF || r >= 0xFF66 && r <= 0xFF9F:
		return scKatakana
	case r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r == '々':
		return scKanji
	}
	return scOther
}

// jaLongest returns the table word that starts at s[i] and is longest, with
// its end, or -1.
func jaLongest(l *Lang, s string, i int) (int16, int) {
	best, end := int16(-1), 0
	h := hashSeed // of s[i:j], as hashWord
	for j := i; j < len(s) && j-i < l.maxLen; {
		_, n := decodeRune(s, j)
		if j+n-i > l.maxLen {
			break
		}
		for ; n > 0; n-- {
			h = hashByte(h, s[j]|0x20)
			j++
		}
		if k := findKey(&l.words, s[i:j], h); k >= 0 {
			best, end = k, j
		}
		if !l.words.maybePrefix(h) {
			break // no longer word starts with s[i:j]
		}
	}
	if best >= 0 && end-i > 3 && s[end-3:end] == "日" && len(s) >= end+3 && s[end:end+3] == "本" {
		return -1, 0 // "前日本大使": the former ambassador of Japan, not "the day before"
	}
	return best, end
}

// jaKanjiNumber reads kanji numerals at s[i]: "一九五六" digit by digit,
// "二十八", "千九百五十六" with multipliers. It returns the end, the value
// and the number of digits of the value (4 for a year written either way).
func jaKanjiNumber(s string, i int) (end, v, nd int) {
	j := i
	positional := false
	digits, cur, total := 0, -1, 0
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		d := kanjiDigit(r)
		if d < 0 {
			break
		}
		j += n
		if d >= 10 {
			positional = true
			if cur < 0 {
				cur = 1
			}
			total += cur * d
			cur = -1
			continue
		}
		if digits < 9 {
			v = v*10 + d
		}
		digits++
		if cur >= 0 && positional {
			cur = cur*10 + d
		} else {
			cur = d
		}
	}
	if positional {
		if cur > 0 {
			total += cur
		}
		v = total
		for nd, t := 0, v; ; {
			nd++
			t /= 10
			if t == 0 {
				return j, v, nd
			}
		}
	}
	return j, v, digits
}

// jaSlashDate reads "2019/6/29" (year first, as Japanese writes it) into
// tk and returns its end, or 0.
func jaSlashDate(s string, i int, tk *token) int {
	y, yn := digitsAt(s, i)
	j := i + yn
	if yn != 4 || j >= len(s) || s[j] != '/' {
		return 0
	}
	m, mn := digitsAt(s, j+1)
	k := j + 1 + mn
	if mn < 1 || mn > 2 || k >= len(s) || s[k] != '/' {
		return 0
	}
	d, dn := digitsAt(s, k+1)
	e := k + 1 + dn
	if dn < 1 || dn > 2 || m < 1 || m > 12 || d < 1 || d > 31 || e < len(s) && isDigit(s[e]) {
		return 0
	}
	tk.kind, tk.num, tk.m, tk.d = tkDate, int32(y), int8(m), int8(d)
	return e
}
