// End-to-end proof that the exports work in the software that consumes them:
// the TimelineJS3 export in the real TimelineJS3, the HTML page, both in
// headless Chromium, and the Vega-Lite spec rendered by vega and vega-lite.
//
// Usage: node e2e.mjs DIR, where DIR holds timeline.json,
// timeline.timelinejs.json, timeline.html and timeline.vl.json, written by
// "make e2e". Screenshots go to DIR too. Exits 1 on any failure.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.resolve(process.argv[2] || '../../../bin/e2e');
const here = path.dirname(fileURLToPath(import.meta.url));
const failures = [];
function check(ok, what) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failures.push(what);
}

const exported = JSON.parse(readFileSync(path.join(dir, 'timeline.json'), 'utf8'));
const events = exported.events.length;
console.log(`${events} events in timeline.json`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  // The machine's network is closed: background services only add noise.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// newPage records page errors, unhandled promise rejections (an invalid
// date in TimelineJS fails that way, silently otherwise) and requests that
// leave the machine.
async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems = { errors: [], external: [] };
  page.on('pageerror', (e) => problems.errors.push('page error: ' + e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('about:')) {
      problems.external.push(u);
    }
  });
  await page.addInitScript(() => {
    window.__rejections = [];
    window.addEventListener('unhandledrejection', (e) => {
      window.__rejections.push(String((e.reason && e.reason.message) || e.reason));
    });
  });
  return { page, problems };
}

