package temporal

import (
	"testing"
	"time"
)

// Russian rule families, on sentences written for these tests. The anchor
// is Tuesday 30 January 2024.

func TestRussianFullDates(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Договор подписан 30 января 2024 года в Москве.", []string{"30 января 2024 года|DATE|2024-01-30||2024-01-30"}},
		{"Документ от 30.01.2024 опубликован.", []string{"30.01.2024|DATE|2024-01-30"}},
		{"ДОКУМЕНТ ОТ 18 ДЕКАБРЯ 2020 Г. ПРИНЯТ", []string{"18 ДЕКАБРЯ 2020 Г.|DATE|2020-12-18"}},
		{"Заявление от 3 нояб. 1996 вышло.", []string{"3 нояб. 1996|DATE|1996-11-03"}},
		{"Сделка 5 марта 2022 г. сорвалась.", []string{"5 марта 2022 г.|DATE|2022-03-05"}},
		{"Это случилось в 2019 году.", []string{"2019 году|DATE|2019"}},
		{"Бюджет на 2025 год принят.", []string{"2025 год|DATE|2025"}},
		{"в 2022–2023 гг. переговоры стояли", []string{"2022|DATE|2022", "2023 гг.|DATE|2023"}},
		{"в марте 2022 года Россия вышла", []string{"марте 2022 года|DATE|2022-03"}},
		{"в апреле 2017-го года", []string{"апреле 2017-го года|DATE|2017-04"}},
		{"Визит состоится 12 июня, 14:30 по московскому времени.", []string{"12 июня, 14:30 по московскому времени|TIME|2024-06-12T14:30"}},
		{"Визит прошел 12 июня.", []string{"12 июня|DATE|2023-06-12"}},
		{"Сообщение 29 января 2024, 18:04.", []string{"29 января 2024, 18:04|TIME|2024-01-29T18:04"}},
		{"с 5 по 9 февраля 2023 года", []string{"5|DATE|2023-02-05", "9 февраля 2023 года|DATE|2023-02-09"}},
		{"Это случилось первого сентября 2022 года.", []string{"первого сентября 2022 года|DATE|2022-09-01"}},
		{"Встреча прошла двадцать второго января.", []string{"двадцать второго января|DATE|2024-01-22"}},
		{"Тридцатое декабря 2023 года было холодным.", []string{"Тридцатое декабря 2023 года|DATE|2023-12-30"}},
	})
}

func TestRussianMonthCases(t *testing.T) {
	// Every case of one month, and abbreviations after a day.
	for _, w := range []string{"январь", "января", "январю", "январём", "январе"} {
		runLangCases(t, russian, anchor2024, []tc{{"в " + w + " 2021 года", []string{w + " 2021 года|DATE|2021-01"}}})
	}
	runLangCases(t, russian, anchor2024, []tc{
		{"в мае 2020 года", []string{"мае 2020 года|DATE|2020-05"}},
		{"в августе 2020 года", []string{"августе 2020 года|DATE|2020-08"}},
		{"МОСКВА, 7 фев — РИА Новости.", []string{"7 фев|DATE|2024-02-07"}},
		{"ТОКИО, 30 января. /ТАСС/.", []string{"30 января|DATE|2024-01-30"}},
		{"Сен. в тексте без числа", nil},
	})
}

func TestRussianRelative(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"Об этом он сказал вчера.", []string{"вчера|DATE|2024-01-29"}},
		{"Сегодня встреча, а позавчера был звонок.", []string{"Сегодня|DATE|2024-01-30", "позавчера|DATE|2024-01-28"}},
		{"в прошлом году стороны встречались", []string{"прошлом году|DATE|2023"}},
		{"на прошлой неделе", []string{"прошлой неделе|DATE|2024-W04"}},
		{"в следующем месяце", []string{"следующем месяце|DATE|2024-02"}},
		{"три года назад", []string{"три года назад|DATE|2021"}},
		{"через два года", []string{"два года|DURATION|P2Y"}},
		{"в декабре прошлого года", []string{"декабре прошлого года|DATE|2023-12"}},
		{"в понедельник министр заявил", []string{"понедельник|DATE|2024-01-29"}},
		{"в следующую пятницу", []string{"следующую пятницу|DATE|2024-02-02"}},
		{"Ранее министр отказался.", []string{"Ранее|DATE|PAST_REF"}},
		{"в настоящее время", []string{"настоящее время|DATE|PRESENT_REF"}},
		{"вчера вечером", []string{"вчера вечером|TIME|2024-01-29TEV"}},
		// After a named day "днём" is its afternoon, not the unit.
		{"вчера днём", []string{"вчера днём|TIME|2024-01-29TAF"}},
		{"Вчера днем министр заявил.", []string{"Вчера днем|TIME|2024-01-29TAF"}},
		{"В понедельник днём прошли переговоры.", []string{"понедельник днём|TIME|2024-01-29TAF"}},
		{"прошлой осенью и этим летом", []string{"прошлой осенью|DATE|2023-FA", "этим летом|DATE|2024-SU"}},
		{"Раньше всех пришёл Иван.", nil},
		{"Мая Плисецкая танцевала.", nil},
		{"Он прибыл 3 марта 2023 г. в 10 утра.", []string{"3 марта 2023 г. в 10 утра|TIME|2023-03-03T10:00"}},
		{"Встреча 5 мая 2023 года в 7 часов вечера.", []string{"5 мая 2023 года в 7 часов вечера|TIME|2023-05-05T19:00"}},
	})
}

