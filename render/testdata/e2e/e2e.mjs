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
  await page.screenshot({ path: path.join(dir, 'timelinejs.png') });
  console.log('     screenshot: ' + path.join(dir, 'timelinejs.png'));
  await page.close();
}

// 2. The self-contained HTML page, from a file:// URL.
{
  const { page, problems } = await newPage();
  await page.goto(pathToFileURL(path.join(dir, 'timeline.html')).href);
  const shown = await page.$$eval('li.event', (els) => els.filter((e) => e.offsetParent !== null).length);
  check(shown === events, `HTML page lists ${shown} events of ${events}`);
  check(await page.$('svg') !== null, 'HTML page holds the SVG picture');
  // Choosing an era hides the events of the others.
  const era = exported.events[0].era;
  const select = await page.$('#filter-era');
  check(select !== null, 'HTML page has the era filter #filter-era');
  if (select) {
    await page.selectOption('#filter-era', era);
    const inEra = exported.events.filter((e) => e.era === era).length;
    const after = await page.$$eval('li.event', (els) => els.filter((e) => e.offsetParent !== null).length);
    check(after === inEra, `era filter ${era} leaves ${after} events, want ${inEra}`);
  }
  check(problems.errors.length === 0, 'HTML page: no page error ' + problems.errors.join('; '));
  check(problems.external.length === 0, 'HTML page: no external request ' + problems.external.join(' '));
  await page.screenshot({ path: path.join(dir, 'html.png'), fullPage: false });
  console.log('     screenshot: ' + path.join(dir, 'html.png'));
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
  }
}

if (failures.length > 0) {
  console.log(`\n${failures.length} failures`);
  process.exit(1);
}
console.log('\nall browser checks passed');
