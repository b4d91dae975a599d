package temporal

import (
	"strings"
	"testing"
	"time"
)

// Cases found by mutation testing (make mutate): relative expressions with
// "coming" and "past", reporting periods, parts of days after a relative
// day. Each failed a mutant of the rule that reads it.
func TestMutantsRelative(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The summit is set for coming March.", []string{"coming March|DATE|2024-03||2024-03"}},
		{"They meet this coming March.", []string{"this coming March|DATE|2024-03||2024-03"}},
		{"He spoke this past Tuesday.", []string{"this past Tuesday|DATE|2024-01-23||2024-01-23"}},
		{"He will speak this coming Thursday.", []string{"this coming Thursday|DATE|2024-02-01||2024-02-01"}},
		{"Sales in the latest period fell.", []string{"the latest period|DATE|2023-Q4||2023-10/2023-12"}},
		{"Sales in the current period rose.", []string{"the current period|DATE|2024-Q1||2024-01/2024-03"}},
		{"They meet tomorrow night.", []string{"tomorrow night|TIME|2024-01-31TNI||2024-01-31"}},
		{"They met Tuesday night.", []string{"Tuesday night|TIME|2024-01-30TNI||2024-01-30"}},
	})
}

// The tests below were written against `make mutate-sample` (issue 15): a
// rule for one expression lets a mutant live when no test names the phrase
// it reads, so each table goes over a family of expressions, per language,
// at anchors chosen for the calendar (a Saturday, a new year, a leap day),
// and checks span, type, value, mod and calendar extent. The sentences are
// written for these tests, not taken from the bench; each expected value was
// checked by hand against TimeML; phrases the tagger gets wrong are left out
// rather than pinned to a wrong value.

var (
	// anchorSat is a Saturday in the middle of a year.
	anchorSat = time.Date(2019, 6, 15, 8, 0, 0, 0, time.UTC)
	// anchorNewYear is a Friday on the first day of a year whose ISO week
	// belongs to the year before (2020-W53).
	anchorNewYear = time.Date(2021, 1, 1, 8, 0, 0, 0, time.UTC)
	// anchorEve is a Sunday on the last day of a year.
	anchorEve = time.Date(2023, 12, 31, 8, 0, 0, 0, time.UTC)
)

// TestMutantsEnglishFamilies goes over the English families of expressions
// with their values, one sentence each, so that a mutant of a rule that reads
// one family changes a case here (make mutate-sample).
func TestMutantsEnglishFamilies(t *testing.T) {
	runCases(t, anchor2024, []tc{ // Tuesday 30 January 2024
		// Full dates in every written order.
		{"The accord was signed on 7 December 1941 in Washington.", []string{"7 December 1941|DATE|1941-12-07||1941-12-07"}},
		{"Envoys met on the 3rd of March, 2021, in Geneva.", []string{"the 3rd of March, 2021|DATE|2021-03-03||2021-03-03"}},
		{"The vote came on Dec. 25, 1991.", []string{"Dec. 25, 1991|DATE|1991-12-25||1991-12-25"}},
		{"Talks were held on 1991-12-25 and later.", []string{"1991-12-25|DATE|1991-12-25||1991-12-25"}},
		{"The memo is dated 25/12/1991 in the file.", []string{"25/12/1991|DATE|1991-12-25||1991-12-25"}},
		{"The memo is dated 12/25/1991 in the file.", []string{"12/25/1991|DATE|1991-12-25||1991-12-25"}},
		{"The memo is dated 25.12.1991 in the file.", []string{"25.12.1991|DATE|1991-12-25||1991-12-25"}},
		{"They met in Sept. 1993.", []string{"Sept. 1993|DATE|1993-09||1993-09"}},
		{"In November of 2002, talks broke down.", []string{"November of 2002|DATE|2002-11||2002-11"}},
		{"The plan was drafted in 1855 and revised in 1875.", []string{"1855|DATE|1855||1855", "1875|DATE|1875||1875"}},
		// Ranges and coordinated dates share the year written last.
		{"The islands were seized in August and September 1945.", []string{"August|DATE|1945-08||1945-08", "September 1945|DATE|1945-09||1945-09"}},
		{"The talks ran from 1993 to 1997.", []string{"1993|DATE|1993||1993", "1997|DATE|1997||1997"}},
		{"The talks ran from March to May 2001.", []string{"March|DATE|2001-03||2001-03", "May 2001|DATE|2001-05||2001-05"}},
		{"It lasted from 5 to 9 April 2001.", []string{"5|DATE|2001-04-05||2001-04-05", "9 April 2001|DATE|2001-04-09||2001-04-09"}},
		{"The talks of 2001-02 failed.", []string{"2001|DATE|2001||2001", "02|DATE|2002||2002"}},
		{"between 1956 and 1960 the talks stalled", []string{"1956|DATE|1956||1956", "1960|DATE|1960||1960"}},
		// Decades, centuries and their parts.
		{"in the 1950s and 1960s", []string{"the 1950s|DATE|195||195X", "1960s|DATE|196||196X"}},
		{"in the '90s", []string{"the '90s|DATE|199||199X"}},
		{"in the early 2000s", []string{"the early 2000s|DATE|200|START|2000/2003"}},
		{"in the late 1980s", []string{"the late 1980s|DATE|198|END|1987/1989"}},
		{"in the 20th century", []string{"the 20th century|DATE|19||19XX"}},
		{"in the early 21st century", []string{"the early 21st century|DATE|20|START|200X/203X"}},
		{"in the late 18th century", []string{"the late 18th century|DATE|17|END|177X/179X"}},
		// Halves, quarters, fiscal years, seasons.
		{"in the first half of 2023", []string{"the first half of 2023|DATE|2023-H1||2023-01/2023-06"}},
		{"in the second half of the year", []string{"the second half of the year|DATE|2024-H2||2024-07/2024-12"}},
		{"in Q3 2023", []string{"Q3 2023|DATE|2023-Q3||2023-07/2023-09"}},
		{"in the fourth quarter of last year", []string{"the fourth quarter of last year|DATE|2023-Q4||2023-10/2023-12"}},
		{"in the first quarter of this year", []string{"the first quarter of this year|DATE|2024-Q1||2024-01/2024-03"}},
		{"in fiscal 2023", []string{"fiscal 2023|DATE|2023||2023"}},
		{"in winter 2022", []string{"winter 2022|DATE|2022-WI||2022-24"}},
		{"in the autumn of 1956", []string{"the autumn of 1956|DATE|1956-FA||1956-23"}},
		{"last autumn", []string{"last autumn|DATE|2023-FA||2023-23"}},
		{"next spring", []string{"next spring|DATE|2024-SP||2024-21"}},
		{"this summer", []string{"this summer|DATE|2024-SU||2024-22"}},
		// Parts of years, months and weeks.
		{"early last year", []string{"early last year|DATE|2023|START|2023-01/2023-04"}},
		{"late next year", []string{"late next year|DATE|2025|END|2025-09/2025-12"}},
		{"at the end of 2023", []string{"the end of 2023|DATE|2023|END|2023-09/2023-12"}},
		{"at the beginning of 2023", []string{"the beginning of 2023|DATE|2023|START|2023-01/2023-04"}},
		{"at the start of the month", []string{"the start of the month|DATE|2024-01|START|2024-01-01/2024-01-10"}},
		{"by the end of the month", []string{"the end of the month|DATE|2024-01|END|2024-01-21/2024-01-31"}},
		{"by the end of this week", []string{"the end of this week|DATE|2024-W05|END|2024-01-29/2024-02-04"}},
		{"in mid-2022", []string{"mid-2022|DATE|2022|MID|2022-05/2022-08"}},
		{"in early 2022", []string{"early 2022|DATE|2022|START|2022-01/2022-04"}},
		{"in the middle of 2022", []string{"the middle of 2022|DATE|2022|MID|2022-05/2022-08"}},
		{"the beginning of March", []string{"the beginning of March|DATE|2024-03|START|2024-03-01/2024-03-10"}},
		{"the end of March 2022", []string{"the end of March 2022|DATE|2022-03|END|2022-03-21/2022-03-31"}},
		// Counting back from the anchor.
		{"some 30 years ago", []string{"some 30 years ago|DATE|1994|APPROX|1994"}},
		{"about two weeks ago", []string{"about two weeks ago|DATE|2024-W03|APPROX|2024-01-15/2024-01-21"}},
		{"three months ago", []string{"three months ago|DATE|2023-10||2023-10"}},
		{"a decade ago", []string{"a decade ago|DATE|2014||2014"}},
		{"a year ago", []string{"a year ago|DATE|2023||2023"}},
		{"a week ago", []string{"a week ago|DATE|2024-W04||2024-01-22/2024-01-28"}},
		{"days ago", []string{"days ago|DATE|PAST_REF||-"}},
		{"years ago", []string{"years ago|DATE|PAST_REF||-"}},
		{"five days later", []string{"five days|DURATION|P5D||-"}},
	})
	runCases(t, anchorSat, []tc{ // Saturday 15 June 2019
		{"He spoke on Wednesday.", []string{"Wednesday|DATE|2019-06-12||2019-06-12"}},
		{"They will meet on Monday.", []string{"Monday|DATE|2019-06-17||2019-06-17"}},
		{"He arrived last Friday.", []string{"last Friday|DATE|2019-06-14||2019-06-14"}},
		{"They leave next Tuesday.", []string{"next Tuesday|DATE|2019-06-18||2019-06-18"}},
		{"They met last month.", []string{"last month|DATE|2019-05||2019-05"}},
		{"It rose this month.", []string{"this month|DATE|2019-06||2019-06"}},
		{"It opens next week.", []string{"next week|DATE|2019-W25||2019-06-17/2019-06-23"}},
		{"It closed last week.", []string{"last week|DATE|2019-W23||2019-06-03/2019-06-09"}},
		{"It happened the day before yesterday.", []string{"day before yesterday|DATE|2019-06-13||2019-06-13"}},
		{"It will open the day after tomorrow.", []string{"day after tomorrow|DATE|2019-06-17||2019-06-17"}},
		{"He leaves tomorrow.", []string{"tomorrow|DATE|2019-06-16||2019-06-16"}},
		// Parts of days and clock times.
		{"They met yesterday morning.", []string{"yesterday morning|TIME|2019-06-14TMO||2019-06-14"}},
		{"They meet tomorrow afternoon.", []string{"tomorrow afternoon|TIME|2019-06-16TAF||2019-06-16"}},
		{"He spoke last night.", []string{"last night|TIME|2019-06-14TNI||2019-06-14"}},
		{"He spoke tonight.", []string{"tonight|TIME|2019-06-15TNI||2019-06-15"}},
		{"They met this afternoon.", []string{"this afternoon|TIME|2019-06-15TAF||2019-06-15"}},
		{"The talks opened on Monday morning.", []string{"Monday morning|TIME|2019-06-10TMO||2019-06-10"}},
		{"At 9:30 the talks began.", []string{"9:30|TIME|2019-06-15T09:30||2019-06-15"}},
		{"At 14:00 GMT talks began.", []string{"14:00 GMT|TIME|2019-06-15T14:00||2019-06-15"}},
		{"at 3 p.m. on Friday", []string{"3 p.m. on Friday|TIME|2019-06-14T15:00||2019-06-14"}},
		{"at 10 a.m. tomorrow", []string{"10 a.m. tomorrow|TIME|2019-06-16T10:00||2019-06-16"}},
		{"at midnight", []string{"midnight|TIME|2019-06-15T24:00||2019-06-15"}},
		{"two years from now", []string{"two years from now|DATE|2021||2021"}},
		// Durations, exact and vague.
		{"in two weeks", []string{"two weeks|DURATION|P2W||-"}},
		{"in three years' time", []string{"three years|DURATION|P3Y||-"}},
		{"within a month", []string{"a month|DURATION|P1M||-"}},
		{"within the next two years", []string{"the next two years|DURATION|P2Y||-"}},
		{"over the past decade", []string{"the past decade|DURATION|P1DE||-"}},
		{"over the next five years", []string{"the next five years|DURATION|P5Y||-"}},
		{"in recent years", []string{"recent years|DATE|PAST_REF||-"}},
		{"for the past two weeks", []string{"the past two weeks|DURATION|P2W||-"}},
		{"for several years", []string{"several years|DURATION|PXY||-"}},
		{"for decades", []string{"decades|DURATION|PXDE||-"}},
		{"for a few days", []string{"a few days|DURATION|PXD||-"}},
		{"a few weeks ago", []string{"a few weeks ago|DATE|PAST_REF||-"}},
		{"in the coming days", []string{"the coming days|DURATION|PXD||-"}},
		{"one and a half years", []string{"one and a half years|DURATION|P1Y6M||-"}},
		{"two and a half years", []string{"two and a half years|DURATION|P2Y6M||-"}},
		{"18 months", []string{"18 months|DURATION|P18M||-"}},
		{"a 10-year plan", []string{"10-year|DURATION|P10Y||-"}},
		{"the 30-day period", []string{"30-day|DURATION|P30D||-"}},
		// Sets.
		{"every two years", []string{"every two years|SET|P2Y||-"}},
		{"twice a year", []string{"a year|SET|P1Y||-"}},
		{"once a month", []string{"a month|SET|P1M||-"}},
		{"every Monday", []string{"every Monday|SET|XXXX-WXX-1||-"}},
		{"on Mondays", []string{"Mondays|SET|XXXX-WXX-1||-"}},
		{"every day", []string{"every day|SET|P1D||-"}},
		{"daily", []string{"daily|SET|P1D||-"}},
		{"monthly", []string{"monthly|SET|P1M||-"}},
		{"every spring", []string{"every spring|SET|XXXX-SP||-"}},
		{"every week", []string{"every week|SET|P1W||-"}},
		{"every other week", []string{"every other week|SET|P2W||-"}},
		{"each year", []string{"each year|SET|P1Y||-"}},
	})
	runCases(t, anchorEve, []tc{ // Sunday 31 December 2023
		// Anaphora: counted from the date told before.
		{"They met on 5 May 1960. The next day they signed.", []string{"5 May 1960|DATE|1960-05-05||1960-05-05", "The next day|DATE|1960-05-06||1960-05-06"}},
		{"They met on 5 May 1960. The previous day they had argued.", []string{"5 May 1960|DATE|1960-05-05||1960-05-05", "The previous day|DATE|1960-05-04||1960-05-04"}},
		{"They met on 5 May 1960. Three weeks later they signed.", []string{"5 May 1960|DATE|1960-05-05||1960-05-05", "Three weeks|DURATION|P3W||-"}},
		{"They met in May 1960. The following month they signed.", []string{"May 1960|DATE|1960-05||1960-05", "The following month|DATE|1960-06||1960-06"}},
		{"They met in May 1960. The next year they signed.", []string{"May 1960|DATE|1960-05||1960-05", "The next year|DATE|1961||1961"}},
		{"They met in 1960. Two years later they signed.", []string{"1960|DATE|1960||1960", "Two years later|DATE|1962||1962"}},
		{"They met in 1960. A year earlier they had quarrelled.", []string{"1960|DATE|1960||1960", "A year earlier|DATE|1959||1959"}},
		{"They met in 1960. The year before, they had quarrelled.", []string{"1960|DATE|1960||1960", "The year before|DATE|1959||1959"}},
		{"They met in 1960. The following year they signed.", []string{"1960|DATE|1960||1960", "The following year|DATE|1961||1961"}},
		{"They met on 5 May 1960. By the end of the year they signed.", []string{"5 May 1960|DATE|1960-05-05||1960-05-05", "the end of the year|DATE|1960|END|1960-09/1960-12"}},
		{"They met in March 2023. That month prices rose.", []string{"March 2023|DATE|2023-03||2023-03", "That month|DATE|2023-03||2023-03"}},
		{"The talks opened on Monday. That day, snow fell.", []string{"Monday|DATE|2023-12-25||2023-12-25", "That day|DATE|2023-12-25||2023-12-25"}},
		// Yearless months and days: the tense picks the year.
		{"It was signed in January.", []string{"January|DATE|2023-01||2023-01"}},
		{"It will be signed in January.", []string{"January|DATE|2024-01||2024-01"}},
		{"It is expected in March.", []string{"March|DATE|2024-03||2024-03"}},
		{"It opened in November.", []string{"November|DATE|2023-11||2023-11"}},
		{"It is due in October.", []string{"October|DATE|2024-10||2024-10"}},
		{"The report was released on 20 December.", []string{"20 December|DATE|2023-12-20||2023-12-20"}},
		{"The report will be released on 5 January.", []string{"5 January|DATE|2024-01-05||2024-01-05"}},
		{"The meeting in July was cancelled.", []string{"July|DATE|2023-07||2023-07"}},
	})
	runCases(t, anchorNewYear, []tc{ // Friday 1 January 2021
		{"He spoke on Thursday.", []string{"Thursday|DATE|2020-12-31||2020-12-31"}},
		{"They met last week.", []string{"last week|DATE|2020-W52||2020-12-21/2020-12-27"}},
		{"It will open next week.", []string{"next week|DATE|2021-W01||2021-01-04/2021-01-10"}},
		{"It opened this week.", []string{"this week|DATE|2020-W53||2020-12-28/2021-01-03"}},
		{"It happened last month.", []string{"last month|DATE|2020-12||2020-12"}},
		{"It will happen next month.", []string{"next month|DATE|2021-02||2021-02"}},
		{"The 2020 report said so.", []string{"2020|DATE|2020||2020"}},
		{"last winter", []string{"last winter|DATE|2019-WI||2019-24"}},
		{"next winter", []string{"next winter|DATE|2021-WI||2021-24"}},
		{"the last quarter", []string{"the last quarter|DATE|2020-Q4||2020-10/2020-12"}},
		{"the next quarter", []string{"the next quarter|DATE|2021-Q2||2021-04/2021-06"}},
		{"this quarter", []string{"this quarter|DATE|2021-Q1||2021-01/2021-03"}},
		{"the last two years", []string{"the last two years|DURATION|P2Y||-"}},
		{"the week of March 2", []string{"the week of March 2|DATE|2020-W10||2020-03-02/2020-03-08"}},
		{"last weekend", []string{"last weekend|DATE|2020-W52-WE||2020-12-26/2020-12-27"}},
	})
	runCases(t, time.Time{}, []tc{ // no anchor: what it cannot supply stays X
		{"It opened last year.", []string{"last year|DATE|XXXX||-"}},
		{"It opened in March.", []string{"March|DATE|XXXX-03||-"}},
		{"They met on March 3.", []string{"March 3|DATE|XXXX-03-03||-"}},
		{"It opened on 3 March 2001.", []string{"3 March 2001|DATE|2001-03-03||2001-03-03"}},
	})
}

