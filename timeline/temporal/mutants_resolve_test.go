package temporal

import (
	"testing"
	"time"
)

// Tests written against `make mutate-sample` limited to resolve.go,
// rules_vague.go, rules_set.go and rules_day.go (issue 15): each table goes
// over the family of expressions a surviving mutant's condition serves, with
// sentences written for it (not taken from the bench), so that the mutant
// changes a case. Expected values follow the rules' comments and TimeML.

// TestClauseWithoutTense: a clause whose only verb is a copula or a verb of
// wish ("is", "are", "wants") has no tense of its own, so the decision falls
// to the cues further out: a plural part of day after coordinated weekdays
// stays a set, and a yearless month more than four months away takes the
// future from the clause after the comma.
func TestClauseWithoutTense(t *testing.T) {
	runCases(t, anchor2024, []tc{ // Tuesday 30 January 2024
		{"Fares are lower on Monday and Thursday nights.", []string{"Monday|SET|XXXX-WXX-1TNI||-", "Thursday nights|SET|XXXX-WXX-4TNI||-"}},
		{"The ferry is full on Saturday and Sunday nights.", []string{"Saturday|SET|XXXX-WXX-6TNI||-", "Sunday nights|SET|XXXX-WXX-7TNI||-"}},
		{"Tickets are cheaper on Tuesday or Wednesday evenings.", []string{"Tuesday|SET|XXXX-WXX-2TEV||-", "Wednesday evenings|SET|XXXX-WXX-3TEV||-"}},
	})
	runCases(t, anchorSat, []tc{ // Saturday 15 June 2019
		{"The vote is in December, and the parties will campaign hard.", []string{"December|DATE|2019-12||2019-12"}},
		{"The final round is in January, and the envoys will meet there.", []string{"January|DATE|2020-01||2020-01"}},
		{"The deadline is in November, so the ministers will hurry.", []string{"November|DATE|2019-11||2019-11"}},
		// Told of the past, or with no cue at all, it is the one before.
		{"The deadline is in November, so the ministers hurried.", []string{"November|DATE|2018-11||2018-11"}},
		{"The deadline is in November.", []string{"November|DATE|2018-11||2018-11"}},
	})
}

