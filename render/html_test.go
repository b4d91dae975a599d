package render

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
)

func renderHTML(t *testing.T, tl *timeline.Timeline) string {
	t.Helper()
	var buf bytes.Buffer
	if err := HTML(&buf, tl); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

var (
	urlAttr    = regexp.MustCompile(`(?i)\s(src|href|action|srcset|poster|data|formaction|background)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	eventItem  = regexp.MustCompile(`<li class="event[ "]`)
	foreignRef = regexp.MustCompile(`(?i)<link\b|<script[^>]*\ssrc|<img\b|<iframe\b|<object\b|<embed\b|@import|url\(`)
)

// selfContained lists what in the page asks for something outside it: the
// only absolute URLs allowed are the source links inside the event list.
func selfContained(page string) []string {
	var problems []string
	if m := foreignRef.FindString(page); m != "" {
		problems = append(problems, "page loads an external resource: "+m)
	}
	start, end := strings.Index(page, `<main id="events">`), strings.Index(page, `</main>`)
	if start < 0 || end < start || strings.Count(page, "<main") != 1 {
		return append(problems, `no single <main id="events"> in the page`)
	}
	for _, loc := range urlAttr.FindAllStringSubmatchIndex(page, -1) {
		name, value := page[loc[2]:loc[3]], page[loc[4]:loc[5]]
		lv := strings.ToLower(strings.Trim(value, `"'`))
		if !strings.Contains(lv, "http:") && !strings.Contains(lv, "https:") && !strings.HasPrefix(lv, "//") {
			continue
		}
		inList := start < loc[0] && loc[1] < end
		a := strings.LastIndex(page[:loc[0]], "<")
		if strings.ToLower(name) != "href" || !inList || !strings.HasPrefix(page[a:], "<a ") {
			problems = append(problems, "external URL outside the event list's links: "+name+"="+value)
		}
	}
	return problems
}

func TestHTMLSelfContained(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{"fixture": fixture(t), "articles": merged(t), "real": realData(t)} {
		t.Run(name, func(t *testing.T) {
			page := renderHTML(t, tl)
			for _, p := range selfContained(page) {
				t.Error(p)
			}
			if n, want := len(eventItem.FindAllString(page, -1)), len(allEvents(tl)); n != want {
				t.Errorf("%d li.event for %d events", n, want)
			}
			for _, e := range allEvents(tl) {
				if !strings.Contains(page, `id="ev-`+e.ID+`"`) {
					t.Errorf("event %s missing", e.ID)
				}
			}
			for _, want := range []string{`<meta charset="utf-8">`, `id="filter-era"`, `id="filter-actor"`, `id="filter-place"`,
				`id="filter-kind"`, `id="filter-reset"`, `id="filter-count"`, `<svg xmlns="http://www.w3.org/2000/svg"`,
				// Phones, dark mode, empty results.
				`<details id="filter-panel" open>`, `<p id="filter-empty" hidden>No events match these filters.</p>`,
				`@media (prefers-color-scheme: dark)`, `.picture svg{display:block;width:1200px;max-width:none`} {
				if !strings.Contains(page, want) {
					t.Errorf("page lacks %s", want)
				}
			}
			if page != renderHTML(t, tl) {
				t.Error("two renderings of the same data differ")
			}
		})
	}
}

// The check itself must be able to fail.
func TestHTMLSelfContainedCheck(t *testing.T) {
	page := renderHTML(t, fixture(t))
	for _, bad := range []string{
		`<link rel="stylesheet" href="https://cdn.example/x.css">`,
		`<script src="https://cdn.example/x.js"></script>`,
		`<a href="https://example.org/">outside</a>`,
	} {
		if selfContained(strings.Replace(page, "<body>", "<body>"+bad, 1)) == nil {
			t.Errorf("check accepted %s", bad)
		}
	}
}

func TestHTMLContent(t *testing.T) {
	tl := merged(t)
	page := renderHTML(t, tl)
	for _, want := range []string{
		// A title with markup is escaped, in the list and in the picture.
		`Talks of the [1950s] *with* markup_characters &lt;b&gt;`,
		`<h2>The end of the war (1945–1951)</h2>`,
		`<time class="date" title="EDTF 1945-08-18/1945-09-05">18 August – 5 September 1945</time>`,
		`<strong>Soviet Union:</strong> The return of lands lost in 1905`,
		`<a href="https://example.org/a_%28b%29">“Fixture (with parentheses)”</a>`,
		`data-actors="ussr japan"`,
		// A place also selects its parts: Habomai is part of the Southern Kurils.
		`data-places="southern-kurils habomai"`,
		`<option value="southern-kurils">Southern Kurils</option>`,
		`<span class="badge">proposed</span>`,
		`<h2>Conflicts</h2>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "<b>") {
		t.Error("a title's <b> reached the page unescaped")
	}
	if strings.Contains(page, "An era with no events") {
		t.Error("an era without events got a section")
	}
	// The page is well-formed enough for an XML parser up to the picture:
	// the embedded SVG must parse on its own.
	i, j := strings.Index(page, "<svg"), strings.Index(page, "</svg>")
	if err := xml.Unmarshal([]byte(page[i:j+len("</svg>")]), new(struct{})); err != nil {
		t.Errorf("embedded SVG: %v", err)
	}
}
