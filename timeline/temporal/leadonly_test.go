package temporal

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// ruleWords returns every word the English rules name in a string literal
// (in rules*.go, and the later words of holiday names), the words a rule
// might read by its text rather than by its table entry. Read from the
// source, so that a rule added tomorrow brings its words to TestLeadOnly.
func ruleWords(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("rules*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("rules sources: %v (%d files)", err, len(files))
	}
	seen := map[string]bool{}
	add := func(w string) {
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				return
			}
		}
		if w != "" {
			seen[w] = true
		}
	}
	fset := gotoken.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == gotoken.STRING {
				if v, err := strconv.Unquote(bl.Value); err == nil {
					add(v)
				}
			}
			return true
		})
	}
	English.ready()
	for _, h := range English.holidays {
		for _, r := range h.rest {
			for _, w := range strings.Split(r, "|") {
				add(w)
			}
		}
	}
	var ws []string
	for w := range seen {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return ws
}

// TestLeadOnly checks the promise the run loop relies on when it skips a
// word marked wfLeadOnly that a word in no table follows, or two such
// words before one: no rule starts there. Each such word is tried, in lower and title case, before every
// word a rule names that is in no table (and a made-up word), itself
// followed by every word of the table, a number or nothing, and after every
// word a rule or the table names (the rules look back too), in a history
// and in news. A new rule that reads such a word by its text after a
// lead-only word fails here until the word leaves the wfLeadOnly list.
func TestLeadOnly(t *testing.T) {
	l := English
	l.ready()
	lit := ruleWords(t)
	var unknown []string // words after the lead word: in no table
	for _, w := range append(lit, "zzq", "Zzq") {
		toks := lex(l, w, nil)
		if len(toks) == 1 && toks[0].kind == tkWord && toks[0].lex < 0 {
			unknown = append(unknown, w)
		}
	}
	third := []string{"", ".", ",", "5", "1990", "'s"}
	for _, e := range l.entries {
		third = append(third, e.key)
	}
	before := []string{"", "it 's", "'s"}
	for _, w := range lit {
		before = append(before, w, strings.ToLower(w))
	}
	for _, e := range l.entries {
		before = append(before, e.key)
	}
	var leads []string
	for _, e := range l.entries {
		if e.leadOnly {
			leads = append(leads, e.key)
		}
	}
	if len(leads) == 0 {
		t.Fatal("no lead-only word in the English table")
	}
	anchor := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	st := new(state)
	var x expr
	// try reports a match at the first word of "pre lead next rest", lead
	// being n lead-only words.
	try := func(pre, lead string, n int, next, rest string) {
		text := lead + " " + next
		if rest != "" {
			text += " " + rest
		}
		at := 0
		if pre != "" {
			at = len(lex(l, pre, nil))
			text = pre + " " + text
		}
		st.reset(l, text, anchor)
		st.toks = lex(l, text, st.toks[:0])
		if at+n >= len(st.toks) || st.toks[at+n].kind != tkWord || st.toks[at+n].lex >= 0 {
			return // the loop does not skip here ("Zzq's" may lex otherwise)
		}
		for _, narr := range []bool{false, true} {
			st.narrative, st.nest = narr, 0
			if st.parse(at, &x) {
				t.Errorf("%q (narrative %v): a rule starts at lead-only %q (%s, %q): take a word off wfLeadOnly",
					text, narr, lead, x.rule, st.text[st.toks[x.s].start:st.toks[x.e-1].end])
			}
		}
	}
	title := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	for _, w := range leads {
		for _, lw := range []string{w, title(w)} {
			for _, u := range unknown {
				for _, r := range third {
					try("", lw, 1, u, r)
				}
			}
			for _, p := range before {
				try(p, lw, 1, "zzq", ".")
				try(p, lw, 1, "Zzq", "")
			}
		}
	}
	// Two lead-only words before a word in no table ("the same way"): the
	// made-up word before every table word, and every rule word before
	// what a count or a name may end with.
	ends := []string{"", ".", "year", "years", "day", "of", "the"}
	for _, w := range leads {
		for _, lw := range []string{w, title(w)} {
			for _, w2 := range leads {
				pair := lw + " " + w2
				for _, r := range third {
					try("", pair, 2, "zzq", r)
				}
				for _, u := range unknown {
					for _, r := range ends {
						try("", pair, 2, u, r)
					}
				}
				for _, p := range []string{"it 's", "is", "for", "in", "since"} {
					try(p, pair, 2, "zzq", ".")
				}
			}
		}
	}
}

