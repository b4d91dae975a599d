package timeline

import (
	"bytes"
	"strings"

	"github.com/peacetreaty/timeline/timeline/edtf"

	"gopkg.in/yaml.v3"
)

// MarshalEvent writes an event as an event file, keys in schema order, long
// text as folded block scalars, quotes only where YAML needs them. Evidence
// and the loader's bookkeeping are not part of a file.
func MarshalEvent(e *Event, header string) ([]byte, error) {
	m := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v *yaml.Node) {
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
	}
	text := func(key, s string) {
		if s != "" {
			add(key, scalar(s))
		}
	}
	list := func(key string, xs []string) {
		if len(xs) == 0 {
			return
		}
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		long := false
		for _, x := range xs {
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: x})
			long = long || len(x) > 30
		}
		if long {
			n.Style = 0
		}
		add(key, n)
	}
	text("id", e.ID)
	text("date", e.Date.String())
	text("title", e.Title)
	text("summary", e.Summary)
	text("kind", e.Kind)
	list("actors", e.Actors)
	list("places", e.Places)
	list("tags", e.Tags)
	if len(e.Perspectives) > 0 {
		p := &yaml.Node{Kind: yaml.MappingNode}
		for _, x := range e.Perspectives {
			p.Content = append(p.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: x.Actor}, scalar(x.Text))
		}
		add("perspectives", p)
	}
	list("aliases", e.Aliases)
	list("related", e.Related)
	srcs := &yaml.Node{Kind: yaml.SequenceNode}
	for _, s := range e.Sources {
		n := &yaml.Node{Kind: yaml.MappingNode}
		kv := func(k, v string) {
			if v != "" {
				n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, scalar(v))
			}
		}
		kv("title", s.Title)
		kv("publisher", s.Publisher)
		kv("url", s.URL)
		if !s.Published.IsZero() {
			kv("published", s.Published.String())
		}
		kv("quote", s.Quote)
		kv("language", s.Language)
		srcs.Content = append(srcs.Content, n)
	}
	add("sources", srcs)
	text("notes", e.Notes)
	text("status", e.Status)

	var buf bytes.Buffer
	buf.WriteString(header)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return Format(buf.Bytes())
}

// EventID derives an event id from its date and title: the date as far as
// it is known ("1956-10-19", "1956-10", "1956"), then up to six words of the
// title in lower case, joined by hyphens.
func EventID(date edtf.Value, title string) string {
	d := date.Earliest().String()
	switch p := date.Precision(); {
	case p == edtf.PrecisionMonth || p == edtf.PrecisionSeason:
		d = d[:7]
	case p > edtf.PrecisionSeason:
		d = d[:4]
	}
	var ws []string
	Words(title, func(w string) {
		var b strings.Builder
		for _, r := range w {
			if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
				b.WriteRune(r)
			}
		}
		if s := b.String(); s != "" && len(ws) < 6 && !(len(ws) > 0 && stopWords[s] && len(ws) == 5) {
			ws = append(ws, s)
		}
	})
	if len(ws) == 0 {
		ws = []string{"event"}
	}
	return d + "-" + strings.Join(ws, "-")
}

// scalar chooses a style: folded for long prose, plain where YAML allows.
func scalar(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: s}
	if len(s) > 80 && !strings.ContainsAny(s, "\n") && strings.TrimSpace(s) == s {
		n.Style = yaml.FoldedStyle
	}
	return n
}
