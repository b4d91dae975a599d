package merge

import (
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
)

// TestExplanationLines: what the explanation of each kind of decision
// shows, and what it leaves out.
func TestExplanationLines(t *testing.T) {
	tl := familyFixture(t)
	set := at("s", "2024-01-30", "Russia marks the 1956 Joint Declaration every September 3.", "", "")
	set.Mention, set.Start, set.End, set.Type, set.Value, set.Set = "every September 3", set.SentenceStart+40, set.SentenceStart+57, "SET", "XXXX-09-03", true
	dateline := at("a", "2024-01-30", "TOKYO, January 30 (Wire) - Japan and Russia agreed to talk.", "January 30", "2024-01-30")
	dateline.Dateline = true
	noLanguage := at("n", "2024-01-30", "Former islanders held a memorial service at sea on 20 July 2025.", "20 July 2025", "2025-07-20")
	noLanguage.Article.Language = ""
	japanese := at("j", "2024-01-30", "2023年5月5日、日ソ共同宣言について議論した。", "2023年5月5日", "2023-05-05")
	for _, tt := range []struct {
		name     string
		cand     timeline.Candidate
		conflict float64
		want     []string
		not      []string
	}{
		{"a recurring date joined by alias", set, 0, []string{
			`s: "Russia marks the 1956 Joint Declaration every September 3." [en]` + "\n",
			`date: "every September 3" = XXXX-09-03 (a recurring date: only an alias can tie this sentence to an event)`,
			"terms: russia=@russia mark joint declar every\n",
			`aliases: "the 1956 Joint Declaration" of 1956-10-19-joint-declaration` + "\n",
			`joined by alias: 1956-10-19-joint-declaration (1956-10-19), score 2.50 = alias "the 1956 Joint Declaration" 2.50` + "\n",
			"verdict: evidence on 1956-10-19-joint-declaration\n",
			`why: no one-off date; the alias "the 1956 Joint Declaration" names 1956-10-19-joint-declaration`,
		}, []string{"thresholds:", "best event", "reaches the join threshold", "events share its aliases"}},
		{"a dateline", dateline, 0, []string{
			`date: "January 30" = 2024-01-30 (30 January 2024) at 420-430, restating the publication date` + "\n",
			"terms: tokyo=@japan tokyo=@tokyo wire russia=@russia agre talk\n",
			"best event the date fits: none\n",
			"best event the date does not fit: none\n",
			"thresholds: join 1.60, conflict 4.50 (without alias)\n",
			"verdict: unattached: restates the publication date",
		}, []string{"why:", "aliases:"}},
		{"an article without a language, a long event", noLanguage, 0, []string{
			`n: "Former islanders held a memorial service at sea on 20 July 2025."` + "\n",
			"score 2.70 = memorial 1.00 + sea 1.00 + island 0.70 (an event longer than a year: names do not count)\n",
			"why: score 2.70 reaches the join threshold 1.60",
		}, []string{"[", "restating"}},
		{"an alias of two events", at("u", "2024-01-30", "Joint economic activities remain frozen.", "", ""), 0, []string{
			"date: none (only an alias can tie this sentence to an event)\n",
			`aliases: "joint economic activities" of 2016-12-15-summit-agrees-joint-activities, "joint economic activities" of 2022-03-21-dialogue-withdrawn` + "\n",
			"(2 events share its aliases; a sentence in the present tense is about the one nearest the publication)",
		}, nil},
		{"no date, no alias", at("x", "2024-01-30", "It snowed heavily.", "", ""), 0, []string{
			"terms: snow heavily\n",
			"verdict: none: no date, and no alias of an event",
		}, []string{"aliases:", "why:", "joined by alias"}},
		// An alias in Japanese brings no words: it alone reaches the event
		// the date does not fit, when it weighs enough for a conflict to
		// be considered (half the threshold and the whole of it).
		{"an alias of an event of another date", japanese, 2.5, []string{
			`aliases: "日ソ共同宣言" of 1956-10-19-joint-declaration` + "\n",
			`best event the date does not fit: 1956-10-19-joint-declaration (1956-10-19), score 2.50 = alias "日ソ共同宣言" 2.50` + "\n",
			"thresholds: join 1.60, conflict 2.50 (without alias)\n",
			"verdict: unattached: no actor",
		}, nil},
		{"an alias weighing too little for a conflict", japanese, 2.6, []string{
			"best event the date does not fit: none\n",
		}, nil},
	} {
		r := Run(tl, []timeline.Candidate{tt.cand}, Options{ConflictThreshold: tt.conflict})
		got := r.Explanation(&r.Decisions[0])
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: the explanation lacks %q:\n%s", tt.name, w, got)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: the explanation shows %q:\n%s", tt.name, w, got)
			}
		}
	}
}

