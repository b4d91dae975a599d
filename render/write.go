package render

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// tmpMarker sits between a file's name and the random part of the
// temporary files WriteFile makes next to it: ".NAME.tmp-RANDOM".
const tmpMarker = ".tmp-"

// WriteFile writes data to the file name without ever leaving a half-written
// file behind, and without turning something that is not a regular file into
// one:
//
//   - a regular file (or a new one) is replaced atomically: the data goes to
//     a temporary file in the same folder, which is synced, given the old
//     file's mode (0644 for a new file) and renamed over it;
//   - a symbolic link is followed: its target is replaced that way and the
//     link stays a link;
//   - a device, a FIFO or a socket (/dev/null, a pipe), and any name under
//     /dev/ or /proc/ (/dev/stdout), is written straight through, since
//     renaming over it would replace it;
//   - a folder is refused with an error saying so.
//
// Before writing, it removes the temporary files an earlier run left next to
// the same file when it was killed mid-write (see removeStaleTemps).
func WriteFile(name string, data []byte) error {
	if isSystemStream(name) {
		return writeThrough(name, data)
	}
	target := name
	info, err := os.Stat(name) // follows links
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// A new file, or a dangling link: write where the link points.
		if l, lerr := os.Lstat(name); lerr == nil && l.Mode()&fs.ModeSymlink != 0 {
			if target, err = resolveLink(name); err != nil {
				return err
			}
		}
		return writeAtomic(target, data, 0o644)
	case err != nil:
		return err
	case info.IsDir():
		return fmt.Errorf("%s is a folder; give a file name to write to", name)
	case !info.Mode().IsRegular():
		return writeThrough(name, data)
	}
	if l, err := os.Lstat(name); err == nil && l.Mode()&fs.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(name); err != nil {
			return err
		}
	}
	return writeAtomic(target, data, info.Mode().Perm())
}

// isSystemStream reports names such as /dev/stdout and /proc/self/fd/1:
// links to whatever the process's stream is, which may be a redirected
// regular file that must be written in place, not replaced.
func isSystemStream(name string) bool {
	name = filepath.ToSlash(filepath.Clean(name))
	return strings.HasPrefix(name, "/dev/") || strings.HasPrefix(name, "/proc/")
}

// resolveLink follows a chain of links that ends at a name that does not
// exist yet, so that writing creates the link's target.
func resolveLink(name string) (string, error) {
	for range 40 {
		l, err := os.Lstat(name)
		if errors.Is(err, fs.ErrNotExist) {
			return name, nil
		}
		if err != nil {
			return "", err
		}
		if l.Mode()&fs.ModeSymlink == 0 {
			return name, nil
		}
		dest, err := os.Readlink(name)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(name), dest)
		}
		name = dest
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", name)
}

// writeThrough writes to a device or pipe in place, without truncating or
// creating anything.
func writeThrough(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeAtomic writes data to a temporary file next to name and renames it
// over name, with the given permissions.
func writeAtomic(name string, data []byte, perm fs.FileMode) (err error) {
	dir, base := filepath.Dir(name), filepath.Base(name)
	removeStaleTemps(dir, base)
	tmp, err := os.CreateTemp(dir, "."+base+tmpMarker+"*")
	if err != nil {
		return err
	}
	unlock := lockTemp(tmp)
	defer func() {
		if err != nil {
			unlock()
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	// CreateTemp makes the file 0600; keep the mode of the file replaced.
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = rename(tmp.Name(), name); err != nil {
		return err
	}
	unlock()
	return tmp.Close()
}

// rename is os.Rename; a test makes it fail.
var rename = os.Rename

// removeStaleTemps removes the temporary files of base in dir that no
// running writer holds: those of a run killed between creating and renaming
// its temporary file. A writer holds a lock on its temporary file for as
// long as it exists (see lockTemp), so a concurrent run's file is left alone.
func removeStaleTemps(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + tmpMarker
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) || !e.Type().IsRegular() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if tempIsStale(path) {
			os.Remove(path)
		}
	}
}