// TestQuartersAroundTheReport: a quarter named without a year in a report
// is this year's unless it has not begun and nothing looks ahead; the
// quarter the report is in counts as begun. "The year-earlier" quarter is
// a year before the last such quarter that has begun; "the latest quarter"
// is the last one ended.
func TestQuartersAroundTheReport(t *testing.T) {
	jan := time.Date(2024, 1, 30, 9, 0, 0, 0, time.UTC) // in Q1
	may := time.Date(2024, 5, 10, 9, 0, 0, 0, time.UTC) // in Q2
	runCases(t, jan, []tc{
		{"Profit rose in the first quarter.", []string{"the first quarter|DATE|2024-Q1||2024-01/2024-03"}},
		{"Profit rose in the second quarter.", []string{"the second quarter|DATE|2023-Q2||2023-04/2023-06"}},
		{"Profit will rise in the second quarter.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06"}},
		{"Sales in the latest quarter fell.", []string{"the latest quarter|DATE|2023-Q4||2023-10/2023-12"}},
		{"Profit rose in the quarter.", []string{"the quarter|DATE|2023-Q4||2023-10/2023-12"}},
		{"Profit fell from the year-earlier first quarter.", []string{"the year-earlier first quarter|DATE|2022-Q1||2022-01/2022-03"}},
		{"Profit fell from the year-earlier fourth quarter.", []string{"the year-earlier fourth quarter|DATE|2022-Q4||2022-10/2022-12"}},
	})
	runCases(t, may, []tc{
		{"Profit rose in the first quarter.", []string{"the first quarter|DATE|2024-Q1||2024-01/2024-03"}},
		{"Profit rose in the second quarter.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06"}},
		{"Profit rose in the third quarter.", []string{"the third quarter|DATE|2023-Q3||2023-07/2023-09"}},
		{"Sales in the latest quarter fell.", []string{"the latest quarter|DATE|2024-Q1||2024-01/2024-03"}},
		{"Sales in the latest period fell.", []string{"the latest period|DATE|2024-Q1||2024-01/2024-03"}},
		{"Profit rose in the quarter.", []string{"the quarter|DATE|2024-Q1||2024-01/2024-03"}},
		{"Profit fell from the year-earlier first quarter.", []string{"the year-earlier first quarter|DATE|2023-Q1||2023-01/2023-03"}},
		{"Profit fell from the year-earlier second quarter.", []string{"the year-earlier second quarter|DATE|2022-Q2||2022-04/2022-06"}},
		{"Profit fell from the year-earlier third quarter.", []string{"the year-earlier third quarter|DATE|2022-Q3||2022-07/2022-09"}},
		// A year earlier than a quarter is that quarter a year before;
		// after a longer period ("the nine months", "the first half") it
		// stays a year.
		{"Profit rose in the quarter, compared with a loss a year earlier.", []string{"the quarter|DATE|2024-Q1||2024-01/2024-03", "a year earlier|DATE|2023-Q1||2023-01/2023-03"}},
		{"Profit rose in the second quarter. A year earlier it fell.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "A year earlier|DATE|2023-Q2||2023-04/2023-06"}},
		{"Profit rose in the first half. A year earlier it fell.", []string{"the first half|DATE|2024-H1||2024-01/2024-06", "A year earlier|DATE|2023||2023"}},
		{"For the nine months, profit rose in the second quarter, up from a loss a year earlier.", []string{"the nine months|DURATION|P9M||-", "the second quarter|DATE|2024-Q2||2024-04/2024-06", "a year earlier|DATE|2023||2023"}},
		{"Profit rose in the second quarter from the quarter a year ago.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "the quarter a year ago|DATE|2023-Q2||2023-04/2023-06"}},
		// "the quarter", "the next", "the previous" count from the quarter told.
		{"Profit rose in the second quarter. Sales in the quarter rose.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "the quarter|DATE|2024-Q2||2024-04/2024-06"}},
		{"Profit rose in the second quarter. The next quarter will be weak.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "The next quarter|DATE|2024-Q3||2024-07/2024-09"}},
		{"Profit rose in the second quarter. The previous quarter was weak.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "The previous quarter|DATE|2024-Q1||2024-01/2024-03"}},
	})
}

// TestClauseTenseReachesSixteenWords: the tense of a date's clause is read
// at most sixteen words back; a cue further back belongs to another clause
// ("will need ... to win back voters angry over the price rises in March":
// the rises are past).
func TestClauseTenseReachesSixteenWords(t *testing.T) {
	runCases(t, anchorSat, []tc{ // Saturday 15 June 2019
		{"The ministers will need more than vague promises of aid and new joint fishing projects to win back voters angry over the price rises in March.", []string{"March|DATE|2019-03||2019-03"}},
		{"The ministers will need more than vague promises of aid and new joint fishing projects to win back voters angry over the price rises on Friday.", []string{"Friday|DATE|2019-06-14||2019-06-14"}},
		{"The ministers will need more than vague promises of aid and new joint fishing projects to win back voters angry over the price rises in September.", []string{"September|DATE|2018-09||2018-09"}},
		{"Voters are angry over the price rises in March.", []string{"March|DATE|2019-03||2019-03"}},
	})
}

// TestSoonAsConjunction: "soon as" (with or without the first "as") opens
// a clause of time and places nothing itself, even in a clause that looks
// ahead; "soon" set off by a comma before "as" is the vague future.
func TestSoonAsConjunction(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The ferry will sail again soon as the ice clears.", nil},
		{"The ferry will sail again as soon as the ice clears.", nil},
		{"Soon as the ice clears the ferry will sail again.", nil},
		{"The ferry will resume soon, as officials promised.", []string{"soon|DATE|FUTURE_REF||-"}},
	})
}

// TestDayBeforeAdverbial: "the day before" and "the day after" used as an
// adverb, followed by a place or a circumstance ("the day before in
// Nemuro"), are the day before or after the day last told.
func TestDayBeforeAdverbial(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The boat was seized on Jan. 12. The crew had met the day before in Nemuro.", []string{"Jan. 12|DATE|2024-01-12||2024-01-12", "the day|DATE|2024-01-11||2024-01-11"}},
		{"The boat was seized on Jan. 12. The crew returned to port the day after in a storm.", []string{"Jan. 12|DATE|2024-01-12||2024-01-12", "the day|DATE|2024-01-13||2024-01-13"}},
	})
}

