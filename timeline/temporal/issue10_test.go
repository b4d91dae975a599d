package temporal

import (
	"testing"
	"time"
)

// Tests for the rule families of issue 10, on sentences written for them
// (never taken from the development sets).

// TestTenseAndAspect: plans, schedules and the future put a yearless date or
// a weekday ahead; reported speech counts from the day of the report.
func TestTenseAndAspect(t *testing.T) {
	// Tuesday 30 January 2024: a weekday "ahead" is after it.
	runCases(t, anchor2024, []tc{
		{"The delegates are scheduled to fly back on Monday.", []string{"Monday|DATE|2024-02-05||2024-02-05"}},
		{"The envoy is due to arrive on Friday.", []string{"Friday|DATE|2024-02-02||"}},
		{"Kishida plans to travel on Thursday.", []string{"Thursday|DATE|2024-02-01||"}},
		{"The ministers will meet on Monday.", []string{"Monday|DATE|2024-02-05||"}},
		{"Lavrov is expected to visit Tokyo on Saturday.", []string{"Saturday|DATE|2024-02-03||"}},
		{"The ministers met on Monday.", []string{"Monday|DATE|2024-01-29||"}},
		// Reported speech: the clause's tense counts from the report's day.
		{"The minister said on Friday that talks would resume on Monday.", []string{
			"Friday|DATE|2024-01-26||", "Monday|DATE|2024-01-29||"}},
		{"The minister said on Friday that talks had resumed on Monday.", []string{
			"Friday|DATE|2024-01-26||", "Monday|DATE|2024-01-22||"}},
		{"Lavrov said on Monday that talks would resume in March.", []string{
			"Monday|DATE|2024-01-29||", "March|DATE|2024-03||"}},
		// No tense cue, more than four months away: the past (issue 15's
		// surviving mutant turned this into July 2024).
		{"The meeting in July.", []string{"July|DATE|2023-07||2023-07"}},
	})
	// Monday 10 June 2024: March, April and May are behind unless a plan
	// or the future puts them ahead.
	june := time.Date(2024, 6, 10, 9, 0, 0, 0, time.UTC)
	runCases(t, june, []tc{
		{"The treaty is due to be signed on March 3.", []string{"March 3|DATE|2025-03-03||"}},
		{"Kishida plans to visit Moscow in May.", []string{"May|DATE|2025-05||"}},
		{"The talks will resume in March.", []string{"March|DATE|2025-03||"}},
		{"He is expected to arrive in April.", []string{"April|DATE|2025-04||"}},
		{"The treaty was signed on March 3.", []string{"March 3|DATE|2024-03-03||"}},
		{"Kishida visited Moscow in May.", []string{"May|DATE|2024-05||"}},
		// The report on Wednesday 3 April; "would resume in March" is the
		// March after it.
		{"Lavrov said on April 3 that talks would resume in March.", []string{
			"April 3|DATE|2024-04-03||", "March|DATE|2025-03||"}},
	})
}

// TestRecurringDates: yearly days are sets with an unspecified year, never
// one date (the merge relies on this: a SET never becomes a proposal).
func TestRecurringDates(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"Russia has celebrated every September 3 the victory over Japan.", []string{"every September 3|SET|XXXX-09-03||-"}},
		{"The rally is held every Feb. 7 in Tokyo.", []string{"every Feb. 7|SET|XXXX-02-07||-"}},
		{"The holiday is celebrated on September 3.", []string{"September 3|SET|XXXX-09-03||-"}},
		{"In 2020 Russia moved the holiday from September 2 to September 3.", []string{
			"2020|DATE|2020||", "September 2|SET|XXXX-09-02||-", "September 3|SET|XXXX-09-03||-"}},
		{"Japan marks Northern Territories Day on February 7.", []string{
			"Northern Territories Day|SET|XXXX-02-07||-", "February 7|SET|XXXX-02-07||-"}},
		{"The annual Northern Territories Day rally drew 1,500 people.", []string{"Northern Territories Day|SET|XXXX-02-07||-"}},
		// One occasion stays a date.
		{"Japan marked Northern Territories Day on February 7 with a rally.", []string{
			"Northern Territories Day|DATE|2023-02-07||2023-02-07", "February 7|DATE|2023-02-07||2023-02-07"}},
		{"The meeting was moved from September 2 to September 3.", []string{
			"September 2|DATE|2023-09-02||", "September 3|DATE|2023-09-03||"}},
		{"He celebrated his birthday on September 3, 2021.", []string{"September 3, 2021|DATE|2021-09-03||"}},
	})
}

