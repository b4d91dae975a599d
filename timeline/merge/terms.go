package merge

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/peacetreaty/timeline/timeline"
)

// The words of an event and of an article's sentence are compared as terms:
// lower-cased, stemmed words without stop words, where the names of actors and
// places (in every listed spelling, in English, Russian and Japanese) become
// one term per actor or place, so "Etorofu", "Итуруп" and "択捉島" match.
//
// Japanese is written without spaces, so a run of kana and kanji is one
// "word" to timeline.Words: inside such a run the analyzer finds the
// vocabulary's names by longest match, never by splitting. Russian words
// change their endings with case and number ("Кисида", "Кисиды", "Кисиде"), so
// Cyrillic words lose their inflectional ending before they are compared.

// ruStopWords are Russian function words; like the English ones, they carry
// no topic.
var ruStopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`и в во на с со по к ко о об обо от до из за что как не но а же ли бы это
	этот эта эти того том этой тем при для под над без через после между также уже ещё еще было был была были
	быть есть его её ее их он она они мы вы я год года году лет месяц месяца день дня он который которая
	которые которого сказал сказала заявил заявила`) {
		ruStopWords[w] = true
	}
}

func isStop(w string) bool { return timeline.IsStopWord(w) || ruStopWords[w] }

// stem reduces a word to a crude stem, enough that "talks", "talked" and
// "talking" meet, and "декларация", "декларации" and "декларацию"; it is not
// a full stemmer, and it need not be: both sides of a comparison go through
// the same function.
func stem(w string) string {
	if isCyrillic(w) {
		return stemRU(w)
	}
	if len(w) <= 3 || !isASCII(w) {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			base := w[:len(w)-len(suf)]
			switch suf {
			case "ies", "ied":
				return base + "y"
			case "s":
				if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
					return w
				}
			}
			return base
		}
	}
	return w
}

