package timeline

import (
	"fmt"
	"slices"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

// Filter selects events. Within one field any listed value matches (OR);
// across fields all must match (AND). Zero fields select everything.
type Filter struct {
	From, To edtf.Value // by interval overlap with [From's first day, To's last day]
	Actors   []string
	Places   []string // a place also selects the places that are part of it
	Tags     []string
	Kinds    []string
	Eras     []string
}

// Resolve turns the names in a filter into ids ("Etorofu" into iturup,
// "Japan" into japan) and reports a value that names nothing, with the
// closest name, so a typo gives an error instead of an empty timeline.
// Tags must be tags some event of tl uses.
func (f *Filter) Resolve(tl *Timeline) error {
	resolve := []struct {
		values []string
		id     func(string) (string, error)
	}{
		{f.Actors, tl.ActorID},
		{f.Places, tl.PlaceID},
		{f.Kinds, tl.KindID},
		{f.Eras, tl.EraID},
	}
	for _, r := range resolve {
		for i, val := range r.values {
			id, err := r.id(val)
			if err != nil {
				return err
			}
			r.values[i] = id
		}
	}
	tags := tl.Tags()
	for _, t := range f.Tags {
		if !slices.Contains(tags, t) {
			return fmt.Errorf("unknown tag %q%s; no event has it", clip(t), didYouMean(t, tags))
		}
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Latest().Before(f.From.Earliest()) {
		return fmt.Errorf("--to %s ends before --from %s starts", f.To, f.From)
	}
	return nil
}

// Apply returns a copy of tl holding only the events f selects, in order.
func (f Filter) Apply(tl *Timeline) *Timeline {
	out := *tl
	out.Events, out.Proposed, out.Conflicts = nil, nil, nil
	places := f.expandPlaces(&tl.Vocabulary)
	kept := map[string]bool{}
	for _, e := range tl.Events {
		if f.match(&e, places) {
			out.Events = append(out.Events, e)
			kept[e.ID] = true
		}
	}
	for _, e := range tl.Proposed {
		if f.match(&e, places) {
			out.Proposed = append(out.Proposed, e)
		}
	}
	for _, c := range tl.Conflicts {
		if kept[c.Event] {
			out.Conflicts = append(out.Conflicts, c)
		}
	}
	return &out
}

func (f Filter) match(e *Event, places []string) bool {
	if !f.From.IsZero() && e.Date.Latest().Before(f.From.Earliest()) {
		return false
	}
	if !f.To.IsZero() && f.To.Latest().Before(e.Date.Earliest()) {
		return false
	}
	return anyOf(f.Actors, e.Actors) && anyOf(places, e.Places) && anyOf(f.Tags, e.Tags) &&
		anyOf(f.Kinds, []string{e.Kind}) && anyOf(f.Eras, []string{e.Era})
}

// expandPlaces adds every place that lies inside a selected one, so
// --place southern-kurils also finds events on Iturup.
func (f Filter) expandPlaces(v *Vocabulary) []string {
	if len(f.Places) == 0 {
		return nil
	}
	out := slices.Clone(f.Places)
	for changed := true; changed; {
		changed = false
		for _, p := range v.Places {
			if p.PartOf != "" && slices.Contains(out, p.PartOf) && !slices.Contains(out, p.ID) {
				out = append(out, p.ID)
				changed = true
			}
		}
	}
	return out
}

// anyOf reports whether want is empty or shares a value with have.
func anyOf(want, have []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}
