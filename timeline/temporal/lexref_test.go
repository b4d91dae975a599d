package temporal

import (
	"os"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The lexers as they were before the speed work (main 2510918), with the
// map look-ups, so that the fast lexers can be checked against them token
// for token: the rules read every field of every token.

// refLex is lex as it was before the word table and lexRun (main
// 2510918), with the map look-up.
func refLex(l *Lang, s string, toks []token) []token {
	sp, nl := true, false
	for i := 0; i < len(s); {
		c := s[i]
		cl := class[c]
		if cl == cSpace {
			sp = true
			if c == '\n' {
				nl = true
			}
			i++
			continue
		}
		tk := token{start: int32(i), lex: -1, sp: sp, nl: nl}
		sp, nl = false, false
		switch cl {
		case cLower, cUpper:
			j := i + 1
			for j < len(s) && class[s[j]]&(cLower|cUpper) != 0 {
				j++
			}
			tk.kind = tkWord
			tk.cap = cl == cUpper
			if tk.cap && j-i > 1 {
				tk.upper = true
				for k := i + 1; k < j; k++ {
					if class[s[k]] != cUpper {
						tk.upper = false
						break
					}
				}
			}
			tk.lex = refLookup(l, s[i:j])
			tk.end = int32(j)
		case cDigit:
			j := lexNumber(s, i, &tk)
			tk.end = int32(j)
		default:
			tk.kind = tkPunct
			if c < utf8.RuneSelf {
				tk.ch = c
				tk.end = int32(i + 1)
			} else {
				r, n := utf8.DecodeRuneInString(s[i:])
				tk.ch = 0x80
				if r == '\u2019' || r == '\u2018' {
					tk.ch = '\'' // typographic apostrophes act like ASCII ones
				}
				tk.end = int32(i + n)
			}
		}
		toks = append(toks, tk)
		i = int(tk.end)
	}
	return toks
}

// refLexRU is lexRU as it was, with refLexStretch and refLexLetters.
func refLexRU(l *Lang, s string, toks []token) []token {
	a := 0 // start of the stretch not yet lexed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		w := token{start: int32(i), lex: -1}
		if !refLexLetters(l, s, i, &w) {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		toks = refLexStretch(l, s, a, i, toks)
		w.sp, w.nl = spaceBefore(s, a, i)
		toks = append(toks, w)
		i = int(w.end)
		a = i
	}
	return refLexStretch(l, s, a, len(s), toks)
}
func refLexStretch(l *Lang, s string, a, b int, toks []token) []token {
	if a >= b {
		return toks
	}
	n := len(toks)
	toks = refLex(l, s[a:b], toks)
	for k := n; k < len(toks); k++ {
		toks[k].start += int32(a)
		toks[k].end += int32(a)
	}
	if n < len(toks) && a > 0 && int(toks[n].start) == a {
		toks[n].sp, toks[n].nl = false, false
	}
	return toks
}
func refLexLetters(l *Lang, s string, i int, tk *token) bool {
	j := i
	first := true
	for j < len(s) {
		var r rune
		n := 2
		if c := s[j]; (c == 0xD0 || c == 0xD1) && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(s[j+1]&0x3F)
		} else if c < utf8.RuneSelf {
			break
		} else {
			r, n = utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
		}
		up := isUpperRune(r)
		if first {
			tk.cap, tk.upper, first = up, up, false
		} else if !up {
			tk.upper = false
		}
		j += n
	}
	if j == i {
		return false
	}
	if tk.upper && utf8.RuneCountInString(s[i:j]) < 2 {
		tk.upper = false
	}
	tk.kind = tkWord
	tk.lex = refLookupFold(l, s[i:j])
	tk.end = int32(j)
	return true
}

