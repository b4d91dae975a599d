package edtf

import (
	"errors"
	"testing"
)

// errCase is an input that must fail with exactly this offset and message.
type errCase struct {
	in  string
	off int
	msg string
}

const beyond = " (years 0001-9999 only)"

// specErrCases are the examples of the specification outside what the
// timeline supports: level 1 years beyond 0001-9999, and level 2 forms.
var specErrCases = []errCase{
	// Level 1: letter-prefixed and negative calendar years.
	{"Y170000002", 0, "Y-prefixed years are not supported" + beyond},
	{"Y-170000002", 0, "Y-prefixed years are not supported" + beyond},
	{"-1985", 0, "negative years are not supported" + beyond},
	// Level 2: exponential years, significant digits, sets, more seasons,
	// unspecified digits not from the right.
	{"Y-17E7", 0, "Y-prefixed years are not supported" + beyond},
	{"1950S2", 4, "significant digits (S) are not supported" + beyond},
	{"Y171010000S3", 0, "Y-prefixed years are not supported" + beyond},
	{"Y3388E2S3", 0, "Y-prefixed years are not supported" + beyond},
	{"1950E2", 4, "exponential years (E) are not supported" + beyond},
	{"2001-25", 5, "season 25 not supported (only 21-24: spring, summer, autumn, winter)"},
	{"2001-41", 5, "season 41 not supported (only 21-24: spring, summer, autumn, winter)"},
	{"[1667,1668,1670..1672]", 0, "sets ([...] and {...}) are not supported"},
	{"{1960,1961-12}", 0, "sets ([...] and {...}) are not supported"},
	{"156X-12-25", 5, "month 12 cannot follow an unspecified year (X only from the right)"},
	{"15XX-12-XX", 5, "month 12 cannot follow an unspecified year (X only from the right)"},
	{"XXXX-12-XX", 0, `year "XXXX": only the last one or two digits may be X (195X or 19XX)`},
	{"1XXX-XX", 1, `year "1XXX": only the last one or two digits may be X (195X or 19XX)`},
	{"1984-1X", 5, `month "1X" must be 2 digits or XX`},
	{"2004-06-11/2004-06~-15/2004-07", 22, `more than one "/"`},
}

