package timeline

import (
	"io/fs"
	"os"
	"path/filepath"
)

// Opened says where a dataset came from, for the line on stderr that tells
// the user which data a command used.
type Opened struct {
	Dir      string // the folder read, or "" for the embedded dataset
	Embedded bool
}

// String describes the data source in a sentence fragment.
func (o Opened) String() string {
	if o.Embedded {
		return "the embedded dataset"
	}
	return "data folder " + filepath.ToSlash(o.Dir)
}

// Open loads dir when it is given; otherwise ./data when the working folder
// has data/events, and the embedded dataset when it does not. That way a
// checkout edits its own files while an installed binary still works
// anywhere.
func Open(dir string, embedded fs.FS) (*Timeline, Diagnostics, Opened) {
	if dir == "" {
		if info, err := os.Stat(filepath.Join("data", EventsDir)); err == nil && info.IsDir() {
			dir = "data"
		}
	}
	if dir != "" {
		tl, diags := LoadDir(dir)
		return tl, diags, Opened{Dir: dir}
	}
	tl, diags := Load(embedded, LoadOptions{Prefix: "data"})
	return tl, diags, Opened{Embedded: true}
}
