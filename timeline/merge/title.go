package merge

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// lazyRegexp compiles expr on first use rather than at package init, so
// that commands that never make a title (extract, tag) do not pay for
// compiling these expressions at every start.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// A proposal is read by a reviewer who wants the event, not the way the
// article reported it: the dateline, "X said on Monday that", ", he added"
// and an opening "On Tuesday," are the reporting frame, and go.

var (
	// "TOKYO (Reuter) - ", "TOKYO, Oct 1 (AFP) - ", "MOSCOW, January 23. /TASS/. "
	datelinePrefix = lazyRegexp(`^\p{Lu}[\p{L} .'’-]{1,30}?,\s*\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?\.?\s*(?:\([^)]{1,30}\)\s*[-–—]+|/[^/]{2,20}/\.?)\s*|^[\p{Lu}][\p{Lu} .'’-]{1,30}(?:\([^)]{1,30}\))?\s*[-–—]+\s*|^\p{Lu}\p{L}+(?:,\s*\p{Lu}\p{L}+)?\s*[-–—]\s+`)
	// "“This is unacceptable,” Yoshihide Suga, the secretary-general, said"
	quoteThenSpeaker = lazyRegexp(`^["“]([^"”]{10,}?)[,.]?["”],?\s+(\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3})\b.{0,100}?\b(?:said|says|told|added|stressed|noted)\b`)
	// "Lavrov said on Tuesday that ...", "the ministry announced that ..."
	reportedThat = lazyRegexp(`^(.{0,100}?)\b(?:said|says|announced|announces|stated|told (?:reporters|journalists|the press|a news conference|a press conference)|noted|recalled|added|stressed|confirmed)\b[^.;:"“]{0,40}?\bthat\s+(.+)$`)
	// "..., he said." / "..., Peskov told journalists on Monday."
	trailingAttribution = lazyRegexp(`,?\s*["”]?\s*(?:he|she|they|it|the \p{L}+|\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}) (?:said|says|added|noted|stressed|told [^,.]{1,40})(?: on \p{L}+| in \p{L}+)?\.?$`)
	// "On Tuesday, ", "In March 2022, ", "Earlier, "
	leadingWhen = lazyRegexp(`^(?:(?:On|In|At|Last|Earlier|Later|Previously|Meanwhile)\b[^,]{0,30}|Earlier|Meanwhile),\s+`)
	// A sentence that only says where and to whom someone spoke.
	frame = lazyRegexp(`(?i)\b(?:speaking|spoke|talking|talked) to (?:reporters|journalists|the press|the media)\b|\btold (?:reporters|journalists|the press)\b|\bat a (?:news|press) conference\b|\bin an interview\b`)
	// Photo captions and credit lines.
	caption = lazyRegexp(`(?i)^\s*(?:photo|file photo|image|picture|credit|caption|фото|写真)\b\s*[:：]?|\b(?:file photo|ap photo|afp photo|getty images|photo by|photo courtesy|photo credit|all rights reserved|copyright)\b|©`)
)

// reviewerTitle makes a proposal's title from its sentence: the event, as
// a reviewer would title it, at most about 90 bytes.
func reviewerTitle(s string) string { return titleOfLine(oneLine(s)) }

// titleOfLine is reviewerTitle of a sentence already on one line.
func titleOfLine(s string) string {
	// Lists in official texts open sentences with bullets and dashes.
	s = strings.TrimLeft(s, "•·-–—*> ")
	// Each pattern is tried only where a cheap test says it may match: the
	// merge titles every proposal.
	if head := s[:min(len(s), 70)]; strings.ContainsAny(head, "-–—/") {
		if loc := datelinePrefix().FindStringIndex(s); loc != nil && loc[1] < len(s) {
			s = s[loc[1]:]
		}
	}
	if strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“") {
		if m := quoteThenSpeaker().FindStringSubmatch(s); m != nil {
			return headline(m[2] + ": “" + m[1] + "”")
		}
	}
	speaker := ""
	reporting := mayHold(s, "said", "says", "announc", "stated", "told", "noted", "recalled", "added", "stressed", "confirmed")
	var m []string
	if reporting && strings.Contains(s, "that ") {
		m = reportedThat().FindStringSubmatch(s)
	}
	if m != nil && utf8.RuneCountInString(m[2]) > 20 {
		speaker = subject(m[1])
		s = m[2]
	} else if reporting {
		if loc := trailingAttribution().FindStringIndex(s); loc != nil && loc[0] > 20 {
			s = s[:loc[0]]
		}
	}
	if strings.Contains(s[:min(len(s), 40)], ", ") {
		if loc := leadingWhen().FindStringIndex(s); loc != nil && len(s)-loc[1] > 20 {
			s = s[loc[1]:]
		}
	}
	s = strings.Trim(s, ` "“”'‘’,;`)
	s = capitalize(s)
	if speaker != "" {
		s = speaker + ": " + s
	}
	return headline(s)
}

