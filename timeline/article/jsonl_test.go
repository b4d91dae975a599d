package article

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

func TestLinesAndParseLine(t *testing.T) {
	corpus := `{"id": "a", "dct": "1998-01-08", "text": "On Monday."}
{"id": "b", "published": "2024-01-30T08:24:00+03:00", "title": "T", "url": "https://tass.com/world/1738995", "text": "In March 2022."}
{"id": "broken", "text": "unterminated}

{"id": "c", "text": "no date"}
{"text": "no id", "published": "2020-01-01"}` + "\r\n" + `{"id": "d", "dct": "1998-01-08"}`
	l := NewLines(strings.NewReader(corpus))
	var got []string
	for {
		line, n, err := l.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseLine(line, n, Options{})
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, a.ID+" "+a.Published.UTC().Format(time.RFC3339)+" "+a.Body)
	}
	want := []string{
		"a 1998-01-08T00:00:00Z On Monday.",
		"b 2024-01-30T05:24:00Z In March 2022.",
		"line 3: invalid JSON at column 39: unexpected end of JSON input",
		"line 4: empty line",
		`line 5 (id "c"): publication year unknown; pass --published`,
		"line-6 2020-01-01T00:00:00Z no id",
		`line 7: no "text" field`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A byte-order mark opens a file saved by some editors, and a line of files
// joined with cat: the line is read as if it were not there, and a column
// counts its bytes.
func TestParseLineByteOrderMark(t *testing.T) {
	a, err := ParseLine([]byte("\ufeff"+`{"id": "bom", "dct": "2024-01-30", "text": "On 3 March 2022."}`), 1, Options{})
	if err != nil || a.ID != "bom" || a.Body != "On 3 March 2022." {
		t.Fatalf("%+v, %v", a, err)
	}
	_, err = ParseLine([]byte("\ufeff{broken"), 4, Options{})
	if want := "line 4: invalid JSON at column 5: invalid character 'b' looking for beginning of object key string"; err == nil || err.Error() != want {
		t.Errorf("err %v, want %s", err, want)
	}
	if _, err := ParseLine([]byte("\ufeff"), 2, Options{}); err == nil || err.Error() != "line 2: empty line" {
		t.Errorf("a line of a mark alone: %v", err)
	}
}

// A JSON error at a byte beyond ASCII names the character, or the byte
// when it is not UTF-8, not the byte read as Latin-1; a UTF-16 line is
// named as such.
func TestParseLineNamesCharacters(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"é{}", "line 1: invalid JSON at column 1: invalid character 'é' looking for beginning of value"},
		{`{"id": "x"` + "\u00a0}", "line 1: invalid JSON at column 11: invalid character '\\u00a0' after object key:value pair"},
		{"\xff{}", "line 1: invalid JSON at column 1: invalid byte 0xFF (not UTF-8) looking for beginning of value"},
		{"\ufeffé", "line 1: invalid JSON at column 4: invalid character 'é' looking for beginning of value"},
		{"\xff\xfe{\x00}\x00", "line 1: UTF-16 text (it starts with a UTF-16 byte-order mark); save the file as UTF-8"},
		{"\xfe\xff\x00{", "line 1: UTF-16 text (it starts with a UTF-16 byte-order mark); save the file as UTF-8"},
		{"{broken", "line 1: invalid JSON at column 2: invalid character 'b' looking for beginning of object key string"},
	} {
		_, err := ParseLine([]byte(tt.line), 1, Options{})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q: %v\nwant %s", tt.line, err, tt.want)
		}
	}
}

func TestLinesTooLong(t *testing.T) {
	long := `{"id": "big", "dct": "2020-01-01", "text": "` + strings.Repeat("x", MaxSize+10) + `"}`
	corpus := long + "\n" + `{"id": "after", "dct": "2020-01-01", "text": "fine"}` + "\n"
	l := NewLines(strings.NewReader(corpus))
	_, n, err := l.Next()
	if !errors.Is(err, ErrLineTooLong) || n != 1 {
		t.Fatalf("line %d: %v, want ErrLineTooLong", n, err)
	}
	line, n, err := l.Next()
	if err != nil || n != 2 || !strings.Contains(string(line), `"after"`) {
		t.Fatalf("line after the long one: %d %q %v", n, line, err)
	}
	if _, _, err := l.Next(); !errors.Is(err, io.EOF) {
		t.Fatalf("want EOF, got %v", err)
	}
}

// A 5 MB line is an article like any other.
func TestLinesFiveMegabytes(t *testing.T) {
	text := strings.Repeat("The talks resumed in March 2022. ", 5<<20/33)
	l := NewLines(strings.NewReader(`{"id": "five", "dct": "2024-01-30", "text": "` + text + `"}`))
	line, n, err := l.Next()
	if err != nil || n != 1 {
		t.Fatal(err)
	}
	a, err := ParseLine(line, n, Options{})
	if err != nil || len(a.Body) != len(text) {
		t.Fatalf("%v, body %d bytes", err, len(a.Body))
	}
}

// Lines that fit the reader's buffer are returned in place, longer ones
// gathered: mixed, with CRLF and without a final newline, each comes back
// whole and numbered.
func TestLinesInPlaceAndGathered(t *testing.T) {
	var want []string
	for i, n := range []int{0, 10, 64 << 10, 3, 200 << 10, 64<<10 - 1, 1} {
		want = append(want, fmt.Sprintf("%d:%s", i+1, strings.Repeat("x", n)))
	}
	in := strings.Join(want, "\r\n")
	l := NewLines(strings.NewReader(in))
	for i, w := range want {
		line, n, err := l.Next()
		if err != nil || n != i+1 || string(line) != w {
			t.Fatalf("line %d: %d, %d bytes, %v; want %d bytes", i+1, n, len(line), err, len(w))
		}
	}
	if _, _, err := l.Next(); !errors.Is(err, io.EOF) {
		t.Fatalf("want EOF, got %v", err)
	}
}
