package edtf

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
	"unsafe"
)

// okCase is an input that must parse, with everything it must report.
// String() must return in unchanged.
type okCase struct {
	in      string
	lo, hi  string    // Earliest, Latest
	prec    Precision // Precision
	q       string    // qualifiers reported: "" none, "~" Approximate, "?" Uncertain, "%" both
	ends    string    // "" single; "[]" closed interval; "(]" open/unknown start; "[)" open/unknown end
	display string
}

// level0Cases are every level 0 example of the LoC EDTF specification (2019).
var level0Cases = []okCase{
	// Date
	{"1985-04-12", "1985-04-12", "1985-04-12", PrecisionDay, "", "", "12 April 1985"},
	{"1985-04", "1985-04-01", "1985-04-30", PrecisionMonth, "", "", "April 1985"},
	{"1985", "1985-01-01", "1985-12-31", PrecisionYear, "", "", "1985"},
	// Date and time: bounds are the written day.
	{"1985-04-12T23:20:30", "1985-04-12", "1985-04-12", PrecisionDay, "", "", "12 April 1985"},
	{"1985-04-12T23:20:30Z", "1985-04-12", "1985-04-12", PrecisionDay, "", "", "12 April 1985"},
	{"1985-04-12T23:20:30-04", "1985-04-12", "1985-04-12", PrecisionDay, "", "", "12 April 1985"},
	{"1985-04-12T23:20:30+04:30", "1985-04-12", "1985-04-12", PrecisionDay, "", "", "12 April 1985"},
	// Time interval
	{"1964/2008", "1964-01-01", "2008-12-31", PrecisionYear, "", "[]", "1964–2008"},
	{"2004-06/2006-08", "2004-06-01", "2006-08-31", PrecisionMonth, "", "[]", "June 2004 – August 2006"},
	{"2004-02-01/2005-02-08", "2004-02-01", "2005-02-08", PrecisionDay, "", "[]", "1 February 2004 – 8 February 2005"},
	{"2004-02-01/2005-02", "2004-02-01", "2005-02-28", PrecisionMonth, "", "[]", "1 February 2004 – February 2005"},
	{"2004-02-01/2005", "2004-02-01", "2005-12-31", PrecisionYear, "", "[]", "1 February 2004 – 2005"},
	{"2005/2006-02", "2005-01-01", "2006-02-28", PrecisionYear, "", "[]", "2005 – February 2006"},
}