// TestMutantsRussianFamilies is TestMutantsEnglishFamilies for Russian: case
// forms of months, units and relative words, centuries in Roman numerals.
func TestMutantsRussianFamilies(t *testing.T) {
	runLangCases(t, russian, anchorSat, []tc{ // суббота, 15 июня 2019
		{"Соглашение подписано 19 октября 1956 года.", []string{"19 октября 1956 года|DATE|1956-10-19||1956-10-19"}},
		{"Встреча прошла 3 июля.", []string{"3 июля|DATE|2019-07-03||2019-07-03"}},
		{"Он приехал в мае.", []string{"мае|DATE|2019-05||2019-05"}},
		{"Заявление от 1 декабря 1991 г. опубликовано.", []string{"1 декабря 1991 г.|DATE|1991-12-01||1991-12-01"}},
		{"в январе 1945 года", []string{"январе 1945 года|DATE|1945-01||1945-01"}},
		{"в феврале", []string{"феврале|DATE|2019-02||2019-02"}},
		{"к 2030 году", []string{"2030 году|DATE|2030||2030"}},
		{"в 1990-е годы", []string{"1990-е годы|DATE|199||199X"}},
		{"в 90-х годах", []string{"90-х годах|DATE|199||199X"}},
		{"в 1960-х годах", []string{"1960-х годах|DATE|196||196X"}},
		{"в XX веке", []string{"XX веке|DATE|19||19XX"}},
		{"в начале XIX века", []string{"начале XIX века|DATE|18|START|180X/183X"}},
		{"в середине прошлого века", []string{"середине прошлого века|DATE|19|MID|194X/196X"}},
		{"в конце 2018 года", []string{"конце 2018 года|DATE|2018|END|2018-09/2018-12"}},
		{"в начале года", []string{"начале года|DATE|2019|START|2019-01/2019-04"}},
		{"в середине июня", []string{"середине июня|DATE|2019-06|MID|2019-06-11/2019-06-20"}},
		{"в конце месяца", []string{"конце месяца|DATE|2019-06|END|2019-06-21/2019-06-30"}},
		{"во второй половине 2018 года", []string{"второй половине 2018 года|DATE|2018-H2||2018-07/2018-12"}},
		{"зимой 2018 года", []string{"зимой 2018 года|DATE|2018-WI||2018-24"}},
		{"этой весной", []string{"этой весной|DATE|2019-SP||2019-21"}},
		{"следующим летом", []string{"следующим летом|DATE|2020-SU||2020-22"}},
		{"прошлой зимой", []string{"прошлой зимой|DATE|2018-WI||2018-24"}},
		{"позавчера", []string{"позавчера|DATE|2019-06-13||2019-06-13"}},
		{"послезавтра", []string{"послезавтра|DATE|2019-06-17||2019-06-17"}},
		{"завтра утром", []string{"завтра утром|TIME|2019-06-16TMO||2019-06-16"}},
		{"сегодня вечером", []string{"сегодня вечером|TIME|2019-06-15TEV||2019-06-15"}},
		{"в прошлый четверг", []string{"прошлый четверг|DATE|2019-06-13||2019-06-13"}},
		{"на этой неделе", []string{"этой неделе|DATE|2019-W24||2019-06-10/2019-06-16"}},
		{"на следующей неделе", []string{"следующей неделе|DATE|2019-W25||2019-06-17/2019-06-23"}},
		{"в этом месяце", []string{"этом месяце|DATE|2019-06||2019-06"}},
		{"в прошлом месяце", []string{"прошлом месяце|DATE|2019-05||2019-05"}},
		{"в этом году", []string{"этом году|DATE|2019||2019"}},
		{"в следующем году", []string{"следующем году|DATE|2020||2020"}},
		{"два месяца назад", []string{"два месяца назад|DATE|2019-04||2019-04"}},
		{"пять лет назад", []string{"пять лет назад|DATE|2014||2014"}},
		{"несколько лет назад", []string{"несколько лет назад|DATE|PAST_REF||-"}},
		{"через неделю", []string{"неделю|DURATION|P1W||-"}},
		{"через три месяца", []string{"три месяца|DURATION|P3M||-"}},
		{"в течение двух лет", []string{"двух лет|DURATION|P2Y||-"}},
		{"в течение десяти лет", []string{"десяти лет|DURATION|P10Y||-"}},
		{"более 70 лет", []string{"более 70 лет|DURATION|P70Y|MORE_THAN|-"}},
		{"около двух недель", []string{"около двух недель|DURATION|P2W|APPROX|-"}},
		{"ежегодно", []string{"ежегодно|SET|P1Y||-"}},
		{"каждый год", []string{"каждый год|SET|P1Y||-"}},
		{"каждый понедельник", []string{"каждый понедельник|SET|XXXX-WXX-1||-"}},
		{"каждую неделю", []string{"каждую неделю|SET|P1W||-"}},
		{"ежедневно", []string{"ежедневно|SET|P1D||-"}},
		{"в 10:30", []string{"10:30|TIME|2019-06-15T10:30||2019-06-15"}},
		{"В 1956 году подписали декларацию. В том же году отношения восстановили.", []string{"1956 году|DATE|1956||1956", "том же году|DATE|1956||1956"}},
	})
}

// TestMutantsJapaneseFamilies is TestMutantsEnglishFamilies for Japanese:
// eras, kanji and full-width numerals, 年度, relative and anaphoric words.
func TestMutantsJapaneseFamilies(t *testing.T) {
	runLangCases(t, japanese, anchorSat, []tc{ // 2019年6月15日（土）
		{"1956年10月19日に署名した。", []string{"1956年10月19日|DATE|1956-10-19||1956-10-19"}},
		{"2001年3月に会談した。", []string{"2001年3月|DATE|2001-03||2001-03"}},
		{"3月25日に会談した。", []string{"3月25日|DATE|2019-03-25||2019-03-25"}},
		{"7月3日に会談する予定だ。", []string{"7月3日|DATE|2019-07-03||2019-07-03"}},
		{"昭和20年8月15日に終戦。", []string{"昭和20年8月15日|DATE|1945-08-15||1945-08-15"}},
		{"平成31年4月30日に退位。", []string{"平成31年4月30日|DATE|2019-04-30||2019-04-30"}},
		{"令和2年度の予算", []string{"令和2年度|DATE|2020||2020"}},
		{"2020年度の予算", []string{"2020年度|DATE|2020||2020"}},
		{"明治元年", []string{"明治元年|DATE|1868||1868"}},
		{"昭和64年1月7日", []string{"昭和64年1月7日|DATE|1989-01-07||1989-01-07"}},
		{"R2年", []string{"R2年|DATE|2020||2020"}},
		{"2018年末", []string{"2018年末|DATE|2018|END|2018-09/2018-12"}},
		{"2018年半ば", []string{"2018年半ば|DATE|2018|MID|2018-05/2018-08"}},
		{"今年3月", []string{"今年3月|DATE|2019-03||2019-03"}},
		{"来年春", []string{"来年春|DATE|2020-SP||2020-21"}},
		{"昨年末", []string{"昨年末|DATE|2018|END|2018-09/2018-12"}},
		{"今月末", []string{"今月末|DATE|2019-06|END|2019-06-21/2019-06-30"}},
		{"先月上旬", []string{"先月上旬|DATE|2019-05|START|2019-05-01/2019-05-10"}},
		{"来月中旬", []string{"来月中旬|DATE|2019-07|MID|2019-07-11/2019-07-20"}},
		{"今週", []string{"今週|DATE|2019-W24||2019-06-10/2019-06-16"}},
		{"来週", []string{"来週|DATE|2019-W25||2019-06-17/2019-06-23"}},
		{"先週の金曜日", []string{"先週の金曜日|DATE|2019-06-07||2019-06-07"}},
		{"今週の月曜日", []string{"今週の月曜日|DATE|2019-06-10||2019-06-10"}},
		{"明後日", []string{"明後日|DATE|2019-06-17||2019-06-17"}},
		{"一昨日", []string{"一昨日|DATE|2019-06-13||2019-06-13"}},
		{"午前10時", []string{"午前10時|TIME|2019-06-15T10:00||2019-06-15"}},
		{"午後3時30分", []string{"午後3時30分|TIME|2019-06-15T15:30||2019-06-15"}},
		{"15時", []string{"15時|TIME|2019-06-15T15:00||2019-06-15"}},
		{"3日後", []string{"3日|DURATION|P3D||-"}},
		{"2週間後", []string{"2週間|DURATION|P2W||-"}},
		{"10年前", []string{"10年前|DATE|2009||2009"}},
		{"3カ月前", []string{"3カ月前|DATE|2019-03||2019-03"}},
		{"3年間", []string{"3年間|DURATION|P3Y||-"}},
		{"10日間", []string{"10日間|DURATION|P10D||-"}},
		{"5カ月", []string{"5カ月|DURATION|P5M||-"}},
		{"30年以上", []string{"30年以上|DURATION|P30Y|MORE_THAN|-"}},
		{"約10年", []string{"約10年|DURATION|P10Y|APPROX|-"}},
		{"毎年", []string{"毎年|SET|P1Y||-"}},
		{"毎月", []string{"毎月|SET|P1M||-"}},
		{"年2回", []string{"年2回|SET|P1Y||-"}},
		{"同年", []string{"同年|DATE|2019||2019"}},
		{"翌年", []string{"翌年|DATE|2020||2020"}},
		{"翌月", []string{"翌月|DATE|2019-07||2019-07"}},
		{"前年", []string{"前年|DATE|2018||2018"}},
		{"前日", []string{"前日|DATE|2019-06-14||2019-06-14"}},
		{"現在", []string{"現在|DATE|PRESENT_REF||-"}},
	})
}

// TestMutantsSeasonsByTense: a season without a year takes the one the tense
// points to, counted in season years that start in March (a winter spans
// December to February).
func TestMutantsSeasonsByTense(t *testing.T) {
	runCases(t, anchorSat, []tc{ // June 2019: summer
		{"The talks stalled in the winter.", []string{"the winter|DATE|2018-WI||2018-24"}},
		{"The talks will resume in the winter.", []string{"the winter|DATE|2019-WI||2019-24"}},
		{"The talks stalled in the autumn.", []string{"the autumn|DATE|2018-FA||2018-23"}},
		{"The talks will resume in the autumn.", []string{"the autumn|DATE|2019-FA||2019-23"}},
		{"The talks stalled in the spring.", []string{"the spring|DATE|2019-SP||2019-21"}},
		{"The talks will resume in the spring.", []string{"the spring|DATE|2020-SP||2020-21"}},
	})
	jan := time.Date(2019, 1, 20, 8, 0, 0, 0, time.UTC) // winter of season year 2018
	runCases(t, jan, []tc{
		{"The talks stalled in the autumn.", []string{"the autumn|DATE|2018-FA||2018-23"}},
		{"The talks will resume in the summer.", []string{"the summer|DATE|2019-SU||2019-22"}},
		{"last spring", []string{"last spring|DATE|2018-SP||2018-21"}},
		{"this spring", []string{"this spring|DATE|2019-SP||2019-21"}},
		{"next autumn", []string{"next autumn|DATE|2019-FA||2019-23"}},
	})
	nov := time.Date(2019, 11, 20, 8, 0, 0, 0, time.UTC) // autumn
	runCases(t, nov, []tc{
		{"The talks stalled in the winter.", []string{"the winter|DATE|2018-WI||2018-24"}},
		{"The talks will resume in the winter.", []string{"the winter|DATE|2019-WI||2019-24"}},
		{"The talks stalled in the spring.", []string{"the spring|DATE|2019-SP||2019-21"}},
		{"The talks will resume in the spring.", []string{"the spring|DATE|2020-SP||2020-21"}},
	})
}

// TestMutantsReportedClauses: a reported clause counts its days from the day
// of the report; a season or a month after a year told is that year's.
func TestMutantsReportedClauses(t *testing.T) {
	fri := time.Date(1998, 2, 13, 12, 0, 0, 0, time.UTC)
	runCases(t, fri, []tc{
		{"The minister said on Tuesday that talks would resume on Friday.", []string{"Tuesday|DATE|1998-02-10||1998-02-10", "Friday|DATE|1998-02-13||1998-02-13"}},
		{"The minister said on Friday that talks would resume on Monday.", []string{"Friday|DATE|1998-02-13||1998-02-13", "Monday|DATE|1998-02-16||1998-02-16"}},
		{"He said last week that the plan will be ready by March.", []string{"last week|DATE|1998-W06||1998-02-02/1998-02-08", "March|DATE|1998-03||1998-03"}},
		{"In 1956 the declaration was signed. That autumn, the Diet approved it.", []string{"1956|DATE|1956||1956", "That autumn|DATE|1956-FA||1956-23"}},
	})
}

// TestMutantsRussianTenseAndForms: Russian tense from the verb, modifiers of
// durations, decades and centuries in their case forms, ranges of years.
func TestMutantsRussianTenseAndForms(t *testing.T) {
	runLangCases(t, russian, anchorSat, []tc{ // суббота, 15 июня 2019
		{"Визит состоялся в сентябре.", []string{"сентябре|DATE|2018-09||2018-09"}},
		{"Визит состоится в сентябре.", []string{"сентябре|DATE|2019-09||2019-09"}},
		{"Встреча прошла в понедельник.", []string{"понедельник|DATE|2019-06-10||2019-06-10"}},
		{"Встреча пройдет в понедельник.", []string{"понедельник|DATE|2019-06-17||2019-06-17"}},
		{"не менее трех лет", []string{"не менее трех лет|DURATION|P3Y|EQUAL_OR_MORE|-"}},
		{"почти 70 лет", []string{"почти 70 лет|DURATION|P70Y|LESS_THAN|-"}},
		{"в начале 1990-х годов", []string{"начале 1990-х годов|DATE|199|START|1990/1993"}},
		{"в конце 80-х", []string{"конце 80-х|DATE|198|END|1987/1989"}},
		{"в середине XX века", []string{"середине XX века|DATE|19|MID|194X/196X"}},
		{"в прошлом веке", []string{"прошлом веке|DATE|19||19XX"}},
		{"в этом веке", []string{"этом веке|DATE|20||20XX"}},
		{"в позапрошлом году", []string{"позапрошлом году|DATE|2017||2017"}},
		{"на позапрошлой неделе", []string{"позапрошлой неделе|DATE|2019-W22||2019-05-27/2019-06-02"}},
		{"в тот же день", []string{"тот же день|DATE|2019-06-15||2019-06-15"}},
		{"на следующий год", []string{"следующий год|DATE|2020||2020"}},
		{"в июле прошлого года", []string{"июле прошлого года|DATE|2018-07||2018-07"}},
		{"в июле этого года", []string{"июле этого года|DATE|2019-07||2019-07"}},
		{"в июле следующего года", []string{"июле следующего года|DATE|2020-07||2020-07"}},
		{"в начале июля", []string{"начале июля|DATE|2019-07|START|2019-07-01/2019-07-10"}},
		{"в конце июля", []string{"конце июля|DATE|2019-07|END|2019-07-21/2019-07-31"}},
		{"в 2020-м году", []string{"2020-м году|DATE|2020||2020"}},
		{"2020 г.", []string{"2020 г.|DATE|2020||2020"}},
		{"в 1990-х", []string{"1990-х|DATE|199||199X"}},
		{"в XXI веке", []string{"XXI веке|DATE|20||20XX"}},
		{"с 2001 по 2005 год", []string{"2001|DATE|2001||2001", "2005 год|DATE|2005||2005"}},
		{"в 2001–2005 годах", []string{"2001|DATE|2001||2001", "2005 годах|DATE|2005||2005"}},
		{"с 5 по 9 февраля", []string{"5|DATE|2019-02-05||2019-02-05", "9 февраля|DATE|2019-02-09||2019-02-09"}},
		{"ежемесячно", []string{"ежемесячно|SET|P1M||-"}},
		{"еженедельно", []string{"еженедельно|SET|P1W||-"}},
		{"В 1855 году подписали Симодский трактат. В 1875 году границу изменили. В 1905 году Япония получила Сахалин. В 1945 году СССР занял острова. В марте переговоры возобновились.",
			[]string{"1855 году|DATE|1855||1855", "1875 году|DATE|1875||1875", "1905 году|DATE|1905||1905", "1945 году|DATE|1945||1945", "марте|DATE|1945-03||1945-03"}},
	})
}

