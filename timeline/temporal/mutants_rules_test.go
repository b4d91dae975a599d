package temporal

import (
	"testing"
	"time"
)

// Tests written against the survivors of `make mutate-sample` limited to the
// English and shared rules (rules.go, rules_date.go, rules_dur.go,
// lang_en.go; issue 15). Each table goes over the family of expressions the
// mutated condition serves, with sentences written for it, so that the rule
// is pinned by what it reads rather than by one phrase.

// anchorAug is a Wednesday late in a year's summer, far from both new years.
var anchorAug = time.Date(2018, 8, 22, 9, 0, 0, 0, time.UTC)

// TestRulesCoordinatedMonthDays: a month and day coordinated with a second,
// capitalised month, day and year ("March 19 and April 30, 2003") takes the
// year written last; a first month later in the year than the second takes
// the year before.
func TestRulesCoordinatedMonthDays(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"Talks ran from March 19 to April 30, 2003.", []string{"March 19|DATE|2003-03-19||2003-03-19", "April 30, 2003|DATE|2003-04-30||2003-04-30"}},
		{"They met on June 5 and July 2, 1999.", []string{"June 5|DATE|1999-06-05||1999-06-05", "July 2, 1999|DATE|1999-07-02||1999-07-02"}},
		{"The siege lasted from May 2 through June 9, 1942.", []string{"May 2|DATE|1942-05-02||1942-05-02", "June 9, 1942|DATE|1942-06-09||1942-06-09"}},
		{"Fighting went on between December 30 and January 2, 1942.", []string{"December 30|DATE|1941-12-30||1941-12-30", "January 2, 1942|DATE|1942-01-02||1942-01-02"}},
		{"Snow fell from November 28 to February 3, 1956.", []string{"November 28|DATE|1955-11-28||1955-11-28", "February 3, 1956|DATE|1956-02-03||1956-02-03"}},
	})
}

// TestRulesPrefixedReferences: the prefixes that make a reference or a span
// of their own — "an earlier date", "circa", "c.", "ca." before a year, the
// fiscal or full year being reported on, and the first or last two quarters
// of a year (its halves).
func TestRulesPrefixedReferences(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"The case was heard at an earlier date.", []string{"an earlier date|DATE|PAST_REF||-"}},
		{"The case will be heard at a later date.", []string{"a later date|DATE|FUTURE_REF||-"}},
		{"The church was built circa 1450.", []string{"circa 1450|DATE|1450|APPROX|1450"}},
		{"The church was built c. 1450.", []string{"c. 1450|DATE|1450|APPROX|1450"}},
		{"The church was built ca. 1450.", []string{"ca. 1450|DATE|1450|APPROX|1450"}},
		{"Profit for the fiscal year ended Jan. 31 rose.", []string{"the fiscal year|DURATION|P1Y||-", "Jan. 31|DATE|2018-01-31||2018-01-31"}},
		{"Profit for the full year rose.", []string{"the full year|DATE|2018||2018"}},
		{"Sales in the last two quarters of 1990 fell.", []string{"the last two quarters of 1990|DATE|1990-H2||1990-07/1990-12"}},
		{"Sales in the first two quarters of 1990 rose.", []string{"the first two quarters of 1990|DATE|1990-H1||1990-01/1990-06"}},
	})
}

