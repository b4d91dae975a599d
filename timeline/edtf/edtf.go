// Package edtf is the date type of the timeline: it parses, formats, bounds
// and displays dates written in the Extended Date/Time Format (EDTF,
// ISO 8601-2; Library of Congress specification, 2019,
// https://www.loc.gov/standards/datetime/).
//
// # What is supported
//
// All of EDTF level 0 and level 1, plus the level 2 qualification of single
// components, for years 0001–9999 of the proleptic Gregorian calendar. The
// timeline runs from 1855 to today, so the forms that exist only to reach
// beyond that range (Y-prefixed years such as "Y170000002", negative years,
// exponential "E" and significant-digit "S" years) are rejected with a
// message naming the limit rather than half-supported.
//
//   - Dates: "1985-04-12", "1985-04", "1985".
//   - Date and time: "1985-04-12T23:20:30", with "Z", "+04", "-05:00".
//     The time is kept only so that String returns it; a Value's bounds
//     are whole days, so the time adds nothing to them. Time of day needs a
//     complete unqualified date and is not allowed inside an interval
//     (level 0 excludes it there).
//   - Intervals: "1964/2008", "2004-02-01/2005". An end may be open ("..",
//     the span goes on) or unknown (empty, "1985/"), but not both ends.
//     A start that is after its end ("2008/1964") is an error.
//   - Qualifiers: "?" uncertain, "~" approximate, "%" both. After a
//     component it covers that component and all on its left ("2004-06?":
//     year and month uncertain); before a component it covers that
//     component only ("2004-?06-11": only the month). A component takes one
//     qualifier, written on one side.
//   - Unspecified digits: "X" may replace the last one or two digits of the
//     year ("195X" a decade, "19XX" a century) or a whole month or day
//     ("1985-XX", "1985-04-XX"). X runs only from the right: nothing
//     specified may follow an X ("201X-05", "1985-XX-12" are rejected).
//   - Seasons: month codes 21–24, read as Northern Hemisphere
//     meteorological seasons: 21 spring = March–May, 22 summer =
//     June–August, 23 autumn = September–November, 24 winter = December of
//     the written year to February of the next ("2001-24" ends 2002-02-28,
//     displayed "winter 2001–02"). The level 2 codes 25–41 are rejected.
//
// # Bounds
//
// Earliest and Latest give the first and last calendar day the value may
// denote. Qualifiers do not widen them: "1984~" spans 1984, because how far
// "about" reaches is the reader's call, not the parser's. Open and unknown
// ends bound the same way, as MinDay for a start and MaxDay for an end:
// either way nothing is known past the other end.
//
// # Canonical text
//
// String returns the parsed text byte for byte. Parse accepts only one
// spelling of each form (upper-case X, two-digit months, no spaces), so
// every accepted string is already canonical. Qualifier placement is kept
// as written, since "?2004-?06" and "2004-06?" are how two sources chose to
// express the same doubt.
package edtf

import "fmt"

// Day is a proleptic Gregorian calendar day.
type Day struct{ Year, Month, Day int }

// MinDay and MaxDay are the bounds of the supported calendar, used for
// open and unknown interval ends.
var (
	MinDay = Day{1, 1, 1}
	MaxDay = Day{9999, 12, 31}
)

// String formats d as "1945-09-02", with a zero-padded 4-digit year.
func (d Day) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after o.
func (d Day) Compare(o Day) int {
	switch {
	case d.Year != o.Year:
		return sign(d.Year - o.Year)
	case d.Month != o.Month:
		return sign(d.Month - o.Month)
	default:
		return sign(d.Day - o.Day)
	}
}

// Before reports whether d is strictly before o.
func (d Day) Before(o Day) bool { return d.Compare(o) < 0 }

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// Precision is the granularity a value was written with. The constants are
// ordered from finest to coarsest, so the coarser of two is the larger.
type Precision int

