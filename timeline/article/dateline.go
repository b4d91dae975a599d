package article

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/peacetreaty/timeline/timeline/temporal"
)

// How far into the body a dateline may be looked for: agency copy puts it
// after the headline, a subtitle and a section line.
const (
	datelineLines = 12
	datelineLead  = 48 // bytes of a line before the date starts
)

// FindDateline finds the dateline near the top of body: a line that opens
// with a place and a date ("TOKYO, January 30. /TASS/.",
// "MOSCOW, Oct 24 (Reuters) -") or a short line that is mostly a date
// ("World January 30, 8:24"). It uses the tagger without an anchor, so a
// dateline without a year keeps Year 0.
func FindDateline(body string) *Dateline { return FindDatelineIn(body, English) }

// FindDatelineIn is FindDateline for a body in language lang ("ru":
// "ТОКИО, 30 января. /ТАСС/.", "МОСКВА, 7 фев — РИА Новости"; "ja": a
// byline "2024年1月30日 8時24分").
func FindDatelineIn(body, lang string) *Dateline {
	tg, _ := temporal.ForLanguage(lang)
	off := 0
	for n := 0; n < datelineLines && off < len(body); {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body) - off
		}
		line := body[off : off+end]
		if strings.TrimSpace(line) != "" {
			n++
			if d := datelineIn(tg, line); d != nil {
				d.Start += off
				d.End += off
				return d
			}
		}
		off += end + 1
	}
	return nil
}

func datelineIn(tg *temporal.Tagger, line string) *Dateline {
	head := line
	if len(head) > 200 {
		i := 200
		for i > 0 && !utf8.RuneStart(head[i]) {
			i-- // not inside a character
		}
		head = head[:i]
	}
	for _, m := range tg.Tag(head, time.Time{}) {
		if m.Type != temporal.Date && m.Type != temporal.Time {
			continue
		}
		if m.Start > datelineLead {
			return nil
		}
		month, day, ok := temporal.MonthDay(m)
		if !ok {
			return nil
		}
		// Either a place opens the line, or the line is little but the date.
		lead, after := line[:m.Start], line[m.End:]
		// A byline's time or source may follow the date, never a sentence:
		// in Japanese, without spaces, a sentence is one "word".
		rest := strings.TrimSpace(after)
		short := len(strings.TrimSpace(line)) <= 60 && len(strings.Fields(rest)) <= 3 &&
			len(rest) <= 30 && !strings.HasSuffix(rest, "。")
		// A Japanese byline is the date alone: a line that opens with a
		// date and goes on is a sentence ("1956年10月19日に…署名された。").
		place := PlaceLead(lead) && !(tg.Language() == Japanese && strings.TrimSpace(lead) == "")
		if !place && !short && !(tg.Language() == Russian && placeStop(lead)) {
			return nil
		}
		d := &Dateline{Start: m.Start, End: m.End, Text: m.Text, Month: month, Day: day}
		if len(m.Value) >= 4 && m.Value[0] != 'X' {
			d.Year = atoi(m.Value[:4])
		}
		return d
	}
	return nil
}

// MaxPlaceLead is the longest text before a date that PlaceLead accepts: a
// place and a section name, never a sentence.
const MaxPlaceLead = 64

// PlaceLead reports whether the text before a dateline's date looks like
// "TOKYO, ", "Tokyo, ", "World " or "<": a few words, no sentence, at most
// MaxPlaceLead bytes.
func PlaceLead(s string) bool {
	if len(s) > MaxPlaceLead {
		return false
	}
	t := strings.TrimSpace(s)
	if t == "" || t == "<" {
		return true
	}
	if len(strings.Fields(t)) > 4 || strings.ContainsAny(t, ".;:!?\"") {
		return false
	}
	// In capitals means letters that have case: Japanese text has none, and
	// a Japanese sentence's opening words are no place.
	return strings.HasSuffix(t, ",") || strings.ToUpper(t) == t && strings.ToLower(t) != t
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dateOf turns a dateline with a year into a publication time at midnight.
func dateOf(d *Dateline, opts Options) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, opts.location())
}

// placeStop reports whether lead is one capitalised word and a full stop,
// the way Interfax opens Russian copy ("Москва. 18 сентября. INTERFAX.RU").
func placeStop(lead string) bool {
	t := strings.TrimSpace(lead)
	w, ok := strings.CutSuffix(t, ".")
	if !ok || w == "" || strings.ContainsAny(w, " .,;:!?\"") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
