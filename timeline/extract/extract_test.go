package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/peacetreaty/timeline/timeline/article"
	"github.com/peacetreaty/timeline/timeline/temporal"
)

func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", `quo"te\back`, "new\nline\ttab\r", "\x00\x1f", "émigré — 日本", "bad \xff utf8", "\u2028\u2029"} {
		got := appendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("%q encoded as invalid JSON %s: %v", s, got, err)
			continue
		}
		want, _ := json.Marshal(s)
		var wantBack string
		_ = json.Unmarshal(want, &wantBack)
		if back != wantBack {
			t.Errorf("%q round-trips to %q, encoding/json gives %q", s, back, wantBack)
		}
	}
}

func corpus(n int) string {
	var b strings.Builder
	for i := range n {
		switch i % 7 {
		case 3:
			b.WriteString("{broken\n")
		case 5:
			fmt.Fprintf(&b, `{"id": "n%d", "text": "no date given"}`+"\n", i)
		default:
			fmt.Fprintf(&b, `{"id": "d%d", "dct": "2024-01-30", "text": "On %d March 2022 the talks ended; a conference will be held in February."}`+"\n", i, 1+i%28)
		}
	}
	return b.String()
}

// Whatever the number of workers, output and error reports come in input order.
func TestCorpusOrderIndependentOfWorkers(t *testing.T) {
	in := corpus(200)
	run := func(workers int) (string, string, CorpusStats) {
		var out bytes.Buffer
		var errs []string
		stats, err := Corpus(strings.NewReader(in), &out, CorpusOptions{Format: FormatJSONL, Workers: workers,
			OnError: func(err error) { errs = append(errs, err.Error()) }})
		if err != nil {
			t.Fatal(err)
		}
		return out.String(), strings.Join(errs, "\n"), stats
	}
	out1, errs1, stats := run(1)
	if stats.Lines != 200 || stats.Failed != 57 || stats.Articles != 143 {
		t.Errorf("stats %+v", stats)
	}
	if !strings.HasPrefix(errs1, "line 4: invalid JSON") {
		t.Errorf("first error %.60q", errs1)
	}
	for _, w := range []int{2, 4, 16} {
		out, errs, _ := run(w)
		if out != out1 || errs != errs1 {
			t.Errorf("-j %d output differs from -j 1", w)
		}
	}
	first := strings.SplitN(out1, "\n", 2)[0]
	if !strings.HasPrefix(first, `{"id": "d0", "timexes": [{"start": 3, "end": 15, "text": "1 March 2022", "type": "DATE", "value": "2022-03-01"}`) {
		t.Errorf("first line %s", first)
	}
}

func TestFormats(t *testing.T) {
	a := &article.Article{ID: "x", Published: time.Date(2024, 1, 30, 8, 24, 0, 0, time.UTC), PublishedFrom: "metadata",
		Body: "Talks ended in March 2022. A <conference> will be held in February & more."}
	r := Tag(a)
	if len(r.Mentions) != 2 {
		t.Fatalf("mentions %+v", r.Mentions)
	}
	tml := string(Append(nil, FormatTimeML, r))
	if !strings.Contains(tml, `Talks ended in <TIMEX3 tid="t1" type="DATE" value="2022-03">March 2022</TIMEX3>. A &lt;conference&gt; will be held in <TIMEX3 tid="t2" type="DATE" value="2024-02">February</TIMEX3> &amp; more.`) {
		t.Errorf("timeml:\n%s", tml)
	}
	txt := string(Append(nil, FormatText, r))
	if !strings.Contains(txt, "x  published 2024-01-30 08:24 +00:00 (metadata)\n") || !strings.Contains(txt, "      Talks ended in [March 2022].\n") {
		t.Errorf("text:\n%s", txt)
	}
	var doc struct {
		Mentions []struct{ Text, EDTF, Earliest, Latest, Sentence string }
	}
	if err := json.Unmarshal(Append(nil, FormatJSON, r), &doc); err != nil {
		t.Fatal(err)
	}
	if m := doc.Mentions[1]; m.Text != "February" || m.EDTF != "2024-02" || m.Earliest != "2024-02-01" || m.Latest != "2024-02-29" ||
		m.Sentence != "A <conference> will be held in February & more." {
		t.Errorf("json mention %+v", m)
	}
	if _, err := ParseFormat("xml"); err == nil || err.Error() != `unknown format "xml"; choose text, json, jsonl, timeml` {
		t.Errorf("ParseFormat: %v", err)
	}
}

func TestSentence(t *testing.T) {
	text := "Mr. Kishida spoke on Jan. 30 in Tokyo. The U.S. agreed on 2 Feb. Then more.\n\nNew paragraph 1956 here. " +
		"He said: \"We met in 1991.\" Lavrov agreed in 1992. “Talks end in 2022.” Tokyo protested in 2023."
	for _, tt := range []struct{ mention, want string }{
		{"1991", "He said: \"We met in 1991.\""},
		{"1992", "Lavrov agreed in 1992."},
		{"2022", "“Talks end in 2022.”"},
		{"2023", "Tokyo protested in 2023."},
		{"Jan. 30", "Mr. Kishida spoke on Jan. 30 in Tokyo."},
		{"2 Feb", "The U.S. agreed on 2 Feb."},
		{"1956", "New paragraph 1956 here."},
	} {
		i := strings.Index(text, tt.mention)
		s, e := Sentence(text, i, i+len(tt.mention))
		if got := text[s:e]; got != tt.want {
			t.Errorf("sentence of %q = %q, want %q", tt.mention, got, tt.want)
		}
	}
}

var _ = temporal.Date