// TestNamedDays: the named days of the dispute with their dates, including
// the day Russia moved in 2020 and renamed in 2023.
func TestNamedDays(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"On Northern Territories Day 2019, Abe spoke.", []string{"Northern Territories Day 2019|DATE|2019-02-07||2019-02-07"}},
		{"Putin spoke on the Day of Victory over Japan.", []string{"Day of Victory over Japan|DATE|2023-09-03||"}},
		{"the Soviet Victory over Japan Day", []string{"Victory over Japan Day|DATE|2023-09-03||"}},
		{"Russia marks the Day of Victory over Militaristic Japan and the End of the Second World War on September 3.", []string{
			"Day of Victory over Militaristic Japan and the End of the Second World War|SET|XXXX-09-03||-",
			"September 3|SET|XXXX-09-03||-"}},
		{"the Day of Victory over Militarist Japan", []string{"Day of Victory over Militarist Japan|DATE|2023-09-03||"}},
		// 2 September from 2010, 3 September from 2020.
		{"On the Day of the End of the Second World War 2015, wreaths were laid.", []string{
			"Day of the End of the Second World War 2015|DATE|2015-09-02||2015-09-02"}},
		{"On the Day of the End of World War II 2021, wreaths were laid.", []string{
			"Day of the End of World War II 2021|DATE|2021-09-03||2021-09-03"}},
		{"Russia observes the Day of the End of World War II.", []string{"Day of the End of World War II|SET|XXXX-09-03||-"}},
		{"Japan observes End-of-War Memorial Day each year.", []string{"End-of-War Memorial Day|SET|XXXX-08-15||-", "each year|SET|P1Y||-"}},
		{"the Day for Mourning War Dead and Praying for Peace", []string{"Day for Mourning War Dead and Praying for Peace|DATE|2023-08-15||"}},
		// Not a name: a lower-case phrase, an unfinished one.
		{"the day of victory over japan", nil},
		{"the Day of Victory parade", nil},
	})
}

// TestYearGuardGrouped pins the year guard's "grouped number" flag (issue
// 15: without it "1999.75" became the year 1999).
func TestYearGuardGrouped(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"the index at 1999.75", nil},
		{"the index closed at 1,999 points", nil},
		{"the index stood at 2,024.5 in 2023", []string{"2023|DATE|2023||2023"}},
	})
}

// anchor2009 is a history's anchor: written in 2009, about long ago.
var anchor2009 = time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC)

