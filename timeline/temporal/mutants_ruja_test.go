package temporal

import (
	"testing"
	"time"
)

// Russian and Japanese families written against `make mutate-sample`
// limited to the Russian and Japanese rules, their lexers and the word
// table (issue 15). Each table goes over one family of expressions, with the
// cases on both sides of the condition a surviving mutant changed; the
// sentences are written for these tests, none is taken from the dev sets.
// anchor2024 is Tuesday 30 January 2024; autumn2023 is Tuesday 10 October
// 2023, four months before February either way, so that the tense decides.

var autumn2023 = time.Date(2023, 10, 10, 8, 0, 0, 0, time.UTC)

// A clock time followed by the same time in another zone in parentheses:
// an approximation written after the parenthesis ("頃", "ごろ") is of both,
// any other word after it leaves both exact.
func TestMutantsRuJaJapaneseClockInParentheses(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"会談は10時30分(現地時間16時30分)頃に始まった。", []string{
			"10時30分|TIME|2024-01-30T10:30|APPROX|2024-01-30", "現地時間16時30分|TIME|2024-01-30T16:30|APPROX|2024-01-30"}},
		{"会談は10時30分(現地時間16時30分)ごろに始まった。", []string{
			"10時30分|TIME|2024-01-30T10:30|APPROX|2024-01-30", "現地時間16時30分|TIME|2024-01-30T16:30|APPROX|2024-01-30"}},
		{"会談は10時30分(現地時間16時30分)に始まった。", []string{
			"10時30分|TIME|2024-01-30T10:30||2024-01-30", "現地時間16時30分|TIME|2024-01-30T16:30||2024-01-30"}},
		{"地震は午前5時(日本時間午前11時)ごろ発生した。", []string{
			"午前5時|TIME|2024-01-30T05:00|APPROX|2024-01-30", "日本時間午前11時|TIME|2024-01-30T11:00|APPROX|2024-01-30"}},
		{"地震は午前5時(日本時間午前11時)に発生した。", []string{
			"午前5時|TIME|2024-01-30T05:00||2024-01-30", "日本時間午前11時|TIME|2024-01-30T11:00||2024-01-30"}},
	})
}

// The tense of a yearless month is read from the clause after it, which
// a comma ends only once it is 30 bytes or more away: "2月に、…訪問する
// 予定だ" is a plan whether or not the date opens the sentence.
func TestMutantsRuJaJapaneseTenseAcrossComma(t *testing.T) {
	runLangCases(t, japanese, autumn2023, []tc{
		{"日本政府の代表団は2月に、ロシアを訪問する予定だ。", []string{"2月|DATE|2024-02||2024-02"}},
		{"日本政府の代表団は2月にロシアを訪問する予定だ。", []string{"2月|DATE|2024-02||2024-02"}},
		{"日本政府の代表団は2月に、ロシアを訪問した。", []string{"2月|DATE|2023-02||2023-02"}},
		{"2月に、ロシアを訪問する予定だ。", []string{"2月|DATE|2024-02||2024-02"}},
	})
}

// A bare day takes the month of the date before it in the same sentence
// only within 90 bytes (30 characters of kanji and kana); further away, or
// after "。", the anchor's month.
func TestMutantsRuJaJapaneseDayAfterDate(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"10月11日に代表団が到着し、16日に帰国した。", []string{"10月11日|DATE|2023-10-11||2023-10-11", "16日|DATE|2023-10-16||2023-10-16"}},
		// 29, 30, 31 and 32 characters between "10月11日" and "16日".
		{"10月11日に代表団が到着し、北方領土問題について日本側と協議を重ね、16日に帰国した。", []string{"10月11日|DATE|2023-10-11||2023-10-11", "16日|DATE|2023-10-16||2023-10-16"}},
		{"10月11日に代表団が到着し、北方領土問題について日本側と協議を重ねて、16日に帰国した。", []string{"10月11日|DATE|2023-10-11||2023-10-11", "16日|DATE|2023-10-16||2023-10-16"}},
		{"10月11日に代表団が到着し、北方領土問題について日本側と再び協議を重ね、16日に帰国した。", []string{"10月11日|DATE|2023-10-11||2023-10-11", "16日|DATE|2023-10-16||2023-10-16"}},
		{"10月11日に代表団が到着し、北方領土問題について日本側と再度の協議を重ね、16日に帰国した。", []string{"10月11日|DATE|2023-10-11||2023-10-11", "16日|DATE|2024-01-16||2024-01-16"}},
		{"10月11日に代表団が到着した。16日に帰国した。", []string{"10月11日|DATE|2023-10-11||2023-10-11", "16日|DATE|2024-01-16||2024-01-16"}},
	})
}

