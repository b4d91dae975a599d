package timeline

import (
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
