package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newValidateCmd(s stdio) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check the data folder and report every problem with file:line:col",
		Long: `validate loads every vocabulary and event file and reports all problems at
once, sorted by file and line, as path:line:col: severity: message.
It exits 1 when there is any error.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tl, diags := openData(s, dir)
			for _, d := range diags {
				fmt.Fprintln(s.out, d)
			}
			errs := len(diags.Errors())
			fmt.Fprintf(s.out, "%d events, %d errors, %d other findings\n", len(tl.Events), errs, len(diags)-errs)
			if errs > 0 {
				return silentExit(exitData)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "data", "", "data folder to check (default ./data if it has events/, else the embedded dataset)")
	return cmd
}
