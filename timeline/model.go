// Package timeline holds the curated chronology of the Russia–Japan peace
// treaty dispute: events, their sources, the vocabularies they draw on, and
// the loading, validation, ordering and filtering that turn a data folder
// into an ordered Timeline.
package timeline

import (
	"strings"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

// Event is one curated event, read from data/events/<id>.yaml.
type Event struct {
	ID           string
	Date         edtf.Value
	Title        string
	Summary      string
	Kind         string
	Era          string // set in the file, or assigned from Date by the loader
	Actors       []string
	Places       []string
	Tags         []string
	Perspectives []Perspective // in file order
	Aliases      []string
	Related      []string
	Sources      []Source
	Notes        string
	// Status is "draft" for a stub written by "timeline suggest" that a
	// researcher has not finished; "" for a reviewed event. Merge sets
	// "proposed" on events it derives from articles.
	Status string
	// Evidence is what articles say about the event, attached by Merge.
	Evidence []Evidence

	// Path is where the event was read from, for messages; never rendered.
	Path string
}

// Event statuses.
const (
	StatusDraft    = "draft"
	StatusProposed = "proposed"
)

// Perspective is how one side frames an event.
type Perspective struct {
	Actor string
	Text  string
}

// Source is a document that supports an event.
type Source struct {
	Title     string
	Publisher string
	URL       string
	Published edtf.Value // zero when unknown
	Quote     string
	Language  string
}

// Kind is an entry of the kinds vocabulary (treaty, summit, ...).
type Kind struct {
	ID          string
	Title       string
	Description string
}

// Actor is a state, organization or person that takes part in events.
type Actor struct {
	ID      string
	Name    string
	Type    string // state, organization or person
	RU, JA  string // names in Russian and Japanese
	Aliases []string
	// Side is the side of the dispute the actor stands for, "moscow" or
	// "tokyo", or "" for others: pictures lay events out by who acted.
	Side string
}

// Place is a place events happen at or are about, with its names in the
// languages of the dispute and the spellings news uses.
type Place struct {
	ID      string
	Name    string
	RU, JA  string
	Aliases []string
	PartOf  string // id of the enclosing place, or ""
}

// Era is a period of the chronology; Markdown gives each its own section.
type Era struct {
	ID      string
	Title   string
	Date    edtf.Value
	Summary string
}

// Vocabulary is the set of ids events may use, read from data/*.yaml.
type Vocabulary struct {
	Kinds  []Kind
	Actors []Actor
	Places []Place
	Eras   []Era // ordered by date
}

// Timeline is an ordered, validated chronology, ready to render.
type Timeline struct {
	Title string
	Vocabulary
	Events []Event // ordered by Compare
	// Proposed are events derived from articles that match no curated event,
	// for a researcher to review; Conflicts are article sentences that talk
	// about a curated event but give another date. Both are set by Merge.
	Proposed  []Event
	Conflicts []Conflict
	// Unattached are the dates of the articles' sentences that Merge
	// attached to nothing, each with its reason.
	Unattached []Unattached
}

// KindByID returns the kind with the given id.
func (v *Vocabulary) KindByID(id string) (Kind, bool) {
	return find(v.Kinds, id, func(k Kind) string { return k.ID })
}

// ActorByID returns the actor with the given id.
func (v *Vocabulary) ActorByID(id string) (Actor, bool) {
	return find(v.Actors, id, func(a Actor) string { return a.ID })
}

// PlaceByID returns the place with the given id.
func (v *Vocabulary) PlaceByID(id string) (Place, bool) {
	return find(v.Places, id, func(p Place) string { return p.ID })
}

// EraByID returns the era with the given id.
func (v *Vocabulary) EraByID(id string) (Era, bool) {
	return find(v.Eras, id, func(e Era) string { return e.ID })
}

// KindIDs lists the kind ids, in file order.
func (v *Vocabulary) KindIDs() []string { return ids(v.Kinds, func(k Kind) string { return k.ID }) }

// ActorIDs lists the actor ids, in file order.
func (v *Vocabulary) ActorIDs() []string { return ids(v.Actors, func(a Actor) string { return a.ID }) }

// PlaceIDs lists the place ids, in file order.
func (v *Vocabulary) PlaceIDs() []string { return ids(v.Places, func(p Place) string { return p.ID }) }

// EraIDs lists the era ids, in date order.
func (v *Vocabulary) EraIDs() []string { return ids(v.Eras, func(e Era) string { return e.ID }) }

func find[T any](xs []T, id string, key func(T) string) (T, bool) {
	for _, x := range xs {
		if key(x) == id {
			return x, true
		}
	}
	var zero T
	return zero, false
}

// Compare orders events by earliest day, then latest day, then id, so any two
// runs over the same data give the same order.
func Compare(a, b *Event) int {
	if c := a.Date.Earliest().Compare(b.Date.Earliest()); c != 0 {
		return c
	}
	if c := a.Date.Latest().Compare(b.Date.Latest()); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}