// TestYearlessWindowEdges: the edges of the windows that place a yearless
// month or day around the anchor. The anchor's own month or day is this
// year's whatever the tense; within four months (124 days, months counted
// as 31) the nearest one is taken and only a cue in the date's own clause
// turns a past one ahead, never one in a later clause ("After the talks on
// February 15 failed, the envoys will try again"); less than a month behind,
// even that clause's plan does not ("will review the accord of May 15");
// a month more than two months ahead is last year's without a future cue;
// "next" and "last" with the anchor's month are a year away.
func TestYearlessWindowEdges(t *testing.T) {
	runCases(t, anchorSat, []tc{ // Saturday 15 June 2019
		{"The summit will be held in June.", []string{"June|DATE|2019-06||2019-06"}},
		{"The summit was held in June.", []string{"June|DATE|2019-06||2019-06"}},
		{"The summit will be held on June 15.", []string{"June 15|DATE|2019-06-15||2019-06-15"}},
		{"The summit was held on June 15.", []string{"June 15|DATE|2019-06-15||2019-06-15"}},
		{"After the talks on February 15 failed, the envoys will try again.", []string{"February 15|DATE|2019-02-15||2019-02-15"}},
		{"After the talks on February 16 failed, the envoys will try again.", []string{"February 16|DATE|2019-02-16||2019-02-16"}},
		{"After the talks in February failed, the envoys will try again.", []string{"February|DATE|2019-02||2019-02"}},
		{"The committee will review the text of the fishing accord of May 15.", []string{"May 15|DATE|2019-05-15||2019-05-15"}},
		{"The committee will review the text of the fishing accord of May 20.", []string{"May 20|DATE|2019-05-20||2019-05-20"}},
		{"He left last June and returns next June.", []string{"last June|DATE|2018-06||2018-06", "next June|DATE|2020-06||2020-06"}},
		{"He left last July and returns next May.", []string{"last July|DATE|2018-07||2018-07", "next May|DATE|2020-05||2020-05"}},
		{"He left last April and returns next July.", []string{"last April|DATE|2019-04||2019-04", "next July|DATE|2019-07||2019-07"}},
	})
	runCases(t, anchorEve, []tc{ // Sunday 31 December 2023
		{"Talks in March.", []string{"March|DATE|2023-03||2023-03"}},
		{"Talks in April.", []string{"April|DATE|2023-04||2023-04"}},
		{"Talks in February.", []string{"February|DATE|2024-02||2024-02"}},
	})
	runCases(t, time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC), []tc{
		{"The patrol boat sails next March.", []string{"next March|DATE|2025-03||2025-03"}},
		{"The patrol boat sails next April.", []string{"next April|DATE|2024-04||2024-04"}},
		{"The patrol boat sails next February.", []string{"next February|DATE|2025-02||2025-02"}},
	})
	// A month is measured from the middle of the anchor's month, whatever
	// the anchor's day: written on 1 March, May is two months ahead.
	runCases(t, time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC), []tc{
		{"Talks in May.", []string{"May|DATE|2024-05||2024-05"}},
		{"Talks in June.", []string{"June|DATE|2023-06||2023-06"}},
	})
}

