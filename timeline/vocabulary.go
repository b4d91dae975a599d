package timeline

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Vocabulary files, at the top of a data folder.
const (
	kindsFile  = "kinds.yaml"
	actorsFile = "actors.yaml"
	placesFile = "places.yaml"
	erasFile   = "eras.yaml"
)

// vocabNodes keeps positions of vocabulary ids for cross checks.
type vocabNodes struct {
	kinds, actors, places, eras []*yaml.Node // the id value nodes, in file order
	partOf                      []*yaml.Node // per place; nil when absent
	eraDates                    []*yaml.Node
}

// list decodes a file holding one top-level key whose value is a list of
// mappings, calling item for each entry.
func (d *decoder) list(root *yaml.Node, key string, item func(n *yaml.Node)) {
	d.mapping(root, key+" file", []field{{name: key, required: true, decode: func(v *yaml.Node) {
		if v.Kind != yaml.SequenceNode {
			d.errorf(v, "%q must be a list, found %s", key, describe(v))
			return
		}
		for _, n := range v.Content {
			item(n)
		}
	}}})
}

func (d *decoder) decodeKinds(root *yaml.Node, nodes *vocabNodes) []Kind {
	var out []Kind
	d.list(root, "kinds", func(n *yaml.Node) {
		var k Kind
		var idNode *yaml.Node
		if d.mapping(n, "kind", []field{
			{name: "id", required: true, decode: func(v *yaml.Node) { idNode = v; d.str(v, "id", &k.ID) }},
			{name: "title", required: true, decode: func(v *yaml.Node) { d.text(v, "title", &k.Title) }},
			{name: "description", decode: func(v *yaml.Node) { d.text(v, "description", &k.Description) }},
		}) && idNode != nil {
			out = append(out, k)
			nodes.kinds = append(nodes.kinds, idNode)
		}
	})
	return out
}

func (d *decoder) decodeActors(root *yaml.Node, nodes *vocabNodes) []Actor {
	var out []Actor
	d.list(root, "actors", func(n *yaml.Node) {
		var a Actor
		var idNode *yaml.Node
		if d.mapping(n, "actor", []field{
			{name: "id", required: true, decode: func(v *yaml.Node) { idNode = v; d.str(v, "id", &a.ID) }},
			{name: "name", required: true, decode: func(v *yaml.Node) { d.text(v, "name", &a.Name) }},
			{name: "type", required: true, decode: func(v *yaml.Node) {
				d.str(v, "type", &a.Type)
				switch a.Type {
				case "state", "organization", "person":
				default:
					d.errorf(v, "actor type %q must be state, organization or person", a.Type)
				}
			}},
			{name: "ru", decode: func(v *yaml.Node) { d.text(v, "ru", &a.RU) }},
			{name: "ja", decode: func(v *yaml.Node) { d.text(v, "ja", &a.JA) }},
			{name: "aliases", decode: func(v *yaml.Node) { d.strList(v, "aliases", &a.Aliases, nil) }},
			{name: "side", decode: func(v *yaml.Node) {
				d.str(v, "side", &a.Side)
				switch a.Side {
				case "moscow", "tokyo":
				default:
					d.errorf(v, "actor side %q must be moscow or tokyo (leave it out for others)", a.Side)
				}
			}},
		}) && idNode != nil {
			out = append(out, a)
			nodes.actors = append(nodes.actors, idNode)
		}
	})
	return out
}

func (d *decoder) decodePlaces(root *yaml.Node, nodes *vocabNodes) []Place {
	var out []Place
	d.list(root, "places", func(n *yaml.Node) {
		var p Place
		var idNode, partOf *yaml.Node
		if d.mapping(n, "place", []field{
			{name: "id", required: true, decode: func(v *yaml.Node) { idNode = v; d.str(v, "id", &p.ID) }},
			{name: "name", required: true, decode: func(v *yaml.Node) { d.text(v, "name", &p.Name) }},
			{name: "ru", decode: func(v *yaml.Node) { d.text(v, "ru", &p.RU) }},
			{name: "ja", decode: func(v *yaml.Node) { d.text(v, "ja", &p.JA) }},
			{name: "aliases", decode: func(v *yaml.Node) { d.strList(v, "aliases", &p.Aliases, nil) }},
			{name: "part_of", decode: func(v *yaml.Node) { partOf = v; d.str(v, "part_of", &p.PartOf) }},
		}) && idNode != nil {
			out = append(out, p)
			nodes.places = append(nodes.places, idNode)
			nodes.partOf = append(nodes.partOf, partOf)
		}
	})
	return out
}

