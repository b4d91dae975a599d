package temporal

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

// TestSeedArticle checks the tagger on the project's seed article (TASS,
// 30 January 2024): exactly these mentions, and nothing from "after World
// War II" or "After the war".
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../data/articles/tass-2024-01-30-kishida-peace-treaty.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	body := string(b)
	if i := strings.Index(body[3:], "\n---\n"); strings.HasPrefix(body, "---\n") && i >= 0 {
		body = body[3+i+len("\n---\n"):]
	} else {
		t.Fatal("no front matter")
	}
	anchor := time.Date(2024, 1, 30, 8, 24, 0, 0, time.FixedZone("MSK", 3*3600))
	type want struct {
		text, typ, value, date string
		modOK                  func(string) bool
	}
	any := func(string) bool { return true }
	mid := func(m string) bool { return m == "MID" }
	wants := []want{
		{"January 30, 8:24", "TIME", "2024-01-30T08:24", "2024-01-30", any},
		{"the second half of February", "DATE", "2024-02", "2024-02-15/2024-02-29", any},
		{"January 30", "DATE", "2024-01-30", "2024-01-30", any},
		{"the second half of February", "DATE", "2024-02", "2024-02-15/2024-02-29", any},
		{"the middle of last century", "DATE", "19", "194X/196X", mid},
		{"March 2022", "DATE", "2022-03", "2022-03", any},
	}
	got := Tag(body, anchor)
	for i, m := range got {
		t.Logf("%d: %q %s %s mod=%q date=%s rule=%s", i, m.Text, m.Type, m.Value, m.Mod, m.Date, m.Rule)
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d mentions, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		m := got[i]
		if m.Text != w.text || string(m.Type) != w.typ || m.Value != w.value || m.Date != edtf.MustParse(w.date) || !w.modOK(m.Mod) {
			t.Errorf("mention %d = %q %s %s mod=%q date=%s; want %q %s %s date=%s", i, m.Text, m.Type, m.Value, m.Mod, m.Date, w.text, w.typ, w.value, w.date)
		}
		if body[m.Start:m.End] != m.Text {
			t.Errorf("mention %d: span %d-%d is %q, not %q", i, m.Start, m.End, body[m.Start:m.End], m.Text)
		}
	}
	// The dateline alone, with no anchor, as the article reader calls it.
	for _, line := range []string{"TOKYO, January 30. /TASS/.", "MOSCOW, Oct 24 (Reuters) -", "World January 30, 8:24"} {
		ms := Tag(line, time.Time{})
		if len(ms) != 1 {
			t.Errorf("%q: %d mentions, want 1", line, len(ms))
			continue
		}
		mo, d, ok := MonthDay(ms[0])
		if !ok || !strings.HasPrefix(ms[0].Value, "XXXX-") {
			t.Errorf("%q: value %q, MonthDay %d %d %v", line, ms[0].Value, mo, d, ok)
		}
	}
}

var readFile = os.ReadFile
