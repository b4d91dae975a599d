//go:build unix

package render

import (
	"os"
	"syscall"
)

// lockTemp holds an exclusive advisory lock on a temporary file while it is
// written; the kernel drops it when the process dies, which is how
// tempIsStale tells a killed run's file from a running one's.
func lockTemp(f *os.File) (unlock func()) {
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
		return func() {}
	}
	return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
}

// tempIsStale reports whether no process holds the temporary file's lock.
func tempIsStale(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
		return false // a running writer holds it
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return true
}