// TestRulesUnitLed: a unit word after "the" or bare — the years named
// after "the years", a fiscal year ended on a day (a duration), bare plural
// offsets (vague past or future), plural adjectives, stretches after "over"
// or "in the years that", and the quarter ended on a day (the calendar
// quarter holding most of its three months).
func TestRulesUnitLed(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"The camps operated in the years 1955-1957.", []string{"the years 1955|DATE|1955||1955", "1957|DATE|1957||1957"}},
		{"Profit for the year ended March 31 rose.", []string{"the year|DURATION|P1Y||-", "March 31|DATE|2018-03-31||2018-03-31"}},
		{"Weeks earlier, prices had fallen.", []string{"Weeks earlier|DATE|PAST_REF||-"}},
		{"Months later, prices rose.", []string{"Months later|DATE|FUTURE_REF||-"}},
		{"The deal ends a years-old slump.", []string{"years-old|DURATION|PXY||-"}},
		{"In the years that followed, trade grew.", []string{"the years|DURATION|PXY||-"}},
		{"The walls stood over the centuries.", []string{"the centuries|DURATION|PXCE||-"}},
		{"The quarter ended Sept. 30 was weak.", []string{"The quarter|DATE|2018-Q3||2018-07/2018-09", "Sept. 30|DATE|2017-09-30||2017-09-30"}},
		{"The quarter ended June 10 was weak.", []string{"The quarter|DATE|2018-Q2||2018-04/2018-06", "June 10|DATE|2018-06-10||2018-06-10"}},
		{"The quarter ended Feb. 28 was weak.", []string{"The quarter|DATE|2018-Q1||2018-01/2018-03", "Feb. 28|DATE|2018-02-28||2018-02-28"}},
		{"They met in 1960. The year after, they signed.", []string{"1960|DATE|1960||1960", "The year after|DATE|1961||1961"}},
	})
}

// TestRulesRelativeLed: a relative word before a month and day, a part of
// the day (of the day of writing, or after "the following"/"the previous"
// of the day told), vague plural stretches and the current period.
func TestRulesRelativeLed(t *testing.T) {
	runCases(t, anchorAug, []tc{ // Wednesday 22 August 2018
		{"He will return next Jan. 5.", []string{"next Jan. 5|DATE|2019-01-05||2019-01-05"}},
		{"They spoke this evening.", []string{"this evening|TIME|2018-08-22TEV||2018-08-22"}},
		{"They met in Tokyo on 4 May 1956. The following night they argued.", []string{"4 May 1956|DATE|1956-05-04||1956-05-04", "The following night|TIME|1956-05-05TNI||1956-05-05"}},
		{"They met in Tokyo on 4 May 1956. The previous evening they had argued.", []string{"4 May 1956|DATE|1956-05-04||1956-05-04", "The previous evening|TIME|1956-05-03TEV||1956-05-03"}},
		{"Prices rose in recent months.", []string{"recent months|DURATION|PXM||-"}},
		{"Prices will rise in the coming weeks.", []string{"the coming weeks|DURATION|PXW||-"}},
		{"The deficit grew in the current month.", []string{"the current month|DATE|2018-08||2018-08"}},
		{"Growth was slow in the current century.", []string{"the current century|DATE|20||20XX"}},
		{"They met last night and this morning.", []string{"last night|TIME|2018-08-21TNI||2018-08-21", "this morning|TIME|2018-08-22TMO||2018-08-22"}},
	})
}

// TestRulesNumberLed: ranges of years before Christ, the year's period or
// quarter being reported on ("the 1988 quarter": the quarter last named,
// else in news the last one completed before the anchor), references led
// by "now" and "lately", and a range's second year written with two digits.
func TestRulesNumberLed(t *testing.T) {
	runCases(t, anchorAug, []tc{ // August: the last quarter completed is the second
		{"The revolt lasted from 499 to 493 BC.", []string{"499|DATE|BC0499||-", "493 BC|DATE|BC0493||-"}},
		{"Sales in the 1988 period were weak.", []string{"the 1988 period|DATE|1988||1988"}},
		{"Sales rose in the third quarter. Sales in the 1988 quarter were weak.", []string{"the third quarter|DATE|2018-Q3||2018-07/2018-09", "the 1988 quarter|DATE|1988-Q3||1988-07/1988-09"}},
		{"Sales in the 1988 quarter were weak.", []string{"the 1988 quarter|DATE|1988-Q2||1988-04/1988-06"}},
		{"We need a deal right now.", []string{"right now|DATE|PRESENT_REF||-"}},
		{"Prices have risen lately.", []string{"lately|DATE|PAST_REF||-"}},
		{"Talks ran from 1994-97 and stalled.", []string{"1994|DATE|1994||1994", "97|DATE|1997||1997"}},
	})
	runCases(t, anchorNewYear, []tc{ // January: the fourth quarter of the year before
		{"Sales in the 1988 quarter were weak.", []string{"the 1988 quarter|DATE|1988-Q4||1988-10/1988-12"}},
	})
	runCases(t, time.Date(2018, 12, 3, 9, 0, 0, 0, time.UTC), []tc{ // December: the third
		{"Sales in the 1988 quarter were weak.", []string{"the 1988 quarter|DATE|1988-Q3||1988-07/1988-09"}},
	})
}

