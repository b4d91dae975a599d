package edtf

import "strings"

// Season month spans, indexed by code-21 (spring, summer, autumn, winter).
// Winter's end month is in the following year.
var (
	seasonFirstMonth = [4]int{3, 6, 9, 12}
	seasonLastMonth  = [4]int{5, 8, 11, 2}
)

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the length of month m of year y (Gregorian rules).
func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var pow10 = [...]int{1, 10, 100}

// earliest is the first day d may denote.
func (d date) earliest() Day {
	y := int(d.c[cYear].val)
	switch {
	case d.c[cYear].xs > 0:
		return Day{max(y, 1), 1, 1} // "00XX" has no year 0 to start from
	case !d.hasMonth():
		return Day{y, 1, 1}
	case d.isSeason():
		return Day{y, seasonFirstMonth[d.c[cMonth].val-21], 1}
	case !d.hasDay():
		return Day{y, int(d.c[cMonth].val), 1}
	}
	return Day{y, int(d.c[cMonth].val), int(d.c[cDay].val)}
}

// latest is the last day d may denote.
func (d date) latest() Day {
	y := int(d.c[cYear].val)
	switch {
	case d.c[cYear].xs > 0:
		return Day{y + pow10[d.c[cYear].xs] - 1, 12, 31}
	case !d.hasMonth():
		return Day{y, 12, 31}
	case d.isSeason():
		s := int(d.c[cMonth].val) - 21
		m := seasonLastMonth[s]
		if m < seasonFirstMonth[s] {
			y++ // winter runs into the next year; Parse rejects winter 9999
		}
		return Day{y, m, daysIn(y, m)}
	case !d.hasDay():
		m := int(d.c[cMonth].val)
		return Day{y, m, daysIn(y, m)}
	}
	return Day{y, int(d.c[cMonth].val), int(d.c[cDay].val)}
}

// IsZero reports whether v is the zero Value, which no successful Parse
// returns.
func (v Value) IsZero() bool { return !v.valid }

// IsInterval reports whether v was written with a "/".
func (v Value) IsInterval() bool { return v.interval }

// OpenStart reports whether v is an interval whose start is open ("..")
// or unknown (empty).
func (v Value) OpenStart() bool { return v.interval && v.start.kind != endDate }

// OpenEnd reports whether v is an interval whose end is open ("..") or
// unknown (empty).
func (v Value) OpenEnd() bool { return v.interval && v.end.kind != endDate }

// last is the endpoint that bounds v from above.
func (v Value) last() endpoint {
	if v.interval {
		return v.end
	}
	return v.start
}

// Earliest returns the first calendar day v may denote: MinDay for an
// open or unknown start, the zero Day for the zero Value.
func (v Value) Earliest() Day {
	switch {
	case !v.valid:
		return Day{}
	case v.start.kind != endDate:
		return MinDay
	}
	return v.start.d.earliest()
}

// Latest returns the last calendar day v may denote: MaxDay for an open or
// unknown end, the zero Day for the zero Value.
func (v Value) Latest() Day {
	e := v.last()
	switch {
	case !v.valid:
		return Day{}
	case e.kind != endDate:
		return MaxDay
	}
	return e.d.latest()
}

// Precision returns the precision of a single date, or the coarsest
// precision of the written ends of an interval (open and unknown ends have
// none). The zero Value reports PrecisionDay.
func (v Value) Precision() Precision {
	p := PrecisionDay
	for _, e := range [2]endpoint{v.start, v.last()} {
		if v.valid && e.kind == endDate {
			p = max(p, e.d.precision())
		}
	}
	return p
}

// quals is every qualifier written anywhere in v.
func (v Value) quals() qual {
	var q qual
	for _, e := range [2]endpoint{v.start, v.last()} {
		if e.kind == endDate {
			q |= e.d.quals()
		}
	}
	return q
}

// Approximate reports whether any "~" or "%" appears in v.
func (v Value) Approximate() bool { return v.quals()&qualApprox != 0 }

// Uncertain reports whether any "?" or "%" appears in v.
func (v Value) Uncertain() bool { return v.quals()&qualUncertain != 0 }

// Compare orders values by Earliest, then Latest, then String. It is a
// total order: only values with equal String compare as 0.
func (v Value) Compare(o Value) int {
	if c := v.Earliest().Compare(o.Earliest()); c != 0 {
		return c
	}
	if c := v.Latest().Compare(o.Latest()); c != 0 {
		return c
	}
	return strings.Compare(v.String(), o.String())
}

// Overlaps reports whether the closed day ranges [Earliest, Latest] of v
// and o share a day. It is false if either is the zero Value.
func (v Value) Overlaps(o Value) bool {
	if !v.valid || !o.valid {
		return false
	}
	return !v.Latest().Before(o.Earliest()) && !o.Latest().Before(v.Earliest())
}

// Contains reports whether d lies within [Earliest, Latest] of v. It is
// false for the zero Value.
func (v Value) Contains(d Day) bool {
	return v.valid && !d.Before(v.Earliest()) && !v.Latest().Before(d)
}

// Start returns the start of an interval as a single Value, or the zero
// Value when the start is open or unknown. For a single date it returns v.
func (v Value) Start() Value {
	if !v.valid || v.start.kind != endDate {
		return Value{}
	}
	return Value{valid: true, start: v.start}
}

// End returns the end of an interval as a single Value, or the zero Value
// when the end is open or unknown. For a single date it returns v.
func (v Value) End() Value {
	e := v.last()
	if !v.valid || e.kind != endDate {
		return Value{}
	}
	return Value{valid: true, start: e}
}
