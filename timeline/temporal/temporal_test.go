package temporal

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

var anchor2024 = time.Date(2024, 1, 30, 8, 24, 0, 0, time.FixedZone("MSK", 3*3600))

// tc is one table case: the text, and the mentions expected in it, each as
// "text|TYPE|value|mod|edtf" (mod and edtf may be empty; edtf "-" means the
// zero Value).
type tc struct {
	in   string
	want []string
}

func runCases(t *testing.T, anchor time.Time, cases []tc) {
	t.Helper()
	for _, c := range cases {
		got := Tag(c.in, anchor)
		var gs []string
		for _, m := range got {
			d := m.Date.String()
			if m.Date.IsZero() {
				d = "-"
			}
			gs = append(gs, strings.Join([]string{m.Text, string(m.Type), m.Value, m.Mod, d}, "|"))
		}
		if len(gs) != len(c.want) {
			t.Errorf("%q:\n got  %q\n want %q", c.in, gs, c.want)
			continue
		}
		for i := range gs {
			w := strings.Split(c.want[i], "|")
			g := strings.Split(gs[i], "|")
			for k := range w {
				if k >= 3 && w[k] == "" {
					continue // mod or EDTF not checked
				}
				if w[k] != g[k] {
					t.Errorf("%q: mention %d = %q, want %q", c.in, i, gs[i], c.want[i])
					break
				}
			}
		}
	}
}

func TestFullDates(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"It was signed on 30 January 2024.", []string{"30 January 2024|DATE|2024-01-30||2024-01-30"}},
		{"It was signed on January 30, 2024, in Tokyo.", []string{"January 30, 2024|DATE|2024-01-30||2024-01-30"}},
		{"Talks resumed Jan. 30 in Tokyo.", []string{"Jan. 30|DATE|2024-01-30||2024-01-30"}},
		{"on the 30th of January 2024", []string{"the 30th of January 2024|DATE|2024-01-30||2024-01-30"}},
		{"filed 2024-01-30 by", []string{"2024-01-30|DATE|2024-01-30||2024-01-30"}},
		{"dated 30.01.2024 and", []string{"30.01.2024|DATE|2024-01-30||2024-01-30"}},
		{"dated 1/30/2024 and", []string{"1/30/2024|DATE|2024-01-30||2024-01-30"}},
		{"The Joint Declaration of October 19, 1956 ended the state of war.", []string{"October 19, 1956|DATE|1956-10-19||1956-10-19"}},
		{"In March 2022, Moscow withdrew.", []string{"March 2022|DATE|2022-03||2022-03"}},
		{"in February of 1940", []string{"February of 1940|DATE|1940-02||1940-02"}},
		{"The war ended in 1945.", []string{"1945|DATE|1945||1945"}},
		{"Saturday, April 25, 1998 was", []string{"Saturday, April 25, 1998|DATE|1998-04-25||1998-04-25"}},
	})
}

func TestYearGuards(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"a total of 1,945 votes", nil},
		{"it cost $2022 last", []string{"last|DATE|PAST_REF||"}[:0]},
		{"under Article 9 of the constitution", nil},
		{"UN Resolution 2758 says", nil},
		{"sent 2,000 troops", nil},
		{"Decree No. 1945 was", nil},
		{"some 1945 people died", nil},
		{"it rose 2.5 percent", nil},
		{"Flight 1549 landed", nil},
		{"the war of 1914-1918 was", []string{"1914|DATE|1914||1914", "1918|DATE|1918||1918"}},
		{"in 490 BC the Persians", []string{"490 BC|DATE|BC0490||-"}},
	})
}

func TestFalsePositives(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The talks may resume soon.", []string{"soon|DATE|FUTURE_REF||-"}}, // "may" the verb, no month
		{"May I ask a question?", nil},
		{"Prime Minister Theresa May said", nil},
		{"They will march on the capital.", nil},
		{"The Long March began", nil},
		{"an august assembly of scholars", nil},
		{"according to the Sunday Times of London", nil},
		{"He came second in the race.", nil},
		{"the first round of talks", nil},
		{"a 6-year-old boy", nil},
		{"after World War II, the islands", nil},
		{"After the war, the archipelago", nil},
		{"the fall of Saigon", nil},
		{"prices fall in spring", []string{"spring|DATE|2024-SP||"}},
	})
}

