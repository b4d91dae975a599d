package temporal

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// Japanese rule families, on sentences written for these tests. The anchor
// is Tuesday 30 January 2024.

func TestJapaneseWesternDates(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"2024年1月30日に発表した。", []string{"2024年1月30日|DATE|2024-01-30||2024-01-30"}},
		{"２０２４年１月３０日に発表した。", []string{"２０２４年１月３０日|DATE|2024-01-30"}},
		{"一九五六年十月十九日に署名された。", []string{"一九五六年十月十九日|DATE|1956-10-19"}},
		{"十月十九日に署名された。", []string{"十月十九日|DATE|2023-10-19"}},
		{"千九百五十六年の宣言", []string{"千九百五十六年|DATE|1956"}},
		{"2023/5/7 9:15 更新", []string{"2023/5/7 9:15|TIME|2023-05-07T09:15"}},
		{"２０２４年１月３０日 １８：１４", []string{"２０２４年１月３０日 １８：１４|TIME|2024-01-30T18:14"}},
		{"1990年代に交渉が進んだ。", []string{"1990年代|DATE|199"}},
		{"20世紀の問題だ。", []string{"20世紀|DATE|19"}},
		{"2024年度の予算", []string{"2024年度|DATE|2024"}},
		{"3月上旬に訪問した。", []string{"3月上旬|DATE|2023-03|START"}},
		{"2月下旬に訪問する予定だ。", []string{"2月下旬|DATE|2024-02|END"}},
		{"5月初めに", []string{"5月初め|DATE|2023-05|START"}},
		{"2022年(令和4年)の記録", []string{"2022年|DATE|2022", "令和4年|DATE|2022"}},
		{"2019(令和元)年5月1日", []string{"2019(令和元)年5月1日|DATE|2019-05-01"}},
	})
}

func TestJapaneseEras(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"令和6年1月30日", []string{"令和6年1月30日|DATE|2024-01-30"}},
		{"令和元年5月1日に即位", []string{"令和元年5月1日|DATE|2019-05-01"}},
		{"昭和31年10月19日", []string{"昭和31年10月19日|DATE|1956-10-19"}},
		{"平成二十八年十二月十五日", []string{"平成二十八年十二月十五日|DATE|2016-12-15"}},
		{"明治8年に条約", []string{"明治8年|DATE|1875"}},
		{"大正元年", []string{"大正元年|DATE|1912"}},
		// Heisei began on 8 January 1989: the 7th is still Showa.
		{"平成元年1月7日", []string{"平成元年|DATE|1989", "1月7日|DATE|1989-01-07"}},
		{"R6年度の計画", []string{"R6年度|DATE|2024"}},
		{"H13年に", []string{"H13年|DATE|2001"}},
		{"Ｒ６年度の予算", []string{"Ｒ６年度|DATE|2024"}},
	})
}

func TestJapaneseRelative(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"昨年11月に会談した。", []string{"昨年11月|DATE|2023-11"}},
		{"今年は交渉がない。", []string{"今年|DATE|2024"}},
		{"来年の選挙", []string{"来年|DATE|2025"}},
		{"一昨年の訪問", []string{"一昨年|DATE|2022"}},
		{"先月18日に", []string{"先月18日|DATE|2023-12-18"}},
		{"来月に", []string{"来月|DATE|2024-02"}},
		{"先週の火曜日に会った。", []string{"先週の火曜日|DATE|2024-01-23"}},
		{"来週の金曜日午後3時に", []string{"来週の金曜日午後3時|TIME|2024-02-09T15:00"}},
		{"先週、会った。", []string{"先週|DATE|2024-W04"}},
		{"昨日、明日、今日", []string{"昨日|DATE|2024-01-29", "明日|DATE|2024-01-31", "今日|DATE|2024-01-30"}},
		{"28日に署名し、同日午後に発表した。", []string{"28日|DATE|2024-01-28", "同日午後|TIME|2024-01-28TAF"}},
		{"翌日に帰国した。", []string{"翌日|DATE|2024-01-31"}},
		{"3年前に始まった。", []string{"3年前|DATE|2021"}},
		{"3日前に発表した。", []string{"3日前|DATE|2024-01-27"}},
		{"その3日後に会談した。", []string{"3日|DURATION|P3D"}},
		{"2週間前と3カ月前", []string{"2週間前|DATE|2024-W03", "3カ月前|DATE|2023-10"}},
		{"5年ぶりに再開", []string{"5年ぶり|DURATION|P5Y"}},
		{"年内に合意する", []string{"年内|DATE|2024"}},
		{"今年度と昨年度", []string{"今年度|DATE|2024", "昨年度|DATE|2023"}},
		{"今秋にも実施する。", []string{"今秋|DATE|2024-FA"}},
		{"現在は船に限られる。", []string{"現在|DATE|PRESENT_REF"}},
		{"4月末現在の人数", []string{"4月末|DATE|2023-04|END"}},
		{"今後とも協力する", []string{"今後|DATE|FUTURE_REF"}},
		{"早期に解決する", []string{"早期|DATE|FUTURE_REF"}},
		{"早期解決を目指す", nil},
	})
}

