package temporal

import (
	"unicode"
	"unicode/utf8"
)

// Russian word tables. Russian inflects: a month, weekday or unit has up to
// six case forms ("январь", "января", "январе", "январём"), all listed here
// as forms of one word, so that the rules in rules_ru.go see "a month"
// whatever the case. The rules' own function words (prepositions, "года",
// "назад", "времени") are listed too, without roles, so that the rules can
// name them.

// Russian is the Russian language table.
var Russian = lazyLang("ru", func(l *Lang) {
	l.fill(newLang("ru", ruTable(), nil))
	l.lexFn = lexRU
	l.parseFn = parseRU
})

// lexRU is the English lexer with words of Cyrillic (or any other)
// letters: the stretches between such words go through lex, the words
// through lexLetters. (Beside lex rather than a branch in it, so that
// English lexing stays exactly as fast as before.)
func lexRU(l *Lang, s string, toks []token) []token {
	a := 0 // start of the stretch not yet lexed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		w := token{start: int32(i), lex: -1}
		if !lexLetters(l, s, i, &w) {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		toks = lexStretch(l, s, a, i, toks)
		w.sp, w.nl = spaceBefore(s, a, i)
		toks = append(toks, w)
		i = int(w.end)
		a = i
	}
	return lexStretch(l, s, a, len(s), toks)
}

// lexStretch lexes s[a:b] and shifts its tokens to offsets in s. The first
// token is separated by space only if the stretch begins with space (lex
// takes the start of its text as a break).
func lexStretch(l *Lang, s string, a, b int, toks []token) []token {
	if a >= b {
		return toks
	}
	n := len(toks)
	toks = lex(l, s[a:b], toks)
	for k := n; k < len(toks); k++ {
		toks[k].start += int32(a)
		toks[k].end += int32(a)
	}
	if n < len(toks) && a > 0 && int(toks[n].start) == a {
		toks[n].sp, toks[n].nl = false, false
	}
	return toks
}

// spaceBefore reports whether white space (and a line break) comes right
// before s[i], looking back no further than a.
func spaceBefore(s string, a, i int) (sp, nl bool) {
	if i == 0 {
		return true, false
	}
	for k := i - 1; k >= a && class[s[k]] == cSpace; k-- {
		sp = true
		nl = nl || s[k] == '\n'
	}
	return sp, nl
}

// lexLetters reads a word of letters of any script starting at s[i] into
// tk, and reports false when s[i] starts no letter. Cyrillic, the common
// case, is decoded, cased and folded for the table by hand as the word is
// read: the unicode tables would cost more than the rest of the lexer.
func lexLetters(l *Lang, s string, i int, tk *token) bool {
	j := i
	first := true
	// The word lower-cased, and its hash, while it is all Cyrillic of
	// U+0400-U+045F (fast); lookupFold reads any other word.
	var buf [64]byte
	nb, fast, h := 0, true, hashSeed
	// Cyrillic U+0400-U+045F first, in a loop of its own: D0 80-BF is
	// U+0400-U+043F, D1 80-9F U+0440-U+045F.
	for j+1 < len(s) && nb+2 <= len(buf) {
		c, c1 := s[j], s[j+1]
		if !(c == 0xD0 && c1&0xC0 == 0x80 || c == 0xD1 && c1 >= 0x80 && c1 < 0xA0) {
			break
		}
		r := rune(c&0x1F)<<6 | rune(c1&0x3F)
		up := r < 0x430
		if first {
			tk.cap, tk.upper, first = up, up, false
		} else if !up {
			tk.upper = false
		}
		switch { // foldRune
		case r < 0x410:
			r += 0x50
		case r < 0x430:
			r += 0x20
		}
		b1, b2 := byte(0xC0|r>>6), byte(0x80|r&0x3F)
		buf[nb], buf[nb+1] = b1, b2
		nb += 2
		h = hashByte(hashByte(h, b1|0x20), b2|0x20)
		j += 2
	}
	for j < len(s) {
		var r rune
		n := 2
		if c := s[j]; (c == 0xD0 || c == 0xD1) && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(s[j+1]&0x3F)
		} else if c < utf8.RuneSelf {
			break
		} else {
			r, n = utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
		}
		up := isUpperRune(r)
		if first {
			tk.cap, tk.upper, first = up, up, false
		} else if !up {
			tk.upper = false
		}
		if fast {
			if r >= 0x400 && r < 0x460 && nb+2 <= len(buf) {
				lr := foldRune(r) // Cyrillic stays two bytes
				b1, b2 := byte(0xC0|lr>>6), byte(0x80|lr&0x3F)
				buf[nb], buf[nb+1] = b1, b2
				nb += 2
				h = hashByte(hashByte(h, b1|0x20), b2|0x20)
			} else {
				fast = false
			}
		}
		j += n
	}
	if j == i {
		return false
	}
	if tk.upper && utf8.RuneCountInString(s[i:j]) < 2 {
		tk.upper = false
	}
	tk.kind = tkWord
	switch {
	case !fast:
		tk.lex = l.lookupFold(s[i:j])
	case j-i > l.maxLen:
		tk.lex = -1
	default:
		tk.lex = findKey(&l.words, buf[:nb], h)
	}
	tk.end = int32(j)
	return true
}

