// The views no first visit needs are a wasm module of their own (explorer_app::lazy_views, split
// by scripts/split.sh), with a stylesheet of their own (web/views.css): a first visit fetches
// neither; the first of those views fetches both, once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { withExplorer, openPage, assertClean, DIST } from './support.mjs';

const env = withExplorer();
const SPLIT = /-split_[\w]+\.wasm$/;

// The views' stylesheet (web/views.css) is not fetched by a first visit either: it comes with
// the first of those views (boot.js adds it; the split loader and the editor's loader wait for
// it), so that they appear styled.
const VIEWS_CSS = /\/views-[0-9a-f]+\.css$/;

/// A page that counts its requests of split modules and of the views' stylesheet.
async function counted(url) {
  const page = await openPage(env.browser, null);
  page.splitFetches = [];
  page.stylesheetFetches = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (SPLIT.test(path)) page.splitFetches.push(request.url());
    if (VIEWS_CSS.test(path)) page.stylesheetFetches.push(request.url());
  });
  await page.goto(url);
  await page.locator('#app:not([hidden])').waitFor({ state: 'attached' });
  return page;
}

test('the build wrote a split module beside the app', () => {
  assert.ok(readdirSync(DIST).some((f) => SPLIT.test(f)), 'a split module in dist/');
});

test('a first visit does not fetch the split module; the reading view fetches it once, the notes reuse it', async () => {
  const page = await counted(env.server.url);
  await page.locator('.card').first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(page.splitFetches, [], 'nothing split on the first visit');
  await page.getByRole('link', { name: 'Read', exact: true }).click();
  await page.locator('article.reading').waitFor();
  assert.equal(page.splitFetches.length, 1);
  await page.getByRole('link', { name: 'Notes', exact: true }).click();
  await page.waitForURL(/view=notes/);
  await page.locator('.notes-summary, .note').first().waitFor();
  await page.getByRole('link', { name: 'Quotes', exact: true }).click();
  await page.locator('.card').first().waitFor();
  assert.equal(page.splitFetches.length, 1, 'loaded once');
  assertClean(assert, page);
  await page.context().close();
});

test('a link straight to the reading view, to the notes, or to one quote opens it', async () => {
  for (const [query, selector] of [
    ['?view=read', 'article.reading'],
    ['?view=notes', '.note'],
    ['?embed=1&quote=where-am-i-supposed-to', '.single-quote .card'],
  ]) {
    const page = await counted(env.server.url + query);
    await page.locator(selector).first().waitFor();
    assert.equal(page.splitFetches.length, 1, query);
    assertClean(assert, page);
    await page.context().close();
  }
});


test('a first visit does not fetch the views’ stylesheet; the reading view, the Embed dialog and the editing tools come styled', async () => {
  const page = await counted(env.server.url);
  await page.locator('.card').first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(page.stylesheetFetches, [], 'no views’ stylesheet on the first visit');
  assert.equal(await page.locator('link[href*="views-"]').count(), 0);

  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const embed = page.locator('dialog.embed-dialog');
  await embed.waitFor();
  // views.css gives the dialog's labels their own line and weight (a browser's are inline).
  assert.equal(await embed.locator('label').first().evaluate((l) => getComputedStyle(l).display), 'block');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Read', exact: true }).click();
  const bar = page.locator('.section-bar').first();
  await bar.waitFor();
  assert.equal(await bar.evaluate((b) => getComputedStyle(b).position), 'sticky', 'the section bar sticks');

  await page.getByRole('button', { name: 'Open a report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a report' });
  await dialog.waitFor();
  assert.equal(await dialog.evaluate((d) => getComputedStyle(d).overflowY), 'auto', 'the editor’s dialog scrolls');
  assert.equal(page.stylesheetFetches.length, 1, 'fetched once, for all of them');
  assertClean(assert, page);
  await page.context().close();
});

test('a link straight to the reading view shows it styled at once', async () => {
  const page = await counted(env.server.url + '?view=read');
  const bar = page.locator('.section-bar').first();
  await bar.waitFor();
  assert.equal(await bar.evaluate((b) => getComputedStyle(b).position), 'sticky');
  assert.equal(page.stylesheetFetches.length, 1);
  assertClean(assert, page);
  await page.context().close();
});
