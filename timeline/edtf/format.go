package edtf

import "strings"

// String returns v as canonical EDTF: the text Parse was given, byte for
// byte. The zero Value gives "".
func (v Value) String() string {
	if !v.valid {
		return ""
	}
	var b strings.Builder
	v.start.write(&b)
	if v.interval {
		b.WriteByte('/')
		v.end.write(&b)
	}
	return b.String()
}

func (e endpoint) write(b *strings.Builder) {
	switch e.kind {
	case endOpen:
		b.WriteString("..")
	case endDate:
		e.d.write(b)
	}
}

func (d date) write(b *strings.Builder) {
	for i := 0; i < int(d.n); i++ {
		c := d.c[i]
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(c.pre.char())
		width := 2
		if i == cYear {
			width = 4
		}
		writeDigits(b, int(c.val)/pow10[c.xs], width-int(c.xs))
		b.WriteString(strings.Repeat("X", int(c.xs)))
		b.WriteString(c.post.char())
	}
	b.WriteString(d.time)
}

// writeDigits writes n zero-padded to width digits.
func writeDigits(b *strings.Builder, n, width int) {
	var buf [4]byte
	for i := width - 1; i >= 0; i-- {
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	b.Write(buf[:width])
}

// MarshalText returns the canonical EDTF text of v; the zero Value gives
// empty text.
func (v Value) MarshalText() ([]byte, error) {
	return []byte(v.String()), nil
}

// UnmarshalText parses EDTF text into v. Empty text gives the zero Value
// without error, mirroring MarshalText, so an absent date survives a round
// trip; callers that require a date check IsZero.
func (v *Value) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*v = Value{}
		return nil
	}
	p, err := Parse(string(text))
	if err != nil {
		return err
	}
	*v = p
	return nil
}