// subject is the name a reported clause opens with: the last run of
// capitalised words before the verb ("In the interview on Tuesday, Lavrov"
// gives "Lavrov").
func subject(s string) string {
	ws := strings.Fields(strings.Trim(s, " ,"))
	end := len(ws)
	start := end
	for start > 0 {
		r, _ := utf8.DecodeRuneInString(ws[start-1])
		if !unicode.IsUpper(r) || strings.HasSuffix(ws[start-1], ",") {
			break
		}
		start--
	}
	if start == end || end-start > 4 {
		return ""
	}
	return strings.Join(ws[start:end], " ")
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// headline shortens a title to at most about 90 bytes, cut at a word (or,
// in Japanese, at a character).
func headline(s string) string {
	if len(s) <= 90 {
		return strings.TrimRight(s, ".。")
	}
	cut := strings.LastIndexByte(s[:90], ' ')
	if cut < 40 {
		cut = 90
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:、") + "…"
}

// isFrame reports whether a sentence only frames a report (where and to
// whom someone spoke) without saying what happened.
func isFrame(s string) bool {
	if !mayHold(s, "reporters", "journalists", "press", "media", "conference", "interview") || !frame().MatchString(s) || strings.Contains(s, " that ") || strings.ContainsAny(s, ":\"“") {
		return false
	}
	return len(strings.Fields(s)) <= 20
}

// isCaption reports whether a sentence is a photo caption or a credit line:
// it may be evidence, but it proposes nothing.
func isCaption(s string) bool {
	return mayHold(s, "photo", "image", "picture", "credit", "caption", "фото", "写真", "getty", "rights reserved", "copyright", "©") && caption().MatchString(s)
}

// mayHold is a cheap test before a regular expression: whether s, in lower
// case, holds one of the words.
func mayHold(s string, words ...string) bool {
	var buf [512]byte
	if len(s) <= len(buf) && isASCII(s) {
		// Lower-cased on the stack, not in a new string: the merge asks
		// this of every sentence, and most are ASCII.
		l := buf[:len(s)]
		for i := 0; i < len(s); i++ {
			l[i] = lowerASCII(s[i])
		}
		for _, w := range words {
			if bytes.Contains(l, []byte(w)) {
				return true
			}
		}
		return false
	}
	l := strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// boundsSpan reports whether the text before a mention makes it a span's
// bound ("since October 1956").
func boundsSpan(before string) bool {
	return mayHold(before, "since", "until", "till", "through") && spanOpener().MatchString(before)
}

var (
	// "Today marks 60 years since ...", "the 80th anniversary of ..."
	anniversary = lazyRegexp(`(?i)\b(?:marks?|marked|marking|celebrat\w*|commemorat\w*)\b[^.]{0,40}\b(?:years?|anniversary)\b|\banniversary of\b|\d+(?:st|nd|rd|th) anniversary\b`)
	// "Updated: 2005-11-14 10:17", "Posted"
	stampLabel = lazyRegexp(`(?i)\b(?:updated|published|posted|last modified|modified)\s*(?:on|at)?\s*:?\s*$`)
)

// spanOpener: the text before a mention that makes it a span's bound
// ("the first death since October 1956").
var spanOpener = lazyRegexp(`(?i)\b(?:since|until|till|through)\s+(?:the\s+)?$`)

// isAnniversary reports whether a sentence marks the anniversary of an
// event: its date is the commemoration, not the event.
// Every match holds one of the words of mayHold, case folded (the other
// letters that fold to these, such as the Kelvin sign, lower-case to them).
func isAnniversary(s string) bool {
	return mayHold(s, "mark", "celebrat", "commemorat", "anniver") && anniversary().MatchString(s)
}

// isStamp reports whether the text before a mention is a page's "Updated:"
// or "Published:" label: the mention restates the publication.
func isStamp(before string) bool {
	return mayHold(before, "updated", "published", "posted", "modified") && stampLabel().MatchString(before)
}
