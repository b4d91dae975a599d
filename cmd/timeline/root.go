package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Exit codes: 0 success, 1 the data or input is bad (findings reported),
// 2 the command line is wrong.
const (
	exitOK    = 0
	exitData  = 1
	exitUsage = 2
)

// exitError carries an exit code out of a command; its message, if any, has
// not been printed yet.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

// dataError marks a failure caused by the data or an input file (exit 1).
func dataError(err error) error { return &exitError{code: exitData, err: err} }

// silentExit ends the command with code after it reported everything itself.
func silentExit(code int) error { return &exitError{code: code} }

// io bundles the streams a command reads and writes, so tests supply their own.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

func newRootCmd(s stdio) *cobra.Command {
	root := &cobra.Command{
		Use:   "timeline",
		Short: "Build and check the chronology of the Russia–Japan peace treaty dispute",
		Long: `timeline builds an ordered, sourced chronology of the Russia–Japan peace treaty
dispute (the southern Kuril Islands, the "Northern Territories" in Japan) from
curated YAML events, and checks contributors' event files with precise errors.

With no --data flag, commands read ./data when the working folder has
data/events, and otherwise the dataset built into the binary.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: fmt.Errorf("%w\nRun '%s --help' for usage.", err, c.CommandPath())}
	})
	root.AddCommand(newBuildCmd(s), newValidateCmd(s), newExtractCmd(s), newSuggestCmd(s), newAddCmd(s), newFmtCmd(s), newVersionCmd(s))
	return root
}

// run executes the command line args and returns the process exit code.
func run(args []string, in io.Reader, out, errw io.Writer) int {
	root := newRootCmd(stdio{in: in, out: out, err: errw})
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(errw, "timeline: %v\n", ee.err)
		}
		return ee.code
	}
	// Cobra's own errors (unknown command, bad arguments) are usage errors.
	fmt.Fprintf(errw, "timeline: %v\nRun 'timeline --help' for usage.\n", err)
	return exitUsage
}
