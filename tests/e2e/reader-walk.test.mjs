// A first-time reader's walk, on a phone and on a desktop: the filters drawer, search that shows
// why a quote matched, counts that add up, keyboard and touch, popovers, timers that do not
// outlive their cards, and an accessibility audit of the drawer, a popover and the Read view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withExplorer, openPage, assertClean, screenshot, ROOT, settledCount } from './support.mjs';

const env = withExplorer();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const NARROW_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const count = async (page) => Number((await page.locator('.count').textContent()).match(/^(\d+) of/)[1]);
const focusedId = (page) => page.evaluate(() => (document.activeElement === document.body ? 'BODY' : document.activeElement.id || document.activeElement.tagName));

async function axe(page) {
  const source = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('on a phone the filters are a modal drawer: its body scrolls to the last facet, Esc closes it, focus goes back', async () => {
  const page = await openPage(env.browser, env.server.url, PHONE);
  const toggle = page.getByRole('button', { name: /^Filters/ });
  await toggle.click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await drawer.waitFor();
  assert.equal(await drawer.getAttribute('aria-modal'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'filters-title', 'focus moves into the drawer');
  // The page behind does not scroll; the drawer's own body does.
  const pageScroll = await page.evaluate(() => document.scrollingElement.scrollTop);
  await page.mouse.move(200, 500);
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.scrollingElement.scrollTop), pageScroll, 'the page behind stays put');
  assert.ok(await page.locator('.filters-body').evaluate((e) => e.scrollTop > 0), 'the drawer scrolled');
  // The last group is reachable; ticking one of its values updates the list.
  const source = page.getByRole('group', { name: 'Source' });
  await source.scrollIntoViewIfNeeded();
  const value = source.getByRole('checkbox').first();
  const label = await source.locator('.facet-value').first().locator('.value-count').textContent();
  await value.check();
  await page.waitForFunction((n) => document.querySelector('.count').textContent.startsWith(`${n} of`), Number(label));
  const show = drawer.getByRole('button', { name: /^Show \d+ quotes?$/ });
  assert.ok(await show.isVisible(), 'the sticky button says how many quotes the filters give');
  assert.equal(await show.textContent(), `Show ${label} quote${label === '1' ? '' : 's'}`);
  // Tab stays inside the drawer.
  await show.focus();
  await page.keyboard.press('Tab');
  assert.ok(await drawer.evaluate((d) => d.contains(document.activeElement)), 'Tab from the last control wraps inside');
  await screenshot(page, 'phone-drawer-last-facet');
  await page.keyboard.press('Escape');
  assert.equal(await drawer.count(), 0, 'Esc closed the drawer');
  assert.equal(await focusedId(page), 'filters-toggle', 'focus is back on the Filters button');
  assert.equal(await toggle.textContent(), 'Filters (1)');
  assertClean(assert, page);
  await page.context().close();
});

test('a desktop page zoomed to 200% gets the drawer too', async () => {
  const page = await openPage(env.browser, env.server.url, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  assert.ok(await page.getByRole('button', { name: /^Filters/ }).isVisible());
  assert.equal(await page.locator('#filters').isVisible(), false);
  await page.getByRole('button', { name: /^Filters/ }).click();
  const body = page.locator('.filters-body');
  assert.ok(await body.evaluate((e) => e.scrollHeight > e.clientHeight), 'the drawer is taller than the screen and scrolls');
  const source = page.getByRole('group', { name: 'Source' });
  await source.scrollIntoViewIfNeeded();
  const box = await source.boundingBox();
  assert.ok(box.y >= 0 && box.y < 450, 'the last facets come into view');
  assertClean(assert, page);
  await page.context().close();
});

for (const [name, options] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`search marks its words in every card, explains matches in hidden notes, and finds quoted phrases (${name})`, async () => {
    const page = await openPage(env.browser, env.server.url, options);
    const search = page.getByRole('searchbox', { name: 'Search quotes, speakers and notes' });
    const before = await page.locator('.count').textContent();
    await search.fill('whatsapp');
    await page.waitForURL(/q=whatsapp/);
    await page.waitForFunction((b) => document.querySelector('.count').textContent !== b, before);
    const cards = page.locator('.card');
    const n = await cards.count();
    assert.equal(await count(page), n, 'the count is the number of cards');
    assert.ok(n > 5);
    const unmarked = await cards.evaluateAll((all) => all.filter((c) => !c.querySelector('mark.hit')).map((c) => c.dataset.quoteId));
    assert.deepEqual(unmarked, [], 'every card shows where it matched');
    assert.match(await cards.first().locator('.match-snippet').textContent(), /^Note \d+: .*WhatsApp/i, 'the note that matched is quoted');
    await search.fill('"political vacuum"');
    await page.waitForFunction(() => document.querySelector('.count').textContent.startsWith('1 of'));
    assert.equal(await page.locator('.card mark.hit').first().textContent(), 'political vacuum');
    await search.fill('"vacuum political"');
    await page.waitForFunction(() => document.querySelector('.count').textContent.startsWith('0 of'));
    assertClean(assert, page);
    await page.context().close();
  });
}