// TestHistoriesVsNews: what makes a text a history, and how a history's
// time moves.
func TestHistoriesVsNews(t *testing.T) {
	runCases(t, anchor2009, []tc{
		// A year in passing does not move the story's year.
		{"The fleet sailed in 1904. It had been built since 1898. In March it reached Madagascar. In 1905 it was sunk.", []string{
			"1904|DATE|1904||", "1898|DATE|1898||", "March|DATE|1904-03||", "1905|DATE|1905||"}},
		{"The offensive began in 1942. As in 1812, winter came early. In December the army stopped. In 1943 it fell back.", []string{
			"1942|DATE|1942||", "1812|DATE|1812||", "winter|DATE|1942-WI||", "December|DATE|1942-12||", "1943|DATE|1943||"}},
		{"The raid came in 1964. Papers found in 2005 told another story. On 4 August ships fired. In 1965 troops landed.", []string{
			"1964|DATE|1964||", "2005|DATE|2005||", "4 August|DATE|1964-08-04||", "1965|DATE|1965||"}},
		// A plan is not the story's time.
		{"The push began on 10 March 1975, ahead of a campaign planned for 1976. On 11 March the town fell. In 1977 it was rebuilt.", []string{
			"10 March 1975|DATE|1975-03-10||", "1976|DATE|1976||", "11 March|DATE|1975-03-11||", "1977|DATE|1977||"}},
		// A year after coordinated months applies to both.
		{"Fighting flared in 1917. In March and April 1918 the front moved. In 1919 it ended.", []string{
			"1917|DATE|1917||", "March|DATE|1918-03||", "April 1918|DATE|1918-04||", "1919|DATE|1919||"}},
		// December, then January: the next year.
		{"The war came in 1939. In 1940 the city armed. The siege began in 1941. In December the city starved. In January the ice road opened. In 1943 it held.", []string{
			"1939|DATE|1939||", "1940|DATE|1940||", "1941|DATE|1941||", "December|DATE|1941-12||", "January|DATE|1942-01||", "1943|DATE|1943||"}},
	})
	// Quoted "today" and "tomorrow" do not make a history news.
	hist := `In 1914 the armies met. In 1915 they dug in. In 1916 they bled at Verdun. ` +
		`"We fight today and tomorrow," the general said. In 1917 the Americans came. In 1918 it ended. ` +
		`In March the last offensive began.`
	var got []string
	for _, m := range Tag(hist, anchor2009) {
		got = append(got, m.Text+"="+m.Value)
	}
	if want := "March=1918-03"; got[len(got)-1] != want {
		t.Errorf("quoted deictic words made the history news: last mention %s, want %s (all: %q)", got[len(got)-1], want, got)
	}
}

// TestAnaphoraNamesADate: expressions that name a date through the last one.
func TestAnaphoraNamesADate(t *testing.T) {
	runCases(t, anchor2009, []tc{
		{"The island fell on 28 August 1945. Hours later, the garrison surrendered.", []string{
			"28 August 1945|DATE|1945-08-28||", "Hours later|DATE|1945-08-28||"}},
		{"The talks opened on 12 March 1956. The day before, the envoys arrived.", []string{
			"12 March 1956|DATE|1956-03-12||", "The day before|DATE|1956-03-11||"}},
		{"The treaty was signed on 19 October 1956. The year after, it was ratified.", []string{
			"19 October 1956|DATE|1956-10-19||", "The year after|DATE|1957||"}},
		{"Japan set 2030 as the target year.", []string{"2030|DATE|2030||", "the target year|DATE|2030||"}},
		{"The target year is 2030.", []string{"The target year|DATE|2030||", "2030|DATE|2030||"}},
		{"Talks began in 1956. By the end of the year they had stalled.", []string{
			"1956|DATE|1956||", "the end of the year|DATE|1956|END|"}},
		{"The war began in 1941. In 1943 it turned. In August 1945 the Soviets attacked. In the closing days of the war the islands fell.", []string{
			"1941|DATE|1941||", "1943|DATE|1943||", "August 1945|DATE|1945-08||", "the closing days of the war|DATE|1945-08|END|1945-08-21/1945-08-31"}},
		// A day before a noun phrase is not a date by itself; before a date
		// it is the day before that date.
		{"They met on the day before the election.", nil},
		{"They met the day before Northern Territories Day 2009.", []string{"day before Northern Territories Day 2009|DATE|2009-02-06||2009-02-06"}},
	})
}

// TestRangesAndShortForms: ranges, two-digit years, quarters, fiscal years.
func TestRangesAndShortForms(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"fighting on 6\u20137 January 1945", []string{"6|DATE|1945-01-06||", "7 January 1945|DATE|1945-01-07||"}},
		{"talks on 6 and 7 January 1945", []string{"6|DATE|1945-01-06||", "7 January 1945|DATE|1945-01-07||"}},
		{"the winter of 1957\u201358", []string{"the winter of 1957|DATE|1957-WI||", "58|DATE|1958||"}},
		{"in 2022\u201323 the budget grew", []string{"2022|DATE|2022||", "23|DATE|2023||"}},
		{"It will take between 12 and 18 months.", []string{"between 12 and 18 months|DURATION|P12M||"}},
		{"It will take 12 to 18 months.", []string{"12 to 18 months|DURATION|P12M||"}},
		{"the class of '99", []string{"'99|DATE|1999||"}},
		{"since '05", []string{"'05|DATE|2005||"}},
		{"in the '80s", []string{"the '80s|DATE|198||"}},
		{"Exports rose in Q3 2023.", []string{"Q3 2023|DATE|2023-Q3||2023-07/2023-09"}},
		{"The budget for FY2023 and FY 2024.", []string{"FY2023|DATE|2023||", "FY 2024|DATE|2024||"}},
		{"He said 'no' twice.", nil},
		{"the post-1959 politics and pre-1945 borders", []string{"post-1959|DATE|1959||", "pre-1945|DATE|1945||"}},
	})
}

