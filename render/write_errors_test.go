package render

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// TestWriteFileErrors: a write that cannot be done reports it and leaves
// nothing behind: no folder, a full device, a loop of links.
func TestWriteFileErrors(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	loopA, loopB := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	if err := os.Symlink("b.md", loopA); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.md", loopB); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, path string
		is         error
	}{
		{"no such folder", filepath.Join(dir, "missing", "out.md"), fs.ErrNotExist},
		{"a loop of links", loopA, syscall.ELOOP},
		{"a full device", "/dev/full", syscall.ENOSPC},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if strings.HasPrefix(tt.path, "/dev/") {
				if _, err := os.Stat(tt.path); err != nil {
					t.Skip(err)
				}
			}
			err := WriteFile(tt.path, []byte("data"))
			if !errors.Is(err, tt.is) {
				t.Errorf("WriteFile(%s) = %v, want %v", tt.path, err, tt.is)
			}
		})
	}
	if got := dirNames(t, dir); len(got) != 2 {
		t.Errorf("left behind: %v", got)
	}
}

// TestWriteFileLinkChain: a chain of links, relative and absolute, that
// ends at no file is followed to its end, where the file is made; every
// link stays a link.
func TestWriteFileLinkChain(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	// first -> (absolute) sub/second -> (relative to sub) third.md, missing.
	first, second := filepath.Join(dir, "first.md"), filepath.Join(sub, "second.md")
	if err := os.Symlink(second, first); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("third.md", second); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(first, []byte("made")); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, filepath.Join(sub, "third.md")); got != "made" {
		t.Errorf("end of the chain holds %q", got)
	}
	for _, l := range []string{first, second} {
		if info, err := os.Lstat(l); err != nil || info.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link", l)
		}
	}
	if info, err := os.Stat(filepath.Join(sub, "third.md")); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("new file: %v, %v; want mode 0644", info, err)
	}
	// Written again through the chain: the file is replaced in place.
	if err := WriteFile(first, []byte("again")); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, filepath.Join(sub, "third.md")); got != "again" {
		t.Errorf("end of the chain holds %q", got)
	}
	if got := dirNames(t, sub); len(got) != 2 {
		t.Errorf("sub holds %v", got)
	}
}
