package main

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/peacetreaty/timeline/render"
	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
	"github.com/spf13/cobra"
)

func newBuildCmd(s stdio) *cobra.Command {
	var (
		dir, format, output, from, to string
		filter                        timeline.Filter
		articles                      []string
		published, explain            string
		workers                       int
		strict, mermaid               bool
	)
	cmd := &cobra.Command{
		Use:   "build [--articles PATH...]",
		Short: "Render the ordered chronology as " + strings.Join(render.FormatNames(), ", "),
		Long: `build loads and validates the data, applies the filters, and writes the
chronology to stdout or, with -o, to a file (atomically: a failed run never
leaves a half-written file).

Formats:
` + render.FormatHelp() + `
With --articles, every dated sentence of the articles becomes evidence on the
curated event it describes, a proposed event ("From articles, not yet
reviewed"), a conflict when it talks about an event but gives another date,
or an unattached sentence with the reason ("no actor", "only a year",
"restates the publication date"). --explain ID prints on stderr the decisions
the merge took for the sentences of an article, or about an event or a
proposal: the trace of this very run.

Filters take ids from the vocabularies; a flag may be repeated or given a
comma-separated list (any value matches), and different flags must all match.
--from and --to take EDTF dates and keep events whose dates overlap them.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && len(articles) == 0 {
				return fmt.Errorf("unexpected argument %q: build takes articles after --articles", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			articles = append(articles, args...)
			f, ok := render.Lookup(format)
			if !ok {
				return &exitError{code: exitUsage, err: fmt.Errorf("unknown format %q; choose %s", format, strings.Join(render.FormatNames(), ", "))}
			}
			for _, d := range []struct {
				flag, text string
				dst        *edtf.Value
			}{{"--from", from, &filter.From}, {"--to", to, &filter.To}} {
				if d.text == "" {
					continue
				}
				if err := checkDate(d.text); err != nil {
					return &exitError{code: exitUsage, err: fmt.Errorf("%s: %v", d.flag, err)}
				}
				v, _ := edtf.Parse(d.text)
				*d.dst = v
			}
			tl, diags := openData(s, dir)
			reportForBuild(s, diags)
			if diags.HasErrors() {
				return dataError(fmt.Errorf("the data has %s; nothing was written", plural(len(diags.Errors()), "error")))
			}
			if err := filter.Resolve(tl); err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			if explain != "" && len(articles) == 0 {
				return &exitError{code: exitUsage, err: fmt.Errorf("--explain needs --articles: it explains what the merge made of the articles' sentences")}
			}
			if len(articles) > 0 {
				merged, err := mergeArticles(s, tl, articles, published, workers, explain)
				if err != nil {
					return err
				}
				tl = merged
				if len(tl.Conflicts) > 0 {
					fmt.Fprintf(s.err, "timeline: %s between articles and curated dates (see the Conflicts section)\n", plural(len(tl.Conflicts), "conflict"))
				}
			}
			var buf bytes.Buffer
			out := filter.Apply(tl)
			draw := f.Render
			if mermaid {
				if f.Name != "markdown" {
					return &exitError{code: exitUsage, err: fmt.Errorf("--mermaid goes with --format markdown")}
				}
				draw = func(w io.Writer, tl *timeline.Timeline) error {
					return render.MarkdownWith(w, tl, render.MarkdownOptions{Mermaid: true})
				}
			}
			if err := draw(&buf, out); err != nil {
				return dataError(err)
			}
			if f.Losses != nil {
				for _, l := range f.Losses(out) {
					fmt.Fprintf(s.err, "timeline: %s: %s\n", f.Name, l)
				}
			}
			if output == "" || output == "-" {
				if _, err := s.out.Write(buf.Bytes()); err != nil {
					return dataError(err)
				}
				return strictCheck(strict, tl)
			}
			if err := render.WriteFile(output, buf.Bytes()); err != nil {
				return dataError(err)
			}
			return strictCheck(strict, tl)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dir, "data", "", "data folder (default ./data if it has events/, else the embedded dataset)")
	fl.StringVarP(&format, "format", "f", "markdown", "output format: "+strings.Join(render.FormatNames(), ", "))
	fl.StringVarP(&output, "output", "o", "", "write to this file instead of stdout")
	fl.StringVar(&from, "from", "", "keep events that end on or after this EDTF date")
	fl.StringVar(&to, "to", "", "keep events that start on or before this EDTF date")
	fl.StringSliceVar(&filter.Actors, "actor", nil, "keep events with this actor (an id or a name: japan, Japan, 日本)")
	fl.StringSliceVar(&filter.Places, "place", nil, "keep events at this place or a place within it (an id or a name: iturup, Etorofu)")
	fl.StringSliceVar(&filter.Tags, "tag", nil, "keep events with this tag")
	fl.StringSliceVar(&filter.Kinds, "kind", nil, "keep events of this kind id")
	fl.StringSliceVar(&filter.Eras, "era", nil, "keep events of this era id")
	fl.StringSliceVar(&articles, "articles", nil, "merge dates from these articles: files, folders, JSON Lines corpora, - for stdin")
	fl.StringVar(&published, "published", "", "publication time for articles whose own metadata gives none")
	fl.IntVarP(&workers, "jobs", "j", runtime.GOMAXPROCS(0), "workers tagging articles")
	fl.StringVar(&explain, "explain", "", "print on stderr why candidates joined an event or did not (an event id or an article id)")
	fl.BoolVar(&mermaid, "mermaid", false, "with --format markdown: add a Mermaid timeline diagram to each era")
	fl.BoolVar(&strict, "strict", false, "exit 1 when an article conflicts with a curated date")
	completeVocabulary(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(render.FormatNames(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("explain", completeFrom(eventIDs))
	return cmd
}

// strictCheck turns conflicts into exit 1 under --strict, after the output
// was written.
func strictCheck(strict bool, tl *timeline.Timeline) error {
	if strict && len(tl.Conflicts) > 0 {
		return silentExit(exitData)
	}
	return nil
}

// reportForBuild prints the errors, and only counts the warnings and notes:
// validate is where they are read.
func reportForBuild(s stdio, diags timeline.Diagnostics) {
	other := 0
	for _, d := range diags {
		if d.Severity == timeline.SeverityError {
			fmt.Fprintln(s.err, d)
		} else {
			other++
		}
	}
	if other > 0 {
		fmt.Fprintf(s.err, "timeline: the data has %s; see timeline validate\n", plural(other, "warning or note", "warnings or notes"))
	}
}
