package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline/extract"
)

// An article of one date a word keeps MaxMentions mentions, says so on
// stderr, and its output is bounded (it was 534 MB of text for 1 MB).
// Generated here: the input is too big for a txtar script.
func TestExtractCapsMentions(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "jan.txt")
	body := "---\npublished: 2024-01-30\n---\n" + strings.Repeat("January ", 256<<10/8)
	if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range extract.Formats {
		var out, errw bytes.Buffer
		if code := run([]string{"extract", "-f", string(f), name}, nil, &out, &errw); code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, errw.String())
		}
		want := "timeline: warning: " + name + ": more than 10000 dates; only the first 10000 are kept (the limit per article)\n"
		if errw.String() != want {
			t.Errorf("%s: stderr %q, want %q", f, errw.String(), want)
		}
		// Each mention carries at most 2×ExcerptSide bytes of its sentence.
		if limit := len(body) + extract.MaxMentions*(2*extract.ExcerptSide+400); out.Len() > limit {
			t.Errorf("%s: %d bytes of output, more than %d", f, out.Len(), limit)
		}
	}
}

// File names reach stderr (and the text output's ids) without their control
// characters.
func TestExtractNamesWithoutEscapes(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a\x1b[2Jb.txt")
	if err := os.WriteFile(name, []byte("---\nurl: javascript:x\n---\nIn March 2022.\n"), 0o644); err != nil {
		t.Skipf("file system refuses the name: %v", err)
	}
	var out, errw bytes.Buffer
	code := run([]string{"extract", name}, nil, &out, &errw)
	if code != 1 {
		t.Errorf("exit %d", code)
	}
	if bytes.ContainsAny(out.Bytes(), "\x1b") || bytes.ContainsAny(errw.Bytes(), "\x1b") || !strings.Contains(errw.String(), "a [2Jb.txt") {
		t.Errorf("stdout %q\nstderr %q", out.String(), errw.String())
	}
}

// The hidden --cpuprofile and --memprofile write gzipped pprof profiles, also
// when some articles could not be read; a name that cannot be written is a
// usage error before any work, and no file is left half-written.
func TestExtractProfiles(t *testing.T) {
	if f := flag.Lookup("test.cpuprofile"); f != nil && f.Value.String() != "" {
		t.Skip("go test -cpuprofile holds the CPU profiler")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c.jsonl")
	if err := os.WriteFile(corpus, []byte(`{"id": "a", "dct": "2024-01-30", "text": "In March 2022."}`+"\n{broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	for _, tc := range []struct {
		name    string
		args    []string
		code    int
		stderr  string
		written []string
	}{
		{"both", []string{"--cpuprofile", cpu, "--memprofile", mem}, 1, "1 articles could not be read", []string{cpu, mem}},
		{"folder", []string{"--cpuprofile", dir}, 2, "--cpuprofile: " + dir + " is a folder", nil},
		{"no folder", []string{"--memprofile", filepath.Join(dir, "none", "mem.prof")}, 2, "--memprofile: " + filepath.Join(dir, "none") + ": no such folder", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			os.Remove(cpu)
			os.Remove(mem)
			var out, errw bytes.Buffer
			code := run(append([]string{"extract", "-f", "jsonl"}, append(tc.args, corpus)...), nil, &out, &errw)
			if code != tc.code || !strings.Contains(errw.String(), tc.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, errw.String(), tc.code, tc.stderr)
			}
			for _, name := range tc.written {
				data, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				zr, err := gzip.NewReader(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("%s: not a pprof profile: %v", name, err)
				}
				if raw, err := io.ReadAll(zr); err != nil || len(raw) == 0 {
					t.Fatalf("%s: %d bytes, %v", name, len(raw), err)
				}
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1+len(tc.written) {
				t.Errorf("files left: %v", entries)
			}
		})
	}
}
