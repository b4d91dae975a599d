package main

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"timeline": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI end to end from the .txtar scripts in
// testdata/script. $REPO is the repository root, for scripts that read the
// real dataset.
func TestScripts(t *testing.T) {
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join("testdata", "script"),
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			return nil
		},
	})
}

// TestExitCodes: command-line mistakes exit 2, bad data 1.
func TestExitCodes(t *testing.T) {
	data := filepath.Join("..", "..", "data")
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"validate", "--data", data, "--changed", "no-such-ref"}, 2, "git knows no commit of that name"},
		{[]string{"validate", "--data", data, "--changed", "-p"}, 2, "may not start with '-'"},
		{[]string{"add", "--data", data, "--title", "T"}, 2, "missing flags: --date, --summary"},
		{[]string{"add", "--data", data, "--date", "19XX", "--title", "T", "--summary", "S", "--kind", "treaty", "--actor", "japan",
			"--source-title", "S", "--source-publisher", "P"}, 2, "date 19XX is known only to the century"},
		{[]string{"build", "--data", data, "--tag", "peace-treaty-talk"}, 2, `unknown tag "peace-treaty-talk" (did you mean "peace-treaty-talks"?)`},
		{[]string{"build", "--data", data, "--actor", "Etorofu"}, 2, `unknown actor "Etorofu"`},
		{[]string{"build", "--data", data, "--place", "Etorofuu"}, 2, `unknown place "Etorofuu" (did you mean iturup, "etorofu"?)`},
	}
	for _, tt := range tests {
		var out, errw strings.Builder
		code := run(tt.args, strings.NewReader(""), &out, &errw)
		if code != tt.code || !strings.Contains(errw.String(), tt.err) {
			t.Errorf("timeline %s: exit %d, stderr:\n%s\nwant exit %d and %q", strings.Join(tt.args, " "), code, errw.String(), tt.code, tt.err)
		}
	}
}

// TestExplainUsageExit: a wrong --explain is a usage error, exit 2.
func TestExplainUsageExit(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("---\ntitle: T\npublished: 2024-01-30\n---\nJapan and Russia met on 29 January 2024.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	repo := filepath.Join("..", "..", "data")
	for _, args := range [][]string{
		{"build", "--data", repo, "--explain", "a"},
		{"build", "--data", repo, "--articles", article, "--explain", "no-such-id"},
	} {
		var out, errb strings.Builder
		if code := run(args, strings.NewReader(""), &out, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2; stderr:\n%s", args, code, errb.String())
		}
		if out.Len() != 0 {
			t.Errorf("%v wrote output: %q", args, out.String())
		}
	}
}
