package temporal

import (
	"os"
	"testing"
	"time"
)

// TestDebug prints the mentions of $TEMPORAL_DEBUG (a development aid),
// anchored on $TEMPORAL_ANCHOR (YYYY-MM-DD) if set, in the language
// $TEMPORAL_LANG (en, ru, ja; English by default).
func TestDebug(t *testing.T) {
	text := os.Getenv("TEMPORAL_DEBUG")
	if text == "" {
		t.Skip("set TEMPORAL_DEBUG to a text to see its mentions")
	}
	anchor := time.Date(1998, 2, 13, 12, 0, 0, 0, time.UTC)
	if a := os.Getenv("TEMPORAL_ANCHOR"); a != "" {
		anchor, _ = time.Parse("2006-01-02", a)
	}
	tg, _ := ForLanguage(os.Getenv("TEMPORAL_LANG"))
	for _, m := range tg.Tag(text, anchor) {
		t.Logf("%q %s %s mod=%s date=%s rule=%s", m.Text, m.Type, m.Value, m.Mod, m.Date, m.Rule)
	}
}
