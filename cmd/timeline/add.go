package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
	"github.com/spf13/cobra"
)

// addFields are the answers add collects, from flags or prompts.
type addFields struct {
	date, title, summary, kind                                        string
	actors, places, tags, aliases                                     []string
	sourceTitle, sourcePublisher, sourceURL, sourcePublished, sourceQ string
	sourceLang, id                                                    string
}

func newAddCmd(s stdio) *cobra.Command {
	var (
		f      addFields
		dir    string
		prompt bool
	)
	cmd := &cobra.Command{
		Use:   "add",
		Short: "Write a new event file from flags, or by asking for each field",
		Long: `add writes data/events/<id>.yaml for a new event. The id is derived from the
date and the title. Give the fields as flags, or run it in a terminal without
them and it asks for each one, offering the vocabularies' ids as choices and
checking each answer as it is given. It never overwrites a file, and what it
writes passes validate (it checks before it keeps the file).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tl, diags := openData(s, dir)
			if diags.HasErrors() {
				return dataError(fmt.Errorf("the data has %s; run timeline validate", plural(len(diags.Errors()), "error")))
			}
			folder := dataDir(dir)
			if prompt || (isTerminal(s.in) && f.missing()) {
				if err := askAll(s, &f, &tl.Vocabulary); err != nil {
					return dataError(err)
				}
			}
			e, err := f.event(&tl.Vocabulary)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			data, err := timeline.MarshalEvent(e, "")
			if err != nil {
				return dataError(err)
			}
			name := filepath.Join(folder, timeline.EventsDir, e.ID+".yaml")
			if err := createNew(name, data); errors.Is(err, fs.ErrExist) {
				return dataError(fmt.Errorf("%s exists; not overwritten (choose another title or --id)", name))
			} else if err != nil {
				return dataError(err)
			}
			// The new file must pass validate with the rest of the data.
			_, after := timeline.LoadDir(folder)
			var bad []string
			for _, d := range after.Errors() {
				if strings.HasSuffix(d.Path, e.ID+".yaml") {
					bad = append(bad, d.String())
				}
			}
			if len(bad) > 0 {
				os.Remove(name)
				return dataError(fmt.Errorf("the new event does not validate; nothing was written:\n%s", strings.Join(bad, "\n")))
			}
			fmt.Fprintln(s.out, name)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dir, "data", "", "data folder to add to (default ./data)")
	fl.StringVar(&f.date, "date", "", "EDTF date: 2024-01-30, 2024-01, 1956~, 1945-08-18/1945-09-05")
	fl.StringVar(&f.title, "title", "", "short title")
	fl.StringVar(&f.summary, "summary", "", "one to three neutral sentences")
	fl.StringVar(&f.kind, "kind", "", "kind id (see data/kinds.yaml)")
	fl.StringSliceVar(&f.actors, "actor", nil, "actor id (repeat or comma-separate)")
	fl.StringSliceVar(&f.places, "place", nil, "place id")
	fl.StringSliceVar(&f.tags, "tag", nil, "tag (lower-case words joined by hyphens)")
	fl.StringArrayVar(&f.aliases, "alias", nil, "a phrase news uses for the event")
	fl.StringVar(&f.sourceTitle, "source-title", "", "title of the source document")
	fl.StringVar(&f.sourcePublisher, "source-publisher", "", "publisher of the source")
	fl.StringVar(&f.sourceURL, "source-url", "", "address of the source (only a real, checked address)")
	fl.StringVar(&f.sourcePublished, "source-published", "", "EDTF date the source was published")
	fl.StringVar(&f.sourceQ, "source-quote", "", "words copied exactly from the source")
	fl.StringVar(&f.sourceLang, "source-language", "", "language code of the source: en, ru, ja")
	fl.StringVar(&f.id, "id", "", "event id (default: derived from date and title)")
	fl.BoolVar(&prompt, "prompt", false, "ask for the missing fields even when stdin is not a terminal")
	return cmd
}

func (f *addFields) missing() bool {
	return f.date == "" || f.title == "" || f.summary == "" || f.kind == "" || len(f.actors) == 0 ||
		f.sourceTitle == "" || f.sourcePublisher == ""
}

// event checks the answers and builds the event.
func (f *addFields) event(v *timeline.Vocabulary) (*timeline.Event, error) {
	var problems []string
	need := func(flag, val string) {
		if strings.TrimSpace(val) == "" {
			problems = append(problems, "--"+flag+" is required")
		}
	}
	need("date", f.date)
	need("title", f.title)
	need("summary", f.summary)
	need("kind", f.kind)
	need("source-title", f.sourceTitle)
	need("source-publisher", f.sourcePublisher)
	if len(f.actors) == 0 {
		problems = append(problems, "--actor is required (at least one)")
	}
	checks := []func() error{
		func() error { return flagErr("date", checkDate(f.date)) },
		func() error { return checkIDs("kind", []string{f.kind}, v.KindIDs()) },
		func() error { return checkIDs("actor", f.actors, v.ActorIDs()) },
		func() error { return checkIDs("place", f.places, v.PlaceIDs()) },
		func() error { return flagErr("source-url", checkURL(f.sourceURL)) },
		func() error { return flagErr("source-published", checkDate(f.sourcePublished)) },
	}
	for _, c := range checks {
		if err := c(); err != nil {
			problems = append(problems, err.Error())
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	date := edtf.MustParse(f.date)
	e := &timeline.Event{ID: f.id, Date: date, Title: strings.TrimSpace(f.title), Summary: strings.TrimSpace(f.summary),
		Kind: f.kind, Actors: f.actors, Places: f.places, Tags: f.tags, Aliases: f.aliases}
	if e.ID == "" {
		e.ID = timeline.EventID(date, e.Title)
	}
	src := timeline.Source{Title: f.sourceTitle, Publisher: f.sourcePublisher, URL: f.sourceURL, Quote: f.sourceQ, Language: f.sourceLang}
	if f.sourcePublished != "" {
		src.Published = edtf.MustParse(f.sourcePublished)
	}
	e.Sources = []timeline.Source{src}
	return e, nil
}

func checkDate(s string) error {
	if s == "" {
		return nil
	}
	_, err := edtf.Parse(s)
	return err
}

func checkURL(s string) error {
	if s == "" {
		return nil
	}
	if u, err := url.Parse(s); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("url %q is not an absolute http(s) address", s)
	}
	return nil
}

func checkIDs(what string, got, known []string) error {
	for _, g := range got {
		if !slices.Contains(known, g) {
			return fmt.Errorf("unknown %s %q; choose from: %s", what, g, strings.Join(known, ", "))
		}
	}
	return nil
}

// askAll prompts for each field that has no value yet, checking each
// answer and asking again until it is valid.
func askAll(s stdio, f *addFields, v *timeline.Vocabulary) error {
	in := bufio.NewReader(s.in)
	ask := func(label, hint string, dst *string, required bool, check func(string) error) error {
		if *dst != "" {
			return nil
		}
		for {
			fmt.Fprintf(s.err, "%s%s: ", label, hint)
			line, err := in.ReadString('\n')
			answer := strings.TrimSpace(line)
			if err != nil && (err != io.EOF || answer == "") {
				return fmt.Errorf("no answer for %s", strings.ToLower(label))
			}
			if answer == "" && required {
				fmt.Fprintf(s.err, "  %s is required\n", strings.ToLower(label))
				continue
			}
			if check != nil && answer != "" {
				if err := check(answer); err != nil {
					fmt.Fprintf(s.err, "  %v\n", err)
					continue
				}
			}
			*dst = answer
			return nil
		}
	}
	list := func(label string, known []string, dst *[]string, required bool) error {
		if len(*dst) > 0 {
			return nil
		}
		var answer string
		hint := fmt.Sprintf(" (comma-separated; one of %s)", strings.Join(known, ", "))
		if err := ask(label, hint, &answer, required, func(a string) error { return checkIDs(strings.ToLower(label), splitList(a), known) }); err != nil {
			return err
		}
		*dst = splitList(answer)
		return nil
	}
	steps := []func() error{
		func() error { return ask("Date", " (EDTF: 2024-01-30, 2024-01, 1956~)", &f.date, true, checkDate) },
		func() error { return ask("Title", "", &f.title, true, nil) },
		func() error { return ask("Summary", " (one to three neutral sentences)", &f.summary, true, nil) },
		func() error {
			return ask("Kind", " (one of "+strings.Join(v.KindIDs(), ", ")+")", &f.kind, true,
				func(a string) error { return checkIDs("kind", []string{a}, v.KindIDs()) })
		},
		func() error { return list("Actor", v.ActorIDs(), &f.actors, true) },
		func() error { return list("Place", v.PlaceIDs(), &f.places, false) },
		func() error { return ask("Source title", "", &f.sourceTitle, true, nil) },
		func() error { return ask("Source publisher", "", &f.sourcePublisher, true, nil) },
		func() error {
			return ask("Source URL", " (empty if there is no checked address)", &f.sourceURL, false, checkURL)
		},
		func() error {
			return ask("Source published", " (EDTF date, may be empty)", &f.sourcePublished, false, checkDate)
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isTerminal reports whether r is a terminal, where add may ask questions.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// flagErr names the flag an answer came from.
func flagErr(flag string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("--%s: %v", flag, err)
}