// level1Cases are every level 1 example of the specification that lies in
// years 0001-9999 (the others are in specErrCases).
var level1Cases = []okCase{
	// Seasons
	{"2001-21", "2001-03-01", "2001-05-31", PrecisionSeason, "", "", "spring 2001"},
	// Qualification of a date (complete)
	{"1984?", "1984-01-01", "1984-12-31", PrecisionYear, "?", "", "1984 (uncertain)"},
	{"2004-06~", "2004-06-01", "2004-06-30", PrecisionMonth, "~", "", "c. June 2004"},
	{"2004-06-11%", "2004-06-11", "2004-06-11", PrecisionDay, "%", "", "c. 11 June 2004 (uncertain)"},
	// Unspecified digit(s) from the right
	{"201X", "2010-01-01", "2019-12-31", PrecisionDecade, "", "", "2010s"},
	{"20XX", "2000-01-01", "2099-12-31", PrecisionCentury, "", "", "2000s"},
	{"2004-XX", "2004-01-01", "2004-12-31", PrecisionYear, "", "", "2004"},
	{"1985-04-XX", "1985-04-01", "1985-04-30", PrecisionMonth, "", "", "April 1985"},
	{"1985-XX-XX", "1985-01-01", "1985-12-31", PrecisionYear, "", "", "1985"},
	// Extended interval: open end, open start
	{"1985-04-12/..", "1985-04-12", "9999-12-31", PrecisionDay, "", "[)", "after 12 April 1985"},
	{"1985-04/..", "1985-04-01", "9999-12-31", PrecisionMonth, "", "[)", "after April 1985"},
	{"1985/..", "1985-01-01", "9999-12-31", PrecisionYear, "", "[)", "after 1985"},
	{"../1985-04-12", "0001-01-01", "1985-04-12", PrecisionDay, "", "(]", "before 12 April 1985"},
	{"../1985-04", "0001-01-01", "1985-04-30", PrecisionMonth, "", "(]", "before April 1985"},
	{"../1985", "0001-01-01", "1985-12-31", PrecisionYear, "", "(]", "before 1985"},
	// Extended interval: unknown end, unknown start
	{"1985-04-12/", "1985-04-12", "9999-12-31", PrecisionDay, "", "[)", "12 April 1985 – unknown end"},
	{"1985-04/", "1985-04-01", "9999-12-31", PrecisionMonth, "", "[)", "April 1985 – unknown end"},
	{"1985/", "1985-01-01", "9999-12-31", PrecisionYear, "", "[)", "1985 – unknown end"},
	{"/1985-04-12", "0001-01-01", "1985-04-12", PrecisionDay, "", "(]", "unknown start – 12 April 1985"},
	{"/1985-04", "0001-01-01", "1985-04-30", PrecisionMonth, "", "(]", "unknown start – April 1985"},
	{"/1985", "0001-01-01", "1985-12-31", PrecisionYear, "", "(]", "unknown start – 1985"},
	// Extended interval: qualified ends
	{"1984~/2004-06", "1984-01-01", "2004-06-30", PrecisionYear, "~", "[]", "c. 1984 – June 2004"},
	{"1984/2004-06~", "1984-01-01", "2004-06-30", PrecisionYear, "~", "[]", "1984 – c. June 2004"},
	{"1984~/2004~", "1984-01-01", "2004-12-31", PrecisionYear, "~", "[]", "c. 1984 – c. 2004"},
	{"1984?/2004%", "1984-01-01", "2004-12-31", PrecisionYear, "%", "[]", "1984 (uncertain) – c. 2004 (uncertain)"},
	{"1984-06?/2004-08?", "1984-06-01", "2004-08-31", PrecisionMonth, "?", "[]", "June 1984 (uncertain) – August 2004 (uncertain)"},
	{"1984-06-02?/2004-08-08~", "1984-06-02", "2004-08-08", PrecisionDay, "%", "[]", "2 June 1984 (uncertain) – c. 8 August 2004"},
	{"1984-06-02?/", "1984-06-02", "9999-12-31", PrecisionDay, "?", "[)", "2 June 1984 (uncertain) – unknown end"},
}

// level2Cases are the level 2 qualification examples (group qualifier
// after a component, individual qualifier before one), which the timeline
// needs for doubt about a single component.
var level2Cases = []okCase{
	{"2004?-06-11", "2004-06-11", "2004-06-11", PrecisionDay, "?", "", "11 June 2004 (uncertain)"},
	{"2004-06~-11", "2004-06-11", "2004-06-11", PrecisionDay, "~", "", "c. 11 June 2004"},
	{"?2004-06-~11", "2004-06-11", "2004-06-11", PrecisionDay, "%", "", "c. 11 June 2004 (uncertain)"},
	{"2004-%06-11", "2004-06-11", "2004-06-11", PrecisionDay, "%", "", "c. 11 June 2004 (uncertain)"},
	{"2004-?06-11", "2004-06-11", "2004-06-11", PrecisionDay, "?", "", "11 June 2004 (uncertain)"},
	{"2004-06-~11", "2004-06-11", "2004-06-11", PrecisionDay, "~", "", "c. 11 June 2004"},
	{"2004?-06-~11", "2004-06-11", "2004-06-11", PrecisionDay, "%", "", "c. 11 June 2004 (uncertain)"},
	{"~1945-08", "1945-08-01", "1945-08-31", PrecisionMonth, "~", "", "c. August 1945"},
	{"2004-06?/2004-~08", "2004-06-01", "2004-08-31", PrecisionMonth, "%", "[]", "June 2004 (uncertain) – c. August 2004"},
}