// TestVagueReferences: what is and is not a vague reference, duration or set.
func TestVagueReferences(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"Now, the two sides disagree.", nil},
		{"The deal was previously agreed.", nil},
		{"The talks are now stalled.", []string{"now|DATE|PRESENT_REF||"}},
		{"Over the past three years talks stalled.", []string{"the past three years|DURATION|P3Y||"}},
		{"In the past few months talks stalled.", []string{"the past few months|DURATION|PXM||"}},
		{"Over the next two weeks talks resume.", []string{"the next two weeks|DURATION|P2W||"}},
		{"three decades of talks and two centuries of claims", []string{
			"three decades|DURATION|P3DE||", "two centuries|DURATION|P2CE||"}},
		{"for decades", []string{"decades|DURATION|PXDE||"}},
		{"over the past decade", []string{"the past decade|DURATION|P1DE||"}},
		{"Fighting went on for the next year.", []string{"the next year|DURATION|P1Y||"}},
		{"Over the years many islanders left.", []string{"the years|DURATION|PXY||"}},
		{"In the years that followed, talks stalled.", []string{"the years|DURATION|PXY||"}},
		{"in the weeks before the vote", nil},
		{"For two bloody weeks the town held.", []string{"two bloody weeks|DURATION|P2W||"}},
		{"down from 1,440 in the four previous weeks", []string{"the four previous weeks|DURATION|P4W||"}},
		{"two Japanese weeks", []string{"weeks|DURATION|PXW||"}}, // a capitalised word is not the adjective
		{"the decades-long dispute", []string{"decades-long|DURATION|PXDE||"}},
		{"after months-long talks", []string{"months-long|DURATION|PXM||"}},
		{"a decades-old claim", []string{"decades-old|DURATION|PXDE||"}},
		{"the 84-year-old former islander", nil},
		{"the annual rally", nil},
		{"Talks are held annually.", []string{"annually|SET|P1Y||"}},
		{"Patrols leave each season.", []string{"each season|SET|P3M||"}},
		{"Rallies are held every Feb. 7.", []string{"every Feb. 7|SET|XXXX-02-07||"}},
	})
}

// TestWordsInsideNames: a temporal word inside a name is not a date, unless
// the name is a dated event.
func TestWordsInsideNames(t *testing.T) {
	runCases(t, anchor2009, []tc{
		{"The Daily Manila Shimbun reported it.", nil},
		{"The Weekly Standard said so.", nil},
		{"the Winter Palace", nil},
		{"a still from High Noon; for Poland high noon comes today", []string{"today|DATE|2009-12-19||"}},
		{"Daily reports show it.", []string{"Daily|SET|P1D||"}},
		{"The war broke out in 1914. By 1916 it had stalled. In 1918 the Spring Offensive began in March.", []string{
			"1914|DATE|1914||", "1916|DATE|1916||", "1918|DATE|1918||", "Spring|DATE|1918-SP||", "March|DATE|1918-03||"}},
		{"The war began in 1861. In 1862 it spread. In 1863 Meade's fall campaign failed.", []string{
			"1861|DATE|1861||", "1862|DATE|1862||", "1863|DATE|1863||", "fall|DATE|1863-FA||"}},
	})
}