// 1. The TimelineJS3 export in the real TimelineJS3.
{
  const data = readFileSync(path.join(dir, 'timeline.timelinejs.json'), 'utf8');
  const dist = path.join(here, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
  const html = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${pathToFileURL(path.join(dist, 'css', 'timeline.css'))}">
<script src="${pathToFileURL(path.join(dist, 'js', 'timeline.js'))}"></script></head>
<body><div id="timeline" style="width: 1180px; height: 800px"></div>
<script>window.timeline = new TL.Timeline('timeline', ${data}, { font: null });</script></body></html>`;
  const file = path.join(dir, 'timelinejs.html');
  writeFileSync(file, html);
  const { page, problems } = await newPage();
  await page.goto(pathToFileURL(file).href);
  try {
    await page.waitForSelector('.tl-slide', { timeout: 30000 });
  } catch (e) {
    // TimelineJS3 rejects a promise and draws nothing on a date it cannot read.
    check(false, 'TimelineJS3 drew no slide: ' + e.message.split('\n')[0]);
  }
  await page.waitForTimeout(1500);
  const slides = await page.$$eval('.tl-slide', (els) => els.length);
  const titleSlide = JSON.parse(data).title ? 1 : 0;
  check(slides === events + titleSlide, `TimelineJS3 shows ${slides} slides for ${events} events and ${titleSlide} title slide`);
  const rejections = await page.evaluate(() => window.__rejections);
  check(problems.errors.length === 0, 'TimelineJS3: no page error ' + problems.errors.join('; '));
  check(rejections.length === 0, 'TimelineJS3: no unhandled promise rejection ' + rejections.join('; '));
  // Every slide shows the date in the project's style: the display_date
  // of the export, never a date TimelineJS formats itself.
  const tjs = JSON.parse(data);
  const want = new Map(tjs.events.map((e) => [e.unique_id, e.display_date]));
  const shownDates = await page.$$eval('.tl-slide', (els) => els.map((el) => ({
    id: el.id, date: (el.querySelector('.tl-headline-date') || {}).textContent || '' })));
  const wrong = shownDates.filter((d) => want.has(d.id) && d.date.trim() !== want.get(d.id));
  const missing = tjs.events.filter((e) => !e.display_date).map((e) => e.unique_id);
  check(missing.length === 0 && wrong.length === 0 && shownDates.filter((d) => want.has(d.id)).length === events,
    `TimelineJS3 shows every slide's date as its display_date ${wrong.slice(0, 3).map((d) => d.id + ': "' + d.date + '" for "' + want.get(d.id) + '"').join('; ')}`);
  const groups = await page.$$eval('.tl-timegroup-message', (els) => els.map((e) => e.textContent.trim()));
  check(groups.length > 0 && groups.every((g) => ['Moscow', 'Both sides', 'Tokyo', 'Others'].includes(g)), `TimelineJS3 rows by who acted: ${groups.join(', ')}`);
  await page.screenshot({ path: path.join(dir, 'timelinejs.png') });
  console.log('     screenshot: ' + path.join(dir, 'timelinejs.png'));
  await page.close();
}

// 2. The self-contained HTML page, from a file:// URL, at desktop and phone
// sizes and in dark mode, and the standalone SVG.

// measurePicture reads, in the page, the picture's geometry as Chromium
// draws it: the real boxes of the labels (getBBox), the panels, the ticks
// and scale bars, the marks.
function measurePicture() {
  const svg = document.querySelector('svg');
  const panels = [...svg.querySelectorAll('g.panel')].map((g) => ({
    era: g.dataset.era, x0: +g.dataset.x0, x1: +g.dataset.x1, top: +g.dataset.top,
    bottom: +g.dataset.top + +g.dataset.height, t0: +g.dataset.t0, t1: +g.dataset.t1,
    ticks: [...g.querySelectorAll('line.tick')].map((l) => ({ year: +l.dataset.year, x: l.getBBox().x })),
    scale: (() => { const s = g.querySelector('g.scale'); const bar = s.querySelector('line.scale-bar');
      return { years: +s.dataset.years, width: bar.getBBox().width }; })(),
    labels: [...g.querySelectorAll('text.label')].map((t) => {
      const b = t.getBBox();
      const est = t.dataset.box.split(' ').map(Number);
      return { id: t.dataset.id, text: [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
        x: b.x, y: b.y, w: b.width, h: b.height, estW: est[2], estX: est[0] };
    }),
  }));
  const marks = [...svg.querySelectorAll('a.event')].map((a) => ({
    id: a.dataset.id, name: a.getAttribute('aria-label') || '', href: a.getAttribute('href') || '',
  }));
  const r = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  return { panels, marks, width: r.width, viewBoxWidth: vb.width };
}

// checkPicture applies the reader's rules to a measurement.
function checkPicture(m, where) {
  const labels = m.panels.flatMap((p) => p.labels.map((l) => ({ ...l, panel: p })));
  check(labels.length === events, `${where}: ${labels.length} labels for ${events} events`);
  let overlaps = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i], b = labels[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(a.id + ' / ' + b.id);
    }
  }
  check(overlaps.length === 0, `${where}: no two labels overlap (real getBBox boxes) ${overlaps.slice(0, 5).join('; ')}`);
  const outside = labels.filter((l) => l.x < l.panel.x0 - 0.5 || l.x + l.w > l.panel.x1 + 0.5 || l.y < l.panel.top || l.y + l.h > l.panel.bottom);
  check(outside.length === 0, `${where}: every label inside its own era's panel ${outside.map((l) => l.id).slice(0, 5).join(' ')}`);
  const wider = labels.filter((l) => l.w > l.estW + 0.5);
  check(wider.length === 0, `${where}: the Go width estimate is never narrower than the drawn label ${wider.map((l) => l.id + ' ' + l.w.toFixed(1) + '>' + l.estW).slice(0, 5).join('; ')}`);
  const texts = new Map();
  for (const l of labels) texts.set(l.text, (texts.get(l.text) || 0) + 1);
  const dups = [...texts].filter(([, n]) => n > 1).map(([t]) => t);
  check(dups.length === 0, `${where}: no two events show the same label ${dups.join('; ')}`);
  const cut = labels.filter((l) => l.text.includes('…'));
  check(cut.length === 0, `${where}: no label cut with "…" ${cut.map((l) => l.id).join(' ')}`);
  // The honest axis: within a panel, every tick is the same number of
  // pixels per year from the panel's first tick, and the scale bar is as
  // long as its years at that rate.
  for (const p of m.panels) {
    const rate = (p.x1 - p.x0) / (p.t1 - p.t0);
    const off = p.ticks.filter((t) => Math.abs((t.x - p.x0) - (t.year - p.t0) * rate) > 0.6);
    const barOff = Math.abs(p.scale.width - p.scale.years * rate);
    check(p.ticks.length >= 2 && off.length === 0 && barOff < 1,
      `${where}: era ${p.era}: ${p.ticks.length} ticks at ${rate.toFixed(2)} px per year, scale bar ${p.scale.years} years = ${p.scale.width.toFixed(1)} px`);
  }
  const unnamed = m.marks.filter((a) => a.name.length < 3 || a.href !== '#ev-' + a.id);
  check(m.marks.length === events && unnamed.length === 0, `${where}: ${m.marks.length} marks, each named and linked to #ev-<id> ${unnamed.map((a) => a.id).slice(0, 5).join(' ')}`);
}

