package temporal

import (
	"testing"
	"time"
)

// Tests for the rule families added for issue 10 part 5's last target, on
// sentences written for them (never taken from the development sets).

// TestSoonAhead: "soon" is the vague future only where its clause looks
// ahead; a past "soon", "as soon as" and "soon after" place nothing.
func TestSoonAhead(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The ministry will soon publish the new map.", []string{"soon|DATE|FUTURE_REF||-"}},
		{"The ferry soon will resume its route to Kunashir.", []string{"soon|DATE|FUTURE_REF||-"}},
		{"Fishermen may soon face new quotas.", []string{"soon|DATE|FUTURE_REF||-"}},
		{"The governor expects visa-free trips to soon restart.", []string{"soon|DATE|FUTURE_REF||-"}},
		{"The island will be ready soon to receive visitors.", []string{"soon|DATE|FUTURE_REF||-"}},
		{"Soon, the ferry will run again.", []string{"Soon|DATE|FUTURE_REF||-"}},
		{"Soon the talks may resume in Moscow.", []string{"Soon|DATE|FUTURE_REF||-"}},
		{"Soon the talks collapsed.", nil},
		{"The delegation was soon recalled.", nil},
		{"The talks soon collapsed.", nil},
		{"Moscow said the troops would soon be withdrawn.", nil},
		{"The envoy left soon after the dinner.", nil},
		{"Tokyo wants a treaty as soon as possible.", nil},
		{"Soon afterwards the border was closed.", nil},
		// A comma ends the clause read: the plan is not in it.
		{"He will visit the islands, which soon became a cause.", nil},
	})
}

// TestLastMonthJustBefore: "last <month>" for the month just before the
// anchor's is that month a year earlier (the month just before is "last
// month"); further back it is this year's, and across New Year the one just
// gone.
func TestLastMonthJustBefore(t *testing.T) {
	march := time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC)
	runCases(t, march, []tc{
		{"The patrol boat sank last February.", []string{"last February|DATE|2023-02||"}},
		{"The patrol boat sank last January.", []string{"last January|DATE|2024-01||"}},
		{"The patrol boat sank last March.", []string{"last March|DATE|2023-03||"}},
		{"The patrol boat sank last month.", []string{"last month|DATE|2024-02||"}},
	})
	runCases(t, anchor2024, []tc{ // 30 January 2024
		{"The patrol boat sank last December.", []string{"last December|DATE|2023-12||"}},
	})
}

// TestMonthOrdinalWord: spoken text writes the day as an ordinal word.
func TestMonthOrdinalWord(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The forum opens on Sunday, February fourth, in Sapporo.", []string{"Sunday, February fourth|DATE|2024-02-04||"}},
		{"The rally is this coming Sunday, February fourth.", []string{"this coming Sunday, February fourth|DATE|2024-02-04||"}},
		{"The envoy arrives next Tuesday, Feb. 6, in Tokyo.", []string{"next Tuesday, Feb. 6|DATE|2024-02-06||"}},
		{"The vote is set for March eighth.", []string{"March eighth|DATE|2024-03-08||"}},
		{"Talks resumed on January twenty-second.", []string{"January twenty-second|DATE|2024-01-22||"}},
		{"Talks resumed on January twenty second.", []string{"January twenty second|DATE|2024-01-22||"}},
		{"It was signed on August fifteenth, 1945.", []string{"August fifteenth, 1945|DATE|1945-08-15||"}},
		{"Prime Minister Theresa May first met Abe in 2016.", []string{"2016|DATE|2016||"}},
		{"In May first-time buyers rushed in.", []string{"May|DATE|2023-05||"}},
		{"In March second-quarter sales fell.", []string{"March|DATE|2024-03||", "second-quarter|DATE|2023-Q2||"}},
		{"Sales in June first rose, then fell.", []string{"June|DATE|2023-06||"}},
	})
}

// TestClockAside: wire copy gives a clock time twice, the second in
// brackets, and the day after them; a bracketed restatement takes the tense
// of the clause it restates.
func TestClockAside(t *testing.T) {
	// Tuesday 30 January 2024.
	runCases(t, anchor2024, []tc{
		{"The quake struck at 4:12 a.m. (1912 GMT) Sunday off Shikotan.", []string{
			"4:12 a.m.|TIME|2024-01-28T04:12||", "Sunday|DATE|2024-01-28||"}},
		{"The ship docked at 9 a.m. (0000 GMT) on Jan. 12.", []string{
			"9 a.m.|TIME|2024-01-12T09:00||", "Jan. 12|DATE|2024-01-12||"}},
		{"The plane will land at 6 in the evening (6 p.m. JST Friday).", []string{
			"6 in the evening|TIME|2024-01-30T18:00||", "6 p.m. JST Friday|TIME|2024-02-02T18:00||"}},
		{"The plane landed before dawn (6 a.m. JST Friday).", []string{
			"6 a.m. JST Friday|TIME|2024-01-26T06:00||"}},
		// No day after the brackets: the clock time keeps the anchor's day.
		{"The quake struck at 4:12 a.m. (1912 GMT), officials said.", []string{
			"4:12 a.m.|TIME|2024-01-30T04:12||"}},
	})
}

