package article

import (
	"os"
	"testing"
	"time"
)

func seeds(f *testing.F) {
	if b, err := os.ReadFile(seedPath); err == nil {
		f.Add(b)
	}
	if b, err := os.ReadFile(rawPath); err == nil {
		f.Add(b)
	}
	f.Add([]byte(testPage))
	for _, s := range []string{"", "---\n", "---\n---\n", "---\ntitle: [\n---\n", "TOKYO, January 30. /TASS/.", "\xff\xfe", "<html><p>x", `{"id":"a","text":"b"}`, "<script>", "---\npublished: 30.01.2024\n---\nx",
		"ТОКИО, 30 января. /ТАСС/. Текст", "---\npublished: 30 января 2024 г.\n---\nМИД России", "---\npublished: 令和6年1月30日\n---\n外務省",
		"見出し\n2024年1月30日 8時24分\n本文", "МОСКВА, 7 фев — РИА\xff Новости", "<html lang=\"ja\"><p>令和\xe5\x85年", `{"id":"a","lang":"ru","text":"30 января"}`} {
		f.Add([]byte(s))
	}
}

// The readers must never panic, and a body they return must be valid text
// with its dateline span inside it.
func FuzzReadText(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadText("fuzz", data, Options{Published: time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)})
		checkArticle(t, a, err)
	})
}

func FuzzReadHTML(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadHTML("fuzz", data, Options{})
		checkArticle(t, a, err)
	})
}

func FuzzParseLine(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseLine(data, 1, Options{})
		if err == nil && a == nil {
			t.Fatal("nil article without error")
		}
	})
}

func checkArticle(t *testing.T, a *Article, err error) {
	t.Helper()
	if err != nil {
		return
	}
	if a == nil {
		t.Fatal("nil article without error")
	}
	if d := a.Dateline; d != nil {
		if d.Start < 0 || d.End > len(a.Body) || d.Start >= d.End || a.Body[d.Start:d.End] != d.Text {
			t.Fatalf("dateline span %d-%d outside body of %d bytes or not its text", d.Start, d.End, len(a.Body))
		}
	}
}
