//go:build !unix

package render

import (
	"os"
	"time"
)

// lockTemp does nothing where there is no flock; tempIsStale goes by age.
func lockTemp(*os.File) (unlock func()) { return func() {} }

// tempIsStale reports whether a temporary file is older than any write
// takes: a killed run's leftover.
func tempIsStale(path string) bool {
	info, err := os.Stat(path)
	return err == nil && time.Since(info.ModTime()) > time.Hour
}
