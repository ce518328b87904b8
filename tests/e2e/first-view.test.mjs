// The first view is in the page itself (rendered at build time by the app's own components):
// it reads as a document without JavaScript, the app takes it over with no visible change, a
// deep link never shows the wrong state, and the first visit carries no parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withExplorer, openPage, assertClean, screenshot, DIST, settledCount } from './support.mjs';
import { goldSpeechByFaction, quoteCount, goldQuoteTotal } from './gold.mjs';

const env = withExplorer();

test('with JavaScript off the page still reads as a document: title, quotes, speakers, factions, sections', async () => {
  const page = await openPage(env.browser, env.server.url, { javaScriptEnabled: false });
  assert.equal(await page.locator('h1').textContent(), 'The Fall of East Aleppo');
  const card = page.locator('.card').first();
  assert.ok(await card.isVisible(), 'the first quote card is on screen');
  assert.match(await card.locator('.words').textContent(), /We all knew there was an attack coming/);
  assert.equal(await card.locator('.speaker-name').textContent(), 'Omar Salkhou');
  assert.match(await card.locator('.badge').textContent(), /Harakat Nour al-Din al-Zinki/);
    // The first screenful of cards is in the HTML; the report's own text holds the rest.
  const cards = await page.locator('.card').count();
  assert.equal(cards, Math.min(goldQuoteTotal, 6), 'the first screenful of quotes');
  const rest = page.getByRole('link', { name: 'the report’s full text' });
  assert.match(await page.locator('p:has(> a[href$=".txt"])').textContent(), new RegExp(`The first ${cards} of ${goldQuoteTotal} quotes`));
  const text = await page.request.get(new URL(await rest.getAttribute('href'), page.url()).href);
  assert.equal(text.status(), 200, 'the full text is there');
  assert.match(await text.text(), /We all knew there was an attack coming/);
  const sections = await page.getByRole('group', { name: 'Section' }).locator('.value-label').allTextContents();
  assert.deepEqual(sections, ['Opening', 'East Aleppo Falls', 'Faced with an Onslaught', 'Internal Rot', 'Aleppo’s Lessons', 'Hard Questions']);
  // A note opens in place, without script.
  await card.locator('summary', { hasText: 'Note 1' }).click();
  assert.match(await card.locator('.note-panel').textContent(), /Omar Salkhou/);
  assert.ok(await card.locator('.note-panel').isVisible());
  assert.equal(await page.locator('.boot-status').isVisible(), false, 'no loading line over the document');
  await screenshot(page, 'first-view-no-javascript');
  await page.context().close();
});

test('the app takes over the first view with no visible change, then a facet click works', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => m.type() === 'error' && page.problems.push(m.text()));
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Hold the app's wasm until the static first view has been looked at.
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/explorer-app-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.server.url);
  const first = page.locator('.card').first();
  await first.waitFor();
  const before = { box: await first.boundingBox(), shot: await first.screenshot(), text: await first.textContent() };
      // The first screenful of cards (six) is in the page's own HTML; the app adds the rest.
  assert.equal(await page.locator('#first-view .card').count(), Math.min(goldQuoteTotal, 6), 'the first view is the page’s own HTML');
  release();
  await page.locator('#app:not([hidden]) .card').first().waitFor();
  assert.equal(await page.locator('#first-view').count(), 0, 'the app took its place');
  const after = { box: await first.boundingBox(), shot: await first.screenshot(), text: await first.textContent() };
  assert.deepEqual(after.box, before.box, 'the first card did not move');
  assert.equal(after.text.trim(), before.text.trim());
  assert.ok(after.shot.equals(before.shot), 'the first card looks exactly the same');
  const shifts = await page.evaluate(() => window.__shifts);
  assert.ok(shifts <= 0.02, `cumulative layout shift ${shifts} ≤ 0.02`);
  await page.getByRole('group', { name: 'Faction' }).getByRole('checkbox', { name: /^Levant Front/ }).check();
  const levant = quoteCount(goldSpeechByFaction().get('levant front'));
  await page.waitForFunction((n) => document.querySelector('.count').textContent.startsWith(`${n} of`), levant);
  assert.deepEqual(page.problems, [], 'no console error or CSP violation');
  await context.close();
});