// TestMutantsJapaneseRelativeAndParts: Japanese tense from the sentence end,
// fiscal years, seasons and weekends relative to the anchor, parts of months
// and years, times of a numbered day.
func TestMutantsJapaneseRelativeAndParts(t *testing.T) {
	runLangCases(t, japanese, anchorSat, []tc{ // 2019年6月15日（土）
		{"昨年12月に会談した。", []string{"昨年12月|DATE|2018-12||2018-12"}},
		{"来年1月に会談する予定だ。", []string{"来年1月|DATE|2020-01||2020-01"}},
		{"12月に会談した。", []string{"12月|DATE|2018-12||2018-12"}},
		{"9月に会談する予定だ。", []string{"9月|DATE|2019-09||2019-09"}},
		{"9月に会談した。", []string{"9月|DATE|2018-09||2018-09"}},
		{"10月に訪問する。", []string{"10月|DATE|2019-10||2019-10"}},
		{"昨年度", []string{"昨年度|DATE|2018||2018"}},
		{"来年度", []string{"来年度|DATE|2020||2020"}},
		{"今年度", []string{"今年度|DATE|2019||2019"}},
		{"今週末", []string{"今週末|DATE|2019-W24-WE||2019-06-15/2019-06-16"}},
		{"昨冬", []string{"昨冬|DATE|2018-WI||2018-24"}},
		{"今夏", []string{"今夏|DATE|2019-SU||2019-22"}},
		{"来春", []string{"来春|DATE|2020-SP||2020-21"}},
		{"昨秋", []string{"昨秋|DATE|2018-FA||2018-23"}},
		{"今秋", []string{"今秋|DATE|2019-FA||2019-23"}},
		{"同日", []string{"同日|DATE|2019-06-15||2019-06-15"}},
		{"当日", []string{"当日|DATE|2019-06-15||2019-06-15"}},
		{"翌週", []string{"翌週|DATE|2019-W25||2019-06-17/2019-06-23"}},
		{"先月末", []string{"先月末|DATE|2019-05|END|2019-05-21/2019-05-31"}},
		{"来月初め", []string{"来月初め|DATE|2019-07|START|2019-07-01/2019-07-10"}},
		{"3月末", []string{"3月末|DATE|2019-03|END|2019-03-21/2019-03-31"}},
		{"3月初め", []string{"3月初め|DATE|2019-03|START|2019-03-01/2019-03-10"}},
		{"年内", []string{"年内|DATE|2019||2019"}},
		{"年末", []string{"年末|DATE|2019|END|2019-09/2019-12"}},
		{"年初", []string{"年初|DATE|2019|START|2019-01/2019-04"}},
		{"午前9時半", []string{"午前9時半|TIME|2019-06-15T09:30||2019-06-15"}},
		{"2日午後", []string{"2日午後|TIME|2019-06-02TAF||2019-06-02"}},
		{"5日夜", []string{"5日夜|TIME|2019-06-05TNI||2019-06-05"}},
		{"同日夜", []string{"同日夜|TIME|2019-06-15TNI||2019-06-15"}},
		{"一昨年", []string{"一昨年|DATE|2017||2017"}},
		{"再来年", []string{"再来年|DATE|2021||2021"}},
		{"おととし", []string{"おととし|DATE|2017||2017"}},
		{"半世紀", []string{"半世紀|DURATION|P50Y||-"}},
		{"過去5年間", []string{"過去5年間|DURATION|P5Y||-"}},
	})
}

// TestMutantsRarerEnglishForms: forms that the families above leave out
// (fortnights, half units, eras, abbreviated weekdays, relative months,
// clock phrases, recurring dates and parts of days).
func TestMutantsRarerEnglishForms(t *testing.T) {
	runCases(t, anchorSat, []tc{ // Saturday 15 June 2019
		{"in the first half of March 2023", []string{"the first half of March 2023|DATE|2023-03||2023-03-01/2023-03-15"}},
		{"They met again next March.", []string{"next March|DATE|2020-03||2020-03"}},
		{"They met last September.", []string{"last September|DATE|2018-09||2018-09"}},
		{"They met last March.", []string{"last March|DATE|2019-03||2019-03"}},
		{"They will meet next July.", []string{"next July|DATE|2019-07||2019-07"}},
		{"Sales fell in the quarter.", []string{"the quarter|DATE|2019-Q1||2019-01/2019-03"}},
		{"One day, he said, the islands would return.", []string{"One day|DATE|PAST_REF||-"}},
		{"He hopes the islands could one day return.", []string{"one day|DATE|FUTURE_REF||-"}},
		{"for a fortnight", []string{"a fortnight|DURATION|P2W||-"}},
		{"every fortnight", []string{"every fortnight|SET|P2W||-"}},
		{"one and a half days", []string{"one and a half days|DURATION|P1DT12H||-"}},
		{"a day and a half", []string{"a day and a half|DURATION|P1DT12H||-"}},
		{"two and a half hours", []string{"two and a half hours|DURATION|PT2H30M||-"}},
		{"the 480s BC", []string{"the 480s BC|DATE|BC048||-"}},
		{"in 480 B.C.", []string{"480 B.C.|DATE|BC0480||-"}},
		{"in the 5th century BC", []string{"the 5th century BC|DATE|BC04||-"}},
		{"in the fifth century", []string{"the fifth century|DATE|04||04XX"}},
		{"the fifteenth century", []string{"the fifteenth century|DATE|14||14XX"}},
		{"In December and January 1942 they fought.", []string{"December|DATE|1941-12||1941-12", "January 1942|DATE|1942-01||1942-01"}},
		{"on Sundays mornings", []string{"Sundays mornings|SET|XXXX-WXX-7TMO||-"}},
		{"Wed., Jan. 30 meeting", []string{"Wed., Jan. 30|DATE|2019-01-30||2019-01-30"}},
		{"Sat, 30 Jan meeting", []string{"Sat, 30 Jan|DATE|2019-01-30||2019-01-30"}},
		{"in the fall of 1956", []string{"the fall of 1956|DATE|1956-FA||1956-23"}},
		{"in the fall, talks resumed", []string{"the fall|DATE|2019-FA||2019-23"}},
		{"next years", []string{"next years|DATE|FUTURE_REF||-"}},
		{"recent days", []string{"recent days|DATE|PAST_REF||-"}},
		{"past weeks", []string{"past weeks|DATE|PAST_REF||-"}},
		{"in the next months", []string{"the next months|DURATION|PXM||-"}},
		{"the previous Friday evening", []string{"the previous Friday evening|TIME|2019-06-14TEV||2019-06-14"}},
		{"the following Monday morning", []string{"the following Monday morning|TIME|2019-06-17TMO||2019-06-17"}},
		{"in the 1988 third quarter", []string{"the 1988 third quarter|DATE|1988-Q3||1988-07/1988-09"}},
		{"at 4 in the morning", []string{"4 in the morning|TIME|2019-06-15T04:00||2019-06-15"}},
		{"at 8 in the evening", []string{"8 in the evening|TIME|2019-06-15T20:00||2019-06-15"}},
		{"at 10 at night", []string{"10 at night|TIME|2019-06-15T22:00||2019-06-15"}},
		{"at 9 o'clock", []string{"9 o'clock|TIME|2019-06-15T09:00||2019-06-15"}},
		{"noon Thursday", []string{"noon Thursday|TIME|2019-06-13T12:00||2019-06-13"}},
		{"10 p.m. Wednesday", []string{"10 p.m. Wednesday|TIME|2019-06-12T22:00||2019-06-12"}},
		{"every September 3", []string{"every September 3|SET|XXXX-09-03||-"}},
		{"every Feb. 7", []string{"every Feb. 7|SET|XXXX-02-07||-"}},
		{"every winter", []string{"every winter|SET|XXXX-WI||-"}},
		{"each season", []string{"each season|SET|P3M||-"}},
		{"every evening", []string{"every evening|SET|XXXX-XX-XXTEV||-"}},
		{"every Monday morning", []string{"every Monday morning|SET|XXXX-WXX-1TMO||-"}},
		{"every three days", []string{"every three days|SET|P3D||-"}},
		{"every six months", []string{"every six months|SET|P6M||-"}},
		{"every 10 years", []string{"every 10 years|SET|P10Y||-"}},
		{"ten years hence", []string{"ten years hence|DATE|2029||2029"}},
		{"two weeks from now", []string{"two weeks from now|DATE|2019-W26||2019-06-24/2019-06-30"}},
		{"a day later", []string{"a day|DURATION|P1D||-"}},
		{"the day after", []string{"the day after|DATE|2019-06-16||2019-06-16"}},
		{"the week before", []string{"the week before|DATE|2019-W23||2019-06-03/2019-06-09"}},
		{"a month earlier", []string{"a month earlier|DATE|2019-05||2019-05"}},
	})
	runCases(t, anchorNewYear, []tc{ // the quarter before the first is the last year's fourth
		{"Sales fell in the quarter.", []string{"the quarter|DATE|2020-Q4||2020-10/2020-12"}},
	})
}

// TestMutantsRarerRussianAndJapaneseForms: clock times after a date, numeric
// dates with "г.", "тому назад", relative months, parts of relative periods;
// Japanese parts of months, years with seasons, approximate durations,
// two-digit years and clock times.
func TestMutantsRarerRussianAndJapaneseForms(t *testing.T) {
	runLangCases(t, russian, anchorSat, []tc{
		{"Он прибыл 3 марта 2019 г. в 11 часов ночи.", []string{"3 марта 2019 г. в 11 часов ночи|TIME|2019-03-03T23:00||2019-03-03"}},
		{"Он прибыл 3 марта 2019 г. в 2 часа ночи.", []string{"3 марта 2019 г. в 2 часа ночи|TIME|2019-03-03T02:00||2019-03-03"}},
		{"Документ от 30.01.2019 г. опубликован.", []string{"30.01.2019 г.|DATE|2019-01-30||2019-01-30"}},
		{"Документ от 30.01.2019 г опубликован.", []string{"30.01.2019 г|DATE|2019-01-30||2019-01-30"}},
		{"три года тому назад", []string{"три года тому назад|DATE|2016||2016"}},
		{"два дня назад", []string{"два дня назад|DATE|2019-06-13||2019-06-13"}},
		{"несколько дней назад", []string{"несколько дней назад|DATE|PAST_REF||-"}},
		{"в прошлом январе", []string{"прошлом январе|DATE|2019-01||2019-01"}},
		{"в этом мае", []string{"этом мае|DATE|2019-05||2019-05"}},
		{"в следующем марте", []string{"следующем марте|DATE|2020-03||2020-03"}},
		{"в начале века", []string{"начале века|DATE|20|START|200X/203X"}},
		{"в середине этого года", []string{"середине этого года|DATE|2019|MID|2019-05/2019-08"}},
		{"в конце этого года", []string{"конце этого года|DATE|2019|END|2019-09/2019-12"}},
		{"в начале следующего месяца", []string{"начале следующего месяца|DATE|2019-07|START|2019-07-01/2019-07-10"}},
		{"к концу года", []string{"концу года|DATE|2019|END|2019-09/2019-12"}},
		{"в конце прошлого года", []string{"конце прошлого года|DATE|2018|END|2018-09/2018-12"}},
		{"около 30 лет", []string{"около 30 лет|DURATION|P30Y|APPROX|-"}},
		{"свыше 20 лет", []string{"свыше 20 лет|DURATION|P20Y|MORE_THAN|-"}},
		{"в тот же год", []string{"тот же год|DATE|2019||2019"}},
		{"того же года", []string{"того же года|DATE|2019||2019"}},
		{"в августе того же года", []string{"августе того же года|DATE|2019-08||2019-08"}},
	})
	runLangCases(t, japanese, anchorSat, []tc{
		{"2018年12月末に会談した。", []string{"2018年12月末|DATE|2018-12|END|2018-12-21/2018-12-31"}},
		{"3月下旬", []string{"3月下旬|DATE|2019-03|END|2019-03-21/2019-03-31"}},
		{"12月上旬", []string{"12月上旬|DATE|2018-12|START|2018-12-01/2018-12-10"}},
		{"12月中旬", []string{"12月中旬|DATE|2018-12|MID|2018-12-11/2018-12-20"}},
		{"来月末", []string{"来月末|DATE|2019-07|END|2019-07-21/2019-07-31"}},
		{"2019年末", []string{"2019年末|DATE|2019|END|2019-09/2019-12"}},
		{"2019年春", []string{"2019年春|DATE|2019-SP||2019-21"}},
		{"2019年秋", []string{"2019年秋|DATE|2019-FA||2019-23"}},
		{"昨年春", []string{"昨年春|DATE|2018-SP||2018-21"}},
		{"約30年", []string{"約30年|DURATION|P30Y|APPROX|-"}},
		{"およそ10年", []string{"およそ10年|DURATION|P10Y|APPROX|-"}},
		{"30年近く", []string{"30年近く|DURATION|P30Y|LESS_THAN|-"}},
		{"30年あまり", []string{"30年あまり|DURATION|P30Y|MORE_THAN|-"}},
		{"2000年代", []string{"2000年代|DATE|200||200X"}},
		{"45年8月", []string{"45年8月|DATE|1945-08||1945-08"}},
		{"19年5月", []string{"19年5月|DATE|2019-05||2019-05"}},
		{"令和元年", []string{"令和元年|DATE|2019||2019"}},
		{"平成元年1月8日", []string{"平成元年1月8日|DATE|1989-01-08||1989-01-08"}},
		{"今年12月", []string{"今年12月|DATE|2019-12||2019-12"}},
		{"昨年1月", []string{"昨年1月|DATE|2018-01||2018-01"}},
		{"2019年1月1日午前0時", []string{"2019年1月1日午前0時|TIME|2019-01-01T00:00||2019-01-01"}},
		{"午後12時", []string{"午後12時|TIME|2019-06-15T12:00||2019-06-15"}},
		{"10時半", []string{"10時半|TIME|2019-06-15T10:30||2019-06-15"}},
		{"日本時間3日午前", []string{"3日午前|TIME|2019-06-03TMO||2019-06-03"}},
	})
}

// TestMutantsWrittenForms: how a date is written (dashes, ordinals, case,
// abbreviations, apostrophes, possessives), ranges, holidays, clock forms and
// the words around "today" that narrow it.
func TestMutantsWrittenForms(t *testing.T) {
	runCases(t, anchor2024, []tc{ // Tuesday 30 January 2024
		{"The index rose to 1,945.5 points.", nil},
		{"A crowd of 2,019 people gathered.", nil},
		{"Resolution 1945 of the council", nil},
		{"in the 2090s", []string{"the 2090s|DATE|209||209X"}},
		{"In 1945–1946 the islands were seized.", []string{"1945|DATE|1945||1945", "1946|DATE|1946||1946"}},
		{"From 1945—1956 no treaty was signed.", []string{"1945|DATE|1945||1945", "1956|DATE|1956||1956"}},
		{"The 1956–57 talks failed.", []string{"1956|DATE|1956||1956", "57|DATE|1957||1957"}},
		{"from 1 to 5 March", []string{"1|DATE|2024-03-01||2024-03-01", "5 March|DATE|2024-03-05||2024-03-05"}},
		{"from March 1 to 5", []string{"March 1|DATE|2024-03-01||2024-03-01", "5|DATE|2024-03-05||2024-03-05"}},
		{"1-5 March 2001", []string{"1|DATE|2001-03-01||2001-03-01", "5 March 2001|DATE|2001-03-05||2001-03-05"}},
		{"on March 1st", []string{"March 1st|DATE|2024-03-01||2024-03-01"}},
		{"on the 1st of March", []string{"the 1st of March|DATE|2024-03-01||2024-03-01"}},
		{"on 1st March 2001", []string{"1st March 2001|DATE|2001-03-01||2001-03-01"}},
		{"the 21st of June", []string{"the 21st of June|DATE|2023-06-21||2023-06-21"}},
		{"on June 21st, 2001", []string{"June 21st, 2001|DATE|2001-06-21||2001-06-21"}},
		{"Jan 5 2001", []string{"Jan 5 2001|DATE|2001-01-05||2001-01-05"}},
		{"5 Jan. 2001", []string{"5 Jan. 2001|DATE|2001-01-05||2001-01-05"}},
		{"JANUARY 30, 2024", []string{"JANUARY 30, 2024|DATE|2024-01-30||2024-01-30"}},
		{"january 30, 2024", []string{"january 30, 2024|DATE|2024-01-30||2024-01-30"}},
		{"Monday, January 29", []string{"Monday, January 29|DATE|2024-01-29||2024-01-29"}},
		{"Mon., Jan. 29", []string{"Mon., Jan. 29|DATE|2024-01-29||2024-01-29"}},
		{"on Tuesday, 30 January 2024", []string{"Tuesday, 30 January 2024|DATE|2024-01-30||2024-01-30"}},
		{"“Tomorrow we sign,” he said.", []string{"Tomorrow|DATE|2024-01-31||2024-01-31"}},
		{"Article 15 of the 1956 declaration", []string{"1956|DATE|1956||1956"}},
		{"a 1956-style declaration", []string{"1956|DATE|1956||1956"}},
		{"2024's budget", []string{"2024|DATE|2024||2024"}},
		{"the 1990s-era policy", []string{"the 1990s|DATE|199||199X"}},
		{"the '56 declaration", []string{"'56|DATE|1956||1956"}},
		{"summer 2023's heat", []string{"summer 2023|DATE|2023-SU||2023-22"}},
		{"on Christmas Day", []string{"Christmas Day|DATE|2023-12-25||2023-12-25"}},
		{"on New Year's Day", []string{"New Year's Day|DATE|2024-01-01||2024-01-01"}},
		{"on Christmas Eve", []string{"Christmas Eve|DATE|2023-12-24||2023-12-24"}},
		{"on Northern Territories Day", []string{"Northern Territories Day|DATE|2024-02-07||2024-02-07"}},
		{"the summer of 2019", []string{"the summer of 2019|DATE|2019-SU||2019-22"}},
		{"in the winter of 1945", []string{"the winter of 1945|DATE|1945-WI||1945-24"}},
		{"from 2001 until 2005", []string{"2001|DATE|2001||2001", "2005|DATE|2005||2005"}},
		{"since 1991", []string{"1991|DATE|1991||1991"}},
		{"during the 1990s", []string{"the 1990s|DATE|199||199X"}},
		{"in 2023, 2024 and 2025", []string{"2023|DATE|2023||2023", "2024|DATE|2024||2024", "2025|DATE|2025||2025"}},
		{"Q1", []string{"Q1|DATE|2024-Q1||2024-01/2024-03"}},
		{"the first half", []string{"the first half|DATE|2024-H1||2024-01/2024-06"}},
		{"the second half", []string{"the second half|DATE|2024-H2||2024-07/2024-12"}},
		{"FY2023", []string{"FY2023|DATE|2023||2023"}},
		{"FY 2023", []string{"FY 2023|DATE|2023||2023"}},
		{"8:24 a.m. Moscow time", []string{"8:24 a.m.|TIME|2024-01-30T08:24||2024-01-30"}},
		{"08:24 GMT", []string{"08:24 GMT|TIME|2024-01-30T08:24||2024-01-30"}},
		{"8am", []string{"8am|TIME|2024-01-30T08:00||2024-01-30"}},
		{"8 am", []string{"8 am|TIME|2024-01-30T08:00||2024-01-30"}},
		{"at 9pm", []string{"9pm|TIME|2024-01-30T21:00||2024-01-30"}},
		{"at noon on Monday", []string{"noon on Monday|TIME|2024-01-29T12:00||2024-01-29"}},
		{"at midnight on Friday", []string{"midnight on Friday|TIME|2024-01-26T24:00||2024-01-26"}},
		{"the early hours of Monday", []string{"the early hours of Monday|TIME|2024-01-29TMO||2024-01-29"}},
		{"early Monday", []string{"early Monday|DATE|2024-01-29|START|2024-01-29"}},
		{"late Tuesday", []string{"late Tuesday|DATE|2024-01-30|END|2024-01-30"}},
		{"earlier today", []string{"earlier today|DATE|2024-01-30||2024-01-30"}},
		{"later this week", []string{"later this week|DATE|2024-W05||2024-01-29/2024-02-04"}},
		{"later this month", []string{"later this month|DATE|2024-01||2024-01"}},
		{"later this year", []string{"later this year|DATE|2024||2024"}},
		{"earlier this week", []string{"earlier this week|DATE|2024-W05||2024-01-29/2024-02-04"}},
		{"these days", []string{"these days|DATE|PRESENT_REF||-"}},
		{"nowadays", []string{"nowadays|DATE|PRESENT_REF||-"}},
		{"in the past", []string{"the past|DATE|PAST_REF||-"}},
		{"in the near future", []string{"the near future|DATE|FUTURE_REF||-"}},
	})
}