func TestRelative(t *testing.T) {
	runCases(t, anchor2024, []tc{ // anchor: Tuesday 30 January 2024
		{"He said so yesterday.", []string{"yesterday|DATE|2024-01-29||2024-01-29"}},
		{"It opens today.", []string{"today|DATE|2024-01-30||2024-01-30"}},
		{"They met on Monday.", []string{"Monday|DATE|2024-01-29||2024-01-29"}},
		{"They will meet on Friday.", []string{"Friday|DATE|2024-02-02||2024-02-02"}},
		{"They met last week.", []string{"last week|DATE|2024-W04||2024-01-22/2024-01-28"}},
		{"It will open next month.", []string{"next month|DATE|2024-02||2024-02"}},
		{"It happened two years ago.", []string{"two years ago|DATE|2022||2022"}},
		{"Prices rose earlier this year.", []string{"earlier this year|DATE|2024||2024"}},
		{"Talks are held this week.", []string{"this week|DATE|2024-W05||2024-01-29/2024-02-04"}},
		{"It happened last year.", []string{"last year|DATE|2023||2023"}},
		{"Tokyo hosted talks last summer.", []string{"last summer|DATE|2023-SU||2023-22"}},
		{"The talks are now stalled.", []string{"now|DATE|PRESENT_REF||-"}},
		{"It is currently stalled.", []string{"currently|DATE|PRESENT_REF||-"}},
		{"He recently visited.", []string{"recently|DATE|PAST_REF||-"}},
		{"talks in the future", []string{"the future|DATE|FUTURE_REF||-"}},
	})
}

func TestAnaphora(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"They met on 12 March 1956. The following day they signed.", []string{
			"12 March 1956|DATE|1956-03-12||1956-03-12", "The following day|DATE|1956-03-13||1956-03-13"}},
		{"In 1956 talks began. That year Japan joined the UN.", []string{
			"1956|DATE|1956||1956", "That year|DATE|1956||1956"}},
		{"It was signed on 19 October 1956. A month later it was ratified.", []string{
			"19 October 1956|DATE|1956-10-19||", "A month later|DATE|1956-11||1956-11"}},
		{"They met on 19 October 1956 and again the same day.", []string{
			"19 October 1956|DATE|1956-10-19||", "the same day|DATE|1956-10-19||"}},
	})
}

func TestYearless(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"A conference will be held in February.", []string{"February|DATE|2024-02||2024-02"}},
		{"The treaty was signed on 12 March.", []string{"12 March|DATE|2023-03-12||2023-03-12"}},
		{"It was agreed in December.", []string{"December|DATE|2023-12||2023-12"}},
		{"The talks will resume in December.", []string{"December|DATE|2024-12||2024-12"}},
	})
	runCases(t, time.Time{}, []tc{
		{"TOKYO, January 30. /TASS/.", []string{"January 30|DATE|XXXX-01-30||-"}},
		{"MOSCOW, Oct 24 (Reuters) -", []string{"Oct 24|DATE|XXXX-10-24||-"}},
		{"World January 30, 8:24", []string{"January 30, 8:24|TIME|XXXX-01-30T08:24||-"}},
	})
}

func TestDecadesCenturiesParts(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"in the 1990s", []string{"the 1990s|DATE|199||199X"}},
		{"in the mid-1950s", []string{"the mid-1950s|DATE|195|MID|1953/1956"}},
		{"in the 19th century", []string{"the 19th century|DATE|18||18XX"}},
		{"since the middle of last century", []string{"the middle of last century|DATE|19|MID|194X/196X"}},
		{"in early March", []string{"early March|DATE|2024-03|START|2024-03-01/2024-03-10"}},
		{"by late 2023", []string{"late 2023|DATE|2023|END|2023-09/2023-12"}},
		{"in mid-October", []string{"mid-October|DATE|2023-10|MID|2023-10-11/2023-10-20"}},
		{"in the second half of February a conference will be held", []string{"the second half of February|DATE|2024-02|END|2024-02-15/2024-02-29"}},
		{"in the first quarter of 2023", []string{"the first quarter of 2023|DATE|2023-Q1||2023-01/2023-03"}},
		{"in spring 2023", []string{"spring 2023|DATE|2023-SP||2023-21"}},
		{"the end of the year", []string{"the end of the year|DATE|2024|END|2024-09/2024-12"}},
		{"in the nineties", []string{"the nineties|DATE|199||199X"}},
	})
}

