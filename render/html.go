package render

// The HTML page: one self-contained file (inline CSS, inline SVG, a few
// lines of inline JavaScript; no request to anywhere, so it works from a
// file:// URL) with the title, the SVG picture, and the events grouped by
// era, with filters.
//
// Element ids and classes, for scripts and browser tests:
//
//	#filter-panel       <details> around the filters, open on wide screens
//	                    and closed at first on narrow ones (under 700 px)
//	#filters            the <form> holding the filter controls
//	#filter-era         <select>, value an era id or "" for all
//	#filter-actor       <select>, value an actor id or ""
//	#filter-place       <select>, value a place id or "" (a place also
//	                    selects the places that are part of it, as
//	                    "timeline build --place" does)
//	#filter-kind        <select>, value a kind id or ""
//	#filter-reset       <button> that clears the four filters
//	#filter-count       <output> "N of M events shown"
//	#filter-empty       <p> "No events match these filters.", shown only
//	                    when the filters leave no event
//	#events             the <main> holding the event list
//	section.era         one per era, data-era="<era id>"; hidden when all
//	                    its events are
//	li.event            one per event, id "ev-<event id>", with data-id,
//	                    data-era, data-kind, data-status and space-separated
//	                    data-actors and data-places; hidden by the filters
//	                    with the hidden attribute; li.event.proposed for
//	                    events proposed from articles
//	svg a.event         the picture's marks and labels, data-id, links to
//	                    #ev-<id>; they and their leaders (svg line.leader,
//	                    data-id) are dimmed (class "dim") when the event is
//	                    filtered out
//
// The picture keeps its 1200 px width on narrow screens and scrolls
// sideways (and, on a phone, within three quarters of the screen's height,
// so the list below stays near), so its 11 px labels stay readable; the
// page follows prefers-color-scheme, the picture included.

