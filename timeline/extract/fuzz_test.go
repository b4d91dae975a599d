package extract

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline/article"
)

// FuzzExtractJSON is the readers' property seen through extract's JSON: for
// any text an article reader accepts, the article's metadata comes back out
// of the JSON unchanged, and every mention's offsets lie inside the body and
// slice to the mention's text.
func FuzzExtractJSON(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: Talks\npublisher: Test\nurl: https://example.org/a\n---\nTOKYO, January 30. /TASS/. Talks resume in March.\n",
		"МОСКВА, 7 фев — РИА Новости. Переговоры состоятся в начале марта.",
		"2024年1月30日 8時24分\n令和6年２月に協議する。",
		"no dates\x00 here", "\xff\xfeJanuary", "---\nlanguage: ja\n---\nMonday \u2028 1945",
	} {
		f.Add([]byte(s))
	}
	pub := time.Date(2024, 1, 30, 8, 24, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := article.ReadText("fuzz", data, article.Options{Published: pub})
		if err != nil {
			return
		}
		r := Tag(a)
		var doc struct {
			ID, URL, Title, Publisher, Published, Language string
			Mentions                                       []struct {
				Start, End int
				Text       string
			}
		}
		out := Append(nil, FormatJSON, r)
		if err := json.Unmarshal(out, &doc); err != nil {
			t.Fatalf("JSON output does not decode: %v\n%s", err, out)
		}
		if doc.ID != a.ID || doc.URL != a.URL || doc.Title != a.Title || doc.Publisher != a.Publisher || doc.Language != a.Language {
			t.Fatalf("metadata changed on the way out: %+v, article %+v", doc, a)
		}
		if got, err := time.Parse(time.RFC3339, doc.Published); err != nil || !got.Equal(a.Published) {
			t.Fatalf("published %q, article %v (%v)", doc.Published, a.Published, err)
		}
		if len(doc.Mentions) != len(r.Mentions) {
			t.Fatalf("%d mentions in the JSON, %d tagged", len(doc.Mentions), len(r.Mentions))
		}
		for _, m := range doc.Mentions {
			if m.Start < 0 || m.End > len(a.Body) || m.Start >= m.End || a.Body[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v does not slice the body of %d bytes to its text", m, len(a.Body))
			}
		}
	})
}