// TestRulesClockForms: clock times with a.m./p.m. in each spelling, a zone,
// and the day after them or before them.
func TestRulesClockForms(t *testing.T) {
	runCases(t, anchorAug, []tc{ // Wednesday 22 August 2018
		{"The blast came at 8:24 p.m. EST on Tuesday.", []string{"8:24 p.m. EST on Tuesday|TIME|2018-08-21T20:24||2018-08-21"}},
		{"The vote ends at 5 PM.", []string{"5 PM|TIME|2018-08-22T17:00||2018-08-22"}},
		{"By 7 pm the polls closed.", []string{"7 pm|TIME|2018-08-22T19:00||2018-08-22"}},
		{"They landed on Aug. 6, 8:15 am.", []string{"Aug. 6, 8:15 am|TIME|2018-08-06T08:15||2018-08-06"}},
		{"They met at 11 am Friday.", []string{"11 am Friday|TIME|2018-08-17T11:00||2018-08-17"}},
	})
}

// TestRulesCurrentPeriods: "current" before a calendar period (quarter,
// year, month, week, decade, century) names the one holding the anchor;
// before a weekend it is only an adjective, "current" itself a present
// reference (not the weekend before the anchor).
func TestRulesCurrentPeriods(t *testing.T) {
	runCases(t, anchorAug, []tc{ // Wednesday 22 August 2018
		{"Sales rose in the current quarter.", []string{"the current quarter|DATE|2018-Q3||2018-07/2018-09"}},
		{"Sales for the current fiscal quarter rose.", []string{"the current fiscal quarter|DATE|2018-Q3||2018-07/2018-09"}},
		{"Prices fell in the current week.", []string{"the current week|DATE|2018-W34||2018-08-20/2018-08-26"}},
		{"The current decade has been hard.", []string{"The current decade|DATE|201||201X"}},
		{"The current year has been hard.", []string{"The current year|DATE|2018||2018"}},
		{"In the current weekend we rest.", []string{"current|DATE|PRESENT_REF||-"}},
	})
}

// TestRulesDurationForms: the count and unit of a duration in their rarer
// shapes — a word between them ("business", "additional", "full"), counts
// in words with hyphen or space or a multiplier, abbreviated units (only
// after digits), "long" after the unit, a decade and a half, approximate
// and bounded counts.
func TestRulesDurationForms(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"The deal closes in five business days.", []string{"five business days|DURATION|P5D||-"}},
		{"They need three additional weeks.", []string{"three additional weeks|DURATION|P3W||-"}},
		{"He served two full years.", []string{"two full years|DURATION|P2Y||-"}},
		{"He served two hundred days in jail.", []string{"two hundred days|DURATION|P200D||-"}},
		{"He served twenty-four months in jail.", []string{"twenty-four months|DURATION|P24M||-"}},
		{"He served twenty four months in jail.", []string{"twenty four months|DURATION|P24M||-"}},
		{"It took 5 hrs to land.", []string{"5 hrs|DURATION|PT5H||-"}},
		{"It took 40 mins to land.", []string{"40 mins|DURATION|PT40M||-"}},
		{"It took 3 yrs to build.", []string{"3 yrs|DURATION|P3Y||-"}},
		{"It took three yrs to build.", nil},
		{"It was a 3 year long siege.", []string{"3 year long|DURATION|P3Y||-"}},
		{"The nine day long operation ended.", []string{"nine day long|DURATION|P9D||-"}},
		{"The dispute lasted a decade and a half.", []string{"a decade and a half|DURATION|P15Y||-"}},
		{"The dispute lasted a century and a half.", []string{"a century and a half|DURATION|P150Y||-"}},
		{"They stayed up to six months.", []string{"up to six months|DURATION|P6M|EQUAL_OR_LESS|-"}},
		{"They stayed nearly forty years.", []string{"nearly forty years|DURATION|P40Y|LESS_THAN|-"}},
		{"They stayed more than forty years.", []string{"more than forty years|DURATION|P40Y|MORE_THAN|-"}},
	})
}