// TestMutantsQuarterAYearAgo: "the quarter a year ago" is a quarter of the
// year before the report's, never one after it.
func TestMutantsQuarterAYearAgo(t *testing.T) {
	for _, text := range []string{"Sales rose from the quarter a year ago.", "Sales rose from the quarter a year earlier."} {
		ms := Tag(text, anchor2024)
		if len(ms) != 1 || !strings.HasPrefix(ms[0].Text, "the quarter a year") || ms[0].Value >= "2024" || !strings.Contains(ms[0].Value, "-Q") {
			t.Errorf("%q: %+v; want one quarter before 2024", text, ms)
		}
	}
}

// TestMutantsMonthDay: the month and day of a value with or without a year,
// and the values that name no day.
func TestMutantsMonthDay(t *testing.T) {
	for _, c := range []struct {
		value  string
		mo, d  int
		wantOK bool
	}{
		{"XXXX-01-30", 1, 30, true}, {"2024-01-30T08:24", 1, 30, true}, {"XXXX-12-31", 12, 31, true},
		{"1956-10-01", 10, 1, true}, {"2024-01", 0, 0, false}, {"2024-W05", 0, 0, false},
		{"2024-13-01", 0, 0, false}, {"2024-00-10", 0, 0, false}, {"2024-01-32", 0, 0, false},
		{"2024-01-00", 0, 0, false}, {"2024/01/30", 0, 0, false}, {"2024-01/30", 0, 0, false},
		{"2024-1-30x", 0, 0, false}, {"2024-01-3x", 0, 0, false}, {"XXXX-XX-XX", 0, 0, false},
		{"2024-Q1-01", 0, 0, false}, {"PRESENT_REF", 0, 0, false},
	} {
		mo, d, ok := MonthDay(Mention{Type: Date, Value: c.value})
		if mo != c.mo || d != c.d || ok != c.wantOK {
			t.Errorf("MonthDay(%q) = %d, %d, %v; want %d, %d, %v", c.value, mo, d, ok, c.mo, c.d, c.wantOK)
		}
	}
}

// TestMutantsForLanguageCodes: two-letter codes with a region after "-" or
// "_", in either case; anything else is English and not ok.
func TestMutantsForLanguageCodes(t *testing.T) {
	for _, c := range []struct {
		code, want string
		ok         bool
	}{
		{"EN", "en", true}, {"en-GB", "en", true}, {"RU", "ru", true}, {"ru_RU", "ru", true},
		{"JA", "ja", true}, {"jp", "ja", true}, {"JP", "ja", true}, {"ja-JP", "ja", true},
		{"rus", "en", false}, {"r", "en", false}, {"ruRU", "en", false}, {"de-DE", "en", false},
	} {
		tg, ok := ForLanguage(c.code)
		if tg.Language() != c.want || ok != c.ok {
			t.Errorf("ForLanguage(%q) = %s, %v; want %s, %v", c.code, tg.Language(), ok, c.want, c.ok)
		}
	}
}

// TestMutantsJapaneseNewsForms: the forms of Japanese news: full-width
// digits, weekday brackets, days of the month alone or after a relative
// month, times with すぎ and ごろ, era years in kanji, letter eras, parts of
// months, weekdays by tense, sets by counts and parts of days.
func TestMutantsJapaneseNewsForms(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{ // 2024年1月30日（火）
		{"首相は２０２３年１２月２５日に訪問した。", []string{"２０２３年１２月２５日|DATE|2023-12-25||2023-12-25"}},
		{"首相は2023年12月25日(月)に訪問した。", []string{"2023年12月25日|DATE|2023-12-25||2023-12-25"}},
		{"首相は12月25日（月）に訪問した。", []string{"12月25日|DATE|2023-12-25||2023-12-25"}},
		{"25日に訪問した。", []string{"25日|DATE|2024-01-25||2024-01-25"}},
		{"来月25日に訪問する。", []string{"来月25日|DATE|2024-02-25||2024-02-25"}},
		{"今月25日", []string{"今月25日|DATE|2024-01-25||2024-01-25"}},
		{"先月25日", []string{"先月25日|DATE|2023-12-25||2023-12-25"}},
		{"昨年12月25日", []string{"昨年12月25日|DATE|2023-12-25||2023-12-25"}},
		{"来年3月1日", []string{"来年3月1日|DATE|2025-03-01||2025-03-01"}},
		{"2024年1月30日午後3時", []string{"2024年1月30日午後3時|TIME|2024-01-30T15:00||2024-01-30"}},
		{"1月30日午前10時半", []string{"1月30日午前10時半|TIME|2024-01-30T10:30||2024-01-30"}},
		{"29日夜", []string{"29日夜|TIME|2024-01-29TNI||2024-01-29"}},
		{"30日朝", []string{"30日朝|TIME|2024-01-30TMO||2024-01-30"}},
		{"午後8時すぎ", []string{"午後8時すぎ|TIME|2024-01-30T20:00|AFTER|2024-01-30"}},
		{"午前11時ごろ", []string{"午前11時ごろ|TIME|2024-01-30T11:00|APPROX|2024-01-30"}},
		{"ロシアは1945年8月に北方領土を占領した。", []string{"1945年8月|DATE|1945-08||1945-08"}},
		{"1956年の日ソ共同宣言", []string{"1956年|DATE|1956||1956"}},
		{"平成13年3月25日", []string{"平成13年3月25日|DATE|2001-03-25||2001-03-25"}},
		{"令和5年度", []string{"令和5年度|DATE|2023||2023"}},
		{"R5年度", []string{"R5年度|DATE|2023||2023"}},
		{"H30年度", []string{"H30年度|DATE|2018||2018"}},
		{"S20年", []string{"S20年|DATE|1945||1945"}},
		{"令和５年", []string{"令和５年|DATE|2023||2023"}},
		{"平成三十一年", []string{"平成三十一年|DATE|2019||2019"}},
		{"昭和六十四年", []string{"昭和六十四年|DATE|1989||1989"}},
		{"大正十五年", []string{"大正十五年|DATE|1926||1926"}},
		{"明治四十五年", []string{"明治四十五年|DATE|1912||1912"}},
		{"今年春", []string{"今年春|DATE|2024-SP||2024-21"}},
		{"来年秋", []string{"来年秋|DATE|2025-FA||2025-23"}},
		{"昨夏", []string{"昨夏|DATE|2023-SU||2023-22"}},
		{"今月上旬", []string{"今月上旬|DATE|2024-01|START|2024-01-01/2024-01-10"}},
		{"先月中旬", []string{"先月中旬|DATE|2023-12|MID|2023-12-11/2023-12-20"}},
		{"来月下旬", []string{"来月下旬|DATE|2024-02|END|2024-02-21/2024-02-29"}},
		{"1月下旬", []string{"1月下旬|DATE|2024-01|END|2024-01-21/2024-01-31"}},
		{"月曜日", []string{"月曜日|DATE|2024-01-29||2024-01-29"}},
		{"火曜", []string{"火曜|DATE|2024-01-30||2024-01-30"}},
		{"金曜日に会談した。", []string{"金曜日|DATE|2024-01-26||2024-01-26"}},
		{"金曜日に会談する。", []string{"金曜日|DATE|2024-02-02||2024-02-02"}},
		{"3週間前", []string{"3週間前|DATE|2024-W02||2024-01-08/2024-01-14"}},
		{"4年ぶり", []string{"4年ぶり|DURATION|P4Y||-"}},
		{"毎日", []string{"毎日|SET|P1D||-"}},
		{"毎朝", []string{"毎朝|SET|XXXX-XX-XXTMO||-"}},
		{"毎晩", []string{"毎晩|SET|XXXX-XX-XXTNI||-"}},
		{"毎週", []string{"毎週|SET|P1W||-"}},
		{"年1回", []string{"年1回|SET|P1Y||-"}},
		{"月2回", []string{"月2回|SET|P1M||-"}},
		{"1年間", []string{"1年間|DURATION|P1Y||-"}},
		{"70年余り", []string{"70年余り|DURATION|P70Y|MORE_THAN|-"}},
		{"約70年間", []string{"約70年間|DURATION|P70Y|APPROX|-"}},
		{"ここ10年", []string{"ここ10年|DURATION|P10Y||-"}},
		{"過去10年", []string{"過去10年|DURATION|P10Y||-"}},
		{"90年代", []string{"90年代|DATE|199||199X"}},
		{"21世紀", []string{"21世紀|DATE|20||20XX"}},
	})
}

// TestMutantsRussianNewsForms: datelines, clock times with a zone, weekdays
// with their dates, parts of days, parts of relative years, ranges of months,
// decades, centuries, durations after "спустя" and sets.
func TestMutantsRussianNewsForms(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{ // вторник, 30 января 2024
		{"МОСКВА, 30 января. /ТАСС/. Министр заявил вчера.", []string{"30 января|DATE|2024-01-30||2024-01-30", "вчера|DATE|2024-01-29||2024-01-29"}},
		{"Пресс-конференция состоится 2 февраля в 11:00 мск.", []string{"2 февраля в 11:00 мск|TIME|2024-02-02T11:00||2024-02-02"}},
		{"Переговоры прошли 29 января 2024 года в 15:00 по московскому времени.", []string{"29 января 2024 года в 15:00 по московскому времени|TIME|2024-01-29T15:00||2024-01-29"}},
		{"Встреча состоялась в понедельник, 29 января.", []string{"понедельник|DATE|2024-01-29||2024-01-29", "29 января|DATE|2024-01-29||2024-01-29"}},
		{"Во вторник, 30 января, министр выступил.", []string{"вторник|DATE|2024-01-30||2024-01-30", "30 января|DATE|2024-01-30||2024-01-30"}},
		{"В пятницу министр выступил.", []string{"пятницу|DATE|2024-01-26||2024-01-26"}},
		{"в среду утром", []string{"среду утром|TIME|2024-01-24TMO||2024-01-24"}},
		{"в четверг вечером", []string{"четверг вечером|TIME|2024-01-25TEV||2024-01-25"}},
		{"сегодня утром", []string{"сегодня утром|TIME|2024-01-30TMO||2024-01-30"}},
		{"в середине следующего года", []string{"середине следующего года|DATE|2025|MID|2025-05/2025-08"}},
		{"с начала года", []string{"начала года|DATE|2024|START|2024-01/2024-04"}},
		{"с начала 2023 года", []string{"начала 2023 года|DATE|2023|START|2023-01/2023-04"}},
		{"до конца года", []string{"конца года|DATE|2024|END|2024-09/2024-12"}},
		{"до конца 2024 года", []string{"конца 2024 года|DATE|2024|END|2024-09/2024-12"}},
		{"в 2024-м", []string{"2024-м|DATE|2024||2024"}},
		{"в январе-марте 2023 года", []string{"январе|DATE|2023-01||2023-01", "марте 2023 года|DATE|2023-03||2023-03"}},
		{"за 2023 год", []string{"2023 год|DATE|2023||2023"}},
		{"с 1991 года по настоящее время", []string{"1991 года|DATE|1991||1991", "настоящее время|DATE|PRESENT_REF||-"}},
		{"спустя месяц", []string{"месяц|DURATION|P1M||-"}},
		{"спустя десять лет", []string{"десять лет|DURATION|P10Y||-"}},
		{"за последние пять лет", []string{"пять лет|DURATION|P5Y||-"}},
		{"1990-е", []string{"1990-е|DATE|199||199X"}},
		{"90-е", []string{"90-е|DATE|199||199X"}},
		{"в 1950-х — 1960-х годах", []string{"1950-х|DATE|195||195X", "1960-х годах|DATE|196||196X"}},
		{"в XVIII веке", []string{"XVIII веке|DATE|17||17XX"}},
		{"в конце XX века", []string{"конце XX века|DATE|19|END|197X/199X"}},
		{"в начале нынешнего века", []string{"начале нынешнего века|DATE|20|START|200X/203X"}},
		{"во второй половине прошлого века", []string{"второй половине прошлого века|DATE|19|END|195X/199X"}},
		{"в 1945 г.", []string{"1945 г.|DATE|1945||1945"}},
		{"в 1945-м", []string{"1945-м|DATE|1945||1945"}},
		{"1945 год", []string{"1945 год|DATE|1945||1945"}},
		{"каждую пятницу", []string{"каждую пятницу|SET|XXXX-WXX-5||-"}},
	})
}

// TestMutantsLessCommonRules: one case of each rule that the tables above do
// not reach (years in words, points ahead, fiscal years, adjectives of
// quarters and lengths, year-end, prefixed years, anniversaries, slashes,
// Russian adjectives of length and frequencies).
func TestMutantsLessCommonRules(t *testing.T) {
	runCases(t, anchorSat, []tc{ // Saturday 15 June 2019
		{"In 1945 the war ended. In the closing days of the war the Soviet Union attacked.", []string{"1945|DATE|1945||1945", "the closing days of the war|DATE|1945|END|1945-09/1945-12"}},
		{"He was born in nineteen ninety-six.", []string{"nineteen ninety-six|DATE|1996||1996"}},
		{"in the year two thousand", []string{"the year two thousand|DATE|2000||2000"}},
		{"nineteen forty-five", []string{"nineteen forty-five|DATE|1945||1945"}},
		{"The bonds will be redeemed in five years.", []string{"five years|DATE|2024||2024"}},
		{"The bonds will be redeemed in a year and a half.", []string{"a year and a half|DURATION|P1Y6M||-"}},
		{"In the weeks ahead the talks will resume.", []string{"the weeks ahead|DURATION|PXW||-"}},
		{"Revenue in the latest fiscal year rose.", []string{"the latest fiscal year|DATE|2018||2018"}},
		{"Revenue in the current fiscal year rose.", []string{"the current fiscal year|DATE|2019||2019"}},
		{"the third-quarter loss", []string{"third-quarter|DATE|2018-Q3||2018-07/2018-09"}},
		{"at a later date", []string{"a later date|DATE|FUTURE_REF||-"}},
		{"in the near term", []string{"the near term|DATE|FUTURE_REF||-"}},
		{"for a while", []string{"a while|DURATION|PXX||-"}},
		{"in the decades ahead", []string{"the decades ahead|DURATION|PXDE||-"}},
		{"over the years", []string{"the years|DURATION|PXY||-"}},
		{"the year-earlier quarter", []string{"the year-earlier quarter|DATE|2018-Q1||2018-01/2018-03"}},
		{"at year-end", []string{"year-end|DATE|2019|END|2019-09/2019-12"}},
		{"by year end", []string{"year end|DATE|2019|END|2019-09/2019-12"}},
		{"by the year's end", []string{"the year's end|DATE|2019|END|2019-09/2019-12"}},
		{"post-1959 politics", []string{"post-1959|DATE|1959||1959"}},
		{"pre-1945 borders", []string{"pre-1945|DATE|1945||1945"}},
		{"the mid-1990s", []string{"the mid-1990s|DATE|199|MID|1993/1996"}},
		{"the decades-long dispute", []string{"decades-long|DURATION|PXDE||-"}},
		{"a decade-long war", []string{"decade-long|DURATION|P1DE||-"}},
		{"a two-year term", []string{"two-year|DURATION|P2Y||-"}},
		{"around 7:15 p.m.", []string{"around 7:15 p.m.|TIME|2019-06-15T19:15|APPROX|2019-06-15"}},
		{"about Nov. 1", []string{"about Nov. 1|DATE|2018-11-01|APPROX|2018-11-01"}},
		{"the day before last Tuesday", []string{"day before last Tuesday|DATE|2019-06-10||2019-06-10"}},
	})
	runLangCases(t, japanese, anchorSat, []tc{
		{"40年前のこの日", []string{"40年前|DATE|1979||1979", "この日|DATE|1979-06-15||1979-06-15"}},
		{"1855年のこの日", []string{"1855年|DATE|1855||1855", "この日|DATE|1855-06-15||1855-06-15"}},
		{"2019/6/29", []string{"2019/6/29|DATE|2019-06-29||2019-06-29"}},
		{"2019/6/29 18:14", []string{"2019/6/29 18:14|TIME|2019-06-29T18:14||2019-06-29"}},
		{"2023(令和5)年2月7日", []string{"2023(令和5)年2月7日|DATE|2023-02-07||2023-02-07"}},
		{"秋に会談した", []string{"秋|DATE|2018-FA||2018-23"}},
		{"春に会談する予定だ", []string{"春|DATE|2020-SP||2020-21"}},
	})
	runLangCases(t, russian, anchorSat, []tc{
		{"десятки раз в год", []string{"десятки раз в год|SET|P1Y||-"}},
		{"трехдневный визит", []string{"трехдневный|DURATION|P3D||-"}},
		{"которое десятилетие", []string{"которое десятилетие|DURATION|PXDE||-"}},
		{"который год", []string{"который год|DURATION|PXY||-"}},
		{"три часа десять минут", []string{"три часа десять минут|DURATION|PT3H10M||-"}},
		{"пятилетний план", []string{"пятилетний|DURATION|P5Y||-"}},
		{"двухнедельный срок", []string{"двухнедельный|DURATION|P2W||-"}},
	})
}