// extraCases pin the display strings and forms the timeline relies on, and
// inputs the fuzzer found worth keeping.
var extraCases = []okCase{
	{"1945-09-02", "1945-09-02", "1945-09-02", PrecisionDay, "", "", "2 September 1945"},
	{"1945-09", "1945-09-01", "1945-09-30", PrecisionMonth, "", "", "September 1945"},
	{"1945", "1945-01-01", "1945-12-31", PrecisionYear, "", "", "1945"},
	{"1945-08/1945-09", "1945-08-01", "1945-09-30", PrecisionMonth, "", "[]", "August–September 1945"},
	{"1945-08-18/1945-09-05", "1945-08-18", "1945-09-05", PrecisionDay, "", "[]", "18 August – 5 September 1945"},
	{"1945-08-28/1945-08-31", "1945-08-28", "1945-08-31", PrecisionDay, "", "[]", "28–31 August 1945"},
	{"1945-08-28/1945-08-28", "1945-08-28", "1945-08-28", PrecisionDay, "", "[]", "28 August 1945"},
	{"1945-08/1945-08", "1945-08-01", "1945-08-31", PrecisionMonth, "", "[]", "August 1945"},
	{"1945/1945", "1945-01-01", "1945-12-31", PrecisionYear, "", "[]", "1945"},
	{"1945-08-18/1946-09-05", "1945-08-18", "1946-09-05", PrecisionDay, "", "[]", "18 August 1945 – 5 September 1946"},
	{"1985-04-XX/1985-06", "1985-04-01", "1985-06-30", PrecisionMonth, "", "[]", "April–June 1985"},
	{"1991/2001", "1991-01-01", "2001-12-31", PrecisionYear, "", "[]", "1991–2001"},
	{"1956~", "1956-01-01", "1956-12-31", PrecisionYear, "~", "", "c. 1956"},
	{"195X~", "1950-01-01", "1959-12-31", PrecisionDecade, "~", "", "c. 1950s"},
	{"195X", "1950-01-01", "1959-12-31", PrecisionDecade, "", "", "1950s"},
	{"19XX", "1900-01-01", "1999-12-31", PrecisionCentury, "", "", "1900s"},
	{"195X/197X", "1950-01-01", "1979-12-31", PrecisionDecade, "", "[]", "1950s–1970s"},
	{"19XX/2001-05", "1900-01-01", "2001-05-31", PrecisionCentury, "", "[]", "1900s – May 2001"},
	{"201X-XX", "2010-01-01", "2019-12-31", PrecisionDecade, "", "", "2010s"},
	{"20XX-XX-XX", "2000-01-01", "2099-12-31", PrecisionCentury, "", "", "2000s"},
	{"000X", "0001-01-01", "0009-12-31", PrecisionDecade, "", "", "1–9"},
	{"00XX", "0001-01-01", "0099-12-31", PrecisionCentury, "", "", "1–99"},
	{"0001", "0001-01-01", "0001-12-31", PrecisionYear, "", "", "1"},
	{"9999-12-31", "9999-12-31", "9999-12-31", PrecisionDay, "", "", "31 December 9999"},
	{"0945-10", "0945-10-01", "0945-10-31", PrecisionMonth, "", "", "October 945"},
	{"1956?", "1956-01-01", "1956-12-31", PrecisionYear, "?", "", "1956 (uncertain)"},
	{"1956%", "1956-01-01", "1956-12-31", PrecisionYear, "%", "", "c. 1956 (uncertain)"},
	{"1991/..", "1991-01-01", "9999-12-31", PrecisionYear, "", "[)", "after 1991"},
	{"../1991", "0001-01-01", "1991-12-31", PrecisionYear, "", "(]", "before 1991"},
	{"1991/", "1991-01-01", "9999-12-31", PrecisionYear, "", "[)", "1991 – unknown end"},
	{"/1991", "0001-01-01", "1991-12-31", PrecisionYear, "", "(]", "unknown start – 1991"},
	{"../1956~", "0001-01-01", "1956-12-31", PrecisionYear, "~", "(]", "before c. 1956"},
	{"1984?/2004-06~", "1984-01-01", "2004-06-30", PrecisionYear, "%", "[]", "1984 (uncertain) – c. June 2004"},
	{"2004-06~/2004-08?", "2004-06-01", "2004-08-31", PrecisionMonth, "%", "[]", "c. June 2004 – August 2004 (uncertain)"},
	{"1945-09-02T09:04:00+09:00", "1945-09-02", "1945-09-02", PrecisionDay, "", "", "2 September 1945"},
	{"1956-10-19T00:00:00-00", "1956-10-19", "1956-10-19", PrecisionDay, "", "", "19 October 1956"},
	// Seasons, Northern Hemisphere.
	{"2001-22", "2001-06-01", "2001-08-31", PrecisionSeason, "", "", "summer 2001"},
	{"2001-23", "2001-09-01", "2001-11-30", PrecisionSeason, "", "", "autumn 2001"},
	{"2001-24", "2001-12-01", "2002-02-28", PrecisionSeason, "", "", "winter 2001–02"},
	{"2003-24", "2003-12-01", "2004-02-29", PrecisionSeason, "", "", "winter 2003–04"},
	{"1999-24", "1999-12-01", "2000-02-29", PrecisionSeason, "", "", "winter 1999–2000"},
	{"2001-21~", "2001-03-01", "2001-05-31", PrecisionSeason, "~", "", "c. spring 2001"},
	{"2001-?23", "2001-09-01", "2001-11-30", PrecisionSeason, "?", "", "autumn 2001 (uncertain)"},
	{"2001-21/2001-22", "2001-03-01", "2001-08-31", PrecisionSeason, "", "[]", "spring 2001 – summer 2001"},
	{"2001-21/2001-06", "2001-03-01", "2001-06-30", PrecisionSeason, "", "[]", "spring 2001 – June 2001"},
	// Leap years by Gregorian rules.
	{"2000-02-29", "2000-02-29", "2000-02-29", PrecisionDay, "", "", "29 February 2000"},
	{"2004-02-29", "2004-02-29", "2004-02-29", PrecisionDay, "", "", "29 February 2004"},
	{"1900-02", "1900-02-01", "1900-02-28", PrecisionMonth, "", "", "February 1900"},
	// An end that starts before the start but still overlaps it is fine.
	{"2004-06/2004", "2004-06-01", "2004-12-31", PrecisionYear, "", "[]", "June 2004 – 2004"},
}