// "N日後" is an amount of days in digits; "一日" in kanji is an idiom ("one
// day", "as soon as possible") and stays untagged, with "後" or without.
func TestMutantsRuJaJapaneseOneDay(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"1日後に帰国した。", []string{"1日|DURATION|P1D||-"}},
		{"3日後に帰国した。", []string{"3日|DURATION|P3D||-"}},
		{"一日後に帰国した。", nil},
		{"三日後に帰国した。", []string{"三日|DURATION|P3D||-"}},
	})
}

// "現在" after a unit or a part word that is no date of its own ("その日
// 現在") is "as of", not the present.
func TestMutantsRuJaJapaneseAsOf(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"その日現在の人数は不明だ。", nil},
		{"現在の人数は不明だ。", []string{"現在|DATE|PRESENT_REF||-"}},
		{"人数は現在も不明だ。", []string{"現在|DATE|PRESENT_REF||-"}},
	})
}

// "с N до M часов": the first hour is in the afternoon only when the
// second is an afternoon hour written with its part of day ("с 3 до 6
// часов вечера"); a second hour written in 24-hour form leaves the first
// as written ("с 8 до 20 часов" opens at eight in the morning).
func TestMutantsRuJaRussianHourRanges(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Магазин работает с 8 до 20 часов.", []string{"8|TIME|2024-01-30T08:00||2024-01-30", "20 часов|TIME|2024-01-30T20:00||2024-01-30"}},
		{"Банк открыт с 7 до 19 часов.", []string{"7|TIME|2024-01-30T07:00||2024-01-30", "19 часов|TIME|2024-01-30T19:00||2024-01-30"}},
		{"Прием ведется с 10 до 14 часов.", []string{"10|TIME|2024-01-30T10:00||2024-01-30", "14 часов|TIME|2024-01-30T14:00||2024-01-30"}},
		{"Прием ведется с 3 до 6 часов вечера.", []string{"3|TIME|2024-01-30T15:00||2024-01-30", "6 часов вечера|TIME|2024-01-30T18:00||2024-01-30"}},
	})
}

// A future cue a few words before the date, with no verb next to it, sets
// the tense of a yearless month: March, five months ahead, is next year's
// only with the cue (the default is the past, which news reports).
func TestMutantsRuJaRussianTenseFurtherBack(t *testing.T) {
	runLangCases(t, russian, autumn2023, []tc{
		{"Министр планирует посетить Токио в марте.", []string{"марте|DATE|2024-03||2024-03"}},
		{"Министр собирается посетить Токио в апреле.", []string{"апреле|DATE|2024-04||2024-04"}},
		{"Министр посетил Токио в марте.", []string{"марте|DATE|2023-03||2023-03"}},
		{"Делегация была в Токио в марте.", []string{"марте|DATE|2023-03||2023-03"}},
	})
}

// A tense cue a few words back is read before one further ahead: March is
// past ("была там"), May a plan ("будет снова").
func TestMutantsRuJaRussianTenseNearestFirst(t *testing.T) {
	runLangCases(t, russian, autumn2023, []tc{
		{"Делегация была там в марте, а будет снова в мае.", []string{"марте|DATE|2023-03||2023-03", "мае|DATE|2024-05||2024-05"}},
	})
}

// A clock time written with a dot ("06.43") is a time only with a zone
// after it; otherwise it is a decimal number.
func TestMutantsRuJaRussianDottedClock(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Поезд прибыл в 06.43 по местному времени.", []string{"06.43 по местному времени|TIME|2024-01-30T06:43||2024-01-30"}},
		{"Поезд прибыл в 23.05 (мск).", []string{"23.05 (мск)|TIME|2024-01-30T23:05||2024-01-30"}},
		{"Поезд прибыл в 6.43 мск.", []string{"6.43 мск|TIME|2024-01-30T06:43||2024-01-30"}},
		{"Поезд прибыл в 24.10 мск.", nil},
		{"Индекс вырос на 12.50 пункта.", nil},
		{"Курс составил 12.50 по данным биржи.", nil},
	})
}

