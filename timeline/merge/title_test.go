package merge

import (
	"strings"
	"testing"
)

// TestTitleRules: each rule of a proposal's title at the edge of where it
// applies. A frame is cut only when enough of the event is left (more than
// 20 characters), and a speaker is named only when a short run of
// capitalised words opens the sentence.
func TestTitleRules(t *testing.T) {
	tests := []struct{ name, in, want string }{
		// A dateline alone is all there is: it stays.
		{"dateline alone", "TOKYO (Wire) -", "TOKYO (Wire) -"},
		{"dateline and text", "TOKYO (Wire) - Talks resumed.", "Talks resumed"},
		// The reported clause: 21 characters make it the title, 20 do not.
		{"reported clause of 21", "Lavrov said that the border talks end.", "Lavrov: The border talks end"},
		{"reported clause of 20", "Lavrov said that the border talks end", "Lavrov said that the border talks end"},
		// The speaker is the last run of capitalised words, after a comma,
		// of at most four words.
		{"speaker after a place", "In Moscow, Lavrov said that the border commission would meet in May.", "Lavrov: The border commission would meet in May"},
		{"speaker of four words", "In the interview, Ivan Ivanovich Petrov Sidorov said that the commission would meet.", "Ivan Ivanovich Petrov Sidorov: The commission would meet"},
		{"five words are no speaker", "In the interview, Ivan Ivanovich Petrov Sidorov Jr said that the commission would meet.", "The commission would meet"},
		{"no capitalised word", "Later the minister said that the commission would meet in May.", "The commission would meet in May"},
		// A trailing attribution goes when more than 20 bytes come before it.
		{"attribution after 21", "The border talk ended, he said.", "The border talk ended"},
		{"attribution after 20", "The border tal ended, he said.", "The border tal ended, he said"},
		// An opening "On Tuesday," goes when more than 20 bytes follow it.
		{"21 after the opening", "On Tuesday, the ministers met no.", "The ministers met no"},
		{"20 after the opening", "On Tuesday, the ministers met n.", "On Tuesday, the ministers met n"},
		{"capitalised", "the ministers met.", "The ministers met"},
		{"capitalised in Cyrillic", "ёлки were cut.", "Ёлки were cut"},
	}
	for _, tt := range tests {
		if got := reviewerTitle(tt.in); got != tt.want {
			t.Errorf("%s: reviewerTitle(%q)\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestTitleLength: a title of up to 90 bytes is whole; a longer one is cut
// at its last space before byte 90, unless that leaves fewer than 40
// bytes, and then inside the word, never inside a character.
func TestTitleLength(t *testing.T) {
	words := func(n int) string { // n bytes of words of four letters
		s := strings.Repeat("abcd ", n/5+1)[:n]
		return strings.TrimRight(s, " ") + strings.Repeat("x", n-len(strings.TrimRight(s, " ")))
	}
	for _, tt := range []struct {
		in, want string
	}{
		{"A" + words(89), "A" + words(89)},
		{"A" + words(90), "A" + words(89)[:strings.LastIndexByte(words(89), ' ')] + "…"},
		// One space, at byte 40: the cut falls there.
		{strings.Repeat("a", 40) + " " + strings.Repeat("b", 60), strings.Repeat("a", 40) + "…"},
		// One space, at byte 39: too early, cut at byte 90.
		{strings.Repeat("a", 39) + " " + strings.Repeat("b", 60), strings.Repeat("a", 39) + " " + strings.Repeat("b", 50) + "…"},
		// Byte 90 inside a two-byte letter: cut before it.
		{"A" + strings.Repeat("ж", 60), "A" + strings.Repeat("ж", 44) + "…"},
		{strings.Repeat("ж", 60), strings.Repeat("ж", 45) + "…"},
		// Bytes that are not UTF-8 at all: nothing is left to keep.
		{strings.Repeat("\x80", 100), "…"},
	} {
		if got := headline(tt.in); got != tt.want {
			t.Errorf("headline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestFrameLength: a sentence that only says to whom someone spoke is a
// frame up to 20 words; a longer one says more.
func TestFrameLength(t *testing.T) {
	frame20 := "Kishida was speaking to reporters in Tokyo after he met the visiting ministers of the two other states here today"
	if n := len(strings.Fields(frame20)); n != 20 {
		t.Fatalf("the sentence has %d words", n)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{frame20, true},
		{frame20 + " again", false},
		{"Kishida was speaking to reporters in Tokyo.", true},
		{"Kishida told reporters that the talks were over.", false},
		{"Kishida met reporters in Tokyo.", false},
	} {
		if got := isFrame(tt.s); got != tt.want {
			t.Errorf("isFrame(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
