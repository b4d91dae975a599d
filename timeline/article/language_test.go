package article

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestDetectLanguage(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The ministry said on Tuesday that talks would resume.", "en"},
		{"Министерство заявило во вторник, что переговоры возобновятся.", "ru"},
		{"外務省は30日、交渉を再開すると発表した。", "ja"},
		{"ロシア外務省", "ja"},
		// An English report quoting Russian and Japanese names stays English.
		{`The Russian side calls them the "Южные Курилы", Japan the "北方領土"; the talks stalled in 2022 over sanctions.`, "en"},
		// A Russian text with an English name and a date stays Russian.
		{"Премьер-министр Fumio Kishida прибыл в Москву 30 января.", "ru"},
		{"", "en"},
		{"2024-01-30", "en"},
		{"\xff\xfe broken", "en"},
	} {
		if got := DetectLanguage(c.in); got != c.want {
			t.Errorf("DetectLanguage(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormalizeLanguage(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"ru", "ru", true}, {"ru-RU", "ru", true}, {"RU", "ru", true}, {"ja-JP", "ja", true},
		{"jp", "ja", true}, {"en_GB", "en", true}, {" en ", "en", true}, {"fr", "fr", false}, {"", "", false},
	} {
		got, ok := NormalizeLanguage(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("NormalizeLanguage(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestParsePublishedRussianJapanese(t *testing.T) {
	msk := time.FixedZone("MSK", 3*3600)
	jst := time.FixedZone("JST", 9*3600)
	for _, c := range []struct {
		in   string
		loc  *time.Location
		want time.Time
		err  string
	}{
		{"30 января 2024 г.", nil, time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), ""},
		{"30 января 2024 года", nil, time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), ""},
		{"30 января 2024, 08:24", msk, time.Date(2024, 1, 30, 8, 24, 0, 0, msk), ""},
		{"30 января 2024, 08:24 МСК", nil, time.Date(2024, 1, 30, 8, 24, 0, 0, msk), ""},
		{"2024年1月30日 8時24分", nil, time.Date(2024, 1, 30, 8, 24, 0, 0, time.UTC), ""},
		{"2024年1月30日 8時24分 JST", nil, time.Date(2024, 1, 30, 8, 24, 0, 0, jst), ""},
		{"２０２４年１月３０日", jst, time.Date(2024, 1, 30, 0, 0, 0, 0, jst), ""},
		{"令和6年1月30日", nil, time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), ""},
		{"2024年1月30日 8時24分 +09:00", nil, time.Date(2024, 1, 29, 23, 24, 0, 0, time.UTC), ""},
		{"30 января", nil, time.Time{}, `cannot read publication time "30 января"`},
		{"в прошлом году", nil, time.Time{}, `cannot read publication time`},
		{"1月30日", nil, time.Time{}, `cannot read publication time`},
	} {
		got, err := ParsePublished(c.in, c.loc)
		if c.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), c.err) {
				t.Errorf("ParsePublished(%q) error = %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || !got.Equal(c.want) {
			t.Errorf("ParsePublished(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
}

func TestLanguageOfArticles(t *testing.T) {
	ru := "---\npublished: 2024-01-30\n---\nМИД России заявил 29 января, что переговоры невозможны.\n"
	a, err := ReadText("ru", []byte(ru), Options{})
	if err != nil || a.Language != "ru" || a.LanguageFrom != "detected" {
		t.Fatalf("Russian text: %+v, %v", a, err)
	}
	a, err = ReadText("ru", []byte(ru), Options{Language: "en"})
	if err != nil || a.Language != "en" || a.LanguageFrom != "--language" {
		t.Fatalf("--language en: %+v, %v", a, err)
	}
	tagged := "---\nlanguage: ja-JP\npublished: 2024-01-30\n---\nThe text is English but the metadata says Japanese.\n"
	if a, err = ReadText("ja", []byte(tagged), Options{}); err != nil || a.Language != "ja" || a.LanguageFrom != "metadata" {
		t.Fatalf("front matter language: %+v, %v", a, err)
	}
	unknown := "---\nlanguage: fr\npublished: 2024-01-30\n---\nМИД России заявил 29 января.\n"
	if a, err = ReadText("fr", []byte(unknown), Options{}); err != nil || a.Language != "ru" || a.LanguageFrom != "detected" {
		t.Fatalf("a language the tagger does not read: %+v, %v", a, err)
	}
	line := `{"id":"x","lang":"ru","dct":"2024-01-30","text":"Some text."}`
	if a, err = ParseLine([]byte(line), 1, Options{}); err != nil || a.Language != "ru" || a.LanguageFrom != "metadata" {
		t.Fatalf("JSON Lines lang: %+v, %v", a, err)
	}
	page := `<html lang="ja"><head><meta property="article:published_time" content="2024年1月30日 8時24分"></head><body><p>本文</p></body></html>`
	if a, err = ReadHTML("p", []byte(page), Options{}); err != nil || a.Language != "ja" || !a.Published.Equal(time.Date(2024, 1, 30, 8, 24, 0, 0, time.UTC)) {
		t.Fatalf("html lang and a Japanese published time: %+v, %v", a, err)
	}
}

func TestRussianJapaneseDatelines(t *testing.T) {
	for _, c := range []struct {
		body, lang string
		month, day int
		year       int
	}{
		{"Заголовок\nТОКИО, 30 января. /ТАСС/. Премьер-министр Японии заявил...", "ru", 1, 30, 0},
		{"МОСКВА, 7 фев — РИА Новости. Министр сказал...", "ru", 2, 7, 0},
		{"Заголовок\nМосква. 18 сентября. ИНТЕРФАКС - Угроза цунами...", "ru", 9, 18, 0},
		{"見出し\n2024年1月30日 8時24分\n外務省は発表した。", "ja", 1, 30, 2024},
	} {
		d := FindDatelineIn(c.body, c.lang)
		if d == nil || d.Month != c.month || d.Day != c.day || d.Year != c.year {
			t.Errorf("FindDatelineIn(%q) = %+v", c.body, d)
		}
	}
	// A sentence is not a dateline because its date comes early: Japanese
	// has no capitals, so a lead without them is no place in capitals, and
	// a line that goes on after its date is no byline.
	for _, body := range []string{
		"日ソ共同宣言は1956年10月19日にモスクワで署名され、両国の国交が回復した。",
		"1956年10月19日に宣言が署名された。",
		"宣言は10月19日に署名された。",
	} {
		if d := FindDatelineIn(body, "ja"); d != nil {
			t.Errorf("FindDatelineIn(%q) = %+v, want none: a sentence", body, d)
		}
	}
	for _, lead := range []string{"日ソ共同宣言は", "TOKYO, ", "Tokyo, ", "МОСКВА, "} {
		want := lead != "日ソ共同宣言は"
		if got := PlaceLead(lead); got != want {
			t.Errorf("PlaceLead(%q) = %v, want %v", lead, got, want)
		}
	}

	// A yearless dateline needs --published, with the same error as English.
	_, err := ReadText("tass", []byte("ТОКИО, 30 января. /ТАСС/. Текст.\n"), Options{})
	if !errors.Is(err, ErrYearUnknown) {
		t.Errorf("yearless Russian dateline: %v, want ErrYearUnknown", err)
	}
	_, err = ReadText("nhk", []byte("見出し\n1月30日 8時24分\n本文です。\n"), Options{})
	if !errors.Is(err, ErrYearUnknown) {
		t.Errorf("yearless Japanese byline: %v, want ErrYearUnknown", err)
	}
	a, err := ReadText("tass", []byte("ТОКИО, 30 января. /ТАСС/. Текст.\n"), Options{Published: time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)})
	if err != nil || a.Dateline == nil || a.Dateline.Day != 30 {
		t.Errorf("with --published: %+v, %v", a, err)
	}
}

// detectLanguageSlow is DetectLanguage as first written, by the definition:
// every letter counted, each script looked up in the unicode tables.
func detectLanguageSlow(text string) string {
	if len(text) > detectSpan {
		text = text[:detectSpan]
	}
	var latin, cyr, cjk int
	for _, r := range text {
		switch {
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r), unicode.Is(unicode.Han, r):
			cjk++
		case r >= 0xFF21 && r <= 0xFF5A:
			cjk++
		}
	}
	switch {
	case cjk*3 > latin && cjk*3 > cyr:
		return Japanese
	case cyr > latin && cyr > 0:
		return Russian
	}
	return English
}

// DetectLanguage's shortcuts (ASCII skipped eight bytes at a time, Latin
// letters counted only when another script is present, Unicode blocks
// before the tables) change no answer: every character alone and after
// Latin letters, and texts mixing the scripts near each threshold.
func TestDetectLanguageShortcuts(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		for _, s := range []string{string(r), "abcdefgh" + string(r), "ab" + string(r) + "cd" + string(r)} {
			if got, want := DetectLanguage(s), detectLanguageSlow(s); got != want {
				t.Fatalf("%q (U+%04X): %s, want %s", s, r, got, want)
			}
		}
	}
	for _, latin := range []int{0, 1, 5, 9, 10, 11, 30} {
		for _, other := range []string{"д", "日", "か", "Ａ", "\u0485", "é"} {
			for n := 0; n <= 12; n++ {
				s := strings.Repeat("x", latin) + " " + strings.Repeat(other, n) + "\xff" + strings.Repeat("Y", latin/2)
				if got, want := DetectLanguage(s), detectLanguageSlow(s); got != want {
					t.Errorf("%q: %s, want %s", s, got, want)
				}
			}
		}
	}
	long := strings.Repeat("english words ", detectSpan/14) + strings.Repeat("русский ", 10000)
	if got, want := DetectLanguage(long), detectLanguageSlow(long); got != want {
		t.Errorf("past the span: %s, want %s", got, want)
	}
}