// "この日" is the day of the report, the same day of a year just named
// ("1945年のこの日": an anniversary, only with "の"), or, after a yearly set,
// that day of every year.
func TestMutantsRuJaJapaneseThisDay(t *testing.T) {
	runLangCases(t, japanese, anchorSat, []tc{
		{"この日に式典が開かれた。", []string{"この日|DATE|2019-06-15||2019-06-15"}},
		{"毎年この日に式典が開かれる。", []string{"毎年|SET|P1Y||-", "この日|DATE|XXXX-06-15||-"}},
		{"毎年、翌日に式典が開かれる。", []string{"毎年|SET|P1Y||-", "翌日|DATE|2019-06-16||2019-06-16"}},
		{"1945年のこの日、戦争が終わった。", []string{"1945年|DATE|1945||1945", "この日|DATE|1945-06-15||1945-06-15"}},
		{"1945年この日、戦争が終わった。", []string{"1945年|DATE|1945||1945", "この日|DATE|2019-06-15||2019-06-15"}},
	})
}

// An era's one-letter form takes years 1 to 99 of the era, the first
// included ("R1年度" is the fiscal year 2019).
func TestMutantsRuJaJapaneseLetterEraBounds(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"R1年度の予算", []string{"R1年度|DATE|2019||2019"}},
		{"H1年に", []string{"H1年|DATE|1989||1989"}},
		{"S64年1月", []string{"S64年1月|DATE|1989-01||1989-01"}},
		{"H31年4月", []string{"H31年4月|DATE|2019-04||2019-04"}},
		// Two digits at most: a letter form reads years up to 99.
		{"R99年度", []string{"R99年度|DATE|2117||2117"}},
		{"R100年度", nil},
	})
}

// A slash date "y/m/d" takes days 1 to 31 of one or two digits.
func TestMutantsRuJaJapaneseSlashDayBounds(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"2019/1/31 更新", []string{"2019/1/31|DATE|2019-01-31||2019-01-31"}},
		{"2019/1/1 更新", []string{"2019/1/1|DATE|2019-01-01||2019-01-01"}},
		{"2019/12/09 更新", []string{"2019/12/09|DATE|2019-12-09||2019-12-09"}},
		{"更新 2019/1/31", []string{"2019/1/31|DATE|2019-01-31||2019-01-31"}},
		{"2019/1/32 更新", nil},
		{"2019/1/312 更新", nil},
		{"2019/13/1 更新", nil},
	})
}

// A tense cue in the next sentence says nothing of this one, whether the
// sentence ends with ".", "!" or "?": March, five months back, stays past.
func TestMutantsRuJaRussianTenseSentenceEnd(t *testing.T) {
	runLangCases(t, russian, autumn2023, []tc{
		{"А что в марте? Переговоры будут.", []string{"марте|DATE|2023-03||2023-03"}},
		{"А что в марте! Переговоры будут.", []string{"марте|DATE|2023-03||2023-03"}},
		{"А что в марте. Переговоры будут.", []string{"марте|DATE|2023-03||2023-03"}},
		{"А что в марте, когда переговоры будут?", []string{"марте|DATE|2024-03||2024-03"}},
	})
}

// The verb right before the preposition of a date sets its tense, a
// table word or an ending: a reflexive future ("разместится") or a short
// past ("жили", four letters). Without one, November, a month ahead, is
// the nearest one.
func TestMutantsRuJaRussianVerbBeforePreposition(t *testing.T) {
	runLangCases(t, russian, autumn2018, []tc{
		{"Штаб разместится в сентябре.", []string{"сентябре|DATE|2019-09||2019-09"}},
		{"Штаб разместился в сентябре.", []string{"сентябре|DATE|2018-09||2018-09"}},
	})
	runLangCases(t, russian, autumn2023, []tc{
		{"Они жили в ноябре в Токио.", []string{"ноябре|DATE|2022-11||2022-11"}},
		{"Они были в ноябре в Токио.", []string{"ноябре|DATE|2022-11||2022-11"}},
		{"Они в ноябре в Токио.", []string{"ноябре|DATE|2023-11||2023-11"}},
	})
}

