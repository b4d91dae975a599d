package temporal

import (
	"testing"
	"time"
)

// Russian and Japanese families found while writing mutation tests (issue
// 10 part 5), on sentences written for these tests, none from the dev
// sets. anchor2024 is Tuesday 30 January 2024; autumn2018 is Friday 19
// October 2018, after September, so a future September is next year's.

var autumn2018 = time.Date(2018, 10, 19, 12, 0, 0, 0, time.FixedZone("MSK", 3*3600))

func TestGeneraliseRussianFutureVerbs(t *testing.T) {
	runLangCases(t, russian, autumn2018, []tc{
		{"Он приедет в сентябре.", []string{"сентябре|DATE|2019-09"}},
		{"В сентябре делегация прилетит в Токио.", []string{"сентябре|DATE|2019-09"}},
		{"Форум состоится в сентябре.", []string{"сентябре|DATE|2019-09"}},
		{"Переговоры будут в сентябре.", []string{"сентябре|DATE|2019-09"}},
		{"Стороны подпишут соглашение в августе.", []string{"августе|DATE|2019-08"}},
		{"Власти введут режим в сентябре.", []string{"сентябре|DATE|2019-09"}},
		{"Япония направит ноту в сентябре.", []string{"сентябре|DATE|2019-09"}},
		{"В сентябре стороны обменяются нотами.", []string{"сентябре|DATE|2019-09"}},
		// A reflexive verb not in the table, next to the date.
		{"Выставка откроется в сентябре.", []string{"сентябре|DATE|2019-09"}},
		{"В сентябре разместится новый штаб.", []string{"сентябре|DATE|2019-09"}},
		{"В августе разместился новый штаб.", []string{"августе|DATE|2018-08"}},
		// Past verbs keep the month behind.
		{"Он приехал в сентябре.", []string{"сентябре|DATE|2018-09"}},
		{"В августе стороны подписали соглашение.", []string{"августе|DATE|2018-08"}},
	})
	runLangCases(t, russian, anchor2024, []tc{
		{"В пятницу министр выступит в парламенте.", []string{"пятницу|DATE|2024-02-02"}},
		{"Министр выступит в пятницу.", []string{"пятницу|DATE|2024-02-02"}},
		{"В четверг делегации обсудят рыболовство.", []string{"четверг|DATE|2024-02-01"}},
		{"В пятницу министр выступил в парламенте.", []string{"пятницу|DATE|2024-01-26"}},
		// Past stems without the vowel before -л: "прошло", "прошла",
		// "прошёл", "смогли"; "число", "мысли", "дело" are no verbs.
		{"В марте прошло заседание комиссии.", []string{"марте|DATE|2023-03"}},
		{"В марте прошла встреча.", []string{"марте|DATE|2023-03"}},
		{"В марте прошёл форум.", []string{"марте|DATE|2023-03"}},
		{"В апреле смогли договориться.", []string{"апреле|DATE|2023-04"}},
		{"В марте пройдёт заседание комиссии.", []string{"марте|DATE|2024-03"}},
		{"В марте дело будет рассмотрено.", []string{"марте|DATE|2024-03"}},
	})
}

// TestGeneraliseRussianSubjectThenVerb: a date, its subject, then its verb
// ("В марте министр провёл"), the order of most Russian news sentences
// that open with a date.
func TestGeneraliseRussianSubjectThenVerb(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"В марте министр провёл встречу с коллегой.", []string{"марте|DATE|2023-03"}},
		{"В мае Лавров заявил о переговорах.", []string{"мае|DATE|2023-05"}},
		{"По его словам, в апреле стороны подписали протокол.", []string{"апреле|DATE|2023-04"}},
		{"В пятницу делегация вернулась в Токио.", []string{"пятницу|DATE|2024-01-26"}},
		{"В марте министр проведёт встречу.", []string{"марте|DATE|2024-03"}},
		{"В марте жители острова провели акцию.", []string{"марте|DATE|2023-03"}},
		// A capital is a name ("Курил", of the Kurils), not a verb.
		{"В марте туристы Курил побывают на Итурупе.", []string{"марте|DATE|2024-03"}},
		// A past ending right after the date may be its subject, a noun
		// ("жители"): a tense word of the table within two words is the
		// verb; further on, it is not read ("провели ... и будут").
		{"В марте жители смогут посетить могилы.", []string{"марте|DATE|2024-03"}},
		{"В марте жители острова смогут посетить могилы.", []string{"марте|DATE|2024-03"}},
		{"В марте провели переговоры и будут продолжать их.", []string{"марте|DATE|2023-03"}},
		// The next sentence is not read.
		{"Визит в марте. провели опрос.", []string{"марте|DATE|2024-03"}},
		// Only words: the statement is March's, the talks later.
		{"В марте заявили: будут переговоры.", []string{"марте|DATE|2023-03"}},
		// A tense word of the table after the date is the verb, sure of
		// its tense: the scheduling was in March.
		{"В марте был намечен визит.", []string{"марте|DATE|2023-03"}},
	})
}

