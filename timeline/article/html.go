package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ReadHTML reads a news page: the title, the publication time from
// <meta property="article:published_time">, <time datetime> or JSON-LD
// datePublished, and the body from the article's paragraphs, leaving out
// scripts, styles, navigation, headers, footers and asides.
func ReadHTML(id string, data []byte, opts Options) (*Article, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("HTML: %v", err)
	}
	p := &page{}
	p.walk(doc, false)
	a := &Article{ID: id, URL: p.meta["og:url"], Publisher: p.meta["og:site_name"], Language: p.lang}
	if p.canonical != "" {
		a.URL = p.canonical
	}
	a.Title = firstNonEmpty(p.meta["og:title"], p.h1, p.title)
	var published string
	for _, s := range []string{p.meta["article:published_time"], p.jsonLDPublished, p.timeAttr, p.meta["date"], p.meta["pubdate"]} {
		if s != "" {
			published = s
			break
		}
	}
	if published != "" {
		t, err := ParsePublished(published, opts.location())
		if err != nil {
			return nil, fmt.Errorf("HTML: published: %v", err)
		}
		a.Published, a.PublishedFrom = t, "html"
	}
	paras := p.articleParas
	if len(paras) == 0 {
		paras = p.paras
	}
	a.Body = strings.Join(paras, "\n\n")
	if strings.TrimSpace(a.Body) == "" {
		return nil, fmt.Errorf("HTML: no paragraph text found")
	}
	a.clean()
	if err := a.anchor(opts, true); err != nil {
		return nil, err
	}
	return a, nil
}

// page collects what ReadHTML needs in one walk of the tree.
type page struct {
	title, h1, lang, canonical, timeAttr, jsonLDPublished string
	meta                                                  map[string]string
	paras, articleParas                                   []string
}

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Template: true, atom.Iframe: true, atom.Svg: true,
}

func (p *page) walk(n *html.Node, inArticle bool) {
	if p.meta == nil {
		p.meta = map[string]string{}
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			p.lang = attr(n, "lang")
		case atom.Title:
			if p.title == "" {
				p.title = collapse(text(n))
			}
		case atom.Meta:
			key := firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"))
			if key != "" {
				if _, seen := p.meta[strings.ToLower(key)]; !seen {
					p.meta[strings.ToLower(key)] = attr(n, "content")
				}
			}
			if strings.EqualFold(key, "datePublished") && p.meta["article:published_time"] == "" {
				p.meta["article:published_time"] = attr(n, "content")
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				p.canonical = attr(n, "href")
			}
		case atom.Time:
			if p.timeAttr == "" {
				p.timeAttr = attr(n, "datetime")
			}
		case atom.Script:
			if strings.Contains(attr(n, "type"), "ld+json") && p.jsonLDPublished == "" {
				p.jsonLDPublished = jsonLDDate(text(n))
			}
			return
		case atom.H1:
			if p.h1 == "" {
				p.h1 = collapse(text(n))
			}
		case atom.Article:
			inArticle = true
		case atom.P:
			if t := collapse(text(n)); t != "" {
				p.paras = append(p.paras, t)
				if inArticle {
					p.articleParas = append(p.articleParas, t)
				}
			}
			return
		}
		if skipped[n.DataAtom] {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c, inArticle)
	}
}

// jsonLDDate finds datePublished anywhere in a JSON-LD block, including
// inside @graph arrays.
func jsonLDDate(src string) string {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(v any) string
	find = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && s != "" {
				return s
			}
			for _, k := range slices.Sorted(maps.Keys(x)) {
				if s := find(x[k]); s != "" {
					return s
				}
			}
		case []any:
			for _, e := range x {
				if s := find(e); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// text is the text inside n; scripts and styles nested in it add nothing.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style):
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				b.WriteByte(' ')
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