// runEvery is run without its skips: every token is tried.
func (s *state) runEvery() {
	s.narrative = s.decideNarrative()
	var x expr
	for i := 0; i < len(s.toks); {
		if !s.parse(i, &x) {
			i++
			continue
		}
		s.emit(&x)
		i = x.e
	}
}

// TestRunSkipsNoMatch tags the English development sets with run, which
// skips tokens no rule can start at (non-triggers, lead-only words before a
// word in no table), and with a loop that tries every token: the mentions
// must be the same.
func TestRunSkipsNoMatch(t *testing.T) {
	l := English
	l.ready()
	docs := 0
	for _, set := range []string{"tbaq", "wikiwars-dev"} {
		for _, d := range loadDocs(t, set) {
			an := parseDCT(t, d.DCT)
			got := english.Tag(d.Text, an)
			st := new(state)
			st.reset(l, d.Text, an)
			st.toks = lex(l, d.Text, nil)
			st.runEvery()
			if len(got) != len(st.out) || len(got) > 0 && !reflect.DeepEqual(got, st.out) {
				t.Errorf("%s %s: run skipped a match:\n run:   %v\n every: %v", set, d.ID, got, st.out)
			}
			docs++
		}
	}
	if docs == 0 {
		t.Fatal("no development documents")
	}
}

// TestApostrophe checks the promise the run loop relies on when it skips
// an apostrophe that no number follows: no rule starts there. It is tried
// before every word a rule or the table names, a made-up word and
// punctuation, with and without a space, after a few words.
func TestApostrophe(t *testing.T) {
	l := English
	l.ready()
	next := []string{"zzq", "Zzq", ".", ",", "'", "-", "\""}
	next = append(next, ruleWords(t)...)
	for _, e := range l.entries {
		next = append(next, e.key, strings.ToUpper(e.key[:1])+e.key[1:])
	}
	anchor := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	st := new(state)
	var x expr
	tried := 0
	for _, pre := range []string{"", "the", "it", "in", "zzq"} {
		for _, sep := range []string{"", " "} {
			for _, n := range next {
				for _, rest := range []string{"", " s", " 1990", " day"} {
					text := "'" + sep + n + rest
					at := 0
					if pre != "" {
						text, at = pre+text, 1
					}
					st.reset(l, text, anchor)
					st.toks = lex(l, text, st.toks[:0])
					if at >= len(st.toks) || !st.isp(at, '\'') || at+1 < len(st.toks) && st.toks[at+1].kind == tkNum {
						continue // the loop tries this one
					}
					tried++
					for _, narr := range []bool{false, true} {
						st.narrative, st.nest = narr, 0
						if st.parse(at, &x) {
							t.Errorf("%q (narrative %v): a rule (%s) starts at an apostrophe before no number", text, narr, x.rule)
						}
					}
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("no apostrophe tried")
	}
}

// FuzzRunSkips holds run, with its skips, to the loop that tries every
// token, on any English text.
func FuzzRunSkips(f *testing.F) {
	for _, s := range []string{
		"the same way, at a glance, this second, a second later", "it's the '80s, don't '05 it",
		"every other week, two across seconds", "in the first zzq weeks of May Zzq", "the near term",
		"a later date, these days, for a while", "the corresponding period last year",
	} {
		f.Add(s, int64(1706592240))
	}
	l := English
	l.ready()
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		a := fuzzAnchor(unix)
		got := english.Tag(text, a)
		st := new(state)
		st.reset(l, text, a)
		st.toks = lex(l, text, nil)
		st.runEvery()
		if len(got) != len(st.out) || len(got) > 0 && !reflect.DeepEqual(got, st.out) {
			t.Errorf("%q: run skipped a match:\n run:   %v\n every: %v", text, got, st.out)
		}
	})
}
