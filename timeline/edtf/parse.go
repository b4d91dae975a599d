package edtf

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Parse parses an EDTF date or interval (see the package doc for the forms
// accepted). A non-nil error is always an *Error.
func Parse(s string) (Value, error) {
	p := parser{s: s}
	v, err := p.value()
	if err != nil {
		return Value{}, err
	}
	return v, nil
}

// MustParse is like Parse but panics on error. It is meant for tests and
// package-level constants, where the text is known to be valid.
func MustParse(s string) Value {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

// parser is a hand-written scanner over the input; i is the next byte.
type parser struct {
	s string
	i int
}

func (p *parser) errf(off int, format string, args ...any) *Error {
	return &Error{Input: p.s, Offset: off, Msg: fmt.Sprintf(format, args...)}
}

// peek returns the next byte, or 0 at the end of input (0 is never valid).
func (p *parser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// found describes what is at off for "expected X, found Y" messages.
func (p *parser) found(off int) string {
	if off >= len(p.s) {
		return "end of input"
	}
	r, size := utf8.DecodeRuneInString(p.s[off:])
	if r == utf8.RuneError && size == 1 {
		return fmt.Sprintf("%q", p.s[off:off+1])
	}
	return strconv.Quote(string(r))
}

// trailing reports unparsed text at p.i.
func (p *parser) trailing() *Error {
	if p.peek() == '/' {
		return p.errf(p.i, `more than one "/"`)
	}
	return p.errf(p.i, "unexpected trailing text %q", p.s[p.i:])
}

func (p *parser) value() (Value, *Error) {
	s := p.s
	if s == "" {
		return Value{}, p.errf(0, "empty string")
	}
	v := Value{valid: true}

	switch {
	case strings.HasPrefix(s, ".."):
		v.start.kind = endOpen
		p.i = 2
		if p.peek() != '/' {
			if p.i == len(s) {
				return Value{}, p.errf(0, `".." (open end) is only allowed in an interval`)
			}
			return Value{}, p.errf(p.i, `expected "/" after "..", found %s`, p.found(p.i))
		}
	case s[0] == '/':
		v.start.kind = endUnknown
	default:
		d, err := p.date()
		if err != nil {
			return Value{}, err
		}
		v.start.d = d
	}
	if p.i == len(s) {
		return v, nil
	}
	if s[p.i] != '/' {
		return Value{}, p.trailing()
	}
	slash := p.i
	p.i++
	v.interval = true

	switch {
	case p.i == len(s):
		v.end.kind = endUnknown
	case strings.HasPrefix(s[p.i:], ".."):
		v.end.kind = endOpen
		p.i += 2
	case s[p.i] == '/':
		return Value{}, p.errf(p.i, `more than one "/"`)
	default:
		d, err := p.date()
		if err != nil {
			return Value{}, err
		}
		v.end.d = d
	}
	if p.i < len(s) {
		return Value{}, p.trailing()
	}

	if v.start.kind != endDate && v.end.kind != endDate {
		return Value{}, p.errf(0, "interval has no date: both ends are open or unknown")
	}
	// Level 0 excludes time of day from intervals; it would also make
	// "start after end" depend on time zones.
	if t := v.start.d.time; t != "" {
		return Value{}, p.errf(slash-len(t), "time of day is not allowed in an interval")
	}
	if t := v.end.d.time; t != "" {
		return Value{}, p.errf(len(s)-len(t), "time of day is not allowed in an interval")
	}
	if v.start.kind == endDate && v.end.kind == endDate &&
		v.end.d.latest().Before(v.start.d.earliest()) {
		return Value{}, p.errf(slash+1, "interval start %q is after its end %q", s[:slash], s[slash+1:])
	}
	return v, nil
}

// date scans one date (with optional time) starting at p.i. It stops
// before a "/" or any other byte it cannot use; the caller decides whether
// that is an error.
func (p *parser) date() (date, *Error) {
	var d date
	if err := p.component(&d, cYear); err != nil {
		return d, err
	}
	for d.n < 3 && p.peek() == '-' {
		if d.isSeason() {
			return d, p.errf(p.i+1, "season %d cannot have a day", int(d.c[cMonth].val))
		}
		p.i++
		if err := p.component(&d, int(d.n)); err != nil {
			return d, err
		}
	}
	if p.peek() == 'T' {
		if err := p.time(&d); err != nil {
			return d, err
		}
	}
	return d, nil
}

var componentNames = [3]string{"year", "month", "day"}

// component scans component idx of d: an optional qualifier, the digits,
// and an optional qualifier, validating against the components before it.
func (p *parser) component(d *date, idx int) *Error {
	c := &d.c[idx]
	name := componentNames[idx]
	if q, ok := qualOf(p.peek()); ok {
		c.pre = q
		p.i++
		if _, ok := qualOf(p.peek()); ok {
			return p.errf(p.i, "more than one qualifier in a row; use %q for uncertain and approximate", "%")
		}
	}
	at := p.i
	if idx == cYear {
		switch p.peek() {
		case 'Y':
			return p.errf(at, "Y-prefixed years are not supported (years 0001-9999 only)")
		case '-':
			return p.errf(at, "negative years are not supported (years 0001-9999 only)")
		case '[', '{':
			return p.errf(at, "sets ([...] and {...}) are not supported")
		}
	}
	end := at
	for end < len(p.s) && (isDigit(p.s[end]) || p.s[end] == 'X') {
		end++
	}
	text := p.s[at:end]
	// An "x" where a digit is still due is a mistyped X; after a full
	// component it is just trailing text.
	width := 2
	if idx == cYear {
		width = 4
	}
	if len(text) < width && end < len(p.s) && p.s[end] == 'x' {
		return p.errf(end, `lowercase "x" is not allowed; write "X" for an unspecified digit`)
	}
	if idx == cYear {
		if err := p.year(c, at, text); err != nil {
			return err
		}
	} else if err := p.monthOrDay(d, idx, at, text); err != nil {
		return err
	}
	p.i = end
	d.n = int8(idx + 1)

	if idx == cYear {
		switch p.peek() {
		case 'E':
			return p.errf(p.i, "exponential years (E) are not supported (years 0001-9999 only)")
		case 'S':
			return p.errf(p.i, "significant digits (S) are not supported (years 0001-9999 only)")
		}
	}
	if q, ok := qualOf(p.peek()); ok {
		if c.pre != 0 {
			return p.errf(p.i, "%s is qualified on both sides; use one qualifier (%q for uncertain and approximate)", name, "%")
		}
		c.post = q
		p.i++
		if _, ok := qualOf(p.peek()); ok {
			return p.errf(p.i, "more than one qualifier in a row; use %q for uncertain and approximate", "%")
		}
	}
	return nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// year validates the 4 characters of a year and stores them in c.
func (p *parser) year(c *component, at int, text string) *Error {
	switch {
	case text == "":
		return p.errf(at, "expected a 4-digit year, found %s", p.found(at))
	case len(text) > 4:
		return p.errf(at, "year %q has more than 4 digits (years 0001-9999 only)", text)
	case len(text) < 4:
		return p.errf(at, "year %q must have 4 digits", text)
	}
	fx := strings.IndexByte(text, 'X')
	if fx < 0 {
		fx = 4
	}
	if strings.IndexFunc(text[fx:], func(r rune) bool { return r != 'X' }) >= 0 {
		return p.errf(at+fx, "X in year %q must be its last digits (as in 195X or 19XX)", text)
	}
	c.xs = int8(4 - fx)
	if c.xs > 2 {
		return p.errf(at+fx, "year %q: only the last one or two digits may be X (195X or 19XX)", text)
	}
	n, _ := strconv.Atoi(text[:fx])
	c.val = int16(n * pow10[c.xs])
	if c.val == 0 && c.xs == 0 {
		return p.errf(at, "year 0000 out of range 0001-9999")
	}
	return nil
}

// monthOrDay validates a 2-character month or day against the earlier
// components of d and stores it in d.c[idx].
func (p *parser) monthOrDay(d *date, idx, at int, text string) *Error {
	name := componentNames[idx]
	c := &d.c[idx]
	switch {
	case text == "":
		return p.errf(at, "expected a 2-digit %s, found %s", name, p.found(at))
	case len(text) != 2:
		return p.errf(at, "%s %q must have 2 digits", name, text)
	case text == "XX":
		c.xs = 2
		return nil
	case strings.IndexByte(text, 'X') >= 0:
		return p.errf(at, "%s %q must be 2 digits or XX", name, text)
	}
	c.val = int16(text[0]-'0')*10 + int16(text[1]-'0')
	prev := d.c[idx-1]
	if prev.xs > 0 {
		// Level 1 allows unspecified digits only from the right.
		return p.errf(at, "%s %s cannot follow an unspecified %s (X only from the right)", name, text, componentNames[idx-1])
	}
	y := int(d.c[cYear].val)
	if idx == cMonth {
		switch m := int(c.val); {
		case m == 24 && y == 9999:
			return p.errf(at, "winter 9999 ends after year 9999 (years 0001-9999 only)")
		case m >= 21 && m <= 24:
		case m >= 25 && m <= 41:
			return p.errf(at, "season %d not supported (only 21-24: spring, summer, autumn, winter)", m)
		case m < 1 || m > 12:
			return p.errf(at, "month %s out of range 01-12", text)
		}
		return nil
	}
	m := int(d.c[cMonth].val)
	switch n := daysIn(y, m); {
	case c.val < 1 || c.val > 31:
		return p.errf(at, "day %s out of range 01-31", text)
	case int(c.val) > n && m == 2 && c.val == 29:
		return p.errf(at, "day 29 out of range 01-28 for %04d-02 (not a leap year)", y)
	case int(c.val) > n:
		return p.errf(at, "day %s out of range 01-%d for %04d-%02d", text, n, y, m)
	}
	return nil
}

// time scans "Thh:mm:ss" with an optional "Z", "±hh" or "±hh:mm" and keeps
// the text in d.time.
func (p *parser) time(d *date) *Error {
	t := p.i
	if !d.hasDay() {
		return p.errf(t, "time of day needs a complete date (YYYY-MM-DDThh:mm:ss)")
	}
	if d.quals() != 0 {
		return p.errf(t, "time of day is not allowed on a qualified date")
	}
	p.i++
	if err := p.two("hour", 23); err != nil {
		return err
	}
	for _, name := range []string{"minute", "second"} {
		if p.peek() != ':' {
			return p.errf(p.i, `expected ":" before %s (time is hh:mm:ss), found %s`, name, p.found(p.i))
		}
		p.i++
		if err := p.two(name, 59); err != nil {
			return err
		}
	}
	switch p.peek() {
	case '.', ',':
		return p.errf(p.i, "fractional seconds are not supported")
	case 'Z':
		p.i++
	case '+', '-':
		p.i++
		if err := p.two("time zone hour", 14); err != nil {
			return err
		}
		if p.peek() == ':' {
			p.i++
			if err := p.two("time zone minute", 59); err != nil {
				return err
			}
		}
	}
	if _, ok := qualOf(p.peek()); ok {
		return p.errf(p.i, "qualifiers are not allowed after a time of day")
	}
	d.time = p.s[t:p.i]
	return nil
}

// two scans a 2-digit number in 00..hi.
func (p *parser) two(name string, hi int) *Error {
	if p.i+2 > len(p.s) || !isDigit(p.s[p.i]) || !isDigit(p.s[p.i+1]) {
		return p.errf(p.i, "expected a 2-digit %s, found %s", name, p.found(p.i))
	}
	if n := int(p.s[p.i]-'0')*10 + int(p.s[p.i+1]-'0'); n > hi {
		return p.errf(p.i, "%s %02d out of range 00-%02d", name, n, hi)
	}
	p.i += 2
	return nil
}
