package timeline

import (
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

func TestNamedDays(t *testing.T) {
	day := func(y, m, d int) edtf.Day { return edtf.Day{Year: y, Month: m, Day: d} }
	tests := []struct {
		text string
		want []NamedDay
	}{
		{"signed on 19 October 1956 in Moscow", []NamedDay{{"19 October 1956", day(1956, 10, 19)}}},
		{"On October 19, 1956, the two", []NamedDay{{"October 19, 1956", day(1956, 10, 19)}}},
		{"Sept. 5, 2000 and the 3rd of May 1999", []NamedDay{{"Sept. 5, 2000", day(2000, 9, 5)}, {"3rd of May 1999", day(1999, 5, 3)}}},
		{"dated 1945-09-02.", []NamedDay{{"1945-09-02", day(1945, 9, 2)}}},
		{"1956年10月19日に署名", []NamedDay{{"1956年10月19日", day(1956, 10, 19)}}},
		{"１９５６年１０月１９日", []NamedDay{{"1956年10月19日", day(1956, 10, 19)}}},
		{"平成18年8月16日、納沙布岬沖で", []NamedDay{{"平成18年8月16日", day(2006, 8, 16)}}},
		{"令和元年5月1日", []NamedDay{{"令和元年5月1日", day(2019, 5, 1)}}},
		{"заявление от 30 января 2024 года", []NamedDay{{"30 января 2024", day(2024, 1, 30)}}},
		{"Le 2 février 1946, le Præsidium", []NamedDay{{"2 février 1946", day(1946, 2, 2)}}},
		{"Am 2. Januar 1946 veröffentlichte", []NamedDay{{"2. Januar 1946", day(1946, 1, 2)}}},
		// Not a full day: no year, month only, a weekday, an impossible day.
		{"on 14 February Japan protested", nil},
		{"in October 1956", nil},
		{"on Friday", nil},
		{"on 31 June 2000 and 1956-02-30", nil},
		{"11–13 October 1993", []NamedDay{{"13 October 1993", day(1993, 10, 13)}}},
	}
	for _, tt := range tests {
		got := NamedDays(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("NamedDays(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("NamedDays(%q)[%d] = %v, want %v", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}

func FuzzNamedDays(f *testing.F) {
	for _, s := range []string{"on 19 October 1956", "October 19, 1956", "平成18年8月16日", "30 января 2024 года", "1945-09-02", "2. Januar 1946"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, nd := range NamedDays(s) {
			v, err := edtf.Parse(nd.Day.String())
			if err != nil || v.Precision() != edtf.PrecisionDay {
				t.Fatalf("NamedDays(%q) returned %v, not a calendar day: %v", s, nd, err)
			}
			if nd.Text == "" || !strings.Contains(fullWidthDigits.Replace(s), nd.Text) {
				t.Fatalf("NamedDays(%q) returned text %q not in the input", s, nd.Text)
			}
		}
	})
}