// TestMutantsClockLimits: a clock time ("２４：００" after a date, "24時")
// takes hours up to 24 and minutes up to 59; hour 25 is no time.
func TestMutantsClockLimits(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"２０２４年１月３０日 ２４：００", []string{"２０２４年１月３０日 ２４：００|TIME|2024-01-30T24:00||2024-01-30"}},
		{"２０２４年１月３０日 ２３：５９", []string{"２０２４年１月３０日 ２３：５９|TIME|2024-01-30T23:59||2024-01-30"}},
		{"２０２４年１月３０日 ２５：００", []string{"２０２４年１月３０日|DATE|2024-01-30||2024-01-30"}},
		{"24時に閉店した。", []string{"24時|TIME|2024-01-30T24:00||2024-01-30"}},
		{"25時に閉店した。", nil},
	})
}

// TestMutantsCalendarArithmetic: relative and anaphoric expressions at
// anchors where the calendar is awkward: a leap day, the 31st of a month,
// the last day of a year with 53 ISO weeks, the first day of a year.
func TestMutantsCalendarArithmetic(t *testing.T) {
	runCases(t, time.Date(2020, 2, 29, 8, 0, 0, 0, time.UTC), []tc{
		{"a year ago", []string{"a year ago|DATE|2019||2019"}},
		{"a month ago", []string{"a month ago|DATE|2020-01||2020-01"}},
		{"one month ago", []string{"one month ago|DATE|2020-01||2020-01"}},
		{"next month", []string{"next month|DATE|2020-03||2020-03"}},
		{"last month", []string{"last month|DATE|2020-01||2020-01"}},
		{"last year", []string{"last year|DATE|2019||2019"}},
		{"this week", []string{"this week|DATE|2020-W09||2020-02-24/2020-03-01"}},
		{"last week", []string{"last week|DATE|2020-W08||2020-02-17/2020-02-23"}},
		{"next week", []string{"next week|DATE|2020-W10||2020-03-02/2020-03-08"}},
		{"two weeks ago", []string{"two weeks ago|DATE|2020-W07||2020-02-10/2020-02-16"}},
		{"three days ago", []string{"three days ago|DATE|2020-02-26||2020-02-26"}},
		{"yesterday", []string{"yesterday|DATE|2020-02-28||2020-02-28"}},
		{"tomorrow", []string{"tomorrow|DATE|2020-03-01||2020-03-01"}},
		{"the day after tomorrow", []string{"day after tomorrow|DATE|2020-03-02||2020-03-02"}},
		{"next Friday", []string{"next Friday|DATE|2020-03-06||2020-03-06"}},
		{"last Saturday", []string{"last Saturday|DATE|2020-02-22||2020-02-22"}},
		{"on Saturday", []string{"Saturday|DATE|2020-02-29||2020-02-29"}},
		{"on Sunday", []string{"Sunday|DATE|2020-02-23||2020-02-23"}},
		{"They will meet on Sunday.", []string{"Sunday|DATE|2020-03-01||2020-03-01"}},
		{"in the second half of February", []string{"the second half of February|DATE|2020-02|END|2020-02-15/2020-02-29"}},
		{"in the first half of February", []string{"the first half of February|DATE|2020-02|START|2020-02-01/2020-02-14"}},
		{"the end of the month", []string{"the end of the month|DATE|2020-02|END|2020-02-21/2020-02-29"}},
		{"late February", []string{"late February|DATE|2020-02|END|2020-02-21/2020-02-29"}},
		{"early March", []string{"early March|DATE|2020-03|START|2020-03-01/2020-03-10"}},
		{"four years ago", []string{"four years ago|DATE|2016||2016"}},
		{"a decade from now", []string{"a decade from now|DATE|2030||2030"}},
		{"the next quarter", []string{"the next quarter|DATE|2020-Q2||2020-04/2020-06"}},
		{"the last quarter", []string{"the last quarter|DATE|2019-Q4||2019-10/2019-12"}},
		{"in the third quarter of next year", []string{"the third quarter of next year|DATE|2021-Q3||2021-07/2021-09"}},
	})
	runCases(t, time.Date(2021, 3, 31, 8, 0, 0, 0, time.UTC), []tc{
		{"a month ago", []string{"a month ago|DATE|2021-02||2021-02"}},
		{"one month ago", []string{"one month ago|DATE|2021-02||2021-02"}},
		{"a month from now", []string{"a month from now|DATE|2021-04||2021-04"}},
		{"next month", []string{"next month|DATE|2021-04||2021-04"}},
		{"two months ago", []string{"two months ago|DATE|2021-01||2021-01"}},
		{"in the first half of April", []string{"the first half of April|DATE|2021-04|START|2021-04-01/2021-04-15"}},
		{"late April", []string{"late April|DATE|2021-04|END|2021-04-21/2021-04-30"}},
		{"the end of next month", []string{"the end of next month|DATE|2021-04|END|2021-04-21/2021-04-30"}},
	})
	runCases(t, time.Date(2020, 12, 31, 8, 0, 0, 0, time.UTC), []tc{
		{"this week", []string{"this week|DATE|2020-W53||2020-12-28/2021-01-03"}},
		{"next week", []string{"next week|DATE|2021-W01||2021-01-04/2021-01-10"}},
		{"last week", []string{"last week|DATE|2020-W52||2020-12-21/2020-12-27"}},
		{"two weeks from now", []string{"two weeks from now|DATE|2021-W02||2021-01-11/2021-01-17"}},
		{"a week ago", []string{"a week ago|DATE|2020-W52||2020-12-21/2020-12-27"}},
	})
	runCases(t, time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC), []tc{
		{"last week", []string{"last week|DATE|2023-W52||2023-12-25/2023-12-31"}},
		{"this week", []string{"this week|DATE|2024-W01||2024-01-01/2024-01-07"}},
		{"yesterday", []string{"yesterday|DATE|2023-12-31||2023-12-31"}},
		{"last month", []string{"last month|DATE|2023-12||2023-12"}},
		{"last year", []string{"last year|DATE|2023||2023"}},
		{"the last quarter", []string{"the last quarter|DATE|2023-Q4||2023-10/2023-12"}},
		{"this quarter", []string{"this quarter|DATE|2024-Q1||2024-01/2024-03"}},
		{"early this year", []string{"early this year|DATE|2024|START|2024-01/2024-04"}},
		{"late last year", []string{"late last year|DATE|2023|END|2023-09/2023-12"}},
		{"They met on Friday.", []string{"Friday|DATE|2023-12-29||2023-12-29"}},
		{"They will meet on Friday.", []string{"Friday|DATE|2024-01-05||2024-01-05"}},
	})
	runCases(t, time.Date(2023, 5, 15, 8, 0, 0, 0, time.UTC), []tc{
		{"They met on 4 July 2022. The next year they signed.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "The next year|DATE|2023||2023"}},
		{"They met on 4 July 2022. Two months later they signed.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "Two months later|DATE|2022-09||2022-09"}},
		{"They met on 4 July 2022. A week later they signed.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "A week|DURATION|P1W||-"}},
		{"They met on 4 July 2022. That week they signed.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "That week|DATE|2022-W27||2022-07-04/2022-07-10"}},
		{"They met on 4 July 2022. The following week they signed.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "The following week|DATE|2022-W28||2022-07-11/2022-07-17"}},
		{"They met on 4 July 2022. The previous week they had argued.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "The previous week|DATE|2022-W26||2022-06-27/2022-07-03"}},
		{"They met on 4 July 2022. Later that month they signed.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "Later that month|DATE|2022-07||2022-07"}},
		{"They met on 4 July 2022. Earlier that year they had argued.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "Earlier that year|DATE|2022||2022"}},
		{"They met on 4 July 2022. The next morning they signed.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "The next morning|TIME|2022-07-05TMO||2022-07-05"}},
		{"They met on 4 July 2022. That evening they signed.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "That evening|TIME|2022-07-04TEV||2022-07-04"}},
		{"They met on 4 July 2022. The same month they signed.", []string{"4 July 2022|DATE|2022-07-04||2022-07-04", "The same month|DATE|2022-07||2022-07"}},
		{"They met in the spring of 2022. That summer they signed.", []string{"the spring of 2022|DATE|2022-SP||2022-21", "That summer|DATE|2022-SU||2022-22"}},
		{"They met in 1990. A decade later they signed.", []string{"1990|DATE|1990||1990", "A decade later|DATE|2000||2000"}},
		{"They met in 1990. Two decades later they signed.", []string{"1990|DATE|1990||1990", "Two decades later|DATE|2010||2010"}},
		{"They met in the third quarter of 2022. The next quarter profits rose.", []string{"the third quarter of 2022|DATE|2022-Q3||2022-07/2022-09", "The next quarter|DATE|2022-Q4||2022-10/2022-12"}},
		{"They met in the third quarter of 2022. The previous quarter profits fell.", []string{"the third quarter of 2022|DATE|2022-Q3||2022-07/2022-09", "The previous quarter|DATE|2022-Q2||2022-04/2022-06"}},
	})
}

// TestMutantsUpperCase: words are looked up without case, Cyrillic capitals
// (А-Я and Ё) included.
func TestMutantsUpperCase(t *testing.T) {
	runLangCases(t, russian, anchorSat, []tc{
		{"ВСТРЕЧА ПРОЙДЁТ В СЕНТЯБРЕ.", []string{"СЕНТЯБРЕ|DATE|2019-09||2019-09"}},
		{"ВСТРЕЧА ПРОЙДЕТ В СЕНТЯБРЕ.", []string{"СЕНТЯБРЕ|DATE|2019-09||2019-09"}},
		{"30 ЯНВАРЯ 2019 ГОДА", []string{"30 ЯНВАРЯ 2019 ГОДА|DATE|2019-01-30||2019-01-30"}},
		{"В АВГУСТЕ 2020 ГОДА", []string{"АВГУСТЕ 2020 ГОДА|DATE|2020-08||2020-08"}},
		{"В Августе 2020 года", []string{"Августе 2020 года|DATE|2020-08||2020-08"}},
		{"ВЧЕРА", []string{"ВЧЕРА|DATE|2019-06-14||2019-06-14"}},
		{"В ПРОШЛОМ ГОДУ", []string{"ПРОШЛОМ ГОДУ|DATE|2018||2018"}},
		{"В МАРТЕ ПРОШЛА ВСТРЕЧА.", []string{"МАРТЕ|DATE|2019-03||2019-03"}}, // a capital word after it: no name in capitals
		{"Мая Плисецкая танцевала.", nil},
	})
	runCases(t, anchorSat, []tc{
		{"TALKS WILL RESUME IN SEPTEMBER.", []string{"SEPTEMBER|DATE|2019-09||2019-09"}},
	})
}

// TestMutantsTenseOfYearlessMonths: a month without a year, three months
// back or ahead of the anchor (March, September) or one month (May, July),
// takes its year from the verb of its clause: past verbs the last such
// month, future and planning ones the next, reported speech its own tense.
func TestMutantsTenseOfYearlessMonths(t *testing.T) {
	runCases(t, anchorSat, []tc{ // 15 June 2019
		{"The summit is expected in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit is expected in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit is expected in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit is expected in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"The summit was held in September.", []string{"September|DATE|2018-09||2018-09"}},
		{"The summit was held in March.", []string{"March|DATE|2019-03||2019-03"}},
		{"The summit was held in July.", []string{"July|DATE|2018-07||2018-07"}},
		{"The summit was held in May.", []string{"May|DATE|2019-05||2019-05"}},
		{"The summit will be held in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit will be held in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit will be held in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit will be held in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"The summit is scheduled in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit is scheduled in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit is scheduled in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit is scheduled in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"The summit was postponed in September.", []string{"September|DATE|2018-09||2018-09"}},
		{"The summit was postponed in March.", []string{"March|DATE|2019-03||2019-03"}},
		{"The summit was postponed in July.", []string{"July|DATE|2018-07||2018-07"}},
		{"The summit was postponed in May.", []string{"May|DATE|2019-05||2019-05"}},
		{"The summit would be held in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit would be held in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit would be held in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit would be held in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"The summit is due in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit is due in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit is due in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit is due in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"The summit is set to take place in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit is set to take place in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit is set to take place in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit is set to take place in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"The summit is to be held in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit is to be held in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit is to be held in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit is to be held in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"The summit opens in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit opens in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit opens in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit opens in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"The summit opened in September.", []string{"September|DATE|2018-09||2018-09"}},
		{"The summit opened in March.", []string{"March|DATE|2019-03||2019-03"}},
		{"The summit opened in July.", []string{"July|DATE|2018-07||2018-07"}},
		{"The summit opened in May.", []string{"May|DATE|2019-05||2019-05"}},
		{"The summit plans to meet in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit plans to meet in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit plans to meet in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit plans to meet in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"The summit will happen in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The summit will happen in March.", []string{"March|DATE|2020-03||2020-03"}},
		{"The summit will happen in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"The summit will happen in May.", []string{"May|DATE|2020-05||2020-05"}},
		{"In September, the summit will be held.", []string{"September|DATE|2019-09||2019-09"}},
		{"In September, the summit was held.", []string{"September|DATE|2018-09||2018-09"}},
		{"In September the summit is expected to open.", []string{"September|DATE|2019-09||2019-09"}},
		{"The leaders agreed to meet in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"He said the summit would be held in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"He says the summit will be held in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"Officials hope to finish by September.", []string{"September|DATE|2019-09||2019-09"}},
		{"Talks resume in September, officials said.", []string{"September|DATE|2019-09||2019-09"}},
		{"Talks resumed in September, officials said.", []string{"September|DATE|2018-09||2018-09"}},
	})
}

// TestMutantsModifiers: the TimeML mods of durations and of offsets back
// from the anchor ("more than", "at least", "up to", "nearly"...), and the
// parts of years, months, weeks, decades and centuries.
func TestMutantsModifiers(t *testing.T) {
	runCases(t, anchorSat, []tc{ // 15 June 2019
		{"more than 70 years", []string{"more than 70 years|DURATION|P70Y|MORE_THAN|-"}},
		{"at least two weeks", []string{"at least two weeks|DURATION|P2W|EQUAL_OR_MORE|-"}},
		{"up to three months", []string{"up to three months|DURATION|P3M|EQUAL_OR_LESS|-"}},
		{"less than a year", []string{"less than a year|DURATION|P1Y|LESS_THAN|-"}},
		{"almost a decade", []string{"almost a decade|DURATION|P1DE|LESS_THAN|-"}},
		{"roughly five years", []string{"roughly five years|DURATION|P5Y|APPROX|-"}},
		{"approximately 10 days", []string{"approximately 10 days|DURATION|P10D|APPROX|-"}},
		{"nearly three decades", []string{"nearly three decades|DURATION|P3DE|LESS_THAN|-"}},
		{"some 40 years", []string{"some 40 years|DURATION|P40Y|APPROX|-"}},
		{"about 12 hours", []string{"about 12 hours|DURATION|PT12H|APPROX|-"}},
		{"around 30 minutes", []string{"around 30 minutes|DURATION|PT30M|APPROX|-"}},
		{"no more than two years", []string{"no more than two years|DURATION|P2Y|EQUAL_OR_LESS|-"}},
		{"no less than a week", []string{"no less than a week|DURATION|P1W|EQUAL_OR_MORE|-"}},
		{"fewer than five days", []string{"fewer than five days|DURATION|P5D|LESS_THAN|-"}},
		{"in less than a week", []string{"less than a week|DURATION|P1W|LESS_THAN|-"}},
		{"within less than a year", []string{"less than a year|DURATION|P1Y|LESS_THAN|-"}},
		{"more than a decade ago", []string{"more than a decade ago|DATE|2009|MORE_THAN|2009"}},
		{"nearly 30 years ago", []string{"nearly 30 years ago|DATE|1989|LESS_THAN|1989"}},
		{"about a year ago", []string{"about a year ago|DATE|2018|APPROX|2018"}},
		{"almost two weeks ago", []string{"almost two weeks ago|DATE|2019-W22|LESS_THAN|2019-05-27/2019-06-02"}},
		{"at least three years ago", []string{"at least three years ago|DATE|2016|EQUAL_OR_MORE|2016"}},
		{"in early 2020", []string{"early 2020|DATE|2020|START|2020-01/2020-04"}},
		{"in late May", []string{"late May|DATE|2019-05|END|2019-05-21/2019-05-31"}},
		{"in mid-May", []string{"mid-May|DATE|2019-05|MID|2019-05-11/2019-05-20"}},
		{"by mid-May", []string{"mid-May|DATE|2019-05|MID|2019-05-11/2019-05-20"}},
		{"from early May", []string{"early May|DATE|2019-05|START|2019-05-01/2019-05-10"}},
		{"in the middle of May", []string{"the middle of May|DATE|2019-05|MID|2019-05-11/2019-05-20"}},
		{"at the beginning of the year", []string{"the beginning of the year|DATE|2019|START|2019-01/2019-04"}},
		{"at the end of the decade", []string{"the end of the decade|DATE|201|END|2017/2019"}},
		{"in the early 1990s", []string{"the early 1990s|DATE|199|START|1990/1993"}},
		{"in the late 20th century", []string{"the late 20th century|DATE|19|END|197X/199X"}},
		{"in the middle of the 19th century", []string{"the middle of the 19th century|DATE|18|MID|184X/186X"}},
		{"the start of the 21st century", []string{"the start of the 21st century|DATE|20|START|200X/203X"}},
		{"the end of last week", []string{"the end of last week|DATE|2019-W23|END|2019-06-03/2019-06-09"}},
		{"the start of next week", []string{"the start of next week|DATE|2019-W25|START|2019-06-17/2019-06-23"}},
		{"the middle of next month", []string{"the middle of next month|DATE|2019-07|MID|2019-07-11/2019-07-20"}},
		{"the end of this year", []string{"the end of this year|DATE|2019|END|2019-09/2019-12"}},
		{"the beginning of next year", []string{"the beginning of next year|DATE|2020|START|2020-01/2020-04"}},
		{"the spring of last year", []string{"the spring of last year|DATE|2018-SP||2018-21"}},
		{"the summer of next year", []string{"the summer of next year|DATE|2020-SU||2020-22"}},
		{"the summer of this year", []string{"the summer of this year|DATE|2019-SU||2019-22"}},
	})
}

// TestMutantsNewsOrHistory: a text whose years are all recent is news (a
// yearless date is the one nearest the anchor); one whose years are all far
// from it is a history (a yearless date follows the last year told).
func TestMutantsNewsOrHistory(t *testing.T) {
	runCases(t, anchorSat, []tc{
		{"Exports fell in 2019 after rising in 2018 and 2017. On 7 May the ministers met.", []string{"2019|DATE|2019||2019", "2018|DATE|2018||2018", "2017|DATE|2017||2017", "7 May|DATE|2019-05-07||2019-05-07"}},
		{"The war began in 1904. The treaty followed in 1905. Japan surrendered in 1945. On 7 May they met.", []string{"1904|DATE|1904||1904", "1905|DATE|1905||1905", "1945|DATE|1945||1945", "7 May|DATE|1945-05-07||1945-05-07"}},
	})
}

// TestMutantsHolidays: fixed and movable feasts (Thanksgiving, the fourth
// Thursday of November; Election Day, the Tuesday after the first Monday),
// eves, the named days of the dispute and the one a law moved in 2020.
func TestMutantsHolidays(t *testing.T) {
	runCases(t, time.Date(2019, 6, 15, 8, 0, 0, 0, time.UTC), []tc{
		{"on Thanksgiving", []string{"Thanksgiving|DATE|2018-11-22||2018-11-22"}},
		{"on Thanksgiving Day 2018", []string{"Thanksgiving Day 2018|DATE|2018-11-22||2018-11-22"}},
		{"on Thanksgiving 2021", []string{"Thanksgiving 2021|DATE|2021-11-25||2021-11-25"}},
		{"on Election Day", []string{"Election Day|DATE|2018-11-06||2018-11-06"}},
		{"on Election Day 2020", []string{"Election Day 2020|DATE|2020-11-03||2020-11-03"}},
		{"on Christmas Day 2018", []string{"Christmas Day 2018|DATE|2018-12-25||2018-12-25"}},
		{"on Christmas Eve 2018", []string{"Christmas Eve 2018|DATE|2018-12-24||2018-12-24"}},
		{"on New Year's Eve", []string{"New Year's Eve|DATE|2018-12-31||2018-12-31"}},
		{"on New Year's Day 2020", []string{"New Year's Day 2020|DATE|2020-01-01||2020-01-01"}},
		{"on Victory over Japan Day", []string{"Victory over Japan Day|DATE|2018-09-03||2018-09-03"}},
		{"the Day of Victory over Japan", []string{"Day of Victory over Japan|DATE|2018-09-03||2018-09-03"}},
		{"the Day of Victory over Militarist Japan", []string{"Day of Victory over Militarist Japan|DATE|2018-09-03||2018-09-03"}},
		{"the Day of Victory over Militaristic Japan and the End of the Second World War", []string{"Day of Victory over Militaristic Japan and the End of the Second World War|DATE|2018-09-03||2018-09-03"}},
		{"the Day of the End of the Second World War", []string{"Day of the End of the Second World War|DATE|2018-09-02||2018-09-02"}},
		{"the Day of the End of World War II", []string{"Day of the End of World War II|DATE|2018-09-02||2018-09-02"}},
		{"the End of War Memorial Day", []string{"End of War Memorial Day|DATE|2019-08-15||2019-08-15"}},
		{"the Day for Mourning War Dead and Praying for Peace", []string{"Day for Mourning War Dead and Praying for Peace|DATE|2019-08-15||2019-08-15"}},
		{"the Day to Commemorate the War Dead and Pray for Peace", []string{"Day to Commemorate the War Dead and Pray for Peace|DATE|2019-08-15||2019-08-15"}},
		{"Northern Territories Day 2019", []string{"Northern Territories Day 2019|DATE|2019-02-07||2019-02-07"}},
		{"Japan marks Northern Territories Day every year.", []string{"Northern Territories Day|SET|XXXX-02-07||-", "every year|SET|P1Y||-"}},
	})
	runCases(t, time.Date(2021, 6, 15, 8, 0, 0, 0, time.UTC), []tc{
		{"the Day of the End of the Second World War", []string{"Day of the End of the Second World War|DATE|2020-09-03||2020-09-03"}},
		{"the Day of the End of World War II", []string{"Day of the End of World War II|DATE|2020-09-03||2020-09-03"}},
		{"on Thanksgiving", []string{"Thanksgiving|DATE|2020-11-26||2020-11-26"}},
		{"on Election Day", []string{"Election Day|DATE|2020-11-03||2020-11-03"}},
		{"on Christmas", []string{"Christmas|DATE|2020-12-25||2020-12-25"}},
	})
}

// TestMutantsLongWords: a word longer than any in the table is no temporal
// word, even before a year.
func TestMutantsLongWords(t *testing.T) {
	runCases(t, anchorSat, []tc{
		{"The internationalization 2019 conference opened.", []string{"2019|DATE|2019||2019"}},
		{"The antidisestablishmentarianism debate went on.", nil},
	})
}

// TestMutantsJapaneseSentences: whole sentences of Japanese news, with
// quotes, commas, ranges of days, 同年, half-width katakana and full-width
// letters around the dates.
func TestMutantsJapaneseSentences(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"岸田首相は30日、ロシアとの平和条約交渉について「2022年3月以降、交渉は停止している」と述べた。", []string{"30日|DATE|2024-01-30||2024-01-30", "2022年3月|DATE|2022-03||2022-03"}},
		{"外務省によると、ラブロフ外相は昨年12月に「交渉の再開はない」と語った。", []string{"昨年12月|DATE|2023-12||2023-12"}},
		{"日本政府は毎年2月7日を「北方領土の日」と定めている。", []string{"毎年|SET|P1Y||-", "2月7日|DATE|2024-02-07||2024-02-07"}},
		{"1855年2月7日に調印された日魯通好条約で国境が画定した。", []string{"1855年2月7日|DATE|1855-02-07||1855-02-07"}},
		{"1956年10月19日、日ソ共同宣言が署名され、同年12月12日に発効した。", []string{"1956年10月19日|DATE|1956-10-19||1956-10-19", "同年12月12日|DATE|1956-12-12||1956-12-12"}},
		{"2018年11月14日のシンガポールでの首脳会談で、両首脳は1956年宣言を基礎に交渉を加速することで合意した。", []string{"2018年11月14日|DATE|2018-11-14||2018-11-14", "1956年|DATE|1956||1956"}},
		{"プーチン大統領は2016年12月15日から16日にかけて来日した。", []string{"2016年12月15日|DATE|2016-12-15||2016-12-15", "16日|DATE|2016-12-16||2016-12-16"}},
		{"ビザなし交流は1992年に始まり、2019年まで続いた。", []string{"1992年|DATE|1992||1992", "2019年|DATE|2019||2019"}},
		{"2020年以降、新型コロナウイルスの影響で中断している。", []string{"2020年|DATE|2020||2020"}},
		{"来月上旬にも協議が行われる見通しだ。", []string{"来月上旬|DATE|2024-02|START|2024-02-01/2024-02-10"}},
		{"今月末までに回答する予定だ。", []string{"今月末|DATE|2024-01|END|2024-01-21/2024-01-31"}},
		{"約１０年ぶりの訪問となる。", []string{"約１０年ぶり|DURATION|P10Y|APPROX|-"}},
		{"３０日午前１０時すぎ、首相官邸で会見した。", []string{"３０日午前１０時すぎ|TIME|2024-01-30T10:00|AFTER|2024-01-30"}},
		{"ｶﾀｶﾅの2024年", []string{"2024年|DATE|2024||2024"}},
		{"ＡＢＣ2024年1月", []string{"2024年1月|DATE|2024-01||2024-01"}},
		{"令和6年1月30日(火)午後3時", []string{"令和6年1月30日(火)午後3時|TIME|2024-01-30T15:00||2024-01-30"}},
	})
}

// TestMutantsAbbreviatedMonths: an abbreviated month alone is a month when
// a period follows it; "Jan" without one is a name.
func TestMutantsAbbreviatedMonths(t *testing.T) {
	runCases(t, anchorSat, []tc{
		{"The talks in Jan. failed.", []string{"Jan.|DATE|2019-01||2019-01"}},
		{"Talks resumed in Sept. and ended in Oct. with no deal.", []string{"Sept.|DATE|2018-09||2018-09", "Oct.|DATE|2018-10||2018-10"}},
		{"He left. Jan was there.", nil},
	})
}

// TestMutantsGuards: numbers that are not years (ages, labels, counts,
// amounts, units), month names that are names or verbs, ordinals that are no
// dates, decades in words, and the prepositions before a yearless month.
func TestMutantsGuards(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"a five-year-old girl", nil},
		{"he is 70 years old", nil},
		{"a 70-year-old man", nil},
		{"at the age of 30", nil},
		{"the 30-year-old treaty", nil},
		{"Article 9 says", nil},
		{"Section 2024 of the code", nil},
		{"Chapter 12 of the book", nil},
		{"page 1945", nil},
		{"Room 1956", nil},
		{"No. 1945", nil},
		{"the No. 2 official", nil},
		{"Flight 1956", nil},
		{"Highway 2024", nil},
		{"Boeing 747", nil},
		{"in 2,024 cases", nil},
		{"2024 people", nil},
		{"1945 soldiers", nil},
		{"some 2000 protesters", nil},
		{"about 1956 votes", nil},
		{"$1956", nil},
		{"€2024", nil},
		{"2024 km", nil},
		{"1956 tons", nil},
		{"by February", []string{"February|DATE|2024-02||2024-02"}},
		{"until February", []string{"February|DATE|2024-02||2024-02"}},
		{"since February", []string{"February|DATE|2023-02||2023-02"}},
		{"through February", []string{"February|DATE|2024-02||2024-02"}},
		{"before February", []string{"February|DATE|2024-02||2024-02"}},
		{"after February", []string{"February|DATE|2024-02||2024-02"}},
		{"from February", []string{"February|DATE|2024-02||2024-02"}},
		{"February's talks", []string{"February|DATE|2024-02||2024-02"}},
		{"May Day", nil},
		{"a May Day rally", nil},
		{"Theresa May's government", nil},
		{"the May 2019 election", []string{"May 2019|DATE|2019-05||2019-05"}},
		{"they may meet in June", []string{"June|DATE|2024-06||2024-06"}},
		{"March on Washington", nil},
		{"the march in March", []string{"March|DATE|2024-03||2024-03"}},
		{"a second later", nil},
		{"one second", nil},
		{"the second day", nil},
		{"the third week", nil},
		{"the first time", nil},
		{"in the first place", nil},
		{"at first", nil},
		{"for the first time in 2019", []string{"2019|DATE|2019||2019"}},
		{"the last time", nil},
		{"last but not least", nil},
		{"at last", nil},
		{"the 1990s-style policy", []string{"the 1990s|DATE|199||199X"}},
		{"the Sixties", []string{"the Sixties|DATE|196||196X"}},
		{"the sixties", []string{"the sixties|DATE|196||196X"}},
		{"the '60s", []string{"the '60s|DATE|196||196X"}},
		{"in his 60s", nil},
		{"in their 30s", nil},
		{"temperatures in the 30s", nil},
	})
}

// TestMutantsObservedDays: a day that "is" or "are" (still) marked,
// observed, celebrated or commemorated recurs (a SET); one that "was" marked
// is one date.
func TestMutantsObservedDays(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The two anniversaries are marked on September 3.", []string{"September 3|SET|XXXX-09-03||-"}},
		{"The anniversaries are still observed on September 3.", []string{"September 3|SET|XXXX-09-03||-"}},
		{"The anniversary is celebrated on September 3.", []string{"September 3|SET|XXXX-09-03||-"}},
		{"The anniversary is still commemorated on September 3.", []string{"September 3|SET|XXXX-09-03||-"}},
		{"The anniversary was marked on September 3.", []string{"September 3|DATE|2023-09-03||2023-09-03"}},
	})
}

// TestMutantsShortYears: two-digit years after an apostrophe or "FY" fall
// within twenty years after the anchor's year, else in the 1900s (always
// without an anchor); quarters "Q1" to "Q4" with or without a year.
func TestMutantsShortYears(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"the class of '99", []string{"'99|DATE|1999||1999"}},
		{"the class of '24", []string{"'24|DATE|2024||2024"}},
		{"the class of '44", []string{"'44|DATE|2044||2044"}},
		{"rock'n'roll in '56", []string{"'56|DATE|1956||1956"}},
		{"the '80s", []string{"the '80s|DATE|198||198X"}},
		{"a '99' sticker", nil},
		{"in '99 percent", nil},
		{"Q1", []string{"Q1|DATE|2024-Q1||2024-01/2024-03"}},
		{"Q4 2023", []string{"Q4 2023|DATE|2023-Q4||2023-10/2023-12"}},
		{"Q2/2023", []string{"Q2/2023|DATE|2023-Q2||2023-04/2023-06"}},
		{"Q3-2023", []string{"Q3-2023|DATE|2023-Q3||2023-07/2023-09"}},
		{"Q0", nil},
		{"Q12", nil},
		{"FY23", []string{"FY23|DATE|2023||2023"}},
		{"FY44", []string{"FY44|DATE|2044||2044"}},
		{"FY2023", []string{"FY2023|DATE|2023||2023"}},
		{"FY 2023", []string{"FY 2023|DATE|2023||2023"}},
		{"FY23s", nil},
	})
	runCases(t, time.Time{}, []tc{
		{"the class of '99", []string{"'99|DATE|1999||1999"}},
		{"the class of '24", []string{"'24|DATE|1924||1924"}},
		{"FY23", []string{"FY23|DATE|1923||1923"}},
	})
	runCases(t, anchor2024, []tc{
		{"the class of '45", []string{"'45|DATE|1945||1945"}},
		{"FY45", []string{"FY45|DATE|1945||1945"}},
	})
}

// TestMutantsRussianWordsAndClock: ordinal days in words (compound ones
// too), halves of months and years, clock times alone and in ranges,
// relative weekdays and weekends, numbers in words before units.
func TestMutantsRussianWordsAndClock(t *testing.T) {
	runLangCases(t, russian, anchor2024, []tc{
		{"тридцать первого декабря 2023 года", []string{"тридцать первого декабря 2023 года|DATE|2023-12-31||2023-12-31"}},
		{"двадцать пятого января", []string{"двадцать пятого января|DATE|2024-01-25||2024-01-25"}},
		{"первого февраля", []string{"первого февраля|DATE|2024-02-01||2024-02-01"}},
		{"второго марта", []string{"второго марта|DATE|2024-03-02||2024-03-02"}},
		{"третьего апреля", []string{"третьего апреля|DATE|2023-04-03||2023-04-03"}},
		{"десятого мая", []string{"десятого мая|DATE|2023-05-10||2023-05-10"}},
		{"одиннадцатого июня", []string{"одиннадцатого июня|DATE|2023-06-11||2023-06-11"}},
		{"двадцатого июля", []string{"двадцатого июля|DATE|2023-07-20||2023-07-20"}},
		{"двадцать девятого августа", []string{"двадцать девятого августа|DATE|2023-08-29||2023-08-29"}},
		{"в первой половине 2023 года", []string{"первой половине 2023 года|DATE|2023-H1||2023-01/2023-06"}},
		{"во второй половине января", []string{"второй половине января|DATE|2024-01|END|2024-01-16/2024-01-31"}},
		{"в первой половине февраля", []string{"первой половине февраля|DATE|2024-02|START|2024-02-01/2024-02-14"}},
		{"в 15:30", []string{"15:30|TIME|2024-01-30T15:30||2024-01-30"}},
		{"около 15:00", []string{"15:00|TIME|2024-01-30T15:00||2024-01-30"}},
		{"к 18:00", []string{"18:00|TIME|2024-01-30T18:00||2024-01-30"}},
		{"с 9:00 до 18:00", []string{"9:00|TIME|2024-01-30T09:00||2024-01-30", "18:00|TIME|2024-01-30T18:00||2024-01-30"}},
		{"2 февраля в 10:00", []string{"2 февраля в 10:00|TIME|2024-02-02T10:00||2024-02-02"}},
		{"3 марта 2023 г. в 10 утра", []string{"3 марта 2023 г. в 10 утра|TIME|2023-03-03T10:00||2023-03-03"}},
		{"в пятницу, 2 февраля, состоится встреча", []string{"пятницу|DATE|2024-02-02||2024-02-02", "2 февраля|DATE|2024-02-02||2024-02-02"}},
		{"в минувший вторник", []string{"минувший вторник|DATE|2024-01-23||2024-01-23"}},
		{"в ближайший понедельник", []string{"ближайший понедельник|DATE|2024-02-05||2024-02-05"}},
		{"в следующий вторник", []string{"следующий вторник|DATE|2024-02-06||2024-02-06"}},
		{"в прошлую среду", []string{"прошлую среду|DATE|2024-01-24||2024-01-24"}},
		{"в прошлые выходные", []string{"прошлые выходные|DATE|2024-W04-WE||2024-01-27/2024-01-28"}},
		{"в воскресенье", []string{"воскресенье|DATE|2024-01-28||2024-01-28"}},
		{"в субботу", []string{"субботу|DATE|2024-01-27||2024-01-27"}},
		{"70 лет назад", []string{"70 лет назад|DATE|1954||1954"}},
		{"70 лет спустя", []string{"70 лет|DURATION|P70Y||-"}},
		{"сто лет", []string{"сто лет|DURATION|P100Y||-"}},
		{"десять лет", []string{"десять лет|DURATION|P10Y||-"}},
		{"двадцать лет", []string{"двадцать лет|DURATION|P20Y||-"}},
		{"тридцать дней", []string{"тридцать дней|DURATION|P30D||-"}},
		{"сорок минут", []string{"сорок минут|DURATION|PT40M||-"}},
		{"пятьдесят секунд", []string{"пятьдесят секунд|DURATION|PT50S||-"}},
		{"два века", []string{"два века|DURATION|P2CE||-"}},
		{"три десятилетия", []string{"три десятилетия|DURATION|P3DE||-"}},
		{"несколько десятилетий", []string{"несколько десятилетий|DURATION|PXDE||-"}},
	})
}

// TestMutantsNewsParagraphs: whole paragraphs of news, where a dateline,
// weekdays, offsets, quarters and anaphora meet.
func TestMutantsNewsParagraphs(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"TOKYO, Jan. 30 (Reuters) - Japan's prime minister said on Tuesday that talks on a peace treaty with Russia remained frozen. Moscow suspended the talks in March 2022, weeks after its invasion of Ukraine. A Kremlin spokesman said last week that no talks were planned this year.", []string{
			"Jan. 30|DATE|2024-01-30||2024-01-30", "Tuesday|DATE|2024-01-30||2024-01-30", "March 2022|DATE|2022-03||2022-03",
			"weeks|DURATION|PXW||-", "last week|DATE|2024-W04||2024-01-22/2024-01-28", "this year|DATE|2024||2024"}},
		{"Sales rose 5% in the fourth quarter from a year earlier, the company said on Monday. It expects growth to slow in the first half of 2024.", []string{
			"the fourth quarter|DATE|2023-Q4||2023-10/2023-12", "a year earlier|DATE|2022-Q4||2022-10/2022-12",
			"Monday|DATE|2024-01-29||2024-01-29", "the first half of 2024|DATE|2024-H1||2024-01/2024-06"}},
		{"The talks, which began in 1992, have stalled for more than two decades. In 2018 the leaders agreed to speed them up. Two years later, Russia amended its constitution.", []string{
			"1992|DATE|1992||1992", "more than two decades|DURATION|P2DE|MORE_THAN|-", "2018|DATE|2018||2018", "Two years later|DATE|2020||2020"}},
	})
}

