package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// Severity says how much a Diagnostic matters.
type Severity int

// Severities, most serious first.
const (
	SeverityError Severity = iota
	SeverityWarning
	SeverityNote
)

func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	default:
		return "note"
	}
}

// Diagnostic is one finding about the data, with the place it was found.
// Line and Col are 1-based; 0 means the finding is about the whole file.
type Diagnostic struct {
	Path     string
	Line     int
	Col      int
	Severity Severity
	Msg      string
	// Cross marks a finding about how the file relates to others (an id it
	// names that does not exist, a duplicate id): a change elsewhere can
	// cause it, so checking a change reports it wherever it is.
	Cross bool
	// Also is the other file a finding about a pair of files names (the
	// first of two events with one alias): a change to either reports it.
	Also string
}

// String formats the diagnostic as "path:line:col: severity: message",
// the form editors and CI annotations understand.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.Path)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", d.Line, max(d.Col, 1))
	}
	fmt.Fprintf(&b, ": %s: %s", d.Severity, d.Msg)
	return b.String()
}

// Error makes a single finding an error, as Format returns them.
func (d Diagnostic) Error() string { return d.String() }

// Diagnostics is a list of findings; as an error it stands for all of them.
type Diagnostics []Diagnostic

// Sort orders the findings by path, line and column, then message, so a run
// always reports in the same order.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Msg < b.Msg
	})
}

// Errors returns only the findings of error severity.
func (ds Diagnostics) Errors() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == SeverityError {
			out = append(out, d)
		}
	}
	return out
}

// HasErrors reports whether any finding is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Error joins the error findings, one a line.
func (ds Diagnostics) Error() string {
	var lines []string
	for _, d := range ds.Errors() {
		lines = append(lines, d.String())
	}
	return strings.Join(lines, "\n")
}

// suggest returns the candidate closest to s when it is a near miss
// (edit distance at most 2, or a third of its length), for "did you mean" hints.
func suggest(s string, candidates []string) string {
	best, bestD := "", -1
	for _, c := range candidates {
		d := editDistance(s, c)
		if d == 0 {
			continue
		}
		if bestD < 0 || d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	limit := max(2, len(s)/3)
	if bestD < 0 || bestD > limit {
		return ""
	}
	return best
}

// didYouMean formats the hint suffix for a near miss, or "".
func didYouMean(s string, candidates []string) string {
	if m := suggest(s, candidates); m != "" {
		return fmt.Sprintf(" (did you mean %q?)", m)
	}
	return ""
}

// editDistance is the Damerau–Levenshtein (optimal string alignment) distance,
// so a swapped pair such as "titel" for "title" counts as one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// WriteGitHub writes the findings as GitHub Actions workflow commands, so a
// pull request shows each one on its line: "::error file=…,line=…,col=…::…".
func (ds Diagnostics) WriteGitHub(w io.Writer) error {
	for _, d := range ds {
		cmd := map[Severity]string{SeverityError: "error", SeverityWarning: "warning", SeverityNote: "notice"}[d.Severity]
		props := "file=" + ghProperty(d.Path)
		if d.Line > 0 {
			props += fmt.Sprintf(",line=%d,col=%d", d.Line, max(d.Col, 1))
		}
		props += ",title=" + ghProperty("timeline validate")
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", cmd, props, ghData(d.Msg)); err != nil {
			return err
		}
	}
	return nil
}

// GitHub's escaping for workflow command data and properties.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// WriteSummary writes a Markdown summary of the findings for
// $GITHUB_STEP_SUMMARY: GitHub shows only about ten annotations per step, so
// the summary lists every finding.
func (ds Diagnostics) WriteSummary(w io.Writer, events int) error {
	count := map[Severity]int{}
	for _, d := range ds {
		count[d.Severity]++
	}
	fmt.Fprintf(w, "### timeline validate\n\n%s: %s, %s, %s.\n", plural(events, "event"),
		plural(count[SeverityError], "error"), plural(count[SeverityWarning], "warning"), plural(count[SeverityNote], "note"))
	if len(ds) == 0 {
		_, err := fmt.Fprintln(w)
		return err
	}
	fmt.Fprintf(w, "\n| file | line | col | severity | message |\n|---|---|---|---|---|\n")
	cell := strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;")
	for _, d := range ds {
		fmt.Fprintf(w, "| %s | %d | %d | %s | %s |\n", cell.Replace(d.Path), d.Line, d.Col, d.Severity, cell.Replace(d.Msg))
	}
	_, err := fmt.Fprintln(w)
	return err
}

// MarshalJSON writes a finding as {"path", "line", "col", "severity", "message"}.
func (d Diagnostic) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Path     string `json:"path"`
		Line     int    `json:"line"`
		Col      int    `json:"col"`
		Severity string `json:"severity"`
		Message  string `json:"message"`
	}{d.Path, d.Line, d.Col, d.Severity.String(), d.Msg})
}

// Only keeps the findings about the given files, for checking a change:
// those in them, those about a pair of files one of which changed (Also),
// and every error that relates files to each other (Cross): deleting an
// event breaks the files that list it under related, which did not change.
func (ds Diagnostics) Only(paths map[string]bool) Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if paths[d.Path] || (d.Also != "" && paths[d.Also]) || (d.Cross && d.Severity == SeverityError) {
			out = append(out, d)
		}
	}
	return out
}

// plural counts things in English: "1 error", "2 errors".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// MaxQuoted is how much of a bad value a message quotes: enough to find
// it, short enough that a 1 MiB title does not flood the terminal.
const MaxQuoted = 100

// Clip shortens s to MaxQuoted characters, marking the cut and the length,
// for messages that quote a value from the command line or a file.
func Clip(s string) string { return clip(s) }

// clip shortens s to MaxQuoted characters, marking the cut.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= MaxQuoted {
		return s
	}
	r := []rune(s)
	return string(r[:MaxQuoted]) + fmt.Sprintf("… (%d characters)", len(r))
}

// message formats a finding, clipping every string argument (the values
// it quotes) to MaxQuoted characters.
func message(format string, args ...any) string {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = clip(s)
		}
	}
	return fmt.Sprintf(format, args...)
}
