package render

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// Markdown writes the timeline for people to read: a section per era, human
// dates, perspectives, and sources as GitHub footnotes. The same timeline
// always gives the same bytes.
func Markdown(w io.Writer, tl *timeline.Timeline) error {
	var b bytes.Buffer
	m := &markdown{b: &b, tl: tl, notes: map[string]int{}}
	m.write()
	_, err := w.Write(b.Bytes())
	return err
}

type markdown struct {
	b     *bytes.Buffer
	tl    *timeline.Timeline
	notes map[string]int // source identity -> footnote number
	order []string       // footnote texts, in number order
}

func (m *markdown) printf(format string, args ...any) { fmt.Fprintf(m.b, format, args...) }

func (m *markdown) write() {
	tl := m.tl
	m.printf("<!-- Generated from the curated data by `make timeline`; edit data/events, not this file. -->\n\n")
	m.printf("# %s\n\n", escape(tl.Title))
	if len(tl.Events) == 0 {
		m.printf("No events match.\n")
		return
	}
	m.printf("%s from %d to %d.\n", plural(len(tl.Events), "event"), first(tl).Year, last(tl).Year)

	for _, era := range tl.Eras {
		var events []*timeline.Event
		for i := range tl.Events {
			if tl.Events[i].Era == era.ID {
				events = append(events, &tl.Events[i])
			}
		}
		if len(events) == 0 {
			continue
		}
		m.printf("\n## %s\n", escape(era.Title))
		if era.Summary != "" {
			m.printf("\n%s\n", escape(oneLine(era.Summary)))
		}
		for _, e := range events {
			m.event(e)
		}
	}
	// Events whose era is not among the eras (possible only with unvalidated
	// data) still appear rather than vanish.
	var rest []*timeline.Event
	for i := range tl.Events {
		if _, ok := tl.EraByID(tl.Events[i].Era); !ok {
			rest = append(rest, &tl.Events[i])
		}
	}
	if len(rest) > 0 {
		m.printf("\n## Other events\n")
		for _, e := range rest {
			m.event(e)
		}
	}
	if len(m.order) > 0 {
		m.printf("\n")
		for i, text := range m.order {
			m.printf("[^%d]: %s\n", i+1, text)
		}
	}
}

func (m *markdown) event(e *timeline.Event) {
	m.printf("\n### %s: %s\n\n", e.Date.Display(), escape(e.Title))
	m.printf("%s", escape(oneLine(e.Summary)))
	for _, s := range e.Sources {
		m.printf("[^%d]", m.footnote(s))
	}
	m.printf("\n")
	if e.Notes != "" {
		m.printf("\n*Note:* %s\n", escape(oneLine(e.Notes)))
	}
	if len(e.Perspectives) > 0 {
		m.printf("\n")
		for _, p := range e.Perspectives {
			name := p.Actor
			if a, ok := m.tl.ActorByID(p.Actor); ok {
				name = a.Name
			}
			m.printf("- **%s:** %s\n", escape(name), escape(oneLine(p.Text)))
		}
	}
}

// footnote returns the number of a source's footnote, adding it the first
// time the source is cited; a source cited by several events is one note.
func (m *markdown) footnote(s timeline.Source) int {
	var b strings.Builder
	b.WriteString(escape(s.Publisher))
	b.WriteString(", ")
	title := "“" + escape(s.Title) + "”"
	if s.URL != "" {
		fmt.Fprintf(&b, "[%s](%s)", title, linkTarget(s.URL))
	} else {
		b.WriteString(title)
	}
	if !s.Published.IsZero() {
		b.WriteString(", " + s.Published.Display())
	}
	b.WriteString(".")
	if s.Quote != "" {
		b.WriteString(" “" + escape(oneLine(s.Quote)) + "”")
	}
	text := b.String()
	if n, ok := m.notes[text]; ok {
		return n
	}
	m.order = append(m.order, text)
	m.notes[text] = len(m.order)
	return len(m.order)
}

func first(tl *timeline.Timeline) edtf.Day {
	d := tl.Events[0].Date.Earliest()
	for _, e := range tl.Events {
		if !e.Date.OpenStart() && e.Date.Earliest().Before(d) {
			d = e.Date.Earliest()
		}
	}
	return d
}

func last(tl *timeline.Timeline) edtf.Day {
	var d edtf.Day
	for _, e := range tl.Events {
		l := e.Date.Latest()
		if e.Date.OpenEnd() {
			l = e.Date.Earliest()
		}
		if d.Before(l) {
			d = l
		}
	}
	return d
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// oneLine folds the line breaks of YAML block text into spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escape keeps text from being read as Markdown or HTML markup.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `&lt;`, `>`, `&gt;`, `#`, `\#`, `|`, `\|`,
)

func escape(s string) string { return mdEscaper.Replace(s) }

// linkTarget makes a URL safe inside (...) of a Markdown link.
var linkEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")

func linkTarget(u string) string { return linkEscaper.Replace(u) }
