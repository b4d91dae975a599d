package extract

import (
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
// to the line start from every mention (512 KB took about 45 s).
func TestCandidatesOneLongLine(t *testing.T) {
	pub := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	body := strings.Repeat("TOKYO, January 30, 2024 ", 512<<10/24)
	a := &article.Article{ID: "line", Body: body, Published: pub}
	within(t, 10*time.Second, "candidates of a 512 KB line", func() {
		cands := Candidates(Tag(a))
		if len(cands) == 0 || !cands[0].Dateline {
			t.Errorf("first candidate %+v is not the dateline", cands[:min(1, len(cands))])
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