func TestJapaneseTimesDurationsSets(t *testing.T) {
	runLangCases(t, japanese, anchor2024, []tc{
		{"29日午前10時に到着", []string{"29日午前10時|TIME|2024-01-29T10:00"}},
		{"29日午後3時半に", []string{"29日午後3時半|TIME|2024-01-29T15:30"}},
		{"15時30分から", []string{"15時30分|TIME|2024-01-30T15:30"}},
		{"日本時間15時", []string{"日本時間15時|TIME|2024-01-30T15:00"}},
		{"3日間の日程", []string{"3日間|DURATION|P3D"}},
		{"70年以上にわたり", []string{"70年以上|DURATION|P70Y|MORE_THAN"}},
		{"3カ月と3ヶ月", []string{"3カ月|DURATION|P3M", "3ヶ月|DURATION|P3M"}},
		{"約2時間の会談", []string{"約2時間|DURATION|PT2H|APPROX"}},
		{"半世紀が過ぎた", []string{"半世紀|DURATION|P50Y"}},
		{"毎年、毎月、毎週", []string{"毎年|SET|P1Y", "毎月|SET|P1M", "毎週|SET|P1W"}},
		{"2カ月ごとに集計", []string{"2カ月ごと|SET|P2M"}},
		{"年3回の協議", []string{"年3回|SET|P1Y"}},
		{"87歳の元島民", []string{"87歳|DURATION|P87Y"}},
	})
}

func TestJapaneseWordsThatAreNotDates(t *testing.T) {
	// Kanji that are also units inside other words, numerals in words.
	runLangCases(t, japanese, anchor2024, []tc{
		{"北方領土の日本への返還", nil},
		{"日本と領土問題", nil},
		{"木村月子さんと土井日出男さん", nil},
		{"一日でも早く解決したい", nil},
		{"十分な説明", nil},
		{"一時帰国した", nil},
		{"統一見解と一部の島", nil},
		{"40周年の式典", nil},
		{"人口は5135人", nil},
		{"毎日新聞によると", nil},
		{"前日本大使が語った", nil},
	})
}

func TestJapaneseSpansAreWholeRunes(t *testing.T) {
	// Mixed scripts, full width, broken UTF-8 inside a kanji run: spans
	// stay on rune boundaries and inside the text.
	texts := []string{
		"２０２４年１月３０日（火）午前８時",
		"令和6年\xff1月30日",
		"平成\xe5\x85年",
		"2024年1月\x80\x8030日",
		"ＲＩＡ 2024年1月30日 Москва 30 января",
		"十\xe5月十九日",
	}
	for _, s := range texts {
		for _, m := range japanese.Tag(s, anchor2024) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
				t.Errorf("%q: bad span %d-%d", s, m.Start, m.End)
				continue
			}
			if !utf8.ValidString(m.Text) {
				t.Errorf("%q: span %d-%d splits a character", s, m.Start, m.End)
			}
		}
	}
}

func TestJapaneseTense(t *testing.T) {
	a := time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC)
	runLangCases(t, japanese, a, []tc{
		{"2月に来日する予定だ。", []string{"2月|DATE|2024-02"}},
		{"2月に来日した。", []string{"2月|DATE|2023-02"}},
		{"サミットは5月19日から21日まで広島で開かれる。", []string{"5月19日|DATE|2024-05-19", "21日|DATE|2024-05-21"}},
		{"昨年は6月に中止され、9月に実施された。", []string{"昨年|DATE|2022", "6月|DATE|2022-06", "9月|DATE|2022-09"}},
		{"1956年の共同宣言に基づき、2月に来日する予定だ。", []string{"1956年|DATE|1956", "2月|DATE|2024-02"}},
	})
	if got := japanese.Tag(strings.Repeat("年", 3), a); len(got) != 0 {
		t.Errorf("bare units tagged: %v", got)
	}
}
