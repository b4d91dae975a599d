// Package temporal finds temporal expressions ("January 30", "the second
// half of February", "two years ago", "the 1990s") in English, Russian ("30
// января 2024 года", "в прошлом году") and Japanese ("2024年1月30日",
// "令和6年", "先週の火曜日") text and normalises them the way TimeML's TIMEX3
// does, so that the timeline tool can date what news articles and histories
// report.
//
// The tagger is a single pass of a hand-written lexer (lex.go) followed by a
// small recursive-descent matcher over the tokens (rules.go): at each token
// that can start a temporal expression it tries the rules and keeps the
// longest match. Russian and Japanese bring their own rules for their word
// order (rules_ru.go, rules_ja.go) and Japanese its own lexer, which cuts
// text without spaces by script (lang_ja.go); they build the same
// expressions and share the resolution. Words live in per-language tables
// (lang_en.go, lang_ru.go, lang_ja.go), apart from
// the rules and from the resolution of relative and partial expressions
// against the document's anchor time (resolve.go); so do the guard words
// that are not temporal themselves but tell the rules how to read a
// neighbour ("Article 9" is a label, "five years old" an age, "by February"
// a deadline), so that another language is mostly a table.
//
// Values follow TimeML: "2024-01-30", "2024-02", "1956", decades "195",
// centuries "19", weeks "2024-W05", seasons "2024-SU", quarters "2024-Q1",
// halves "2024-H2", durations "P70Y", sets "P1Y" or "XXXX-WXX-1", and
// PRESENT_REF, PAST_REF, FUTURE_REF for vague references. A part of a period
// keeps the period as its value and says which part in Mod ("early March":
// "2024-03", START); Date then narrows it:
//
//	early / mid / late month     days 1-10 / 11-20 / 21-end
//	first / second half of month days 1-n/2 / n/2+1-end ("2024-02-15/2024-02-29")
//	early / mid / late year      Jan-Apr / May-Aug / Sep-Dec
//	early / mid / late decade    years 0-3 / 3-6 / 7-9 ("1953/1956")
//	early / mid / late century   decades 0-3 / 4-6 / 7-9 ("194X/196X")
//
// Years before Christ are written "BC0480" (TimeML); EDTF cannot hold them,
// so their Date is zero, as it is for values with X placeholders.
//
// # Resolution
//
// Relative expressions count from the anchor ("yesterday", "last week", "two
// years ago"); anaphoric ones from the last date mentioned ("the following
// day", "that year", "a month later"). A yearless date takes the year that
// puts it nearest the anchor when that is within four months, unless the verb
// right before or an auxiliary right after it says otherwise ("was signed on
// 12 March", "will be held in February"), and a date more than two months
// ahead needs a future cue of the sentence or a deadline ("by February");
// further away the tense of the sentence decides and the default is the past,
// which is what news reports. A bare weekday is on or before the anchor
// unless a clear future cue comes with it ("will meet on Friday", "is set to
// resume Monday"). In news, "three days later" is tagged as the duration
// "three days", "later" being a TimeML signal; offsets of a month or more ("a
// year earlier") stay dates. A document whose explicit years are mostly far
// from the anchor and which never counts from the day of writing is read as a
// history: there partial and relative dates count from the last date told,
// except a year mentioned in passing ("since 1813", a plan for a later year,
// a year far from the story that the next year written returns from).
//
// A date in a reported clause counts its tense from the day of the report
// ("said on Friday that talks would resume on Monday": the Monday after that
// Friday). A day that recurs is a set with an unspecified year, never one
// date: "every September 3", "Japan marks Northern Territories Day on
// February 7", "moved the holiday from September 2 to September 3" all give
// TimeML SET values such as "XXXX-09-03". The named days of the Kuril Islands
// dispute are in the language table with their dates, including those a law
// moved ("the Day of the End of the Second World War": 2 September until
// 2019, 3 September from 2020).
//
// Tag and TagAppend are safe for concurrent use. Calendar arithmetic is done
// in UTC on the anchor's own calendar date, never in the host's time zone.
package temporal

