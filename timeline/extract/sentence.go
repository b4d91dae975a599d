package extract

// Sentence returns the span of the sentence holding text[start:end]: from
// after the previous sentence end to the next one. A sentence ends at ".",
// "!" or "?" followed by a space and a capital letter or quote, or at a blank
// line. Titles ("Mr.", "Gen.") and initials ("U.S.", "J. F. Dulles") do not
// end sentences.
func Sentence(text string, start, end int) (int, int) {
	s := start
	for s > 0 {
		if s >= 2 && text[s-1] == '\n' && text[s-2] == '\n' {
			break
		}
		if s >= 2 && text[s-1] == ' ' && endsSentence(text, s-2) {
			break
		}
		s--
	}
	for s < start && (text[s] == ' ' || text[s] == '\n') {
		s++
	}
	e := end
	for e < len(text) {
		if text[e] == '\n' && e+1 < len(text) && text[e+1] == '\n' {
			break
		}
		if endsSentence(text, e) {
			e++
			break
		}
		e++
	}
	return s, e
}

// endsSentence reports whether the punctuation at i closes a sentence.
func endsSentence(text string, i int) bool {
	c := text[i]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	if i+1 < len(text) {
		if text[i+1] == '\n' {
			return true
		}
		if text[i+1] != ' ' || !startsSentence(text, i+2) {
			return false
		}
	}
	return c != '.' || !abbreviation(text, i)
}

// startsSentence: a capital letter, a quote or a non-ASCII letter follows.
func startsSentence(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	c := text[i]
	return (c >= 'A' && c <= 'Z') || c == '"' || c >= 0x80
}

// titles are abbreviations that a capitalised name follows.
var titles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Lt": true, "Col": true,
	"Maj": true, "Capt": true, "Adm": true, "Sgt": true, "Sen": true, "Rep": true, "Gov": true, "Pres": true,
	"St": true, "Mt": true, "No": true, "Nos": true, "Art": true, "Vol": true, "Fig": true, "vs": true,
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
	return titles[word]
}

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