// TestRulesSets: "every"/"each" before a month (capitalised: "every march"
// is no month), a digit count, a weekday with a part of the day, a part of
// the day; a set word opening a capitalised name is the name.
func TestRulesSets(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"Exports grow every March.", []string{"every March|SET|XXXX-03||-"}},
		{"It happens every march.", nil},
		{"Talks resume every 2 years.", []string{"every 2 years|SET|P2Y||-"}},
		{"Talks resume every 2 weeks.", []string{"every 2 weeks|SET|P2W||-"}},
		{"Guards patrol each night.", []string{"each night|SET|XXXX-XX-XXTNI||-"}},
		{"They meet every Tuesday evening.", []string{"every Tuesday evening|SET|XXXX-WXX-2TEV||-"}},
		{"They pay $10 a month.", []string{"a month|SET|P1M||-"}},
		{"The Weekly Standard printed it.", nil},
	})
}

// TestRulesSeasonsAndDeictics: seasons after a preposition (the verbs "fall"
// and "spring" need one), of a year told before, in names ("the Summer
// Olympics"); deictic days with a part of the day, and inside a name.
func TestRulesSeasonsAndDeictics(t *testing.T) {
	runCases(t, anchorAug, []tc{ // Wednesday 22 August 2018
		{"Athletes trained for the Summer Olympics.", nil},
		{"Prices have risen since spring.", []string{"spring|DATE|2018-SP||2018-21"}},
		{"The talks are frozen until fall.", []string{"fall|DATE|2018-FA||2018-23"}},
		{"Prices fall in spring.", []string{"spring|DATE|2018-SP||2018-21"}},
		{"They met in 1956. In the summer of that year they signed.", []string{"1956|DATE|1956||1956", "the summer of that year|DATE|1956-SU||1956-22"}},
		{"They met in 1956. In the autumn of the same year they signed.", []string{"1956|DATE|1956||1956", "the autumn of the same year|DATE|1956-FA||1956-23"}},
		{"In spring 1945 the war ended.", []string{"spring 1945|DATE|1945-SP||1945-21"}},
		{"They met yesterday evening.", []string{"yesterday evening|TIME|2018-08-21TEV||2018-08-21"}},
		{"He spoke on VOA Today about it.", nil},
	})
}

// TestRulesMonthGuards: the guards against month names that are other
// words — names ("the March Hare", "the March for Life", "the March of the
// Mothers"), the noun after "along the", the verb "May we" — against the
// month before a noun ("the May elections"), after "mid-", and lower-case
// full names only with a day and year (never "march" or "may").
func TestRulesMonthGuards(t *testing.T) {
	runCases(t, anchorAug, []tc{ // Wednesday 22 August 2018
		{"Alice met the March Hare at tea.", nil},
		{"Thousands joined the annual March for Life.", nil},
		{"She led the March of the Mothers.", nil},
		{"Troops rested along the March.", nil},
		{"May we go now?", []string{"now|DATE|PRESENT_REF||-"}},
		{"He read Jan Smith's book.", nil},
		{"In Mar they met.", nil},
		{"Turnout in the May elections was low.", []string{"May|DATE|2018-05||2018-05"}},
		{"Prices rose in mid-August.", []string{"mid-August|DATE|2018-08|MID|2018-08-11/2018-08-20"}},
		{"In the August heat they waited.", []string{"August|DATE|2018-08||2018-08"}},
		{"They met on june 5, 1990.", []string{"june 5, 1990|DATE|1990-06-05||1990-06-05"}},
		{"They met on march 5, 1990.", []string{"1990|DATE|1990||1990"}},
		{"They met on may 5, 1990.", []string{"1990|DATE|1990||1990"}},
		{"Dec 5 was cold.", []string{"Dec 5|DATE|2017-12-05||2017-12-05"}},
	})
}

