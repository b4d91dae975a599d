package article

import (
	"strings"
	"time"

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
func FindDateline(body string) *Dateline {
	off := 0
	for n := 0; n < datelineLines && off < len(body); {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body) - off
		}
		line := body[off : off+end]
		if strings.TrimSpace(line) != "" {
			n++
			if d := datelineIn(line); d != nil {
				d.Start += off
				d.End += off
				return d
			}
		}
		off += end + 1
	}
	return nil
}

func datelineIn(line string) *Dateline {
	head := line
	if len(head) > 200 {
		head = head[:200]
	}
	for _, m := range temporal.Tag(head, time.Time{}) {
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
		short := len(strings.TrimSpace(line)) <= 60 && len(strings.Fields(after)) <= 3
		if !PlaceLead(lead) && !short {
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
	return strings.HasSuffix(t, ",") || strings.ToUpper(t) == t
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
