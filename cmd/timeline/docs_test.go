package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
)

// TestDocExamples runs the console examples of README.md and
// CONTRIBUTING.md, in order, in a copy of the repository's data, and checks
// that each prints what the document shows. A line "…" stands for any
// number of lines; "exit status N" for the exit code. CONTRIBUTING's
// walk-through changes the data as a reader would: the event file it shows
// (a yaml block that starts with the schema comment) is written when the
// text reaches it. "make timeline" is checked against "make -n timeline".
func TestDocExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every documented command")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []string{"README.md", "CONTRIBUTING.md"} {
		t.Run(doc, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(repo, doc))
			if err != nil {
				t.Fatal(err)
			}
			work := t.TempDir()
			if out, err := exec.Command("cp", "-r", filepath.Join(repo, "data"), work).CombinedOutput(); err != nil {
				t.Fatalf("copy data: %v\n%s", err, out)
			}
			for _, args := range [][]string{{"init", "-q"}, {"add", "data"}, {"-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "data"}} {
				if out, err := gitIn(work, args...); err != nil {
					t.Fatalf("git %v: %v\n%s", args, err, out)
				}
			}
			chdir(t, work)
			blocks := docBlocks(string(text))
			checked := 0
			for _, b := range blocks {
				switch {
				case b.lang == "yaml" && strings.HasPrefix(b.body, timeline.SchemaComment):
					writeDocEvent(t, b)
				case b.lang == "console" && strings.HasPrefix(b.body, "$ "):
					for _, step := range consoleSteps(b.body) {
						runDocStep(t, doc, b.line, step, repo)
						checked++
					}
				}
			}
			if checked == 0 {
				t.Fatalf("%s: no console examples found", doc)
			}
		})
	}
}

func gitIn(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	return cmd.CombinedOutput()
}

func chdir(t *testing.T, dir string) {
	t.Helper()
	old, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(old) })
}

type docBlock struct {
	lang, body string
	line       int
}

var fence = regexp.MustCompile("(?m)^```([a-z]*)\n")

// docBlocks returns the fenced blocks of a Markdown document.
func docBlocks(text string) []docBlock {
	var out []docBlock
	for rest, off := text, 0; ; {
		m := fence.FindStringSubmatchIndex(rest)
		if m == nil {
			return out
		}
		lang := rest[m[2]:m[3]]
		body := rest[m[1]:]
		end := strings.Index(body, "\n```")
		if end < 0 {
			return out
		}
		line := 1 + strings.Count(text[:off+m[1]], "\n")
		out = append(out, docBlock{lang: lang, body: body[:end+1], line: line})
		consumed := m[1] + end + len("\n```")
		rest, off = rest[consumed:], off+consumed
	}
}

// writeDocEvent writes the event file a walk-through shows.
func writeDocEvent(t *testing.T, b docBlock) {
	m := regexp.MustCompile(`(?m)^id: (\S+)$`).FindStringSubmatch(b.body)
	if m == nil {
		t.Fatalf("line %d: event block without an id", b.line)
	}
	if err := os.WriteFile(filepath.Join("data", "events", m[1]+".yaml"), []byte(b.body), 0o644); err != nil {
		t.Fatal(err)
	}
}

type docStep struct {
	command string
	want    []string
}

// consoleSteps splits a console block into commands ("$ " lines, with
// backslash continuations) and the output shown after each.
func consoleSteps(body string) []docStep {
	var steps []docStep
	lines := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if !strings.HasPrefix(line, "$ ") {
			if len(steps) > 0 {
				steps[len(steps)-1].want = append(steps[len(steps)-1].want, line)
			}
			continue
		}
		cmd := strings.TrimPrefix(line, "$ ")
		for strings.HasSuffix(cmd, "\\") && i+1 < len(lines) {
			i++
			cmd = strings.TrimSuffix(cmd, "\\") + strings.TrimSpace(lines[i])
		}
		steps = append(steps, docStep{command: cmd})
	}
	return steps
}

