// Embedding: a host page on another origin embeds the explorer (hosted under a sub-path) with
// the loader script, filtered to one faction and as a single quote; both under strict CSPs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, assertClean, screenshot, appReady, DIST } from './support.mjs';
import { goldSpeechByFaction, quoteCount, goldQuoteTotal, modelFaction } from './gold.mjs';

/// "N of M quotes" for the quotes of some factions of the reference annotations.
const GOLD = goldSpeechByFaction();
const shown = (...factions) => `${factions.reduce((n, f) => n + quoteCount(GOLD.get(f)), 0)} of ${goldQuoteTotal} quotes`;

const EXPLORER_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'";
let explorer, host, browser;
const hostRoutes = {};

function hostPage(explorerUrl) {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>An article with an embedded explorer</title></head>
<body>
<h1>What the rebels said after Aleppo</h1>
<p>A host article. The explorer below is embedded from another origin.</p>
<report-explorer id="faction" src="${explorerUrl}" faction="levant-front"></report-explorer>
<p>And one quote on its own:</p>
<report-explorer id="single" src="${explorerUrl}" quote="where-am-i-supposed-to"></report-explorer>
<report-explorer id="dark" src="${explorerUrl}" speaker="salem-abualnaser" theme="dark"></report-explorer>
<report-explorer id="stale" src="${explorerUrl}" faction="levant-front" version="0123456789ab"></report-explorer>
<iframe id="foreign" src="/blank.html" title="another widget"></iframe>
<script src="${explorerUrl}embed.js"></script>
</body>
</html>`;
}

before(async () => {
  explorer = await serve(DIST, { prefix: '/tools/explorer/', headers: { 'content-security-policy': EXPLORER_CSP } });
  const hostCsp = `default-src 'self'; script-src 'self' ${explorer.origin}; frame-src 'self' ${explorer.origin}; style-src 'self'`;
  Object.assign(hostRoutes, {
    '/article.html': { body: hostPage(explorer.url), headers: { 'content-security-policy': hostCsp } },
    '/blank.html': { body: '<!DOCTYPE html><title>blank</title><p>widget</p>' },
    '/favicon.ico': { body: '', type: 'image/x-icon' },
  });
  host = await serve(DIST, { routes: hostRoutes, prefix: '/nothing-else/' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await explorer?.close();
});

const frameOf = (page, id) => page.frameLocator(`#${id} iframe`);

async function article() {
  const page = await openPage(browser, null, { viewport: { width: 1100, height: 900 } });
  await page.goto(host.origin + '/article.html');
  for (const id of ['faction', 'single']) await appReady(frameOf(page, id));
  await frameOf(page, 'faction').locator('.card').first().waitFor();
  await frameOf(page, 'single').locator('.card').waitFor();
  return page;
}

/// Waits until an embed's iframe is as tall as its content, and returns both heights.
async function fitted(page, id) {
  const iframe = page.locator(`#${id} iframe`);
  const frame = await (await iframe.elementHandle()).contentFrame();
  // Wait until two readings in a row agree: the loader has applied the posted height.
  let outer, inner, agreed = 0;
  for (let i = 0; i < 60 && agreed < 2; i++) {
    outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    agreed = Math.abs(outer - inner) <= 1 ? agreed + 1 : 0;
    await page.waitForTimeout(50);
  }
  const scrollbar = await frame.evaluate(() => document.scrollingElement.scrollHeight > document.scrollingElement.clientHeight + 1);
  return { outer, inner, scrollbar };
}

test('an embed filtered to one faction shows only that faction, sized to its content', async () => {
  const page = await article();
  const frame = frameOf(page, 'faction');
  const factions = await frame.locator('.card').evaluateAll((cards) => [...new Set(cards.map((c) => c.dataset.faction))]);
  assert.deepEqual(factions, ['levant-front']);
  assert.equal(await frame.locator('.count').textContent(), shown('levant front'));
  assert.equal(await frame.locator('.open-full').isVisible(), true, 'a link opens the full explorer');
  assert.match(await frame.locator('.open-full').getAttribute('href'), /\/tools\/explorer\/\?faction=levant-front$/);
  const { outer, inner, scrollbar } = await fitted(page, 'faction');
  assert.ok(Math.abs(outer - inner) <= 1, `iframe ${outer}px fits content ${inner}px`);
  assert.equal(scrollbar, false, 'no inner scrollbar');
  // Off-screen cross-origin frames are not painted until seen: bring each into view first.
  for (const id of ['faction', 'single', 'dark', 'stale']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
  }
  await screenshot(page, 'host-article', { fullPage: true });
  assertClean(assert, page);
  await page.context().close();
});

test('a single-quote embed shows that quote’s card, sized to it', async () => {
  const page = await article();
  const frame = frameOf(page, 'single');
  assert.equal(await frame.locator('.card').count(), 1);
  assert.equal(await frame.locator('.card').getAttribute('data-quote-id'), 'where-am-i-supposed-to');
  assert.match(await frame.locator('.card').textContent(), /Where am I supposed to go and leave the revolution\?.*Omar Salkhou.*Harakat Nour al-Din al-Zinki/s);
  assert.match(await frame.locator('.embed-source a').getAttribute('href'), /\?quote=where-am-i-supposed-to$/);
  const { outer, inner, scrollbar } = await fitted(page, 'single');
  assert.ok(Math.abs(outer - inner) <= 1 && outer < 400, `a small card: iframe ${outer}px, content ${inner}px`);
  assert.equal(scrollbar, false);
  await page.locator('#single').screenshot({ path: 'tests/artifacts/host-single-quote.png' });
  assertClean(assert, page);
  await page.context().close();
});

test('a filter change inside fires the host element’s event and never changes the host’s URL', async () => {
  const page = await article();
  const before = { url: page.url(), history: await page.evaluate(() => history.length) };
  await page.evaluate(() => {
    window.seen = [];
    document.getElementById('faction').addEventListener('report-explorer-change', (e) => window.seen.push(e.detail));
  });
  const frame = frameOf(page, 'faction');
  await frame.getByRole('button', { name: /^Filters/ }).click();
  await frame.getByRole('group', { name: 'Faction' }).getByRole('checkbox', { name: /^Civilians/ }).check();
  await frame.getByRole('button', { name: 'Done' }).click();
  await page.waitForFunction(() => window.seen.length > 0);
  assert.equal(await frame.getByRole('button', { name: /^Filters/ }).evaluate((b) => b === document.activeElement), true, 'closing the drawer returns focus to its button');
  const detail = await page.evaluate(() => window.seen.at(-1));
  assert.deepEqual(detail.state.faction, ['civilians', 'levant-front']);
  assert.equal(detail.query, '?faction=civilians,levant-front&embed=1');
  assert.equal(await frame.locator('.count').textContent(), shown('levant front', 'civilian'));
  assert.equal(page.url(), before.url, 'the host page’s URL stays');
  assert.equal(await page.evaluate(() => history.length), before.history, 'no history entries for the host');
  assertClean(assert, page);
  await page.context().close();
});

test('changing an attribute on the host element updates the embedded view', async () => {
  const page = await article();
  const ahrar = modelFaction('ahrar al-sham').id;
  await page.evaluate((id) => document.getElementById('faction').setAttribute('faction', id), ahrar);
  const frame = frameOf(page, 'faction');
  await frame.locator('.count', { hasText: shown('ahrar al-sham') }).waitFor();
  const factions = await frame.locator('.card').evaluateAll((cards) => [...new Set(cards.map((c) => c.dataset.faction))]);
  assert.deepEqual(factions, [ahrar]);
  await page.evaluate(() => document.getElementById('faction').setAttribute('view', 'notes'));
  await frame.locator('.notes-view').waitFor();
  assertClean(assert, page);
  await page.context().close();
});

test('messages from a foreign window, or of the wrong shape, are ignored with a warning', async () => {
  const page = await article();
  const foreign = page.frame({ url: /blank\.html/ });
  await foreign.evaluate(() => {
    const target = parent.document.getElementById('faction').shadowRoot.querySelector('iframe').contentWindow;
    target.postMessage({ type: 'report-explorer:set', faction: 'civilians' }, '*');
    // A forged height for the loader, from a window that is not the explorer's.
    parent.postMessage({ type: 'report-explorer:height', height: 3 }, '*');
  });
  await page.evaluate(() => {
    const target = document.getElementById('faction').shadowRoot.querySelector('iframe').contentWindow;
    target.postMessage({ type: 'report-explorer:set', faction: 'civilians', evil: '<script>' }, '*');
    target.postMessage('report-explorer:set', '*');
  });
  // All three were read (and refused) once their warnings are out.
  const deadline = Date.now() + 5000;
  while (page.warnings.filter((w) => w.includes('report explorer: ignored')).length < 3 && Date.now() < deadline) {
    await page.waitForTimeout(50);
  }
  const frame = frameOf(page, 'faction');
  assert.equal(await frame.locator('.count').textContent(), shown('levant front'), 'the view did not change');
  const warnings = page.warnings.join('\n');
  assert.match(warnings, /ignored a message from a window that is not the embedding page/);
  assert.match(warnings, /unknown field “evil”/);
  assert.match(warnings, /not an object/);
  const height = await page.locator('#faction iframe').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(height > 100, `the forged height was ignored (${height}px)`);
  assertClean(assert, page);
  await page.context().close();
});

test('a theme attribute forces the embed’s colours', async () => {
  const page = await article();
  const theme = await frameOf(page, 'dark').locator('html').getAttribute('data-theme');
  assert.equal(theme, 'dark');
  assertClean(assert, page);
  await page.context().close();
});

test('an embed made for another version of the report says so instead of showing quotes', async () => {
  const page = await article();
  const frame = frameOf(page, 'stale');
  await frame.locator('.stale').waitFor();
  assert.match(await frame.locator('.stale').textContent(), /made for another version.*0123456789ab/s);
  assert.equal(await frame.locator('.card').count(), 0);
  await frame.getByRole('button', { name: 'Show the current report' }).click();
  await frame.locator('.card').first().waitFor();
  assertClean(assert, page);
  await page.context().close();
});

test('the explorer runs under a sub-path with a strict CSP header and reports no violations', async () => {
  const page = await openPage(browser, explorer.url + '?faction=levant-front&view=read');
  await page.locator('article.reading').waitFor();
  assert.equal(await page.locator('.count').textContent(), shown('levant front'));
  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assertClean(assert, page);
  await page.context().close();
});

test('the Embed dialog gives a snippet for the current view that works when pasted', async () => {
  const page = await openPage(browser, explorer.url + '?faction=fateh-al-sham-front');
  await page.locator('.card').first().waitFor();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.waitFor();
  const snippet = await dialog.getByLabel('Script and element').inputValue();
  assert.match(snippet, new RegExp(`^<script src="${explorer.url}embed.js" async></script>\\n<report-explorer src="${explorer.url}" faction="fateh-al-sham-front" version="[0-9a-f]{12}"></report-explorer>$`));
  const iframe = await dialog.getByLabel(/plain iframe/).inputValue();
  assert.match(iframe, /<iframe src="[^"]*\?faction=fateh-al-sham-front&amp;embed=1&amp;v=[0-9a-f]{12}"/);
  await screenshot(page, 'embed-dialog');
  await page.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false);
  assertClean(assert, page);
  await page.context().close();

  // Paste it into a host page on another origin: it shows the same view.
  hostRoutes['/pasted.html'] = { body: `<!DOCTYPE html><title>pasted</title>${snippet}` };
  const pasted = await openPage(browser, null);
  await pasted.goto(host.origin + '/pasted.html');
  const frame = pasted.frameLocator('report-explorer iframe');
  await frame.locator('.count', { hasText: shown('fateh al-sham front') }).waitFor();
  assertClean(assert, pasted);
  await pasted.context().close();
});

