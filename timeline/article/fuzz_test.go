package article

import (
	"encoding/json"
	"os"
	"reflect"
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
	for _, s := range []string{"", "---\n", "---\n---\n", "---\ntitle: [\n---\n", "TOKYO, January 30. /TASS/.", "\xff\xfe", "<html><p>x", `{"id":"a","text":"b"}`, `{"id":"x","url":"https://example.org/a","title":"T","publisher":"P","language":"en","dct":"2024-01-30T08:24:00+03:00","text":"On Monday."}`, "<script>", "---\npublished: 30.01.2024\n---\nx", "x\x1b[2J\u009b\r\n", "---\nurl: javascript:x\n---\nx", "---\npublished: 2024-01-30 Pacific/Chatham\n---\nx",
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

// FuzzParseLine: besides the readers' properties, a LineParser, its buffer
// left by the inputs before, gives what ParseLine gives.
func FuzzParseLine(f *testing.F) {
	seeds(f)
	var p LineParser
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseLine(data, 1, Options{})
		checkArticle(t, a, err)
		if err == nil {
			checkLineRoundTrip(t, a)
		}
		b, berr := p.Parse(data, 1, Options{})
		checkSameParse(t, data, a, err, b, berr)
	})
}

// checkSameParse fails unless a LineParser's result (b, berr) is
// ParseLine's (a, err) for line.
func checkSameParse(t *testing.T, line []byte, a *Article, err error, b *Article, berr error) {
	t.Helper()
	if (err == nil) != (berr == nil) || err != nil && err.Error() != berr.Error() {
		t.Fatalf("%q: ParseLine gave error %v, LineParser %v", line, err, berr)
	}
	if err == nil && !reflect.DeepEqual(a, b) {
		t.Fatalf("%q: LineParser gave\n%+v\nParseLine\n%+v", line, b, a)
	}
}

// checkLineRoundTrip is ParseLine's property: an article it returns, written
// back as a corpus line, reads back with the same fields.
func checkLineRoundTrip(t *testing.T, a *Article) {
	t.Helper()
	c := corpusLine{ID: a.ID, URL: a.URL, Title: a.Title, Publisher: a.Publisher, Language: a.Language, Text: &a.Body}
	if !a.Published.IsZero() {
		c.Published = a.Published.Format(time.RFC3339Nano)
	}
	line, err := json.Marshal(c)
	if err != nil {
		t.Fatalf("marshal %+v: %v", c, err)
	}
	b, err := ParseLine(line, 1, Options{})
	if err != nil {
		t.Fatalf("%s does not read back: %v", line, err)
	}
	if b.ID != a.ID || b.URL != a.URL || b.Title != a.Title || b.Publisher != a.Publisher ||
		b.Language != a.Language || b.Body != a.Body || !b.Published.Equal(a.Published) {
		t.Fatalf("round trip changed the article:\n got %+v\nwant %+v", b, a)
	}
}

func checkArticle(t *testing.T, a *Article, err error) {
	t.Helper()
	if err != nil {
		return
	}
	if a == nil {
		t.Fatal("nil article without error")
	}
	for _, f := range []string{a.ID, a.Title, a.Publisher, a.Language, a.Body} {
		if i := controlAt(f, 0); i >= 0 {
			t.Fatalf("control character at %d of %q", i, f)
		}
	}
	if a.URL != "" && !HTTPURL(a.URL) {
		t.Fatalf("url %q is not absolute http(s)", a.URL)
	}
	if y := a.Published.Year(); !a.Published.IsZero() && (y < 1 || y > 9999) {
		t.Fatalf("published %v", a.Published)
	}
	if d := a.Dateline; d != nil {
		if d.Start < 0 || d.End > len(a.Body) || d.Start >= d.End || a.Body[d.Start:d.End] != d.Text {
			t.Fatalf("dateline span %d-%d outside body of %d bytes or not its text", d.Start, d.End, len(a.Body))
		}
	}
}
