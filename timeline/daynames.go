package timeline

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

// NamedDay is a calendar day written out in full, with its year, in a text:
// "on 19 October 1956", "October 19, 1956", "1956-10-19", "1956年10月19日",
// "19 октября 1956 года".
type NamedDay struct {
	Text string   // the words that name the day, as written
	Day  edtf.Day // the day they name
}

// The validator looks only for days written in full: a day without its
// year ("on 14 February") or a weekday ("on Friday") needs an anchor the
// curated text does not carry, and the tagger (timeline/temporal) is the
// tool for those. These patterns cover the languages the sources are in.
var (
	enMonths = map[string]int{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
		"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
		"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
		"december": 12, "dec": 12,
	}
	ruMonths = map[string]int{
		"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
		"августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	}
	frMonths = map[string]int{
		"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
		"août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	}
	deMonths = map[string]int{
		"januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
		"august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
	}
	// Japanese era names and the Gregorian year before each era's first year.
	jaEras = map[string]int{"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}

	enMonth = `(January|February|March|April|May|June|July|August|September|October|November|December|` +
		`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`
	ordinal = `(?:st|nd|rd|th)?`

	// Each pattern's groups are named d, m and y (or era); (?i) because
	// titles and sentence starts capitalise month names. They are compiled
	// on first use, not at package init: most commands never call NamedDays.
	dayPatterns = sync.OnceValue(func() []dayPattern {
		return []dayPattern{
			{regexp.MustCompile(`(?i)\b(?P<d>\d{1,2})` + ordinal + `\s+(?:of\s+)?(?P<m>` + enMonth + `)\.?,?\s+(?P<y>\d{4})\b`), enMonths},
			{regexp.MustCompile(`(?i)\b(?P<m>` + enMonth + `)\.?\s+(?P<d>\d{1,2})` + ordinal + `,?\s+(?P<y>\d{4})\b`), enMonths},
			{regexp.MustCompile(`\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b`), nil},
			{regexp.MustCompile(`(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日`), nil},
			{regexp.MustCompile(`(?P<era>明治|大正|昭和|平成|令和)\s*(?P<y>\d{1,2}|元)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日`), nil},
			{regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(?P<d>\d{1,2})\s+(?P<m>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(?P<y>\d{4})`), ruMonths},
			{regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(?P<d>\d{1,2}|1er)\s+(?P<m>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(?P<y>\d{4})`), frMonths},
			{regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(?P<d>\d{1,2})\.\s*(?P<m>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+(?P<y>\d{4})`), deMonths},
		}
	})

	// Full-width digits, as Japanese text often writes them.
	fullWidthDigits = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4",
		"５", "5", "６", "6", "７", "7", "８", "8", "９", "9")
)

// dayPattern is a pattern of a day named in full and its language's month
// names (nil for numeric months).
type dayPattern struct {
	re     *regexp.Regexp
	months map[string]int
}

// NamedDays returns the days named in full in text, in the order they
// appear. A match that is not a real calendar day (31 June) is skipped.
func NamedDays(text string) []NamedDay {
	text = fullWidthDigits.Replace(text)
	type hit struct {
		at int
		nd NamedDay
	}
	var hits []hit
	for _, p := range dayPatterns() {
		names := p.re.SubexpNames()
		for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
			var d, mo, y, era string
			start := -1
			for i, name := range names {
				if i == 0 || m[2*i] < 0 {
					continue
				}
				v := text[m[2*i]:m[2*i+1]]
				if start < 0 || m[2*i] < start {
					start = m[2*i]
				}
				switch name {
				case "d":
					d = v
				case "m":
					mo = v
				case "y":
					y = v
				case "era":
					era = v
				}
			}
			day, ok := namedDay(d, mo, y, era, p.months)
			if !ok {
				continue
			}
			hits = append(hits, hit{start, NamedDay{Text: strings.TrimSpace(text[start:m[1]]), Day: day}})
		}
	}
	// Patterns run one after another; order the days as the text does.
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].at < hits[j-1].at; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	out := make([]NamedDay, 0, len(hits))
	for _, h := range hits {
		out = append(out, h.nd)
	}
	return out
}

func namedDay(d, mo, y, era string, months map[string]int) (edtf.Day, bool) {
	day, err := strconv.Atoi(strings.TrimSuffix(strings.ToLower(d), "er"))
	if err != nil {
		return edtf.Day{}, false
	}
	month, ok := months[strings.ToLower(mo)]
	if months == nil {
		month, err = strconv.Atoi(mo)
		ok = err == nil
	}
	if !ok {
		return edtf.Day{}, false
	}
	year := 1
	if y != "元" { // 元年, the first year of an era
		if year, err = strconv.Atoi(y); err != nil {
			return edtf.Day{}, false
		}
	}
	if era != "" {
		year += jaEras[era]
	}
	v, err := edtf.Parse(edtf.Day{Year: year, Month: month, Day: day}.String())
	if err != nil || v.Precision() != edtf.PrecisionDay {
		return edtf.Day{}, false
	}
	return v.Earliest(), true
}