// Capitalised and upper-case months fold to the table's lower case,
// whatever their first letter ("Август", "Апрель", "АВГУСТ").
func TestMutantsRuJaRussianCapitalMonths(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Август 1945 года стал концом войны.", []string{"Август 1945 года|DATE|1945-08||1945-08"}},
		{"Апрель 2022 года был холодным.", []string{"Апрель 2022 года|DATE|2022-04||2022-04"}},
		{"АВГУСТ 1945 ГОДА", []string{"АВГУСТ 1945 ГОДА|DATE|1945-08||1945-08"}},
		{"Январь 2020 года", []string{"Январь 2020 года|DATE|2020-01||2020-01"}},
	})
}

// Within a month of the anchor the nearest year wins whatever the verb,
// on either side of the anchor.
func TestMutantsRuJaRussianNearAnchor(t *testing.T) {
	runLangCases(t, russian, time.Date(2023, 10, 25, 8, 0, 0, 0, time.UTC), []tc{
		{"Делегация прибыла 3 ноября.", []string{"3 ноября|DATE|2023-11-03||2023-11-03"}},
		{"Делегация прибудет 20 октября.", []string{"20 октября|DATE|2023-10-20||2023-10-20"}},
	})
	runLangCases(t, russian, time.Date(2023, 11, 3, 8, 0, 0, 0, time.UTC), []tc{
		{"Делегация прибудет 28 октября.", []string{"28 октября|DATE|2023-10-28||2023-10-28"}},
	})
}

// The longest words of the table, the adjectives of fifteen to seventy
// weeks, are found like the others.
func TestMutantsRuJaRussianLongestWords(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"после пятнадцатинедельного перерыва", []string{"пятнадцатинедельного|DURATION|P15W||-"}},
		{"после семидесятинедельного курса", []string{"семидесятинедельного|DURATION|P70W||-"}},
		{"после двухнедельного перерыва", []string{"двухнедельного|DURATION|P2W||-"}},
	})
}

// A day range written with a tilde before "日": both days, in the
// anchor's month.
func TestMutantsRuJaJapaneseTildeDays(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"会議は3〜5日に開かれる。", []string{"3|DATE|2024-01-03||2024-01-03", "5日|DATE|2024-01-05||2024-01-05"}},
		{"会議は12〜14日に開かれる。", []string{"12|DATE|2024-01-12||2024-01-12", "14日|DATE|2024-01-14||2024-01-14"}},
	})
}

// A weekday coordinated after a weekly set recurs too, each with its own
// number.
func TestMutantsRuJaJapaneseWeeklyDays(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"毎週月曜日と木曜日に開かれる。", []string{"毎週月曜日|SET|XXXX-WXX-1||-", "木曜日|SET|XXXX-WXX-4||-"}},
		{"毎週水曜日と土曜日に開かれる。", []string{"毎週水曜日|SET|XXXX-WXX-3||-", "土曜日|SET|XXXX-WXX-6||-"}},
		{"毎週火曜日、金曜日に開かれる。", []string{"毎週火曜日|SET|XXXX-WXX-2||-", "金曜日|SET|XXXX-WXX-5||-"}},
	})
}

// The first month of a range takes the year written at its end, the year
// before when it comes later in the calendar ("с декабря по март 1945
// года": December 1944).
func TestMutantsRuJaRussianMonthRangeYear(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Бои шли с мая по сентябрь 1945 года.", []string{"мая|DATE|1945-05||1945-05", "сентябрь 1945 года|DATE|1945-09||1945-09"}},
		{"Бои шли с декабря по март 1945 года.", []string{"декабря|DATE|1944-12||1944-12", "март 1945 года|DATE|1945-03||1945-03"}},
		{"Выставка работала с июня до августа 2019 года.", []string{"июня|DATE|2019-06||2019-06", "августа 2019 года|DATE|2019-08||2019-08"}},
	})
}

// "весь", "всю" before a weekday belong to it: the whole day.
func TestMutantsRuJaRussianWholeDay(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Он работал всю субботу.", []string{"всю субботу|DATE|2024-01-27||2024-01-27"}},
		{"Он работал весь понедельник.", []string{"весь понедельник|DATE|2024-01-29||2024-01-29"}},
		{"Он работал в понедельник.", []string{"понедельник|DATE|2024-01-29||2024-01-29"}},
	})
}