// TestYearEarlierPeriod: a "year-earlier"/"year-ago" compound and the
// period it qualifies are one expression.
func TestYearEarlierPeriod(t *testing.T) {
	oct := time.Date(1995, 10, 26, 9, 0, 0, 0, time.UTC) // reports on the third quarter
	runCases(t, oct, []tc{
		{"Profit fell from the year-earlier third quarter.", []string{"the year-earlier third quarter|DATE|1994-Q3||"}},
		{"In the year-ago second quarter, the bank lost money.", []string{"the year-ago second quarter|DATE|1994-Q2||"}},
		{"Net for the year-earlier nine months included a gain.", []string{"the year-earlier nine months|DURATION|P9M||-"}},
		{"Sales rose from the year-earlier quarter.", []string{"the year-earlier quarter|DATE|1994-Q3||"}},
		{"Sales rose from the year-earlier $4.5 million.", []string{"year-earlier|DATE|1994||"}},
	})
	feb := time.Date(1996, 2, 6, 9, 0, 0, 0, time.UTC) // reports on the fourth quarter
	runCases(t, feb, []tc{
		{"Profit fell from the year-earlier fourth quarter.", []string{"the year-earlier fourth quarter|DATE|1994-Q4||"}},
	})
}

// TestCoordinatedPlurals: two vague units joined by "or"/"and" are one
// stretch of unknown length, valued by the first.
func TestCoordinatedPlurals(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"A deal could come within weeks or months.", []string{"weeks or months|DURATION|PXW||-"}},
		{"The patrols grew in recent weeks and months.", []string{"recent weeks and months|DURATION|PXW||-"}},
		{"The talks dragged on for months and years.", []string{"months and years|DURATION|PXM||-"}},
		// The second unit with an offset of its own stays apart.
		{"It lasted days and weeks later ended.", []string{"days|DURATION|PXD||-", "weeks later|DATE|FUTURE_REF||-"}},
	})
}

// TestDayBeforeEvent: "the day before/after" an event counts from the day
// last told; set off after a date it restates that date.
func TestDayBeforeEvent(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The boat was seized on Jan. 12. Officials boarded it the day after the seizure.", []string{
			"Jan. 12|DATE|2024-01-12||", "the day|DATE|2024-01-13||"}},
		{"The boat was seized on Jan. 12. Crews had been warned the day before the raid.", []string{
			"Jan. 12|DATE|2024-01-12||", "the day|DATE|2024-01-11||"}},
		{"On Jan. 12, the day before the vote, the envoy left.", []string{
			"Jan. 12|DATE|2024-01-12||", "the day|DATE|2024-01-12||"}},
		// A clause after "after", a deictic word, "later in the day": not this rule.
		{"The boat was seized on Jan. 12. The day after it sailed, crews left.", []string{"Jan. 12|DATE|2024-01-12||"}},
		{"The boat was seized on Jan. 12. It sailed the day before yesterday.", []string{
			"Jan. 12|DATE|2024-01-12||", "day before yesterday|DATE|2024-01-28||"}},
	})
}

// TestGenericDeictics: "of tomorrow" after "the <noun>", and "today's"
// before an adjective and a generic noun, name an age, not a day.
func TestGenericDeictics(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The islands need the schools of tomorrow.", nil},
		{"It trains the leaders of tomorrow, he said.", nil},
		{"Many of today's young children never saw the islands.", nil},
		{"The chips run many of today's personal computers.", nil},
		// A day: "tomorrow's vote", "today's special session".
		{"Tomorrow's vote is close.", []string{"Tomorrow|DATE|2024-01-31||"}},
		{"Today's special session opens.", []string{"Today|DATE|2024-01-30||"}},
	})
}

// TestDiscourseRefs: "Now for ..." turns a broadcast to its next item, and
// "most recently" before a date grades that date; neither is a timex.
func TestDiscourseRefs(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"Now for the weather in Sapporo.", nil},
		{"Boats were seized three times, most recently last October.", []string{"last October|DATE|2023-10||"}},
		// "now" and "recently" that date something stay.
		{"Now the ferry runs again.", []string{"Now|DATE|PRESENT_REF||-"}},
		{"He most recently visited Kunashir.", []string{"recently|DATE|PAST_REF||-"}},
	})
}