// Precisions, finest first.
const (
	PrecisionDay Precision = iota
	PrecisionMonth
	PrecisionSeason
	PrecisionYear
	PrecisionDecade
	PrecisionCentury
)

var precisionNames = [...]string{"day", "month", "season", "year", "decade", "century"}

// String returns "day", "month", "season", "year", "decade" or "century".
func (p Precision) String() string {
	if p >= 0 && int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", int(p))
}

// Value is a parsed EDTF value: a single date or an interval. The zero
// Value is empty and invalid (IsZero reports true); its String and Display
// are "" and its bounds are the zero Day. Values are comparable with ==,
// which is true exactly when their String forms are equal.
type Value struct {
	valid    bool
	interval bool
	start    endpoint // the date of a single value
	end      endpoint // unused for a single value
}

// Error reports where in the input parsing failed.
type Error struct {
	Input  string // the whole text given to Parse
	Offset int    // byte offset into Input, 0-based
	Msg    string // what is wrong, without the input or offset
}

// Error formats e as `invalid EDTF date "1945-13-02": month 13 out of range
// 01-12 (at byte 5)`.
func (e *Error) Error() string {
	return fmt.Sprintf("invalid EDTF date %q: %s (at byte %d)", e.Input, e.Msg, e.Offset)
}

// qual is a set of qualifiers; "%" is both bits.
type qual uint8

const (
	qualUncertain qual = 1 << iota // "?"
	qualApprox                     // "~"
)

// qualOf maps a qualifier byte to its set.
func qualOf(c byte) (qual, bool) {
	switch c {
	case '?':
		return qualUncertain, true
	case '~':
		return qualApprox, true
	case '%':
		return qualUncertain | qualApprox, true
	}
	return 0, false
}

// char is the inverse of qualOf ("" for no qualifier).
func (q qual) char() string {
	switch q {
	case qualUncertain:
		return "?"
	case qualApprox:
		return "~"
	case qualUncertain | qualApprox:
		return "%"
	}
	return ""
}

// Component indexes into date.c.
const (
	cYear = iota
	cMonth
	cDay
)

// component is one of year, month or day as written. Its fields are as
// narrow as the calendar allows (years 0001-9999): every candidate, piece of
// evidence and event holds a Value, two of these dates, so a Value is 104
// bytes, not 216.
type component struct {
	val       int16 // numeric value, with unspecified digits counted as 0
	xs        int8  // number of trailing X digits (year 0-2, month/day 0 or 2)
	pre, post qual  // qualifier written before / after the component
}

// date is one EDTF date, kept as written so String can reproduce it.
type date struct {
	time string       // "T23:20:30Z" as written, or ""
	c    [3]component // year, month (or season), day
	n    int8         // components written, 1-3
}

type endKind uint8

const (
	endDate    endKind = iota // a written date
	endOpen                   // ".."
	endUnknown                // empty
)

// endpoint is a single date or one end of an interval.
type endpoint struct {
	kind endKind
	d    date // valid only when kind == endDate
}

func (d date) hasMonth() bool { return d.n > cMonth && d.c[cMonth].xs == 0 }
func (d date) hasDay() bool   { return d.n > cDay && d.c[cDay].xs == 0 }
func (d date) isSeason() bool { return d.hasMonth() && d.c[cMonth].val >= 21 }

// quals is every qualifier on d. Group qualifiers spread leftwards, but
// for "is any component qualified" the union of all written ones is exact.
func (d date) quals() qual {
	var q qual
	for i := 0; i < int(d.n); i++ {
		q |= d.c[i].pre | d.c[i].post
	}
	return q
}

// precision is the granularity of the most specific known component.
func (d date) precision() Precision {
	switch {
	case d.c[cYear].xs == 2:
		return PrecisionCentury
	case d.c[cYear].xs == 1:
		return PrecisionDecade
	case !d.hasMonth():
		return PrecisionYear
	case d.isSeason():
		return PrecisionSeason
	case !d.hasDay():
		return PrecisionMonth
	}
	return PrecisionDay
}