func TestGeneraliseRussianClockHours(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Встреча начнется в 4 часа дня.", []string{"4 часа дня|TIME|2024-01-30T16:00"}},
		{"Поезд ушел в 18 часов.", []string{"18 часов|TIME|2024-01-30T18:00"}},
		{"Толчки начались в 11 часов вечера.", []string{"11 часов вечера|TIME|2024-01-30T23:00"}},
		{"Самолет вылетел в 6 часов утра.", []string{"6 часов утра|TIME|2024-01-30T06:00"}},
		{"Сирены звучали в 2 часа ночи.", []string{"2 часа ночи|TIME|2024-01-30T02:00"}},
		{"Сирены звучали в 12 часов ночи.", []string{"12 часов ночи|TIME|2024-01-30T00:00"}},
		{"Обед начался в 12 часов дня.", []string{"12 часов дня|TIME|2024-01-30T12:00"}},
		{"Заседание открылось в 10 часов 30 минут.", []string{"10 часов 30 минут|TIME|2024-01-30T10:30"}},
		{"Сессия открылась в три часа дня.", []string{"три часа дня|TIME|2024-01-30T15:00"}},
		{"Ответ ждут к 18 часам.", []string{"18 часам|TIME|2024-01-30T18:00"}},
		{"Звонок раздался в час ночи.", []string{"час ночи|TIME|2024-01-30T01:00"}},
		{"Обед начался в час дня.", []string{"час дня|TIME|2024-01-30T13:00"}},
		{"Толчок ощутили около 5 часов утра.", []string{"около 5 часов утра|TIME|2024-01-30T05:00|APPROX"}},
		{"Приемная работает с 9 до 18 часов.", []string{"9|TIME|2024-01-30T09:00", "18 часов|TIME|2024-01-30T18:00"}},
		{"Музей открыт с 2 до 5 часов дня.", []string{"2|TIME|2024-01-30T14:00", "5 часов дня|TIME|2024-01-30T17:00"}},
		{"Встреча назначена на 25 марта в 4 часа дня.", []string{"25 марта в 4 часа дня|TIME|2024-03-25T16:00"}},
		{"Самолет сел в 7 часов утра по местному времени.", []string{"7 часов утра по местному времени|TIME|2024-01-30T07:00"}},
		// Without "в" or a part of day it stays a length of time; "около
		// 5 часов" is about five hours; "в 24 часа" is "within a day".
		{"Переговоры шли около 5 часов.", []string{"около 5 часов|DURATION|PT5H|APPROX"}},
		{"Разница во времени в 6 часов мешает.", []string{"6 часов|DURATION|PT6H"}},
		{"Рейс прибыл с опозданием в 2 часа.", []string{"2 часа|DURATION|PT2H"}},
		{"Объявили перерыв в 3 часа.", []string{"3 часа|DURATION|PT3H"}},
		{"Заседание длилось 4 часа.", []string{"4 часа|DURATION|PT4H"}},
		{"Его выслали в 24 часа.", []string{"24 часа|DURATION|PT24H"}},
	})
}

func TestGeneraliseRussianAtMostAtLeast(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Срок не более двух лет.", []string{"не более двух лет|DURATION|P2Y|EQUAL_OR_LESS"}},
		{"Визит продлится не больше трех дней.", []string{"не больше трех дней|DURATION|P3D|EQUAL_OR_LESS"}},
		{"Проект займет не менее пяти лет.", []string{"не менее пяти лет|DURATION|P5Y|EQUAL_OR_MORE"}},
		{"Ждать придется не меньше двух лет.", []string{"не меньше двух лет|DURATION|P2Y|EQUAL_OR_MORE"}},
		{"Переговоры идут более двух лет.", []string{"более двух лет|DURATION|P2Y|MORE_THAN"}},
		{"Срок не более чем 5 лет.", []string{"не более чем 5 лет|DURATION|P5Y|EQUAL_OR_LESS"}},
		{"Переговоры идут более чем 5 лет.", []string{"более чем 5 лет|DURATION|P5Y|MORE_THAN"}},
		{"Проверка займет не менее чем 3 дня.", []string{"не менее чем 3 дня|DURATION|P3D|EQUAL_OR_MORE"}},
		// One unit without a number: "не более месяца" is at most a month.
		{"Визит продлится не более недели.", []string{"не более недели|DURATION|P1W|EQUAL_OR_LESS"}},
		{"Ремонт шел более года.", []string{"более года|DURATION|P1Y|MORE_THAN"}},
		{"Совещание длилось около часа.", []string{"около часа|DURATION|PT1H|APPROX"}},
		{"Толчок ощутили около часа ночи.", []string{"около часа ночи|TIME|2024-01-30T01:00|APPROX"}},
		{"Более того, министр отказался.", nil},
	})
}

