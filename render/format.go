// Package render turns a finished timeline.Timeline into documents: one file
// per output format, each deterministic (the same timeline gives the same
// bytes).
package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/peacetreaty/timeline/timeline"
)

// Format is an output format of "timeline build".
type Format struct {
	Name        string
	Ext         string // file name extension, without the dot
	Description string
	Render      func(io.Writer, *timeline.Timeline) error
	// Losses, if set, says what the format cannot show of a timeline
	// (uncertainty, open ends…), one line per event concerned, so that an
	// export never loses information silently; build prints it on stderr.
	Losses func(*timeline.Timeline) []string
}

// formatOrder is the order help lists the formats in.
var formatOrder = []string{"markdown", "json", "csv", "timelinejs", "vega-lite", "svg", "html"}

var registered = map[string]Format{}

// register adds a format; each format's file registers itself in init.
func register(f Format) { registered[f.Name] = f }

func init() {
	register(Format{"markdown", "md", "readable chronology: eras as sections, human dates, sources as footnotes", Markdown, URLLosses})
	register(Format{"json", "json", "data for charts: ISO start/end days per event (schema: render/timeline.schema.json)", JSON, nil})
}

// Formats lists the output formats, in the order help shows them.
func Formats() []Format {
	var out []Format
	for _, name := range formatOrder {
		if f, ok := registered[name]; ok {
			out = append(out, f)
		}
	}
	return out
}

// Lookup finds a format by name.
func Lookup(name string) (Format, bool) {
	f, ok := registered[name]
	return f, ok
}

// FormatNames lists the format names.
func FormatNames() []string {
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	return names
}

// FormatHelp gives one line per format for command help.
func FormatHelp() string {
	var b strings.Builder
	for _, f := range Formats() {
		fmt.Fprintf(&b, "  %-10s %s\n", f.Name, f.Description)
	}
	return b.String()
}
