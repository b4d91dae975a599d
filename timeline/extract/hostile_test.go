package extract

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline/article"
)

// within fails the test when f takes longer than limit. The limits are far
// above the time these take (milliseconds to a second) and far below what
// the quadratic code took, so a loaded machine cannot fail them.
func within(t *testing.T, limit time.Duration, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(limit):
		t.Fatalf("%s takes over %v", what, limit)
	}
}

// One long line repeating the publication date: the dateline check read back
// to the line start and split it into words for every mention, quadratic on
// such a line (512 KB of it took about 45 s). Here each check is timed on a
// mention 8 MB into one line: a thousand of them took about 30 s, now
// microseconds, so the limit holds on a loaded machine and under -race.
func TestCandidatesOneLongLine(t *testing.T) {
	pub := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	body := strings.Repeat("TOKYO, ", 8<<20/7) + "TOKYO, January 30, 2024"
	a := &article.Article{ID: "line", Body: body, Published: pub}
	ms := Tag(&article.Article{ID: "tail", Body: "TOKYO, January 30, 2024", Published: pub}).Mentions
	if len(ms) != 1 {
		t.Fatalf("mentions %+v", ms)
	}
	m := ms[0]
	m.Start, m.End = m.Start+len(body)-len(m.Text)-7, len(body)
	if body[m.Start:m.End] != m.Text {
		t.Fatalf("span %q", body[m.Start:m.End])
	}
	within(t, 5*time.Second, "a thousand dateline checks 8 MB into a line", func() {
		for range 1000 {
			if restatesPublication(a, m) {
				t.Fatal("a date 8 MB into a line taken for a dateline")
			}
		}
	})
}

func TestRestatesPublication(t *testing.T) {
	pub := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		body string
		want bool
	}{
		{"Title\nTOKYO, January 30, 2024 - Talks.", true},
		{"Title\nMOSCOW January 30, 2024", true},
		{"Title\nThe ministers said they met on January 30, 2024.", false},
		{"Title\n" + strings.Repeat("x", 100) + " January 30, 2024", false},
	} {
		a := &article.Article{ID: "a", Body: tt.body, Published: pub}
		r := Tag(a)
		if len(r.Mentions) != 1 {
			t.Fatalf("%q: %d mentions", tt.body, len(r.Mentions))
		}
		if got := restatesPublication(a, r.Mentions[0]); got != tt.want {
			t.Errorf("%q: restatesPublication = %v, want %v", tt.body, got, tt.want)
		}
	}
}

// The streamed JSON is the document encoding/json would write: it decodes,
// with or without mentions, and says the same as the mentions.
func TestWriteJSONDecodes(t *testing.T) {
	pub := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	for _, body := range []string{"No dates here.", "In March 2022 <b>&</b> on Monday, \"quoted\" \u2028 and in May.", strings.Repeat("January ", 12000)} {
		r := Tag(&article.Article{ID: "a<b>", URL: "https://example.org/?a=1&b=2", Body: body, Published: pub})
		var doc struct {
			ID       string
			URL      string
			Mentions []struct {
				Start, End int
				Text       string
				Sentence   string
			}
		}
		out := Append(nil, FormatJSON, r)
		if err := json.Unmarshal(out, &doc); err != nil {
			t.Fatalf("%.40q: %v\n%s", body, err, out[:min(len(out), 500)])
		}
		if doc.ID != "a<b>" || doc.URL != "https://example.org/?a=1&b=2" || len(doc.Mentions) != len(r.Mentions) {
			t.Errorf("%.40q: %+v", body, doc)
		}
		for i, m := range doc.Mentions {
			if m.Start != r.Mentions[i].Start || body[m.Start:m.End] != m.Text || !strings.Contains(m.Sentence, m.Text) || len(m.Sentence) > 2*ExcerptSide+len(m.Text)+6 {
				t.Fatalf("mention %d: %+v", i, m)
			}
		}
	}
}

func TestExcerpt(t *testing.T) {
	body := "First one. " + strings.Repeat("word ", 100) + "in May 2022 " + strings.Repeat("more ", 100) + "end. Next."
	start := strings.Index(body, "May 2022")
	s, e, cutS, cutE := Excerpt(body, start, start+8)
	if !cutS || !cutE || start-s > ExcerptSide || e-start-8 > ExcerptSide || body[s:s+5] != "word " || body[e-4:e] != "more" {
		t.Errorf("excerpt %q %v %v", body[s:e], cutS, cutE)
	}
	short := "First one. Then in May 2022 it ended. Next."
	start = strings.Index(short, "May")
	s, e, cutS, cutE = Excerpt(short, start, start+8)
	if cutS || cutE || short[s:e] != "Then in May 2022 it ended." {
		t.Errorf("excerpt %q %v %v", short[s:e], cutS, cutE)
	}
}

// A huge worker count is clamped, not a crash (make(chan, 2*workers) panicked).
func TestHugeWorkers(t *testing.T) {
	huge := 1 << 62
	if ClampWorkers(huge) != MaxWorkers || ClampWorkers(0) != 1 || ClampWorkers(3) != 3 {
		t.Errorf("ClampWorkers: %d %d %d", ClampWorkers(huge), ClampWorkers(0), ClampWorkers(3))
	}
	corpus := `{"id": "a", "dct": "2024-01-30", "text": "In May."}` + "\n"
	var out strings.Builder
	if _, err := Corpus(strings.NewReader(corpus), &out, CorpusOptions{Format: FormatJSONL, Workers: huge}); err != nil || !strings.Contains(out.String(), `"text": "May"`) {
		t.Errorf("Corpus: %v %q", err, out.String())
	}
	cands, err := CandidatesFrom([]string{"-"}, strings.NewReader(corpus), article.Options{}, huge, func(err error) { t.Error(err) })
	if err != nil || len(cands) == 0 {
		t.Errorf("CandidatesFrom: %v, %d candidates", err, len(cands))
	}
}
