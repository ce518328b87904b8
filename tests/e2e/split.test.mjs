// The views no first visit needs are a wasm module of their own (explorer_app::lazy_views, split
// by scripts/split.sh): a first visit never fetches it; the first of those views fetches it once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { withExplorer, openPage, assertClean, DIST } from './support.mjs';

const env = withExplorer();
const SPLIT = /-split_[\w]+\.wasm$/;

/// A page that counts its requests of split modules.
async function counted(url) {
  const page = await openPage(env.browser, null);
  page.splitFetches = [];
  page.on('request', (request) => {
    if (SPLIT.test(new URL(request.url()).pathname)) page.splitFetches.push(request.url());
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
