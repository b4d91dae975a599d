package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sharedArticles are the real articles beside the repository
// (../shared/articles), or the test is skipped.
func sharedArticles(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "articles")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("skipping: no shared articles in %s (they are beside the repository in CI)", dir)
	}
	return paths
}

type jsonOut struct {
	Events []struct {
		ID       string `json:"id"`
		Status   string `json:"status"`
		Evidence []struct {
			Article  struct{ ID string } `json:"article"`
			Sentence string              `json:"sentence"`
			Mention  string              `json:"mention"`
		} `json:"evidence"`
	} `json:"events"`
	Conflicts []struct {
		Event    string `json:"event"`
		Evidence struct {
			Article  struct{ ID string } `json:"article"`
			Sentence string              `json:"sentence"`
			Mention  string              `json:"mention"`
		} `json:"evidence"`
	} `json:"conflicts"`
	Unattached []struct {
		Article  struct{ ID string } `json:"article"`
		Sentence string              `json:"sentence"`
		Mention  string              `json:"mention"`
		Reason   string              `json:"reason"`
	} `json:"unattached"`
}

// explained is one block of --explain output.
type explained struct {
	sentence, mention, verdict string
}

var (
	explainHead = regexp.MustCompile(`^[^ ]+: ("(?:[^"\\]|\\.)*")(?: \[[a-z]+\])?$`)
	explainDate = regexp.MustCompile(`^  date: ("(?:[^"\\]|\\.)*") = `)
)

func parseExplain(t *testing.T, stderr string) []explained {
	t.Helper()
	var out []explained
	for _, block := range strings.Split(stderr, "\n\n") {
		lines := strings.Split(strings.TrimSpace(block), "\n")
		for len(lines) > 1 && strings.HasPrefix(lines[0], "timeline: ") {
			lines = lines[1:] // the command's own notes, before the first explanation
		}
		m := explainHead.FindStringSubmatch(lines[0])
		if m == nil {
			continue // "timeline: using data folder ..."
		}
		s, err := strconv.Unquote(m[1])
		if err != nil {
			t.Fatalf("explain header %q: %v", lines[0], err)
		}
		e := explained{sentence: strings.Join(strings.Fields(s), " ")}
		for _, l := range lines[1:] {
			l = strings.TrimSpace(l)
			if d := explainDate.FindStringSubmatch("  " + l); d != nil {
				e.mention, _ = strconv.Unquote(d[1])
			}
			if v, ok := strings.CutPrefix(l, "verdict: "); ok {
				e.verdict = v
			}
		}
		if e.verdict == "" {
			t.Fatalf("explanation without a verdict:\n%s", block)
		}
		out = append(out, e)
	}
	return out
}

// TestExplainAgreesWithBuild runs build --format json --explain ARTICLE on
// every shared article and checks each verdict the explanation prints
// against the JSON written by the same run, both ways: every verdict is in
// the output, and the output holds nothing that no verdict announced.
func TestExplainAgreesWithBuild(t *testing.T) {
	for _, path := range sharedArticles(t) {
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(id, func(t *testing.T) {
			var stdout, stderr strings.Builder
			code := run([]string{"build", "--data", filepath.Join("..", "..", "data"), "--format", "json", "--articles", path, "--explain", id},
				strings.NewReader(""), &stdout, &stderr)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			var out jsonOut
			if err := json.Unmarshal([]byte(stdout.String()), &out); err != nil {
				t.Fatal(err)
			}
			type item struct{ where, sentence, mention string }
			have := map[item]int{}
			sentences := map[string]bool{}
			for _, e := range out.Events {
				for _, ev := range e.Evidence {
					if ev.Article.ID != id {
						continue
					}
					where := "evidence on " + e.ID
					if e.Status == "proposed" {
						where = "proposal " + e.ID
					}
					have[item{where, ev.Sentence, ev.Mention}]++
					sentences[ev.Sentence] = true
				}
			}
			for _, c := range out.Conflicts {
				if c.Evidence.Article.ID == id {
					have[item{"conflict with " + c.Event, c.Evidence.Sentence, c.Evidence.Mention}]++
					sentences[c.Evidence.Sentence] = true
				}
			}
			for _, u := range out.Unattached {
				if u.Article.ID == id {
					have[item{"unattached: " + u.Reason, u.Sentence, u.Mention}]++
				}
			}
			blocks := parseExplain(t, stderr.String())
			if len(blocks) == 0 {
				t.Fatal("--explain printed nothing for the article")
			}
			announced := map[item]int{}
			for _, b := range blocks {
				switch {
				case strings.HasPrefix(b.verdict, "same sentence: "):
					if !sentences[b.sentence] {
						t.Errorf("explain says %q is part of an attached sentence, but the output does not hold it", b.sentence)
					}
				case strings.HasPrefix(b.verdict, "none: "):
					if sentences[b.sentence] {
						t.Errorf("explain says none for %q, but the output holds it", b.sentence)
					}
				default:
					it := item{b.verdict, b.sentence, b.mention}
					announced[it]++
					if have[it] == 0 {
						t.Errorf("explain says %q for %q (%q); the output has no such item", b.verdict, b.sentence, b.mention)
					}
				}
			}
			for it, n := range have {
				if announced[it] != n {
					t.Errorf("the output has %d × %q for %q (%q); explain announced %d", n, it.where, it.sentence, it.mention, announced[it])
				}
			}
		})
	}
}