// TestHistoryYearRollsOver: a history told in order passes from November
// or December to the January or February after it (ten months back or
// more, from a month or a day told). A year told earlier in the same
// sentence gives a yearless month its year when nothing looks ahead.
func TestHistoryYearRollsOver(t *testing.T) {
	const lead = "The war began in 1904. The treaty followed in 1905. Japan surrendered in 1945. "
	years := []string{"1904|DATE|1904||1904", "1905|DATE|1905||1905", "1945|DATE|1945||1945"}
	with := func(ms ...string) []string { return append(append([]string(nil), years...), ms...) }
	runCases(t, anchorSat, []tc{
		{lead + "The fleet sailed in November 1945. In January the talks opened.", with("November 1945|DATE|1945-11||1945-11", "January|DATE|1946-01||1946-01")},
		{lead + "The fleet sailed in December 1945. In February the talks opened.", with("December 1945|DATE|1945-12||1945-12", "February|DATE|1946-02||1946-02")},
		{lead + "The fleet sailed on 30 December 1945. On 2 January the talks opened.", with("30 December 1945|DATE|1945-12-30||1945-12-30", "2 January|DATE|1946-01-02||1946-01-02")},
		{lead + "The fleet sailed in 1946. In January the talks opened.", with("1946|DATE|1946||1946", "January|DATE|1946-01||1946-01")},
		{"In 2017 the mine's output hit a peak in September.", []string{"2017|DATE|2017||2017", "September|DATE|2017-09||2017-09"}},
		{"In 2017 the output of the mine in the far north of the island hit a record high of nearly two million tonnes of coal in September.", []string{"2017|DATE|2017||2017", "September|DATE|2017-09||2017-09"}},
		{"Output fell in 2017, and the new mine will open in September.", []string{"2017|DATE|2017||2017", "September|DATE|2019-09||2019-09"}},
	})
}

// TestYearsInPassing: in a history, a year mentioned in passing does not
// move the story's time, so a yearless month after it keeps the story's
// year: after "since" or "as in", or a year more than three years from the
// story's when the next year written returns to within a year of it ("a
// memoir published in 1949 says the fleet sailed in March. In 1945 ...").
// Three years away, or when the next year does not return, the story has
// moved.
func TestYearsInPassing(t *testing.T) {
	const lead = "The war began in 1904. The treaty followed in 1905. "
	years := []string{"1904|DATE|1904||1904", "1905|DATE|1905||1905"}
	with := func(ms ...string) []string { return append(append([]string(nil), years...), ms...) }
	runCases(t, anchorSat, []tc{
		{lead + "Japan surrendered in 1945. The fleet, as in 1920, sailed in March.", with("1945|DATE|1945||1945", "1920|DATE|1920||1920", "March|DATE|1945-03||1945-03")},
		{lead + "Japan surrendered in 1945. The fleet, as in 1920, sailed on 3 March.", with("1945|DATE|1945||1945", "1920|DATE|1920||1920", "3 March|DATE|1945-03-03||1945-03-03")},
		{lead + "Japan surrendered in 1945. The islands had been Japanese since 1875, and in March the fleet came.", with("1945|DATE|1945||1945", "1875|DATE|1875||1875", "March|DATE|1945-03||1945-03")},
		{lead + "Japan surrendered in 1945. A memoir published in 1949 says the fleet sailed in March. In 1945 the islands were taken.", with("1945|DATE|1945||1945", "1949|DATE|1949||1949", "March|DATE|1945-03||1945-03", "1945|DATE|1945||1945")},
		{lead + "Japan surrendered in 1945. A memoir published in 1950 says the fleet sailed in March. In 1946 the islands were emptied.", with("1945|DATE|1945||1945", "1950|DATE|1950||1950", "March|DATE|1945-03||1945-03", "1946|DATE|1946||1946")},
		{lead + "The garrison grew in 1944. By 1948 the last islanders had left, and in March the final boat sailed. In 1945 the islands were taken.", with("1944|DATE|1944||1944", "1948|DATE|1948||1948", "March|DATE|1948-03||1948-03", "1945|DATE|1945||1945")},
		{lead + "Japan surrendered in 1945. By 1948 the last islanders had left, and in March the final boat sailed. In 1944 the garrison had been reinforced.", with("1945|DATE|1945||1945", "1948|DATE|1948||1948", "March|DATE|1948-03||1948-03", "1944|DATE|1944||1944")},
		{lead + "Japan surrendered in 1945. In 1946 the fleet sailed in March.", with("1945|DATE|1945||1945", "1946|DATE|1946||1946", "March|DATE|1946-03||1946-03")},
	})
}

