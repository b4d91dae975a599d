package timeline

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// eventNodes keeps the nodes that cross-file checks point at.
type eventNodes struct {
	root, id, date, kind, era, status *yaml.Node
	actors, places, related           []*yaml.Node
	perspectives                      []*yaml.Node // the actor keys
	aliases                           []*yaml.Node
	sources                           []*yaml.Node // each source's mapping
	published                         []*yaml.Node // each source's published value, or nil
	summary                           *yaml.Node
	quotes                            []*yaml.Node // each source's quote value, or nil
}

// decodeEvent reads one event mapping.
func (d *decoder) decodeEvent(n *yaml.Node) (Event, eventNodes) {
	var e Event
	nodes := eventNodes{root: n}
	set := func(dst **yaml.Node, f func(*yaml.Node)) func(*yaml.Node) {
		return func(v *yaml.Node) { *dst = v; f(v) }
	}
	fields := []field{
		{name: "id", required: true, decode: set(&nodes.id, func(v *yaml.Node) { d.text(v, "id", &e.ID) })},
		{name: "date", required: true, decode: set(&nodes.date, func(v *yaml.Node) { d.date(v, "date", &e.Date) })},
		{name: "title", required: true, decode: func(v *yaml.Node) { d.text(v, "title", &e.Title) }},
		{name: "summary", required: true, decode: set(&nodes.summary, func(v *yaml.Node) { d.text(v, "summary", &e.Summary) })},
		{name: "kind", required: true, decode: set(&nodes.kind, func(v *yaml.Node) { d.text(v, "kind", &e.Kind) })},
		{name: "era", decode: set(&nodes.era, func(v *yaml.Node) { d.text(v, "era", &e.Era) })},
		{name: "actors", required: true, decode: func(v *yaml.Node) {
			d.strList(v, "actors", &e.Actors, &nodes.actors)
			if v.Kind == yaml.SequenceNode && len(v.Content) == 0 {
				d.errorf(v, "%q must name at least one actor", "actors")
			}
		}},
		{name: "places", decode: func(v *yaml.Node) { d.strList(v, "places", &e.Places, &nodes.places) }},
		{name: "tags", decode: func(v *yaml.Node) { d.strList(v, "tags", &e.Tags, nil) }},
		{name: "perspectives", decode: func(v *yaml.Node) { e.Perspectives, nodes.perspectives = d.perspectives(v) }},
		{name: "aliases", decode: func(v *yaml.Node) { d.strList(v, "aliases", &e.Aliases, &nodes.aliases) }},
		{name: "related", decode: func(v *yaml.Node) { d.strList(v, "related", &e.Related, &nodes.related) }},
		{name: "sources", required: true, decode: func(v *yaml.Node) { e.Sources, nodes.sources, nodes.published, nodes.quotes = d.sources(v) }},
		{name: "notes", decode: func(v *yaml.Node) { d.text(v, "notes", &e.Notes) }},
		{name: "status", decode: set(&nodes.status, func(v *yaml.Node) {
			d.str(v, "status", &e.Status)
			if e.Status != StatusDraft {
				d.errorf(v, "status %q: the only status an event file may have is %q", e.Status, StatusDraft)
			}
		})},
	}
	d.mapping(n, "event", fields)
	return e, nodes
}

func (d *decoder) perspectives(n *yaml.Node) ([]Perspective, []*yaml.Node) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%q must map actor ids to text, found %s", "perspectives", describe(n))
		return nil, nil
	}
	var ps []Perspective
	var keys []*yaml.Node
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "perspectives key must be an actor id, found %s", describe(k))
			continue
		}
		if line, dup := seen[k.Value]; dup {
			d.errorf(k, "duplicate key %q in perspectives (first at line %d)", k.Value, line)
			continue
		}
		seen[k.Value] = k.Line
		var p Perspective
		p.Actor = k.Value
		if isNull(v) {
			d.errorf(v, "perspective of %q is empty", k.Value)
			continue
		}
		d.text(v, "perspectives."+k.Value, &p.Text)
		ps = append(ps, p)
		keys = append(keys, k)
	}
	return ps, keys
}

// sources reads the sources list, with each source's mapping and its
// published and quote values (nil where absent) for later checks.
func (d *decoder) sources(n *yaml.Node) (out []Source, items, published, quotes []*yaml.Node) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%q must be a list of sources, found %s", "sources", describe(n))
		return nil, nil, nil, nil
	}
	if len(n.Content) == 0 {
		d.errorf(n, "%q must list at least one source", "sources")
	}
	for _, item := range n.Content {
		var s Source
		var pub, quote *yaml.Node
		ok := d.mapping(item, "source", []field{
			{name: "title", required: true, decode: func(v *yaml.Node) { d.text(v, "title", &s.Title) }},
			{name: "publisher", required: true, decode: func(v *yaml.Node) { d.text(v, "publisher", &s.Publisher) }},
			{name: "url", decode: func(v *yaml.Node) {
				d.text(v, "url", &s.URL)
				if strings.TrimSpace(s.URL) != "" {
					d.checkURL(v, s.URL)
				}
			}},
			{name: "published", decode: func(v *yaml.Node) { pub = v; d.date(v, "published", &s.Published) }},
			{name: "quote", decode: func(v *yaml.Node) { quote = v; d.text(v, "quote", &s.Quote) }},
			{name: "language", decode: func(v *yaml.Node) {
				d.text(v, "language", &s.Language)
				if strings.TrimSpace(s.Language) != "" && !isLanguageTag(s.Language) {
					d.errorf(v, "language %q is not a language code such as en, ru or ja", s.Language)
				}
			}},
		})
		if ok {
			out = append(out, s)
			items = append(items, item)
			published = append(published, pub)
			quotes = append(quotes, quote)
		}
	}
	return out, items, published, quotes
}

// isLanguageTag accepts the simple BCP 47 tags sources need: "en", "ja", "zh-Hant".
func isLanguageTag(s string) bool {
	for i, part := range strings.Split(s, "-") {
		if part == "" || len(part) > 8 {
			return false
		}
		for _, r := range part {
			lower := r >= 'a' && r <= 'z'
			if i == 0 && !lower {
				return false
			}
			if !lower && !(r >= 'A' && r <= 'Z') && !(r >= '0' && r <= '9') {
				return false
			}
		}
		if i == 0 && (len(part) < 2 || len(part) > 3) {
			return false
		}
	}
	return true
}