test('every link inside a filtered embed keeps the embed, the filter and the theme', async () => {
  const page = await article();
  await page.evaluate(() => document.getElementById('faction').setAttribute('theme', 'dark'));
  const frame = frameOf(page, 'faction');
  await frame.locator('html[data-theme="dark"]').waitFor();
  await frame.locator('.card').first().waitFor();
  const before = { url: page.url(), history: await page.evaluate(() => history.length) };
  /// The explorer's own links (relative query strings) in a part of the frame.
  const ownLinks = (selector) => frame.locator(selector).evaluateAll((links) =>
    links.map((a) => a.getAttribute('href')).filter((h) => h.startsWith('?')));
  const keeps = (href) => {
    const params = new URLSearchParams(href.split('#')[0]);
    return params.get('embed') === '1' && params.get('faction') === 'levant-front' && params.get('theme') === 'dark';
  };
  for (const [where, selector] of [['cards', '.card a'], ['chart', '.chart a'], ['view tabs', '.view-tabs a']]) {
    const hrefs = await ownLinks(selector);
    assert.ok(hrefs.length > 0, `${where} have links`);
    assert.deepEqual(hrefs.filter((h) => !keeps(h)), [], `${where}: every link keeps embed=1, the faction and the theme`);
  }
  // Follow "Read in context": the frame stays an embed, filtered, in the reading view.
  await frame.locator('.card').first().getByRole('link', { name: 'Read in context' }).click();
  await frame.locator('article.reading').waitFor();
  const frameUrl = await frame.locator('html').evaluate(() => location.search);
  assert.ok(keeps(frameUrl) && /view=read/.test(frameUrl), frameUrl);
  assert.equal(await frame.locator('html').evaluate((html) => html.classList.contains('embed')), true, 'the compact chrome stays');
  assert.equal(await frame.getByRole('button', { name: 'Embed' }).isVisible(), false, 'no full-page actions inside the frame');
  // And the notes view's links.
  await frame.getByRole('link', { name: 'Notes', exact: true }).click();
  await frame.locator('.notes-view').waitFor();
  const noteLinks = await ownLinks('.notes-view a');
  assert.ok(noteLinks.length > 0);
  assert.deepEqual(noteLinks.filter((h) => !keeps(h)), [], 'notes: every link keeps embed=1, the faction and the theme');
  assert.equal(page.url(), before.url, 'the host page’s URL never changes');
  assert.equal(await page.evaluate(() => history.length), before.history);
  await screenshot(page, 'embed-after-links');
  assertClean(assert, page);
  await page.context().close();
});
