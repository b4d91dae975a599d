package render

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

// readCSV parses a CSV export back, checking the byte-level conventions
// (BOM, CRLF) that the parser itself would hide.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte(utf8BOM)) {
		t.Fatal("CSV does not start with the UTF-8 BOM")
	}
	if n, crlf := bytes.Count(data, []byte("\n")), bytes.Count(data, []byte("\r\n")); n == 0 || n != crlf {
		t.Errorf("%d line ends, %d of them CRLF; want all CRLF", n, crlf)
	}
	r := csv.NewReader(bytes.NewReader(data[len(utf8BOM):]))
	r.FieldsPerRecord = len(csvHeader)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestCSV(t *testing.T) {
	tl := fixture(t)
	tl.Events[1].Title = `Japan signs the "instrument", of surrender`
	var buf bytes.Buffer
	if err := CSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	want := []string{"id", "start", "end", "edtf", "precision", "display", "title", "kind", "actors", "places", "tags", "era", "first_source_url", "source_count", "status"}
	if !slices.Equal(rows[0], want) {
		t.Errorf("header %q, want %q", rows[0], want)
	}
	if len(rows)-1 != len(tl.Events) {
		t.Fatalf("%d rows, want one per event (%d)", len(rows)-1, len(tl.Events))
	}
	// A title with a comma and a quote is quoted, quotes doubled, and reads back whole.
	if !strings.Contains(buf.String(), `,"Japan signs the ""instrument"", of surrender",`) {
		t.Errorf("title not quoted per RFC 4180:\n%s", buf.String())
	}
	if got := rows[2][6]; got != tl.Events[1].Title {
		t.Errorf("title read back as %q", got)
	}
	// The surrender's first source has no URL: the column takes the first that has one.
	if got := rows[2][12]; got != "https://www.mofa.go.jp/region/europe/russia/territory/index.html" || rows[2][13] != "2" {
		t.Errorf("surrender sources: url %q, count %q", got, rows[2][13])
	}
	occupation := []string{"1945-08-18-occupation", "1945-08-18", "1945-09-05", "1945-08-18/1945-09-05", "day",
		"18 August – 5 September 1945", "Soviet forces occupy the Kurils", "military", "ussr; japan",
		"southern-kurils; habomai", "ww2; occupation; turning-point", "war",
		"https://www.mofa.go.jp/region/europe/russia/territory/index.html", "1", "curated"}
	if !slices.Equal(rows[1], occupation) {
		t.Errorf("row\n%q\nwant\n%q", rows[1], occupation)
	}
	decade := rows[3]
	if decade[1] != "1950-01-01" || decade[2] != "1959-12-31" || decade[3] != "195X~" || decade[4] != "decade" || decade[5] != "c. 1950s" {
		t.Errorf("decade row %q", decade)
	}
}

func TestCSVOpenEndAndProposed(t *testing.T) {
	tl := merged(t)
	tl.Events[0].Date = edtf.MustParse("1945-08-18/..")
	var buf bytes.Buffer
	if err := CSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	if len(rows)-1 != len(tl.Events)+len(tl.Proposed) {
		t.Fatalf("%d rows for %d events and %d proposed", len(rows)-1, len(tl.Events), len(tl.Proposed))
	}
	var open, proposed []string
	for _, r := range rows[1:] {
		switch {
		case r[0] == tl.Events[0].ID:
			open = r
		case r[14] == "proposed":
			proposed = r
		}
	}
	if open == nil || open[1] != "1945-08-18" || open[2] != "" {
		t.Errorf("open end row %q: want start 1945-08-18 and an empty end", open)
	}
	if proposed == nil || proposed[0] != tl.Proposed[0].ID {
		t.Errorf("proposed event row %q", proposed)
	}
}
