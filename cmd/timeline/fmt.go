package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/peacetreaty/timeline/render"
	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/extract"
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
change and exits 1 if there is any.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{filepath.Join("data", timeline.EventsDir)}
			}
			files, err := extract.ExpandPaths(args, []string{".yaml", ".yml"})
			if err != nil {
				return dataError(err)
			}
			changed, failed := 0, 0
			for _, name := range files {
				data, err := os.ReadFile(name)
				if err != nil {
					fmt.Fprintf(s.err, "timeline: %v\n", err)
					failed++
					continue
				}
				out, err := timeline.Format(data)
				if err != nil {
					fmt.Fprintf(s.err, "%s:%v\n", name, err)
					failed++
					continue
				}
				if bytes.Equal(out, data) {
					continue
				}
				changed++
				fmt.Fprintln(s.out, name)
				if !check {
					if err := render.WriteFile(name, out); err != nil {
						return dataError(err)
					}
				}
			}
			switch {
			case failed > 0:
				return dataError(fmt.Errorf("%d files could not be formatted", failed))
			case check && changed > 0:
				return dataError(fmt.Errorf("%d files are not formatted; run: timeline fmt", changed))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&check, "check", false, "list the files that would change and exit 1 if any; change nothing")
	return cmd
}