// ruEndings are the inflectional endings of Russian nouns and adjectives,
// longest first; a stem keeps at least three letters, so short words and
// abbreviations ("МИД", "РФ") stay as they are.
var ruEndings = func() []string {
	es := strings.Fields(`иями ями ами ией ого его ому ему ыми ими ая яя ое ее ые ие ый ий ой ую юю ых их ым им ом ем
	ия ии ию ье ья ью ей ам ям ах ях ов ев а я о е и ы у ю ь й`)
	// Longest first, so "ами" is tried before "и".
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && utf8.RuneCountInString(es[j]) > utf8.RuneCountInString(es[j-1]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
	return es
}()

// stemRU strips up to two endings, so that "Лавров" and "Лаврова" (a
// surname in -ов and its genitive) meet.
func stemRU(w string) string {
	w = strings.ReplaceAll(w, "ё", "е")
	for range 2 {
		cut := false
		n := utf8.RuneCountInString(w)
		for _, e := range ruEndings {
			if strings.HasSuffix(w, e) && n-utf8.RuneCountInString(e) >= 3 {
				w, cut = w[:len(w)-len(e)], true
				break
			}
		}
		if !cut {
			break
		}
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isCyrillic reports whether w starts with a letter of the basic Cyrillic
// block (U+0400–U+04FF, lead bytes 0xD0–0xD3).
func isCyrillic(w string) bool {
	return w != "" && w[0] >= 0xD0 && w[0] <= 0xD3
}

// isCJK reports whether r is written without spaces between words: kanji,
// kana, and the prolonged-sound mark.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' || r == '々'
}

// hasCJK reports whether s holds kana or kanji; text without a byte of
// U+3000 or above (lead byte 0xE3) is passed over without decoding.
func hasCJK(s string) bool {
	i := 0
	for i < len(s) && s[i] < 0xE3 {
		i++
	}
	if i == len(s) {
		return false
	}
	for _, r := range s[i:] {
		if isCJK(r) {
			return true
		}
	}
	return false
}

// Term is one term of a sentence: the key that is compared (a stem, or
// "@id" for a name) and the text it was read from, in the original script.
type Term struct {
	Key, Text string
}

// analyzer turns text into terms, replacing the names of actors and places
// by one term each.
type analyzer struct {
	// phrases maps the first stemmed word of a name to the names that start
	// with it (as stemmed word lists) and the terms each stands for.
	phrases map[string][]phrase
	// cjk holds the names written in kana or kanji, by their first rune, for
	// longest match inside a run of Japanese text.
	cjk map[rune][]cjkName
	// surface remembers a word each stem came from, to make readable ids.
	surface map[string]string
	// lexes holds every word seen, lower case, with what is known of it.
	lexes lexTable
	// phraseLists holds the lists of phrases, so that a lex refers to its
	// list by number (phraseIndex: by first stem).
	phraseLists [][]phrase
	phraseIndex map[string]int32
	// keys numbers the term keys (stems and "@id" names), so that the
	// terms of a sentence are told apart by number rather than by string.
	keys       map[string]int32
	keyNames   []string // by key number
	keySurface []string // surface of each stem, by key number ("" for a name)
	keySlug    []bool   // by key number: a plain word a proposal's id may take (not "@id", isSlugWord)
	// words, src and lower are scratch space reused across calls (the
	// merge is single-threaded).
	words   []*lex
	src     []*lex
	seq     []*lex  // every word of the text last analyzed, in order
	wide    bool    // the text last cut (lexesOf) holds a byte outside ASCII
	termKey []int32 // the key number of each term of the text last analyzed
	lower   []byte
	cut     []cutWord
	found   []*lex
}

type phrase struct {
	words []string
	terms []string // several when two actors or places share a name ("Tokyo")
	keys  []int32  // the terms numbered (analyzer.keys)
}

type cjkName struct {
	text  string
	terms []string
	keys  []int32
}

func newAnalyzer(v *timeline.Vocabulary) *analyzer {
	a := &analyzer{phrases: map[string][]phrase{}, cjk: map[rune][]cjkName{}, surface: map[string]string{},
		phraseIndex: map[string]int32{}, keys: map[string]int32{}}
	add := func(name, term string) {
		if name = strings.TrimSpace(name); name == "" {
			return
		}
		if hasCJK(name) {
			r, _ := utf8.DecodeRuneInString(name)
			for i, n := range a.cjk[r] {
				if n.text == name {
					a.cjk[r][i].terms = appendNew(n.terms, term)
					return
				}
			}
			a.cjk[r] = append(a.cjk[r], cjkName{text: name, terms: []string{term}})
			return
		}
		var ws []string
		timeline.Words(name, func(w string) {
			if isStop(w) {
				w = "" // as terms() sees it
			}
			ws = append(ws, stem(w))
		})
		for len(ws) > 0 && ws[0] == "" {
			ws = ws[1:] // "the Soviet Union" starts at "Soviet"
		}
		if len(ws) == 0 {
			return
		}
		for i, p := range a.phrases[ws[0]] {
			if len(p.words) == len(ws) && equalWords(p.words, ws) {
				a.phrases[ws[0]][i].terms = appendNew(p.terms, term)
				return
			}
		}
		a.phrases[ws[0]] = append(a.phrases[ws[0]], phrase{words: ws, terms: []string{term}})
	}
	for _, ac := range v.Actors {
		term := "@" + ac.ID
		for _, n := range append([]string{ac.Name, ac.RU, ac.JA}, ac.Aliases...) {
			add(n, term)
		}
	}
	for _, p := range v.Places {
		term := "@" + p.ID
		for _, n := range append([]string{p.Name, p.RU, p.JA}, p.Aliases...) {
			add(n, term)
		}
	}
	// Longest names first, so "Soviet Union" wins over a shorter name.
	for k, ps := range a.phrases {
		sortLongestFirst(ps, func(p phrase) int { return len(p.words) })
		a.phrases[k] = ps
	}
	for k, ns := range a.cjk {
		sortLongestFirst(ns, func(n cjkName) int { return len(n.text) })
		a.cjk[k] = ns
	}
	// Number the names' terms, and the lists of phrases, in a fixed order.
	for _, k := range slices.Sorted(maps.Keys(a.phrases)) {
		ps := a.phrases[k]
		for i := range ps {
			ps[i].keys = a.keysOf(ps[i].terms)
		}
		a.phraseIndex[k] = int32(len(a.phraseLists))
		a.phraseLists = append(a.phraseLists, ps)
	}
	for _, r := range slices.Sorted(maps.Keys(a.cjk)) {
		for i, n := range a.cjk[r] {
			a.cjk[r][i].keys = a.keysOf(n.terms)
		}
	}
	return a
}

func (a *analyzer) keysOf(terms []string) []int32 {
	ks := make([]int32, len(terms))
	for i, t := range terms {
		ks[i] = a.keyOf(t)
	}
	return ks
}

func sortLongestFirst[T any](xs []T, size func(T) int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && size(xs[j]) > size(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// terms returns the distinct term keys of text, in first-seen order.
func (a *analyzer) terms(text string) []string {
	ts := a.analyze(text)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Key
	}
	return out
}

// analyze returns the distinct terms of text with the text each was read
// from, in first-seen order.
func (a *analyzer) analyze(text string) []Term {
	return a.analyzeInto(make([]Term, 0, 16), text)
}

// lex is what the analyzer knows of one lower-case word, worked out the
// first time the word is seen: the merge reads millions of words drawn from
// a vocabulary of thousands, so each is stemmed, looked up among the stop
// words and the names once, not at every occurrence. The fields read at
// every occurrence fill one 64-byte cache line (lexTable keeps the lexes
// aligned), so that a word costs a probe of the table and this one line.
type lex struct {
	w  string // the word, in lower case
	st string // its stem, or "" for a stop word
	// key numbers st (and the names' "@id" terms) among the analyzer's
	// term keys, so that a sentence's terms are told apart by number.
	key     int32
	phrases int32 // index in analyzer.phraseLists of the names whose first word has this stem, or -1
	cjk     bool  // kana or kanji: parts the words around it
	plain   bool  // a term on its own (not a stop word, a digit run or a single letter)

	// Filled by the Matcher on first use, once its terms are numbered.
	idKnown    bool
	aliasKnown bool
	aliasNext  uint64 // Matcher.aliasNext of the word's aliasForm: 0 when no alias starts with it
	id         int32  // term id of st, or -1 when no event has it
	aliasNum   int32  // number of the word's aliasForm among the words of aliases, or -1
	head       uint64 // the first eight bytes of w (head8), compared before w
}

// lexOf returns the lex of a word of text as timeline.Words cuts it, lower
// casing it as Words does. lexesOf hands it only the words that hold a byte
// beyond ASCII (the others it lower-cases and hashes as it cuts them).
func (a *analyzer) lexOf(span string) *lex {
	w := strings.ToLower(span)
	return a.lexOfLower(hashString(w), []byte(w))
}

// lexOfLower is lexOf for a word already in lower case (b, hashed h by
// hashString).
func (a *analyzer) lexOfLower(h uint64, b []byte) *lex {
	if l := a.lexes.find(h, b); l != nil {
		return l
	}
	w := string(b)
	l := lex{w: w, id: -1, key: -1, phrases: -1}
	if hasCJK(w) {
		l.cjk = true
	} else {
		if !isStop(w) {
			l.st = stem(w) // a stop word keeps its position for names, never becomes a term
		}
		if _, ok := a.surface[l.st]; !ok && l.st != "" {
			a.surface[l.st] = w
		}
		l.plain = l.st != "" && !isStop(l.st) && utf8.RuneCountInString(l.st) > 1 && !allDigits(l.st)
		if l.plain {
			l.key = a.keyOf(l.st)
			if a.keySurface[l.key] == "" {
				a.keySurface[l.key] = a.surface[l.st]
			}
		}
		if ps, ok := a.phrases[l.st]; ok && len(ps) > 0 {
			l.phrases = a.phraseIndex[l.st]
		}
	}
	return a.lexes.add(h, l)
}

// keyOf numbers a term key, the first time it is seen.
func (a *analyzer) keyOf(key string) int32 {
	n, ok := a.keys[key]
	if !ok {
		n = int32(len(a.keys))
		a.keys[key] = n
		a.keyNames = append(a.keyNames, key)
		a.keySurface = append(a.keySurface, "")
		a.keySlug = append(a.keySlug, !strings.HasPrefix(key, "@") && isSlugWord(key))
	}
	return n
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// lexTable is the analyzer's words, by the hash of the word: open
// addressing over 8-byte slots (the hash's top half and the word's number),
// at most 70% full, so that the table stays in cache. Lexes are kept in
// chunks, in the order first seen, so the frequent ones sit together, each
// on its own cache line with the first eight bytes of its word: a word of up
// to eight bytes is recognised there, without reading the word's bytes. A
// map keyed by string would hash each word a second time, after the pass
// that lower-cases it, and read the word's bytes and its lex besides.
type lexTable struct {
	slots  []uint64 // hash>>32 << 32 | number+1; 0 is empty
	n      int
	chunks []*[lexChunk]lex
}

const lexChunk = 256 // lexes per chunk: 16 KiB, so chunks are 64-byte aligned

// head8 is the first eight bytes of w, little-endian, zero-padded.
func head8(w []byte) uint64 {
	var k uint64
	for i := 0; i < len(w) && i < 8; i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

func (t *lexTable) at(num uint32) *lex { return &t.chunks[num/lexChunk][num%lexChunk] }

func (t *lexTable) find(h uint64, w []byte) *lex {
	return t.findHead(h, head8(w), w)
}

// findHead is find, with the word's first eight bytes already gathered.
func (t *lexTable) findHead(h, head uint64, w []byte) *lex {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	tag := h >> 32
	for i := (h ^ h>>29) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if s>>32 == tag {
			l := t.at(uint32(s) - 1)
			if l.head == head && len(l.w) == len(w) && (len(w) <= 8 || l.w == string(w)) {
				return l
			}
		}
	}
}

// add files a new word, l, and returns where it is kept.
func (t *lexTable) add(h uint64, l lex) *lex {
	num := uint32(t.n)
	if int(num)%lexChunk == 0 {
		t.chunks = append(t.chunks, new([lexChunk]lex))
	}
	p := t.at(num)
	*p = l
	p.head = head8([]byte(l.w))
	t.n++
	if 10*t.n > 7*len(t.slots) {
		t.slots = make([]uint64, max(1024, 2*len(t.slots)))
		for n := range t.n {
			t.put(hashString(t.at(uint32(n)).w), uint32(n))
		}
		return p
	}
	t.put(h, num)
	return p
}

func (t *lexTable) put(h uint64, num uint32) {
	mask := uint64(len(t.slots) - 1)
	i := (h ^ h>>29) & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = h>>32<<32 | uint64(num+1)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isWordRune: letters and digits make words, as in timeline.Words.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// eachWord calls fn with the lex of each word of text, cut as
// timeline.Words cuts it (letters and digits). An ASCII word is lower-cased
// and hashed in the same pass that finds its end. The words are cut first,
// then looked up, then handed to fn: the look-ups of a sentence do not
// depend on each other, so their cache misses overlap rather than follow
// one another.
func (a *analyzer) eachWord(text string, fn func(*lex)) {
	for _, l := range a.lexesOf(text) {
		fn(l)
	}
}

// lexesOf is the lexes of the words of text, in order, as eachWord gives
// them; the slice is scratch space, good until the next call.
func (a *analyzer) lexesOf(text string) []*lex {
	ws := a.cut[:0]
	b := a.lower[:0]
	wide := false
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			wide = true
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				i += size
				continue
			}
			j := wordEnd(text, i)
			ws = append(ws, cutWord{start: int32(i), end: int32(j), slow: true})
			i = j
			continue
		}
		if !asciiWord[c] {
			i++
			continue
		}
		off := len(b)
		h := uint64(fnvOffset)
		var head uint64
		j := i
		for ; j < len(text); j++ {
			c := text[j]
			if c >= utf8.RuneSelf || !asciiWord[c] {
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if n := j - i; n < 8 {
				head |= uint64(c) << (8 * n)
			}
			b = append(b, c)
			h = (h ^ uint64(c)) * fnvPrime
		}
		if j < len(text) && text[j] >= utf8.RuneSelf {
			wide = true
			if r, _ := utf8.DecodeRuneInString(text[j:]); isWordRune(r) {
				// The word goes on in another script: the slow path.
				b = b[:off]
				j = wordEnd(text, j)
				ws = append(ws, cutWord{start: int32(i), end: int32(j), slow: true})
				i = j
				continue
			}
		}
		ws = append(ws, cutWord{start: int32(off), end: int32(len(b)), h: h, head: head})
		i = j
	}
	a.lower, a.wide = b, wide
	// First each word's home slot, then the lex it names, each in a loop of
	// its own: the loads of one loop do not wait for each other. A slot or
	// lex that does not match (a word further along its probe sequence, or
	// a new one) takes the whole look-up; a slot read before a new word
	// was filed may be stale, but a lex is taken only when it is the word.
	t := &a.lexes
	if len(t.slots) > 0 {
		mask := uint64(len(t.slots) - 1)
		for k := range ws {
			if h := ws[k].h; !ws[k].slow {
				ws[k].slot = t.slots[(h^h>>29)&mask]
			}
		}
	}
	seen := a.found[:0]
	for _, w := range ws {
		var l *lex
		if w.slow {
			l = a.lexOf(text[w.start:w.end])
		} else {
			word := b[w.start:w.end]
			if s := w.slot; s != 0 && s>>32 == w.h>>32 {
				if c := t.at(uint32(s) - 1); c.head == w.head && len(c.w) == len(word) && (len(word) <= 8 || c.w == string(word)) {
					l = c
				}
			}
			if l == nil {
				if l = t.findHead(w.h, w.head, word); l == nil {
					l = a.lexOfLower(w.h, word)
				}
			}
		}
		seen = append(seen, l)
	}
	a.cut, a.found = ws, seen
	return seen
}

// cutWord is a word of a text as eachWord cuts it: its lower-case bytes
// (analyzer.lower[start:end]) with their hash and first eight bytes, or,
// for a word with other scripts, its place in the text (slow).
type cutWord struct {
	start, end int32
	slow       bool
	h, head    uint64
	slot       uint64 // the word's home slot in the lex table, read ahead
}

// wordEnd is the end of the word that goes on at i.
func wordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			return i
		}
		i += size
	}
	return i
}