{
  // Desktop.
  const { page, problems } = await newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(path.join(dir, 'timeline.html')).href);
  const shown = await page.$$eval('li.event', (els) => els.filter((e) => e.offsetParent !== null).length);
  check(shown === events, `HTML page lists ${shown} events of ${events}`);
  check(await page.$('svg') !== null, 'HTML page holds the SVG picture');
  await page.screenshot({ path: path.join(dir, 'desktop.png') });
  console.log('     screenshot: ' + path.join(dir, 'desktop.png'));
  const m = await page.evaluate(measurePicture);
  checkPicture(m, 'HTML page');
  // Every mark's link leads to an entry of the list.
  const missing = await page.evaluate(() => [...document.querySelectorAll('svg a.event')]
    .filter((a) => !document.getElementById(a.getAttribute('href').slice(1))).map((a) => a.dataset.id));
  check(missing.length === 0, 'every mark links to an entry of the event list ' + missing.join(' '));
  // Marks take the keyboard focus: Tab from the top reaches one.
  let focused = null;
  for (let i = 0; i < 12 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement && document.activeElement.closest && document.activeElement.closest('svg a.event') ? document.activeElement.getAttribute('aria-label') : null);
  }
  check(focused !== null, 'Tab reaches a mark of the picture: ' + focused);
  check(await page.$eval('#filter-panel', (d) => d.open), 'the filter panel is open on a desktop');
  // Choosing an era hides the events of the others.
  const era = exported.events[0].era;
  await page.selectOption('#filter-era', era);
  const inEra = exported.events.filter((e) => e.era === era).length;
  const after = await page.$$eval('li.event', (els) => els.filter((e) => e.offsetParent !== null).length);
  check(after === inEra, `era filter ${era} leaves ${after} events, want ${inEra}`);
  check(await page.$eval('#filter-empty', (p) => p.hidden), 'no "no events" message while events are shown');
  // A filter that leaves nothing says so.
  const kinds = new Set(exported.events.map((e) => e.kind));
  const emptyKind = [...kinds].find((k) => !exported.events.some((e) => e.era === era && e.kind === k));
  if (emptyKind) {
    await page.selectOption('#filter-kind', emptyKind);
    const visible = await page.$eval('#filter-empty', (p) => !p.hidden && p.offsetParent !== null ? p.textContent : '');
    check(visible.includes('No events match'), `era ${era} and kind ${emptyKind} leave no event and the page says: "${visible}"`);
  }
  check(problems.errors.length === 0, 'HTML page: no page error ' + problems.errors.join('; '));
  check(problems.external.length === 0, 'HTML page: no external request ' + problems.external.join(' '));
  await page.close();
}
{
  // Phone: the picture keeps its size and scrolls sideways; filters folded.
  const { page } = await newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pathToFileURL(path.join(dir, 'timeline.html')).href);
  const r = await page.evaluate(() => {
    const fig = document.querySelector('.picture');
    const svg = fig.querySelector('svg');
    const label = svg.querySelector('text.label');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return { scroll: fig.scrollWidth > fig.clientWidth, font: parseFloat(getComputedStyle(label).fontSize) * scale,
      open: document.getElementById('filter-panel').open, pageWidth: document.documentElement.scrollWidth };
  });
  check(r.scroll, 'phone: the picture scrolls sideways');
  check(r.font >= 10.5, `phone: labels drawn at ${r.font.toFixed(1)} px`);
  check(!r.open, 'phone: the filter panel starts folded');
  check(r.pageWidth <= 390, `phone: the page itself is not wider than the screen (${r.pageWidth} px)`);
  await page.screenshot({ path: path.join(dir, 'phone.png') });
  console.log('     screenshot: ' + path.join(dir, 'phone.png'));
  await page.close();
}
{
  // Dark mode.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  await page.goto(pathToFileURL(path.join(dir, 'timeline.html')).href);
  const c = await page.evaluate(() => {
    const lum = (s) => { const v = s.match(/[\d.]+/g).slice(0, 3).map(Number); return (0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]) / 255; };
    return { body: lum(getComputedStyle(document.body).backgroundColor), text: lum(getComputedStyle(document.body).color),
      bg: lum(getComputedStyle(document.querySelector('svg .bg')).fill), label: lum(getComputedStyle(document.querySelector('svg text.label')).fill) };
  });
  check(c.body < 0.2 && c.text > 0.6 && c.bg < 0.2 && c.label > 0.6, `dark mode: page ${c.body.toFixed(2)}/${c.text.toFixed(2)}, picture ${c.bg.toFixed(2)}/${c.label.toFixed(2)} (background/text luminance)`);
  await page.screenshot({ path: path.join(dir, 'dark.png') });
  console.log('     screenshot: ' + path.join(dir, 'dark.png'));
  await page.close();
}
{
  // The standalone SVG: the same rules, and an opaque background even on
  // a dark page (GitHub's dark mode).
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: 'dark' });
  await page.goto(pathToFileURL(path.join(dir, 'timeline.svg')).href);
  const m = await page.evaluate(measurePicture);
  checkPicture(m, 'standalone SVG');
  const bg = await page.evaluate(() => {
    const r = document.querySelector('.bg'), svg = document.documentElement;
    return { fill: getComputedStyle(r).fill, opacity: getComputedStyle(r).fillOpacity, w: r.getBBox().width, h: r.getBBox().height,
      W: svg.viewBox.baseVal.width, H: svg.viewBox.baseVal.height };
  });
  check(bg.fill === 'rgb(255, 255, 255)' && bg.opacity === '1' && bg.w >= bg.W && bg.h >= bg.H, `standalone SVG has an opaque white background under a dark scheme (${bg.fill})`);
  await page.close();
}
// 3. The Mermaid diagrams of TIMELINE.md, drawn by the npm mermaid package
// in Chromium: each must fit GitHub's Markdown column (1012 px) at its
// natural size, so GitHub does not shrink its text.
{
  const md = readFileSync(path.join(dir, 'TIMELINE.md'), 'utf8');
  const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((b) => b[1]);
  const page = await browser.newPage({ viewport: { width: 1012, height: 900 } });
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: path.join(here, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
  const drawn = await page.evaluate(async (blocks) => {
    mermaid.initialize({ startOnLoad: false });
    const out = [];
    for (let i = 0; i < blocks.length; i++) {
      try {
        const { svg } = await mermaid.render('m' + i, blocks[i]);
        const div = document.createElement('div');
        div.innerHTML = svg;
        document.body.appendChild(div);
        out.push({ width: div.querySelector('svg').viewBox.baseVal.width });
      } catch (e) {
        out.push({ error: String(e && e.message || e) });
      }
    }
    return out;
  }, blocks);
  check(blocks.length > 0, `TIMELINE.md holds ${blocks.length} Mermaid diagrams`);
  drawn.forEach((d, i) => {
    if (d.error) check(false, `Mermaid diagram ${i + 1} draws: ${d.error}`);
    else check(d.width <= 1012, `Mermaid diagram ${i + 1} is ${Math.round(d.width)} px wide (GitHub's column: 1012)`);
  });
  await page.close();
}
await browser.close();

// 3. The Vega-Lite spec, compiled by vega-lite and rendered by vega.
{
  const bin = path.join(here, 'node_modules', '.bin', 'vl2svg');
  const out = path.join(dir, 'timeline.vega.svg');
  let ok = true;
  try {
    execFileSync(bin, [path.join(dir, 'timeline.vl.json'), out], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    ok = false;
    check(false, 'vl2svg renders the spec: ' + String(e.stderr || e.message));
  }
  if (ok) {
    const svg = readFileSync(out, 'utf8');
    // Every event mark, and nothing else, is labelled aria-label="event <id>".
    const marks = new Set(svg.match(/aria-label="event [^"]*"/g) || []).size;
    check(marks === events, `Vega-Lite SVG has ${marks} event marks for ${events} events`);
    // The legend of the forms of marks, and the era labels horizontal and
    // above the plot (negative y in the plot's frame), never over data.
    check(['day', 'period', 'approximate (faded)', 'uncertain (dashed)'].every((t) => svg.includes('>' + t + '</text>')), 'Vega-Lite SVG has the legend of marks');
    const eraTexts = [...svg.matchAll(/<text[^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*font-size="10px" font-weight="bold"[^>]*>([^<]*)<\/text>/g)];
    const eraIDs = new Set(exported.events.map((e) => e.era));
    const wantEras = exported.eras.filter((e) => eraIDs.has(e.id)).length;
    check(eraTexts.length === wantEras && eraTexts.every((m) => +m[2] < 0 && !m[0].includes('rotate')),
      `Vega-Lite era labels: ${eraTexts.length} of ${wantEras}, horizontal, above the plot: ${eraTexts.map((m) => m[3]).join(' | ')}`);
  }
}

if (failures.length > 0) {
  console.log(`\n${failures.length} failures`);
  process.exit(1);
}
console.log('\nall browser checks passed');