func TestRussianPartsDecadesCenturies(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"в начале марта 2023 года", []string{"начале марта 2023 года|DATE|2023-03|START|2023-03-01/2023-03-10"}},
		{"в конце года", []string{"конце года|DATE|2024|END"}},
		{"в конце недели", []string{"конце недели|DATE|2024-W05|END"}},
		{"в начале следующей недели", []string{"начале следующей недели|DATE|2024-W06|START"}},
		{"во второй половине февраля 2023 года", []string{"второй половине февраля 2023 года|DATE|2023-02|END|2023-02-15/2023-02-28"}},
		{"в 1990-е годы", []string{"1990-е годы|DATE|199"}},
		{"в 90-х", []string{"90-х|DATE|199"}},
		{"в XX веке", []string{"XX веке|DATE|19"}},
		{"в середине прошлого века", []string{"середине прошлого века|DATE|19|MID"}},
	})
}

func TestRussianDurationsSets(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"в течение 70 лет", []string{"70 лет|DURATION|P70Y"}},
		{"более 70 лет", []string{"более 70 лет|DURATION|P70Y|MORE_THAN"}},
		{"около трех месяцев", []string{"около трех месяцев|DURATION|P3M|APPROX"}},
		{"двадцать пять лет", []string{"двадцать пять лет|DURATION|P25Y"}},
		{"два часа тридцать минут", []string{"два часа тридцать минут|DURATION|PT2H30M"}},
		{"с двухдневным визитом", []string{"двухдневным|DURATION|P2D"}},
		{"не один год", []string{"не один год|DURATION|PXY"}},
		{"Ежегодно сюда приезжают", []string{"Ежегодно|SET|P1Y"}},
		{"каждый год", []string{"каждый год|SET|P1Y"}},
		{"несколько раз в год", []string{"несколько раз в год|SET|P1Y"}},
		{"2000 человек", nil},
		{"через неделю", []string{"неделю|DURATION|P1W"}},
	})
}

func TestRussianTense(t *testing.T) {
	// Anchor 10 October 2023: February is four months away either way, and
	// the verb decides.
	a := time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC)
	runLangCases(t, russian, a, []tc{
		{"Встреча состоится в феврале.", []string{"феврале|DATE|2024-02"}},
		{"Договор был подписан в феврале.", []string{"феврале|DATE|2023-02"}},
		{"Он приезжал в феврале.", []string{"феврале|DATE|2023-02"}},
	})
}

func TestRussianQuotedInEnglish(t *testing.T) {
	// An English report quoting Russian tags as English: the Russian words
	// are just unknown words there.
	runCases(t, anchor2024, []tc{
		{`The ministry spoke of the "Северные территории" on January 29.`, []string{"January 29|DATE|2024-01-29"}},
	})
}

// A word for a part of a period ("начале", "в конце") as the last token of
// a text once indexed past the end of the tokens (a panic found by
// FuzzExtractJSON). It tags nothing, in every language's tagger.
func TestPartOfPeriodAtTheEnd(t *testing.T) {
	a := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{"начале", "в начале", "в конце", "середине.", "Это было в начале", "上旬", "年度末"} {
		for _, tg := range []*Tagger{english, russian, japanese} {
			if ms := tg.Tag(text, a); len(ms) != 0 {
				t.Errorf("%q: %d mentions, want none: %+v", text, len(ms), ms)
			}
		}
	}
}
