package temporal

import (
	"strings"
	"testing"
	"time"
)

// runLangCases is runCases for a tagger of another language.
func runLangCases(t *testing.T, tg *Tagger, anchor time.Time, cases []tc) {
	t.Helper()
	for _, c := range cases {
		var gs []string
		for _, m := range tg.Tag(c.in, anchor) {
			d := m.Date.String()
			if m.Date.IsZero() {
				d = "-"
			}
			gs = append(gs, strings.Join([]string{m.Text, string(m.Type), m.Value, m.Mod, d}, "|"))
		}
		if len(gs) != len(c.want) {
			t.Errorf("%q:\n got  %q\n want %q", c.in, gs, c.want)
			continue
		}
		for i := range gs {
			w := strings.Split(c.want[i], "|")
			g := strings.Split(gs[i], "|")
			for k := range w {
				if k >= 3 && w[k] == "" {
					continue
				}
				if w[k] != g[k] {
					t.Errorf("%q: mention %d = %q, want %q", c.in, i, gs[i], c.want[i])
					break
				}
			}
		}
	}
}

func TestForLanguage(t *testing.T) {
	for _, c := range []struct {
		code, want string
		ok         bool
	}{
		{"en", "en", true}, {"ru", "ru", true}, {"ru-RU", "ru", true}, {"ja", "ja", true},
		{"ja_JP", "ja", true}, {"", "en", false}, {"fr", "en", false},
	} {
		tg, ok := ForLanguage(c.code)
		if tg.Language() != c.want || ok != c.ok {
			t.Errorf("ForLanguage(%q) = %s, %v; want %s, %v", c.code, tg.Language(), ok, c.want, c.ok)
		}
	}
}
