package temporal

import (
	"slices"
	"unicode/utf8"
)

// The lexer cuts the text into words, numbers and punctuation in one pass,
// in the manner of text/template/parse's lexer but without goroutines or
// channels: it appends tokens to a reusable slice. Numeric dates and clock
// times ("2024-01-30", "30.01.2024", "1/30/2024", "8:24") become single tokens
// here, because their parts are glued together without spaces and splitting
// them would only make the rules reassemble them. Thousands-grouped and
// decimal numbers ("1,945", "2.5") also become single tokens, flagged so that
// no rule reads them as a year or a day.

type tokKind uint8

const (
	tkWord  tokKind = iota + 1 // ASCII letters
	tkNum                      // ASCII digits
	tkPunct                    // one punctuation character or one non-ASCII rune
	tkDate                     // a numeric date: num = year (0 unknown), m, d
	tkTime                     // a clock time: num = hour, m = minute
)

type token struct {
	start, end int32
	num        int32 // value of a number; year of a tkDate; hour of a tkTime
	lex        int16 // index of the word in the language table, or -1
	kind       tokKind
	nd         uint8 // number of digits of a tkNum
	ch         byte  // punctuation character; 0x80 for any non-ASCII rune; 'k' for a number in kanji
	m, d       int8  // month and day of a tkDate; minute of a tkTime (in m)
	cap        bool  // word starts with an upper-case letter
	upper      bool  // word is all upper case (and longer than one letter)
	grouped    bool  // number with a thousands separator or a decimal part
	sp         bool  // white space separates this token from the previous one
	nl         bool  // the separating space contains a line break
}

// Byte classes, so that the hot loop tests one table lookup per byte.
const (
	cSpace = 1 << iota
	cLower
	cUpper
	cDigit
	cPunct
)

var class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = cSpace
		case 'a' <= c && c <= 'z':
			t[c] = cLower
		case 'A' <= c && c <= 'Z':
			t[c] = cUpper
		case '0' <= c && c <= '9':
			t[c] = cDigit
		default:
			t[c] = cPunct
		}
	}
	return
}()

func isDigit(c byte) bool { return class[c] == cDigit }

// digitsAt returns the value and count of the digits of s starting at i.
func digitsAt(s string, i int) (v, n int) {
	for i+n < len(s) && isDigit(s[i+n]) && n < 9 {
		v = v*10 + int(s[i+n]-'0')
		n++
	}
	return
}

// lex appends the tokens of s to toks.
func lex(l *Lang, s string, toks []token) []token {
	toks, _ = lexMarked(l, s, toks, nil)
	return toks
}

// lexMarked is lex that also appends to marks the index of every token that
// run or decideNarrative may stop at, so that they visit only those: a word
// that is a trigger or a narrative cue, a number, a date, a time, a quote
// mark, an apostrophe, a non-ASCII rune, and any token after a line break.
// Every other token is one both scans skip. (marks holds no fewer free
// slots than toks, so that lexRun can write without growing it; a nil
// marks is left nil, for the lexers that take no marks.)
func lexMarked(l *Lang, s string, toks []token, marks []int32) ([]token, []int32) {
	sp, nl := true, false
	for i := 0; i < len(s); {
		// Words, spaces and ASCII punctuation, nearly all of a text, are
		// cut by lexRun, which makes no calls (a call makes the compiler
		// keep every variable of the loop on the stack); it stops at
		// anything else and when toks is full.
		if cap(toks)-len(toks) < 16 {
			toks = slices.Grow(toks, max(len(toks), 64))
		}
		if marks != nil && cap(marks)-len(marks) < cap(toks)-len(toks) {
			marks = slices.Grow(marks, cap(toks)-len(marks))
		}
		toks, marks, i, sp, nl = lexRun(l, s, i, toks, marks, sp, nl)
		if i >= len(s) || len(toks) == cap(toks) {
			continue
		}
		c := s[i]
		if marks != nil {
			marks = append(marks, int32(len(toks)))
		}
		switch {
		case class[c] == cDigit:
			tk := token{start: int32(i), lex: -1, sp: sp, nl: nl}
			j := lexNumber(s, i, &tk)
			tk.end = int32(j)
			toks = append(toks, tk)
			i = j
		default: // non-ASCII: lexRun cuts every other ASCII byte
			r, n := utf8.DecodeRuneInString(s[i:])
			ch := byte(0x80)
			if r == '\u2019' || r == '\u2018' {
				ch = '\'' // typographic apostrophes act like ASCII ones
			}
			toks = append(toks, token{start: int32(i), end: int32(i + n), lex: -1, kind: tkPunct, ch: ch, sp: sp, nl: nl})
			i += n
		}
		sp, nl = false, false
	}
	return toks, marks
}