var allOKCases = concat(level0Cases, level1Cases, level2Cases, extraCases)

func concat[T any](ss ...[]T) []T {
	var out []T
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

func TestLevel0(t *testing.T) { runOK(t, level0Cases) }
func TestLevel1(t *testing.T) { runOK(t, level1Cases) }
func TestLevel2(t *testing.T) { runOK(t, level2Cases) }
func TestExtra(t *testing.T)  { runOK(t, extraCases) }

func runOK(t *testing.T, cases []okCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			v, err := Parse(c.in)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := v.String(); got != c.in {
				t.Errorf("String() = %q, want %q", got, c.in)
			}
			if got := v.Earliest().String(); got != c.lo {
				t.Errorf("Earliest() = %s, want %s", got, c.lo)
			}
			if got := v.Latest().String(); got != c.hi {
				t.Errorf("Latest() = %s, want %s", got, c.hi)
			}
			if got := v.Precision(); got != c.prec {
				t.Errorf("Precision() = %v, want %v", got, c.prec)
			}
			wantA := c.q == "~" || c.q == "%"
			wantU := c.q == "?" || c.q == "%"
			if v.Approximate() != wantA || v.Uncertain() != wantU {
				t.Errorf("Approximate, Uncertain = %v, %v; want %v, %v", v.Approximate(), v.Uncertain(), wantA, wantU)
			}
			if got, want := v.IsInterval(), c.ends != ""; got != want {
				t.Errorf("IsInterval() = %v, want %v", got, want)
			}
			if got, want := v.OpenStart(), c.ends == "(]"; got != want {
				t.Errorf("OpenStart() = %v, want %v", got, want)
			}
			if got, want := v.OpenEnd(), c.ends == "[)"; got != want {
				t.Errorf("OpenEnd() = %v, want %v", got, want)
			}
			if got := v.Display(); got != c.display {
				t.Errorf("Display() = %q, want %q", got, c.display)
			}
			if v.IsZero() {
				t.Error("IsZero() = true")
			}
		})
	}
}

// TestRoundTrip checks Parse(s).String() == s for every canonical input,
// and the same through MarshalText/UnmarshalText and JSON.
func TestRoundTrip(t *testing.T) {
	for _, c := range allOKCases {
		v := MustParse(c.in)
		if got := v.String(); got != c.in {
			t.Errorf("Parse(%q).String() = %q", c.in, got)
		}
		if again := MustParse(v.String()); again != v {
			t.Errorf("Parse(%q) changed on reparse", c.in)
		}
		b, err := json.Marshal(struct{ D Value }{v})
		if err != nil {
			t.Fatal(err)
		}
		var back struct{ D Value }
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if back.D != v {
			t.Errorf("JSON round trip of %q gave %q", c.in, back.D)
		}
	}
}

