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

// TestLanguagesOnFragments tags strings glued from fragments of all three
// languages' expressions, cut at random bytes, with each tagger: no panic,
// and spans in order, inside the text and on rune boundaries.
func TestLanguagesOnFragments(t *testing.T) {
	frags := []string{
		"30 января 2024 года", "в 2022–2023 гг.", "1990-е", "XX века", "три года назад", "с 16 по", "21:58 четверга мск",
		"06.43 по местному времени", "не один год", "каждый год с мая по октябрь", "уик-энд", "г.", "-го",
		"令和元年5月1日", "平成十八年二月十四日", "２０２４年１月３０日（火）", "午後3時半すぎ", "11時30分(日本時間17時30分)頃",
		"3〜5日", "年2回以上", "3カ月ごと", "40年前のこの日", "R6年度", "先月18日", "同日午後", "88.5歳", "一九〇四年",
		"January 30, 2024", "the second half of February", "2019/6/29 18:14", "(", ")", "〜", "。", "、", " ", "\n",
		"\xe5", "\x80", "\xff", "年", "月", "日", "時", "元", "明治",
	}
	var a = anchor2024
	seed := uint32(1)
	next := func(n int) int { // xorshift: deterministic, no wall clock
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return int(seed % uint32(n))
	}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for k := next(6) + 1; k > 0; k-- {
			f := frags[next(len(frags))]
			if next(4) == 0 && len(f) > 1 {
				f = f[:next(len(f))]
			}
			b.WriteString(f)
		}
		s := b.String()
		var anchor time.Time
		if i%3 != 0 {
			anchor = a
		}
		for _, tg := range []*Tagger{english, russian, japanese} {
			checkMentions(t, s, tg.Tag(s, anchor))
		}
	}
}

func TestTagLimitInEveryLanguage(t *testing.T) {
	for _, c := range []struct {
		tg   *Tagger
		unit string
	}{{english, "30 January. "}, {russian, "30 января. "}, {japanese, "1月30日。"}} {
		text := strings.Repeat(c.unit, 50)
		ms, more := c.tg.TagLimit(text, anchor2024, 7)
		if len(ms) != 7 || !more {
			t.Errorf("%s: TagLimit(…, 7) = %d mentions, more %v; want 7, true", c.tg.Language(), len(ms), more)
		}
		if ms, more := c.tg.TagLimit(text, anchor2024, 100); len(ms) != 50 || more {
			t.Errorf("%s: TagLimit(…, 100) = %d mentions, more %v; want 50, false", c.tg.Language(), len(ms), more)
		}
	}
}