// A year glued to the month by a stray dot ("24 января.1989 г.") is the
// date's year.
func TestMutantsRuJaRussianDotBeforeYear(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Указ от 24 января.1989 г. вступил в силу.", []string{"24 января.1989 г.|DATE|1989-01-24||1989-01-24"}},
		{"Указ от 24 января 1989 г. вступил в силу.", []string{"24 января 1989 г.|DATE|1989-01-24||1989-01-24"}},
	})
}

// "в N часов" after a noun of measure ("опозданием", "разница во
// времени") is a length of time; otherwise a clock time.
func TestMutantsRuJaRussianMeasuredHours(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Поезд пришел с опозданием в 2 часа.", []string{"2 часа|DURATION|PT2H||-"}},
		{"Разница во времени в 6 часов.", []string{"6 часов|DURATION|PT6H||-"}},
		{"Сделали перерыв в 3 часа.", []string{"3 часа|DURATION|PT3H||-"}},
		{"Поезд пришел в 2 часа.", []string{"2 часа|TIME|2024-01-30T02:00||2024-01-30"}},
	})
}

// Minutes in digits are an amount ("40分間"); "十分" in kanji is "enough".
func TestMutantsRuJaJapaneseMinutes(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"会談は40分間続いた。", []string{"40分間|DURATION|PT40M||-"}},
		{"会談は約十分続いた。", []string{"約十分|DURATION|PT10M|APPROX|-"}},
		{"十分な説明がない。", nil},
	})
}

// A year written right before or right after the opening bracket of an
// event's name is the year of the event.
func TestMutantsRuJaJapaneseYearInName(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"2023「北方領土の日」大会", []string{"2023|DATE|2023||2023"}},
		{"「2023北方領土の日」大会", []string{"2023|DATE|2023||2023"}},
		{"会場は2023人で満員だ。", nil},
	})
}

// A weekday with a part of day after it is a time of that day.
func TestMutantsRuJaRussianWeekdayPart(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"В пятницу утром министр выступил.", []string{"пятницу утром|TIME|2024-01-26TMO||2024-01-26"}},
		{"Министр выступил в понедельник вечером.", []string{"понедельник вечером|TIME|2024-01-29TEV||2024-01-29"}},
		{"Министр выступил в понедельник.", []string{"понедельник|DATE|2024-01-29||2024-01-29"}},
	})
}

// After a full date, "この日" is that day (anaphoric), across "、" or "。".
func TestMutantsRuJaJapaneseThisDayAfterDate(t *testing.T) {
	runLangCases(t, japanese, anchorSat, []tc{
		{"1945年8月15日、この日に戦争が終わった。", []string{"1945年8月15日|DATE|1945-08-15||1945-08-15", "この日|DATE|1945-08-15||1945-08-15"}},
		{"1945年8月15日。この日に戦争が終わった。", []string{"1945年8月15日|DATE|1945-08-15||1945-08-15", "この日|DATE|1945-08-15||1945-08-15"}},
		// A yearly set a dozen tokens before still makes it every year's.
		{"北方領土の返還を求める全国大会は毎年この日に開かれる。", []string{"毎年|SET|P1Y||-", "この日|DATE|XXXX-06-15||-"}},
	})
}

// Months right after "каждый год" are months of every year, wherever the
// set stands in the sentence; a month further on is a date.
func TestMutantsRuJaRussianMonthsOfEveryYear(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Паром ходит каждый год с мая по октябрь.", []string{"каждый год|SET|P1Y||-", "мая|DATE|XXXX-05||-", "октябрь|DATE|XXXX-10||-"}},
		{"Летом паром на остров ходит каждый год с мая по октябрь.", []string{"Летом|DATE|2024-SU||", "каждый год|SET|P1Y||-", "мая|DATE|XXXX-05||-", "октябрь|DATE|XXXX-10||-"}},
		{"Каждый год паром ходит на остров, а в мае был ремонт.", []string{"Каждый год|SET|P1Y||-", "мае|DATE|2023-05||2023-05"}},
	})
}

// The start of a Japanese range takes the year written at its end, in
// Western or era form, the year before for a later month.
func TestMutantsRuJaJapaneseRangeYearAtEnd(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"8月28日から1945年9月5日まで戦闘が続いた。", []string{"8月28日|DATE|1945-08-28||1945-08-28", "1945年9月5日|DATE|1945-09-05||1945-09-05"}},
		{"12月28日から平成31年1月4日まで休む。", []string{"12月28日|DATE|2018-12-28||2018-12-28", "平成31年1月4日|DATE|2019-01-04||2019-01-04"}},
		{"12月28日〜2020年1月4日の休み", []string{"12月28日|DATE|2019-12-28||2019-12-28", "2020年1月4日|DATE|2020-01-04||2020-01-04"}},
	})
}