import (
	"bytes"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

func init() {
	register(Format{"html", "html", "self-contained web page: the picture, the events by era, filters by era, actor, place and kind", HTML, URLLosses})
}

type htmlOption struct{ ID, Label string }

type htmlPerspective struct{ Name, Text string }

type htmlLink struct {
	Title, Publisher, URL, Published, Quote string
}

type htmlEvidence struct {
	Article, URL, Sentence, Mention, Date string
}

type htmlEvent struct {
	ID, Era, Kind, KindTitle, Status string
	Actors, Places                   string // data attributes
	ActorNames, PlaceNames           []string
	Date, EDTF, Title, Summary       string
	Approximate, Uncertain           bool
	Perspectives                     []htmlPerspective
	Sources                          []htmlLink
	Notes                            string
	Evidence                         []htmlEvidence
}

type htmlSection struct {
	ID, Title, Summary string
	Events             []htmlEvent
}

type htmlConflict struct {
	Event, EventDate, Article, Date, Mention, Sentence string
}

type htmlPage struct {
	Title, Intro             string
	Picture                  template.HTML
	Count                    int
	Eras, Actors             []htmlOption
	Places, Kinds            []htmlOption
	Sections                 []htmlSection
	Conflicts                []htmlConflict
	ProposedCount, Evidences int
}

// HTML writes the timeline as one self-contained web page.
func HTML(w io.Writer, tl *timeline.Timeline) error {
	var pic bytes.Buffer
	if err := SVG(&pic, tl); err != nil {
		return err
	}
	page := htmlPage{Title: tl.Title, Picture: template.HTML(pic.String())} // the SVG renderer escapes its text
	events := allEvents(tl)
	page.Count = len(events)
	if len(tl.Events) > 0 {
		if from, to := first(tl).Year, last(tl).Year; from == to {
			page.Intro = plural(len(tl.Events), "event") + " in " + strconv.Itoa(from) + "."
		} else {
			page.Intro = plural(len(tl.Events), "event") + " from " + strconv.Itoa(from) + " to " + strconv.Itoa(to) + "."
		}
	}
	page.ProposedCount, page.Evidences = len(tl.Proposed), evidenceCount(tl)

	used := map[string]bool{} // "actor:id", "place:id", "kind:id", "era:id"
	for _, e := range events {
		he := htmlEvent{
			ID: e.ID, Era: e.Era, Kind: e.Kind, Status: status(e), Date: e.Date.Display(), EDTF: e.Date.String(),
			Title: e.Title, Summary: oneLine(e.Summary), Notes: oneLine(e.Notes),
			Approximate: e.Date.Approximate(), Uncertain: e.Date.Uncertain(),
			Actors: strings.Join(e.Actors, " "),
		}
		he.KindTitle = e.Kind
		if k, ok := tl.KindByID(e.Kind); ok {
			he.KindTitle = k.Title
		}
		used["kind:"+e.Kind], used["era:"+e.Era] = true, true
		for _, a := range e.Actors {
			used["actor:"+a] = true
			he.ActorNames = append(he.ActorNames, actorName(tl, a))
		}
		places := enclosingPlaces(tl, e.Places)
		for _, p := range places {
			used["place:"+p] = true
		}
		he.Places = strings.Join(places, " ")
		for _, p := range e.Places {
			he.PlaceNames = append(he.PlaceNames, placeName(tl, p))
		}
		for _, p := range e.Perspectives {
			he.Perspectives = append(he.Perspectives, htmlPerspective{actorName(tl, p.Actor), oneLine(p.Text)})
		}
		for _, s := range e.Sources {
			l := htmlLink{Title: s.Title, Publisher: s.Publisher, URL: safeURL(s.URL), Quote: oneLine(s.Quote)}
			if !s.Published.IsZero() {
				l.Published = s.Published.Display()
			}
			he.Sources = append(he.Sources, l)
		}
		for _, ev := range e.Evidence {
			he.Evidence = append(he.Evidence, htmlEvidence{Article: articleName(ev.Article), URL: safeURL(ev.Article.URL),
				Sentence: oneLine(ev.Sentence), Mention: ev.Mention, Date: displayOrEmpty(ev.Date)})
		}
		page.add(tl, he)
	}
	for _, era := range tl.Eras {
		if used["era:"+era.ID] {
			page.Eras = append(page.Eras, htmlOption{era.ID, era.Title})
		}
	}
	if slices.ContainsFunc(page.Sections, func(s htmlSection) bool { return s.ID == "other" }) {
		page.Eras = append(page.Eras, htmlOption{"other", "Other events"})
	}
	for _, a := range tl.Actors {
		if used["actor:"+a.ID] {
			page.Actors = append(page.Actors, htmlOption{a.ID, a.Name})
		}
	}
	for _, p := range tl.Places {
		if used["place:"+p.ID] {
			page.Places = append(page.Places, htmlOption{p.ID, p.Name})
		}
	}
	for _, k := range tl.Kinds {
		if used["kind:"+k.ID] {
			page.Kinds = append(page.Kinds, htmlOption{k.ID, k.Title})
		}
	}
	for _, c := range tl.Conflicts {
		title := c.Event
		for i := range tl.Events {
			if tl.Events[i].ID == c.Event {
				title = tl.Events[i].Title
			}
		}
		page.Conflicts = append(page.Conflicts, htmlConflict{Event: title, EventDate: c.EventDate.Display(),
			Article: articleName(c.Article), Date: displayOrEmpty(c.Date), Mention: c.Mention, Sentence: oneLine(c.Sentence)})
	}
	var buf bytes.Buffer
	if err := htmlTemplate().Execute(&buf, page); err != nil {
		return err
	}
	// html/template leaves control characters alone; none belongs in a page.
	_, err := io.WriteString(w, cleanControls(buf.String()))
	return err
}

// add puts an event in the section of its era, in the order of the eras;
// events of no known era go to a last "Other events" section.
func (p *htmlPage) add(tl *timeline.Timeline, e htmlEvent) {
	era, ok := tl.EraByID(e.Era)
	if !ok {
		era = timeline.Era{ID: "other", Title: "Other events"}
		e.Era = "other"
	}
	for i := range p.Sections {
		if p.Sections[i].ID == era.ID {
			p.Sections[i].Events = append(p.Sections[i].Events, e)
			return
		}
	}
	p.Sections = append(p.Sections, htmlSection{ID: era.ID, Title: era.Title, Summary: oneLine(era.Summary), Events: []htmlEvent{e}})
	order := func(id string) int {
		if i := slices.Index(tl.EraIDs(), id); i >= 0 {
			return i
		}
		return len(tl.Eras)
	}
	slices.SortStableFunc(p.Sections, func(a, b htmlSection) int { return order(a.ID) - order(b.ID) })
}

func actorName(tl *timeline.Timeline, id string) string {
	if a, ok := tl.ActorByID(id); ok {
		return a.Name
	}
	return id
}

func placeName(tl *timeline.Timeline, id string) string {
	if p, ok := tl.PlaceByID(id); ok {
		return p.Name
	}
	return id
}

// enclosingPlaces is the places and the places they are part of, so that
// filtering by a region also finds the events at its parts.
func enclosingPlaces(tl *timeline.Timeline, ids []string) []string {
	var out []string
	for _, id := range ids {
		for seen := 0; id != "" && !slices.Contains(out, id) && seen < 32; seen++ {
			out = append(out, id)
			p, ok := tl.PlaceByID(id)
			if !ok {
				break
			}
			id = p.PartOf
		}
	}
	return out
}

func displayOrEmpty(v edtf.Value) string {
	if v.IsZero() {
		return ""
	}
	return v.Display()
}

// htmlTemplate is parsed on first use, not at package init, so that the
// commands that render no HTML do not pay for it at every start.
var htmlTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(htmlPageText))
})