// TestBCPeriods: decades and centuries before Christ count down.
func TestBCPeriods(t *testing.T) {
	runCases(t, anchor2009, []tc{
		{"In 490 BC the Persians landed. In 480 BC they returned. In 479 BC they lost. In the following decade Cimon rose.", []string{
			"490 BC|DATE|BC0490||-", "480 BC|DATE|BC0480||-", "479 BC|DATE|BC0479||-", "the following decade|DATE|BC046||-"}},
		{"In 490 BC they landed. In 480 BC they returned. In 380 BC peace came. The gains of the previous century were lost.", []string{
			"490 BC|DATE|BC0490||", "480 BC|DATE|BC0480||", "380 BC|DATE|BC0380||", "the previous century|DATE|BC04||"}},
		{"during the 4th century BC and the 470s BC", []string{"the 4th century BC|DATE|BC03||-", "the 470s BC|DATE|BC047||-"}},
		{"In 490 BC they landed. In 480 BC they returned. In 479 BC they lost. A decade earlier, Naxos had revolted.", []string{
			"490 BC|DATE|BC0490||", "480 BC|DATE|BC0480||", "479 BC|DATE|BC0479||", "A decade earlier|DATE|BC0489||"}},
	})
}

// TestQuotedDeicticsInHistories: "today" in a quote in a history is the
// speaker's day, which the anchor does not give.
func TestQuotedDeicticsInHistories(t *testing.T) {
	runCases(t, anchor2009, []tc{
		{`In 1964 the war widened. In 1965 troops landed. In 1966 the bombing grew. Nixon said, "I am tonight announcing a withdrawal." In 1969 it began.`, []string{
			"1964|DATE|1964||", "1965|DATE|1965||", "1966|DATE|1966||", "tonight|TIME|XXXX-XX-XXTNI||-", "1969|DATE|1969||"}},
		{`In 1968 the war peaked. In 1969 talks began. In 1970 Nixon said, "We took office 15 months ago." In 1971 troops left.`, []string{
			"1968|DATE|1968||", "1969|DATE|1969||", "1970|DATE|1970||", "15 months ago|DATE|XXXX-XX||-", "1971|DATE|1971||"}},
		{"In 490 BC they sailed. In 480 BC they returned. In August 480 BC they fought. Towards the end of the second day they were betrayed. On the third evening news came.", []string{
			"490 BC|DATE|BC0490||", "480 BC|DATE|BC0480||", "August 480 BC|DATE|BC0480-08||", "the end of the second day|DATE|BC0480-08-XX|END|", "the third evening|TIME|BC0480-08-XXTEV||"}},
		{"The army stopped at Ore (in present-day Ondo State) in 1967.", []string{"present-day|DATE|PRESENT_REF||-", "1967|DATE|1967||"}},
		{"From 1914 to the present day the border held.", []string{"1914|DATE|1914||", "present day|DATE|PRESENT_REF||-"}},
	})
	// In news a quoted "today" is the day of writing.
	runCases(t, anchor2024, []tc{
		{`"We meet today," the minister said.`, []string{"today|DATE|2024-01-30||"}},
	})
}

// TestMoreVagueAndClock: "one day" as some day, "the then current",
// "4 in the morning", "the early hours of".
func TestMoreVagueAndClock(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"Islam will one day be the second religion.", []string{"one day|DATE|FUTURE_REF||"}},
		{"One day, a letter came.", []string{"One day|DATE|PAST_REF||"}},
		{"The fair lasted one day.", []string{"one day|DURATION|P1D||"}},
		{"at 50% of the then current price", []string{"then current|DATE|PAST_REF||"}},
		{"They will leave at 4 in the morning.", []string{"4 in the morning|TIME|2024-01-30T04:00||"}},
		{"They left at 8 in the evening.", []string{"8 in the evening|TIME|2024-01-30T20:00||"}},
		{"They counted 4 in the morning.", []string{"the morning|TIME|2024-01-30TMO||"}}, // a count, not "at 4"
		{"He was arrested in the early hours of Thursday morning.", []string{"the early hours of Thursday morning|TIME|2024-01-25TMO||"}},
		{"In the early morning hours of 30 April 1975, the embassy emptied.", []string{"the early morning hours of 30 April 1975|TIME|1975-04-30TMO||"}},
	})
}

