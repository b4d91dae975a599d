package timeline

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/peacetreaty/timeline/timeline/edtf"
	"gopkg.in/yaml.v3"
)

// DefaultTitle is the title of the rendered chronology.
const DefaultTitle = "The Russia–Japan peace treaty dispute: a chronology"

var (
	// idPattern: a date prefix at year, month or day precision, then a slug.
	idPattern   = regexp.MustCompile(`^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-[a-z0-9]+(?:-[a-z0-9]+)*$`)
	slugPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
)

// validate runs the checks that need more than one file, assigns eras and
// orders the events into tl.
func (l *loader) validate(tl *Timeline) {
	l.validateVocabulary(tl)

	kinds, actors, places, eras := tl.KindIDs(), tl.ActorIDs(), tl.PlaceIDs(), tl.EraIDs()

	byID := map[string]string{} // id -> file it was first seen in
	for _, le := range l.events {
		if le.ID == "" {
			continue
		}
		if first, dup := byID[le.ID]; dup {
			l.cross(le, le.nodes.id, "duplicate id %q (also in %s)", le.ID, l.display(first))
			l.diags[len(l.diags)-1].Also = l.display(first)
			continue
		}
		byID[le.ID] = le.Path
	}

	for i := range l.events {
		le := &l.events[i]
		n := le.nodes
		if n.id != nil && le.ID != "" {
			l.checkID(le)
		}
		if n.status != nil && le.Status == StatusDraft {
			l.diags = append(l.diags, Diagnostic{Path: l.display(le.Path), Line: n.status.Line, Col: n.status.Column,
				Severity: SeverityWarning, Msg: "draft event: check it against its source, then remove \"status: draft\""})
		}
		if n.kind != nil && le.Kind != "" && !slices.Contains(kinds, le.Kind) {
			l.cross(*le, n.kind, "unknown kind %q%s; kinds are listed in %s", le.Kind, didYouMean(le.Kind, kinds), l.display(kindsFile))
		}
		for j, a := range le.Actors {
			if !slices.Contains(actors, a) {
				l.cross(*le, n.actors[j], "unknown actor %q%s; actors are listed in %s", a, nameHint(a, actors, tl.ActorID), l.display(actorsFile))
			}
		}
		for j, p := range le.Places {
			if !slices.Contains(places, p) {
				l.cross(*le, n.places[j], "unknown place %q%s; places are listed in %s", p, nameHint(p, places, tl.PlaceID), l.display(placesFile))
			}
		}
		for j, p := range le.Perspectives {
			if !slices.Contains(actors, p.Actor) {
				l.cross(*le, n.perspectives[j], "perspective of unknown actor %q%s", p.Actor, nameHint(p.Actor, actors, tl.ActorID))
			}
		}
		for j, r := range le.Related {
			switch {
			case r == le.ID:
				l.at(*le, n.related[j], "event lists itself as related")
			case byID[r] == "":
				l.cross(*le, n.related[j], "related event %q does not exist%s", r, didYouMean(r, keys(byID)))
			}
		}
		switch {
		case n.era != nil && le.Era != "":
			if !slices.Contains(eras, le.Era) {
				l.cross(*le, n.era, "unknown era %q%s; eras are listed in %s", le.Era, didYouMean(le.Era, eras), l.display(erasFile))
			}
		case !le.Date.IsZero() && len(tl.Eras) > 0:
			le.Era = eraOf(tl.Eras, le.Date)
			if le.Era == "" {
				l.cross(*le, n.date, "date %s falls in no era of %s", le.Date, l.display(erasFile))
			}
		}
	}

	l.warnings()
	l.checkNamedDays()
	for _, le := range l.events {
		tl.Events = append(tl.Events, le.Event)
	}
	slices.SortFunc(tl.Events, func(a, b Event) int { return Compare(&a, &b) })
}

// nameHint says which id an unknown value meant: the id of the entry it
// names ("Etorofu" is a name of iturup), else the closest id.
func nameHint(s string, ids []string, byName func(string) (string, error)) string {
	if id, err := byName(s); err == nil {
		return fmt.Sprintf(" (%q is a name of %q; files use the id)", s, id)
	}
	return didYouMean(s, ids)
}