// badCases are malformed or out-of-range inputs.
var badCases = []errCase{
	{"", 0, "empty string"},
	{" ", 0, `expected a 4-digit year, found " "`},
	{" 1985", 0, `expected a 4-digit year, found " "`},
	{"1985 ", 4, `unexpected trailing text " "`},
	{"1985-04-12\n", 10, `unexpected trailing text "\n"`},
	{"1985 /1990", 4, `unexpected trailing text " /1990"`},
	{"1985/ 1990", 5, `expected a 4-digit year, found " "`},
	{"1985-04-12x", 10, `unexpected trailing text "x"`},
	{"1985-04-12-01", 10, `unexpected trailing text "-01"`},
	{"1985.5", 4, `unexpected trailing text ".5"`},
	{"abc", 0, `expected a 4-digit year, found "a"`},
	{"é1985", 0, `expected a 4-digit year, found "é"`},
	{"\xff", 0, `expected a 4-digit year, found "\xff"`},
	{"+1985", 0, `expected a 4-digit year, found "+"`},
	// Years.
	{"0000", 0, "year 0000 out of range 0001-9999"},
	{"0000-01-01", 0, "year 0000 out of range 0001-9999"},
	{"19850", 0, `year "19850" has more than 4 digits` + beyond},
	{"170000002", 0, `year "170000002" has more than 4 digits` + beyond},
	{"198", 0, `year "198" must have 4 digits`},
	{"85-04-12", 0, `year "85" must have 4 digits`},
	{"1X85", 1, `X in year "1X85" must be its last digits (as in 195X or 19XX)`},
	{"19X5", 2, `X in year "19X5" must be its last digits (as in 195X or 19XX)`},
	{"1XXX", 1, `year "1XXX": only the last one or two digits may be X (195X or 19XX)`},
	{"201x", 3, `lowercase "x" is not allowed; write "X" for an unspecified digit`},
	{"1985-xx", 5, `lowercase "x" is not allowed; write "X" for an unspecified digit`},
	{"19x5", 2, `lowercase "x" is not allowed; write "X" for an unspecified digit`},
	{"1985-0x", 6, `lowercase "x" is not allowed; write "X" for an unspecified digit`},
	{"1985-04-1x", 9, `lowercase "x" is not allowed; write "X" for an unspecified digit`},
	{"y1985", 0, `expected a 4-digit year, found "y"`},
	// Months and seasons.
	{"1945-13-02", 5, "month 13 out of range 01-12"},
	{"1945-13", 5, "month 13 out of range 01-12"},
	{"1945-00", 5, "month 00 out of range 01-12"},
	{"1945-20", 5, "month 20 out of range 01-12"},
	{"1945-99", 5, "month 99 out of range 01-12"},
	{"1945-", 5, "expected a 2-digit month, found end of input"},
	{"1945-9", 5, `month "9" must have 2 digits`},
	{"1945-009", 5, `month "009" must have 2 digits`},
	{"1985-X4", 5, `month "X4" must be 2 digits or XX`},
	{"1985-0X", 5, `month "0X" must be 2 digits or XX`},
	{"201X-05", 5, "month 05 cannot follow an unspecified year (X only from the right)"},
	{"201X-21", 5, "month 21 cannot follow an unspecified year (X only from the right)"},
	{"2001-21-03", 8, "season 21 cannot have a day"},
	{"9999-24", 5, "winter 9999 ends after year 9999" + beyond},
	// Days.
	{"1985-04-32", 8, "day 32 out of range 01-31"},
	{"1985-04-00", 8, "day 00 out of range 01-31"},
	{"1985-04-31", 8, "day 31 out of range 01-30 for 1985-04"},
	{"2004-02-30", 8, "day 30 out of range 01-29 for 2004-02"},
	{"1985-02-29", 8, "day 29 out of range 01-28 for 1985-02 (not a leap year)"},
	{"1900-02-29", 8, "day 29 out of range 01-28 for 1900-02 (not a leap year)"},
	{"1985-04-", 8, "expected a 2-digit day, found end of input"},
	{"1985-04-1", 8, `day "1" must have 2 digits`},
	{"1985-XX-04", 8, "day 04 cannot follow an unspecified month (X only from the right)"},
	{"1985-04-X1", 8, `day "X1" must be 2 digits or XX`},
	// Qualifiers.
	{"?", 1, "expected a 4-digit year, found end of input"},
	{"2004??", 5, `more than one qualifier in a row; use "%" for uncertain and approximate`},
	{"2004?~", 5, `more than one qualifier in a row; use "%" for uncertain and approximate`},
	{"?~2004", 1, `more than one qualifier in a row; use "%" for uncertain and approximate`},
	{"?2004?", 5, `year is qualified on both sides; use one qualifier ("%" for uncertain and approximate)`},
	{"2004-~06?", 8, `month is qualified on both sides; use one qualifier ("%" for uncertain and approximate)`},
	{"2004-06-", 8, "expected a 2-digit day, found end of input"},
	{"2004-06-?", 9, "expected a 2-digit day, found end of input"},
	{"2004-?", 6, "expected a 2-digit month, found end of input"},
	{"1984?-", 6, "expected a 2-digit month, found end of input"},
	// Date and time.
	{"1985-04-12T", 11, "expected a 2-digit hour, found end of input"},
	{"1985-04-12T23:20", 16, `expected ":" before second (time is hh:mm:ss), found end of input`},
	{"1985-04-12T23", 13, `expected ":" before minute (time is hh:mm:ss), found end of input`},
	{"1985-04-12T24:00:00", 11, "hour 24 out of range 00-23"},
	{"1985-04-12T23:60:00", 14, "minute 60 out of range 00-59"},
	{"1985-04-12T23:20:60", 17, "second 60 out of range 00-59"},
	{"1985-04-12T23:20:30.5", 19, "fractional seconds are not supported"},
	{"1985-04-12T23:20:30+15", 20, "time zone hour 15 out of range 00-14"},
	{"1985-04-12T23:20:30+04:60", 23, "time zone minute 60 out of range 00-59"},
	{"1985-04-12T23:20:30+4", 20, `expected a 2-digit time zone hour, found "4"`},
	{"1985-04-12T23:20:30+0430", 22, `unexpected trailing text "30"`},
	{"1985-04-12T23:20:30z", 19, `unexpected trailing text "z"`},
	{"1985-04-12t23:20:30", 10, `unexpected trailing text "t23:20:30"`},
	{"1985-04-12T23:20:30?", 19, "qualifiers are not allowed after a time of day"},
	{"1985-04-12?T23:20:30", 11, "time of day is not allowed on a qualified date"},
	{"1985-04T23:20:30", 7, "time of day needs a complete date (YYYY-MM-DDThh:mm:ss)"},
	{"1985-04-XXT23:20:30", 10, "time of day needs a complete date (YYYY-MM-DDThh:mm:ss)"},
	{"1985-04-12T23:20:30/1986", 10, "time of day is not allowed in an interval"},
	{"1985/1986-04-12T23:20:30Z", 15, "time of day is not allowed in an interval"},
	{"1985-04-12T23:20:30/..", 10, "time of day is not allowed in an interval"},
	// Intervals.
	{"2008/1964", 5, `interval start "2008" is after its end "1964"`},
	{"1945-09-05/1945-08-18", 11, `interval start "1945-09-05" is after its end "1945-08-18"`},
	{"1945-09/1945-08-31", 8, `interval start "1945-09" is after its end "1945-08-31"`},
	{"196X/1950", 5, `interval start "196X" is after its end "1950"`},
	{"../..", 0, "interval has no date: both ends are open or unknown"},
	{"/", 0, "interval has no date: both ends are open or unknown"},
	{"../", 0, "interval has no date: both ends are open or unknown"},
	{"/..", 0, "interval has no date: both ends are open or unknown"},
	{"..", 0, `".." (open end) is only allowed in an interval`},
	{"..1985", 2, `expected "/" after "..", found "1"`},
	{"1985//1990", 5, `more than one "/"`},
	{"1985/1990/", 9, `more than one "/"`},
	{"1985/1990/2000", 9, `more than one "/"`},
	{"//1985", 1, `more than one "/"`},
	{"../1985/..", 7, `more than one "/"`},
	{"1985/...", 7, `unexpected trailing text "."`},
	{"1985/..1990", 7, `unexpected trailing text "1990"`},
	{"1985-04-12/1985-13", 16, "month 13 out of range 01-12"},
	{"1985--04", 5, `expected a 2-digit month, found "-"`},
}

