package temporal

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// refLookup is the look-up the word table replaced: the lower-cased word in
// the table's map.
func refLookup(l *Lang, w string) int16 {
	if len(w) > l.maxLen || len(w) > 32 || len(w) == 0 {
		return -1
	}
	if i, ok := l.index[strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, w)]; ok {
		return i
	}
	return -1
}

// refLookupFold is lookupFold through the map.
func refLookupFold(l *Lang, w string) int16 {
	if len(w) > l.maxLen || len(w) > 64 {
		return -1
	}
	var b []byte
	for _, r := range w {
		b = utf8.AppendRune(b, foldRune(r))
	}
	if i, ok := l.index[string(b)]; ok {
		return i
	}
	return -1
}

var tableLangs = []*Lang{English, Russian, Japanese}

// TestWordTableFindsEveryKey: every word of every table is found by the
// hash table, in its own case and, for ASCII words, in capitals.
func TestWordTableFindsEveryKey(t *testing.T) {
	for _, l := range tableLangs {
		l.ready()
		for i, e := range l.entries {
			if !l.words.mayHold(hashWord(e.key)) {
				t.Errorf("%s: mayHold(%q) is false", l.Name, e.key)
			}
			if got := findKey(&l.words, e.key, hashWord(e.key)); got != int16(i) {
				t.Errorf("%s: findString(%q) = %d, want %d", l.Name, e.key, got, i)
			}
			if got := l.lookupFold(e.key); got != int16(i) {
				t.Errorf("%s: lookupFold(%q) = %d, want %d", l.Name, e.key, got, i)
			}
			if isLetters(e.key) {
				for _, w := range []string{e.key, strings.ToUpper(e.key), strings.ToUpper(e.key[:1]) + e.key[1:]} {
					if got, want := l.lookup(w), refLookup(l, w); got != want || want != int16(i) {
						t.Errorf("%s: lookup(%q) = %d, map %d, want %d", l.Name, w, got, want, i)
					}
					// lexRun's own look-up, behind the present filter.
					if toks := lex(l, w, nil); len(toks) != 1 || toks[0].lex != int16(i) {
						t.Errorf("%s: lex(%q) = %+v, want one word of entry %d", l.Name, w, toks, i)
					}
				}
			}
		}
	}
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if class[w[i]]&(cLower|cUpper) == 0 {
			return false
		}
	}
	return len(w) > 0
}

// TestWordTableMisses: words near the tables' words, and words that are no
// words, are found exactly when the map finds them.
func TestWordTableMisses(t *testing.T) {
	for _, w := range []string{"", "a", "A", "the", "THE", "Thee", "th", "januar", "Januaryy", "Mays",
		"year's", "o'clock", "x", "ZZZZ", "января", "ЯНВАРЯ", "Январь", "январ", "年", "年度", "ё", "Ё",
		strings.Repeat("a", 40), "mid-1990s"} {
		for _, l := range tableLangs {
			l.ready()
			if isLetters(w) {
				if got, want := l.lookup(w), refLookup(l, w); got != want {
					t.Errorf("%s: lookup(%q) = %d, map %d", l.Name, w, got, want)
				}
			}
			if got, want := l.lookupFold(w), refLookupFold(l, w); got != want {
				t.Errorf("%s: lookupFold(%q) = %d, map %d", l.Name, w, got, want)
			}
		}
	}
}

// FuzzWordTable: the hash table and the map agree on any word.
func FuzzWordTable(f *testing.F) {
	for _, s := range []string{"January", "YEARS", "xyz", "января", "Сегодня", "昨年", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for _, l := range tableLangs {
			l.ready()
			if isLetters(w) {
				if got, want := l.lookup(w), refLookup(l, w); got != want {
					t.Fatalf("%s: lookup(%q) = %d, map %d", l.Name, w, got, want)
				}
			}
			if got, want := l.lookupFold(w), refLookupFold(l, w); got != want {
				t.Fatalf("%s: lookupFold(%q) = %d, map %d", l.Name, w, got, want)
			}
		}
	})
}

// TestWordTablePrefixes: every proper prefix of every key may be a prefix
// (the longest match must not stop before a key).
func TestWordTablePrefixes(t *testing.T) {
	for _, l := range tableLangs {
		l.ready()
		for _, k := range l.words.keys {
			for j := 1; j < len(k); j++ {
				if !l.words.maybePrefix(hashWord(k[:j])) {
					t.Errorf("%s: prefix %q of %q is not marked", l.Name, k[:j], k)
				}
			}
		}
	}
}

// refJALongest is jaLongest over the map, trying every prefix.
func refJALongest(l *Lang, s string, i int) (int16, int) {
	best, end := int16(-1), 0
	for j := i; j < len(s) && j-i < l.maxLen; {
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
		if j-i > l.maxLen {
			break
		}
		if k, ok := l.index[s[i:j]]; ok {
			best, end = k, j
		}
	}
	if best >= 0 && end-i > 3 && s[end-3:end] == "日" && len(s) >= end+3 && s[end:end+3] == "本" {
		return -1, 0
	}
	return best, end
}

// FuzzJALongest: the longest match through the hash table and its prefix
// bits agrees with the map at every offset of any text.
func FuzzJALongest(f *testing.F) {
	for _, s := range []string{"昨年の春", "前日本大使", "令和6年度上半期", "先週の火曜日の午前", "\xe6\x98", "年年年月"} {
		f.Add(s)
	}
	Japanese.ready()
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			gk, ge := jaLongest(Japanese, s, i)
			wk, we := refJALongest(Japanese, s, i)
			if gk != wk || ge != we {
				t.Fatalf("jaLongest(%q, %d) = %d, %d; map %d, %d", s, i, gk, ge, wk, we)
			}
		}
	})
}

// TestJALongestTable runs FuzzJALongest's property over the keys of the
// Japanese table glued together.
func TestJALongestTable(t *testing.T) {
	Japanese.ready()
	s := strings.Join(Japanese.words.keys, "") + strings.Join(Japanese.words.keys, "の")
	for i := 0; i < len(s); i++ {
		gk, ge := jaLongest(Japanese, s, i)
		wk, we := refJALongest(Japanese, s, i)
		if gk != wk || ge != we {
			t.Fatalf("jaLongest at %d = %d, %d; map %d, %d", i, gk, ge, wk, we)
		}
	}
}