// Parts of a written year ("2023年末", "2023年初") and a day "中".
func TestMutantsRuJaJapaneseYearParts(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"2023年末に合意した。", []string{"2023年末|DATE|2023|END|2023-09/2023-12"}},
		{"2023年初に合意した。", []string{"2023年初|DATE|2023|START|2023-01/2023-04"}},
		{"3日中に回答する。", []string{"3日中|DATE|2024-01-03||2024-01-03"}},
	})
}

// A two-digit year before "年" and a month or a particle is a year of the
// last century.
func TestMutantsRuJaJapaneseEllipticalYears(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"56年10月に宣言が出た。", []string{"56年10月|DATE|1956-10||1956-10"}},
		{"56年12月に宣言が出た。", []string{"56年12月|DATE|1956-12||1956-12"}},
		{"56年に宣言が出た。", []string{"56年|DATE|1956||1956"}},
	})
}

// A four-digit number in a list ("1945, 123 и 456") is no year.
func TestMutantsRuJaRussianNumberLists(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Участки 1945, 123 и 456 проданы.", nil},
		{"В 1945, как и в 1946, участки пустовали.", []string{"1945|DATE|1945||1945", "1946|DATE|1946||1946"}},
	})
}

// Hours of the night from six to eleven are in the evening half of the
// clock ("в 10 часов ночи" is 22:00), twelve is midnight, the small hours
// stay as written.
func TestMutantsRuJaRussianNightHours(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Сирены звучали в 11 часов ночи.", []string{"11 часов ночи|TIME|2024-01-30T23:00||2024-01-30"}},
		{"Сирены звучали в 10 часов ночи.", []string{"10 часов ночи|TIME|2024-01-30T22:00||2024-01-30"}},
		{"Сирены звучали в 3 часа ночи.", []string{"3 часа ночи|TIME|2024-01-30T03:00||2024-01-30"}},
	})
}

// The end of a range takes the year of its start, the next year only for
// an earlier month: the same month stays in the same year.
func TestMutantsRuJaRussianRangeEndYear(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Бои шли с 18 августа 1945 года по 28 августа.", []string{"18 августа 1945 года|DATE|1945-08-18||1945-08-18", "28 августа|DATE|1945-08-28||1945-08-28"}},
		{"Бои шли с 18 декабря 1945 года по 5 января.", []string{"18 декабря 1945 года|DATE|1945-12-18||1945-12-18", "5 января|DATE|1946-01-05||1946-01-05"}},
	})
}

// Only a range mark ("から", "〜") lends the year at the end of a range to
// its start; a comma separates two dates.
func TestMutantsRuJaJapaneseRangeMarks(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"8月28日〜1945年9月5日の戦闘", []string{"8月28日|DATE|1945-08-28||1945-08-28", "1945年9月5日|DATE|1945-09-05||1945-09-05"}},
		{"8月28日、1945年9月5日に戦闘が終わった。", []string{"8月28日|DATE|2023-08-28||2023-08-28", "1945年9月5日|DATE|1945-09-05||1945-09-05"}},
	})
}

// Numeric Russian dates take the last day of a month; an hour range may
// start at 23 ("с 23 до 5 часов утра": a night shift).
func TestMutantsRuJaRussianNumericBounds(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Документ от 31.12.2023 опубликован.", []string{"31.12.2023|DATE|2023-12-31||2023-12-31"}},
		{"Документ от 01.01.2024 опубликован.", []string{"01.01.2024|DATE|2024-01-01||2024-01-01"}},
		{"Работы идут с 23 до 5 часов утра.", []string{"23|TIME|2024-01-30T23:00||2024-01-30", "5 часов утра|TIME|2024-01-30T05:00||2024-01-30"}},
		{"Работы идут с 22 до 6 часов утра.", []string{"22|TIME|2024-01-30T22:00||2024-01-30", "6 часов утра|TIME|2024-01-30T06:00||2024-01-30"}},
	})
}

