package render

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
)

// TestHTMLPlaceChain: an event's places in the HTML page (what the place
// filter matches) are its places and those they are part of, up the chain
// of part_of for 32 places at most, and each once: a cycle, which the loader
// refuses but a timeline built in code may hold, ends the walk.
func TestHTMLPlaceChain(t *testing.T) {
	level := func(i int) string { return fmt.Sprintf("level-%02d", i) }
	chain := func(n int) []timeline.Place {
		var ps []timeline.Place
		for i := range n {
			p := timeline.Place{ID: level(i), Name: "Level " + level(i)}
			if i+1 < n {
				p.PartOf = level(i + 1)
			}
			ps = append(ps, p)
		}
		return ps
	}
	ids := func(from, to int) string {
		var out []string
		for i := from; i < to; i++ {
			out = append(out, level(i))
		}
		return strings.Join(out, " ")
	}
	cycle := []timeline.Place{{ID: "level-00", Name: "Zero", PartOf: "level-01"}, {ID: "level-01", Name: "One", PartOf: "level-00"}}
	for _, tt := range []struct {
		name   string
		places []timeline.Place
		at     []string // the event's places
		want   string   // its data-places
	}{
		{"31 above", chain(32), []string{"level-00"}, ids(0, 32)},
		{"32 above", chain(33), []string{"level-00"}, ids(0, 32)},
		{"40 above", chain(40), []string{"level-00"}, ids(0, 32)},
		{"from the middle", chain(40), []string{"level-20"}, ids(20, 40)},
		{"two places of one chain", chain(40), []string{"level-30", "level-10"}, ids(30, 40) + " " + ids(10, 30)},
		{"a cycle", cycle, []string{"level-01"}, "level-01 level-00"},
	} {
		tl := fixture(t)
		tl.Places = tt.places
		tl.Events = tl.Events[:1]
		tl.Events[0].Places = tt.at
		var buf bytes.Buffer
		if err := HTML(&buf, tl); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		m := regexp.MustCompile(`id="ev-` + regexp.QuoteMeta(tl.Events[0].ID) + `"[^>]* data-places="([^"]*)"`).FindSubmatch(buf.Bytes())
		if m == nil {
			t.Fatalf("%s: no data-places for %s in:\n%s", tt.name, tl.Events[0].ID, buf.String())
		}
		if got := string(m[1]); got != tt.want {
			t.Errorf("%s: data-places %q, want %q", tt.name, got, tt.want)
		}
		// The place filter offers exactly those places.
		for _, p := range tt.places {
			offered := strings.Contains(buf.String(), `<option value="`+p.ID+`">`)
			if want := slices.Contains(strings.Fields(tt.want), p.ID); offered != want {
				t.Errorf("%s: %s offered in the place filter: %v, want %v", tt.name, p.ID, offered, want)
			}
		}
	}
}
