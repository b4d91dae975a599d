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