// TestRulesParts: "early", "mid", "late" before years (also with "in"),
// weekdays, relative years, months and decades; "the latter half".
func TestRulesParts(t *testing.T) {
	runCases(t, anchorAug, []tc{ // Wednesday 22 August 2018
		{"The fort fell early in 1862.", []string{"early in 1862|DATE|1862|START|1862-01/1862-04"}},
		{"The fort fell late in 1862.", []string{"late in 1862|DATE|1862|END|1862-09/1862-12"}},
		{"They met early Tuesday.", []string{"early Tuesday|DATE|2018-08-21|START|2018-08-21"}},
		{"Sales rose in the latter half of 1990.", []string{"the latter half of 1990|DATE|1990-H2||1990-07/1990-12"}},
		{"Talks resume early next year.", []string{"early next year|DATE|2019|START|2019-01/2019-04"}},
		{"Talks resume in mid-March.", []string{"mid-March|DATE|2019-03|MID|2019-03-11/2019-03-20"}},
		{"Prices fell in the mid-1990s.", []string{"the mid-1990s|DATE|199|MID|1993/1996"}},
		{"They met in late March 1990.", []string{"late March 1990|DATE|1990-03|END|1990-03-21/1990-03-31"}},
	})
}

// TestRulesPrefixedDays: prefixes that narrow a day to a part of it or
// approximate it — "the early (morning) hours of", "mid afternoon" (of the
// day of writing, or of "yesterday"), "late yesterday", "early in the
// morning of", "earlier"/"later" before a relative period, "about" and
// "around" before a day or a clock time.
func TestRulesPrefixedDays(t *testing.T) {
	runCases(t, anchorAug, []tc{ // Wednesday 22 August 2018
		{"They met in the early morning hours of 30 April 1975.", []string{"the early morning hours of 30 April 1975|TIME|1975-04-30TMO||1975-04-30"}},
		{"They met in the early hours of Thursday.", []string{"the early hours of Thursday|TIME|2018-08-16TMO||2018-08-16"}},
		{"Fighting eased by mid afternoon.", []string{"mid afternoon|TIME|2018-08-22TAF||2018-08-22"}},
		{"Fighting eased mid-afternoon yesterday.", []string{"mid-afternoon yesterday|TIME|2018-08-21TAF||2018-08-21"}},
		{"Fighting eased late yesterday.", []string{"late yesterday|DATE|2018-08-21|END|2018-08-21"}},
		{"They met early in the morning of 29 April 1975.", []string{"early in the morning of 29 April 1975|TIME|1975-04-29TMO||1975-04-29"}},
		{"Sales rose earlier this year.", []string{"earlier this year|DATE|2018||2018"}},
		{"Prices rose later this afternoon.", []string{"later this afternoon|TIME|2018-08-22TAF||2018-08-22"}},
		{"Prices rose earlier in the year.", []string{"earlier in the year|DATE|2018||2018"}},
		{"The vote came later in the day.", []string{"the day|DATE|2018-08-22||2018-08-22"}},
		{"They met around 7:15 p.m.", []string{"around 7:15 p.m.|TIME|2018-08-22T19:15|APPROX|2018-08-22"}},
		{"They met about Nov. 1.", []string{"about Nov. 1|DATE|2017-11-01|APPROX|2017-11-01"}},
	})
}

// TestRulesHolidays: holidays after a capitalised name are the name's
// ("White Christmas"); a year after a comma or an eve; "New Year" needs
// "'s Day" or "'s Eve"; a named day of several words must begin with a
// capital (a lower-case phrase is no name) and, marked yearly, is a set.
func TestRulesHolidays(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"They sang White Christmas on stage.", nil},
		{"On Christmas, 1963, they met.", []string{"Christmas, 1963|DATE|1963-12-25||1963-12-25"}},
		{"On Christmas Eve 1914 the guns fell silent.", []string{"Christmas Eve 1914|DATE|1914-12-24||1914-12-24"}},
		{"On New Year they met.", nil},
		{"Japan marks the Day for Mourning War Dead and Praying for Peace.", []string{"Day for Mourning War Dead and Praying for Peace|SET|XXXX-08-15||-"}},
		{"Japan marks the day for mourning of war dead and praying for peace in 1990.", []string{"1990|DATE|1990||1990"}},
	})
}

