package main

import (
	"bytes"
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
