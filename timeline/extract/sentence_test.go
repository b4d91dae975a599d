package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Headline, dateline and body are separate sentences even when only a single
// line break parts them; hard-wrapped prose is not cut at its line breaks.
func TestSentenceLineBreaks(t *testing.T) {
	tests := []struct {
		name, text, mention, want string
	}{
		{"headline then dated body line",
			"Ministers to meet in Moscow\nMOSCOW, March 3 (Wire) - The ministers will meet on 5 March 2023.",
			"5 March 2023", "MOSCOW, March 3 (Wire) - The ministers will meet on 5 March 2023."},
		{"date line between headline and body",
			"Ministers meet in Moscow\nMarch 3, 2023\nThe ministers met in Moscow.",
			"March 3, 2023", "March 3, 2023"},
		{"body after a dated headline",
			"Talks resume on 3 March 2023\nThe two sides met again after a year.",
			"3 March 2023", "Talks resume on 3 March 2023"},
		{"a line that ends in a stop ends its sentence",
			"The islands were named last week.\nThe agency reported it on 14 February 2017.",
			"14 February 2017", "The agency reported it on 14 February 2017."},
		{"hard-wrapped prose, next line in lower case",
			"Negotiations between the two governments since the fall of the Soviet\nunion in 1991 have failed.",
			"1991", "Negotiations between the two governments since the fall of the Soviet\nunion in 1991 have failed."},
		{"hard-wrapped prose, a name at the start of the next line",
			"Resolving the row would boost ties between Japan and Russia, Prime Minister\nJunichiro Koizumi said on 14 November 2005.",
			"14 November 2005", "Resolving the row would boost ties between Japan and Russia, Prime Minister\nJunichiro Koizumi said on 14 November 2005."},
		{"a line ending in a comma runs on",
			"Japan and Russia,\nMoscow said, agreed on 2 March 2023.",
			"2 March 2023", "Japan and Russia,\nMoscow said, agreed on 2 March 2023."},
		{"Japanese lines ending in 。",
			"日ソ共同宣言は1956年に署名された。\n両国は国交を回復した。",
			"1956年", "日ソ共同宣言は1956年に署名された。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.mention)
			s, e := Sentence(tt.text, i, i+len(tt.mention))
			if got := tt.text[s:e]; strings.TrimSpace(got) != tt.want {
				t.Errorf("sentence of %q = %q, want %q", tt.mention, got, tt.want)
			}
		})
	}
}

// FuzzSentence: for any text and span, the sentence holds the span, lies
// within the text and starts and ends on character boundaries.
func FuzzSentence(f *testing.F) {
	for _, s := range []string{
		"Headline\nTOKYO, March 3 (Wire) - Body on 5 March 2023.\n\nNext.",
		"日ソ共同宣言は1956年に署名された。\n両国は国交を回復した。",
		"Mr.\nKono met Lavrov.\n\"Quote.\" Then, on 2 Feb.",
		"a\n\n\n\nb",
		"「1956年に署名した。」と述べた。翌年に批准！本当か？",
		"Визит В. В. Путина в 2016 г. состоялся. Т. е. раньше.",
	} {
		f.Add(s, 3, 5)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if len(text) == 0 || !utf8.ValidString(text) || start < 0 || end < start || end > len(text) || len(text) > 5000 {
			return
		}
		for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
			start--
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		s, e := Sentence(text, start, end)
		if s < 0 || s > start || e < end || e > len(text) {
			t.Fatalf("Sentence(%q, %d, %d) = %d, %d", text, start, end, s, e)
		}
		if (s < len(text) && !utf8.RuneStart(text[s])) || (e < len(text) && !utf8.RuneStart(text[e])) {
			t.Fatalf("Sentence(%q, %d, %d) = %d, %d: inside a character", text, start, end, s, e)
		}
	})
}
