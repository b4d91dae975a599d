package main

import (
	"fmt"
	"strings"

	"github.com/peacetreaty/timeline/data"
	"github.com/peacetreaty/timeline/timeline"
	"github.com/spf13/cobra"
)

// openData loads the dataset a command works on and says on stderr which
// one it is.
func openData(s stdio, dir string) (*timeline.Timeline, timeline.Diagnostics) {
	tl, diags, _ := openDataFrom(s, dir)
	return tl, diags
}

// openDataFrom is openData that also says where the data came from.
func openDataFrom(s stdio, dir string) (*timeline.Timeline, timeline.Diagnostics, timeline.Opened) {
	tl, diags, from := timeline.Open(dir, data.FS)
	fmt.Fprintf(s.err, "timeline: using %s\n", from)
	return tl, diags, from
}

// completeFrom completes a flag's values from the dataset the command
// would use (--data, else ./data, else the embedded one), quietly.
func completeFrom(values func(tl *timeline.Timeline) []string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		dir, _ := cmd.Flags().GetString("data")
		tl, _, _ := timeline.Open(dir, data.FS)
		var out []string
		for _, v := range values(tl) {
			if strings.HasPrefix(v, toComplete) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeVocabulary registers value completion for the vocabulary flags
// a command has: --actor, --place, --kind, --era, --tag.
func completeVocabulary(cmd *cobra.Command) {
	values := map[string]func(tl *timeline.Timeline) []string{
		"actor": func(tl *timeline.Timeline) []string { return tl.ActorIDs() },
		"place": func(tl *timeline.Timeline) []string { return tl.PlaceIDs() },
		"kind":  func(tl *timeline.Timeline) []string { return tl.KindIDs() },
		"era":   func(tl *timeline.Timeline) []string { return tl.EraIDs() },
		"tag":   func(tl *timeline.Timeline) []string { return tl.Tags() },
	}
	for flag, f := range values {
		if cmd.Flags().Lookup(flag) != nil {
			_ = cmd.RegisterFlagCompletionFunc(flag, completeFrom(f))
		}
	}
}

// eventIDs lists the ids of the curated events, for --explain.
func eventIDs(tl *timeline.Timeline) []string {
	out := make([]string, len(tl.Events))
	for i, e := range tl.Events {
		out[i] = e.ID
	}
	return out
}