func TestTimes(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"at 8:24 a.m. the meeting", []string{"8:24 a.m.|TIME|2024-01-30T08:24||2024-01-30"}},
		{"It will land at 10 p.m. Wednesday", []string{"10 p.m. Wednesday|TIME|2024-01-31T22:00||2024-01-31"}},
		{"They met at noon.", []string{"noon|TIME|2024-01-30T12:00||2024-01-30"}},
		{"He spoke Tuesday evening.", []string{"Tuesday evening|TIME|2024-01-30TEV||2024-01-30"}},
		{"He spoke this morning.", []string{"this morning|TIME|2024-01-30TMO||2024-01-30"}},
	})
}

func TestDurationsAndSets(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"talks for 70 years", []string{"70 years|DURATION|P70Y||-"}},
		{"three decades of talks", []string{"three decades|DURATION|P3DE||-"}}, // TimeML decades (issue 10)
		{"It lasted two weeks.", []string{"two weeks|DURATION|P2W||-"}},
		{"within 24 hours", []string{"24 hours|DURATION|PT24H||-"}},
		{"a five year low", []string{"five year|DURATION|P5Y||-"}},
		{"a two-day visit", []string{"two-day|DURATION|P2D||-"}},
		{"nearly forty years", []string{"nearly forty years|DURATION|P40Y|LESS_THAN|-"}},
		{"in the past three months", []string{"the past three months|DURATION|P3M||-"}},
		{"held every year", []string{"every year|SET|P1Y||-"}},
		{"held annually", []string{"annually|SET|P1Y||-"}},
		{"a weekly meeting", []string{"weekly|SET|P1W||-"}},
		{"each month", []string{"each month|SET|P1M||-"}},
		{"each Thursday", []string{"each Thursday|SET|XXXX-WXX-4||-"}},
		{"$33 million a year", []string{"a year|SET|P1Y||-"}},
	})
}

// TestTimeZoneIndependent runs with an anchor late in the day in a zone far
// from UTC: the anchor's own calendar day must be used.
func TestTimeZoneIndependent(t *testing.T) {
	a := time.Date(2024, 1, 30, 23, 30, 0, 0, time.FixedZone("CHAST", 13*3600+45*60))
	runCases(t, a, []tc{{"He said so yesterday.", []string{"yesterday|DATE|2024-01-29||2024-01-29"}}})
	a = time.Date(2024, 1, 30, 0, 30, 0, 0, time.FixedZone("X", -11*3600))
	runCases(t, a, []tc{{"He said so today.", []string{"today|DATE|2024-01-30||2024-01-30"}}})
}

// runeBounds returns the offsets at which decoding text rune by rune (an
// invalid byte counting as one rune, as utf8 does) starts a rune.
func runeBounds(text string) map[int]bool {
	b := map[int]bool{len(text): true}
	for i := 0; i < len(text); {
		b[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return b
}

func checkMentions(t *testing.T, text string, ms []Mention) {
	prev := -1
	var bounds map[int]bool
	if len(ms) > 0 {
		bounds = runeBounds(text)
	}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("bad span %d-%d in %q", m.Start, m.End, text)
		}
		if m.Start < prev {
			t.Fatalf("overlapping or unordered mentions in %q", text)
		}
		prev = m.End
		if !bounds[m.Start] || !bounds[m.End] {
			t.Fatalf("span %d-%d not on rune boundaries in %q", m.Start, m.End, text)
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("Text %q != text[%d:%d]", m.Text, m.Start, m.End)
		}
		if !m.Date.IsZero() {
			if m.Date.Latest().Before(m.Date.Earliest()) {
				t.Fatalf("%q: Date %s ends before it starts", m.Text, m.Date)
			}
			if _, err := edtf.Parse(m.Date.String()); err != nil {
				t.Fatalf("%q: Date %s: %v", m.Text, m.Date, err)
			}
		}
	}
}

// fuzzAnchor is a fuzz input's anchor: one input in five has none (the zero
// time), the others a moment within 2^34 seconds (about 540 years) of 1970,
// in UTC.
func fuzzAnchor(unix int64) time.Time {
	if unix%5 == 0 {
		return time.Time{}
	}
	return time.Unix(unix%(1<<34), 0).UTC()
}

