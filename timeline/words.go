package timeline

import (
	"strings"
	"unicode"
)

// Words of titles, aliases and sentences are read the same way by the
// loader (ids, duplicate aliases) and by the merge (terms, alias phrases).

// stopWords carry no topic.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be because been
	before being below between both but by can could did do does doing down during each few for from further had has
	have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself
	no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that
	the their theirs them themselves then there these they this those through to too under until up very was we were
	what when where which while who whom why will with would you your yours yourself yourselves said says say told
	according would could may might must shall also however since still yet one two three four five six seven eight
	nine ten first second last next year years month months day days week weeks time new mr mrs ms per cent percent
	january february march april june july august september october november december monday tuesday wednesday
	thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec early late mid middle half
	today yesterday tomorrow ago earlier later former then there's it's he's she's they're we're don't didn't
	isn't wasn't aren't weren't won't can't`) {
		stopWords[w] = true
	}
}

// IsStopWord reports whether w, in lower case, is an English function word
// that carries no topic.
func IsStopWord(w string) bool { return stopWords[w] }

// Words splits text into lower-case words (letters and digits; apostrophes
// and hyphens split words).
func Words(text string, fn func(w string)) {
	start := -1
	for i, r := range text {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			fn(strings.ToLower(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		fn(strings.ToLower(text[start:]))
	}
}

// NormalizePhrase is the form in which aliases are looked for in sentences:
// lower-case words joined by single spaces.
func NormalizePhrase(s string) string {
	var ws []string
	Words(s, func(w string) { ws = append(ws, w) })
	return strings.Join(ws, " ")
}