// TestRulesShortForms: "Q" and a quarter's digit (1 to 4), with the year
// after a slash or a hyphen; "FY" in capitals with four digits, or two
// written against it.
func TestRulesShortForms(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"Sales in Q3/2017 rose.", []string{"Q3/2017|DATE|2017-Q3||2017-07/2017-09"}},
		{"Sales in Q2-2017 rose.", []string{"Q2-2017|DATE|2017-Q2||2017-04/2017-06"}},
		{"Sales in Q5 rose.", nil},
		{"Profit in FY 2017 rose.", []string{"FY 2017|DATE|2017||2017"}},
		{"Profit in FY17 rose.", []string{"FY17|DATE|2017||2017"}},
		{"Profit in Fy17 rose.", nil},
		{"Profit in FY 17 rose.", nil},
	})
}

// TestRulesHyphenatedLong: a count, a unit and "long" written with hyphens
// ("a three-year-long siege") is one duration of that count; "-long" after
// a unit alone is one unit, after a plural an unknown count. Ages ("six-
// year-old") are left out.
func TestRulesHyphenatedLong(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"It ended a three-year-long siege.", []string{"three-year-long|DURATION|P3Y||-"}},
		{"The 10-day-long strike ended.", []string{"10-day-long|DURATION|P10D||-"}},
		{"The two-month-long talks ended.", []string{"two-month-long|DURATION|P2M||-"}},
		{"The 12-hour-long session ended.", []string{"12-hour-long|DURATION|PT12H||-"}},
		{"A week-long strike ended.", []string{"week-long|DURATION|P1W||-"}},
		{"Hours-long talks ended.", []string{"Hours-long|DURATION|PTXH||-"}},
		// An age is no duration; a compound the unit rules read is theirs.
		{"The 6-year-old boy returned.", nil},
		{"The six-year-old plan failed.", nil},
		{"The man, 52 years old, returned.", nil},
		{"A year-earlier loss was cut.", []string{"year-earlier|DATE|2017||2017"}},
	})
}

// TestRulesYearRangeEnd: the second year of a range written with two digits
// ("2006-07") takes the first year's century; two digits written against a
// word after such a range are a measure or a label ("1500-05m", "99bn"),
// never a year. Only the two digits are checked in those: what the four
// digits before them are is another rule's.
func TestRulesYearRangeEnd(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"The 2006-07 season was long.", []string{"2006|DATE|2006||2006", "07|DATE|2007||2007"}},
		{"In 1914-18 the war raged.", []string{"1914|DATE|1914||1914", "18|DATE|1918||1918"}},
		{"The 2004-05 and 2005-06 seasons were long.", []string{"2004|DATE|2004||2004", "05|DATE|2005||2005", "2005|DATE|2005||2005", "06|DATE|2006||2006"}},
	})
	for _, c := range []struct{ in, glued string }{
		{"Depths of 1500-05m were found.", "05"},
		{"The 1998-99bn budget passed.", "99"},
		{"Output rose 2010-12kg a year.", "12"},
	} {
		for _, m := range Tag(c.in, anchorAug) {
			if m.Text == c.glued {
				t.Errorf("%q: %q tagged %s %s, want no mention of it", c.in, m.Text, m.Type, m.Value)
			}
		}
	}
}

// TestRulesEras: a year with an era in each spelling (BC, BCE, AD, C.E.;
// upper case only: "bc" is no era), three-digit and two-digit years only
// with one.
func TestRulesEras(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"Vesuvius erupted in 79 AD.", []string{"79 AD|DATE|0079||0079"}},
		{"Plato died in 348 BCE.", []string{"348 BCE|DATE|BC0348||-"}},
		{"Caesar died in 44 BC.", []string{"44 BC|DATE|BC0044||-"}},
		{"Caesar died in 44 bc.", nil},
		{"He was born in 1066 A.D.", []string{"1066 A.D.|DATE|1066||1066"}},
		{"The wall was built in 122 under Hadrian.", nil},
	})
}