func TestGeneraliseJapaneseClockPartOfDay(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"夜9時に記者会見を開いた。", []string{"夜9時|TIME|2024-01-30T21:00"}},
		{"晩8時から協議した。", []string{"晩8時|TIME|2024-01-30T20:00"}},
		{"朝7時に出発した。", []string{"朝7時|TIME|2024-01-30T07:00"}},
		{"深夜2時に地震があった。", []string{"深夜2時|TIME|2024-01-30T02:00"}},
		{"夜12時に閉まる。", []string{"夜12時|TIME|2024-01-30T00:00"}},
		{"夕方5時に到着した。", []string{"夕方5時|TIME|2024-01-30T17:00"}},
		{"夜10時30分に到着した。", []string{"夜10時30分|TIME|2024-01-30T22:30"}},
		{"午後3時に始まった。", []string{"午後3時|TIME|2024-01-30T15:00"}},
		{"12日夜9時に発表した。", []string{"12日夜9時|TIME|2024-01-12T21:00"}},
		{"今夜9時から会談する。", []string{"今夜9時|TIME|2024-01-30T21:00"}},
		{"今朝7時に到着した。", []string{"今朝7時|TIME|2024-01-30T07:00"}},
		{"昨夜、地震があった。", []string{"昨夜|TIME|2024-01-29TNI"}},
		{"明朝出発する。", []string{"明朝|TIME|2024-01-31TMO"}},
		{"今晩8時に発表する。", []string{"今晩8時|TIME|2024-01-30T20:00"}},
		// A part of day with no clock after it stays a part of the day.
		{"12日夜に発表した。", []string{"12日夜|TIME|2024-01-12TNI"}},
	})
}

func TestGeneraliseJapaneseWeekdays(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"毎週月曜日に会議を開く。", []string{"毎週月曜日|SET|XXXX-WXX-1"}},
		{"毎週金曜に報告する。", []string{"毎週金曜|SET|XXXX-WXX-5"}},
		{"毎週、会合がある。", []string{"毎週|SET|P1W"}},
		{"毎週月曜日と木曜日に運航する。", []string{"毎週月曜日|SET|XXXX-WXX-1", "木曜日|SET|XXXX-WXX-4"}},
		{"毎週火曜日・金曜日に開く。", []string{"毎週火曜日|SET|XXXX-WXX-2", "金曜日|SET|XXXX-WXX-5"}},
		// The first days written by their kanji alone, each a run of one
		// kanji in no table, and the last with 曜: every day is found.
		{"毎週火・金曜日に会議を開く。", []string{"毎週火|SET|XXXX-WXX-2", "金曜日|SET|XXXX-WXX-5"}},
		{"毎週月・水・金曜日に練習する。", []string{"毎週月|SET|XXXX-WXX-1", "水|SET|XXXX-WXX-3", "金曜日|SET|XXXX-WXX-5"}},
		{"毎週月・火・水・木曜日に開く。", []string{"毎週月|SET|XXXX-WXX-1", "火|SET|XXXX-WXX-2", "水|SET|XXXX-WXX-3", "木曜日|SET|XXXX-WXX-4"}},
		// Without 毎週, days of their own, each read as a weekday.
		{"会合は月・水・金曜日に開かれる。", []string{"月|DATE|2024-02-05", "水|DATE|2024-01-31", "金曜日|DATE|2024-02-02"}},
		{"土・日曜日も営業する。", []string{"土|DATE|2024-02-03", "日曜日|DATE|2024-02-04"}},
		// A kanji inside a word or inside an expression already found,
		// or a list with no 曜 at its end, is no day.
		{"領土・日曜日", []string{"日曜日|DATE|2024-01-28"}},
		{"3日・金曜日に会う。", []string{"3日|DATE|2024-01-03", "金曜日|DATE|2024-02-02"}},
		{"火・水道・電気が止まった。", nil},
		{"金・銀・銅メダル", nil},
		{"毎週土・日曜に開く。", []string{"毎週土|SET|XXXX-WXX-6", "日曜|SET|XXXX-WXX-7"}},
		{"毎週水・本を読む。", []string{"毎週|SET|P1W"}},
		// Not coordinated: a weekday of its own.
		{"毎週会う。木曜日に発表した。", []string{"毎週|SET|P1W", "木曜日|DATE|2024-01-25"}},
		{"先週火曜日に会談した。", []string{"先週火曜日|DATE|2024-01-23"}},
		{"来週月曜日に訪問する。", []string{"来週月曜日|DATE|2024-02-05"}},
		{"先週の金曜日に会談した。", []string{"先週の金曜日|DATE|2024-01-26"}},
		{"先々週の月曜日に会った。", []string{"先々週の月曜日|DATE|2024-01-15"}},
		{"再来週火曜日に会う。", []string{"再来週火曜日|DATE|2024-02-13"}},
		{"再来週に会う。", []string{"再来週|DATE|2024-W07"}},
		{"先々月に訪問した。", []string{"先々月|DATE|2023-11"}},
	})
}