const htmlPageText = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{.Title}}</title>
<style>
body{font:15px/1.5 sans-serif;color:#1a1a1a;margin:0 auto;max-width:1240px;padding:0 16px 48px}
h1{font-size:1.6em;margin:.8em 0 .2em}
h2{font-size:1.25em;margin:1.6em 0 .3em;border-bottom:1px solid #ccd;padding-bottom:.2em}
h3{font-size:1.02em;margin:0 0 .2em}
.picture{overflow-x:auto;margin:12px 0;border:1px solid #dde;-webkit-overflow-scrolling:touch}
.picture svg{display:block;width:1200px;max-width:none;height:auto}
.picture .dim{opacity:.15}
.picture a.event:focus-visible{outline:2px solid #1f5f99}
#filter-panel{background:#f3f5f8;border-radius:6px;position:sticky;top:0;z-index:1;padding:6px 12px}
#filter-panel summary{cursor:pointer;font-weight:bold;padding:2px 0}
#filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:end;padding:6px 0 4px}
#filter-empty{font-weight:bold;margin:1em 0}
@media (max-width: 700px){.picture{max-height:75vh;overflow:auto}}
#filters label{display:flex;flex-direction:column;font-size:.85em;color:#444}
#filters select{font:inherit;font-size:1rem;max-width:17em}
#filter-count{font-size:.9em;color:#444;margin-left:auto}
ol.events{list-style:none;padding:0;margin:0}
li.event{border-left:3px solid #1f5f99;padding:.4em 0 .4em 12px;margin:.8em 0}
li.event.proposed{border-left-color:#c8641e;background:#fdf6ef}
.date{color:#555;font-weight:normal;white-space:nowrap}
.badge{font-size:.75em;font-weight:normal;background:#c8641e;color:#fff;border-radius:3px;padding:0 .4em;margin-left:.4em}
.meta{font-size:.85em;color:#555;margin:.2em 0}
.perspectives,.sources,.evidence{font-size:.9em;margin:.3em 0;padding-left:1.2em}
.sources{color:#333}
.note{font-size:.9em;color:#444}
.era-summary{color:#444;margin:.2em 0 .6em}
@media (prefers-color-scheme: dark){
body{background:#121417;color:#e4e6e9}
a{color:#8ab4f8}
h2{border-bottom-color:#3a4048}
.date,.meta,.era-summary,.note,#filters label,#filter-count{color:#b4bac2}
.sources{color:#cdd1d6}
#filter-panel{background:#1f242a}
li.event{border-left-color:#6fa8dc}
li.event.proposed{background:#2a2018}
.picture{border-color:#3a4048}
.picture .bg{fill:#121417}
.picture .band{fill:#1c2127}
.picture .title,.picture .era-title,.picture .label{fill:#e8eaed}
.picture .label-bg{fill:#1c2127}
.picture .label.proposed{fill:#f0a46a}
.picture .era-meta,.picture .legend,.picture .row-title,.picture .tick-label{fill:#b4bac2}
.picture .scale-bar,.picture .axis{stroke:#b4bac2}
.picture .tick{stroke:#8a929c}
.picture .track{stroke:#3d4650}
.picture .leader{stroke:#6b7580}
.picture .mark{fill:#6fa8dc;stroke:#6fa8dc}
.picture .span{stroke:#6fa8dc}
.picture .mark.uncertain{fill:#121417}
.picture .mark.proposed{fill:#f0a46a;stroke:#f0a46a}
}
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{with .Intro}}<p>{{.}}{{if $.ProposedCount}} {{$.ProposedCount}} more proposed from articles, not yet reviewed (marked “proposed”).{{end}}</p>{{else}}<p>No events match.</p>{{end}}
<figure class="picture">
{{.Picture}}</figure>
<details id="filter-panel" open>
<summary>Filters</summary>
<form id="filters" onsubmit="return false">
<label for="filter-era">Era<select id="filter-era"><option value="">All eras</option>{{range .Eras}}<option value="{{.ID}}">{{.Label}}</option>{{end}}</select></label>
<label for="filter-actor">Actor<select id="filter-actor"><option value="">All actors</option>{{range .Actors}}<option value="{{.ID}}">{{.Label}}</option>{{end}}</select></label>
<label for="filter-place">Place<select id="filter-place"><option value="">All places</option>{{range .Places}}<option value="{{.ID}}">{{.Label}}</option>{{end}}</select></label>
<label for="filter-kind">Kind<select id="filter-kind"><option value="">All kinds</option>{{range .Kinds}}<option value="{{.ID}}">{{.Label}}</option>{{end}}</select></label>
<button type="button" id="filter-reset">Show all</button>
<output id="filter-count">{{.Count}} of {{.Count}} events shown</output>
</form>
</details>
<p id="filter-empty" hidden>No events match these filters.</p>
<main id="events">
{{range .Sections}}<section class="era" id="era-{{.ID}}" data-era="{{.ID}}">
<h2>{{.Title}}</h2>
{{with .Summary}}<p class="era-summary">{{.}}</p>
{{end}}<ol class="events">
{{range .Events}}<li class="event{{if eq .Status "proposed"}} proposed{{end}}" id="ev-{{.ID}}" data-id="{{.ID}}" data-era="{{.Era}}" data-kind="{{.Kind}}" data-status="{{.Status}}" data-actors="{{.Actors}}" data-places="{{.Places}}">
<h3><time class="date" title="EDTF {{.EDTF}}">{{.Date}}</time> · {{.Title}}{{if ne .Status "curated"}}<span class="badge">{{.Status}}</span>{{end}}</h3>
<p>{{.Summary}}</p>
<p class="meta">{{.KindTitle}}{{with .ActorNames}} · {{range $i, $a := .}}{{if $i}}, {{end}}{{$a}}{{end}}{{end}}{{with .PlaceNames}} · {{range $i, $p := .}}{{if $i}}, {{end}}{{$p}}{{end}}{{end}}</p>
{{with .Perspectives}}<ul class="perspectives">
{{range .}}<li><strong>{{.Name}}:</strong> {{.Text}}</li>
{{end}}</ul>
{{end}}{{with .Notes}}<p class="note"><em>Note:</em> {{.}}</p>
{{end}}{{with .Evidence}}<p class="note"><em>From articles:</em></p>
<ul class="evidence">
{{range .}}<li>{{if .URL}}<a href="{{.URL}}">{{.Article}}</a>{{else}}{{.Article}}{{end}}: “{{.Sentence}}”{{if .Mention}} (“{{.Mention}}”: {{.Date}}){{end}}</li>
{{end}}</ul>
{{end}}{{with .Sources}}<ol class="sources">
{{range .}}<li>{{.Publisher}}, {{if .URL}}<a href="{{.URL}}">“{{.Title}}”</a>{{else}}“{{.Title}}”{{end}}{{with .Published}}, {{.}}{{end}}.{{with .Quote}} “{{.}}”{{end}}</li>
{{end}}</ol>
{{end}}</li>
{{end}}</ol>
</section>
{{end}}</main>
{{with .Conflicts}}<section id="conflicts">
<h2>Conflicts</h2>
<p>Sentences that talk about a curated event but give a date that cannot be its date. Nothing was changed; check the event and the article.</p>
<ul>
{{range .}}<li><strong>{{.Event}}</strong> ({{.EventDate}}): {{.Article}} gives {{.Date}} (“{{.Mention}}”) in “{{.Sentence}}”</li>
{{end}}</ul>
</section>
{{end}}<script>
(function () {
  var ids = ["era", "actor", "place", "kind"];
  var attr = {era: "era", actor: "actors", place: "places", kind: "kind"};
  function apply() {
    var want = {}, shown = 0, all = document.querySelectorAll("li.event");
    ids.forEach(function (k) { want[k] = document.getElementById("filter-" + k).value; });
    all.forEach(function (li) {
      var ok = ids.every(function (k) {
        return !want[k] || (li.getAttribute("data-" + attr[k]) || "").split(" ").indexOf(want[k]) >= 0;
      });
      li.hidden = !ok;
      if (ok) shown++;
      document.querySelectorAll('svg [data-id="' + li.getAttribute("data-id") + '"]').forEach(function (m) {
        m.classList.toggle("dim", !ok);
      });
    });
    document.querySelectorAll("section.era").forEach(function (s) {
      s.hidden = !s.querySelector("li.event:not([hidden])");
    });
    document.getElementById("filter-count").textContent = shown + " of " + all.length + " events shown";
    document.getElementById("filter-empty").hidden = shown > 0;
  }
  // On a phone the filters start folded, so the picture comes first.
  if (window.matchMedia && window.matchMedia("(max-width: 700px)").matches) {
    document.getElementById("filter-panel").open = false;
  }
  ids.forEach(function (k) { document.getElementById("filter-" + k).addEventListener("change", apply); });
  document.getElementById("filter-reset").addEventListener("click", function () {
    ids.forEach(function (k) { document.getElementById("filter-" + k).value = ""; });
    apply();
  });
  apply();
})();
</script>
</body>
</html>
`
