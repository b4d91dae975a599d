package temporal

import "testing"

// Cases found by mutation testing (make mutate): relative expressions with
// "coming" and "past", reporting periods, parts of days after a relative
// day. Each failed a mutant of the rule that reads it.
func TestMutantsRelative(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The summit is set for coming March.", []string{"coming March|DATE|2024-03||2024-03"}},
		{"They meet this coming March.", []string{"this coming March|DATE|2024-03||2024-03"}},
		{"He spoke this past Tuesday.", []string{"this past Tuesday|DATE|2024-01-23||2024-01-23"}},
		{"He will speak this coming Thursday.", []string{"this coming Thursday|DATE|2024-02-01||2024-02-01"}},
		{"Sales in the latest period fell.", []string{"the latest period|DATE|2023-Q4||2023-10/2023-12"}},
		{"Sales in the current period rose.", []string{"the current period|DATE|2024-Q1||2024-01/2024-03"}},
		{"They meet tomorrow night.", []string{"tomorrow night|TIME|2024-01-31TNI||2024-01-31"}},
		{"They met Tuesday night.", []string{"Tuesday night|TIME|2024-01-30TNI||2024-01-30"}},
	})
}
