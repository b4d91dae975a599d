package timeline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"
)

const (
	testKinds = `kinds:
  - id: treaty
    title: Treaty
  - id: summit
    title: Summit
`
	testActors = `actors:
  - id: japan
    name: Japan
    type: state
    ja: 日本
  - id: russia
    name: Russia
    type: state
    ru: Россия
    aliases: [Moscow]
`
	testPlaces = `places:
  - id: southern-kurils
    name: Southern Kurils
    aliases: [Northern Territories]
  - id: iturup
    name: Iturup
    aliases: [Etorofu]
    part_of: southern-kurils
  - id: tokyo
    name: Tokyo
`
	testEras = `eras:
  - id: later
    title: Later
    date: 1956/..
  - id: early
    title: Early
    date: 1855/1955
`
	testEvent = `id: 1956-10-19-joint-declaration
date: 1956-10-19
title: Joint Declaration
summary: Japan and the Soviet Union end the state of war.
kind: treaty
actors: [japan, russia]
places: [iturup]
sources:
  - title: Joint Declaration
    publisher: MOFA
    url: https://www.mofa.go.jp/
`
)

// testFS is a small valid data folder; cases change or add files.
func testFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"kinds.yaml":  {Data: []byte(testKinds)},
		"actors.yaml": {Data: []byte(testActors)},
		"places.yaml": {Data: []byte(testPlaces)},
		"eras.yaml":   {Data: []byte(testEras)},
		"events/1956-10-19-joint-declaration.yaml": {Data: []byte(testEvent)},
	}
	for name, data := range files {
		if data == "" && !strings.HasPrefix(name, "events/") {
			delete(fsys, name)
			continue
		}
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

func diagStrings(ds Diagnostics) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

func TestLoadValid(t *testing.T) {
	tl, diags := Load(testFS(map[string]string{
		"events/1855-02-07-shimoda.yaml": strings.ReplaceAll(strings.ReplaceAll(testEvent,
			"1956-10-19-joint-declaration", "1855-02-07-shimoda"), "date: 1956-10-19", "date: 1855-02-07"),
		"events/README.txt": "notes",
	}), LoadOptions{Prefix: "data"})
	want := []string{"data/events/README.txt: note: not a .yaml or .yml file; ignored"}
	if got := diagStrings(diags); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(tl.Events) != 2 || tl.Events[0].ID != "1855-02-07-shimoda" || tl.Events[1].ID != "1956-10-19-joint-declaration" {
		t.Fatalf("events not loaded in date order: %+v", tl.Events)
	}
	if tl.Events[0].Era != "early" || tl.Events[1].Era != "later" {
		t.Errorf("eras assigned %q, %q; want early, later", tl.Events[0].Era, tl.Events[1].Era)
	}
	if tl.Eras[0].ID != "early" {
		t.Errorf("eras not ordered by date: %v", tl.Eras)
	}
	e := tl.Events[1]
	if e.Title != "Joint Declaration" || e.Kind != "treaty" || len(e.Sources) != 1 || e.Sources[0].URL != "https://www.mofa.go.jp/" {
		t.Errorf("fields not decoded: %+v", e)
	}
}

func TestLoadErrors(t *testing.T) {
	const p = "data/events/1956-10-19-joint-declaration.yaml"
	event := func(edit func(string) string) map[string]string {
		return map[string]string{"events/1956-10-19-joint-declaration.yaml": edit(testEvent)}
	}
	replace := func(old, new string) map[string]string {
		return event(func(s string) string {
			if !strings.Contains(s, old) {
				t.Fatalf("test event lacks %q", old)
			}
			return strings.Replace(s, old, new, 1)
		})
	}
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"unknown key with suggestion", replace("title:", "titel:"), []string{
			p + ":1:1: error: event is missing required key \"title\"",
			p + ":3:1: error: unknown key \"titel\" in event (did you mean \"title\"?)",
		}},
		{"duplicate key", replace("kind: treaty\n", "kind: treaty\nkind: summit\n"), []string{
			p + ":6:1: error: duplicate key \"kind\" in event (first at line 5)",
		}},
		{"wrong type", replace("actors: [japan, russia]", "actors: japan"), []string{
			p + ":6:9: error: \"actors\" must be a list, found \"japan\"",
		}},
		{"missing required", replace("kind: treaty\n", ""), []string{
			p + ":1:1: error: event is missing required key \"kind\"",
		}},
		{"empty title", replace("title: Joint Declaration", "title: \"  \""), []string{
			p + ":3:8: error: \"title\" is empty",
		}},
		{"null summary", replace("summary: Japan and the Soviet Union end the state of war.", "summary:"), []string{
			p + ":4:9: error: event: \"summary\" is empty",
		}},
		{"id differs from file name", replace("id: 1956-10-19-joint-declaration", "id: 1956-10-19-joint-statement"), []string{
			p + ":1:5: error: id \"1956-10-19-joint-statement\" differs from the file name \"1956-10-19-joint-declaration.yaml\"; name the file 1956-10-19-joint-statement.yaml",
		}},
		{"id prefix disagrees with date", replace("date: 1956-10-19", "date: 1956-12-12"), []string{
			p + ":1:5: error: id date prefix 1956-10-19 disagrees with date 1956-12-12",
		}},
		{"bad id form", replace("id: 1956-10-19-joint-declaration", "id: Joint"), []string{
			p + ":1:5: error: id \"Joint\" must be a date (YYYY, YYYY-MM or YYYY-MM-DD), a hyphen and a lower-case slug, e.g. 1956-10-19-joint-declaration",
		}},
		{"unknown kind actor place", replace("kind: treaty\nactors: [japan, russia]\nplaces: [iturup]", "kind: treety\nactors: [japan, rusia]\nplaces: [etorofu]"), []string{
			p + ":5:7: error: unknown kind \"treety\" (did you mean \"treaty\"?); kinds are listed in data/kinds.yaml",
			p + ":6:17: error: unknown actor \"rusia\" (did you mean \"russia\"?); actors are listed in data/actors.yaml",
			p + ":7:10: error: unknown place \"etorofu\" (\"etorofu\" is a name of \"iturup\"; files use the id); places are listed in data/places.yaml",
		}},
		{"unknown era", replace("kind: treaty\n", "kind: treaty\nera: middle\n"), []string{
			p + ":6:6: error: unknown era \"middle\"; eras are listed in data/eras.yaml",
		}},
		{"related naming no event", replace("kind: treaty\n", "kind: treaty\nrelated: [2018-11-14-singapore]\n"), []string{
			p + ":6:11: error: related event \"2018-11-14-singapore\" does not exist",
		}},
		{"source without publisher, bad url", replace("    publisher: MOFA\n    url: https://www.mofa.go.jp/", "    url: www.mofa.go.jp"), []string{
			p + ":9:5: error: source is missing required key \"publisher\"",
			p + ":10:10: error: url \"www.mofa.go.jp\" is not an absolute http(s) address",
		}},
		{"bad EDTF points at the byte", replace("date: 1956-10-19", "date: 1956-13-19"), []string{
			p + ":2:12: error: \"date\": invalid EDTF date \"1956-13-19\": month 13 out of range 01-12 (at byte 5)",
		}},
		{"no sources", replace("sources:\n  - title: Joint Declaration\n    publisher: MOFA\n    url: https://www.mofa.go.jp/\n", "sources: []\n"), []string{
			p + ":8:10: error: \"sources\" must list at least one source",
		}},
		{"yaml syntax", replace("title: Joint Declaration", "title: Joint: Declaration"), []string{
			p + ":3:13: error: YAML syntax: mapping values are not allowed in this context",
		}},
		{"empty file", event(func(string) string { return "\n\n" }), []string{
			p + ": error: empty file: expected a YAML mapping",
		}},
		{"binary file", event(func(string) string { return "id: a\x00b\n" }), []string{
			p + ":1:6: error: binary file: NUL byte; expected UTF-8 YAML text",
		}},
		{"two documents", event(func(s string) string { return s + "---\nid: x\n" }), []string{
			p + ":12:1: error: more than one YAML document; an event file holds one",
		}},
		{"not a mapping", event(func(string) string { return "- a\n- b\n" }), []string{
			p + ":1:1: error: event must be a mapping of keys to values, found a list",
		}},
		{"aliases refused", event(func(s string) string {
			return strings.Replace(s, "title: Joint Declaration", "title: &t Joint Declaration", 1) + "notes: *t\n"
		}), []string{
			p + ":12:8: error: YAML aliases (*name) are not supported; write the value out",
		}},
		{"duplicate id", map[string]string{"events/old/1956-10-19-joint-declaration.yaml": testEvent}, []string{
			"data/events/old/1956-10-19-joint-declaration.yaml:1:5: error: duplicate id \"1956-10-19-joint-declaration\" (also in data/events/1956-10-19-joint-declaration.yaml)",
			"data/events/old/1956-10-19-joint-declaration.yaml:1:5: warning: same date and title as 1956-10-19-joint-declaration (data/events/1956-10-19-joint-declaration.yaml:1): a duplicate?",
		}},
		{"summary names a day no event has", replace("summary: Japan and the Soviet Union end the state of war.", "summary: Signed on 18 October 1956 in Moscow."), []string{
			p + ":4:10: warning: summary names \"18 October 1956\" (1956-10-18), which is neither this event's date (1956-10-19) nor the date of another event: check it",
		}},
		{"quote names a day no event has", replace("    url: https://www.mofa.go.jp/\n", "    url: https://www.mofa.go.jp/\n    quote: It was signed on October 19, 1956 and in force on 1956年12月12日.\n"), []string{
			p + ":12:12: warning: quote names \"1956年12月12日\" (1956-12-12), which is neither this event's date (1956-10-19) nor the date of another event: check it",
		}},
		{"a day another event has is no warning", map[string]string{
			"events/1956-10-19-joint-declaration.yaml": strings.Replace(testEvent, "end the state of war.", "end the state of war; in force on 12 December 1956.", 1),
			"events/1956-12-12-in-force.yaml":          strings.NewReplacer("1956-10-19-joint-declaration", "1956-12-12-in-force", "1956-10-19", "1956-12-12", "title: Joint Declaration", "title: In force").Replace(testEvent),
		}, nil},
		{"a day within the event's own interval is no warning", replace("date: 1956-10-19", "date: 1956-10-19/1956-10-20\nnotes: x"), nil},
		{"missing vocabulary", map[string]string{"kinds.yaml": ""}, []string{
			p + ":5:7: error: unknown kind \"treaty\"; kinds are listed in data/kinds.yaml",
			"data/kinds.yaml: error: missing vocabulary file kinds.yaml",
		}},
		{"unknown part_of and overlapping eras", map[string]string{
			"places.yaml": testPlaces + "  - id: habomai\n    name: Habomai\n    part_of: southern-kuril\n",
			"eras.yaml":   testEras + "  - id: mid\n    title: Mid\n    date: 1950/1960\n",
		}, []string{
			"data/eras.yaml:4:11: error: era \"later\" (1956/..) overlaps era \"mid\" (1950/1960)",
			"data/eras.yaml:10:11: error: era \"mid\" (1950/1960) overlaps era \"early\" (1855/1955)",
			"data/places.yaml:13:14: error: place \"habomai\" is part of unknown place \"southern-kuril\" (did you mean \"southern-kurils\"?)",
		}},
		{"a name where an id belongs", replace("actors: [japan, russia]\nplaces: [iturup]", "actors: [Japan, russia]\nplaces: [Etorofu]"), []string{
			p + ":6:10: error: unknown actor \"Japan\" (\"Japan\" is a name of \"japan\"; files use the id); actors are listed in data/actors.yaml",
			p + ":7:10: error: unknown place \"Etorofu\" (\"Etorofu\" is a name of \"iturup\"; files use the id); places are listed in data/places.yaml",
		}},
		{"part_of cycle", map[string]string{
			"places.yaml": "places:\n  - id: a\n    name: A\n    part_of: b\n  - id: b\n    name: B\n    part_of: a\n" +
				"  - id: c\n    name: C\n    part_of: a\n  - id: d\n    name: D\n    part_of: d\n",
			"events/1956-10-19-joint-declaration.yaml": strings.Replace(testEvent, "places: [iturup]\n", "", 1),
		}, []string{
			"data/places.yaml:4:14: error: place \"a\" is part of itself: a → part of b → part of a",
			"data/places.yaml:13:14: error: place \"d\" is part of itself: d → part of d",
		}},
		{"date in no era", map[string]string{"eras.yaml": "eras:\n  - id: early\n    title: Early\n    date: 1855/1955\n"}, []string{
			p + ":2:7: error: date 1956-10-19 falls in no era of data/eras.yaml",
		}},
		{"oversized file", map[string]string{"events/big.yaml": "notes: " + strings.Repeat("x", MaxFileSize)}, []string{
			"data/events/big.yaml: error: file is 1048583 bytes; the limit is 1048576 (1 MiB)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Load(testFS(tt.files), LoadOptions{Prefix: "data"})
			got := strings.Join(diagStrings(diags), "\n")
			want := strings.Join(tt.want, "\n")
			if got != want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestLoadDirSymlinks(t *testing.T) {
	dir := t.TempDir()
	for name, f := range testFS(nil) {
		full := filepath.Join(dir, "data", name)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	outside := filepath.Join(dir, "outside.yaml")
	if err := os.WriteFile(outside, []byte(testEvent), 0o644); err != nil {
		t.Fatal(err)
	}
	events := filepath.Join(dir, "data", "events")
	links := map[string]string{
		"escape.yaml": outside,
		"broken.yaml": filepath.Join(dir, "missing.yaml"),
		"inside.txt":  filepath.Join(events, "1956-10-19-joint-declaration.yaml"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(events, name)); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	_, diags := LoadDir(filepath.Join(dir, "data"))
	prefix := filepath.ToSlash(filepath.Join(dir, "data"))
	want := []string{
		prefix + "/events/broken.yaml: error: broken symbolic link",
		prefix + "/events/escape.yaml: error: symbolic link leads outside the data folder",
		prefix + "/events/inside.txt: note: not a .yaml or .yml file; ignored",
	}
	if got := diagStrings(diags); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A link to a folder, anywhere on a file's path, that leads outside the
// data folder is refused like a link to a file; a link that stays inside
// is followed.
func TestLoadDirFolderSymlinks(t *testing.T) {
	for _, tc := range []struct {
		name, link string // link replaces this folder of the data folder
		inside     bool
		want       string
	}{
		{"events outside", "events", false, "/events: error: symbolic link leads outside the data folder"},
		{"events inside", "events", true, ""},
		{"subfolder outside", "events/old", false, "/events/old: error: symbolic link leads outside the data folder"},
		{"subfolder inside", "events/old", true, "/events/old: note: symbolic link to a folder; not followed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			data := filepath.Join(dir, "data")
			writeTree(t, data, testFS(nil))
			target := filepath.Join(dir, "elsewhere")
			if tc.inside {
				target = filepath.Join(data, "moved")
			}
			linked := filepath.Join(data, filepath.FromSlash(tc.link))
			if tc.link == "events" {
				if err := os.Rename(linked, target); err != nil {
					t.Fatal(err)
				}
			} else {
				writeTree(t, target, fstest.MapFS{"1956-10-19-joint-declaration.yaml": {Data: []byte(testEvent)}})
			}
			if err := os.Symlink(target, linked); err != nil {
				t.Skipf("symlinks unavailable: %v", err)
			}
			_, diags := LoadDir(data)
			got := strings.Join(diagStrings(diags), "\n")
			want := ""
			if tc.want != "" {
				want = filepath.ToSlash(data) + tc.want
			}
			if got != want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// A named pipe among the data files is an error at once; reading it would
// wait for a writer forever.
func TestLoadDirSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, testFS(nil))
	if err := mkfifo(filepath.Join(dir, "events", "pipe.yaml")); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	if err := mkfifo(filepath.Join(dir, "eras.yaml.fifo")); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "eras.yaml"))
	if err := os.Rename(filepath.Join(dir, "eras.yaml.fifo"), filepath.Join(dir, "eras.yaml")); err != nil {
		t.Fatal(err)
	}
	done := make(chan Diagnostics)
	go func() { _, d := LoadDir(dir); done <- d }()
	select {
	case diags := <-done:
		got := strings.Join(diagStrings(diags), "\n")
		p := filepath.ToSlash(dir)
		for _, want := range []string{
			p + "/eras.yaml: error: not a regular file (a named pipe); expected a YAML file",
			p + "/events/pipe.yaml: error: not a regular file (a named pipe); expected a YAML file",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("diagnostics:\n%s\nwant among them:\n%s", got, want)
			}
		}
	case <-time.After(10 * time.Second):
		t.Fatal("LoadDir hangs on a named pipe")
	}
}

func writeTree(t *testing.T, dir string, fsys fstest.MapFS) {
	t.Helper()
	for name, f := range fsys {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Syntax errors point at the fault: yaml.v3 reports the parser's lines one
// too early.
func TestSyntaxPosition(t *testing.T) {
	ten := strings.Repeat("k: v\n", 10)
	tests := []struct{ in, want string }{
		{ten[:len(ten)-5] + "a: 1\nb: [x, y\nc: 3\n", "11:4: YAML syntax: did not find expected ',' or ']' (is the [ opened here closed with ]?)"},
		{"a: 1\nb: {x: [1], y: 2\nc: 3\n", "2:4: YAML syntax: did not find expected ',' or '}' (is the { opened here closed with }?)"},
		{"a: [1\n", "2:1: YAML syntax: did not find expected ',' or ']' (is the [ opened here closed with ]?)"},
		{"a: 1\n- b\n", "2:1: YAML syntax: did not find expected key"},
		{"a: 1\nb:\n  - x\n  y: 2\n", "3:3: YAML syntax: did not find expected '-' indicator"},
		{"a: 1\nb: 2\n c: 3\n", "3:3: YAML syntax: mapping values are not allowed in this context"},
		{"a: 1\ntitle: a: b\n", "2:9: YAML syntax: mapping values are not allowed in this context"},
		{"a: 1\nb: @x\n", "2:4: YAML syntax: found character that cannot start any token"},
		{"a: 1\n\tb: 2\n", "2:1: YAML syntax: found a tab character that violates indentation"},
	}
	for _, tt := range tests {
		_, d := parseYAML([]byte(tt.in))
		if d == nil {
			t.Errorf("%q parsed", tt.in)
			continue
		}
		if got := fmt.Sprintf("%d:%d: %s", d.Line, d.Col, d.Msg); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	names := []string{"id", "date", "title", "summary", "kind", "sources"}
	for in, want := range map[string]string{"titel": "title", "sumary": "summary", "dates": "date", "source": "sources", "zzzzzz": "", "title": ""} {
		if got := suggest(in, names); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzLoadEvent feeds arbitrary bytes as an event file: the loader must never
// panic, and every finding must name the file (and a position when it has one).
func FuzzLoadEvent(f *testing.F) {
	f.Add([]byte(testEvent))
	f.Add([]byte("id: [\n"))
	f.Add([]byte("a: &x 1\nb: *x\n"))
	f.Add([]byte("- 1\n- 2\n"))
	f.Add([]byte("id: x\x00"))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("date: 2001-21\nsources: [{title: a}]\nperspectives: {japan: }\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := testFS(nil)
		fsys["events/1956-10-19-joint-declaration.yaml"] = &fstest.MapFile{Data: data}
		_, diags := Load(fsys, LoadOptions{Prefix: "data"})
		for _, d := range diags {
			if d.Path == "" || d.Msg == "" || d.Line < 0 || d.Col < 0 {
				t.Errorf("malformed diagnostic %+v", d)
			}
		}
		if diags.HasErrors() {
			return
		}
		// A file that loads is one fmt can write, and fmt's output is a
		// fixed point (render's FuzzRenderEvent checks the formats).
		once, err := Format(data)
		if err != nil {
			t.Fatalf("fmt of a file that loads: %v", err)
		}
		twice, err := Format(once)
		if err != nil {
			t.Fatalf("fmt of fmt's output: %v\n%s", err, once)
		}
		if !bytes.Equal(once, twice) {
			t.Fatalf("fmt is not a fixed point:\n%s\n---\n%s", once, twice)
		}
	})
}

// Messages quote at most MaxQuoted characters of a bad value.
func TestLongValuesClipped(t *testing.T) {
	long := strings.Repeat("ю", 5000)
	for _, file := range []string{
		"id: 1956-10-19-joint-declaration\n" + strings.Repeat("k", 500) + ": x\n",
		"id: 1956-10-19-joint-declaration\ndate: " + long + "\n",
		"id: 1956-10-19-joint-declaration\nactors: [" + long + "]\n",
		"id: 1956-10-19-joint-declaration\nkind: " + long + "\n",
		"id: 1956-10-19-joint-declaration\nsources: [{url: " + long + "}]\n",
		"id: " + long + "\n",
	} {
		fsys := testFS(nil)
		fsys["events/1956-10-19-joint-declaration.yaml"] = &fstest.MapFile{Data: []byte(file)}
		_, diags := Load(fsys, LoadOptions{Prefix: "data"})
		if len(diags) == 0 {
			t.Fatalf("no findings for %.40q", file)
		}
		clipped := false
		for _, d := range diags {
			if n := utf8.RuneCountInString(d.Msg); n > 300 {
				t.Errorf("message of %d characters: %.200s", n, d.Msg)
			}
			clipped = clipped || strings.Contains(d.Msg, "characters)")
		}
		if !clipped {
			t.Errorf("no clipped value in %v", diags)
		}
	}
}