// TestPluralPeriodSets: a period named in the plural recurs (TimeML SET):
// a weekday with a part of day in the plural, a weekday coordinated before
// one, and ordinal quarters in the plural where the clause says what usually
// happens; without that cue, plural quarters are this year's.
func TestPluralPeriodSets(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The ferry to Shikotan sails on Tuesday nights.", []string{"Tuesday nights|SET|XXXX-WXX-2TNI||"}},
		{"The ferry sails on Monday and Thursday nights.", []string{"Monday|SET|XXXX-WXX-1TNI||", "Thursday nights|SET|XXXX-WXX-4TNI||"}},
		{"Volunteers teach Russian on Saturday or Sunday mornings.", []string{"Saturday|SET|XXXX-WXX-6TMO||", "Sunday mornings|SET|XXXX-WXX-7TMO||"}},
		{"The new ferry will sail on Monday and Thursday nights from April 1.", []string{"Monday|SET|XXXX-WXX-1TNI||", "Thursday nights|SET|XXXX-WXX-4TNI||", "April 1|DATE|2024-04-01||"}},
		// Coordinated in a past clause, the plural is two nights told.
		{"The town was shelled on Saturday and Sunday nights.", []string{"Saturday|DATE|2024-01-27||", "Sunday nights|TIME|2024-01-28TNI||"}},
		{"He worked Friday nights at the cannery.", []string{"Friday nights|SET|XXXX-WXX-5TNI||"}},
		{"The ferry sailed on Monday night.", []string{"Monday night|TIME|2024-01-29TNI||"}},
		{"The envoy arrived Sunday and left Monday night.", []string{"Sunday|DATE|2024-01-28||", "Monday night|TIME|2024-01-29TNI||"}},
		{"Most crab is usually landed in the second and fourth quarters.", []string{"second|SET|XXXX-Q2||", "fourth quarters|SET|XXXX-Q4||"}},
		{"Catches are typically highest in fourth quarters.", []string{"fourth quarters|SET|XXXX-Q4||"}},
		{"Exports to Japan fell in the third and fourth quarters.", []string{"the third|DATE|2023-Q3||", "fourth quarters|DATE|2023-Q4||"}},
		{"Usually the talks stall. Exports fell in the third and fourth quarters.", []string{"the third|DATE|2023-Q3||", "fourth quarters|DATE|2023-Q4||"}},
		{"Exports usually rise in the first and second quarters of 2023.", []string{"the first|DATE|2023-Q1||", "second quarters of 2023|DATE|2023-Q2||"}},
		// Seasons are not back to back: a count of them is that season of
		// each year, not one stretch.
		{"Crab catches have fallen for the past three summers.", []string{"the past three summers|SET|XXXX-SU||"}},
		{"The strait froze over in the last two winters.", []string{"the last two winters|SET|XXXX-WI||"}},
		{"Talks dragged on for the past three months.", []string{"the past three months|DURATION|P3M||"}},
	})
}

// TestDayDescribed: "it was a great day": "day" names the day itself, the
// day last told ("was"; before any, the day of writing) or the day of
// writing ("is").
func TestDayDescribed(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The ministers met on Monday in Tokyo. Kamikawa said it was \"a great day for both nations.\"", []string{"Monday|DATE|2024-01-29||", "day|DATE|2024-01-29||"}},
		{"The treaty was signed on 19 October 1956. It was a proud day for Hatoyama.", []string{"19 October 1956|DATE|1956-10-19||", "day|DATE|1956-10-19||"}},
		{"This is a sad day for the islanders, the mayor said.", []string{"day|DATE|2024-01-30||"}},
		{"Kamikawa said it was a great day for both nations.", []string{"day|DATE|2024-01-30||"}},
		{"Today is a sad day for the islanders.", []string{"Today|DATE|2024-01-30||"}},
		{"It was a long day's journey to Kunashir.", nil},
	})
}

// TestOvernight: "overnight" in a report of what happened is the night
// before the day told (dated by its evening, as "last night" is); in a
// clause that looks ahead, the coming night.
func TestOvernight(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"Tokyo stocks fell on Monday, hit by overnight losses in New York.", []string{"Monday|DATE|2024-01-29||", "overnight|TIME|2024-01-28TNI||"}},
		{"The yen was weakened by overnight selling.", []string{"overnight|TIME|2024-01-29TNI||"}},
		{"The talks on Tuesday will run late, with a deal expected by overnight trading.", []string{"Tuesday|DATE|2024-01-30||", "overnight|TIME|2024-01-30TNI||"}},
	})
}
