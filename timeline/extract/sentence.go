package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence returns the span of the sentence holding text[start:end]: from
// after the previous sentence end to the next one. A sentence ends at ".",
// "!" or "?" followed by a space and a capital letter or quote, or at a blank
// line, or at a single line break that is not a soft wrap (see lineEnds);
// a Japanese one at 。！？ with the brackets they close. Titles ("Mr.",
// "Gen."), initials ("U.S.", "J. F. Dulles", "В. В. Путин") and Russian
// abbreviations ("г.", "т. е.") do not end sentences.
func Sentence(text string, start, end int) (int, int) {
	s := start
	for s > 0 && start-s < maxSentence {
		if s >= 2 && text[s-1] == '\n' && text[s-2] == '\n' {
			break
		}
		if s >= 2 && text[s-1] == ' ' && closesSentence(text, s-1) {
			break
		}
		if s >= 1 && text[s-1] == '\n' && lineEnds(text, s-1) {
			break
		}
		if jaEnd(text[:s]) {
			break
		}
		s--
	}
	for s < start && (text[s] == ' ' || text[s] == '\n') {
		s++
	}
	for s < start && !utf8.RuneStart(text[s]) {
		s++
	}
	e := end
	for e < len(text) && e-end < maxSentence {
		if text[e] == '\n' && e+1 < len(text) && text[e+1] == '\n' {
			break
		}
		if text[e] == '\n' && e >= end && lineEnds(text, e) {
			break
		}
		if n := jaStop(text[e:]); n > 0 {
			e += n // "。", "！", "？" with the brackets they close
			break
		}
		if endsSentence(text, e) {
			e++
			for _, q := range []string{`"`, "”", "’", "'"} {
				if strings.HasPrefix(text[e:], q) {
					e += len(q)
					break
				}
			}
			break
		}
		e++
	}
	for e > end && e < len(text) && !utf8.RuneStart(text[e]) {
		e--
	}
	return s, e
}

// lineEnds reports whether the single line break at i ends a sentence: a
// headline, a dateline and the body's first sentence are separate sentences
// even when only one line break parts them. A break in hard-wrapped prose
// does not end one: there the next line starts in lower case, or its first
// word would not have fitted on a line of about 72 characters.
func lineEnds(text string, i int) bool {
	if i+1 >= len(text) || text[i+1] == '\n' {
		return false // a blank line, handled by the caller, or the end
	}
	next := i + 1
	for next < len(text) && (text[next] == ' ' || text[next] == '\t') {
		next++
	}
	if next >= len(text) || !startsLine(text, next) {
		return false
	}
	lineStart := strings.LastIndexByte(text[:i], '\n') + 1
	line := strings.TrimRight(text[lineStart:i], " \t\r")
	prev := utf8.RuneCountInString(line)
	if prev == 0 || strings.ContainsAny(line[len(line)-1:], ",;:(-") {
		return false // the sentence runs on
	}
	if last := strings.TrimRight(line, `"”’'」』`); strings.HasSuffix(last, ".") || strings.HasSuffix(last, "!") || strings.HasSuffix(last, "?") || strings.HasSuffix(last, "。") || strings.HasSuffix(last, "！") || strings.HasSuffix(last, "？") {
		return len(line) < 2 || !abbreviation(line, len(last)-1) // "islands.\nThe" ends; "Mr.\nKono" does not
	}
	word := next
	for word < len(text) && text[word] != ' ' && text[word] != '\n' {
		word++
	}
	wrapped := prev <= 80 && prev+1+utf8.RuneCountInString(text[next:word]) > 72
	return !wrapped
}

// startsLine: a line that opens a sentence starts with a capital letter, a
// digit, a quote, a bracket or a non-ASCII letter.
func startsLine(text string, i int) bool {
	c := text[i]
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '<' || c == '(' || c == '[' || c >= 0x80
}

// maxSentence bounds the search for a sentence's ends on each side: text
// without punctuation must not make every mention scan the whole article.
const maxSentence = 2000