// A named day a law moved has its new date from the year of the move on
// (the word table's holiday dates, lang.go).
func TestMutantsRuJaHolidayMoveYear(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"On the Day of the End of the Second World War 2019, wreaths were laid.", []string{
			"Day of the End of the Second World War 2019|DATE|2019-09-02||2019-09-02"}},
		{"On the Day of the End of the Second World War 2020, wreaths were laid.", []string{
			"Day of the End of the Second World War 2020|DATE|2020-09-03||2020-09-03"}},
	})
}

// Within a month of the anchor across the new year the nearest year wins
// too, whatever the verb: 28 December written on 10 January is the one
// just past, 5 January written on 20 December the one just ahead; a
// month to the day on either side is still within it.
func TestMutantsRuJaNearAnchorAcrossNewYear(t *testing.T) {
	jan10 := time.Date(2024, 1, 10, 8, 0, 0, 0, time.UTC)
	dec20 := time.Date(2023, 12, 20, 8, 0, 0, 0, time.UTC)
	runLangCases(t, japanese, jan10, []tc{
		{"12月28日に会議を開く予定だ。", []string{"12月28日|DATE|2023-12-28||2023-12-28"}},
		{"12月28日に会議を開いた。", []string{"12月28日|DATE|2023-12-28||2023-12-28"}},
		{"12月10日に会議を開く予定だ。", []string{"12月10日|DATE|2023-12-10||2023-12-10"}},
		{"2月10日に会議を開いた。", []string{"2月10日|DATE|2024-02-10||2024-02-10"}},
	})
	runLangCases(t, japanese, dec20, []tc{
		{"1月5日に会議を開いた。", []string{"1月5日|DATE|2024-01-05||2024-01-05"}},
		{"1月5日に会議を開く予定だ。", []string{"1月5日|DATE|2024-01-05||2024-01-05"}},
	})
	runLangCases(t, russian, jan10, []tc{
		{"Совещание пройдет 28 декабря.", []string{"28 декабря|DATE|2023-12-28||2023-12-28"}},
		// A month back to the day is still within the month.
		{"Совещание пройдет 10 декабря.", []string{"10 декабря|DATE|2023-12-10||2023-12-10"}},
		{"Совещание состоялось 10 февраля.", []string{"10 февраля|DATE|2024-02-10||2024-02-10"}},
	})
	runLangCases(t, russian, dec20, []tc{
		{"Совещание прошло 5 января.", []string{"5 января|DATE|2024-01-05||2024-01-05"}},
	})
}

// "раньше" is a past reference alone, not in a comparison ("раньше
// срока", "раньше всех").
func TestMutantsRuJaRussianEarlier(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Раньше здесь был порт.", []string{"Раньше|DATE|PAST_REF||-"}},
		{"Работы завершили раньше срока.", nil},
		{"Он пришел раньше всех.", nil},
	})
}

// "скоро уже N лет" is nearly N years; "уже" alone leaves the amount.
func TestMutantsRuJaRussianNearlyYears(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Спор идет скоро уже 80 лет.", []string{"скоро уже 80 лет|DURATION|P80Y|LESS_THAN|-"}},
		{"Спор идет уже 80 лет.", []string{"80 лет|DURATION|P80Y||-"}},
	})
}

// A Western year with its era year in parentheses is one date, in every
// era from Meiji on.
func TestMutantsRuJaJapaneseYearWithEra(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"1875(明治8)年5月7日に条約が結ばれた。", []string{"1875(明治8)年5月7日|DATE|1875-05-07||1875-05-07"}},
		{"1956(昭和31)年10月19日に署名された。", []string{"1956(昭和31)年10月19日|DATE|1956-10-19||1956-10-19"}},
	})
}

// A part of the current month or of the century without a number.
func TestMutantsRuJaRussianPartsOfUnits(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Ответ ждут в начале месяца.", []string{"начале месяца|DATE|2024-01|START|2024-01-01/2024-01-10"}},
		{"Это случилось в середине века.", []string{"середине века|DATE|20|MID|204X/206X"}},
	})
}

// The tense of a month late in a long text is read from its own clause.
func TestMutantsRuJaJapaneseTenseLateInText(t *testing.T) {
	runLangCases(t, japanese, autumn2023, []tc{
		{"日本とロシアの間では、北方領土問題をめぐって長年にわたり交渉が続けられてきたが、両国の立場の違いから、平和条約の締結には至っていない。日本政府の代表団は、2月にロシアを訪問する予定だ。", []string{"2月|DATE|2024-02||2024-02"}},
	})
}
