//go:build race

package extract

// raceEnabled: the race detector changes what is allocated and slows tagging
// tenfold, so memory measurements are skipped under it (make tz runs them).
const raceEnabled = true
