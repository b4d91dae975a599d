package temporal

import (
	"testing"
	"time"
)

// Tests for issue 10 part 5: English families a tagger must generalise to,
// on sentences written for them (never taken from the development sets).

// june2019 is Saturday 15 June 2019.
var june2019 = time.Date(2019, 6, 15, 12, 0, 0, 0, time.UTC)

// TestDayListsShareYear: the year written after a range or list of days is
// every day's, and a comma list of days shares the month.
func TestDayListsShareYear(t *testing.T) {
	runCases(t, june2019, []tc{
		{"The exercise ran from March 1-5, 2001.", []string{
			"March 1|DATE|2001-03-01||", "5, 2001|DATE|2001-03-05||"}},
		{"Talks were held October 10 to 12, 1998, in Moscow.", []string{
			"October 10|DATE|1998-10-10||", "12, 1998|DATE|1998-10-12||"}},
		{"The envoys met on August 3, 4 and 5, 1987.", []string{
			"August 3|DATE|1987-08-03||", "4|DATE|1987-08-04||", "5, 1987|DATE|1987-08-05||"}},
		{"The envoys met on April 7, 8 and 9.", []string{
			"April 7|DATE|2019-04-07||", "8|DATE|2019-04-08||", "9|DATE|2019-04-09||"}},
		{"Talks ran from March 3 through 5, 1998.", []string{
			"March 3|DATE|1998-03-03||", "5, 1998|DATE|1998-03-05||"}},
		{"Talks ran March 3–5, 1998.", []string{
			"March 3|DATE|1998-03-03||", "5, 1998|DATE|1998-03-05||"}},
		{"The envoys met on 3, 4 and 5 August 1987.", []string{
			"3|DATE|1987-08-03||", "4|DATE|1987-08-04||", "5 August 1987|DATE|1987-08-05||"}},
		// A number after a comma is a count, not a listed day.
		{"Chapter 3, 5 August 1987.", []string{"5 August 1987|DATE|1987-08-05||"}},
		{"On April 7, 8 soldiers were hurt.", []string{"April 7|DATE|2019-04-07||"}},
		{"On April 7, 8 and 9 soldiers were hurt.", []string{"April 7|DATE|2019-04-07||"}},
	})
}

// TestVerbPhraseTense: the tense of a yearless month or a weekday is read
// from its verb phrase: a past verb with its object ("took place") agrees
// with a past auxiliary ("was held"); a modal with a bare verb, the
// scheduled present and "is set for" look ahead.
func TestVerbPhraseTense(t *testing.T) {
	runCases(t, june2019, []tc{
		{"The summit took place in July.", []string{"July|DATE|2018-07||"}},
		{"The summit was held in July.", []string{"July|DATE|2018-07||"}},
		{"Abe took office in July.", []string{"July|DATE|2018-07||"}},
		{"The ceasefire came into effect in August.", []string{"August|DATE|2018-08||"}},
		{"The treaty came into force in August.", []string{"August|DATE|2018-08||"}},
		{"The treaty comes into force in September.", []string{"September|DATE|2019-09||"}},
		{"The law goes into effect in September.", []string{"September|DATE|2019-09||"}},
		{"The summit could take place in September.", []string{"September|DATE|2019-09||"}},
		{"The summit should take place in September.", []string{"September|DATE|2019-09||"}},
		{"The summit may take place in September.", []string{"September|DATE|2019-09||"}},
		{"The summit might be held in October.", []string{"October|DATE|2019-10||"}},
		{"The summit will take place in September.", []string{"September|DATE|2019-09||"}},
		{"The summit takes place in September.", []string{"September|DATE|2019-09||"}},
		{"The talks are scheduled for September.", []string{"September|DATE|2019-09||"}},
		// A perfect after the modal, and "could be" (the past of "can"),
		// stay in the past.
		{"The summit could have taken place in September.", []string{"September|DATE|2018-09||"}},
		{"The envoy could not be reached in September.", []string{"September|DATE|2018-09||"}},
		// A past verb nearer the date than the modal tells its tense.
		{"He could say he met her in September.", []string{"September|DATE|2018-09||"}},
	})
	// Saturday 15 June 2019: Thursday ahead is the 20th, behind the 13th.
	runCases(t, june2019, []tc{
		{"The vote is set for Thursday.", []string{"Thursday|DATE|2019-06-20||"}},
		{"The hearings are scheduled for Thursday.", []string{"Thursday|DATE|2019-06-20||"}},
		{"The parliament should vote on Thursday.", []string{"Thursday|DATE|2019-06-20||"}},
		{"The vote was set for Thursday.", []string{"Thursday|DATE|2019-06-13||"}},
		{"The envoy could not be located Thursday.", []string{"Thursday|DATE|2019-06-13||"}},
	})
}

