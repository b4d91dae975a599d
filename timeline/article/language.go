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
	if asciiOnly(text) {
		return English // the common case, decided without counting
	}
	var latin, cyr, cjk int
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r), unicode.Is(unicode.Han, r):
			cjk++
		case r >= 0xFF21 && r <= 0xFF5A: // full-width Latin, as Japanese writes it
			cjk++
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
func (a *Article) settleLanguage(opts Options) {
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
		a.Language, a.LanguageFrom = DetectLanguage(a.Body), "detected"
	default:
		a.Language, a.LanguageFrom = DetectLanguage(a.Body), "detected"
	}
}

// asciiOnly reports whether text has no byte above 0x7F, eight bytes at a
// time.
func asciiOnly(text string) bool {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		w := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
