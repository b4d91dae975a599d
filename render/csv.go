package render

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/peacetreaty/timeline/timeline"
)

func init() {
	register(Format{"csv", "csv", "spreadsheet rows (RFC 4180, UTF-8 with BOM): one per event, dates as ISO days and EDTF; status last", CSV, URLLosses})
}

// csvHeader are the columns of the CSV export, in order:
//
//	id                the event id
//	start, end        first and last ISO day the date may denote; empty for an
//	                  open or unknown end (a single day has end = start)
//	edtf              the date as written in the data, so nothing is lost
//	precision         day, month, season, year, decade or century
//	display           the date in plain English ("c. 1950s")
//	title             the event title
//	kind              the kind id
//	actors, places,   ids, joined with "; "
//	tags
//	era               the era id
//	first_source_url  the URL of the first source that has one
//	source_count      how many sources the event cites
//	status            curated, proposed or draft; last so that the columns
//	                  before it keep their place for existing spreadsheets
//
// Ids rather than display names keep the cells joinable with the data files.
var csvHeader = []string{
	"id", "start", "end", "edtf", "precision", "display", "title", "kind",
	"actors", "places", "tags", "era", "first_source_url", "source_count", "status",
}

// utf8BOM starts the file because Excel reads a CSV file without it in the
// local ANSI code page, which garbles the Japanese and Russian names and the
// en dashes of display dates; other tools (Python's utf-8-sig, R, LibreOffice,
// Google Sheets) skip it.
const utf8BOM = "\ufeff"

// listSep joins the values of a multi-valued cell; a semicolon, since commas
// would force quoting and ids never contain one.
const listSep = "; "

// CSV writes one row per event, curated and proposed, after a header row
// (see csvHeader). Lines end with CRLF as RFC 4180 specifies, which is also
// what Excel writes.
func CSV(w io.Writer, tl *timeline.Timeline) error {
	var buf bytes.Buffer
	buf.WriteString(utf8BOM)
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range allEvents(tl) {
		d := newJSONDate(e.Date)
		row := []string{
			e.ID, deref(d.Start), deref(d.End), d.EDTF, d.Precision, d.Display, oneLine(e.Title), e.Kind,
			strings.Join(e.Actors, listSep), strings.Join(e.Places, listSep), strings.Join(e.Tags, listSep), e.Era,
			firstSourceURL(e), strconv.Itoa(len(e.Sources)), status(e),
		}
		for i := range row {
			row[i] = csvCell(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// deref turns the null of an open end into an empty cell.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// firstSourceURL is the URL of the first source that has a safe one: a source
// without a URL (an archive document) comes first in some events, and an
// empty cell would hide the link that the event does have.
func firstSourceURL(e timeline.Event) string {
	for _, s := range e.Sources {
		if u := safeURL(s.URL); u != "" {
			return u
		}
	}
	return ""
}