// TestComparisonsWithAYearBefore: in a quarterly report, "last year" in a
// comparison of figures ("compared with $3 million last year", "against",
// within nine tokens) is the quarter reported on a year before; told on
// its own it is the year. "The quarter a year ago" is a comparison too: it
// does not become the quarter reported on, so "the quarter" after it is
// still the one reported.
func TestComparisonsWithAYearBefore(t *testing.T) {
	jul := time.Date(2024, 7, 20, 9, 0, 0, 0, time.UTC)
	q2 := "the second quarter|DATE|2024-Q2||2024-04/2024-06"
	runCases(t, jul, []tc{
		{"Profit rose in the second quarter, compared with $3 million last year.", []string{q2, "last year|DATE|2023-Q2||2023-04/2023-06"}},
		{"Profit rose to $5 million in the second quarter, against $3 million last year.", []string{q2, "last year|DATE|2023-Q2||2023-04/2023-06"}},
		{"Profit rose in the second quarter, compared with a loss of 3 million yen last year.", []string{q2, "last year|DATE|2023-Q2||2023-04/2023-06"}},
		{"Profit rose in the second quarter. Last year the company lost money.", []string{q2, "Last year|DATE|2023||2023"}},
		{"Profit rose in the second quarter, compared with $3 million in the same period last year.", []string{q2, "the same period last year|DATE|2023-Q2||2023-04/2023-06"}},
		{"Profit rose in the second quarter from the quarter a year ago. Sales in the quarter rose.", []string{q2, "the quarter a year ago|DATE|2023-Q2||2023-04/2023-06", "the quarter|DATE|2024-Q2||2024-04/2024-06"}},
		{"Profit rose in the second quarter from the quarter a year earlier. Sales in the quarter rose.", []string{q2, "the quarter a year earlier|DATE|2023-Q2||2023-04/2023-06", "the quarter|DATE|2024-Q2||2024-04/2024-06"}},
		{"Profit rose in the second quarter, up from the previous quarter. Sales in the quarter rose.", []string{q2, "the previous quarter|DATE|2024-Q1||2024-01/2024-03", "the quarter|DATE|2024-Q2||2024-04/2024-06"}},
		{"Profit rose in the second quarter, up from the preceding quarter. A year earlier sales fell.", []string{q2, "the preceding quarter|DATE|2024-Q1||2024-01/2024-03", "A year earlier|DATE|2023-Q2||2023-04/2023-06"}},
	})
}