// isUpperRune is unicode.IsUpper with a fast path for Cyrillic.
func isUpperRune(r rune) bool {
	if r >= 0x400 && r < 0x460 {
		return r < 0x430
	}
	return unicode.IsUpper(r)
}

// ruMonths are the month stems with their declension: soft ("январь",
// "января") or hard ("март", "марта"); May is irregular.
var ruMonths = []struct {
	stem string
	soft bool
	abbr []string
}{
	{"январ", true, []string{"янв"}},
	{"феврал", true, []string{"фев", "февр"}},
	{"март", false, []string{"мар"}},
	{"апрел", true, []string{"апр"}},
	{"ма", false, nil},
	{"июн", true, []string{"июн"}},
	{"июл", true, []string{"июл"}},
	{"август", false, []string{"авг"}},
	{"сентябр", true, []string{"сен", "сент"}},
	{"октябр", true, []string{"окт"}},
	{"ноябр", true, []string{"ноя", "нояб"}},
	{"декабр", true, []string{"дек"}},
}

// ruForms lists the forms of one word (nominative, genitive, dative,
// accusative, instrumental, prepositional and plurals, as each word needs)
// with the roles they share.
type ruForms struct {
	forms []string
	e     entry
}

var ruWords = []ruForms{
	// Weekdays. "среда" is also "environment" and "среды", "среде" its
	// other cases, so only the accusative of "в среду" is listed.
	{[]string{"понедельник", "понедельника", "понедельнику", "понедельником", "понедельнике"}, entry{weekday: 1}},
	{[]string{"вторник", "вторника", "вторнику", "вторником", "вторнике"}, entry{weekday: 2}},
	{[]string{"среду"}, entry{weekday: 3}},
	{[]string{"четверг", "четверга", "четвергу", "четвергом", "четверге"}, entry{weekday: 4}},
	{[]string{"пятница", "пятницы", "пятнице", "пятницу", "пятницей"}, entry{weekday: 5}},
	{[]string{"суббота", "субботы", "субботе", "субботу", "субботой"}, entry{weekday: 6}},
	{[]string{"воскресенье", "воскресенья", "воскресенью", "воскресеньем"}, entry{weekday: 7}},

	// Units.
	{[]string{"год", "года", "году", "годом", "лет", "годы", "годов", "годам", "годах"}, entry{unit: uYear}},
	{[]string{"месяц", "месяца", "месяцу", "месяцем", "месяце", "месяцы", "месяцев", "месяцам"}, entry{unit: uMonth}},
	{[]string{"неделя", "недели", "неделю", "неделе", "неделей", "недель", "неделям"}, entry{unit: uWeek}},
	{[]string{"день", "дня", "дню", "днем", "днём", "дне", "дни", "дней", "сутки", "суток"}, entry{unit: uDay}},
	{[]string{"час", "часа", "часу", "часов", "часы", "часам"}, entry{unit: uHour}},
	{[]string{"минута", "минуты", "минуту", "минут", "минуте", "минутой"}, entry{unit: uMinute}},
	{[]string{"секунда", "секунды", "секунду", "секунд"}, entry{unit: uSecond}},
	{[]string{"десятилетие", "десятилетия", "десятилетий", "десятилетию", "десятилетием"}, entry{unit: uDecade}},
	{[]string{"век", "века", "веке", "веку", "веков", "веком", "столетие", "столетия", "столетий"}, entry{unit: uCentury}},
	{[]string{"выходные", "выходных", "выходным"}, entry{unit: uWeekend}},
	{[]string{"квартал", "квартала", "квартале", "кварталов"}, entry{unit: uQuarter}},

	// Relative words: last, this, next.
	{[]string{"прошлый", "прошлого", "прошлом", "прошлой", "прошлую", "прошлая", "прошлое", "прошлые", "прошлых",
		"минувший", "минувшего", "минувшем", "минувшей", "минувшую", "минувшая", "минувшие", "минувших",
		"предыдущий", "предыдущего", "предыдущем", "предыдущей", "предыдущую", "прошлым", "минувшим", "предыдущим"}, entry{rel: -1, isRel: true}},
	{[]string{"этот", "этого", "этом", "этой", "эту", "эта", "это", "эти", "этих",
		"текущий", "текущего", "текущем", "текущей", "текущую", "текущая",
		"нынешний", "нынешнего", "нынешнем", "нынешней", "нынешнюю", "сего", "этим", "текущим", "нынешним"}, entry{rel: 0, isRel: true}},
	{[]string{"следующий", "следующего", "следующем", "следующей", "следующую", "следующая",
		"будущий", "будущего", "будущем", "будущей", "будущую",
		"ближайший", "ближайшего", "ближайшем", "ближайшей", "ближайшую", "ближайшие", "ближайших",
		"грядущий", "грядущего", "грядущем", "грядущей", "следующим", "будущим"}, entry{rel: 1, isRel: true}},
	{[]string{"позапрошлый", "позапрошлого", "позапрошлом", "позапрошлой"}, entry{rel: -2, isRel: true}},
	// "того же года": anaphoric, the year just told.
	{[]string{"тот", "того", "том", "той", "ту", "та", "те", "тех"}, entry{rel: 0, isRel: true}},

	{[]string{"сегодня"}, entry{deictic: 0, isDeictic: true}},
	{[]string{"вчера"}, entry{deictic: -1, isDeictic: true}},
	{[]string{"завтра"}, entry{deictic: 1, isDeictic: true}},
	{[]string{"позавчера"}, entry{deictic: -2, isDeictic: true}},
	{[]string{"послезавтра"}, entry{deictic: 2, isDeictic: true}},

	{[]string{"утром", "утра"}, entry{pod: "MO"}},
	{[]string{"днем", "днём"}, entry{pod: "AF"}},
	{[]string{"вечером", "вечера"}, entry{pod: "EV"}},
	{[]string{"ночью", "ночи"}, entry{pod: "NI"}},

	{[]string{"ранее", "раньше", "прежде"}, entry{ref: "PAST_REF"}},
	{[]string{"сейчас", "ныне", "настоящее", "настоящий", "данный"}, entry{ref: "PRESENT_REF"}},
	{[]string{"вскоре"}, entry{ref: "FUTURE_REF"}},

	{[]string{"начало", "начала", "начале", "началу"}, entry{part: pStart}},
	{[]string{"середина", "середины", "середине", "середину"}, entry{part: pMid}},
	{[]string{"конец", "конца", "конце", "концу"}, entry{part: pEnd}},

	{[]string{"весна", "весной", "весны", "весну", "весне"}, entry{season: 1}},
	{[]string{"лето", "летом"}, entry{season: 2}},
	{[]string{"осень", "осенью", "осени"}, entry{season: 3}},
	{[]string{"зима", "зимой", "зимы", "зиму", "зиме"}, entry{season: 4}},

	{[]string{"ежегодно"}, entry{set: "P1Y", isSet: true}},
	{[]string{"ежемесячно"}, entry{set: "P1M", isSet: true}},
	{[]string{"еженедельно"}, entry{set: "P1W", isSet: true}},
	{[]string{"ежедневно"}, entry{set: "P1D", isSet: true}},
	{[]string{"каждый", "каждого", "каждую", "каждое", "каждые", "каждом", "каждой", "каждых"}, entry{isSet: true}},

	{[]string{"более", "больше", "свыше"}, entry{approx: "MORE_THAN", isApprox: true}},
	{[]string{"около", "примерно", "приблизительно", "порядка", "почти", "менее", "меньше"}, entry{isApprox: true}},

	{[]string{"первый", "первая", "первой", "первую", "первое", "первого", "первом"}, entry{ord: 1}},
	{[]string{"второй", "вторая", "вторую", "второе", "второго", "втором"}, entry{ord: 2}},
	{[]string{"третий", "третье", "третьего", "третьем"}, entry{ord: 3}},

	// Number words.
	{[]string{"один", "одна", "одно", "одного", "одной", "одну", "одном"}, entry{num: 1, numKind: nkOnes}},
	{[]string{"два", "две", "двух", "двум"}, entry{num: 2, numKind: nkOnes}},
	{[]string{"три", "трех", "трёх", "трем", "трём"}, entry{num: 3, numKind: nkOnes}},
	{[]string{"четыре", "четырех", "четырёх"}, entry{num: 4, numKind: nkOnes}},
	{[]string{"пять", "пяти"}, entry{num: 5, numKind: nkOnes}},
	{[]string{"шесть", "шести"}, entry{num: 6, numKind: nkOnes}},
	{[]string{"семь", "семи"}, entry{num: 7, numKind: nkOnes}},
	{[]string{"восемь", "восьми"}, entry{num: 8, numKind: nkOnes}},
	{[]string{"девять", "девяти"}, entry{num: 9, numKind: nkOnes}},
	{[]string{"десять", "десяти"}, entry{num: 10, numKind: nkOnes}},
	{[]string{"одиннадцать", "одиннадцати"}, entry{num: 11, numKind: nkOnes}},
	{[]string{"двенадцать", "двенадцати"}, entry{num: 12, numKind: nkOnes}},
	{[]string{"пятнадцать", "пятнадцати"}, entry{num: 15, numKind: nkOnes}},
	{[]string{"двадцать", "двадцати"}, entry{num: 20, numKind: nkTens}},
	{[]string{"тридцать", "тридцати"}, entry{num: 30, numKind: nkTens}},
	{[]string{"сорок", "сорока"}, entry{num: 40, numKind: nkTens}},
	{[]string{"пятьдесят", "пятидесяти"}, entry{num: 50, numKind: nkTens}},
	{[]string{"шестьдесят", "шестидесяти"}, entry{num: 60, numKind: nkTens}},
	{[]string{"семьдесят", "семидесяти"}, entry{num: 70, numKind: nkTens}},
	{[]string{"восемьдесят", "восьмидесяти"}, entry{num: 80, numKind: nkTens}},
	{[]string{"девяносто", "девяноста"}, entry{num: 90, numKind: nkTens}},
	{[]string{"сто", "ста"}, entry{num: 100, numKind: nkTens}},
	{[]string{"несколько", "нескольких", "десятки", "десятков", "многие", "многих"}, entry{numKind: nkVague}},

	// Roman numerals of centuries ("XX век").
	{[]string{"xv"}, entry{num: 15, numKind: nkOnes}},
	{[]string{"xvi"}, entry{num: 16, numKind: nkOnes}},
	{[]string{"xvii"}, entry{num: 17, numKind: nkOnes}},
	{[]string{"xviii"}, entry{num: 18, numKind: nkOnes}},
	{[]string{"xix"}, entry{num: 19, numKind: nkOnes}},
	{[]string{"xx"}, entry{num: 20, numKind: nkOnes}},
	{[]string{"xxi"}, entry{num: 21, numKind: nkOnes}},

	// Tense cues the rules cannot read from a verb's ending.
	{[]string{"будет", "будут", "состоится", "состоятся", "пройдет", "пройдёт", "пройдут", "планируется",
		"планирует", "планируют", "намерен", "намерена", "намерены", "собирается", "собираются", "предстоит",
		"ожидается", "ожидаются", "начнется", "начнётся", "запланирован", "запланирована", "запланированы",
		"проведет", "проведёт", "совершит", "посетит", "встретится", "намечен", "намечена", "намечено",
		"предполагается", "прибудет", "прибудут", "смогут", "сможет", "станет", "станут", "продлится"}, entry{tense: 1}},
	// Perfective futures of the verbs news tells plans with: a present
	// ending on a perfective verb is the future ("приедет", "выступит").
	{[]string{"буду", "будем", "будете", "приедет", "приедут", "прилетит", "прилетят", "выступит", "выступят",
		"посетят", "подпишет", "подпишут", "проведут", "встретятся", "обсудит", "обсудят", "примет", "примут",
		"отправится", "отправятся", "вернется", "вернётся", "вернутся", "откроется", "откроются", "завершится",
		"завершатся", "начнут", "объявит", "объявят", "представит", "представят", "рассмотрит", "рассмотрят",
		"продолжит", "продолжат", "вступит", "вступят", "появится", "появятся", "приступит", "приступят",
		"прибудем", "откроет", "откроют", "запустит", "запустят", "посетит", "совершат", "проведем", "проведём",
		"введет", "введёт", "введут", "направит", "направят", "направится", "обменяются", "заявит", "заявят",
		"построит", "построят", "передаст", "передадут", "подготовит", "подготовят", "согласует", "согласуют",
		"утвердит", "утвердят", "выпустит", "выпустят", "возобновит", "возобновят", "возобновится", "возобновятся",
		"проголосует", "проголосуют", "изберут", "вернет", "вернёт", "вернут", "отменит", "отменят", "продлит",
		"продлят", "обратится", "присоединится", "присоединятся", "выйдет", "выйдут", "обсудим", "подпишем",
		"ратифицирует", "ратифицируют", "приедем", "посетим"}, entry{tense: 1}},
	{[]string{"был", "была", "было", "были", "состоялся", "состоялась", "состоялись", "подписан", "подписана",
		"подписано", "произошло", "произошел", "произошёл"}, entry{tense: -1}},

	// Count nouns: a year-like number before one is a count ("2000 человек").
	{[]string{"человек", "рублей", "долларов", "евро", "иен", "тонн", "км", "километров", "метров",
		"жителей", "штук", "единиц", "гектаров", "га", "раз"}, entry{countNoun: true}},
}

