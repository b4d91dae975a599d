package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline/article"
)

// A large article without sentence ends and full of dates stays linear:
// candidates are built in well under a second.
func TestCandidatesLargeArticle(t *testing.T) {
	body := strings.Repeat("talks resumed on 3 March 2022 and again ", 50000) // 2 MB, 50,000 dates, no full stop
	a := &article.Article{ID: "big", Body: body, Published: time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)}
	r := Tag(a)
	cands := Candidates(r)
	// Tag keeps MaxMentions of the 50,000 dates and says it left some out.
	if len(r.Mentions) != MaxMentions || !r.Capped || len(cands) < MaxMentions {
		t.Fatalf("%d mentions, %d candidates for 50,000 dates, capped %v", len(r.Mentions), len(cands), r.Capped)
	}
	for _, c := range cands[:10] {
		if len(c.Sentence) > 2*maxSentence+len(c.Mention) {
			t.Errorf("sentence of %d bytes", len(c.Sentence))
		}
	}
}