// lexRun cuts words, white space and ASCII punctuation from s[i:] into
// toks, up to toks's capacity, and returns where it stopped: at the end, at
// a digit or a non-ASCII byte (which lex cuts), or with toks full. sp and nl
// say whether space and a line break come before s[i]. It writes the marks
// of its tokens (see lexMarked) into marks's free slots, none when it has
// none.
func lexRun(l *Lang, s string, i int, toks []token, marks []int32, sp, nl bool) ([]token, []int32, int, bool, bool) {
	t := &l.words // its fields are loaded where used: fewer live registers
	maxLen := min(l.maxLen, 32)
	n := len(toks)
	toks = toks[:cap(toks)]
	nm := len(marks)
	marks = marks[:cap(marks)]
	// pre is the space before the next token: bit 1 space, bit 2 a line
	// break (one byte rather than two flags, for the same reason).
	pre := uint8(b2i(sp)) | uint8(b2i(nl))<<1
	for i < len(s) && n < len(toks) {
		c := s[i]
		cl := class[c]
		if cl&(cLower|cUpper) != 0 {
			// One pass finds the word's end and hashes its lower-case
			// bytes (c|0x20 is a letter's lower case) for the table.
			h := hashByte(hashSeed, c|0x20)
			j := i + 1
			for ; j < len(s); j++ {
				c := s[j]
				if class[c]&(cLower|cUpper) == 0 {
					break
				}
				h = hashByte(h, c|0x20)
			}
			// The table look-up (wordTable.findFold, by hand: no call).
			lx := int16(-1)
			if b := h & presentMask; j-i <= maxLen && t.present[b>>6]&(1<<(b&63)) != 0 {
				w := s[i:j]
				for p := (h * 0x9E3779B1) >> t.shift; ; p = (p + 1) & uint32(len(t.slots)-1) {
					sl := t.slots[p]
					if sl.idx < 0 {
						break
					}
					if sl.h == h && equalFold(t.keys[sl.idx], w) {
						lx = sl.idx
						break
					}
				}
			}
			up := cl == cUpper
			upper := up && j-i > 1
			if upper {
				for k := i + 1; k < j; k++ {
					if class[s[k]] != cUpper {
						upper = false
						break
					}
				}
			}
			if lx >= 0 && l.role[lx]&(roleTrigger|roleNarrative) != 0 || pre&2 != 0 {
				if nm < len(marks) { // false for nil marks; and no bounds check
					marks[nm] = int32(n)
					nm++
				}
			}
			// Field by field into the slice: a composite literal is built
			// on the stack in narrow stores and copied in wide loads,
			// which stall waiting for those stores.
			tk := &toks[n]
			tk.start, tk.end, tk.num, tk.lex = int32(i), int32(j), 0, lx
			tk.kind, tk.nd, tk.ch, tk.m, tk.d = tkWord, 0, 0, 0, 0
			tk.cap, tk.upper, tk.grouped, tk.sp, tk.nl = up, upper, false, pre&1 != 0, pre&2 != 0
			n++
			pre, i = 0, j
			// A word is mostly followed by one space: take it here
			// rather than in a turn of the loop.
			if i < len(s) && s[i] == ' ' {
				pre = 1
				i++
			}
			continue
		}
		switch {
		case cl == cSpace:
			pre |= 1
			if c == '\n' {
				pre |= 2
			}
			i++
		case c < utf8.RuneSelf && cl != cDigit:
			if (c == '"' || c == '\'' || pre&2 != 0) && nm < len(marks) {
				marks[nm] = int32(n)
				nm++
			}
			tk := &toks[n] // field by field, as for a word
			tk.start, tk.end, tk.num, tk.lex = int32(i), int32(i+1), 0, -1
			tk.kind, tk.nd, tk.ch, tk.m, tk.d = tkPunct, 0, c, 0, 0
			tk.cap, tk.upper, tk.grouped, tk.sp, tk.nl = false, false, false, pre&1 != 0, pre&2 != 0
			n++
			pre = 0
			i++
		default:
			return toks[:n], marks[:nm], i, pre&1 != 0, pre&2 != 0
		}
	}
	return toks[:n], marks[:nm], i, pre&1 != 0, pre&2 != 0
}

