// Command casemutants runs the mutants that gremlins v0.6.0 reports as
// "NOT COVERED" only because Go's coverage profile has no block for the
// conditions of a tagless switch (go-gremlins/gremlins#298): the condition
// `case n > 10:` lies outside every block even when its body ran. Without
// this second pass a well-tested switch counts as untested, and its mutants
// are never tried.
//
// It reads the JSON report of `gremlins unleash -o`, finds each NOT COVERED
// mutant that sits in the condition of a case clause of a switch statement
// the tests reach, applies the same token mutation gremlins would (through
// `go test -overlay`, so the source tree is never written), runs the
// package's tests and records KILLED, LIVED, TIMED OUT or NOT VIABLE in
// place of NOT COVERED. Mutants outside case conditions, or in a switch no
// test reaches, stay NOT COVERED. The report is written back in the same
// format, so the figures of `make mutate-report` count both passes.
//
//	go run ./cmd/casemutants -report bin/mutate/render.json ./render
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

func main() {
	report := flag.String("report", "", "gremlins JSON report (-o) of the package; updated in place")
	timeout := flag.Duration("timeout", 5*time.Minute, "time limit of one test run; longer is TIMED OUT")
	dry := flag.Bool("dry", false, "only mark the mutants it would run RUNNABLE (for a report of gremlins --dry-run)")
	sample := flag.Int("sample", 0, "with -dry: then run this many RUNNABLE mutants drawn at random (for a package too slow to mutate in full)")
	seed := flag.Uint64("seed", 1, "seed of the -sample draw")
	files := flag.String("files", "", "with -sample: draw only from the mutants of files whose base name matches this regular expression (to find one part's survivors; an estimate of the package needs the whole draw)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: casemutants -report FILE [-timeout D] [-dry [-sample N [-seed S] [-files RE]]] ./PKG")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *report == "" || flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if *sample > 0 && !*dry {
		fmt.Fprintln(os.Stderr, "casemutants: -sample needs -dry (a report of gremlins --dry-run)")
		os.Exit(2)
	}
	only, err := regexp.Compile(*files)
	if err != nil {
		fmt.Fprintln(os.Stderr, "casemutants: -files:", err)
		os.Exit(2)
	}
	if err := run(*report, flag.Arg(0), *timeout, *dry, *sample, *seed, only); err != nil {
		fmt.Fprintln(os.Stderr, "casemutants:", err)
		os.Exit(1)
	}
}

func run(reportPath, pkg string, timeout time.Duration, dry bool, sample int, seed uint64, only *regexp.Regexp) error {
	data, err := os.ReadFile(reportPath)
	if err != nil {
		return err
	}
	var rep map[string]json.RawMessage
	if err := json.Unmarshal(data, &rep); err != nil {
		return fmt.Errorf("%s: %w", reportPath, err)
	}
	var files []reportFile
	if err := json.Unmarshal(rep["files"], &files); err != nil {
		return fmt.Errorf("%s: files: %w", reportPath, err)
	}
	tmp, err := os.MkdirTemp("", "casemutants-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	profile := filepath.Join(tmp, "cover.out")
	if out, err := exec.Command("go", "test", "-count=1", "-coverprofile", profile, pkg).CombinedOutput(); err != nil {
		return fmt.Errorf("the tests fail without mutation: %v\n%s", err, out)
	}
	cov, err := readProfile(profile)
	if err != nil {
		return err
	}
	dir, err := filepath.Abs(pkg)
	if err != nil {
		return err
	}
	for fi := range files {
		f := &files[fi]
		path := filepath.Join(dir, filepath.Base(f.FileName))
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var clauses []caseCond
		for mi := range f.Mutations {
			m := &f.Mutations[mi]
			if m.Status != "NOT COVERED" {
				continue
			}
			if clauses == nil {
				if clauses, err = caseConditions(path, src); err != nil {
					return err
				}
			}
			if !reachedCase(clauses, cov[filepath.Base(path)], m.Line, m.Column) {
				continue
			}
			mutated, err := mutate(src, m.Line, m.Column, m.Type)
			if err != nil {
				return fmt.Errorf("%s:%d:%d: %w", f.FileName, m.Line, m.Column, err)
			}
			if dry {
				m.Status = "RUNNABLE"
			} else {
				m.Status = test(tmp, pkg, path, mutated, timeout)
			}
			fmt.Printf("%12s %s at %s:%d:%d (case condition)\n", m.Status, m.Type, f.FileName, m.Line, m.Column)
		}
	}
	if sample > 0 {
		if err := runSample(files, tmp, pkg, dir, timeout, sample, seed, only); err != nil {
			return err
		}
	}
	enc, err := json.Marshal(files)
	if err != nil {
		return err
	}
	rep["files"] = enc
	out, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	return os.WriteFile(reportPath, out, 0o644)
}

// reportFile is one file of a gremlins JSON report.
type reportFile struct {
	FileName  string     `json:"file_name"`
	Mutations []mutation `json:"mutations"`
}

type mutation struct {
	Type   string `json:"type"`
	Status string `json:"status"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// test runs the package's tests with path replaced by the mutated source.
func test(tmp, pkg, path string, mutated []byte, timeout time.Duration) string {
	file := filepath.Join(tmp, "mutant.go")
	overlay := filepath.Join(tmp, "overlay.json")
	ov, _ := json.Marshal(map[string]map[string]string{"Replace": {path: file}})
	if os.WriteFile(file, mutated, 0o644) != nil || os.WriteFile(overlay, ov, 0o644) != nil {
		return "NOT VIABLE"
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "test", "-count=1", "-failfast", "-overlay", overlay, pkg)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return "TIMED OUT"
	case err == nil:
		return "LIVED"
	case errors.As(err, &exit) && strings.Contains(string(out), "[build failed]"),
		errors.As(err, &exit) && strings.Contains(string(out), "[setup failed]"):
		return "NOT VIABLE"
	case errors.As(err, &exit):
		return "KILLED"
	}
	return "NOT VIABLE"
}

// runSample runs n of the RUNNABLE mutants, drawn at random with the seed,
// and records their outcome; the others stay RUNNABLE. Drawn uniformly, the
// sample's efficacy estimates the package's.
func runSample(files []reportFile, tmp, pkg, dir string, timeout time.Duration, n int, seed uint64, only *regexp.Regexp) error {
	type ref struct{ f, m int }
	var all []ref
	for fi := range files {
		if !only.MatchString(filepath.Base(files[fi].FileName)) {
			continue
		}
		for mi := range files[fi].Mutations {
			if files[fi].Mutations[mi].Status == "RUNNABLE" {
				all = append(all, ref{fi, mi})
			}
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	for _, r := range all[:min(n, len(all))] {
		f, m := &files[r.f], &files[r.f].Mutations[r.m]
		path := filepath.Join(dir, filepath.Base(f.FileName))
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		mutated, err := mutate(src, m.Line, m.Column, m.Type)
		if err != nil {
			return fmt.Errorf("%s:%d:%d: %w", f.FileName, m.Line, m.Column, err)
		}
		m.Status = test(tmp, pkg, path, mutated, timeout)
		fmt.Printf("%12s %s at %s:%d:%d (sample)\n", m.Status, m.Type, f.FileName, m.Line, m.Column)
	}
	return nil
}