func runDocStep(t *testing.T, doc string, line int, step docStep, repo string) {
	t.Helper()
	words := shellWords(step.command)
	var got []string
	switch {
	case len(words) >= 3 && words[0] == "go" && words[1] == "run" && words[2] == "./cmd/timeline":
		got = runTimeline(words[3:])
	case len(words) >= 1 && words[0] == "timeline":
		got = runTimeline(words[1:])
	case step.command == "make timeline":
		if _, err := exec.LookPath("make"); err != nil {
			t.Logf("%s:%d: make is not installed; not checked", doc, line)
			return
		}
		cmd := exec.Command("make", "-s", "-n", "timeline")
		cmd.Dir = repo
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("make -n timeline: %v", err)
		}
		// make echoes each command, then the command prints; the
		// commands run here in-process, in the copy.
		if err := os.MkdirAll("docs", 0o755); err != nil {
			t.Fatal(err)
		}
		for _, c := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			got = append(got, c)
			w := shellWords(c)
			if len(w) < 3 || w[0] != "go" || w[2] != "./cmd/timeline" {
				t.Fatalf("make timeline runs %q, which this test cannot run", c)
			}
			got = append(got, runTimeline(w[3:])...)
		}
	case len(words) == 0 || !slices.Contains([]string{"cp", "sed", "rm", "mkdir", "cat", "echo"}, words[0]):
		// Only file edits run through the shell, in the copy: an example
		// that pushes, installs or fetches is not something a test does.
		t.Fatalf("%s:%d: $ %s: this test runs timeline, make timeline and file edits (cp, sed, rm, mkdir, cat, echo) only", doc, line, step.command)
	default:
		cmd := exec.Command("sh", "-c", step.command)
		out, err := cmd.CombinedOutput()
		got = splitLines(string(out))
		if err != nil {
			got = append(got, err.Error())
		}
	}
	if !matchLines(step.want, got) {
		t.Errorf("%s:%d: $ %s\nthe document shows:\n%s\nthe command prints:\n%s", doc, line, step.command,
			strings.Join(step.want, "\n"), strings.Join(got, "\n"))
	}
}

// runTimeline runs the command in-process, stdout and stderr in the order
// they were written, and "exit status N" as go run would print it.
func runTimeline(args []string) []string {
	var buf bytes.Buffer
	code := run(args, strings.NewReader(""), &buf, &buf)
	lines := splitLines(buf.String())
	if code != 0 {
		lines = append(lines, fmt.Sprintf("exit status %d", code))
	}
	return lines
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// shellWords splits a command line as sh would, for the quoting the
// documents use: '…', "…", and a trailing # comment.
func shellWords(s string) []string {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '"':
			j := strings.IndexByte(s[i+1:], c)
			if j < 0 {
				j = len(s) - i - 1
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '#' && !inWord:
			return words
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words
}

var exitLine = regexp.MustCompile(`^\(?(exit status \d+)\)?$`)

// matchLines matches want against got, "…" standing for any lines.
func matchLines(want, got []string) bool {
	if len(want) == 0 {
		return len(got) == 0
	}
	if strings.TrimSpace(want[0]) == "…" {
		for i := 0; i <= len(got); i++ {
			if matchLines(want[1:], got[i:]) {
				return true
			}
		}
		return false
	}
	w := want[0]
	if m := exitLine.FindStringSubmatch(w); m != nil {
		w = m[1]
	}
	return len(got) > 0 && w == got[0] && matchLines(want[1:], got[1:])
}

// TestContributingCommitsMakeOutputs: following CONTRIBUTING's commit step
// verbatim commits every file "make timeline" writes, or CI fails on the
// one left out.
func TestContributingCommitsMakeOutputs(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	repo := filepath.Join("..", "..")
	cmd := exec.Command("make", "-s", "-n", "timeline")
	cmd.Dir = repo
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("make -n timeline: %v", err)
	}
	text, err := os.ReadFile(filepath.Join(repo, "CONTRIBUTING.md"))
	if err != nil {
		t.Fatal(err)
	}
	add := regexp.MustCompile(`(?m)^git add (.*)$`).FindStringSubmatch(string(text))
	if add == nil {
		t.Fatal("CONTRIBUTING.md has no git add step")
	}
	staged := shellWords(add[1])
	outputs := 0
	for _, c := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		w := shellWords(c)
		for i := 0; i+1 < len(w); i++ {
			if w[i] == "-o" {
				outputs++
				if !slices.Contains(staged, w[i+1]) {
					t.Errorf("make timeline writes %s, which CONTRIBUTING's \"git add %s\" leaves out", w[i+1], add[1])
				}
			}
		}
	}
	if outputs == 0 {
		t.Fatalf("make -n timeline shows no -o outputs:\n%s", out)
	}
}