test('a deep link with filters never shows an unfiltered card, from navigation start on', async () => {
  const page = await openPage(env.browser, null);
  await page.addInitScript(() => {
    window.__wrong = [];
    window.__frames = 0;
    const look = () => {
      window.__frames += 1;
      for (const card of document.querySelectorAll('.card')) {
        const box = card.getBoundingClientRect();
        const shown = box.width > 0 && box.height > 0 && getComputedStyle(card).visibility !== 'hidden';
        if (shown && card.dataset.faction !== 'civilians') window.__wrong.push(card.dataset.faction);
      }
      requestAnimationFrame(look);
    };
    // Every frame, just before it is painted (the browser paints nothing before its first).
    requestAnimationFrame(look);
  });
  await page.goto(env.server.url + '?faction=civilians');
  await page.locator('#app:not([hidden]) .card').first().waitFor();
  await page.waitForTimeout(200);
  const { wrong, frames } = await page.evaluate(() => ({ wrong: window.__wrong, frames: window.__frames }));
  assert.ok(frames > 2, `the page was sampled (${frames} times)`);
  assert.deepEqual(wrong, [], 'no card of another faction was ever on screen');
  assert.equal(await settledCount(page), quoteCount(goldSpeechByFaction().get('civilian')));
  assertClean(assert, page);
  await page.context().close();
});

test('the first visit’s wasm has no parser, and the parsing worker is not fetched', async () => {
  const page = await openPage(env.browser, null);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(env.server.url);
  await page.locator('#app:not([hidden]) .card').first().waitFor();
  assert.deepEqual(requested.filter((p) => /worker|\.txt$|overlay|index\.json$/.test(p)), [],
    'no worker, no report text, no overlay, no manifest');
  assert.equal(requested.filter((p) => p.endsWith('.wasm')).length, 1, 'the wasm is fetched once');
  // The parser's diagnostics codes are strings only the parser holds.
  const wasm = (name) => readFileSync(join(DIST, readdirSync(DIST).find((f) => f.startsWith(name) && f.endsWith('_bg.wasm'))));
  assert.equal(wasm('explorer-app').includes('unclosed-quote'), false, 'the app’s wasm has no parser');
  assert.equal(wasm('explorer-worker').includes('unclosed-quote'), true, 'the worker’s wasm has it');
  assertClean(assert, page);
  await page.context().close();
});

test('no request chain: every fetch of the first visit is in the head before its one blocking script', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = [...head.matchAll(/<(link|script)\b[^>]*>/g)].map((m) => m[0]);
  // A classic script without async or defer stops the parser; the links after it are not
  // fetched until it has arrived and run (one round trip more on a slow link).
  const blocking = tags.findIndex((t) => t.startsWith('<script') && !/\b(async|defer)\b|type="?module/.test(t));
  assert.notEqual(blocking, -1, 'the gate script is in the head');
  const fetches = tags.filter((t) => /rel="?(stylesheet|preload|modulepreload)/.test(t) || /type="?module/.test(t));
  for (const kind of ['stylesheet', '_bg.wasm', 'modulepreload', '.model.bin', 'boot.js']) {
    assert.ok(fetches.some((t) => t.includes(kind)), `the head fetches ${kind}`);
  }
  const late = tags.slice(blocking + 1).filter((t) => fetches.includes(t));
  assert.deepEqual(late, [], 'nothing the first visit needs waits behind a blocking script');
});

test('when the app cannot load, the page says so and offers to try again', async () => {
  const page = await openPage(env.browser, null);
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto(env.server.url + '?faction=civilians');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not start/);
  assert.ok(await alert.getByRole('button', { name: 'Try again' }).isVisible());
  await screenshot(page, 'app-failed-to-load');
  // The wasm's failure is expected here; nothing else may be wrong.
  assert.deepEqual(page.problems.filter((p) => !/could not start|Failed to fetch|net::ERR_FAILED/.test(p)), []);
  await page.context().close();
});