// analyzeInto appends the distinct terms of text to out, in first-seen
// order, and records in a.src the lex each came from (nil for a name).
func (a *analyzer) analyzeInto(out []Term, text string) []Term {
	ws := a.words[:0]
	src := a.src[:0]
	keys := a.termKey[:0]
	for _, t := range out {
		keys = append(keys, a.keyOf(t.Key))
	}
	addTerm := func(key string, k int32, text string, l *lex) {
		// A sentence has a few dozen terms: a linear scan of their key
		// numbers beats a map.
		if slices.Contains(keys, k) {
			return
		}
		keys = append(keys, k)
		out = append(out, Term{key, text})
		src = append(src, l)
	}
	flush := func() {
		for i := 0; i < len(ws); i++ {
			if ws[i].phrases >= 0 {
				ps := a.phraseLists[ws[i].phrases]
				matched := false
				for _, p := range ps {
					if i+len(p.words) <= len(ws) && sameStems(ws[i:i+len(p.words)], p.words) {
						var surface string
						if len(p.words) == 1 {
							surface = ws[i].w
						} else {
							parts := make([]string, len(p.words))
							for j := range p.words {
								parts[j] = ws[i+j].w
							}
							surface = strings.Join(parts, " ")
						}
						for k, t := range p.terms {
							addTerm(t, p.keys[k], surface, nil)
						}
						i += len(p.words) - 1
						matched = true
						break
					}
				}
				if matched {
					continue
				}
			}
			if w := ws[i]; w.plain {
				addTerm(w.st, w.key, w.w, w)
			}
		}
		ws = ws[:0]
	}
	seq := append(a.seq[:0], a.lexesOf(text)...)
	if a.wide && hasCJK(text) { // only text with a byte outside ASCII may hold kana or kanji
		a.cjkTerms(text, func(key string, k int32, text string) { addTerm(key, k, text, nil) })
	}
	for _, l := range seq {
		if l.cjk {
			flush() // a run of Japanese text parts the words around it
			continue
		}
		ws = append(ws, l)
	}
	flush()
	a.words, a.src, a.seq, a.termKey = ws[:0], src, seq, keys
	return out
}

// cjkTerms finds the vocabulary's Japanese names in text by longest match at
// each position (names may hold a "・", which parts words); the Japanese
// text between names gives no terms (there is no word boundary to cut it
// at).
func (a *analyzer) cjkTerms(run string, add func(key string, k int32, text string)) {
	for i := 0; i < len(run); {
		r, size := utf8.DecodeRuneInString(run[i:])
		found := false
		for _, n := range a.cjk[r] {
			if strings.HasPrefix(run[i:], n.text) {
				for k, t := range n.terms {
					add(t, n.keys[k], n.text)
				}
				i += len(n.text)
				found = true
				break
			}
		}
		if !found {
			i += size
		}
	}
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sameStems reports whether the words ws have the stems in order.
func sameStems(ws []*lex, stems []string) bool {
	for i, st := range stems {
		if ws[i].st != st {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// aliasForm is the form a word of an alias, or of a sentence, takes when
// aliases are looked for: lower case as it is, except that Russian words lose
// their case endings ("Совместной декларации" finds "Совместная декларация").
func aliasForm(w string) string {
	if isCyrillic(w) {
		return stemRU(w)
	}
	return w
}