// checkID checks the id's form, that it names its file, and that its date
// prefix holds the event's first day.
func (l *loader) checkID(le *loadedEvent) {
	n := le.nodes
	m := idPattern.FindStringSubmatch(le.ID)
	if m == nil {
		l.at(*le, n.id, "id %q must be a date (YYYY, YYYY-MM or YYYY-MM-DD), a hyphen and a lower-case slug, e.g. 1956-10-19-joint-declaration", le.ID)
		return
	}
	base := path.Base(le.Path)
	if stem := strings.TrimSuffix(base, path.Ext(base)); stem != le.ID {
		l.at(*le, n.id, "id %q differs from the file name %q; name the file %s.yaml", le.ID, base, le.ID)
	}
	if le.Date.IsZero() {
		return
	}
	prefix, err := edtf.Parse(m[1])
	if err != nil {
		l.at(*le, n.id, "id date prefix %q: %v", m[1], err)
		return
	}
	if first := le.Date.Earliest(); !le.Date.OpenStart() && !prefix.Contains(first) {
		starts := ""
		if first.String() != le.Date.String() {
			starts = fmt.Sprintf(" (which starts %s)", first)
		}
		l.at(*le, n.id, "id date prefix %s disagrees with date %s%s", m[1], le.Date, starts)
	}
}

func (l *loader) validateVocabulary(tl *Timeline) {
	l.uniqueIDs(erasFile, "era", l.vocab.eras)
	l.uniqueIDs(kindsFile, "kind", l.vocab.kinds)
	l.uniqueIDs(actorsFile, "actor", l.vocab.actors)
	l.uniqueIDs(placesFile, "place", l.vocab.places)

	places := tl.PlaceIDs()
	d := &decoder{path: l.display(placesFile), diags: &l.diags}
	for i, p := range tl.Places {
		if p.PartOf != "" && !slices.Contains(places, p.PartOf) {
			d.errorf(l.vocab.partOf[i], "place %q is part of unknown place %q%s", p.ID, p.PartOf, didYouMean(p.PartOf, places))
		}
	}
	l.partOfCycles(d, tl.Places)

	// Eras must not overlap, or an event would belong to two sections.
	d = &decoder{path: l.display(erasFile), diags: &l.diags}
	order := make([]int, len(tl.Eras))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return tl.Eras[a].Date.Compare(tl.Eras[b].Date) })
	sorted := make([]Era, len(order))
	for i, j := range order {
		sorted[i] = tl.Eras[j]
		if i > 0 && sorted[i-1].Date.Overlaps(tl.Eras[j].Date) {
			d.errorf(l.vocab.eraDates[j], "era %q (%s) overlaps era %q (%s)", tl.Eras[j].ID, tl.Eras[j].Date, sorted[i-1].ID, sorted[i-1].Date)
		}
	}
	tl.Eras = sorted
}

func (l *loader) uniqueIDs(file, what string, nodes []*yaml.Node) {
	d := &decoder{path: l.display(file), diags: &l.diags}
	seen := map[string]int{}
	for _, n := range nodes {
		if !slugPattern.MatchString(n.Value) {
			d.errorf(n, "%s id %q must be lower-case words joined by hyphens", what, n.Value)
		}
		if line, dup := seen[n.Value]; dup {
			d.errorf(n, "duplicate %s id %q (first at line %d)", what, n.Value, line)
			continue
		}
		seen[n.Value] = n.Line
	}
}

// eraOf returns the id of the era holding the date's first day, or "".
func eraOf(eras []Era, date edtf.Value) string {
	first := date.Earliest()
	for _, e := range eras {
		if e.Date.Contains(first) {
			return e.ID
		}
	}
	return ""
}

// cross is at for a finding that depends on other files (see Diagnostic.Cross).
func (l *loader) cross(le loadedEvent, n *yaml.Node, format string, args ...any) {
	l.at(le, n, format, args...)
	l.diags[len(l.diags)-1].Cross = true
}

func (l *loader) at(le loadedEvent, n *yaml.Node, format string, args ...any) {
	if n == nil {
		n = le.nodes.root
	}
	d := &decoder{path: l.display(le.Path), diags: &l.diags}
	d.errorf(n, format, args...)
}

func ids[T any](xs []T, key func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = key(x)
	}
	return out
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// LateSourceYears: a source published this long after its event is a
// retelling; an event with only such sources should cite a primary one.
const LateSourceYears = 10

