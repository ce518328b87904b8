// Browser timings of the built explorer in headless Chromium (a benchmark, not a test).
//
// First view, measured against its physical floor in the same run: the same page as plain static
// HTML with no script (dist/index.html without its scripts and preloads), and the explorer, each
// in two profiles (Chrome DevTools Protocol emulation): "local" (loopback, no throttling) and
// "phone" (4× CPU slowdown, 1.6 Mbit/s down, 150 ms round trip, no cache). 412×860 viewport,
// fresh context per load, median of LOADS loads. Per load: first contentful paint, first quote on
// screen (the first animation frame with a quote card visible), interactive (the app has taken
// over and a facet click has updated the list), cumulative layout shift.
//
// Then facet clicks on the running app (local): click → DOM updated, click → next frame.
// Run after a release build: `./x bench` or `node scripts/bench-browser.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, DIST } from '../tests/e2e/support.mjs';
import { firstVisitFiles } from './size-report.mjs';

const LOADS = Number(process.env.LOADS ?? 5);
const CLICKS = Number(process.env.CLICKS ?? 50);

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x).toLocaleString('en')} ms` : 'n/a');

// The static floor: the same first view, no scripts, no preloads.
const floor = readFileSync(join(DIST, 'index.html'), 'utf8')
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  // Any order of attributes, quoted or not (the minified page writes `rel=modulepreload` last).
  .replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)\b[^>]*>/g, '');
// Brotli on the wire, as a real static host serves it.
const server = await serve(DIST, { routes: { '/floor.html': { body: floor } }, compress: true });
// Compress every file once before measuring (brotli at quality 11 takes a while).
for (const file of [...firstVisitFiles(DIST), 'floor.html']) {
  await fetch(server.url + file, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
}
const browser = await launch();

const PROFILES = {
  local: null,
  phone: { cpu: 4, latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 },
};

async function load(path, profile, app) {
  const context = await browser.newContext({ viewport: { width: 412, height: 860 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latency, downloadThroughput: profile.download, uploadThroughput: profile.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  await page.addInitScript(() => {
    window.__bench = { shift: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const look = (now) => {
      const card = document.querySelector('.card');
      const box = card?.getBoundingClientRect();
      if (box && box.width > 0 && box.top < innerHeight && getComputedStyle(card).visibility !== 'hidden') {
        window.__bench.quote = now;
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(server.url + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.quote !== undefined, null, { timeout: 60_000 });
  let interactive = NaN;
  if (app) {
    await page.waitForSelector('#app:not([hidden]) .card', { timeout: 60_000 });
    interactive = await page.evaluate(() => new Promise((resolve) => {
      const count = document.querySelector('.count');
      const before = count.textContent;
      new MutationObserver((_, observer) => {
        if (count.textContent !== before) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(count, { childList: true, subtree: true, characterData: true });
      document.querySelector('fieldset.facet input[type=checkbox]').click();
    }));
  }
  // The paint entry is recorded once the frame is presented, after the frame that showed the quote.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000 });
  const result = await page.evaluate(() => ({
    quote: window.__bench.quote,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    shift: window.__bench.shift,
  }));
  await context.close();
  return { ...result, interactive };
}

const rows = [];
for (const [name, profile] of Object.entries(PROFILES)) {
  const runs = { floor: [], app: [] };
  for (let i = 0; i < LOADS; i++) {
    runs.floor.push(await load('floor.html', profile, false));
    runs.app.push(await load('', profile, true));
  }
  const m = (kind, key) => median(runs[kind].map((r) => r[key]));
  rows.push({ name, floor: m('floor', 'quote'), app: m('app', 'quote'), fcpFloor: m('floor', 'fcp'), fcpApp: m('app', 'fcp'), interactive: m('app', 'interactive'), shift: Math.max(...runs.app.map((r) => r.shift)) });
}

// Facet clicks on the running app.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('#app:not([hidden]) .card');
const clicks = await page.evaluate(async (n) => {
  const boxes = document.querySelector('fieldset.facet').querySelectorAll('input[type=checkbox]');
  const count = document.querySelector('.count');
  const dom = [];
  const frame = [];
  for (let i = 0; i < n; i++) {
    const box = boxes[i % boxes.length];
    const before = count.textContent;
    const updated = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (count.textContent !== before) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(count, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    box.click();
    const t1 = await Promise.race([updated, new Promise((r) => setTimeout(() => r(NaN), 1000))]);
    const t2 = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    dom.push(t1 - t0);
    frame.push(t2 - t0);
    box.click(); // undo, so every click starts from no selection
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return { dom, frame };
}, CLICKS);
await context.close();
await browser.close();
await server.close();

console.log(`First view: median of ${LOADS} loads per cell, Debian Chromium 156 headless, 412×860.\n`);
console.log('| profile | first quote: static HTML | first quote: explorer | ratio | FCP static / explorer | interactive | max CLS |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${ms(r.floor)} | ${ms(r.app)} | ${(r.app / r.floor).toFixed(2)}× | ${ms(r.fcpFloor)} / ${ms(r.fcpApp)} | ${ms(r.interactive)} | ${r.shift.toFixed(3)} |`);
}
const fine = (x) => `${x.toFixed(1)} ms`;
console.log(`\nFacet clicks (local, 1280×900, ${CLICKS} clicks from no selection):\n`);
console.log('| measure | median | p95 |\n|---|---:|---:|');
console.log(`| facet click → list and count updated | ${fine(median(clicks.dom))} | ${fine(percentile(clicks.dom, 95))} |`);
console.log(`| facet click → next animation frame | ${fine(median(clicks.frame))} | ${fine(percentile(clicks.frame, 95))} |`);
