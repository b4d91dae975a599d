package article

import (
	"strings"
	"testing"
	"time"
)

const testPage = `<!doctype html>
<html lang="en"><head>
<title>Fallback title | Site</title>
<meta property="og:title" content="Japan would like to sign peace with Russia">
<meta property="og:site_name" content="TASS">
<meta property="article:published_time" content="2024-01-30T08:24:00+03:00">
<link rel="canonical" href="https://tass.com/world/1738995">
<style>p { color: red } /* January 1, 1999 */</style>
<script>var d = "March 3, 2001";</script>
</head><body>
<nav><p>Home · World · March 5, 2020 archive</p></nav>
<header><p>Subscribe today</p></header>
<article>
<h1>Japan would like to sign peace</h1>
<p>TOKYO, January 30. /TASS/. Japan would like to conclude a peace treaty.</p>
<script>trackPageview("June 6, 2006")</script>
<p>In <b>March 2022</b>, the Russian Foreign Ministry announced &amp; more.</p>
</article>
<aside><p>Related: May 9, 2015</p></aside>
<footer><p>© 2024 TASS</p></footer>
</body></html>`

func TestReadHTML(t *testing.T) {
	a, err := ReadHTML("page", []byte(testPage), Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantBody := "TOKYO, January 30. /TASS/. Japan would like to conclude a peace treaty.\n\nIn March 2022, the Russian Foreign Ministry announced & more."
	if a.Body != wantBody {
		t.Errorf("body:\n%q\nwant:\n%q", a.Body, wantBody)
	}
	if a.Title != "Japan would like to sign peace with Russia" || a.URL != "https://tass.com/world/1738995" || a.Publisher != "TASS" || a.Language != "en" {
		t.Errorf("metadata %+v", a)
	}
	if !a.Published.Equal(time.Date(2024, 1, 30, 5, 24, 0, 0, time.UTC)) || a.PublishedFrom != "html" {
		t.Errorf("published %v from %q", a.Published, a.PublishedFrom)
	}
}

func TestReadHTMLPublishedSources(t *testing.T) {
	jsonLD := `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-01-23T10:00:00Z"}]}</script></head>
<body><p>Peskov spoke on Monday.</p></body></html>`
	a, err := ReadHTML("ld", []byte(jsonLD), Options{})
	if err != nil || !a.Published.Equal(time.Date(2023, 1, 23, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("JSON-LD: %v, %v", a, err)
	}
	timeTag := `<html><body><time datetime="2021-08-11">11 August</time><p>Motegi called Lavrov.</p></body></html>`
	a, err = ReadHTML("time", []byte(timeTag), Options{})
	if err != nil || !a.Published.Equal(time.Date(2021, 8, 11, 0, 0, 0, 0, time.UTC)) || a.Body != "Motegi called Lavrov." {
		t.Errorf("<time>: %+v, %v", a, err)
	}
	scripts := "<html><body>" + strings.Repeat("<script>var x = 'April 1, 2001';</script>", 1000) + "</body></html>"
	if _, err := ReadHTML("scripts", []byte(scripts), Options{Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}); err == nil || err.Error() != "HTML: no paragraph text found" {
		t.Errorf("page of scripts: %v", err)
	}
	if _, err := ReadHTML("none", []byte("<html><body><p>No date here.</p></body></html>"), Options{}); err == nil || err.Error() != "publication year unknown; pass --published" {
		t.Errorf("no date: %v", err)
	}
}