func FuzzTag(f *testing.F) {
	seeds := []string{
		"TOKYO, January 30. /TASS/. in the second half of February a conference will be held",
		"Moscow and Tokyo have been in talks since the middle of last century.",
		"World January 30, 8:24", "MOSCOW, Oct 24 (Reuters) -", "the mid-1950s", "the '80s",
		"30.01.2024 1/30/2024 2024-01-30 8:24 a.m. 10 p.m. Wednesday", "499-493 BC", "1,945 $2022",
		"May I? Theresa May. the fall of Saigon", "nineteen ninety-six", "the year two thousand",
		"every other week, each Thursday night", "a couple of years ago", "\u201980s \u2014 1945\u20131956",
		"12:", "31.", "2024-", "Jan.", "the first half of", "the end of the", "", "\xff\xfe1945",
		// Russian and Japanese: mixed scripts, half- and full-width, broken
		// UTF-8 inside a kanji run.
		"ТОКИО, 30 января. /ТАСС/. Во второй половине февраля 2024 г. состоится встреча.",
		"в 1990-е годы, в XX веке, 3 года назад, с 16 по 19 апреля, 21:58 четверга мск",
		"令和元年5月1日、平成元年1月7日、昭和三十一年十月十九日、２０２４年１月３０日（火）午前８時",
		"先週の火曜日、2024年度、3月下旬、R6年、約1時間半、年2回以上、3カ月ごと",
		// A part of a period with nothing after it, at the end of a text.
		"начале", "в конце", "середине.", "年度末", "上旬",
		// Plural periods and described days at a text's edges.
		"on Monday and Tuesday nights", "Monday and", "the second and fourth quarters of", "fourth quarters",
		"the past three summers", "it was \"a great day", "a day", "by overnight",
		// Lists, eras and verb phrases at a text's edges (issue 10 part 5).
		"March 1-5,", "March 3, 4 and", "3, 4 and 5", "480 B.C.E", "43 A.", "A.D", "half a", "half a century ago",
		"could take place in", "took place in July", "the following decade", "Hours later",
		"毎週火・金曜日", "毎週月・水・", "毎週日・", "火・木曜日", "土・日曜", "月・", "every Tuesday and", "each Monday, Wednesday or",
		"平成\xe5\x85年1月\x80日", "一九\xff五六年", "2023(令和", "年月日時分", "(水) 13時", "ＲＩＡ 2024年1月30日 Москва 30 января",
		// A date, its subject and its verb at a text's edges.
		"В марте министр", "В марте министр провёл", "в мае жители", "в мае жители смогут", "в мае. провели",
	}
	if b, err := readSeed(); err == nil {
		seeds = append(seeds, b)
	}
	for _, s := range seeds {
		f.Add(s, int64(1706592240))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		a := fuzzAnchor(unix)
		for _, tg := range []*Tagger{english, russian, japanese} {
			ms := tg.Tag(text, a)
			checkMentions(t, text, ms)
			if !a.IsZero() {
				checkSameSpans(t, text, ms, tg.Tag(text, a.AddDate(1, 0, 0)))
			}
		}
	})
}

// checkSameSpans is the anchor property: the anchor decides what a
// mention means, never where it is, so the same text tagged at two anchors
// a year apart gives the same spans.
func checkSameSpans(t *testing.T, text string, x, y []Mention) {
	t.Helper()
	if len(x) != len(y) {
		t.Fatalf("%q: %d mentions at one anchor, %d a year later", text, len(x), len(y))
	}
	for i := range x {
		if x[i].Start != y[i].Start || x[i].End != y[i].End {
			t.Fatalf("%q: mention %d spans %d-%d at one anchor, %d-%d a year later", text, i, x[i].Start, x[i].End, y[i].Start, y[i].End)
		}
	}
}

func readSeed() (string, error) {
	b, err := readFile("../../data/articles/tass-2024-01-30-kishida-peace-treaty.txt")
	return string(b), err
}

func TestDevSetInvariants(t *testing.T) {
	for _, set := range benchSets {
		if _, err := readFile(benchDir + "/" + set + "/docs.jsonl"); err != nil {
			t.Skip("development sets not present")
		}
		for _, d := range loadDocs(t, set) {
			tg := benchLang[set]
			dct := parseDCT(t, d.DCT)
			ms := tg.Tag(d.Text, dct)
			checkMentions(t, d.Text, ms)
			checkSameSpans(t, d.Text, ms, tg.Tag(d.Text, dct.AddDate(1, 0, 0)))
			checkMentions(t, d.Text, tg.Tag(d.Text, time.Time{}))
		}
	}
}

