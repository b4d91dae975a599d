package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/peacetreaty/timeline/data"
	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/merge"
	"github.com/spf13/cobra"
)

// draftHeader opens every stub that suggest writes.
const draftHeader = `# Draft written by "timeline suggest" from an article. Check the date, title,
# summary, kind, actors and places against the source, add perspectives and
# aliases, then remove "status: draft" and open a pull request.
`

func newSuggestCmd(s stdio) *cobra.Command {
	var (
		dir, out, published string
		workers             int
	)
	cmd := &cobra.Command{
		Use:   "suggest ARTICLE...",
		Short: "Write a draft event file for each article date that matches no curated event",
		Long: `suggest merges the articles into the timeline like "build --articles" and
writes one draft event file per proposed event into data/events (or --out),
with the article as source and the sentence as quote. Drafts carry
"status: draft", which validate reports as a warning (an error with --strict).
It never overwrites a file.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			tl, diags, from := openDataFrom(s, dir)
			if diags.HasErrors() {
				reportForBuild(s, diags)
				return dataError(fmt.Errorf("the data has %s; nothing was written", plural(len(diags.Errors()), "error")))
			}
			cands, err := readCandidates(s, args, published, workers)
			if err != nil {
				return err
			}
			merged := merge.Merge(tl, cands, merge.Options{})
			if out == "" {
				out = filepath.Join(dataDir(dir), timeline.EventsDir)
			}
			kind := draftKind(&tl.Vocabulary)
			written, skipped := 0, 0
			// Every draft is checked against the data before any is
			// written: one that would fail validate is skipped with the
			// reasons, never written.
			drafts := map[string][]byte{}
			var order []string
			for i := range merged.Proposed {
				e := merged.Proposed[i]
				e.Status, e.Kind, e.Era, e.Evidence = timeline.StatusDraft, kind, "", nil
				if err := timeline.CheckEventID(e.ID); err != nil {
					fmt.Fprintf(s.err, "timeline: draft %q skipped: %v\n", clipID(e.ID), err)
					skipped++
					continue
				}
				data, err := timeline.MarshalEvent(&e, draftHeader)
				if err != nil {
					return dataError(err)
				}
				drafts[e.ID+".yaml"] = data
				order = append(order, e.ID+".yaml")
			}
			bad := map[string][]string{}
			for _, d := range timeline.CheckNew(from, data.FS, drafts).Errors() {
				base := filepath.Base(filepath.FromSlash(d.Path))
				bad[base] = append(bad[base], d.String())
			}
			for _, base := range order {
				if len(bad[base]) > 0 {
					fmt.Fprintf(s.err, "timeline: draft %s skipped: it would not validate:\n%s\n", base, strings.Join(bad[base], "\n"))
					skipped++
					continue
				}
				name := filepath.Join(out, base)
				switch err := createNew(name, drafts[base], true); {
				case errors.Is(err, fs.ErrExist):
					fmt.Fprintf(s.err, "timeline: %s exists; not overwritten\n", name)
					skipped++
				case err != nil:
					// One draft the file system refuses (a name too long
					// for it, a full disk) must not cost the others.
					fmt.Fprintf(s.err, "timeline: draft %s skipped: %v\n", base, err)
					skipped++
				default:
					fmt.Fprintln(s.out, name)
					written++
				}
			}
			fmt.Fprintf(s.err, "timeline: %s written, %d skipped\n", plural(written, "draft"), skipped)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dir, "data", "", "data folder (default ./data if it has events/, else the embedded dataset)")
	fl.StringVar(&out, "out", "", "folder for the drafts (default: the data folder's events/)")
	fl.StringVar(&published, "published", "", "publication time for articles whose own metadata gives none")
	fl.IntVarP(&workers, "jobs", "j", runtime.GOMAXPROCS(0), "workers tagging articles")
	return cmd
}

// dataDir is where drafts go by default: the --data folder, else ./data.
func dataDir(flag string) string {
	if flag != "" {
		return flag
	}
	return "data"
}

// draftKind is the kind a draft starts with; the researcher corrects it.
func draftKind(v *timeline.Vocabulary) string {
	if _, ok := v.KindByID("statement"); ok {
		return "statement"
	}
	if len(v.Kinds) > 0 {
		return v.Kinds[0].ID
	}
	return ""
}

// clipID shortens an id for a message.
func clipID(id string) string {
	if len(id) > 60 {
		return id[:60] + "…"
	}
	return id
}

// createNew writes a new file, failing with fs.ErrExist rather than
// replacing one; the content goes to a temporary file first, so a failed
// write leaves nothing half-written, and one a killed run left is removed
// by the next. With mkdir it creates the folder.
func createNew(name string, data []byte, mkdir bool) error {
	if _, err := os.Lstat(name); err == nil {
		return fs.ErrExist
	}
	if mkdir {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
	}
	timeline.RemoveStaleTemps(name, ".new-")
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".new-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	// Link fails if name appeared meanwhile: no overwrite even in a race.
	return os.Link(tmp.Name(), name)
}
