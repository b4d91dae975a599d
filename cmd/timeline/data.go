package main

import (
	"fmt"

	"github.com/peacetreaty/timeline/data"
	"github.com/peacetreaty/timeline/timeline"
)

// openData loads the dataset a command works on and says on stderr which
// one it is.
func openData(s stdio, dir string) (*timeline.Timeline, timeline.Diagnostics) {
	tl, diags, from := timeline.Open(dir, data.FS)
	fmt.Fprintf(s.err, "timeline: using %s\n", from)
	return tl, diags
}
