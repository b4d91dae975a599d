package timeline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Every event file of the dataset formats to itself twice over, and keeps
// its meaning: the loader reads the same event from the formatted file.
func TestFormatDataIdempotent(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "data", "events", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no event files: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		once, err := Format(data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		twice, err := Format(once)
		if err != nil {
			t.Fatalf("%s (formatted): %v", p, err)
		}
		if !bytes.Equal(once, twice) {
			t.Errorf("%s: formatting is not idempotent:\n%s\n---\n%s", p, once, twice)
		}
		if !bytes.HasPrefix(once, []byte(SchemaComment+"\n")) {
			t.Errorf("%s: no schema comment first", p)
		}
		before, after := decodeOne(t, data), decodeOne(t, once)
		if before != after {
			t.Errorf("%s: formatting changed the event:\n%s\n---\n%s", p, before, after)
		}
	}
}

// decodeOne decodes an event file for comparison.
func decodeOne(t *testing.T, data []byte) string {
	t.Helper()
	root, diag := parseYAML(data)
	if diag != nil {
		t.Fatalf("%v", diag)
	}
	var diags Diagnostics
	e, _ := (&decoder{path: "x", diags: &diags}).decodeEvent(root)
	if len(diags) > 0 {
		t.Fatalf("%v", diags)
	}
	e.Path = ""
	return fmt.Sprintf("%#v", e)
}
