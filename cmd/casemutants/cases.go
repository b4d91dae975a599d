package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// caseCond is the extent of one condition of a case clause, with the
// position of its switch statement.
type caseCond struct {
	from, to pos // [from, to)
	switchAt pos
}

type pos struct{ line, col int }

func (p pos) before(q pos) bool { return p.line < q.line || p.line == q.line && p.col < q.col }

// caseConditions lists the conditions of the case clauses of the
// expression switches in a Go source file.
func caseConditions(path string, src []byte) ([]caseCond, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, 0)
	if err != nil {
		return nil, err
	}
	at := func(p token.Pos) pos {
		q := fset.Position(p)
		return pos{q.Line, q.Column}
	}
	conds := []caseCond{}
	ast.Inspect(f, func(n ast.Node) bool {
		sw, ok := n.(*ast.SwitchStmt)
		if !ok {
			return true
		}
		for _, s := range sw.Body.List {
			for _, e := range s.(*ast.CaseClause).List {
				conds = append(conds, caseCond{at(e.Pos()), at(e.End()), at(sw.Pos())})
			}
		}
		return true
	})
	return conds, nil
}

// block is one block of a coverage profile.
type block struct {
	from, to pos // inclusive
	count    int
}

// readProfile reads a coverage profile into its blocks by file base name
// (one package, so base names are unique).
func readProfile(path string) (map[string][]block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	blocks := map[string][]block{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "mode:") || line == "" {
			continue
		}
		// name.go:41.2,42.9 2 1
		colon := strings.LastIndex(line, ":")
		if colon < 0 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		var b block
		var stmts int
		if _, err := fmt.Sscanf(line[colon+1:], "%d.%d,%d.%d %d %d",
			&b.from.line, &b.from.col, &b.to.line, &b.to.col, &stmts, &b.count); err != nil {
			return nil, fmt.Errorf("%s: bad line %q: %v", path, line, err)
		}
		name := filepath.Base(line[:colon])
		blocks[name] = append(blocks[name], b)
	}
	return blocks, sc.Err()
}

// reachedCase reports whether line:col lies in a case condition whose
// switch statement the tests executed.
func reachedCase(conds []caseCond, blocks []block, line, col int) bool {
	p := pos{line, col}
	for _, c := range conds {
		if p.before(c.from) || !p.before(c.to) {
			continue
		}
		for _, b := range blocks {
			if b.count > 0 && !c.switchAt.before(b.from) && !b.to.before(c.switchAt) {
				return true
			}
		}
	}
	return false
}

// mutations are gremlins' token mutations (internal/engine/mappings.go of
// v0.6.0) for the mutators it enables by default.
var mutations = map[string]map[string]string{
	"ARITHMETIC_BASE":       {"+": "-", "*": "/", "/": "*", "%": "*", "-": "+"},
	"CONDITIONALS_BOUNDARY": {">=": ">", ">": ">=", "<=": "<", "<": "<="},
	"CONDITIONALS_NEGATION": {"==": "!=", ">=": "<", ">": "<=", "<=": ">", "<": ">=", "!=": "=="},
	"INCREMENT_DECREMENT":   {"--": "++", "++": "--"},
	"INVERT_NEGATIVES":      {"-": "+"},
	"INVERT_LOGICAL":        {"&&": "||", "||": "&&"},
}

// mutate returns src with the operator at line:col (1-based, bytes)
// replaced as the mutator kind does.
func mutate(src []byte, line, col int, kind string) ([]byte, error) {
	off := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(string(src[off:]), '\n')
		if i < 0 {
			return nil, fmt.Errorf("no line %d", line)
		}
		off += i + 1
	}
	off += col - 1
	if off >= len(src) {
		return nil, fmt.Errorf("no column %d", col)
	}
	table, ok := mutations[kind]
	if !ok {
		return nil, fmt.Errorf("unsupported mutator %s", kind)
	}
	for _, n := range []int{2, 1} {
		if off+n > len(src) {
			continue
		}
		op := string(src[off : off+n])
		if n == 1 && off+2 <= len(src) && strings.ContainsAny(string(src[off+1]), "=+-&|<>") {
			break // a two-character operator this mutator does not change
		}
		if to, ok := table[op]; ok {
			out := append([]byte{}, src[:off]...)
			out = append(out, to...)
			return append(out, src[off+n:]...), nil
		}
	}
	return nil, fmt.Errorf("no %s operator at the position", kind)
}
