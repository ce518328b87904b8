// Other reports of the genre: `?report=NAME` loads reports/NAME.txt; a missing one says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withExplorer, openPage, assertClean, screenshot, ROOT, DIST } from './support.mjs';

// The test server also serves an invented report and lists it in the manifest.
const env = withExplorer(() => {
  const fixture = readFileSync(join(ROOT, 'tests/fixtures/reports/kessa-valley.txt'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(DIST, 'reports/index.json'), 'utf8'));
  manifest.reports['kessa-valley'] = { overlay: false };
  return {
    routes: {
      '/reports/index.json': { body: JSON.stringify(manifest), type: 'application/json' },
      '/reports/kessa-valley.txt': { body: fixture, type: 'text/plain; charset=utf-8' },
    },
  };
});

test('another report of the genre opens with ?report= and keeps it in every link', async () => {
  const page = await openPage(env.browser, env.server.url + '?report=kessa-valley');
  await page.locator('.card').first().waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Water and War in the Kessa Valley');
  assert.equal(await page.locator('.byline').textContent(), 'By Lina Okafor, March 2021');
  assert.equal(await page.locator('.count').textContent(), '18 of 18 quotes');
  const factions = await page.getByRole('group', { name: 'Faction' }).locator('.value-label').allTextContents();
  assert.ok(factions.includes('Lowland Liberation Front') && factions.includes('Kessa Water Council'), factions.join(', '));
  await page.getByRole('group', { name: 'Faction' }).getByRole('checkbox', { name: /^Highland Defense Forces/ }).check();
  await page.waitForURL(/\?report=kessa-valley&faction=highland-defense-forces$/);
  assert.equal(await page.locator('.count').textContent(), '4 of 18 quotes');
  await screenshot(page, 'other-report');
  assertClean(assert, page);
  await page.context().close();
});

test('a report that is not there gives a clear message, not a blank page', async () => {
  const page = await openPage(env.browser, env.server.url + '?report=no-such-report');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /There is no report named “no-such-report” here/);
  assertClean(assert, page);
  await page.context().close();
});