// lateFeb2024 is Tuesday 20 February 2024: March is within a month, so
// without the year written before it a bare "3月" is this year's.
var lateFeb2024 = time.Date(2024, 2, 20, 12, 0, 0, 0, time.FixedZone("JST", 9*3600))

func TestGeneraliseJapaneseLinkedYear(t *testing.T) {
	runLangCases(t, japanese, lateFeb2024, []tc{
		{"来年の3月に訪問する。", []string{"来年|DATE|2025", "3月|DATE|2025-03"}},
		{"昨年の3月に訪問した。", []string{"昨年|DATE|2023", "3月|DATE|2023-03"}},
		{"1956年の10月に宣言が署名された。", []string{"1956年|DATE|1956", "10月|DATE|1956-10"}},
		{"1945年8月28日から9月5日まで占領した。", []string{"1945年8月28日|DATE|1945-08-28", "9月5日|DATE|1945-09-05"}},
		{"1991年4月16日〜19日に来日した。", []string{"1991年4月16日|DATE|1991-04-16", "19日|DATE|1991-04-19"}},
		{"2023年12月28日から1月4日まで休んだ。", []string{"2023年12月28日|DATE|2023-12-28", "1月4日|DATE|2024-01-04"}},
		{"1855年2月7日から3月まで交渉した。", []string{"1855年2月7日|DATE|1855-02-07", "3月|DATE|1855-03"}},
		{"1945年の夏に降伏した。", []string{"1945年|DATE|1945", "夏|DATE|1945-SU"}},
		{"来年の春に訪問する。", []string{"来年|DATE|2025", "春|DATE|2025-SP"}},
		{"来年の3月末に完成する。", []string{"来年|DATE|2025", "3月末|DATE|2025-03|END"}},
		// Unlinked, a bare month stays near the anchor.
		{"3月に訪問する。", []string{"3月|DATE|2024-03"}},
	})
}

func TestGeneraliseRangeYears(t *testing.T) {
	// A range's two ends share the year written at either end.
	runLangCases(t, russian, anchor2024, []tc{
		{"Бои шли с 18 августа 1945 года по 5 сентября.", []string{"18 августа 1945 года|DATE|1945-08-18", "5 сентября|DATE|1945-09-05"}},
		{"Бои шли с 18 августа по 5 сентября 1945 года.", []string{"18 августа|DATE|1945-08-18", "5 сентября 1945 года|DATE|1945-09-05"}},
		{"Переговоры шли с 28 декабря 1955 года до 5 января.", []string{"28 декабря 1955 года|DATE|1955-12-28", "5 января|DATE|1956-01-05"}},
		{"Переговоры шли с 28 декабря по 5 января 1956 года.", []string{"28 декабря|DATE|1955-12-28", "5 января 1956 года|DATE|1956-01-05"}},
		{"Съезд работал с мая 1945 года по сентябрь.", []string{"мая 1945 года|DATE|1945-05", "сентябрь|DATE|1945-09"}},
		{"Это было в августе 1945 года и в сентябре.", []string{"августе 1945 года|DATE|1945-08", "сентябре|DATE|1945-09"}},
		// Far from the dated one, or after a byline, a month is read on its own.
		{"04.01.2019 11:09\nВ сентябре министр выступил.", []string{"04.01.2019 11:09|TIME|2019-01-04T11:09", "сентябре|DATE|2023-09"}},
		{"Договор подписали 7 мая 1945 года, а делегация вернулась домой только в сентябре.", []string{"7 мая 1945 года|DATE|1945-05-07", "сентябре|DATE|2023-09"}},
	})
	runLangCases(t, japanese, anchor2024, []tc{
		{"8月28日から1945年9月5日まで占領した。", []string{"8月28日|DATE|1945-08-28", "1945年9月5日|DATE|1945-09-05"}},
		{"12月28日〜平成31年1月4日に休んだ。", []string{"12月28日|DATE|2018-12-28", "平成31年1月4日|DATE|2019-01-04"}},
		{"8月から1945年9月まで続いた。", []string{"8月|DATE|1945-08", "1945年9月|DATE|1945-09"}},
		// A bare day at the end carries no year.
		{"サミットは5月19日から21日まで広島で開かれる。", []string{"5月19日|DATE|2024-05-19", "21日|DATE|2024-05-21"}},
	})
}
