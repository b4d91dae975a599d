package main

import (
	"os"
	"path/filepath"
	"testing"
)

const switchSrc = `package p

func size(n int) string {
	switch {
	case n > 10:
		return "big"
	case n-1 >= 0 && n != 5:
		return "small"
	}
	return "none"
}
`

func TestMutate(t *testing.T) {
	cases := []struct {
		line, col int
		kind      string
		want      string // the mutated line, "" for an error
	}{
		{5, 9, "CONDITIONALS_BOUNDARY", "\tcase n >= 10:"},
		{5, 9, "CONDITIONALS_NEGATION", "\tcase n <= 10:"},
		{7, 8, "ARITHMETIC_BASE", "\tcase n+1 >= 0 && n != 5:"},
		{7, 11, "CONDITIONALS_BOUNDARY", "\tcase n-1 > 0 && n != 5:"},
		{7, 11, "CONDITIONALS_NEGATION", "\tcase n-1 < 0 && n != 5:"},
		{7, 16, "INVERT_LOGICAL", "\tcase n-1 >= 0 || n != 5:"},
		{7, 21, "CONDITIONALS_NEGATION", "\tcase n-1 >= 0 && n == 5:"},
		{7, 21, "CONDITIONALS_BOUNDARY", ""}, // != has no boundary
		{5, 7, "CONDITIONALS_NEGATION", ""},  // not an operator
		{5, 9, "INVERT_BITWISE", ""},         // not a default mutator
		{99, 1, "CONDITIONALS_NEGATION", ""},
	}
	for _, c := range cases {
		out, err := mutate([]byte(switchSrc), c.line, c.col, c.kind)
		if c.want == "" {
			if err == nil {
				t.Errorf("%d:%d %s: no error", c.line, c.col, c.kind)
			}
			continue
		}
		if err != nil {
			t.Errorf("%d:%d %s: %v", c.line, c.col, c.kind, err)
			continue
		}
		if got := lineOf(string(out), c.line); got != c.want {
			t.Errorf("%d:%d %s: line = %q, want %q", c.line, c.col, c.kind, got, c.want)
		}
	}
}

func lineOf(s string, n int) string {
	for i := 1; ; i++ {
		j := 0
		for j < len(s) && s[j] != '\n' {
			j++
		}
		if i == n {
			return s[:j]
		}
		if j == len(s) {
			return ""
		}
		s = s[j+1:]
	}
}

func TestReachedCase(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.go")
	conds, err := caseConditions(path, []byte(switchSrc))
	if err != nil {
		t.Fatal(err)
	}
	if len(conds) != 2 {
		t.Fatalf("%d case conditions, want 2", len(conds))
	}
	profile := filepath.Join(dir, "cover.out")
	reached := "mode: set\nexample.com/p/p.go:3.28,4.9 1 1\nexample.com/p/p.go:5.14,6.15 1 0\n"
	if err := os.WriteFile(profile, []byte(reached), 0o644); err != nil {
		t.Fatal(err)
	}
	blocks, err := readProfile(profile)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		line, col int
		blocks    []block
		want      bool
	}{
		{5, 9, blocks["p.go"], true},
		{7, 21, blocks["p.go"], true},
		{7, 26, blocks["p.go"], false}, // past the condition
		{6, 3, blocks["p.go"], false},  // a body, not a condition
		{5, 9, []block{{pos{3, 28}, pos{4, 9}, 0}}, false},
		{5, 9, nil, false},
	} {
		if got := reachedCase(conds, c.blocks, c.line, c.col); got != c.want {
			t.Errorf("reachedCase(%d:%d) = %v, want %v", c.line, c.col, got, c.want)
		}
	}
}