func TestSpecErrors(t *testing.T) { runErr(t, specErrCases) }
func TestBadInputs(t *testing.T)  { runErr(t, badCases) }

func runErr(t *testing.T, cases []errCase) {
	t.Helper()
	for _, c := range cases {
		v, err := Parse(c.in)
		if err == nil {
			t.Errorf("Parse(%q) = %q, want error %q", c.in, v, c.msg)
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%q) error %T, want *Error", c.in, err)
			continue
		}
		if e.Input != c.in || e.Offset != c.off || e.Msg != c.msg {
			t.Errorf("Parse(%q) = {%q, %d, %q}, want {%q, %d, %q}", c.in, e.Input, e.Offset, e.Msg, c.in, c.off, c.msg)
		}
		if !v.IsZero() {
			t.Errorf("Parse(%q) failed but returned a non-zero Value", c.in)
		}
	}
}

func TestErrorString(t *testing.T) {
	_, err := Parse("1945-13-02")
	want := `invalid EDTF date "1945-13-02": month 13 out of range 01-12 (at byte 5)`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

func BenchmarkParse(b *testing.B) {
	inputs := []string{"1945-09-02", "1984-06-02?/2004-08-08~", "195X~", "../1985-04", "1985-04-12T23:20:30+04:30"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(inputs[i%len(inputs)]); err != nil {
			b.Fatal(err)
		}
	}
}
