package edtf

import "testing"

// Cases found by mutation testing (make mutate): the edges of the month
// range and of the precision names, which the other tables step over.

// TestMonthEdges: January and December are months, 00 and 13 are not, and
// 21-24 are seasons; each edge, because a comparison moved by one would
// reject January or accept month 13.
func TestMonthEdges(t *testing.T) {
	ok := []okCase{
		{"1956-01", "1956-01-01", "1956-01-31", PrecisionMonth, "", "", "January 1956"},
		{"1956-01-19", "1956-01-19", "1956-01-19", PrecisionDay, "", "", "19 January 1956"},
		{"1956-12", "1956-12-01", "1956-12-31", PrecisionMonth, "", "", "December 1956"},
		{"1956-12-31", "1956-12-31", "1956-12-31", PrecisionDay, "", "", "31 December 1956"},
		{"1956-21", "1956-03-01", "1956-05-31", PrecisionSeason, "", "", "spring 1956"},
		{"1956-24", "1956-12-01", "1957-02-28", PrecisionSeason, "", "", "winter 1956–57"},
		{"1956-01/1956-12", "1956-01-01", "1956-12-31", PrecisionMonth, "", "[]", "January–December 1956"},
	}
	runOK(t, ok)
	runErr(t, []errCase{
		{"1956-00-01", 5, "month 00 out of range 01-12"},
		{"1956-13-01", 5, "month 13 out of range 01-12"},
	})
}

// TestPrecisionStringEdges: the first value past the names is not a name.
func TestPrecisionStringEdges(t *testing.T) {
	for _, c := range []struct {
		p    Precision
		want string
	}{
		{PrecisionCentury, "century"},
		{PrecisionCentury + 1, "Precision(6)"},
		{-1, "Precision(-1)"},
	} {
		if got := c.p.String(); got != c.want {
			t.Errorf("Precision(%d).String() = %q, want %q", int(c.p), got, c.want)
		}
	}
}