func TestHistoryConstructs(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"victory by Christmas 1963.", []string{"Christmas 1963|DATE|1963-12-25||1963-12-25"}},
		{"found on Thanksgiving Day 1999", []string{"Thanksgiving Day 1999|DATE|1999-11-25||1999-11-25"}},
		{"crossed in April 480 BC, then", []string{"April 480 BC|DATE|BC0480-04||-"}},
		{"made at this point (ca. 466 BC).", []string{"ca. 466 BC|DATE|BC0466|APPROX|-"}},
		{"they surrendered on May 4, 1865 and 5 were", []string{"May 4, 1865|DATE|1865-05-04||1865-05-04", "5|DATE|1865-05-05||1865-05-05"}},
		{"Baghdad in 2006-07 was", []string{"2006|DATE|2006||2006", "07|DATE|2007||2007"}},
		{"started on the morning of 31 January 1965, when", []string{"the morning of 31 January 1965|TIME|1965-01-31TMO||1965-01-31"}},
		{"In 492 BC Mardonius sailed. The following year, Darius sent envoys.", []string{
			"492 BC|DATE|BC0492||-", "The following year|DATE|BC0491||-"}},
		{"for 2 1/2 years", []string{"2 1/2 years|DURATION|P2Y6M||-"}},
		{"after a year-long trial", []string{"year-long|DURATION|P1Y||-"}},
	})
}

// TestIteration12 covers the rules of the twelfth accuracy iteration (see
// testdata/ACCURACY.md), anchored on Tuesday 30 January 2024.
func TestIteration12(t *testing.T) {
	runCases(t, anchor2024, []tc{
		// Yearless months far ahead need a future cue; news reports the past.
		{"Since KKR bought RJR in April, it has sold units.", []string{"April|DATE|2023-04||"}},
		{"The loan must be repaid by April.", []string{"April|DATE|2024-04||"}},
		// A comma ends the look-ahead for an auxiliary.
		{"shares issued July 1, which will receive a dividend", []string{"July 1|DATE|2023-07-01||"}},
		// A passive participle is no past event.
		{"The sale is to be completed around Feb. 1.", []string{"around Feb. 1|DATE|2024-02-01|APPROX|"}},
		// "had been scheduled" looks back; "meet separately Monday" ahead.
		{"The offer had been scheduled to expire Friday.", []string{"Friday|DATE|2024-01-26||"}},
		{"They meet separately Monday with the envoy.", []string{"Monday|DATE|2024-02-05||"}},
		// News: "three days later" is the duration, "later" a signal.
		{"Three days later, the index fell.", []string{"Three days|DURATION|P3D||"}},
		{"Year-end results and the year's end; since year-end it rose.", []string{
			"Year-end|DATE|2024|END|", "the year's end|DATE|2024|END|", "year-end|DATE|2023|END|"}},
		{"in the near term", []string{"the near term|DATE|FUTURE_REF||"}},
		{"for a while", []string{"a while|DURATION|PXX||"}},
		{"It took a year and a half.", []string{"a year and a half|DURATION|P1Y6M||"}},
		{"over the next couple of years", []string{"the next couple of years|DURATION|P2Y||"}},
		{"eight trading days", []string{"eight trading days|DURATION|P8D||"}},
		{"in the weeks ahead", []string{"the weeks ahead|DURATION|PXW||"}},
		{"at a later date", []string{"a later date|DATE|FUTURE_REF||"}},
		{"It fell on Friday, down from the previous Friday.", []string{"Friday|DATE|2024-01-26||", "the previous Friday|DATE|2024-01-19||"}},
		{"Then, a week or so ago, he left.", []string{"a week or so ago|DATE|2024-W04|APPROX|"}},
		{"In London at mid-afternoon yesterday, shares rose.", []string{"mid-afternoon yesterday|TIME|2024-01-29TAF||"}},
		{"chips of choice in many of today's computers", nil},
		{"Voters will choose on Election Day.", []string{"Election Day|DATE|2024-11-05||"}},
		{"The March accession will help.", []string{"March|DATE|2024-03||"}},
		{"The march toward the capital began.", nil},
		{"The deal should close around year end.", []string{"around year end|DATE|2024||"}},
		{"through the first two quarters of 1990", []string{"the first two quarters of 1990|DATE|1990-H1||"}},
		// Earnings reports: the quarter reported on, a year before.
		{"In the quarter ended July 31, it lost money.", []string{"the quarter|DATE|2023-Q2||", "July 31|DATE|2023-07-31||"}},
		{"Net rose in the third quarter from a loss in the corresponding period last year.", []string{
			"the third quarter|DATE|2023-Q3||", "the corresponding period last year|DATE|2022-Q4||"}},
	})
}