// lexNumber reads the number starting at s[i] into tk and returns its end.
func lexNumber(s string, i int, tk *token) int {
	v, n := digitsAt(s, i)
	j := i + n
	for j < len(s) && isDigit(s[j]) { // absurdly long digit runs
		j++
	}
	tk.kind, tk.num, tk.nd = tkNum, int32(v), uint8(min(j-i, 255))
	if j >= len(s) {
		return j
	}
	sep := s[j]
	// Clock time: h:mm or hh:mm, optionally :ss.
	if sep == ':' && n <= 2 && v <= 24 {
		if mv, mn := digitsAt(s, j+1); mn == 2 && mv < 60 {
			k := j + 3
			if k+2 < len(s) && s[k] == ':' {
				if _, sn := digitsAt(s, k+1); sn == 2 {
					k += 3
				}
			}
			if k >= len(s) || !isDigit(s[k]) {
				tk.kind, tk.m = tkTime, int8(mv)
				return k
			}
		}
	}
	// ISO date yyyy-mm-dd or yyyy-mm (the month with its leading zero, so
	// that year ranges such as "1914-18" stay ranges).
	if sep == '-' && n == 4 && j+3 <= len(s) {
		if mv, mn := digitsAt(s, j+1); mn == 2 && mv >= 1 && mv <= 12 && s[j+1] == '0' || mn == 2 && mv >= 10 && mv <= 12 {
			k := j + 3
			if k+2 < len(s) && s[k] == '-' {
				if dv, dn := digitsAt(s, k+1); dn == 2 && dv >= 1 && dv <= 31 {
					tk.kind, tk.m, tk.d = tkDate, int8(mv), int8(dv)
					return k + 3
				}
			}
			// "2007-08" stays two numbers: it is a year range more often
			// than a month.
		}
	}
	// d.m.yyyy, m/d/yyyy, d-m-yyyy (also with 2-digit years).
	if (sep == '.' || sep == '/' || sep == '-') && n <= 2 {
		if b, bn := digitsAt(s, j+1); bn >= 1 && bn <= 2 && j+1+bn < len(s) && s[j+1+bn] == sep {
			k := j + 2 + bn
			if y, yn := digitsAt(s, k); (yn == 4 || yn == 2) && (k+yn >= len(s) || !isDigit(s[k+yn])) {
				m, d := b, v
				if sep == '/' && v <= 12 { // US order month/day
					m, d = v, b
				}
				if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
					if yn == 2 {
						y += 1900
						if y < 1950 {
							y += 100
						}
					}
					tk.kind, tk.num, tk.m, tk.d = tkDate, int32(y), int8(m), int8(d)
					return k + yn
				}
			}
		}
	}
	// Thousands groups "1,945", "2,000,000" and decimals "2.5".
	for j+1 < len(s) && (s[j] == ',' || s[j] == '.') && isDigit(s[j+1]) {
		_, gn := digitsAt(s, j+1)
		if s[j] == ',' && gn != 3 {
			break
		}
		tk.grouped = true
		j += 1 + gn
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	return j
}
