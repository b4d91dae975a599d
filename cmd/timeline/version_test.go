package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionLine(t *testing.T) {
	vcs := []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "2bb8ad7e0c1f"},
		{Key: "vcs.time", Value: "2026-11-30T12:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	mod := debug.Module{Path: "github.com/peacetreaty/timeline", Version: "v1.2.0"}
	tests := []struct {
		linked string
		info   *debug.BuildInfo
		want   string
	}{
		{"", &debug.BuildInfo{GoVersion: "go1.26.0", Main: mod},
			"timeline v1.2.0 (github.com/peacetreaty/timeline, built with go1.26.0)"},
		{"", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: mod.Path, Version: "(devel)"}, Settings: vcs},
			"timeline (devel) (github.com/peacetreaty/timeline, revision 2bb8ad7e0c1f of 2026-11-30T12:00:00Z, modified, built with go1.26.0)"},
		{"v9", &debug.BuildInfo{Main: mod, Settings: vcs[:2]}, "timeline v9 (github.com/peacetreaty/timeline, revision 2bb8ad7e0c1f)"},
		{"", nil, "timeline (devel)"},
	}
	for _, tt := range tests {
		if got := versionLine(tt.linked, tt.info); got != tt.want {
			t.Errorf("versionLine(%q, %+v) =\n%s\nwant\n%s", tt.linked, tt.info, got, tt.want)
		}
	}
}
