package render

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/peacetreaty/timeline/timeline"
	"gopkg.in/yaml.v3"
)

// FuzzRenderEvent is the loader's property seen from the output side: an
// event file that loads without errors renders in every format without
// error, and twice to the same bytes.
func FuzzRenderEvent(f *testing.F) {
	dir := filepath.Join("testdata", "data")
	fsys := fstest.MapFS{}
	for _, name := range []string{"kinds.yaml", "actors.yaml", "places.yaml", "eras.yaml"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			f.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	events, err := filepath.Glob(filepath.Join(dir, "events", "*.yaml"))
	if err != nil || len(events) == 0 {
		f.Fatalf("no fixture events: %v", err)
	}
	for _, p := range events {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("id: 1991-talks\ndate: 1991-04/..\ntitle: \"<b>x</b> | `y` [z]\"\nsummary: \"a\\r\\n```\\n\"\nkind: statement\nactors: [japan]\nsources: [{title: T, publisher: P, url: 'https://example.org/a?b=<c>&d=\"'}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		files := fstest.MapFS{}
		for k, v := range fsys {
			files[k] = v
		}
		// The loader wants the file name to match the id: name the file
		// after the id the data gives, when it is a plain file name.
		name := "1991-talks"
		var head struct{ ID string }
		if yaml.Unmarshal(data, &head) == nil && head.ID != "" && fs.ValidPath(head.ID) && !strings.Contains(head.ID, "/") {
			name = head.ID
		}
		files["events/"+name+".yaml"] = &fstest.MapFile{Data: data}
		tl, diags := timeline.Load(files, timeline.LoadOptions{Prefix: "data"})
		if diags.HasErrors() {
			return
		}
		for _, fm := range Formats() {
			var a, b bytes.Buffer
			if err := fm.Render(&a, tl); err != nil {
				t.Fatalf("%s: a timeline that loads does not render: %v", fm.Name, err)
			}
			if err := fm.Render(&b, tl); err != nil {
				t.Fatalf("%s: second render: %v", fm.Name, err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatalf("%s: two renders of the same timeline differ", fm.Name)
			}
			if fm.Losses != nil {
				fm.Losses(tl)
			}
		}
	})
}
