package merge

import (
	"github.com/peacetreaty/timeline/timeline"
	"slices"
	"strings"
	"unicode/utf8"
)

// The words of an event and of an article's sentence are compared as terms:
// lower-cased, stemmed words without stop words, where the names of actors and
// places (in every listed spelling, in English, Russian and Japanese) become
// one term per actor or place, so "Etorofu" and "Iturup" match.

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

func newAnalyzer(v *timeline.Vocabulary) *analyzer {
	a := &analyzer{phrases: map[string][]phrase{}, surface: map[string]string{}}
	add := func(name, term string) {
		var ws []string
		timeline.Words(name, func(w string) {
			if timeline.IsStopWord(w) {
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
	timeline.Words(text, func(w string) {
		if timeline.IsStopWord(w) {
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
		if w := ws[i]; w != "" && !timeline.IsStopWord(w) && len(w) > 1 && !allDigits(w) {
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
