package article

import (
	"fmt"
	"strings"
	"time"

	"github.com/araddon/dateparse"
)

// ParsePublished reads a publication time in any common form
// ("2024-01-30T08:24:00+03:00", "Jan 30, 2024 8:24", "30.01.2024") with
// github.com/araddon/dateparse. A time without a zone is in loc (UTC when
// nil), never the machine's zone. Numeric dates are settled before dateparse
// sees them, since it reads them month first: dotted dates are day first
// ("30.01.2024", as written in Russia and most of Europe); a slashed date is
// read whichever way only one number can be a month ("30/01/2024",
// "01/30/2024") and refused as ambiguous otherwise ("03/04/2024").
func ParsePublished(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if loc == nil {
		loc = time.UTC
	}
	if s == "" {
		return time.Time{}, fmt.Errorf("empty publication time")
	}
	if d, m, y, rest, ok := numericDate(s, '.'); ok {
		// Day first: rewrite as ISO so dateparse cannot read it month first.
		s = fmt.Sprintf("%04d-%02d-%02d%s", y, m, d, rest)
	} else if a, b, y, rest, ok := numericDate(s, '/'); ok {
		// Slashes are month first in the US and day first elsewhere: decide
		// only when one number cannot be a month.
		switch {
		case a > 12:
			s = fmt.Sprintf("%04d-%02d-%02d%s", y, b, a, rest)
		case b > 12 || a == b:
			s = fmt.Sprintf("%04d-%02d-%02d%s", y, a, b, rest)
		default:
			return time.Time{}, fmt.Errorf("publication time %q is ambiguous (day/month or month/day?); write it as YYYY-MM-DD", s)
		}
	}
	t, err := dateparse.ParseIn(s, loc, dateparse.PreferMonthFirst(true))
	if err != nil {
		return time.Time{}, fmt.Errorf("cannot read publication time %q: %v", s, err)
	}
	// dateparse accepts any zone abbreviation and, when it does not know it,
	// silently gives it a zero offset ("08:24 MSK" would become 08:24 UTC).
	if name, off := t.Zone(); off == 0 && name != "UTC" && name != "GMT" && name != "Z" && name != "" && t.Location() != loc {
		return time.Time{}, fmt.Errorf("publication time %q: time zone %q is not known; write an offset such as +03:00", s, name)
	}
	if err := checkPublished(s, t); err != nil {
		return time.Time{}, err
	}
	return t, nil
}

// numericDate splits "A<sep>B<sep>YYYY..." into its numbers and the rest.
func numericDate(s string, sep byte) (a, b, year int, rest string, ok bool) {
	nums := [3]int{}
	i := 0
	for k := 0; k < 3; k++ {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			nums[k] = nums[k]*10 + int(s[i]-'0')
			i++
		}
		n := i - start
		if (k < 2 && (n < 1 || n > 2)) || (k == 2 && n != 4) {
			return 0, 0, 0, "", false
		}
		if k < 2 {
			if i >= len(s) || s[i] != sep {
				return 0, 0, 0, "", false
			}
			i++
		}
	}
	if i < len(s) && s[i] != ' ' && s[i] != 'T' {
		return 0, 0, 0, "", false
	}
	return nums[0], nums[1], nums[2], s[i:], true
}
