package timeline

import (
	"bytes"
	"fmt"
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

// MaxIDLength is the longest id: with ".yaml" it must fit in a file name,
// which common file systems limit to 255 bytes.
const MaxIDLength = 255 - len(".yaml")

// CheckEventID says why id cannot be the id, and so the file name, of an
// event, or returns nil: it must match the id pattern (which also makes it
// a single path element) and fit in a file name.
func CheckEventID(id string) error {
	if len(id) > MaxIDLength {
		return fmt.Errorf("id is %d bytes long; with .yaml a file name holds at most 255 bytes, so an id at most %d: choose a shorter title or --id", len(id), MaxIDLength)
	}
	if !idPattern.MatchString(id) {
		return fmt.Errorf("id %q must be a date (YYYY, YYYY-MM or YYYY-MM-DD), a hyphen and a lower-case slug, e.g. 1956-10-19-joint-declaration", clip(id))
	}
	return nil
}

// NewEventID derives the id of a new event (EventID) and checks it. It
// refuses dates whose start is not known at least to the year (195X, 19XX,
// ../1991): the id's date would be invented.
func NewEventID(date edtf.Value, title string) (string, error) {
	if date.IsZero() {
		return "", fmt.Errorf("no date to derive an id from")
	}
	if date.OpenStart() {
		return "", fmt.Errorf("date %s has an open or unknown start, so an id cannot begin with its year: give one with --id", date)
	}
	start, _, _ := strings.Cut(date.String(), "/")
	if v, err := edtf.Parse(start); err == nil && v.Precision() > edtf.PrecisionYear {
		return "", fmt.Errorf("date %s is known only to the %s, so an id cannot begin with its year: give one with --id", date, v.Precision())
	}
	id := EventID(date, title)
	return id, CheckEventID(id)
}

// scalar chooses a style: folded for long prose, plain where YAML allows.
func scalar(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: s}
	if len(s) > 80 && !strings.ContainsAny(s, "\n") && strings.TrimSpace(s) == s {
		n.Style = yaml.FoldedStyle
	}
	return n
}
