package article

import (
	"fmt"
	"strings"
	"time"
)

// checkPublished refuses what dateparse reads without complaint but wrongly:
// a zone name such as "Pacific/Chatham", which it drops (the time would be
// read in UTC, hours off), and years outside 0001–9999, which no output
// format can write.
func checkPublished(s string, t time.Time) error {
	if name := zoneName(s); name != "" {
		return fmt.Errorf("publication time %s: time zone name %q is not supported; write an offset such as +13:45", quoteShort(s), name)
	}
	for _, y := range []int{t.Year(), t.UTC().Year()} {
		if y < 1 || y > 9999 {
			return fmt.Errorf("publication time %s: year %d is outside 0001–9999", quoteShort(s), y)
		}
	}
	return nil
}

// zoneName finds a word shaped like a tz database name ("Pacific/Chatham",
// "America/Argentina/Buenos_Aires", "Etc/GMT+12").
func zoneName(s string) string {
	for _, f := range strings.Fields(s) {
		a, b, ok := strings.Cut(f, "/")
		if ok && a != "" && b != "" && isLetters(a) && strings.IndexFunc(b[:1], isLetter) == 0 {
			return f
		}
	}
	return ""
}

func isLetters(s string) bool {
	for _, r := range s {
		if !isLetter(r) {
			return false
		}
	}
	return true
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