// TestMutantsInfinitives: an infinitive has no tense ("difficult to meet
// demand") unless "is", "are" or a verb of planning governs it ("are to
// meet"), which looks ahead.
func TestMutantsInfinitives(t *testing.T) {
	runCases(t, anchorSat, []tc{
		{"The leaders are to meet in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"The two leaders are to meet again in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"In September the leaders are to meet.", []string{"September|DATE|2019-09||2019-09"}},
		{"The committee is to resume work in September.", []string{"September|DATE|2019-09||2019-09"}},
		{"It was difficult in September to meet demand.", []string{"September|DATE|2018-09||2018-09"}},
		{"In September it was hard for them to open talks.", []string{"September|DATE|2018-09||2018-09"}},
	})
}

// TestMutantsRelativeDecadesCenturies: decades and centuries counted from
// the anchor's.
func TestMutantsRelativeDecadesCenturies(t *testing.T) {
	runCases(t, anchorSat, []tc{
		{"in the last decade", []string{"the last decade|DATE|200||200X"}},
		{"this decade", []string{"this decade|DATE|201||201X"}},
		{"the next decade", []string{"the next decade|DATE|202||202X"}},
		{"this century", []string{"this century|DATE|20||20XX"}},
		{"last century", []string{"last century|DATE|19||19XX"}},
		{"the next century", []string{"the next century|DATE|21||21XX"}},
	})
}

