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
	date, title, summary, kind, notes                                 string
	actors, places, tags, aliases, related, perspectives              []string
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
date and the title (a date not known to the year, such as 195X or ../1991,
needs --id). Give the fields as flags, or run it in a terminal without them
and it asks for each one, required fields first, then the optional ones
(places, tags, perspectives, aliases, related events, notes, and the
source's address, date, quote and language), checking each answer as it is
given. Actors and places may be given by id or by any name or spelling of
the vocabularies (Japan, Etorofu, Kunashiri, Chishima). Without a terminal,
missing required flags are listed and add exits 2.

It never overwrites a file and writes only into the data folder's events/;
what it writes passes validate (it is checked before it is written).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tl, diags, from := openDataFrom(s, dir)
			if diags.HasErrors() {
				return dataError(fmt.Errorf("the data has %s; run timeline validate", plural(len(diags.Errors()), "error")))
			}
			if from.Embedded {
				return dataError(fmt.Errorf("add writes into a data folder, and there is no ./data/events here: run it from the top folder of a clone, or give --data"))
			}
			folder := from.Dir
			if prompt || (isTerminal(s.in) && f.missing()) {
				if err := askAll(s, &f, tl); err != nil {
					return dataError(err)
				}
			}
			e, err := f.event(tl)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			data, err := timeline.MarshalEvent(e, "")
			if err != nil {
				return dataError(err)
			}
			// The new file must pass validate with the rest of the data;
			// it is checked in memory, so a refusal leaves nothing behind.
			base := e.ID + ".yaml"
			if bad := timeline.CheckNew(from, nil, map[string][]byte{base: data}).Errors(); len(bad) > 0 {
				return dataError(fmt.Errorf("the new event does not validate; nothing was written:\n%s", bad.Error()))
			}
			name := filepath.Join(folder, timeline.EventsDir, base)
			if err := createNew(name, data, false); errors.Is(err, fs.ErrExist) {
				return dataError(fmt.Errorf("%s exists; not overwritten (choose another title or --id)", name))
			} else if err != nil {
				return dataError(err)
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
	fl.StringSliceVar(&f.actors, "actor", nil, "actor id or name (repeat or comma-separate)")
	fl.StringSliceVar(&f.places, "place", nil, "place id or name (Etorofu, Kunashiri, Chishima...)")
	fl.StringSliceVar(&f.tags, "tag", nil, "tag (lower-case words joined by hyphens)")
	fl.StringArrayVar(&f.perspectives, "perspective", nil, "how one side frames it: ACTOR=TEXT (repeat for each side)")
	fl.StringArrayVar(&f.aliases, "alias", nil, "a phrase news uses for the event")
	fl.StringSliceVar(&f.related, "related", nil, "id of an event this one answers, follows or undoes")
	fl.StringVar(&f.notes, "notes", "", "remarks for readers: sources that disagree, why one was preferred")
	fl.StringVar(&f.sourceTitle, "source-title", "", "title of the source document")
	fl.StringVar(&f.sourcePublisher, "source-publisher", "", "publisher of the source")
	fl.StringVar(&f.sourceURL, "source-url", "", "address of the source (only a real, checked address)")
	fl.StringVar(&f.sourcePublished, "source-published", "", "EDTF date the source was published")
	fl.StringVar(&f.sourceQ, "source-quote", "", "words copied exactly from the source")
	fl.StringVar(&f.sourceLang, "source-language", "", "language code of the source: en, ru, ja")
	fl.StringVar(&f.id, "id", "", "event id (default: derived from date and title)")
	fl.BoolVar(&prompt, "prompt", false, "ask for the missing fields even when stdin is not a terminal")
	completeVocabulary(cmd)
	_ = cmd.RegisterFlagCompletionFunc("related", completeFrom(eventIDs))
	return cmd
}

func (f *addFields) missing() bool { return len(f.missingFlags()) > 0 }

// missingFlags lists the required flags that have no value.
func (f *addFields) missingFlags() []string {
	var out []string
	for _, r := range []struct {
		flag string
		set  bool
	}{
		{"--date", f.date != ""}, {"--title", f.title != ""}, {"--summary", f.summary != ""}, {"--kind", f.kind != ""},
		{"--actor", len(f.actors) > 0}, {"--source-title", f.sourceTitle != ""}, {"--source-publisher", f.sourcePublisher != ""},
	} {
		if !r.set {
			out = append(out, r.flag)
		}
	}
	return out
}

// event checks the answers, turns names into ids and builds the event.
func (f *addFields) event(tl *timeline.Timeline) (*timeline.Event, error) {
	var problems []string
	if m := f.missingFlags(); len(m) > 0 {
		problems = append(problems, fmt.Sprintf("missing %s: %s (in a terminal, or with --prompt, add asks for them)",
			map[bool]string{true: "flag", false: "flags"}[len(m) == 1], strings.Join(m, ", ")))
	}
	for _, c := range []struct {
		flag string
		err  error
	}{
		{"date", checkDate(f.date)},
		{"source-url", checkURL(f.sourceURL)},
		{"source-published", checkDate(f.sourcePublished)},
	} {
		if c.err != nil {
			problems = append(problems, fmt.Sprintf("--%s: %v", c.flag, c.err))
		}
	}
	resolve := func(flag string, values []string, id func(string) (string, error), known []string) []string {
		var out []string
		for _, v := range values {
			got, err := id(v)
			if err != nil {
				problems = append(problems, fmt.Sprintf("--%s: %v; choose from: %s", flag, err, strings.Join(known, ", ")))
				continue
			}
			out = append(out, got)
		}
		return out
	}
	kinds := resolve("kind", nonEmpty(f.kind), tl.KindID, tl.KindIDs())
	actors := resolve("actor", f.actors, tl.ActorID, tl.ActorIDs())
	places := resolve("place", f.places, tl.PlaceID, tl.PlaceIDs())
	var persp []timeline.Perspective
	for _, p := range f.perspectives {
		actor, text, ok := strings.Cut(p, "=")
		if !ok || strings.TrimSpace(text) == "" {
			problems = append(problems, fmt.Sprintf("--perspective %q: write ACTOR=TEXT", timeline.Clip(p)))
			continue
		}
		if ids := resolve("perspective", []string{actor}, tl.ActorID, tl.ActorIDs()); len(ids) == 1 {
			persp = append(persp, timeline.Perspective{Actor: ids[0], Text: strings.TrimSpace(text)})
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	date := edtf.MustParse(f.date)
	e := &timeline.Event{ID: f.id, Date: date, Title: strings.TrimSpace(f.title), Summary: strings.TrimSpace(f.summary),
		Kind: kinds[0], Actors: actors, Places: places, Tags: f.tags, Perspectives: persp, Aliases: f.aliases,
		Related: f.related, Notes: strings.TrimSpace(f.notes)}
	if e.ID == "" {
		id, err := timeline.NewEventID(date, e.Title)
		if err != nil {
			return nil, err
		}
		e.ID = id
	} else if err := timeline.CheckEventID(e.ID); err != nil {
		return nil, fmt.Errorf("--id: %v", err)
	}
	src := timeline.Source{Title: f.sourceTitle, Publisher: f.sourcePublisher, URL: f.sourceURL, Quote: f.sourceQ, Language: f.sourceLang}
	if f.sourcePublished != "" {
		src.Published = edtf.MustParse(f.sourcePublished)
	}
	e.Sources = []timeline.Source{src}
	return e, nil
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

func checkDate(s string) error {
	if s == "" {
		return nil
	}
	if len(s) > timeline.MaxQuoted {
		return fmt.Errorf("%q is not an EDTF date such as 1945-09-02", timeline.Clip(s))
	}
	_, err := edtf.Parse(s)
	return err
}

func checkURL(s string) error {
	if s == "" {
		return nil
	}
	if u, err := url.Parse(s); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("url %q is not an absolute http(s) address", timeline.Clip(s))
	}
	return nil
}

// askAll prompts for each field that has no value yet: the required ones,
// then every optional field the README lists. Each answer is checked and
// asked again until it is valid; an empty answer skips an optional field.
func askAll(s stdio, f *addFields, tl *timeline.Timeline) error {
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
				if !required {
					return nil
				}
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
	names := func(id func(string) (string, error), known []string) func(string) error {
		return func(a string) error {
			for _, v := range splitList(a) {
				if _, err := id(v); err != nil {
					return fmt.Errorf("%v; choose from: %s", err, strings.Join(known, ", "))
				}
			}
			return nil
		}
	}
	list := func(label, hint string, dst *[]string, required bool, check func(string) error) error {
		if len(*dst) > 0 {
			return nil
		}
		var answer string
		if err := ask(label, " (comma-separated"+hint+")", &answer, required, check); err != nil {
			return err
		}
		*dst = splitList(answer)
		return nil
	}
	optional := func(label string) string { return label + " (optional)" }
	steps := []func() error{
		func() error { return ask("Date", " (EDTF: 2024-01-30, 2024-01, 1956~)", &f.date, true, checkDate) },
		func() error { return ask("Title", "", &f.title, true, nil) },
		func() error { return ask("Summary", " (one to three neutral sentences)", &f.summary, true, nil) },
		func() error {
			return ask("Kind", " (one of "+strings.Join(tl.KindIDs(), ", ")+")", &f.kind, true, names(tl.KindID, tl.KindIDs()))
		},
		func() error {
			return list("Actors", "; ids or names: "+strings.Join(tl.ActorIDs(), ", "), &f.actors, true, names(tl.ActorID, tl.ActorIDs()))
		},
		func() error { return ask("Source title", "", &f.sourceTitle, true, nil) },
		func() error { return ask("Source publisher", "", &f.sourcePublisher, true, nil) },
		func() error {
			return list(optional("Places"), "; ids or names: "+strings.Join(tl.PlaceIDs(), ", "), &f.places, false, names(tl.PlaceID, tl.PlaceIDs()))
		},
		func() error {
			return list(optional("Tags"), "; lower-case words joined by hyphens", &f.tags, false, checkTags)
		},
		func() error {
			if len(f.perspectives) > 0 {
				return nil
			}
			for _, a := range f.actors {
				var text string
				if err := ask(optional("Perspective of "+a), " (how this side frames it, attributed)", &text, false, nil); err != nil {
					return err
				}
				if text != "" {
					f.perspectives = append(f.perspectives, a+"="+text)
				}
			}
			return nil
		},
		func() error {
			if len(f.aliases) > 0 {
				return nil
			}
			for {
				var alias string
				if err := ask(optional("Alias"), " (a phrase news uses for it; empty to go on)", &alias, false, nil); err != nil || alias == "" {
					return err
				}
				f.aliases = append(f.aliases, alias)
			}
		},
		func() error {
			known := eventIDs(tl)
			return list(optional("Related"), "; event ids", &f.related, false, func(a string) error {
				for _, id := range splitList(a) {
					if !slices.Contains(known, id) {
						return fmt.Errorf("no event %q", id)
					}
				}
				return nil
			})
		},
		func() error {
			return ask(optional("Notes"), " (sources that disagree, why one was preferred)", &f.notes, false, nil)
		},
		func() error {
			return ask(optional("Source URL"), " (only an address you opened and checked)", &f.sourceURL, false, checkURL)
		},
		func() error {
			return ask(optional("Source published"), " (EDTF date)", &f.sourcePublished, false, checkDate)
		},
		func() error { return ask(optional("Source quote"), " (words copied exactly)", &f.sourceQ, false, nil) },
		func() error { return ask(optional("Source language"), " (en, ru, ja)", &f.sourceLang, false, nil) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// checkTags accepts lower-case words joined by hyphens.
func checkTags(a string) error {
	for _, t := range splitList(a) {
		if t != strings.ToLower(t) || strings.ContainsAny(t, " _") {
			return fmt.Errorf("tag %q: write lower-case words joined by hyphens", t)
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
