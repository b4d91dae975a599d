package temporal

import (
	"reflect"
	"testing"
	"time"
)

// narrativeBoth runs decideNarrative over every token and over the tokens
// lexMarked marked, and reports any difference in the verdict, the quotes
// or the years.
func narrativeBoth(t *testing.T, l *Lang, text string, a time.Time) {
	t.Helper()
	full, marked := new(state), new(state)
	full.reset(l, text, a)
	full.toks = lex(l, text, nil)
	marked.reset(l, text, a)
	marked.toks, marked.marks = lexMarked(l, text, nil, make([]int32, 0, 1))
	if !reflect.DeepEqual(full.toks, marked.toks) {
		t.Fatalf("%q: lexMarked cut other tokens than lex", text)
	}
	fn, mn := full.decideNarrative(), marked.decideNarrativeMarked()
	if fn != mn || !reflect.DeepEqual(full.quotes, marked.quotes) || !reflect.DeepEqual(full.years, marked.years) {
		t.Errorf("%q: narrative %v/%v, quotes %v/%v, years %v/%v (all tokens/marked)",
			text, fn, mn, full.quotes, marked.quotes, full.years, marked.years)
	}
}

// TestNarrativeMarks holds the marked narrative pass to the full one on
// the development documents.
func TestNarrativeMarks(t *testing.T) {
	l := English
	l.ready()
	docs := 0
	for _, set := range []string{"tbaq", "wikiwars-dev"} {
		for _, d := range loadDocs(t, set) {
			narrativeBoth(t, l, d.Text, parseDCT(t, d.DCT))
			docs++
		}
	}
	if docs == 0 {
		t.Fatal("no development documents")
	}
}

// FuzzNarrativeMarks holds the marked narrative pass to the full one on
// any text: quotes opened and left open across lines, years, deictic words.
func FuzzNarrativeMarks(f *testing.F) {
	for _, s := range []string{
		"\"Today,\" he said in 1941.\nIn 1942 \"yesterday\" came", "\u201cnext week\u201d 2009 2010 \"\n\"last year",
		"it's 'the '80s' on Tuesday,\n \"Monday\" 490 BC", "1,945 2.5 2024-01-30 8:24 this month",
	} {
		f.Add(s, int64(1706592240))
	}
	l := English
	l.ready()
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		a := fuzzAnchor(unix)
		narrativeBoth(t, l, text, a)
	})
}

// TestRunOtherLexer: a table with a lexer of its own and the English rules
// tags as English does (run then walks every token, lexMarked having
// marked none).
func TestRunOtherLexer(t *testing.T) {
	English.ready()
	l := &Lang{Name: "English, lexed by a lexFn"}
	l.fill(English)
	l.lexFn = lex
	other := NewTagger(l)
	docs := 0
	for _, set := range []string{"tbaq", "wikiwars-dev"} {
		for _, d := range loadDocs(t, set) {
			an := parseDCT(t, d.DCT)
			if got, want := other.Tag(d.Text, an), english.Tag(d.Text, an); !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: with a lexFn\n %v\nwithout\n %v", set, d.ID, got, want)
			}
			docs++
		}
	}
	if docs == 0 {
		t.Fatal("no development documents")
	}
}