// TestTagAppendKeepsTextsApart: mentions already in dst belong to another
// text; rules that look at the last mention must not read them.
func TestTagAppendKeepsTextsApart(t *testing.T) {
	first := Tag("Japan marks Northern Territories Day", anchor2024)
	if len(first) != 1 || first[0].Rule != "named-day" {
		t.Fatalf("setup: %+v", first)
	}
	// In a fresh text "on February 7" must not restate the other text's
	// named day (nor index a token before the text's start).
	got := TagAppend(first, "on February 7 talks", anchor2024)
	if len(got) != 2 || got[1].Type != Date || got[1].Value != "2024-02-07" {
		t.Errorf("second text read the first one's mention: %+v", got[1:])
	}
	// "5" after "May 4 and" lists a day only within one text (here the
	// other text's mention ends at byte 8, as "abcdefgh" does).
	got = TagAppend(Tag("on May 4", anchor2024), "abcdefgh and 5 more", anchor2024)
	if len(got) != 1 {
		t.Errorf("a listed day crossed texts: %+v", got)
	}
}

// TestOrdinalDays: "the second day" of something, in news only when it is
// today.
func TestOrdinalDays(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"It's the second day of an offensive by the police.", []string{"the second day|DATE|2024-01-30||"}},
		{"The day before last Tuesday's hearing, he left.", []string{"day before last Tuesday|DATE|2024-01-22||"}},
		{"He left the day after yesterday's vote.", []string{"day after yesterday|DATE|2024-01-30||"}},
		{"Today is the eighth day of the strike.", []string{"Today|DATE|2024-01-30||", "the eighth day of the strike|DATE|2024-01-30||"}},
		{"On the second day of talks they agreed.", nil},
	})
}

// TestNewRulesAtTextEdges: each new rule cut off at the end of the text,
// or opening it, neither panics nor yields a bad span.
func TestNewRulesAtTextEdges(t *testing.T) {
	whole := []string{
		"The class of '99 met in Q3 2023 and FY2023, FY 2024 and FY25.",
		"It will take between 12 and 18 months.",
		"fighting on 6\u20137 January 1945 and the winter of 1957\u201358",
		"Russia marks the Day of Victory over Militaristic Japan and the End of the Second World War on September 3.",
		"In 2020 Russia moved the holiday from September 2 to September 3.",
		"The minister said on Friday that talks would resume on Monday.",
		"In the closing days of the war, the day before, hours later, the target year is 2030.",
		"the post-1959 politics; on the third evening; over the years; the then current price",
		`In 1964 the war widened. "I am tonight announcing," he said. In 1965 it grew. In 1966 more.`,
		"every Feb. 7; each season; the decades-long, decades-old dispute; at 4 in the morning",
	}
	for _, text := range whole {
		for cut := 0; cut <= len(text); cut++ {
			for _, s := range []string{text[:cut], text[cut:]} {
				checkMentions(t, s, Tag(s, anchor2024))
				checkMentions(t, s, Tag(s, anchor2009))
				checkMentions(t, s, Tag(s, time.Time{}))
			}
		}
	}
}