// TestHoursLaterAfterTold: "hours later" after a told date is a day of that
// date; after a month or a year told, a day of it whose digits are not known
// ("1998-10-XX", as "that same day" after a month is).
func TestHoursLaterAfterTold(t *testing.T) {
	runCases(t, june2019, []tc{
		{"In 1956 the declaration was signed in Moscow. Hours later the delegates left.", []string{
			"1956|DATE|1956||", "Hours later|DATE|1956-XX-XX||1956-XX-XX"}},
		{"In October 1956 the declaration was signed. Minutes later the delegates left.", []string{
			"October 1956|DATE|1956-10||", "Minutes later|DATE|1956-10-XX||1956-10-XX"}},
		{"On October 19, 1956 the declaration was signed. Hours later the delegates left.", []string{
			"October 19, 1956|DATE|1956-10-19||", "Hours later|DATE|1956-10-19||"}},
		// No date told: a vague future.
		{"The delegates argued. Hours later they left.", []string{"Hours later|DATE|FUTURE_REF||"}},
	})
}

// TestCenturiesDecadesHalves: the first century is "00" (BC00 before
// Christ), a following or previous decade or century counts from the one
// just told, "half a" unit is written in the finer unit, and "B.C.E." is
// all of the era.
func TestCenturiesDecadesHalves(t *testing.T) {
	runCases(t, june2019, []tc{
		{"Rome grew in the first century.", []string{"the first century|DATE|00||"}},
		{"Rome grew in the 1st century AD.", []string{"the 1st century AD|DATE|00||"}},
		{"Rome grew in the first century BC.", []string{"the first century BC|DATE|BC00||"}},
		{"Rome grew in the second century.", []string{"the second century|DATE|01||"}},
		{"Trade grew in the 1920s. The following decade was harsher.", []string{
			"the 1920s|DATE|192||", "The following decade|DATE|193||"}},
		{"Trade grew in the 18th century. The previous century was harsher.", []string{
			"the 18th century|DATE|17||", "The previous century|DATE|16||"}},
		{"Sparta rose in the 550s BC. The following decade was harsher.", []string{
			"the 550s BC|DATE|BC055||", "The following decade|DATE|BC054||"}},
		{"In 1952 trade stalled. The following decade was harsher.", []string{
			"1952|DATE|1952||", "The following decade|DATE|196||"}},
		{"On 19 October 1956 they signed. The following century was calm.", []string{
			"19 October 1956|DATE|1956-10-19||", "The following century|DATE|20||"}},
		// Without a decade just before, "the next decade" is the anchor's.
		{"Trade will grow in the next decade.", []string{"the next decade|DATE|202||"}},
		{"The dispute has lasted half a century.", []string{"half a century|DURATION|P50Y||"}},
		{"The talks took half a decade.", []string{"half a decade|DURATION|P5Y||"}},
		{"The meeting took half an hour.", []string{"half an hour|DURATION|PT30M||"}},
		{"The dispute has lasted a century and a half.", []string{"a century and a half|DURATION|P150Y||"}},
		{"Half a century ago the talks began.", []string{"Half a century ago|DATE|1969||"}},
		{"A century and a half ago the border was drawn.", []string{"A century and a half ago|DATE|1869||"}},
		{"Half a year ago the talks began.", []string{"Half a year ago|DATE|2018-12||"}},
		{"Xerxes invaded in 480 B.C.E. and withdrew.", []string{"480 B.C.E.|DATE|BC0480||"}},
		{"Xerxes invaded in 480 B.C. and withdrew.", []string{"480 B.C.|DATE|BC0480||"}},
		{"The town was founded in 43 A.D. by Rome.", []string{"43 A.D.|DATE|0043||"}},
		{"The town was founded in 43 C.E. by Rome.", []string{"43 C.E.|DATE|0043||"}},
		{"Rome grew in the first century A.D. and after.", []string{"the first century A.D.|DATE|00||"}},
		// Initials are no era.
		{"A. D. Smith wrote in 2001.", []string{"2001|DATE|2001||"}},
	})
}