func (d *decoder) decodeEras(root *yaml.Node, nodes *vocabNodes) []Era {
	var out []Era
	d.list(root, "eras", func(n *yaml.Node) {
		var e Era
		var idNode, dateNode *yaml.Node
		if d.mapping(n, "era", []field{
			{name: "id", required: true, decode: func(v *yaml.Node) { idNode = v; d.str(v, "id", &e.ID) }},
			{name: "title", required: true, decode: func(v *yaml.Node) { d.text(v, "title", &e.Title) }},
			{name: "date", required: true, decode: func(v *yaml.Node) { dateNode = v; d.date(v, "date", &e.Date) }},
			{name: "summary", decode: func(v *yaml.Node) { d.text(v, "summary", &e.Summary) }},
		}) && idNode != nil && dateNode != nil && !e.Date.IsZero() {
			out = append(out, e)
			nodes.eras = append(nodes.eras, idNode)
			nodes.eraDates = append(nodes.eraDates, dateNode)
		}
	})
	return out
}

// named is a vocabulary entry's id and every name it may be given by.
type named struct {
	id    string
	names []string
}

// lookup finds the entry s names: its id or one of its names, compared
// without regard to case and surrounding space. A miss says what s may have
// meant.
func lookup(what, s string, entries []named) (string, error) {
	key := strings.ToLower(strings.TrimSpace(s))
	for _, e := range entries {
		if key == e.id {
			return e.id, nil
		}
	}
	for _, e := range entries {
		for _, n := range e.names {
			if n != "" && strings.ToLower(n) == key {
				return e.id, nil
			}
		}
	}
	var candidates []string
	idOf := map[string]string{}
	for _, e := range entries {
		candidates = append(candidates, e.id)
		for _, n := range e.names {
			l := strings.ToLower(n)
			if _, seen := idOf[l]; !seen && l != e.id {
				idOf[l] = e.id
				candidates = append(candidates, l)
			}
		}
	}
	hint := ""
	switch m := suggest(key, candidates); {
	case m == "":
	case idOf[m] != "":
		hint = fmt.Sprintf(" (did you mean %s, %q?)", idOf[m], m)
	default:
		hint = fmt.Sprintf(" (did you mean %q?)", m)
	}
	return "", fmt.Errorf("unknown %s %q%s", what, clip(s), hint)
}

func (v *Vocabulary) actorNames() []named {
	out := make([]named, len(v.Actors))
	for i, a := range v.Actors {
		out[i] = named{a.ID, append([]string{a.Name, a.RU, a.JA}, a.Aliases...)}
	}
	return out
}

func (v *Vocabulary) placeNames() []named {
	out := make([]named, len(v.Places))
	for i, p := range v.Places {
		out[i] = named{p.ID, append([]string{p.Name, p.RU, p.JA}, p.Aliases...)}
	}
	return out
}

// ActorID returns the id of the actor s names: an id, or the actor's name
// in any of the vocabulary's languages and spellings ("Japan", "日本").
func (v *Vocabulary) ActorID(s string) (string, error) { return lookup("actor", s, v.actorNames()) }

// PlaceID returns the id of the place s names: an id, or any of the
// place's names and spellings ("Etorofu", "Kunashiri", "Chishima").
func (v *Vocabulary) PlaceID(s string) (string, error) { return lookup("place", s, v.placeNames()) }

// KindID returns the id of the kind s names: its id or its title.
func (v *Vocabulary) KindID(s string) (string, error) {
	var entries []named
	for _, k := range v.Kinds {
		entries = append(entries, named{k.ID, []string{k.Title}})
	}
	return lookup("kind", s, entries)
}

// EraID returns the id of the era s names: its id or its title.
func (v *Vocabulary) EraID(s string) (string, error) {
	var entries []named
	for _, e := range v.Eras {
		entries = append(entries, named{e.ID, []string{e.Title}})
	}
	return lookup("era", s, entries)
}

// Tags lists the tags the events use, sorted.
func (tl *Timeline) Tags() []string {
	var out []string
	for _, e := range tl.Events {
		for _, t := range e.Tags {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	slices.Sort(out)
	return out
}