// TestExplainWhichDecisions: Explain covers the decisions of an article,
// and those that name an event (or proposal) by their outcome, their best
// matches or their aliases; IDs lists every id it knows, once each, sorted.
func TestExplainWhichDecisions(t *testing.T) {
	tl := familyFixture(t)
	cands := []timeline.Candidate{
		at("j", "2024-01-30", "2023年5月5日、日ソ共同宣言について議論した。", "2023年5月5日", "2023-05-05"),
		at("k", "2024-01-30", "Abe and Putin met in Moscow on 22 January 2019.", "22 January 2019", "2019-01-22"),
		at("k", "2024-01-30", "Abe and Putin spoke again on 23 January 2019.", "23 January 2019", "2019-01-23"),
		at("k", "2024-01-30", "Japan recalled the 1956 Joint Declaration.", "", ""),
	}
	r := Run(tl, cands, Options{ConflictThreshold: 2.5})
	for _, tt := range []struct {
		id   string
		want int
	}{
		{"1956-10-19-joint-declaration", 2}, // by its alias, in both
		{"2019-01-22-moscow-meeting", 1},
		{"2019-01-23-spoke", 1}, // the proposal
		{"k", 3},
		{"j", 1},
		{"2016-12-15-summit-agrees-joint-activities", 0},
		{"nothing", 0},
	} {
		var b strings.Builder
		n := r.Explain(&b, tt.id)
		if n != tt.want || strings.Count(b.String(), "verdict: ") != n {
			t.Errorf("Explain(%s) = %d:\n%s\nwant %d", tt.id, n, b.String(), tt.want)
		}
	}
	want := "1956-10-19-joint-declaration 2016-12-15-summit-agrees-joint-activities 2019-01-22-moscow-meeting 2019-01-23-spoke 2022-03-21-dialogue-withdrawn 2022-06-07-sea-memorials j k"
	if got := strings.Join(r.IDs(), " "); got != want {
		t.Errorf("IDs = %s\nwant %s", got, want)
	}
}

// TestClosestRules: "did you mean" keeps the ids within an edit distance
// of three, or a third of the id's length; an id holding the other counts
// a quarter of the length between them, one whose words hold the other's
// one more than the words it adds. Nearest first, then by id; three at most.
func TestClosestRules(t *testing.T) {
	for _, tt := range []struct {
		id   string
		ids  []string
		want string
	}{
		// Twelve bytes: up to four edits.
		{"abcdefghijkl", []string{"abcdefgVWXYZ", "abcdefghWXYZ"}, "abcdefghWXYZ"},
		// Three bytes: up to three edits.
		{"abc", []string{"xyzw", "xyz"}, "xyz"},
		// "treaty" in "treaty-talks": six bytes more count 1.
		{"treaty", []string{"treaty-talks"}, "treaty-talks"},
		{"treaty-talks", []string{"treaty"}, "treaty"},
		{"treaty", []string{"treaty-talks-in-moscow"}, ""}, // 16 more: 4
		// The words of the id within four more words: 5, within a third of 22.
		{"1956-joint-declaration", []string{"1956-10-19-soviet-japanese-joint-declaration"}, "1956-10-19-soviet-japanese-joint-declaration"},
		{"1956-joint-declaration", []string{"1956-10-19-soviet-japanese-joint-declaration-and-protocol-text"}, ""},
		// Nearest first: 0 (two bytes more), 1 (one edit), 3 (13 bytes
		// more); ties by id.
		{"summit-talks", []string{"summit-talks-in-osaka-now", "summit-talks-2", "summit-walks"}, "summit-talks-2 summit-walks summit-talks-in-osaka-now"},
		{"1956-joint-declaration", []string{"1956-10-19-soviet-japanese-joint-declaration", "1956-joint-declarations"}, "1956-joint-declarations 1956-10-19-soviet-japanese-joint-declaration"},
		{"abcdef", []string{"abcdxx", "abcdex", "abcxxx", "abcdey"}, "abcdex abcdey abcdxx"},
		{"abcdef", []string{"abcdxx", "abcdex"}, "abcdex abcdxx"},
	} {
		if got := strings.Join(Closest(tt.id, tt.ids), " "); got != tt.want {
			t.Errorf("Closest(%s, %q) = %q, want %q", tt.id, tt.ids, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"abc", "abc", 0},
		{"a", "b", 1},
		{"kitten", "sitting", 3},
		{"sitting", "kitten", 3},
		{"flaw", "lawn", 2},
		{"abcdef", "azced", 3},
	} {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
