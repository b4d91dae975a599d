package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/spf13/cobra"
)

func newValidateCmd(s stdio) *cobra.Command {
	var (
		dir, format, changed string
		strict               bool
	)
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check the data folder and report every problem with file:line:col",
		Long: `validate loads every vocabulary and event file and reports all problems at
once, sorted by file and line. It exits 1 when there is any error, or with
--strict any warning.

Formats: text (path:line:col: severity: message), github (workflow
annotations, plus a Markdown summary appended to $GITHUB_STEP_SUMMARY when
it is set), json (an array of findings).

--changed REF reports the findings in files changed since the git ref REF
(as a pull request would), and every error that ties files together
wherever it is (a change that deletes an event other files list under
related fails), and every finding about a pair of files one of which
changed (an alias shared with another event). A REF git does not know, or one starting with '-', is a usage
error (exit 2).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "github" && format != "json" {
				return &exitError{code: exitUsage, err: fmt.Errorf("unknown format %q; choose text, github, json", format)}
			}
			tl, diags := openData(s, dir)
			if changed != "" {
				files, err := changedFiles(dataDir(dir), changed)
				if err != nil {
					return err
				}
				diags = diags.Only(files)
				fmt.Fprintf(s.err, "timeline: %s changed since %s\n", plural(len(files), "data file"), changed)
			}
			count := map[timeline.Severity]int{}
			for _, d := range diags {
				count[d.Severity]++
			}
			switch format {
			case "github":
				if err := diags.WriteGitHub(s.out); err != nil {
					return dataError(err)
				}
				if name := os.Getenv("GITHUB_STEP_SUMMARY"); name != "" {
					f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
					if err != nil {
						return dataError(err)
					}
					err = diags.WriteSummary(f, len(tl.Events))
					if cerr := f.Close(); err == nil {
						err = cerr
					}
					if err != nil {
						return dataError(err)
					}
				}
			case "json":
				if diags == nil {
					diags = timeline.Diagnostics{}
				}
				b, err := json.MarshalIndent(diags, "", "  ")
				if err != nil {
					return dataError(err)
				}
				fmt.Fprintf(s.out, "%s\n", b)
			default:
				for _, d := range diags {
					fmt.Fprintln(s.out, d)
				}
			}
			summary := fmt.Sprintf("%s: %s, %s, %s", plural(len(tl.Events), "event"), plural(count[timeline.SeverityError], "error"),
				plural(count[timeline.SeverityWarning], "warning"), plural(count[timeline.SeverityNote], "note"))
			if format == "text" {
				fmt.Fprintln(s.out, summary)
			} else {
				fmt.Fprintf(s.err, "timeline: %s\n", summary)
			}
			if count[timeline.SeverityError] > 0 || (strict && count[timeline.SeverityWarning] > 0) {
				return silentExit(exitData)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&strict, "strict", false, "treat warnings (such as draft events) as errors")
	fl.StringVar(&dir, "data", "", "data folder to check (default ./data if it has events/, else the embedded dataset)")
	fl.StringVar(&format, "format", "text", "output: text, github, json")
	fl.StringVar(&changed, "changed", "", "only report findings in files changed since this git ref (and cross-file errors anywhere)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "github", "json"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// changedFiles asks git which files of the data folder differ from ref
// (committed or not, and new files git does not track yet) and names them
// as the loader does ("data/events/x.yaml"). Names are read NUL-separated,
// so spaces, newlines and non-ASCII letters survive; the ref goes after
// --end-of-options, so it can never be taken for an option. A bad ref is a
// usage error.
func changedFiles(dir, ref string) (map[string]bool, error) {
	if ref == "" || strings.HasPrefix(ref, "-") {
		return nil, &exitError{code: exitUsage, err: fmt.Errorf("--changed %q: a git ref may not start with '-'", ref)}
	}
	if _, err := gitOutput(dir, "rev-parse", "--is-inside-work-tree"); err != nil {
		return nil, dataError(fmt.Errorf("--changed %s: git: %v", ref, err))
	}
	if _, err := gitOutput(dir, "rev-parse", "--verify", "--quiet", "--end-of-options", ref+"^{commit}"); err != nil {
		return nil, &exitError{code: exitUsage, err: fmt.Errorf("--changed %s: git knows no commit of that name", ref)}
	}
	diff, err := gitOutput(dir, "-c", "core.quotePath=false", "diff", "-z", "--name-only", "--no-renames", "--relative", "--end-of-options", ref, "--", ".")
	if err != nil {
		return nil, dataError(fmt.Errorf("--changed %s: git diff: %v", ref, err))
	}
	untracked, err := gitOutput(dir, "ls-files", "-z", "--others", "--exclude-standard", "--", ".")
	if err != nil {
		return nil, dataError(fmt.Errorf("--changed %s: git ls-files: %v", ref, err))
	}
	files := map[string]bool{}
	for _, name := range strings.Split(diff+untracked, "\x00") {
		if name != "" {
			files[path.Join(filepath.ToSlash(dir), name)] = true
		}
	}
	return files, nil
}

// gitOutput runs git in dir and returns its output, or its message.
func gitOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return "", errors.New(msg)
		}
		return "", err
	}
	return string(out), nil
}

// pluralVerb is plural with the verb that agrees: "1 file is", "2 files are".
func pluralVerb(n int, word, one, many string) string {
	if n == 1 {
		return plural(n, word) + " " + one
	}
	return plural(n, word) + " " + many
}

// plural counts things in English: "1 error", "2 errors"; a word whose
// plural is not word+"s" gives it as the third argument.
func plural(n int, word string, many ...string) string {
	if n == 1 {
		return "1 " + word
	}
	if len(many) > 0 {
		return fmt.Sprintf("%d %s", n, many[0])
	}
	return fmt.Sprintf("%d %ss", n, word)
}