// TestClauseTense: a plan or the future several words before a yearless
// date or a weekday, in the same clause, puts it ahead; a past plan, a
// plan that was called off, or a cue across a comma does not.
func TestClauseTense(t *testing.T) {
	// Tuesday 30 January 2024.
	runCases(t, anchor2024, []tc{
		{"The envoy, who is due to meet with his Russian counterpart on Friday, told reporters the talks were useful.", []string{"Friday|DATE|2024-02-02||"}},
		{"Fishermen planned a protest at the harbour in Nemuro on Saturday and were planning to sail past the islands on Sunday.", []string{
			"Saturday|DATE|2024-02-03||", "Sunday|DATE|2024-02-04||"}},
		{"The delegation would be flying to the Russian capital Thursday with two aides.", []string{"Thursday|DATE|2024-02-01||"}},
		{"A ceremony planned at the memorial for Saturday was cancelled.", []string{"Saturday|DATE|2024-01-27||"}},
		{"The delegation had planned to fly to the Russian capital on Thursday.", []string{"Thursday|DATE|2024-01-25||"}},
		{"The two ministers met with their deputies in a Moscow hotel on Thursday.", []string{"Thursday|DATE|2024-01-25||"}},
		// A quoted sentence ending in "will" says nothing of the next one.
		{"'I think they will understand.' The envoy surprised Tokyo on Friday when he called off the visit.", []string{"Friday|DATE|2024-01-26||"}},
		{"The governor said he would travel to the islands' main port on Friday.", []string{"Friday|DATE|2024-02-02||"}},
		// A weekday leading its sentence takes the tense of the clause it leads.
		{"On Friday, the fishermen's union plans to hand a petition to the governor.", []string{"Friday|DATE|2024-02-02||"}},
		{"On Friday, the islanders' association will hold a rally in Nemuro.", []string{"Friday|DATE|2024-02-02||"}},
		{"On Friday, the fishermen's union handed a petition to the governor.", []string{"Friday|DATE|2024-01-26||"}},
		{"On Friday, the governor planned to meet the envoy.", []string{"Friday|DATE|2024-01-26||"}},
		{"On Friday, when the envoy set aside his travel plans, the ministry lifted its warning.", []string{"Friday|DATE|2024-01-26||"}},
	})
	// Monday 30 October 1989: February and December are four and two
	// months away.
	oct := time.Date(1989, 10, 30, 9, 0, 0, 0, time.UTC)
	runCases(t, oct, []tc{
		{"The two leaders agreed to hold another summit in the Japanese capital in February.", []string{"February|DATE|1990-02||"}},
		{"The trading house agreed to buy the Sakhalin venture's gas-processing unit for $40 million in February.", []string{"February|DATE|1990-02||"}},
		{"The two leaders held another summit in the Japanese capital in February.", []string{"February|DATE|1989-02||"}},
	})
	// Wednesday 4 March 1998: December is nine months ahead or three back.
	mar := time.Date(1998, 3, 4, 9, 0, 0, 0, time.UTC)
	runCases(t, mar, []tc{
		{"A veteran diplomat will be named head of the Japanese delegation for a round of talks in December.", []string{"December|DATE|1998-12||"}},
		{"A veteran diplomat was named head of the Japanese delegation for a round of talks in December.", []string{"December|DATE|1997-12||"}},
	})
}

// TestYearEarlierAfterLongPeriod: in an earnings report "a year earlier" is
// the quarter reported on, a year before; after a period longer than a
// quarter in its sentence (nine months, a half year) no quarter names the
// comparison and the year stands.
func TestYearEarlierAfterLongPeriod(t *testing.T) {
	oct := time.Date(1989, 10, 30, 9, 0, 0, 0, time.UTC)
	runCases(t, oct, []tc{
		{"In the third quarter, the shipping line earned $12 million, up from $9 million a year earlier.", []string{
			"the third quarter|DATE|1989-Q3||", "a year earlier|DATE|1988-Q3||"}},
		{"For the nine months, the shipping line earned $40 million, up from $31 million a year earlier.", []string{
			"the nine months|DURATION|P9M||-", "a year earlier|DATE|1988||"}},
		{"In the first half, the shipping line lost $3 million, compared with year-earlier net of $2 million.", []string{
			"the first half|DATE|1989-H1||", "year-earlier|DATE|1988||"}},
	})
}

// TestInFuturePoint: "in five years" after the future is a point that far
// ahead of the day of writing; in the past or in a history it stays a
// length of time.
func TestInFuturePoint(t *testing.T) {
	nov := time.Date(1989, 11, 2, 9, 0, 0, 0, time.UTC)
	runCases(t, nov, []tc{
		{"The fishing quotas will be reviewed in five years.", []string{"five years|DATE|1994||"}},
		{"The joint venture would be dissolved in two years, the ministry said.", []string{"two years|DATE|1991||"}},
		{"The new ferry terminal will open in three weeks.", []string{"three weeks|DATE|1989-W47||"}},
		{"The garrison was withdrawn in five days.", []string{"five days|DURATION|P5D||-"}},
		{"The talks will last about two years.", []string{"about two years|DURATION|P2Y|APPROX|-"}},
	})
}