// endsSentence reports whether the punctuation at i closes a sentence.
func endsSentence(text string, i int) bool {
	c := text[i]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	j := i + 1
	// A closing quote belongs to the sentence it closes: `he said "no." Then`.
	for _, q := range []string{`"`, "”", "’", "'"} {
		if strings.HasPrefix(text[j:], q) {
			j += len(q)
			break
		}
	}
	if j < len(text) {
		if text[j] == '\n' {
			return true
		}
		if text[j] != ' ' || !startsSentence(text, j+1) {
			return false
		}
	}
	return c != '.' || !abbreviation(text, i)
}

// startsSentence: a capital letter, a quote or a non-ASCII character that
// is not a lower-case letter follows ("Путин", "«", not "года").
func startsSentence(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	c := text[i]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[i:])
		return !unicode.IsLower(r)
	}
	return (c >= 'A' && c <= 'Z') || c == '"'
}

// jaStops are the Japanese sentence ends, and jaClosers the brackets that
// may close a quotation after one (「…。」).
var (
	jaStops   = []string{"。", "！", "？"}
	jaClosers = []string{"」", "』", "）"}
)

// jaStop returns the length of a Japanese sentence end at the start of s,
// with the closing brackets after it, or 0.
func jaStop(s string) int {
	for _, p := range jaStops {
		if strings.HasPrefix(s, p) {
			n := len(p)
			for more := true; more; {
				more = false
				for _, q := range jaClosers {
					if strings.HasPrefix(s[n:], q) {
						n += len(q)
						more = true
					}
				}
			}
			return n
		}
	}
	return 0
}

// jaEnd reports whether s ends with a Japanese sentence end (and closing
// brackets).
func jaEnd(s string) bool {
	for more := true; more; {
		more = false
		for _, q := range jaClosers {
			if strings.HasSuffix(s, q) {
				s, more = s[:len(s)-len(q)], true
			}
		}
	}
	for _, p := range jaStops {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// titles are abbreviations that a capitalised name follows.
var titles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Lt": true, "Col": true,
	"Maj": true, "Capt": true, "Adm": true, "Sgt": true, "Sen": true, "Rep": true, "Gov": true, "Pres": true,
	"St": true, "Mt": true, "No": true, "Nos": true, "Art": true, "Vol": true, "Fig": true, "vs": true,
}

// ruAbbreviations are Russian abbreviations after which a "." does not end
// the sentence: years ("2024 г.", "в 2022–2023 гг."), "т. е.", "им.",
// addresses and amounts.
var ruAbbreviations = map[string]bool{
	"г": true, "гг": true, "т": true, "е": true, "им": true, "ул": true, "д": true, "св": true, "см": true,
	"др": true, "пр": true, "тыс": true, "млн": true, "млрд": true, "руб": true, "коп": true, "стр": true,
	"т.е": true, "т.к": true, "т.д": true, "т.п": true, "н.э": true, "в": true, "вв": true, "проф": true,
	"акад": true, "ген": true, "о": true, "обл": true, "р": true, "ст": true, "янв": true, "фев": true,
	"февр": true, "апр": true, "авг": true, "сен": true, "сент": true, "окт": true, "нояб": true, "дек": true,
}

// abbreviation reports whether the "." at i closes a title or an initial.
func abbreviation(text string, i int) bool {
	w := i
	for w > 0 && isLetter(text[w-1]) {
		w--
	}
	word := text[w:i]
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return true // an initial: "U.S.", "J. F."
	}
	if word == "" && i > 0 && text[i-1] >= utf8.RuneSelf {
		// A word in another script: Russian initials ("В. В. Путин")
		// and abbreviations ("г.", "т. е.").
		w = i
		for w > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:w])
			if !unicode.IsLetter(r) {
				break
			}
			w -= n
		}
		word = text[w:i]
		if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
			return true
		}
		return ruAbbreviations[strings.ToLower(word)]
	}
	return titles[word]
}

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// closesSentence reports whether the sentence before the space at sp ends
// there: a stop, perhaps followed by a closing quote.
func closesSentence(text string, sp int) bool {
	i := sp - 1
	for _, q := range []string{`"`, "”", "’", "'"} {
		if strings.HasSuffix(text[:sp], q) && sp-len(q) >= 1 {
			i = sp - len(q) - 1
			break
		}
	}
	return i >= 0 && endsSentence(text, i)
}
