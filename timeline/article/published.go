package article

import (
	"fmt"
	"strings"
	"time"

	"github.com/araddon/dateparse"

	"github.com/peacetreaty/timeline/timeline/temporal"
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
	if t, ok := isoDay(s, loc); ok {
		return t, nil
	}
	if t, ok, err := publishedWords(s, loc); ok {
		return t, err
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
		// dateparse's own message quotes Go layouts ("Mon Jan 2"), which
		// tell a user nothing.
		return time.Time{}, fmt.Errorf("cannot read publication time %q: write a date such as 2024-01-30 or 30 January 2024, with the time if known (2024-01-30T08:24+03:00)", s)
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

// isoDay reads the commonest form, a plain "YYYY-MM-DD" (the bench
// corpora's dct), as dateparse would, without its general parser: midnight
// in loc. ok is false for anything else, including days that do not exist.
func isoDay(s string, loc *time.Location) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 1 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
	if t.Day() != d || t.UTC().Year() < 1 || t.UTC().Year() > 9999 {
		return time.Time{}, false // 30 February, or a year checkPublished refuses
	}
	return t, true
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

// publishedWords reads a publication time written in Russian or Japanese
// ("30 января 2024 г.", "30 января 2024, 18:04", "2024年1月30日 8時24分",
// "令和6年1月30日") with the tagger of that language, so that the month
// names, era years and kanji numerals are the tagger's own tables. ok is
// false when s is not written that way. A trailing zone ("+03:00", "МСК",
// "JST") is read; without one the time is in loc.
func publishedWords(s string, loc *time.Location) (t time.Time, ok bool, err error) {
	if isASCII(s) {
		return time.Time{}, false, nil
	}
	lang := DetectLanguage(s)
	if lang == English {
		return time.Time{}, false, nil
	}
	body, zone := splitZone(s)
	if zone != nil {
		loc = zone
	}
	tg, _ := temporal.ForLanguage(lang)
	for _, m := range tg.Tag(body, time.Time{}) {
		if strings.TrimSpace(body[:m.Start]) != "" || strings.Trim(body[m.End:], " .,\t") != "" {
			break
		}
		v := m.Value
		if len(v) < 10 || v[0] == 'X' || v[4] != '-' || v[7] != '-' {
			break
		}
		y, mo, d := atoi(v[:4]), atoi(v[5:7]), atoi(v[8:10])
		hh, mm := 0, 0
		if len(v) == 16 && v[10] == 'T' {
			hh, mm = atoi(v[11:13]), atoi(v[14:16])
		}
		return time.Date(y, time.Month(mo), d, hh, mm, 0, 0, loc), true, nil
	}
	return time.Time{}, true, fmt.Errorf("cannot read publication time %q: write a full date (\"30 января 2024 г.\", \"2024年1月30日\", or 2024-01-30)", s)
}

// splitZone cuts a trailing time zone off s: a numeric offset, or the zones
// of Moscow and Japan by name.
func splitZone(s string) (string, *time.Location) {
	s = strings.TrimSpace(s)
	i := strings.LastIndexAny(s, " \u3000")
	last := s[i+1:]
	last = strings.Trim(last, "()（）")
	switch strings.ToUpper(last) {
	case "МСК", "MSK":
		return s[:max(i, 0)], time.FixedZone("MSK", 3*3600)
	case "JST":
		return s[:max(i, 0)], time.FixedZone("JST", 9*3600)
	}
	if len(last) == 6 && (last[0] == '+' || last[0] == '-') && last[3] == ':' {
		h, m := atoi(last[1:3]), atoi(last[4:6])
		off := (h*60 + m) * 60
		if last[0] == '-' {
			off = -off
		}
		return s[:max(i, 0)], time.FixedZone("", off)
	}
	return s, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
