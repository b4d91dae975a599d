package timeline

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/peacetreaty/timeline/timeline/edtf"
	"gopkg.in/yaml.v3"
)

// decoder turns yaml.Node trees into model values, strictly: unknown and
// duplicate keys, wrong node kinds and missing fields become diagnostics with
// the node's own line and column. yaml.v3's Decode would stop at the first
// problem and report no column, and decoding a Node never rejects duplicates.
type decoder struct {
	path  string
	diags *Diagnostics
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	*d.diags = append(*d.diags, Diagnostic{Path: d.path, Line: line, Col: col, Severity: SeverityError, Msg: message(format, args...)})
}

// field describes one key of a mapping.
type field struct {
	name     string
	required bool
	decode   func(value *yaml.Node)
}

// mapping checks n is a mapping and dispatches its keys to fields, in the
// file's order. what names the mapping in messages ("event", "source").
func (d *decoder) mapping(n *yaml.Node, what string, fields []field) bool {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping of keys to values, found %s", what, describe(n))
		return false
	}
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "%s key must be a plain word, found %s", what, describe(k))
			continue
		}
		if prev, dup := seen[k.Value]; dup {
			d.errorf(k, "duplicate key %q in %s (first at line %d)", k.Value, what, prev.Line)
			continue
		}
		seen[k.Value] = k
		var f *field
		for j := range fields {
			if fields[j].name == k.Value {
				f = &fields[j]
				break
			}
		}
		if f == nil {
			d.errorf(k, "unknown key %q in %s%s", k.Value, what, didYouMean(k.Value, names))
			continue
		}
		if isNull(v) {
			if f.required {
				d.errorf(v, "%s: %q is empty", what, f.name)
			}
			continue
		}
		f.decode(v)
	}
	for _, f := range fields {
		if f.required {
			if _, ok := seen[f.name]; !ok {
				d.errorf(n, "%s is missing required key %q", what, f.name)
			}
		}
	}
	return true
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// described is a node described for "found ...": already quoted and
// clipped, so message leaves it alone.
type described string

// describe names a node's kind for "found ..." in messages.
func describe(n *yaml.Node) described {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return described(fmt.Sprintf("%q", clip(n.Value)))
	}
	return "a document"
}

// str decodes a scalar as text. Numbers and dates written bare are text too:
// a title of 1956 is still a title.
func (d *decoder) str(n *yaml.Node, key string, dst *string) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%q must be text, found %s", key, describe(n))
		return
	}
	*dst = n.Value
}

// text is str for prose fields that may not be blank.
func (d *decoder) text(n *yaml.Node, key string, dst *string) {
	d.str(n, key, dst)
	if n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == "" {
		d.errorf(n, "%q is empty", key)
	}
}

// strList decodes a list of scalars. Each item's node is kept for later
// checks that need its position.
func (d *decoder) strList(n *yaml.Node, key string, dst *[]string, nodes *[]*yaml.Node) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%q must be a list, found %s", key, describe(n))
		return
	}
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || isNull(item) {
			d.errorf(item, "%q items must be text, found %s", key, describe(item))
			continue
		}
		if strings.TrimSpace(item.Value) == "" {
			d.errorf(item, "%q has an empty item", key)
			continue
		}
		*dst = append(*dst, item.Value)
		if nodes != nil {
			*nodes = append(*nodes, item)
		}
	}
}

// date decodes an EDTF value, pointing at the exact byte that failed when the
// scalar is written plainly on its line.
func (d *decoder) date(n *yaml.Node, key string, dst *edtf.Value) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%q must be an EDTF date such as 1945-09-02, found %s", key, describe(n))
		return
	}
	if len(n.Value) > MaxQuoted {
		d.errorf(n, "%q: %q is not an EDTF date such as 1945-09-02", key, n.Value)
		return
	}
	v, err := edtf.Parse(n.Value)
	if err != nil {
		col := n.Column
		var pe *edtf.Error
		if errors.As(err, &pe) && n.Style == 0 {
			col += pe.Offset
		} else if errors.As(err, &pe) && (n.Style == yaml.DoubleQuotedStyle || n.Style == yaml.SingleQuotedStyle) {
			col += 1 + pe.Offset
		}
		d.errorf(&yaml.Node{Line: n.Line, Column: col}, "%q: %v", key, err)
		return
	}
	*dst = v
}

// checkURL accepts only absolute http and https addresses.
func (d *decoder) checkURL(n *yaml.Node, s string) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		d.errorf(n, "url %q is not an absolute http(s) address", s)
	}
}
