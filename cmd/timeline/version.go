package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// version may be set at link time (-ldflags "-X main.version=v1.0.0");
// otherwise the module version in the build info is used.
var version = ""

func newVersionCmd(s stdio) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of timeline and the commit it was built from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			info, _ := debug.ReadBuildInfo()
			fmt.Fprintln(s.out, versionLine(version, info))
			return nil
		},
	}
}

// versionLine says which timeline this is: the version set at link time or
// the module version, and the VCS revision the build info records (with
// "modified" when the working tree had uncommitted changes).
func versionLine(linked string, info *debug.BuildInfo) string {
	v := linked
	if v == "" && info != nil && info.Main.Version != "" {
		v = info.Main.Version // "(devel)" for a build from a clone
	}
	if v == "" {
		v = "(devel)"
	}
	line := "timeline " + v
	if info == nil {
		return line
	}
	var extra []string
	if info.Main.Path != "" {
		extra = append(extra, info.Main.Path)
	}
	var rev, when string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev != "" {
		r := "revision " + rev
		if when != "" {
			r += " of " + when
		}
		if modified {
			r += ", modified"
		}
		extra = append(extra, r)
	}
	if info.GoVersion != "" {
		extra = append(extra, "built with "+info.GoVersion)
	}
	if len(extra) > 0 {
		line += " (" + strings.Join(extra, ", ") + ")"
	}
	return line
}