import (
	"sync"
	"time"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

// Type is a TimeML TIMEX3 type.
type Type string

// The TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Mention is one temporal expression found in a text.
type Mention struct {
	Start, End int    // UTF-8 byte offsets into the text, End exclusive
	Text       string // text[Start:End]
	Type       Type
	// Value is the TimeML value: "2024-01-30", "2024-02", "1956", "195",
	// "19", "2024-W05", "2024-SU", "2024-Q1", "P70Y", "PRESENT_REF",
	// "2024-01-30T08:24", "2024-01-30TEV", "BC0480", or with X placeholders
	// ("XXXX-01-30") for what the anchor cannot supply.
	Value string
	// Mod is the TimeML mod (START, MID, END, APPROX, LESS_THAN, MORE_THAN,
	// EQUAL_OR_MORE, EQUAL_OR_LESS) or "".
	Mod string
	// Date is the calendar extent of a DATE or TIME mention that resolves to
	// calendar days (for a TIME, its day); the zero Value otherwise (for
	// durations, sets, PRESENT_REF and the like, X placeholders, BC years).
	Date edtf.Value
	// Rule names the rule that found the mention, e.g. "month-day-year".
	Rule string
}

// Tagger tags text in one language. The zero Tagger is not usable; use
// NewTagger or the package-level functions, which tag English.
type Tagger struct {
	lang *Lang
	pool sync.Pool // *state, so that repeated calls reuse token buffers
}

// NewTagger returns a tagger for the language table l (English, Russian or
// Japanese).
func NewTagger(l *Lang) *Tagger {
	return &Tagger{lang: l}
}

var (
	english  = NewTagger(English)
	russian  = NewTagger(Russian)
	japanese = NewTagger(Japanese)
)

// ForLanguage returns the tagger for a language code ("en", "ru", "ja", or
// a tag such as "ru-RU"); ok is false, with the English tagger, for a
// language it does not know.
func ForLanguage(code string) (t *Tagger, ok bool) {
	if len(code) > 2 && (code[2] == '-' || code[2] == '_') {
		code = code[:2]
	}
	switch code {
	case "en", "EN", "":
		return english, code != ""
	case "ru", "RU":
		return russian, true
	case "ja", "JA", "jp", "JP":
		return japanese, true
	}
	return english, false
}

// Language returns the code of t's language ("en", "ru", "ja").
func (t *Tagger) Language() string { return t.lang.Name }

// Tag finds the temporal expressions in text, resolving relative and partial
// ones against anchor (the document's publication time). A zero anchor means
// unknown: partial dates then get X placeholders ("XXXX-01-30").
func Tag(text string, anchor time.Time) []Mention {
	return english.TagAppend(nil, text, anchor)
}

// TagAppend is like Tag but appends the mentions to dst, so that a caller
// tagging many texts can reuse one slice.
func TagAppend(dst []Mention, text string, anchor time.Time) []Mention {
	return english.TagAppend(dst, text, anchor)
}

// Tag is like the package-level Tag, in t's language.
func (t *Tagger) Tag(text string, anchor time.Time) []Mention {
	return t.TagAppend(nil, text, anchor)
}

// TagAppend is like the package-level TagAppend, in t's language.
func (t *Tagger) TagAppend(dst []Mention, text string, anchor time.Time) []Mention {
	dst, _ = t.tag(dst, text, anchor, -1)
	return dst
}

// TagLimit is like Tag but keeps at most limit mentions (none when limit
// <= 0) and stops there, reporting whether the text has more. A hostile text
// of one date a word ("January January …") then costs time and memory for
// limit mentions, not for millions.
func TagLimit(text string, anchor time.Time, limit int) (ms []Mention, more bool) {
	return english.TagLimit(text, anchor, limit)
}

// TagLimit is like the package-level TagLimit, in t's language.
func (t *Tagger) TagLimit(text string, anchor time.Time, limit int) (ms []Mention, more bool) {
	return t.tag(nil, text, anchor, max(limit, 0))
}

// TagLimitAppend is like TagLimit but appends the mentions to dst (limit
// counts only those it appends), so that a caller tagging many texts can
// reuse one slice.
func (t *Tagger) TagLimitAppend(dst []Mention, text string, anchor time.Time, limit int) (ms []Mention, more bool) {
	return t.tag(dst, text, anchor, max(limit, 0))
}

// tag appends text's mentions to dst, at most limit more when limit >= 0
// (reporting whether there were more), with no limit when it is negative.
func (t *Tagger) tag(dst []Mention, text string, anchor time.Time, limit int) ([]Mention, bool) {
	t.lang.ready()
	st, _ := t.pool.Get().(*state)
	if st == nil {
		st = new(state)
	}
	st.reset(t.lang, text, anchor)
	if t.lang.lexFn != nil {
		st.toks = t.lang.lexFn(t.lang, text, st.toks[:0])
		if t.lang.parseFn == nil {
			// run walks the marks, which only lexMarked writes: with
			// another lexer, it walks them all.
			st.marks = st.marks[:0]
			for i := range st.toks {
				st.marks = append(st.marks, int32(i))
			}
		}
	} else {
		if st.marks == nil {
			st.marks = make([]int32, 0, 64) // non-nil: lexMarked fills it
		}
		st.toks, st.marks = lexMarked(t.lang, text, st.toks[:0], st.marks[:0])
	}
	st.out, st.out0 = dst, len(dst)
	if limit >= 0 {
		limit += len(dst) // the limit counts only the mentions appended
	}
	st.limit = limit
	if t.lang.parseFn != nil {
		st.runLang()
	} else {
		st.run()
	}
	dst, more := st.out, st.more
	st.out, st.text, st.limit, st.more = nil, "", -1, false
	t.pool.Put(st)
	return dst, more
}

// MonthDay returns the month and day of a DATE or TIME mention whose value
// names them, with or without a year: "XXXX-01-30" and "2024-01-30T08:24"
// both give (1, 30). It is meant for datelines ("TOKYO, January 30. /TASS/."),
// tagged with a zero anchor, from which a caller recovers the publication day.
func MonthDay(m Mention) (month, day int, ok bool) {
	v := m.Value
	if len(v) < 10 || v[4] != '-' || v[7] != '-' {
		return 0, 0, false
	}
	mo, n1 := digitsAt(v, 5)
	d, n2 := digitsAt(v, 8)
	if n1 != 2 || n2 != 2 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return 0, 0, false
	}
	return mo, d, true
}