// warnings are the date-aware checks: findings to look at, not errors.
func (l *loader) warnings() {
	type seen struct {
		le   *loadedEvent
		line int
	}
	byDateTitle := map[string]seen{}
	byAlias := map[string]seen{}
	for i := range l.events {
		le := &l.events[i]
		n := le.nodes
		if le.Date.IsZero() {
			continue
		}
		first, last := le.Date.Earliest(), le.Date.Latest()
		contemporary, undated := false, false
		for j, s := range le.Sources {
			if s.Published.IsZero() {
				undated = true
				continue
			}
			if j < len(n.published) && n.published[j] != nil && !le.Date.OpenStart() && s.Published.Latest().Before(first) {
				l.warn(le, n.published[j], "source published %s, before the event it reports (%s): fine if it announced the event; otherwise check the dates", s.Published, le.Date)
			}
			if s.Published.Earliest().Year-last.Year <= LateSourceYears {
				contemporary = true
			}
		}
		if !contemporary && !undated && len(le.Sources) > 0 && !le.Date.OpenEnd() {
			l.warn(le, n.sources[0], "every source was published more than %d years after the event; add a primary or contemporary source", LateSourceYears)
		}
		key := le.Date.String() + "\x00" + strings.ToLower(strings.TrimSpace(le.Title))
		if prev, dup := byDateTitle[key]; dup && n.id != nil {
			l.warn(le, n.id, "same date and title as %s (%s:%d): a duplicate?", prev.le.ID, l.display(prev.le.Path), prev.line)
			l.diags[len(l.diags)-1].Also = l.display(prev.le.Path)
		} else if n.id != nil {
			byDateTitle[key] = seen{le, n.id.Line}
		}
		for j, a := range le.Aliases {
			k := NormalizePhrase(a)
			if prev, dup := byAlias[k]; dup && prev.le.ID != le.ID {
				l.warn(le, n.aliases[j], "alias %q is also an alias of %s (%s:%d): articles using it cannot be told apart", a, prev.le.ID, l.display(prev.le.Path), prev.line)
				l.diags[len(l.diags)-1].Also = l.display(prev.le.Path)
			} else if !dup {
				byAlias[k] = seen{le, n.aliases[j].Line}
			}
		}
	}
}

func (l *loader) warn(le *loadedEvent, n *yaml.Node, format string, args ...any) {
	l.diags = append(l.diags, Diagnostic{Path: l.display(le.Path), Line: n.Line, Col: n.Column,
		Severity: SeverityWarning, Msg: message(format, args...)})
}

// partOfCycles reports each cycle of part_of once, at the first place of
// the file that is on it: a place inside itself has no enclosing region.
func (l *loader) partOfCycles(d *decoder, places []Place) {
	index := map[string]int{}
	for i, p := range places {
		if _, dup := index[p.ID]; !dup {
			index[p.ID] = i
		}
	}
	reported := map[int]bool{}
	for i := range places {
		var path []string
		onPath := map[int]bool{}
		j, ok := i, true
		for ok && !onPath[j] && !reported[j] {
			onPath[j] = true
			path = append(path, places[j].ID)
			j, ok = index[places[j].PartOf]
		}
		if !ok || j != i || reported[j] {
			continue // no cycle through i (a cycle further up is reported from its own place)
		}
		for k := range onPath {
			reported[k] = true
		}
		d.errorf(l.vocab.partOf[i], "place %q is part of itself: %s", places[i].ID, strings.Join(append(path, places[i].ID), " → part of "))
	}
}

// EraOf returns the id of the era of eras holding the date's first day, or
// "": proposals from articles get their era the way curated events do.
func EraOf(eras []Era, date edtf.Value) string { return eraOf(eras, date) }

// checkNamedDays warns where a summary or a source's quote names a day in
// full ("on 19 October 1956") that is neither within the event's own date
// nor the date of another event given to the day: a typo, a day the data
// lacks, or a date to make exact. A person judges which.
func (l *loader) checkNamedDays() {
	var dated []edtf.Value // the day-precision dates of all events
	for _, le := range l.events {
		if !le.Date.IsZero() && le.Date.Precision() == edtf.PrecisionDay {
			dated = append(dated, le.Date)
		}
	}
	known := func(own edtf.Value, d edtf.Day) bool {
		if own.Contains(d) {
			return true
		}
		for _, v := range dated {
			if v.Contains(d) {
				return true
			}
		}
		return false
	}
	for i := range l.events {
		le := &l.events[i]
		if le.Date.IsZero() {
			continue
		}
		check := func(n *yaml.Node, field, text string) {
			if n == nil {
				return
			}
			for _, nd := range NamedDays(text) {
				if !known(le.Date, nd.Day) {
					l.warn(le, n, "%s names %q (%s), which is neither this event's date (%s) nor the date of another event: check it",
						field, nd.Text, nd.Day, le.Date)
				}
			}
		}
		check(le.nodes.summary, "summary", le.Summary)
		for j, s := range le.Sources {
			if j < len(le.nodes.quotes) {
				check(le.nodes.quotes[j], "quote", s.Quote)
			}
		}
	}
}