func TestZeroValue(t *testing.T) {
	var v Value
	if !v.IsZero() || v.String() != "" || v.Display() != "" || v.IsInterval() {
		t.Errorf("zero Value: IsZero=%v String=%q Display=%q", v.IsZero(), v.String(), v.Display())
	}
	if v.Earliest() != (Day{}) || v.Latest() != (Day{}) {
		t.Errorf("zero Value bounds %v..%v", v.Earliest(), v.Latest())
	}
	if v.Overlaps(MustParse("1945")) || MustParse("1945").Overlaps(v) || v.Contains(Day{1945, 1, 1}) {
		t.Error("zero Value overlaps or contains")
	}
	b, _ := v.MarshalText()
	if len(b) != 0 {
		t.Errorf("MarshalText = %q", b)
	}
	w := MustParse("1945")
	if err := w.UnmarshalText(nil); err != nil || !w.IsZero() {
		t.Errorf("UnmarshalText(empty) = %v, IsZero %v", err, w.IsZero())
	}
	if err := w.UnmarshalText([]byte("1945-13")); err == nil {
		t.Error("UnmarshalText accepted month 13")
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		r := recover()
		var e *Error
		if err, ok := r.(error); !ok || !errors.As(err, &e) {
			t.Errorf("MustParse panicked with %v, want *Error", r)
		}
	}()
	MustParse("1945-13")
}

func TestStartEnd(t *testing.T) {
	for _, c := range []struct{ in, start, end string }{
		{"1945", "1945", "1945"},
		{"1945-08/1945-09~", "1945-08", "1945-09~"},
		{"../1945", "", "1945"},
		{"1945/", "1945", ""},
	} {
		v := MustParse(c.in)
		if got := v.Start().String(); got != c.start {
			t.Errorf("%s: Start() = %q, want %q", c.in, got, c.start)
		}
		if got := v.End().String(); got != c.end {
			t.Errorf("%s: End() = %q, want %q", c.in, got, c.end)
		}
	}
}

func TestOverlapsContains(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"1945", "1945-08-15", true},
		{"1945-08", "1945-09", false},
		{"1945-08/1945-09", "1945-09-30", true},
		{"1945-08-31", "1945-09", false},
		{"1991/..", "2024", true},
		{"../1956", "1956-10-19", true},
		{"../1956", "1957", false},
		{"2001-24", "2002-02-28", true},
		{"2001-24", "2002-03", false},
		{"195X", "1960", false},
	} {
		a, b := MustParse(c.a), MustParse(c.b)
		if a.Overlaps(b) != c.want || b.Overlaps(a) != c.want {
			t.Errorf("%s overlaps %s: %v, %v; want %v", c.a, c.b, a.Overlaps(b), b.Overlaps(a), c.want)
		}
	}
	v := MustParse("1945-08-18/1945-09-05")
	for d, want := range map[Day]bool{
		{1945, 8, 17}: false, {1945, 8, 18}: true, {1945, 9, 5}: true, {1945, 9, 6}: false,
	} {
		if v.Contains(d) != want {
			t.Errorf("Contains(%v) = %v", d, !want)
		}
	}
}

func TestDay(t *testing.T) {
	if s := (Day{945, 9, 2}).String(); s != "0945-09-02" {
		t.Errorf("String = %q", s)
	}
	a, b := Day{1945, 9, 2}, Day{1945, 10, 1}
	if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 || !a.Before(b) || b.Before(a) || a.Before(a) {
		t.Error("Day ordering wrong")
	}
	if (Day{1944, 12, 31}).Compare(Day{1945, 1, 1}) != -1 {
		t.Error("year not most significant")
	}
	if MinDay != (Day{1, 1, 1}) || MaxDay != (Day{9999, 12, 31}) {
		t.Error("MinDay/MaxDay")
	}
}

func TestPrecisionString(t *testing.T) {
	want := []string{"day", "month", "season", "year", "decade", "century"}
	for p, w := range want {
		if got := Precision(p).String(); got != w {
			t.Errorf("Precision(%d) = %q, want %q", p, got, w)
		}
	}
	if got := Precision(99).String(); got != "Precision(99)" {
		t.Errorf("Precision(99) = %q", got)
	}
}

// TestDaysIn cross-checks month lengths against package time (in UTC, so
// the local zone cannot matter).
func TestDaysIn(t *testing.T) {
	for y := 1; y <= 9999; y++ {
		for m := 1; m <= 12; m++ {
			want := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if got := daysIn(y, m); got != want {
				t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}

// TestValueSize holds a Value to the size its fields' comment states: every
// candidate, piece of evidence and event carries one, so the merge's memory
// follows it.
func TestValueSize(t *testing.T) {
	if got := unsafe.Sizeof(Value{}); got > 104 {
		t.Errorf("a Value is %d bytes, want at most 104", got)
	}
}
