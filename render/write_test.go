package render

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// dirNames lists a folder's entries.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func readString(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteFileRegular(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "TIMELINE.md")
	if err := WriteFile(name, []byte("first")); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != 0o644 {
		t.Errorf("new file has mode %v, want 0644", got)
	}
	if err := WriteFile(name, []byte("second")); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, name); got != "second" {
		t.Fatalf("read %q", got)
	}
	if got := dirNames(t, dir); len(got) != 1 {
		t.Errorf("temporary files left behind: %v", got)
	}
	// A folder that does not exist: an error, and nothing made.
	if err := WriteFile(filepath.Join(dir, "no", "such", "x.md"), []byte("x")); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	if got := dirNames(t, dir); len(got) != 1 {
		t.Errorf("after a failed write, the folder holds %v", got)
	}
}

func TestWriteFileKeepsMode(t *testing.T) {
	for _, mode := range []fs.FileMode{0o600, 0o640, 0o755} {
		name := filepath.Join(t.TempDir(), "out.md")
		if err := os.WriteFile(name, []byte("old"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(name, mode); err != nil { // past the umask
			t.Fatal(err)
		}
		if err := WriteFile(name, []byte("new")); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != mode || readString(t, name) != "new" {
			t.Errorf("a %v file came back as %v holding %q", mode, info.Mode().Perm(), readString(t, name))
		}
	}
}

func TestWriteFileFollowsLinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	sub := filepath.Join(dir, "real")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(sub, "target.md")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink("real/target.md", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	l, err := os.Lstat(link)
	if err != nil {
		t.Fatal(err)
	}
	if l.Mode()&fs.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	info, _ := os.Stat(target)
	if got := readString(t, target); got != "new" || info.Mode().Perm() != 0o600 {
		t.Errorf("target holds %q with mode %v; want \"new\" with 0600", got, info.Mode().Perm())
	}
	// The temporary file was made beside the target, and is gone.
	if got := dirNames(t, sub); len(got) != 1 {
		t.Errorf("target folder holds %v", got)
	}

	// A dangling link: its target is created, the link stays.
	dangling := filepath.Join(dir, "dangling.md")
	if err := os.Symlink("real/new.md", dangling); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(dangling, []byte("made")); err != nil {
		t.Fatal(err)
	}
	if l, err := os.Lstat(dangling); err != nil || l.Mode()&fs.ModeSymlink == 0 {
		t.Error("the dangling link was replaced")
	}
	if got := readString(t, filepath.Join(sub, "new.md")); got != "made" {
		t.Errorf("link target holds %q", got)
	}
}

func TestWriteFileDevice(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil || runtime.GOOS == "windows" {
		t.Skip("no /dev/null")
	}
	before, err := os.Stat(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	if before.Mode().IsRegular() {
		t.Skip("/dev/null is a regular file here")
	}
	if err := WriteFile(os.DevNull, []byte("gone")); err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	if after.Mode() != before.Mode() || after.Mode().IsRegular() {
		t.Errorf("/dev/null was %v, is now %v", before.Mode(), after.Mode())
	}
}

func TestWriteFileFIFO(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs")
	}
	name := filepath.Join(t.TempDir(), "pipe")
	if err := mkfifo(name); err != nil {
		t.Skip("cannot make a FIFO:", err)
	}
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(name)
		got <- string(b)
	}()
	if err := WriteFile(name, []byte("through the pipe")); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "through the pipe" {
			t.Errorf("the reader got %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the reader got nothing")
	}
	if info, err := os.Lstat(name); err != nil || info.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v", info.Mode())
	}
}

func TestWriteFileRefusesFolder(t *testing.T) {
	dir := t.TempDir()
	err := WriteFile(dir, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Fatalf("writing to a folder: %v", err)
	}
	if got := dirNames(t, dir); len(got) != 0 {
		t.Errorf("the folder now holds %v", got)
	}
}

// A failed rename removes the temporary file, which was there (the hook
// sees it) until then.
func TestWriteFileFailedRename(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.md")
	saw := 0
	rename = func(from, to string) error {
		saw = len(dirNames(t, dir))
		return errors.New("rename refused")
	}
	defer func() { rename = os.Rename }()
	if err := WriteFile(name, []byte("x")); err == nil || !strings.Contains(err.Error(), "rename refused") {
		t.Fatalf("error %v", err)
	}
	if saw != 1 {
		t.Fatalf("before the rename the folder held %d files, want the temporary file", saw)
	}
	if got := dirNames(t, dir); len(got) != 0 {
		t.Errorf("left behind: %v", got)
	}
}

// The temporary file of a killed run is removed by the next write of the
// same file; another file's, or one a running writer holds, is not.
func TestWriteFileRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.md")
	stale := filepath.Join(dir, ".out.md.tmp-123456")
	other := filepath.Join(dir, ".other.md.tmp-123456")
	for _, f := range []string{stale, other} {
		if err := os.WriteFile(f, []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	var held *os.File
	if runtime.GOOS != "windows" {
		live := filepath.Join(dir, ".out.md.tmp-999999")
		f, err := os.Create(live)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		lockTemp(f)
		held = f
	}
	if err := WriteFile(name, []byte("whole")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Error("the stale temporary file is still there")
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("another file's temporary file was removed")
	}
	if held != nil {
		if _, err := os.Stat(held.Name()); err != nil {
			t.Error("a temporary file a running writer holds was removed")
		}
	}
}
