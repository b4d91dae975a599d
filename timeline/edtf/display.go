package edtf

import (
	"strconv"
	"strings"
)

var monthNames = [13]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var seasonNames = [4]string{"spring", "summer", "autumn", "winter"}

// Display returns v in plain English for readers of the rendered timeline,
// never raw EDTF:
//
//	1945-09-02             2 September 1945
//	1945-09 / 1945         September 1945 / 1945
//	1945-08-28/1945-08-31  28–31 August 1945
//	1945-08-18/1945-09-05  18 August – 5 September 1945
//	1945-08/1945-09        August–September 1945
//	1991/2001              1991–2001
//	195X / 19XX            1950s / 1900s
//	1985-XX, 1985-04-XX    1985, April 1985
//	2001-21, 2001-24       spring 2001, winter 2001–02
//	1956~ / 1956? / 1956%  c. 1956 / 1956 (uncertain) / c. 1956 (uncertain)
//	1991/.. / ../1991      after 1991 / before 1991
//	1991/ / /1991          1991 – unknown end / unknown start – 1991
//
// Any approximate component prefixes an end with "c. ", any uncertain one
// suffixes " (uncertain)"; ends of a qualified interval are shown in full so
// a qualifier cannot seem to cover both. A date-time shows its date only.
// Ranges use an en dash, spaced when either side has a space. The zero
// Value gives "".
func (v Value) Display() string {
	if !v.valid {
		return ""
	}
	if !v.interval {
		return v.start.d.display()
	}
	s, e := v.start, v.end
	switch {
	case s.kind == endOpen:
		return "before " + e.d.display()
	case e.kind == endOpen:
		return "after " + s.d.display()
	case s.kind == endUnknown:
		return "unknown start – " + e.d.display()
	case e.kind == endUnknown:
		return s.d.display() + " – unknown end"
	}
	if r, ok := sharedRange(s.d, e.d); ok {
		return r
	}
	a, b := s.d.display(), e.d.display()
	if a == b {
		return a
	}
	return joinRange(a, b)
}

// sharedRange writes an unqualified interval within one year without
// repeating what both ends share ("28–31 August 1945").
func sharedRange(s, e date) (string, bool) {
	if s.quals() != 0 || e.quals() != 0 {
		return "", false
	}
	ps, pe := s.precision(), e.precision()
	a, b := s.earliest(), e.earliest()
	if ps != pe || a.Year != b.Year || (ps != PrecisionDay && ps != PrecisionMonth) {
		return "", false
	}
	y := yearText(a.Year)
	if ps == PrecisionMonth {
		if a.Month == b.Month {
			return monthNames[a.Month] + " " + y, true
		}
		return monthNames[a.Month] + "–" + monthNames[b.Month] + " " + y, true
	}
	switch {
	case a == b:
		return dayText(a), true
	case a.Month == b.Month:
		return strconv.Itoa(a.Day) + "–" + strconv.Itoa(b.Day) + " " + monthNames[a.Month] + " " + y, true
	}
	return strconv.Itoa(a.Day) + " " + monthNames[a.Month] + " – " +
		strconv.Itoa(b.Day) + " " + monthNames[b.Month] + " " + y, true
}

// joinRange joins two ends with an en dash, spaced when either end is
// more than one word (or is itself a range).
func joinRange(a, b string) string {
	if strings.ContainsAny(a, " –") || strings.ContainsAny(b, " –") {
		return a + " – " + b
	}
	return a + "–" + b
}

// display is one date in English with its qualifiers.
func (d date) display() string {
	s := d.plain()
	q := d.quals()
	if q&qualApprox != 0 {
		s = "c. " + s
	}
	if q&qualUncertain != 0 {
		s += " (uncertain)"
	}
	return s
}

// plain is one date in English without qualifiers.
func (d date) plain() string {
	lo := d.earliest()
	y := int(d.c[cYear].val)
	switch d.precision() {
	case PrecisionCentury, PrecisionDecade:
		if y == 0 {
			// "000X"/"00XX": there is no year 0, and "0s" reads as nothing.
			return "1–" + strconv.Itoa(d.latest().Year)
		}
		return strconv.Itoa(y) + "s"
	case PrecisionYear:
		return yearText(y)
	case PrecisionSeason:
		s := int(d.c[cMonth].val) - 21
		if s < 3 {
			return seasonNames[s] + " " + yearText(y)
		}
		next := strconv.Itoa(y + 1)
		if (y+1)%100 != 0 && len(next) > 2 {
			next = next[len(next)-2:]
		}
		return "winter " + yearText(y) + "–" + next
	case PrecisionMonth:
		return monthNames[lo.Month] + " " + yearText(y)
	}
	return dayText(lo)
}

// yearText writes a year without zero padding: readers expect "945".
func yearText(y int) string { return strconv.Itoa(y) }

func dayText(d Day) string {
	return strconv.Itoa(d.Day) + " " + monthNames[d.Month] + " " + yearText(d.Year)
}
