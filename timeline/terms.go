package timeline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words of an event and of an article's sentence are compared as terms:
// lower-cased, stemmed words without stop words, where the names of actors and
// places (in every listed spelling, in English, Russian and Japanese) become
// one term per actor or place, so "Etorofu" and "Iturup" match.

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

// stem reduces an English word to a crude stem, enough that "talks",
// "talked" and "talking" meet; it is not a full Porter stemmer, and it need
// not be: both sides of a comparison go through the same function.
func stem(w string) string {
	if len(w) <= 3 || !isASCII(w) {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			base := w[:len(w)-len(suf)]
			switch suf {
			case "ies", "ied":
				return base + "y"
			case "s":
				if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
					return w
				}
			}
			return base
		}
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// words splits text into lower-case words (letters and digits; apostrophes
// and hyphens split words).
func words(text string, fn func(w string)) {
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

// analyzer turns text into terms, replacing the names of actors and places
// by one term each.
type analyzer struct {
	// phrases maps the first stemmed word of a name to the names that start
	// with it (as stemmed word lists) and the term each stands for.
	phrases map[string][]phrase
	// surface remembers a word each stem came from, to make readable ids.
	surface map[string]string
}

type phrase struct {
	words []string
	term  string
}

func newAnalyzer(v *Vocabulary) *analyzer {
	a := &analyzer{phrases: map[string][]phrase{}, surface: map[string]string{}}
	add := func(name, term string) {
		var ws []string
		words(name, func(w string) {
			if stopWords[w] {
				w = "" // as terms() sees it
			}
			ws = append(ws, stem(w))
		})
		for len(ws) > 0 && ws[0] == "" {
			ws = ws[1:] // "the Soviet Union" starts at "Soviet"
		}
		if len(ws) == 0 {
			return
		}
		a.phrases[ws[0]] = append(a.phrases[ws[0]], phrase{ws, term})
	}
	for _, ac := range v.Actors {
		term := "@" + ac.ID
		for _, n := range append([]string{ac.Name, ac.RU, ac.JA}, ac.Aliases...) {
			add(n, term)
		}
	}
	for _, p := range v.Places {
		term := "@" + p.ID
		for _, n := range append([]string{p.Name, p.RU, p.JA}, p.Aliases...) {
			add(n, term)
		}
	}
	// Longest names first, so "Soviet Union" wins over a shorter name.
	for k, ps := range a.phrases {
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		a.phrases[k] = ps
	}
	return a
}

// terms returns the distinct terms of text, in first-seen order.
func (a *analyzer) terms(text string) []string {
	var ws []string
	words(text, func(w string) {
		if stopWords[w] {
			w = "" // keeps positions for names, never becomes a term
		}
		st := stem(w)
		if _, ok := a.surface[st]; !ok {
			a.surface[st] = w
		}
		ws = append(ws, st)
	})
	// A sentence has a few dozen terms: a linear scan beats a map.
	out := make([]string, 0, len(ws))
	addTerm := func(t string) {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	for i := 0; i < len(ws); i++ {
		if ps, ok := a.phrases[ws[i]]; ok {
			matched := false
			for _, p := range ps {
				if i+len(p.words) <= len(ws) && equalWords(ws[i:i+len(p.words)], p.words) {
					addTerm(p.term)
					i += len(p.words) - 1
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		if w := ws[i]; w != "" && !stopWords[w] && len(w) > 1 && !allDigits(w) {
			addTerm(w)
		}
	}
	return out
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// normalizePhrase is the form in which aliases are looked for in sentences:
// lower-case words joined by single spaces.
func normalizePhrase(s string) string {
	var ws []string
	words(s, func(w string) { ws = append(ws, w) })
	return strings.Join(ws, " ")
}