// TestMutantsDaysWeeksAndFrequencies: weekends, parts of nights and days
// counted from the anchor, anaphoric weeks and months, offsets that stay
// durations in news, and frequency words.
func TestMutantsDaysWeeksAndFrequencies(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"in the past 24 hours", []string{"the past 24 hours|DURATION|PT24H||-"}},
		{"over the weekend", []string{"the weekend|DATE|2024-W04-WE||2024-01-27/2024-01-28"}},
		{"this past weekend", []string{"this past weekend|DATE|2024-W04-WE||2024-01-27/2024-01-28"}},
		{"last Tuesday night", []string{"last Tuesday night|TIME|2024-01-23TNI||2024-01-23"}},
		{"Tuesday's meeting", []string{"Tuesday|DATE|2024-01-30||2024-01-30"}},
		{"the previous day", []string{"the previous day|DATE|2024-01-29||2024-01-29"}},
		{"the day before", []string{"the day before|DATE|2024-01-29||2024-01-29"}},
		{"the next morning", []string{"the next morning|TIME|2024-01-31TMO||2024-01-31"}},
		{"that night", []string{"that night|TIME|2024-01-30TNI||2024-01-30"}},
		{"that afternoon", []string{"that afternoon|TIME|2024-01-30TAF||2024-01-30"}},
		{"later in the week", []string{"later in the week|DATE|2024-W05||2024-01-29/2024-02-04"}},
		{"the following week", []string{"the following week|DATE|2024-W06||2024-02-05/2024-02-11"}},
		{"the week after", []string{"the week after|DATE|2024-W06||2024-02-05/2024-02-11"}},
		{"the month before", []string{"the month before|DATE|2023-12||2023-12"}},
		{"a week earlier", []string{"a week|DURATION|P1W||-"}},
		{"a week later", []string{"a week|DURATION|P1W||-"}},
		{"two days earlier", []string{"two days|DURATION|P2D||-"}},
		{"ten days before", []string{"ten days|DURATION|P10D||-"}},
		{"a few days later", []string{"a few days|DURATION|PXD||-"}},
		{"the same week", []string{"the same week|DATE|2024-W05||2024-01-29/2024-02-04"}},
		{"the same year", []string{"the same year|DATE|2024||2024"}},
		{"the end of the week", []string{"the end of the week|DATE|2024-W05|END|2024-01-29/2024-02-04"}},
		{"every weekend", []string{"every weekend|SET|P1WE||-"}},
		{"biweekly", []string{"biweekly|SET|P2W||-"}},
		{"annually", []string{"annually|SET|P1Y||-"}},
		{"yearly", []string{"yearly|SET|P1Y||-"}},
		{"hourly", []string{"hourly|SET|PT1H||-"}},
		{"nightly", []string{"nightly|SET|P1D||-"}},
		{"each morning", []string{"each morning|SET|XXXX-XX-XXTMO||-"}},
		{"every night", []string{"every night|SET|XXXX-XX-XXTNI||-"}},
		{"every afternoon", []string{"every afternoon|SET|XXXX-XX-XXTAF||-"}},
		{"twice daily", []string{"daily|SET|P1D||-"}},
		{"three times a year", []string{"a year|SET|P1Y||-"}},
	})
}

// TestMutantsYearsInWordsRatesAndKanjiDays: "nineteen" before a number of
// ten or more is a year; "a month" after an amount is a rate; a day in kanji
// numerals alone is a day of the month, except 一日 ("one day").
func TestMutantsYearsInWordsRatesAndKanjiDays(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"in nineteen twelve", []string{"nineteen twelve|DATE|1912||1912"}},
		{"in nineteen ten", []string{"nineteen ten|DATE|1910||1910"}},
		{"in nineteen nineteen", []string{"nineteen nineteen|DATE|1919||1919"}},
		{"in eighteen sixty-eight", []string{"eighteen sixty-eight|DATE|1868||1868"}},
		{"It costs $30 a month.", []string{"a month|SET|P1M||-"}},
		{"It costs 30 dollars a year.", []string{"a year|SET|P1Y||-"}},
	})
	runLangCases(t, japanese, anchor2024, []tc{
		{"三日に会談した。", []string{"三日|DATE|2024-01-03||2024-01-03"}},
		{"一日に会談した。", nil},
		{"十五日に会談した。", []string{"十五日|DATE|2024-01-15||2024-01-15"}},
	})
}

// TestMutantsPrefixedForms: the phrases that a prefix opens: parts of days
// and of a day's morning, halves and parts of years, "earlier"/"later" with
// a period, the comparable period a year before, year-end, ordinal days of
// an offensive, the target year.
func TestMutantsPrefixedForms(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"the early morning hours of 30 April 2023", []string{"the early morning hours of 30 April 2023|TIME|2023-04-30TMO||2023-04-30"}},
		{"the early hours of Thursday", []string{"the early hours of Thursday|TIME|2024-01-25TMO||2024-01-25"}},
		{"early in 1862", []string{"early in 1862|DATE|1862|START|1862-01/1862-04"}},
		{"mid-afternoon yesterday", []string{"mid-afternoon yesterday|TIME|2024-01-29TAF||2024-01-29"}},
		{"by mid afternoon", []string{"mid afternoon|TIME|2024-01-30TAF||2024-01-30"}},
		{"late yesterday", []string{"late yesterday|DATE|2024-01-29|END|2024-01-29"}},
		{"early this week", []string{"early this week|DATE|2024-W05|START|2024-01-29/2024-02-04"}},
		{"the first two quarters of 1990", []string{"the first two quarters of 1990|DATE|1990-H1||1990-01/1990-06"}},
		{"the latter part of 2023", []string{"the latter part of 2023|DATE|2023|END|2023-09/2023-12"}},
		{"the last half of 2023", []string{"the last half of 2023|DATE|2023-H2||2023-07/2023-12"}},
		{"early in the morning of 29 April 1975", []string{"early in the morning of 29 April 1975|TIME|1975-04-29TMO||1975-04-29"}},
		{"early the next morning", []string{"early the next morning|TIME|2024-01-31TMO||2024-01-31"}},
		{"Earlier Sunday, the minister spoke.", []string{"Earlier Sunday|DATE|2024-01-28||2024-01-28"}},
		{"earlier in the year", []string{"earlier in the year|DATE|2024||2024"}},
		{"later this afternoon", []string{"later this afternoon|TIME|2024-01-30TAF||2024-01-30"}},
		{"the morning of 31 January 1965", []string{"the morning of 31 January 1965|TIME|1965-01-31TMO||1965-01-31"}},
		{"the night of 3 May", []string{"the night of 3 May|TIME|2023-05-03TNI||2023-05-03"}},
		{"the corresponding period last year", []string{"the corresponding period last year|DATE|2022-Q4||2022-10/2022-12"}},
		{"the comparable year-ago quarter", []string{"the comparable year-ago quarter|DATE|2022-Q4||2022-10/2022-12"}},
		{"the same quarter a year earlier", []string{"the same quarter a year earlier|DATE|2022-Q4||2022-10/2022-12"}},
		{"since year-end", []string{"year-end|DATE|2023|END|2023-09/2023-12"}},
		{"It is the second day of the offensive.", []string{"the second day|DATE|2024-01-30||2024-01-30"}},
		{"the target year is 2030", []string{"the target year|DATE|2030||2030", "2030|DATE|2030||2030"}},
		{"the target year of 2030", []string{"the target year|DATE|2030||2030", "2030|DATE|2030||2030"}},
	})
}

// TestMutantsTwelveOClock: 12 p.m. is noon and 12 a.m. midnight; other
// hours add 12 after p.m. only.
func TestMutantsTwelveOClock(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"at 12 p.m. on Monday", []string{"12 p.m. on Monday|TIME|2024-01-29T12:00||2024-01-29"}},
		{"at 12 a.m.", []string{"12 a.m.|TIME|2024-01-30T00:00||2024-01-30"}},
		{"at 12:30 p.m.", []string{"12:30 p.m.|TIME|2024-01-30T12:30||2024-01-30"}},
		{"at 12:30 a.m.", []string{"12:30 a.m.|TIME|2024-01-30T00:30||2024-01-30"}},
		{"at 11 p.m.", []string{"11 p.m.|TIME|2024-01-30T23:00||2024-01-30"}},
		{"at 1 a.m.", []string{"1 a.m.|TIME|2024-01-30T01:00||2024-01-30"}},
	})
}

// TestMutantsNumericLimits: the limits of each number a rule reads: years
// from 1000, days 1-31, months 1-12, hours to 24 and minutes to 59, the
// century of a two-digit year after a slash, ordinal centuries in words,
// short second years of a range, Japanese and Russian year ranges.
func TestMutantsNumericLimits(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"It was founded in 1000.", []string{"1000|DATE|1000||1000"}},
		{"It will end in 2099.", []string{"2099|DATE|2099||2099"}},
		{"on March 31", []string{"March 31|DATE|2023-03-31||2023-03-31"}},
		{"on March 32", []string{"March|DATE|2024-03||2024-03"}},
		{"on 31 March", []string{"31 March|DATE|2023-03-31||2023-03-31"}},
		{"on 32 March", []string{"March|DATE|2024-03||2024-03"}},
		{"on 0 March", []string{"March|DATE|2024-03||2024-03"}},
		{"the 1000s", []string{"the 1000s|DATE|100||100X"}},
		{"dated 12/31/49", []string{"12/31/49|DATE|2049-12-31||2049-12-31"}},
		{"dated 12/31/50", []string{"12/31/50|DATE|1950-12-31||1950-12-31"}},
		{"dated 1/30/24", []string{"1/30/24|DATE|2024-01-30||2024-01-30"}},
		{"dated 31/12/2001", []string{"31/12/2001|DATE|2001-12-31||2001-12-31"}},
		{"dated 13/13/2001", nil},
		{"dated 12/12/2001", []string{"12/12/2001|DATE|2001-12-12||2001-12-12"}},
		{"dated 01.12.2001", []string{"01.12.2001|DATE|2001-12-01||2001-12-01"}},
		{"dated 10.12.2001", []string{"10.12.2001|DATE|2001-12-10||2001-12-10"}},
		{"dated 13.12.2001", []string{"13.12.2001|DATE|2001-12-13||2001-12-13"}},
		{"dated 01.13.2001", nil},
		{"dated 00.12.2001", nil},
		{"dated 32.12.2001", nil},
		{"at 24:00", []string{"24:00|TIME|2024-01-30T24:00||2024-01-30"}},
		{"at 25:00", nil},
		{"at 10:59", []string{"10:59|TIME|2024-01-30T10:59||2024-01-30"}},
		{"at 10:60", nil},
		{"at 0:30", []string{"0:30|TIME|2024-01-30T00:30||2024-01-30"}},
		{"the twenty-first century", []string{"the twenty-first century|DATE|20||20XX"}},
		{"the twenty-ninth century", []string{"the twenty-ninth century|DATE|28||28XX"}},
		{"the nineteenth century", []string{"the nineteenth century|DATE|18||18XX"}},
		{"the tenth century", []string{"the tenth century|DATE|09||09XX"}},
		{"on the twentieth day", nil},
		{"on the twenty-first day", nil},
		{"the 1991-93 period", []string{"1991|DATE|1991||1991", "93|DATE|1993||1993"}},
		{"the 2001-09 period", []string{"2001|DATE|2001||2001", "09|DATE|2009||2009"}},
		{"on March 3 and 4", []string{"March 3|DATE|2024-03-03||2024-03-03", "4|DATE|2024-03-04||2024-03-04"}},
	})
	runLangCases(t, japanese, anchor2024, []tc{
		{"令和99年", []string{"令和99年|DATE|2117||2117"}},
		{"32日に", nil},
		{"0日に", nil},
		{"10時59分", []string{"10時59分|TIME|2024-01-30T10:59||2024-01-30"}},
		{"2200年", []string{"2200年|DATE|2200||2200"}},
		{"1000年", []string{"1000年|DATE|1000||1000"}},
		{"1800年代", []string{"1800年代|DATE|180||180X"}},
		{"1799年", []string{"1799年|DATE|1799||1799"}},
	})
	runLangCases(t, russian, anchor2024, []tc{
		{"в 1800 году", []string{"1800 году|DATE|1800||1800"}},
		{"в 1799 году", []string{"1799 году|DATE|1799||1799"}},
		{"в 2200 году", []string{"2200 году|DATE|2200||2200"}},
		{"в 1000 году", []string{"1000 году|DATE|1000||1000"}},
		{"в 24:00", []string{"24:00|TIME|2024-01-30T24:00||2024-01-30"}},
		{"в 23:59", []string{"23:59|TIME|2024-01-30T23:59||2024-01-30"}},
		{"в 24:60", nil},
		{"пятнадцатого марта", []string{"пятнадцатого марта|DATE|2024-03-15||2024-03-15"}},
		{"четырнадцатого марта", []string{"четырнадцатого марта|DATE|2024-03-14||2024-03-14"}},
		{"12 веков", []string{"12 веков|DURATION|P12CE||-"}},
	})
}