test('in the Read view the search marks the text and steps through its matches; in the Notes view it narrows the notes', async () => {
  const page = await openPage(env.browser, env.server.url + '?view=read&q=Euphrates', DESKTOP);
  await page.locator('article.reading section').first().waitFor();
  const status = page.locator('.find-status');
  await page.waitForFunction(() => /match/.test(document.querySelector('.find-status')?.textContent ?? ''));
  const total = await page.locator('#reading mark.hit').count();
  assert.ok(total >= 1, 'the word is marked in the text');
  assert.equal(await status.textContent(), total === 1 ? '1 match in the text' : `${total} matches in the text`);
  await page.getByRole('button', { name: 'Next' }).click();
  assert.equal(await status.textContent(), `1 of ${total}`);
  const current = page.locator('#reading mark.hit.current');
  await page.waitForFunction(() => {
    const box = document.querySelector('#reading mark.hit.current').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });
  assert.equal(await current.count(), 1);
  assert.notEqual(await count(page), 0, 'the quotes are not narrowed by a word of the text');
  assert.equal(await axe(page).then((v) => v.length), 0, 'axe: the Read view with a search');
  await screenshot(page, 'read-view-search');
  await page.getByRole('link', { name: 'Notes', exact: true }).click();
  await page.locator('.notes-summary').waitFor();
  const shown = await page.locator('.note:not(.hidden)').evaluateAll((notes) => notes.map((n) => n.id));
  assert.ok(shown.length >= 1 && shown.length < 49, `${shown.length} notes hold the word`);
  assert.ok(shown.includes('note-14'), 'note 14 mentions the Euphrates');
  assert.ok(await page.locator('#note-14 mark.hit').count() >= 1, 'and the word is marked in it');
  assertClean(assert, page);
  await page.context().close();
});

test('every count adds up: the header counts the cards, each facet value counts what ticking it shows', async () => {
  const page = await openPage(env.browser, env.server.url, DESKTOP);
  assert.equal(await count(page), await settledCount(page));
  for (const facet of ['Faction', 'Speaker', 'Section', 'Source', 'Attribution']) {
    const group = page.getByRole('group', { name: facet });
    const rows = group.locator('.facet-value');
    const n = await rows.count();
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      if (!(await row.isVisible())) continue;
      const expected = Number(await row.locator('.value-count').textContent());
      const box = row.getByRole('checkbox');
      await box.check();
      await page.waitForFunction((e) => document.querySelector('.count').textContent.startsWith(`${e} of`), expected);
      assert.equal(await settledCount(page), expected, `${facet} ${i}: the count beside it is what it shows`);
      const chart = await page.locator('.chart a.mark:not(.dim)').count();
      assert.equal(chart, expected, `${facet} ${i}: the chart marks as many`);
      await box.uncheck();
    }
  }
  assertClean(assert, page);
  await page.context().close();
});

test('removing a chip or clearing a facet never drops focus to the page; / reaches search from a checkbox', async () => {
  const page = await openPage(env.browser, env.server.url + '?faction=levant-front,civilians&source=publication', DESKTOP);
  await page.locator('.chip').first().click();
  await page.waitForFunction(() => document.querySelectorAll('.chip').length === 2);
  assert.match(await focusedId(page), /^chip-\d$/, 'focus moves to the next chip');
  await page.locator('.chip').first().click();
  await page.locator('.chip').first().click();
  await page.waitForFunction(() => document.querySelectorAll('.chip').length === 0);
  assert.equal(await focusedId(page), 'results', 'the last chip leaves focus on the results');
  await page.getByRole('group', { name: 'Faction' }).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Clear Faction' }).click();
  assert.equal(await focusedId(page), 'facet-faction', 'clearing a facet leaves focus on its name');
  await page.getByRole('group', { name: 'Faction' }).getByRole('checkbox').first().focus();
  await page.keyboard.press('/');
  assert.equal(await focusedId(page), 'search', '/ from a checkbox focuses search');
  assertClean(assert, page);
  await page.context().close();
});

test('a note popover stays inside a 360 px screen and closes on Esc, on a tap elsewhere and on tab-away', async () => {
  const page = await openPage(env.browser, env.server.url, NARROW_PHONE);
  const note = page.locator('.card').first().locator('details.note-ref');
  await note.locator('summary').click();
  const panel = note.locator('.note-panel');
  await panel.waitFor();
  const box = await panel.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, `inside the screen: ${box.x}–${box.x + box.width}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  assert.equal(await axe(page).then((v) => v.length), 0, 'axe: an open popover');
  await screenshot(page, 'phone-note-popover');
  await page.keyboard.press('Escape');
  assert.equal(await note.getAttribute('open'), null, 'Esc closes it');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY', 'and focus is back on its button');
  await note.locator('summary').click();
  await page.locator('h1').tap();
  assert.equal(await note.getAttribute('open'), null, 'a tap elsewhere closes it');
  await note.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await note.getAttribute('open'), '');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await note.getAttribute('open'), null, 'moving focus away closes it');
  assertClean(assert, page);
  await page.context().close();
});

test('axe finds no serious or critical violation in the open drawer', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await openPage(env.browser, env.server.url, { ...PHONE, colorScheme });
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('dialog', { name: 'Filters' }).waitFor();
    assert.deepEqual(await axe(page), [], colorScheme);
    await page.context().close();
  }
});

test('copying a citation and then filtering its card away leaves no error behind', async () => {
  const page = await openPage(env.browser, env.server.url, DESKTOP);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await page.locator('.card').first().getByRole('button', { name: 'Copy citation' }).click();
  await page.locator('.card').first().locator('.copy-status', { hasText: 'Citation copied' }).waitFor();
  // The first card's faction is not Civilians: choosing Civilians removes it while its status
  // message still waits to be cleared.
  await page.getByRole('group', { name: 'Faction' }).getByRole('checkbox', { name: /^Civilians/ }).check();
  await page.waitForTimeout(3500);
  assertClean(assert, page);
  await page.context().close();
});
