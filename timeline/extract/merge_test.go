package extract_test

import (
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/data"
	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/article"
	"github.com/peacetreaty/timeline/timeline/extract"
	"github.com/peacetreaty/timeline/timeline/merge"
)

func curated(t *testing.T) *timeline.Timeline {
	t.Helper()
	tl, diags := timeline.Load(data.FS, timeline.LoadOptions{Prefix: "data"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return tl
}

func mergeArticles(t *testing.T, paths []string, workers int) *timeline.Timeline {
	t.Helper()
	cands, err := extract.CandidatesFrom(paths, nil, article.Options{}, workers, func(err error) { t.Errorf("reading articles: %v", err) })
	if err != nil {
		t.Fatal(err)
	}
	return merge.Merge(curated(t), cands, merge.Options{})
}

// evidenceBy lists "event id <- mention or alias" for each piece of
// evidence from the given article.
func evidenceBy(tl *timeline.Timeline, articleID string) []string {
	var out []string
	for _, e := range tl.Events {
		for _, ev := range e.Evidence {
			if ev.Article.ID != articleID {
				continue
			}
			what := ev.Mention
			if what == "" {
				what = "alias: " + ev.ByAlias
			}
			out = append(out, e.ID+" <- "+what)
		}
	}
	sort.Strings(out)
	return out
}

// The seed article: evidence on the speech, the conference, the termination
// and the end of WWII; no conflict; no proposal from the dateline alone.
func TestSeedArticleMerge(t *testing.T) {
	seed := filepath.Join("..", "..", "data", "articles", "tass-2024-01-30-kishida-peace-treaty.txt")
	tl := mergeArticles(t, []string{seed}, 2)
	got := evidenceBy(tl, "tass-2024-01-30-kishida-peace-treaty")
	for _, want := range []string{
		"2024-01-30-kishida-policy-speech <- January 30",
		"2024-02-19-japan-ukraine-economic-reconstruction-conference <- the second half of February",
		"2022-03-21-russia-ends-peace-treaty-talks <- March 2022",
		"1945-09-02-japan-surrenders <- the middle of last century",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no evidence %q; got:\n%s", want, strings.Join(got, "\n"))
		}
	}
	for _, e := range tl.Events {
		for _, ev := range e.Evidence {
			if e.ID == "2024-01-30-kishida-policy-speech" && !strings.Contains(ev.Sentence, "keynote speech") {
				t.Errorf("speech evidence is not the keynote speech sentence: %q", ev.Sentence)
			}
			if e.ID == "1945-09-02-japan-surrenders" && !strings.Contains(ev.Sentence, "after World War II") && !strings.Contains(ev.Sentence, "After the war") {
				t.Errorf("end-of-WWII evidence without the phrase: %q", ev.Sentence)
			}
		}
	}
	if len(tl.Conflicts) != 0 {
		t.Errorf("conflicts: %+v", tl.Conflicts)
	}
	if len(tl.Proposed) != 0 {
		t.Errorf("proposed events from the seed: %+v", tl.Proposed)
	}
}

// sharedArticles are the twenty real articles beside the repository.
func sharedArticles(t *testing.T) []string {
	dir := filepath.Join("..", "..", "..", "shared", "articles")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var out []string
	for _, p := range paths {
		if !strings.Contains(p, "tass-2024-01-30") {
			out = append(out, p)
		}
	}
	if len(out) < 20 {
		t.Skipf("skipping: the shared articles are not in %s (they are beside the repository in CI)", dir)
	}
	return out
}

func TestSharedArticlesMerge(t *testing.T) {
	paths := sharedArticles(t)
	tl := mergeArticles(t, paths, 2)

	// What each article attaches to (at least these; more is fine).
	expect := map[string][]string{
		"mofa-2018-07-31-foreign-ministers-meeting":           {"2018-07-31-kono-lavrov-meeting <- July 31"},
		"ap-2018-07-31-lavrov-business-ties-islands":          {"2018-07-31-kono-lavrov-meeting <- Tuesday"},
		"cbsnews-2006-08-16-fisherman-shot-kaigara":           {"2006-08-16-fisherman-shot-near-kaigara <- Aug. 16, 2006"},
		"csmonitor-1991-04-17-gorbachev-kaifu-island-dispute": {"1991-04-16-gorbachev-visits-japan <- April 16"},
		"jiji-2022-12-21-1991-statement-records":              {"1956-10-19-soviet-japanese-joint-declaration <- 1956"},
		"kantei-2021-10-07-kishida-putin-phone-talk":          {"2021-10-07-kishida-putin-phone-talk <- today", "2018-11-14-singapore-agreement <- 2018"},
		"ldp-2019-01-22-abe-putin-25th-meeting":               {"2019-01-22-abe-putin-moscow-summit <- Tuesday"},
		"mofa-2016-10-19-joint-declaration-60th-anniversary":  {"1956-10-19-soviet-japanese-joint-declaration <- October 19, 1956"},
		"reuters-1992-09-11-yeltsin-visit-postponed-blame":    {"1992-09-09-yeltsin-postpones-japan-visit <- Wednesday"},
		"reuters-1997-11-03-krasnoyarsk-peace-treaty-by-2000": {"1997-11-01-krasnoyarsk-summit <- yesterday"},
		"rferl-2017-02-14-island-names-protest":               {"2017-02-10-russia-names-five-islands <- last week"},
		"tass-2021-08-11-motegi-lavrov-mishustin-iturup":      {"2021-07-26-mishustin-visits-iturup <- July"},
		"tass-2023-01-23-peskov-no-dialogue":                  {"2023-01-23-peskov-no-meaningful-dialogue <- January 23", "2022-03-21-russia-ends-peace-treaty-talks <- March 2022"},
		"jiji-2023-01-31-visa-free-accord-valid":              {"2023-01-russia-says-1986-grave-visit-accord-valid <- Tuesday"},
		"afp-2005-11-14-koizumi-interview-putin-visit":        {"1991-12-26-dissolution-of-the-ussr <- 1991"},
	}
	for id, wants := range expect {
		got := evidenceBy(tl, id)
		for _, want := range wants {
			if !slices.Contains(got, want) {
				t.Errorf("%s: no evidence %q; got:\n  %s", id, want, strings.Join(got, "\n  "))
			}
		}
	}

	// The two reports of the 2018-07-31 meeting join one event.
	// The two memorial-at-sea reports join one curated event.
	for _, pair := range [][2]string{
		{"mofa-2018-07-31-foreign-ministers-meeting", "ap-2018-07-31-lavrov-business-ties-islands"},
		{"nhk-2022-06-07-memorials-at-sea", "japantimes-2025-07-21-memorial-at-sea"},
	} {
		shared := ""
		for _, e := range tl.Events {
			var a, b bool
			for _, ev := range e.Evidence {
				a = a || (ev.Article.ID == pair[0] && ev.Mention != "")
				b = b || (ev.Article.ID == pair[1] && ev.Mention != "")
			}
			if a && b {
				shared = e.ID
			}
		}
		if shared == "" {
			t.Errorf("%s and %s share no event", pair[0], pair[1])
		}
	}
	for _, p := range tl.Proposed {
		for _, ev := range p.Evidence {
			if strings.Contains(strings.ToLower(ev.Sentence), "memorial") {
				t.Errorf("a sentence about memorials became a proposal: %s: %q", p.ID, ev.Sentence)
			}
		}
	}
	if len(tl.Conflicts) != 0 {
		for _, c := range tl.Conflicts {
			t.Errorf("unexpected conflict with %s from %s: %q", c.Event, c.Article.ID, c.Sentence)
		}
	}

	// The same articles in another order, with another number of workers,
	// merge the same.
	reversed := slices.Clone(paths)
	slices.Reverse(reversed)
	again := mergeArticles(t, reversed, 1)
	if !slices.EqualFunc(again.Proposed, tl.Proposed, func(a, b timeline.Event) bool { return a.ID == b.ID && len(a.Evidence) == len(b.Evidence) }) {
		t.Error("article order or workers changed the proposals")
	}
	for i := range tl.Events {
		if len(again.Events[i].Evidence) != len(tl.Events[i].Evidence) {
			t.Errorf("article order or workers changed the evidence on %s", tl.Events[i].ID)
		}
	}
}