// ruFunction are the words the rules name without giving them a role.
var ruFunction = []string{
	"в", "во", "на", "с", "со", "по", "до", "к", "и", "или", "за", "от", "через", "спустя", "назад", "тому",
	"г", "гг", "го", "м", "е", "х", "ые", "ых", "же", "весь", "всю", "все", "всего", "времени", "время",
	"мск", "момент", "половина", "половины", "половине", "половину", "не", "которое",
	"который", "которую", "уже", "скоро", "уик", "энд", "течение", "протяжении", "всех", "чем", "срока",
}

// ruAdjNums and ruAdjUnits build the "N-day", "N-year" adjectives
// ("трехдневный визит", "двухлетний"): a duration in one word.
var ruAdjNums = []struct {
	prefix string
	n      int32
}{
	{"одно", 1}, {"двух", 2}, {"трех", 3}, {"трёх", 3}, {"четырех", 4}, {"четырёх", 4}, {"пяти", 5},
	{"шести", 6}, {"семи", 7}, {"восьми", 8}, {"десяти", 10}, {"пятнадцати", 15}, {"двадцати", 20},
	{"тридцати", 30}, {"пятидесяти", 50}, {"семидесяти", 70}, {"сто", 100},
}

var ruAdjUnits = []struct {
	stem    string
	u       unitKind
	endings []string
}{
	{"дневн", uDay, ruHardEndings},
	{"недельн", uWeek, ruHardEndings},
	{"месячн", uMonth, ruHardEndings},
	{"летн", uYear, ruSoftEndings},
	{"часов", uHour, ruHardEndings},
}