// TestSeasonsAtTheirEdges: seasons are counted in season years that start
// in March (the winter of February 2019 is 2018-WI), and the season the
// anchor is in, on its first or last month, is this one whatever the tense
// ("last summer" and "next summer" written in summer are a year away).
func TestSeasonsAtTheirEdges(t *testing.T) {
	for _, c := range []struct {
		anchor time.Time
		tc
	}{
		{time.Date(2019, 3, 10, 9, 0, 0, 0, time.UTC), tc{"The talks will resume in the spring.", []string{"the spring|DATE|2019-SP||2019-21"}}},
		{time.Date(2019, 3, 10, 9, 0, 0, 0, time.UTC), tc{"The talks stalled in the winter.", []string{"the winter|DATE|2018-WI||2018-24"}}},
		{time.Date(2019, 5, 31, 9, 0, 0, 0, time.UTC), tc{"The talks will resume in the spring.", []string{"the spring|DATE|2019-SP||2019-21"}}},
		{time.Date(2019, 6, 1, 9, 0, 0, 0, time.UTC), tc{"The talks will resume in the summer.", []string{"the summer|DATE|2019-SU||2019-22"}}},
		{time.Date(2019, 8, 31, 9, 0, 0, 0, time.UTC), tc{"The talks will resume in the summer.", []string{"the summer|DATE|2019-SU||2019-22"}}},
		{time.Date(2019, 6, 15, 9, 0, 0, 0, time.UTC), tc{"The talks stalled in the summer.", []string{"the summer|DATE|2019-SU||2019-22"}}},
		{time.Date(2019, 6, 15, 9, 0, 0, 0, time.UTC), tc{"The talks stalled last summer and resume next summer.", []string{"last summer|DATE|2018-SU||2018-22", "next summer|DATE|2020-SU||2020-22"}}},
		{time.Date(2019, 9, 1, 9, 0, 0, 0, time.UTC), tc{"The talks will resume in the autumn.", []string{"the autumn|DATE|2019-FA||2019-23"}}},
		{time.Date(2019, 11, 30, 9, 0, 0, 0, time.UTC), tc{"The talks will resume in the autumn.", []string{"the autumn|DATE|2019-FA||2019-23"}}},
		{time.Date(2019, 12, 10, 9, 0, 0, 0, time.UTC), tc{"The talks will resume in the winter.", []string{"the winter|DATE|2019-WI||2019-24"}}},
		{time.Date(2019, 2, 20, 9, 0, 0, 0, time.UTC), tc{"The talks will resume in the spring.", []string{"the spring|DATE|2019-SP||2019-21"}}},
		{time.Date(2019, 2, 20, 9, 0, 0, 0, time.UTC), tc{"The talks stalled in the autumn.", []string{"the autumn|DATE|2018-FA||2018-23"}}},
		{time.Date(2019, 2, 20, 9, 0, 0, 0, time.UTC), tc{"The talks stalled in the winter.", []string{"the winter|DATE|2018-WI||2018-24"}}},
		{time.Date(2019, 2, 20, 9, 0, 0, 0, time.UTC), tc{"Talks in the winter.", []string{"the winter|DATE|2018-WI||2018-24"}}},
	} {
		runCases(t, c.anchor, []tc{c.tc})
	}
}

// TestWeekendsAndQuarterCounts: "the weekend" in a report written Monday
// to Friday is the one just past unless the sentence looks ahead, and on
// the weekend itself it is that one; quarters counted back or ahead from
// the anchor or the quarter told cross the year.
func TestWeekendsAndQuarterCounts(t *testing.T) {
	for _, c := range []struct {
		anchor time.Time
		tc
	}{
		{time.Date(2024, 1, 29, 9, 0, 0, 0, time.UTC), tc{"Talks over the weekend failed.", []string{"the weekend|DATE|2024-W04-WE||2024-01-27/2024-01-28"}}}, // Monday
		{time.Date(2024, 1, 31, 9, 0, 0, 0, time.UTC), tc{"Talks over the weekend failed.", []string{"the weekend|DATE|2024-W04-WE||2024-01-27/2024-01-28"}}},
		{time.Date(2024, 1, 31, 9, 0, 0, 0, time.UTC), tc{"Talks will resume over the weekend.", []string{"the weekend|DATE|2024-W05-WE||2024-02-03/2024-02-04"}}},
		{time.Date(2024, 2, 2, 9, 0, 0, 0, time.UTC), tc{"Talks over the weekend failed.", []string{"the weekend|DATE|2024-W04-WE||2024-01-27/2024-01-28"}}}, // Friday
		{time.Date(2024, 2, 3, 9, 0, 0, 0, time.UTC), tc{"Talks over the weekend failed.", []string{"the weekend|DATE|2024-W05-WE||2024-02-03/2024-02-04"}}}, // Saturday
		{time.Date(2024, 2, 4, 9, 0, 0, 0, time.UTC), tc{"Talks over the weekend failed.", []string{"the weekend|DATE|2024-W05-WE||2024-02-03/2024-02-04"}}}, // Sunday
		{anchor2024, tc{"Sales fell two quarters ago.", []string{"two quarters ago|DATE|2023-Q3||2023-07/2023-09"}}},
		{anchor2024, tc{"Sales fell in the previous quarter.", []string{"the previous quarter|DATE|2023-Q4||2023-10/2023-12"}}},
		{anchor2024, tc{"Sales fell four quarters ago.", []string{"four quarters ago|DATE|2023-Q1||2023-01/2023-03"}}},
		{anchor2024, tc{"Sales fell five quarters ago.", []string{"five quarters ago|DATE|2022-Q4||2022-10/2022-12"}}},
		{anchor2024, tc{"Sales will rise next quarter.", []string{"next quarter|DATE|2024-Q2||2024-04/2024-06"}}},
		{time.Date(2024, 11, 30, 9, 0, 0, 0, time.UTC), tc{"Sales will rise next quarter.", []string{"next quarter|DATE|2025-Q1||2025-01/2025-03"}}},
		{time.Date(2024, 7, 20, 9, 0, 0, 0, time.UTC), tc{"Profit rose in the second quarter. Two quarters earlier it fell.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "Two quarters earlier|DATE|2023-Q4||2023-10/2023-12"}}},
	} {
		runCases(t, c.anchor, []tc{c.tc})
	}
}

// TestOrdinalQuartersAnyOrder: ordinal quarters coordinated in the plural
// are read whatever their order, down to the first ("the fourth and first
// quarters", the winter ones): each ordinal is its own expression.
func TestOrdinalQuartersAnyOrder(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"Heating oil sales usually peak in the fourth and first quarters.", []string{"fourth|SET|XXXX-Q4||-", "first quarters|SET|XXXX-Q1||-"}},
		{"Ice usually blocks the port in the fourth or first quarters.", []string{"fourth|SET|XXXX-Q4||-", "first quarters|SET|XXXX-Q1||-"}},
	})
}