// refLexJA is lexJA as it was.
func refLexJA(l *Lang, s string, toks []token) []token {
	sp, nl := true, false
	run := -1 // index of the open run token, or -1
	var runScript uint8
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch class[c] {
			case cSpace:
				sp, run = true, -1
				if c == '\n' {
					nl = true
				}
				i++
				continue
			case cDigit:
				tk := token{start: int32(i), lex: -1, sp: sp, nl: nl}
				j := jaSlashDate(s, i, &tk)
				if j == 0 {
					j = lexNumber(s, i, &tk)
				}
				tk.end = int32(j)
				toks = append(toks, tk)
				sp, nl, run, i = false, false, -1, j
				continue
			case cLower, cUpper:
				j := i + 1
				for j < len(s) && class[s[j]]&(cLower|cUpper) != 0 {
					j++
				}
				lx := int16(-1)
				if j == i+1 && class[c] == cUpper {
					lx = refLookup(l, s[i:j]) // an era's letter: "R6年"
				}
				toks = append(toks, token{start: int32(i), end: int32(j), lex: lx, kind: tkWord, cap: class[c] == cUpper, sp: sp, nl: nl})
				sp, nl, run, i = false, false, -1, j
				continue
			}
			toks = append(toks, token{start: int32(i), end: int32(i + 1), lex: -1, kind: tkPunct, ch: c, sp: sp, nl: nl})
			sp, nl, run = false, false, -1
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\u3000' { // ideographic space
			sp, run = true, -1
			i += n
			continue
		}
		if isJAStart(r) {
			if k, end := refJALongest(l, s, i); k >= 0 {
				toks = append(toks, token{start: int32(i), end: int32(end), lex: k, kind: tkWord, sp: sp, nl: nl})
				sp, nl, run, i = false, false, -1, end
				continue
			}
		}
		if r >= 'Ａ' && r <= 'Ｚ' {
			// A full-width capital: an era's letter ("Ｒ６年") or a name.
			lx := refLookup(l, string(rune('a'+(r-'Ａ'))))
			toks = append(toks, token{start: int32(i), end: int32(i + n), lex: lx, kind: tkWord, cap: true, sp: sp, nl: nl})
			sp, nl, run, i = false, false, -1, i+n
			continue
		}
		if r >= '０' && r <= '９' {
			j, v, nd := i, 0, 0
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if r2 < '０' || r2 > '９' {
					break
				}
				if nd < 9 {
					v = v*10 + int(r2-'０')
				}
				nd++
				j += n2
			}
			toks = append(toks, token{start: int32(i), end: int32(j), num: int32(v), nd: uint8(min(nd, 255)), lex: -1, kind: tkNum, sp: sp, nl: nl})
			sp, nl, run, i = false, false, -1, j
			continue
		}
		if kanjiDigit(r) >= 0 {
			j, v, nd := jaKanjiNumber(s, i)
			toks = append(toks, token{start: int32(i), end: int32(j), num: int32(v), nd: uint8(nd), lex: -1, kind: tkNum, ch: 'k', sp: sp, nl: nl})
			sp, nl, run, i = false, false, -1, j
			continue
		}
		if p := jaPunct(r); p != 0x80 || r < 0x3040 || r >= 0xFF00 && r <= 0xFFEF {
			// Punctuation and symbols: one token each.
			toks = append(toks, token{start: int32(i), end: int32(i + n), lex: -1, kind: tkPunct, ch: p, sp: sp, nl: nl})
			sp, nl, run = false, false, -1
			i += n
			continue
		}
		sc := jaScript(r)
		if run >= 0 && !sp && sc == runScript {
			toks[run].end = int32(i + n)
		} else {
			toks = append(toks, token{start: int32(i), end: int32(i + n), lex: -1, kind: tkWord, sp: sp, nl: nl})
			run, runScript = len(toks)-1, sc
		}
		sp, nl = false, false
		i += n
	}
	return toks
}

// lexersAgree lexes s with each language's lexer and its reference and
// reports the first difference.
func lexersAgree(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		l        *Lang
		got, ref func(*Lang, string, []token) []token
	}{
		{English, lex, refLex},
		{Russian, lexRU, refLexRU},
		{Japanese, lexJA, refLexJA},
	} {
		c.l.ready()
		got, want := c.got(c.l, s, nil), c.ref(c.l, s, nil)
		if len(got) != len(want) {
			t.Fatalf("%s: %q: %d tokens, the reference lexer %d", c.l.Name, s, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: %q: token %d is %+v, the reference lexer's %+v", c.l.Name, s, i, got[i], want[i])
			}
		}
	}
}

func TestLexersAgree(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "A", "THE", "On Monday, January 30, 2024 at 8:24 the 1990s ended.",
		"  They said\n\"Yesterday\" — it's ’90s; 1,945 and 2.5 and 30.01.2024 and 1/30/2024.",
		"Supercalifragilisticexpialidocious antidisestablishmentarianism X Y Z",
		"30 января 2024 года, в прошлом году; ЯНВАРЯ Ёлка ѠѡѢ XX век, Mr. Иванов",
		"2024年1月30日、令和6年（R6年）先週の火曜日の午前、Ｒ６年、２０２４年　前日本大使",
		"\xff\xfe broken \xe6\x98 utf-8 \xd0 \xd1\x80",
	} {
		lexersAgree(t, s)
	}
	// The development texts, where present.
	for _, set := range benchSets {
		if _, err := os.Stat(benchDir); err != nil {
			t.Skipf("skipping the development texts: %v", err)
		}
		for _, d := range loadDocs(t, set) {
			lexersAgree(t, d.Text)
		}
	}
}

// FuzzLexers: the lexers and the reference lexers cut any text into the
// same tokens.
func FuzzLexers(f *testing.F) {
	for _, s := range []string{"January 30, 2024", "в прошлом году", "先週の火曜日", "ALL CAPS words", "x\ny\u2019z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { lexersAgree(t, s) })
}