var (
	ruHardEndings = []string{"ый", "ая", "ое", "ые", "ого", "ой", "ую", "ым", "ом", "ых", "ыми", "ому"}
	ruSoftEndings = []string{"ий", "яя", "ее", "ие", "его", "ей", "юю", "им", "ем", "их", "ими", "ему"}
)

// ruOrdinals are the stems of the day ordinals from 4 on ("четвертое",
// "двадцатого"), declined as hard adjectives in the neuter of "число": the
// nominative, genitive and prepositional news writes a day in.
var ruOrdinals = []struct {
	stem string
	n    int8
}{
	{"четверт", 4}, {"четвёрт", 4}, {"пят", 5}, {"шест", 6}, {"седьм", 7}, {"восьм", 8}, {"девят", 9},
	{"десят", 10}, {"одиннадцат", 11}, {"двенадцат", 12}, {"тринадцат", 13}, {"четырнадцат", 14},
	{"пятнадцат", 15}, {"шестнадцат", 16}, {"семнадцат", 17}, {"восемнадцат", 18}, {"девятнадцат", 19},
	{"двадцат", 20}, {"тридцат", 30},
}

func ruTable() []wordDef {
	var t []wordDef
	for _, o := range ruOrdinals {
		for _, e := range []string{"ое", "ого", "ом"} {
			t = append(t, wordDef{o.stem + e, entry{ord: o.n}})
		}
	}
	for i, m := range ruMonths {
		var forms []string
		switch {
		case m.stem == "ма":
			forms = []string{"май", "мая", "маю", "маем", "мае"}
		case m.soft:
			forms = []string{"ь", "я", "ю", "ем", "ём", "е"}
		default:
			forms = []string{"", "а", "у", "ом", "е"}
		}
		for _, f := range forms {
			if m.stem != "ма" {
				f = m.stem + f
			}
			t = append(t, month(f, i+1))
		}
		for _, a := range m.abbr {
			// Abbreviations are months only after a day ("14 сен"); the
			// rules check that through abbr.
			t = append(t, wordDef{a, entry{month: int8(i + 1), flags: wfAbbrevLabel}})
		}
	}
	for _, w := range ruWords {
		for _, f := range w.forms {
			t = append(t, wordDef{f, w.e})
		}
	}
	for _, f := range ruFunction {
		t = append(t, fn(f))
	}
	for _, n := range ruAdjNums {
		for _, u := range ruAdjUnits {
			for _, e := range u.endings {
				t = append(t, wordDef{n.prefix + u.stem + e, entry{num: n.n, unit: u.u, numKind: nkMult}})
			}
		}
	}
	return t
}
