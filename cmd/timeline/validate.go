package main

import (
	"fmt"

	"github.com/peacetreaty/timeline/timeline"

	"github.com/spf13/cobra"
)

func newValidateCmd(s stdio) *cobra.Command {
	var (
		dir    string
		strict bool
	)
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check the data folder and report every problem with file:line:col",
		Long: `validate loads every vocabulary and event file and reports all problems at
once, sorted by file and line, as path:line:col: severity: message.
It exits 1 when there is any error, or with --strict any warning.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tl, diags := openData(s, dir)
			for _, d := range diags {
				fmt.Fprintln(s.out, d)
			}
			count := map[timeline.Severity]int{}
			for _, d := range diags {
				count[d.Severity]++
			}
			fmt.Fprintf(s.out, "%s: %s, %s, %s\n", plural(len(tl.Events), "event"), plural(count[timeline.SeverityError], "error"),
				plural(count[timeline.SeverityWarning], "warning"), plural(count[timeline.SeverityNote], "note"))
			if count[timeline.SeverityError] > 0 || (strict && count[timeline.SeverityWarning] > 0) {
				return silentExit(exitData)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&strict, "strict", false, "treat warnings (such as draft events) as errors")
	cmd.Flags().StringVar(&dir, "data", "", "data folder to check (default ./data if it has events/, else the embedded dataset)")
	return cmd
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
