package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/spf13/cobra"
)

func newFmtCmd(s stdio) *cobra.Command {
	var check bool
	cmd := &cobra.Command{
		Use:   "fmt [--check] [PATH...]",
		Short: "Rewrite event files in canonical form",
		Long: `fmt rewrites event files in canonical form: the schema comment first, keys in
schema order, two-space indentation, long text as folded block scalars wrapped
at 100 columns, short lists in flow style, quotes only where YAML needs them,
comments kept. Paths are files or folders of .yaml files; the default is
data/events. With --check it changes nothing, lists the files that would
change and exits 1 if there is any.

fmt never changes a value: it checks that its output reads as the same
values with the same YAML types and refuses the file otherwise. It keeps
each file's permissions, never follows a symbolic link nor replaces one,
and refuses anything but a regular file and files over 1 MiB.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{filepath.Join("data", timeline.EventsDir)}
			}
			files, err := timeline.FormatTargets(args)
			if err != nil {
				return dataError(err)
			}
			changed, failed := 0, 0
			for _, name := range files {
				did, err := timeline.FormatFile(name, check)
				switch {
				case errors.Is(err, timeline.ErrLink):
					fmt.Fprintf(s.err, "timeline: %s: %v\n", name, err)
					continue
				case errors.As(err, new(timeline.Diagnostic)):
					fmt.Fprintln(s.err, err) // path:line:col: error: message
					failed++
					continue
				case err != nil:
					fmt.Fprintf(s.err, "%s: error: %v\n", name, err)
					failed++
					continue
				case did:
					changed++
					fmt.Fprintln(s.out, name)
				}
			}
			switch {
			case failed > 0:
				return dataError(fmt.Errorf("%s could not be formatted", plural(failed, "file")))
			case check && changed > 0:
				return dataError(fmt.Errorf("%s not formatted; run: timeline fmt", pluralVerb(changed, "file", "is", "are")))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&check, "check", false, "list the files that would change and exit 1 if any; change nothing")
	return cmd
}
