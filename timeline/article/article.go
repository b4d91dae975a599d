// Package article reads news articles for the temporal tagger: plain text or
// Markdown with YAML front matter, HTML pages, and JSON Lines corpora. Each
// reader yields an Article: metadata plus the body text whose byte offsets
// the tagger's mentions refer to.
//
// The publication time anchors every relative or partial date of an article,
// so readers take it from the metadata, from the page, or from the dateline
// ("TOKYO, January 30. /TASS/."), and never guess a year: when nothing gives
// one, reading fails with ErrYearUnknown unless Options.Published is set.
package article

import (
	"errors"
	"time"
)

// Article is one news article.
type Article struct {
	ID        string // the file name without its extension, or the corpus line's id
	URL       string
	Title     string
	Publisher string
	// Language is the code of the article's language, "en", "ru" or "ja";
	// LanguageFrom says where it came from: "metadata", "detected" (from
	// the script of the body) or "--language".
	Language     string
	LanguageFrom string
	// Published is the publication time, the anchor of relative dates; zero
	// when unknown. PublishedFrom says where it came from.
	Published     time.Time
	PublishedFrom string // "metadata", "html", "dateline", "--published", or ""
	// Body is the text to tag; mentions' offsets are byte offsets into it.
	Body string
	// Dateline is the dateline found at the head of the body, if any.
	Dateline *Dateline
	// Warnings say what the reader left out of the article (a URL that is not
	// absolute http or https), for the caller to report.
	Warnings []string
}

// Dateline is the "CITY, Month Day" line that opens agency copy.
type Dateline struct {
	Start, End int    // byte span of the dateline's date in Body
	Text       string // the date as written, e.g. "January 30"
	Month, Day int
	Year       int // 0 when the dateline gives no year
}

// Options control reading.
type Options struct {
	// Published, when not zero, is the publication time: it overrides the
	// article's own metadata and completes a dateline without a year.
	Published time.Time
	// Location is the time zone of published times written without one;
	// nil means UTC. The machine's local zone is never used.
	Location *time.Location
	// Language, when set ("en", "ru", "ja"), overrides the article's own
	// language and its detection.
	Language string
}

func (o Options) location() *time.Location {
	if o.Location == nil {
		return time.UTC
	}
	return o.Location
}

// ErrYearUnknown is returned when neither the article nor Options give the
// publication year, so relative dates cannot be anchored.
var ErrYearUnknown = errors.New("publication year unknown; pass --published")

// MaxSize is the largest article a reader accepts: far above any news article,
// low enough that one bad file cannot exhaust memory.
const MaxSize = 16 << 20
