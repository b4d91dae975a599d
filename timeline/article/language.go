package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The language of an article decides which tagger reads it. Metadata says
// it when it can (front matter "language", a corpus line's "language" or
// "lang", the page's <html lang>); otherwise the script of the body does:
// mostly Cyrillic is Russian, mostly kana and kanji Japanese, anything else
// English. "Mostly" counts letters, so an English report quoting a Russian
// phrase stays English.

// Languages the tagger reads, by code.
const (
	English  = "en"
	Russian  = "ru"
	Japanese = "ja"
)

// detectSpan bounds the detection: the opening of an article settles its
// script, and a corpus of large documents must not be read twice.
const detectSpan = 64 << 10

// DetectLanguage guesses the language of text from its script: "ru" when
// Cyrillic letters outnumber Latin ones, "ja" when kana and kanji (each
// worth a few Latin letters, since one carries a syllable or a word)
// outnumber them, else "en".
func DetectLanguage(text string) string {
	if len(text) > detectSpan {
		text = text[:detectSpan]
	}
	// Non-Latin letters first: without a Cyrillic or CJK one the text is
	// English whatever its Latin letters, so those are counted only when
	// needed, and ASCII is skipped eight bytes at a time.
	var cyr, cjk int
	for i := 0; i < len(text); {
		if i+8 <= len(text) && word(text[i:])&0x8080808080808080 == 0 {
			i += 8
			continue
		}
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case r < 0x0400:
			// Latin with diacritics, Greek, punctuation: none of the scripts
			// counted (a shortcut for the commonest non-ASCII characters).
		case r <= 0x04FF && r != 0x0485 && r != 0x0486:
			cyr++ // the Cyrillic block but its two inherited marks
		case r >= 0x3041 && r <= 0x3096, r >= 0x30A1 && r <= 0x30FA, r >= 0x4E00 && r <= 0x9FFF:
			cjk++ // hiragana, katakana, the unified ideographs
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r), unicode.Is(unicode.Han, r):
			cjk++
		case r >= 0xFF21 && r <= 0xFF5A: // full-width Latin, as Japanese writes it
			cjk++
		}
	}
	if cyr == 0 && cjk == 0 {
		return English
	}
	latin := 0
	for i := 0; i < len(text); i++ {
		if c := text[i] | 0x20; 'a' <= c && c <= 'z' {
			latin++
		}
	}
	switch {
	case cjk*3 > latin && cjk*3 > cyr:
		return Japanese
	case cyr > latin && cyr > 0:
		return Russian
	}
	return English
}

// NormalizeLanguage turns a language tag into the code of a language the
// tagger reads: "ru-RU" and "RU" are "ru", "ja-JP" and "jp" "ja", "en-GB"
// "en". ok is false for a language it does not read (the code is then
// returned lower-cased, for the record).
func NormalizeLanguage(tag string) (code string, ok bool) {
	t := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(t, "-_"); i >= 0 {
		t = t[:i]
	}
	switch t {
	case "en", "eng", "english":
		return English, true
	case "ru", "rus", "russian":
		return Russian, true
	case "ja", "jp", "jpn", "japanese":
		return Japanese, true
	}
	return t, false
}

// settleLanguage sets a.Language: the --language override, else the
// metadata's (normalised), else the body's script.
func (a *Article) settleLanguage(opts Options, detect func(string) string) {
	switch {
	case opts.Language != "":
		a.Language, _ = NormalizeLanguage(opts.Language)
		a.LanguageFrom = "--language"
	case strings.TrimSpace(a.Language) != "":
		if code, ok := NormalizeLanguage(a.Language); ok {
			a.Language, a.LanguageFrom = code, "metadata"
			return
		}
		// A language the tagger does not read ("fr"): the text is tagged,
		// and reported, as its script suggests.
		a.Language, a.LanguageFrom = detect(a.Body), "detected"
	default:
		a.Language, a.LanguageFrom = detect(a.Body), "detected"
	}
}

// detectedEnglish is DetectLanguage for a text known to hold no Cyrillic
// or CJK letter.
func detectedEnglish(string) string { return English }

// word is the first eight bytes of s as a little-endian number.
func word(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