// TestMutantsYearlessDayDistances: a yearless day one to four months from
// the anchor, on each side of the limits: with no tense, a day up to two
// months ahead keeps the anchor's year and one further ahead is last year's;
// a past verb always looks back, a future one ahead.
func TestMutantsYearlessDayDistances(t *testing.T) {
	runCases(t, anchorSat, []tc{ // 15 June 2019
		{"Talks on February 9.", []string{"February 9|DATE|2019-02-09||2019-02-09"}},
		{"Talks were held on February 9.", []string{"February 9|DATE|2019-02-09||2019-02-09"}},
		{"Talks will be held on February 9.", []string{"February 9|DATE|2020-02-09||2020-02-09"}},
		{"Talks on February 10.", []string{"February 10|DATE|2019-02-10||2019-02-10"}},
		{"Talks were held on February 10.", []string{"February 10|DATE|2019-02-10||2019-02-10"}},
		{"Talks will be held on February 10.", []string{"February 10|DATE|2020-02-10||2020-02-10"}},
		{"Talks on February 11.", []string{"February 11|DATE|2019-02-11||2019-02-11"}},
		{"Talks were held on February 11.", []string{"February 11|DATE|2019-02-11||2019-02-11"}},
		{"Talks will be held on February 11.", []string{"February 11|DATE|2020-02-11||2020-02-11"}},
		{"Talks on February 12.", []string{"February 12|DATE|2019-02-12||2019-02-12"}},
		{"Talks were held on February 12.", []string{"February 12|DATE|2019-02-12||2019-02-12"}},
		{"Talks will be held on February 12.", []string{"February 12|DATE|2020-02-12||2020-02-12"}},
		{"Talks on April 13.", []string{"April 13|DATE|2019-04-13||2019-04-13"}},
		{"Talks were held on April 13.", []string{"April 13|DATE|2019-04-13||2019-04-13"}},
		{"Talks will be held on April 13.", []string{"April 13|DATE|2020-04-13||2020-04-13"}},
		{"Talks on April 14.", []string{"April 14|DATE|2019-04-14||2019-04-14"}},
		{"Talks were held on April 14.", []string{"April 14|DATE|2019-04-14||2019-04-14"}},
		{"Talks will be held on April 14.", []string{"April 14|DATE|2020-04-14||2020-04-14"}},
		{"Talks on April 15.", []string{"April 15|DATE|2019-04-15||2019-04-15"}},
		{"Talks were held on April 15.", []string{"April 15|DATE|2019-04-15||2019-04-15"}},
		{"Talks will be held on April 15.", []string{"April 15|DATE|2020-04-15||2020-04-15"}},
		{"Talks on May 13.", []string{"May 13|DATE|2019-05-13||2019-05-13"}},
		{"Talks were held on May 13.", []string{"May 13|DATE|2019-05-13||2019-05-13"}},
		{"Talks will be held on May 13.", []string{"May 13|DATE|2020-05-13||2020-05-13"}},
		{"Talks on May 14.", []string{"May 14|DATE|2019-05-14||2019-05-14"}},
		{"Talks were held on May 14.", []string{"May 14|DATE|2019-05-14||2019-05-14"}},
		{"Talks will be held on May 14.", []string{"May 14|DATE|2020-05-14||2020-05-14"}},
		{"Talks on May 15.", []string{"May 15|DATE|2019-05-15||2019-05-15"}},
		{"Talks were held on May 15.", []string{"May 15|DATE|2019-05-15||2019-05-15"}},
		{"Talks will be held on May 15.", []string{"May 15|DATE|2020-05-15||2020-05-15"}},
		{"Talks on May 16.", []string{"May 16|DATE|2019-05-16||2019-05-16"}},
		{"Talks were held on May 16.", []string{"May 16|DATE|2019-05-16||2019-05-16"}},
		{"Talks will be held on May 16.", []string{"May 16|DATE|2020-05-16||2020-05-16"}},
		{"Talks on July 15.", []string{"July 15|DATE|2019-07-15||2019-07-15"}},
		{"Talks were held on July 15.", []string{"July 15|DATE|2018-07-15||2018-07-15"}},
		{"Talks will be held on July 15.", []string{"July 15|DATE|2019-07-15||2019-07-15"}},
		{"Talks on July 16.", []string{"July 16|DATE|2019-07-16||2019-07-16"}},
		{"Talks were held on July 16.", []string{"July 16|DATE|2018-07-16||2018-07-16"}},
		{"Talks will be held on July 16.", []string{"July 16|DATE|2019-07-16||2019-07-16"}},
		{"Talks on July 17.", []string{"July 17|DATE|2019-07-17||2019-07-17"}},
		{"Talks were held on July 17.", []string{"July 17|DATE|2018-07-17||2018-07-17"}},
		{"Talks will be held on July 17.", []string{"July 17|DATE|2019-07-17||2019-07-17"}},
		{"Talks on July 18.", []string{"July 18|DATE|2019-07-18||2019-07-18"}},
		{"Talks were held on July 18.", []string{"July 18|DATE|2018-07-18||2018-07-18"}},
		{"Talks will be held on July 18.", []string{"July 18|DATE|2019-07-18||2019-07-18"}},
		{"Talks on August 15.", []string{"August 15|DATE|2019-08-15||2019-08-15"}},
		{"Talks were held on August 15.", []string{"August 15|DATE|2018-08-15||2018-08-15"}},
		{"Talks will be held on August 15.", []string{"August 15|DATE|2019-08-15||2019-08-15"}},
		{"Talks on August 16.", []string{"August 16|DATE|2018-08-16||2018-08-16"}},
		{"Talks were held on August 16.", []string{"August 16|DATE|2018-08-16||2018-08-16"}},
		{"Talks will be held on August 16.", []string{"August 16|DATE|2019-08-16||2019-08-16"}},
		{"Talks on August 17.", []string{"August 17|DATE|2018-08-17||2018-08-17"}},
		{"Talks were held on August 17.", []string{"August 17|DATE|2018-08-17||2018-08-17"}},
		{"Talks will be held on August 17.", []string{"August 17|DATE|2019-08-17||2019-08-17"}},
		{"Talks on August 18.", []string{"August 18|DATE|2018-08-18||2018-08-18"}},
		{"Talks were held on August 18.", []string{"August 18|DATE|2018-08-18||2018-08-18"}},
		{"Talks will be held on August 18.", []string{"August 18|DATE|2019-08-18||2019-08-18"}},
		{"Talks on October 16.", []string{"October 16|DATE|2018-10-16||2018-10-16"}},
		{"Talks were held on October 16.", []string{"October 16|DATE|2018-10-16||2018-10-16"}},
		{"Talks will be held on October 16.", []string{"October 16|DATE|2019-10-16||2019-10-16"}},
		{"Talks on October 17.", []string{"October 17|DATE|2018-10-17||2018-10-17"}},
		{"Talks were held on October 17.", []string{"October 17|DATE|2018-10-17||2018-10-17"}},
		{"Talks will be held on October 17.", []string{"October 17|DATE|2019-10-17||2019-10-17"}},
		{"Talks on October 18.", []string{"October 18|DATE|2018-10-18||2018-10-18"}},
		{"Talks were held on October 18.", []string{"October 18|DATE|2018-10-18||2018-10-18"}},
		{"Talks will be held on October 18.", []string{"October 18|DATE|2019-10-18||2019-10-18"}},
		{"Talks on October 19.", []string{"October 19|DATE|2018-10-19||2018-10-19"}},
		{"Talks were held on October 19.", []string{"October 19|DATE|2018-10-19||2018-10-19"}},
		{"Talks will be held on October 19.", []string{"October 19|DATE|2019-10-19||2019-10-19"}},
	})
}

// TestMutantsYearlessMonthsAndDaysAround: with no tense, a yearless month is
// this year's up to two months ahead and last year's beyond; a yearless day
// in Russian and Japanese is the nearest one when within a month of the
// anchor (across the new year too).
func TestMutantsYearlessMonthsAndDaysAround(t *testing.T) {
	runCases(t, time.Date(2019, 6, 15, 8, 0, 0, 0, time.UTC), []tc{
		{"Talks in January.", []string{"January|DATE|2019-01||2019-01"}},
		{"Talks in February.", []string{"February|DATE|2019-02||2019-02"}},
		{"Talks in March.", []string{"March|DATE|2019-03||2019-03"}},
		{"Talks in April.", []string{"April|DATE|2019-04||2019-04"}},
		{"Talks in May.", []string{"May|DATE|2019-05||2019-05"}},
		{"Talks in June.", []string{"June|DATE|2019-06||2019-06"}},
		{"Talks in July.", []string{"July|DATE|2019-07||2019-07"}},
		{"Talks in August.", []string{"August|DATE|2019-08||2019-08"}},
		{"Talks in September.", []string{"September|DATE|2018-09||2018-09"}},
		{"Talks in October.", []string{"October|DATE|2018-10||2018-10"}},
		{"Talks in November.", []string{"November|DATE|2018-11||2018-11"}},
		{"Talks in December.", []string{"December|DATE|2018-12||2018-12"}},
	})
	runLangCases(t, russian, time.Date(2019, 6, 15, 8, 0, 0, 0, time.UTC), []tc{
		{"Встреча 14 мая.", []string{"14 мая|DATE|2019-05-14||2019-05-14"}},
		{"Встреча 15 мая.", []string{"15 мая|DATE|2019-05-15||2019-05-15"}},
		{"Встреча 16 мая.", []string{"16 мая|DATE|2019-05-16||2019-05-16"}},
		{"Встреча 15 июля.", []string{"15 июля|DATE|2019-07-15||2019-07-15"}},
		{"Встреча 16 июля.", []string{"16 июля|DATE|2019-07-16||2019-07-16"}},
		{"Встреча 17 июля.", []string{"17 июля|DATE|2019-07-17||2019-07-17"}},
		{"Встреча 20 декабря.", []string{"20 декабря|DATE|2018-12-20||2018-12-20"}},
		{"Встреча 10 января.", []string{"10 января|DATE|2019-01-10||2019-01-10"}},
	})
	runLangCases(t, japanese, time.Date(2019, 6, 15, 8, 0, 0, 0, time.UTC), []tc{
		{"5月14日の会談", []string{"5月14日|DATE|2019-05-14||2019-05-14"}},
		{"5月15日の会談", []string{"5月15日|DATE|2019-05-15||2019-05-15"}},
		{"5月16日の会談", []string{"5月16日|DATE|2019-05-16||2019-05-16"}},
		{"7月15日の会談", []string{"7月15日|DATE|2019-07-15||2019-07-15"}},
		{"7月16日の会談", []string{"7月16日|DATE|2019-07-16||2019-07-16"}},
		{"7月17日の会談", []string{"7月17日|DATE|2019-07-17||2019-07-17"}},
		{"12月20日の会談", []string{"12月20日|DATE|2018-12-20||2018-12-20"}},
		{"1月10日の会談", []string{"1月10日|DATE|2019-01-10||2019-01-10"}},
	})
	runLangCases(t, russian, time.Date(2019, 12, 20, 8, 0, 0, 0, time.UTC), []tc{
		{"Встреча 10 января.", []string{"10 января|DATE|2020-01-10||2020-01-10"}},
		{"Встреча 25 ноября.", []string{"25 ноября|DATE|2019-11-25||2019-11-25"}},
	})
	runLangCases(t, japanese, time.Date(2019, 12, 20, 8, 0, 0, 0, time.UTC), []tc{
		{"1月10日の会談", []string{"1月10日|DATE|2020-01-10||2020-01-10"}},
		{"11月25日の会談", []string{"11月25日|DATE|2019-11-25||2019-11-25"}},
	})
}

// TestMutantsJapaneseRangesAndAnaphora: ranges of days with "~", "～" and
// から...まで (the second day takes the first's month), weekdays of a
// relative week, and parts of the days 同日, 翌日, 前日.
func TestMutantsJapaneseRangesAndAnaphora(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"5~7日に開催した。", []string{"5|DATE|2024-01-05||2024-01-05", "7日|DATE|2024-01-07||2024-01-07"}},
		{"5～7日に開催した。", []string{"5|DATE|2024-01-05||2024-01-05", "7日|DATE|2024-01-07||2024-01-07"}},
		{"2月5~7日に開催する。", []string{"2月5|DATE|2024-02-05||2024-02-05", "7日|DATE|2024-02-07||2024-02-07"}},
		{"2023年5月1~3日", []string{"2023年5月1|DATE|2023-05-01||2023-05-01", "3日|DATE|2023-05-03||2023-05-03"}},
		{"3月1日~3日", []string{"3月1日|DATE|2024-03-01||2024-03-01", "3日|DATE|2024-03-03||2024-03-03"}},
		{"1月29日から31日まで", []string{"1月29日|DATE|2024-01-29||2024-01-29", "31日|DATE|2024-01-31||2024-01-31"}},
		{"先週の月曜日から水曜日まで", []string{"先週の月曜日|DATE|2024-01-22||2024-01-22", "水曜日|DATE|2024-01-24||2024-01-24"}},
		{"来週の月曜日", []string{"来週の月曜日|DATE|2024-02-05||2024-02-05"}},
		{"今週の金曜日", []string{"今週の金曜日|DATE|2024-02-02||2024-02-02"}},
		{"昨年の12月", []string{"昨年|DATE|2023||2023", "12月|DATE|2023-12||2023-12"}},
		{"同月15日", []string{"同月15日|DATE|2024-01-15||2024-01-15"}},
		{"同日午後", []string{"同日午後|TIME|2024-01-30TAF||2024-01-30"}},
		{"翌日午前", []string{"翌日午前|TIME|2024-01-31TMO||2024-01-31"}},
		{"前日夜", []string{"前日夜|TIME|2024-01-29TNI||2024-01-29"}},
	})
}

// TestMutantsPossessiveYears: "last year's quarter" is the quarter reported
// on a year before; "last year's third quarter" names its quarter.
func TestMutantsPossessiveYears(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"Sales rose from last year's quarter.", []string{"last year's quarter|DATE|2022-Q4||2022-10/2022-12"}},
		{"Sales rose from last year's period.", []string{"last year's period|DATE|2022-Q4||2022-10/2022-12"}},
		{"Sales fell in last year's third quarter.", []string{"last year's third quarter|DATE|2023-Q3||2023-07/2023-09"}},
		{"Sales fell in next year's first quarter.", []string{"next year's first quarter|DATE|2025-Q1||2025-01/2025-03"}},
	})
}

// TestMutantsNumbersInText: ordinal suffixes of days (st, nd, rd, th and
// the teens), numbers in words (compound, hyphenated, hundreds, thousands),
// "a couple of", and vague counts.
func TestMutantsNumbersInText(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"on May 2nd", []string{"May 2nd|DATE|2023-05-02||2023-05-02"}},
		{"on May 3rd", []string{"May 3rd|DATE|2023-05-03||2023-05-03"}},
		{"on May 11th", []string{"May 11th|DATE|2023-05-11||2023-05-11"}},
		{"on May 12th", []string{"May 12th|DATE|2023-05-12||2023-05-12"}},
		{"on May 13th", []string{"May 13th|DATE|2023-05-13||2023-05-13"}},
		{"on May 21st", []string{"May 21st|DATE|2023-05-21||2023-05-21"}},
		{"on May 22nd", []string{"May 22nd|DATE|2023-05-22||2023-05-22"}},
		{"on May 23rd", []string{"May 23rd|DATE|2023-05-23||2023-05-23"}},
		{"on the 2nd of May", []string{"the 2nd of May|DATE|2023-05-02||2023-05-02"}},
		{"on the 22nd of May", []string{"the 22nd of May|DATE|2023-05-22||2023-05-22"}},
		{"twenty-five years", []string{"twenty-five years|DURATION|P25Y||-"}},
		{"twenty five years", []string{"twenty five years|DURATION|P25Y||-"}},
		{"a hundred years", []string{"a hundred years|DURATION|P100Y||-"}},
		{"one hundred days", []string{"one hundred days|DURATION|P100D||-"}},
		{"a thousand years", []string{"a thousand years|DURATION|P1000Y||-"}},
		{"a couple of years", []string{"a couple of years|DURATION|P2Y||-"}},
		{"a couple of weeks ago", []string{"a couple of weeks ago|DATE|2024-W03||2024-01-15/2024-01-21"}},
		{"a few years ago", []string{"a few years ago|DATE|PAST_REF||-"}},
		{"several decades", []string{"several decades|DURATION|PXDE||-"}},
		{"many years", []string{"many years|DURATION|PXY||-"}},
		{"eleven days", []string{"eleven days|DURATION|P11D||-"}},
		{"twelve months", []string{"twelve months|DURATION|P12M||-"}},
		{"thirteen weeks", []string{"thirteen weeks|DURATION|P13W||-"}},
		{"fifteen minutes", []string{"fifteen minutes|DURATION|PT15M||-"}},
		{"sixty seconds", []string{"sixty seconds|DURATION|PT60S||-"}},
		{"ninety days", []string{"ninety days|DURATION|P90D||-"}},
		{"the 90 days", []string{"the 90 days|DURATION|P90D||-"}},
	})
}

// TestMutantsCoupleOf: "couple of" counts two after "a", "the" or a
// relative word.
func TestMutantsCoupleOf(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"over the next couple of years", []string{"the next couple of years|DURATION|P2Y||-"}},
		{"in the past couple of months", []string{"the past couple of months|DURATION|P2M||-"}},
		{"a couple of days", []string{"a couple of days|DURATION|P2D||-"}},
	})
}

// TestMutantsCommasPrecedingAndQuarterEnding: a comma between years that
// is not a thousands group ("1945,1946") leaves both years; "the preceding
// Friday" keeps "the"; "the quarter ending March 31" is a first quarter.
func TestMutantsCommasPrecedingAndQuarterEnding(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"in 1945,1946 and 1947", []string{"1945|DATE|1945||1945", "1946|DATE|1946||1946", "1947|DATE|1947||1947"}},
		{"They met on the preceding Friday.", []string{"the preceding Friday|DATE|2024-01-26||2024-01-26"}},
		{"They met the previous Friday.", []string{"the previous Friday|DATE|2024-01-26||2024-01-26"}},
	})
	ms := Tag("Revenue in the quarter ending March 31 rose.", anchor2024)
	if len(ms) == 0 || ms[0].Text != "the quarter" && !strings.HasPrefix(ms[0].Text, "the quarter ending") || !strings.HasSuffix(ms[0].Value, "-Q1") {
		t.Errorf("the quarter ending March 31: %+v; want a first quarter", ms)
	}
}

// TestMutantsNestingBound: "the end of" nests up to maxNest-1 times in one
// mention; deeper nesting keeps the innermost levels (the bound that keeps
// hostile text linear).
func TestMutantsNestingBound(t *testing.T) {
	for n := 1; n <= maxNest+2; n++ {
		text := "It happened at " + strings.Repeat("the end of ", n) + "1990."
		ms := Tag(text, anchor2024)
		want := min(n, maxNest-1)
		if len(ms) != 1 || strings.Count(ms[0].Text, "the end of") != want || ms[0].Value != "1990" || ms[0].Mod != "END" {
			t.Errorf("%d levels: %+v; want one mention of %d levels", n, ms, want)
		}
	}
}

// TestMutantsPointsAheadAndQuartersEnded: "will be redeemed in ten days" is
// the day that far ahead (hours stay a duration); "the quarter ended Sept.
// 30" is the calendar quarter of the day 45 days before its end.
func TestMutantsPointsAheadAndQuartersEnded(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The bonds will be redeemed in ten days.", []string{"ten days|DATE|2024-02-09||2024-02-09"}},
		{"The bonds will be redeemed in five weeks.", []string{"five weeks|DATE|2024-W10||2024-03-04/2024-03-10"}},
		{"The bonds will be redeemed in two hours.", []string{"two hours|DURATION|PT2H||-"}},
		{"Revenue in the quarter ended Sept. 30 rose.", []string{"the quarter|DATE|2023-Q3||2023-07/2023-09", "Sept. 30|DATE|2023-09-30||2023-09-30"}},
		{"Revenue in the quarter ended Aug. 10 rose.", []string{"the quarter|DATE|2023-Q2||2023-04/2023-06", "Aug. 10|DATE|2023-08-10||2023-08-10"}},
	})
}

// TestMutantsThatSameAndPartsOfTheDay: "that same day" keeps "that";
// "this past spring" is the last one; the end and beginning of "the day"
// are parts of the day of writing.
func TestMutantsThatSameAndPartsOfTheDay(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"They met on 5 May 1960. That same day they signed.", []string{"5 May 1960|DATE|1960-05-05||1960-05-05", "That same day|DATE|1960-05-05||1960-05-05"}},
		{"They met on 5 May 1960. That same week they signed.", []string{"5 May 1960|DATE|1960-05-05||1960-05-05", "That same week|DATE|1960-W18||1960-05-02/1960-05-08"}},
		{"this past spring", []string{"this past spring|DATE|2023-SP||2023-21"}},
		{"by the end of the day", []string{"the end of the day|DATE|2024-01-30|END|2024-01-30"}},
		{"by the end of the week", []string{"the end of the week|DATE|2024-W05|END|2024-01-29/2024-02-04"}},
		{"at the beginning of the day", []string{"the beginning of the day|DATE|2024-01-30|START|2024-01-30"}},
	})
}