// TestHalvesAndPartsOfDecadesAndCenturies: a half of a decade or a century
// is its first or last five years or decades (mod START or END), and its
// start, middle and end are the spans TimeML's mods stand for, in EDTF.
func TestHalvesAndPartsOfDecadesAndCenturies(t *testing.T) {
	runCases(t, anchorSat, []tc{
		{"Trade grew in the first half of the 1950s.", []string{"the first half of the 1950s|DATE|195|START|1950/1954"}},
		{"Trade grew in the second half of the 1950s.", []string{"the second half of the 1950s|DATE|195|END|1955/1959"}},
		{"Trade grew in the first half of the 20th century.", []string{"the first half of the 20th century|DATE|19|START|190X/194X"}},
		{"Trade grew in the second half of the 20th century.", []string{"the second half of the 20th century|DATE|19|END|195X/199X"}},
		{"Trade grew in the middle of the 1950s.", []string{"the middle of the 1950s|DATE|195|MID|1953/1956"}},
		{"Trade grew at the start of the 1950s.", []string{"the start of the 1950s|DATE|195|START|1950/1953"}},
		{"Trade grew at the end of the 1950s.", []string{"the end of the 1950s|DATE|195|END|1957/1959"}},
		{"Trade grew in the middle of the 20th century.", []string{"the middle of the 20th century|DATE|19|MID|194X/196X"}},
		{"Trade grew at the end of the 20th century.", []string{"the end of the 20th century|DATE|19|END|197X/199X"}},
		{"Trade grew in the early 20th century.", []string{"the early 20th century|DATE|19|START|190X/193X"}},
	})
}

// TestInitialsDoNotEndSentences: the full stop after a middle initial or a
// title ("Daniel K. Davison", "Gen. Smith") ends no sentence, so the tense
// read for a date crosses it; a real full stop before a capital ends the
// sentence and its tense.
func TestInitialsDoNotEndSentences(t *testing.T) {
	runCases(t, anchorSat, []tc{
		{"Officials will let Daniel K. Davison sell 30 boats in December.", []string{"December|DATE|2019-12||2019-12"}},
		{"Officials will let Gen. Smith sell 30 boats in December.", []string{"December|DATE|2019-12||2019-12"}},
		{"Officials will rest. Davison sells 30 boats in December.", []string{"December|DATE|2018-12||2018-12"}},
	})
}
