// Opening a report of one's own: paste, choose or drop a file; it is parsed in a worker, kept in
// this browser under `?report=local:<hash>`, and can be corrected (corrections kept, undone,
// downloaded as an overlay the CLI applies the same way). Nothing is ever sent anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { withExplorer, openPage, assertClean, screenshot, appReady, ROOT } from './support.mjs';

const env = withExplorer();
const FIXTURE = join(ROOT, 'tests/fixtures/reports/kessa-valley.txt');
// How long the main thread's tasks take while a report of several megabytes opens is measured by
// `scripts/bench-long-report.mjs` (figures in docs/BENCHMARKS.md), never asserted here: this
// machine is shared. The test below checks what does not depend on the machine's speed.
const fixture = readFileSync(FIXTURE, 'utf8');
const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/reports/kessa-valley.expected.json'), 'utf8'));
const expectedQuotes = expected.quotes.filter((q) => q.kind === 'speech' && !q.continues).length;

/// Opens the "Open a report" dialog (the editing tools load on first use).
async function openDialog(page) {
  await page.getByRole('button', { name: 'Open a report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a report' });
  await dialog.waitFor();
  return dialog;
}

/// Chooses the option of a `<select>` whose text matches `pattern`.
async function choose(select, pattern) {
  const texts = await select.locator('option').allTextContents();
  const label = texts.find((text) => pattern.test(text));
  assert.ok(label, `an option matches ${pattern} (${texts.join(', ')})`);
  await select.selectOption({ label });
}

/// Waits until the page shows a report kept in this browser, and returns its address.
async function shown(page) {
  await page.waitForURL(/\?report=local:[0-9a-f]+$/);
  await page.locator('#app .card').first().waitFor();
  return page.url();
}

/// The page's faction labels.
const factions = (page) => page.getByRole('group', { name: 'Faction' }).locator('.value-label').allTextContents();

/// Records every request, and fails when one carries `text`.
function watchRequests(page, text) {
  const carried = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    const probe = text.slice(0, 60);
    if (request.url().includes(encodeURIComponent(probe)) || body.includes(probe)) carried.push(request.url());
  });
  return carried;
}

test('a pasted report opens with its quotes and factions, is kept, and comes back after a reload', async () => {
  const page = await openPage(env.browser, env.server.url);
  const carried = watchRequests(page, fixture);
  const dialog = await openDialog(page);
  await dialog.getByLabel('Report text').fill(fixture);
  await dialog.getByRole('button', { name: 'Explore' }).click();
  const url = await shown(page);
  assert.equal(await page.locator('h1').textContent(), expected.title);
  assert.equal(await page.locator('.count').textContent(), `${expectedQuotes} of ${expectedQuotes} quotes`);
  const names = await factions(page);
  for (const faction of expected.factions) {
    assert.ok(names.includes(faction.name), `the Faction facet lists ${faction.name} (${names.join(', ')})`);
  }
  assert.match(await page.locator('.notice.kept').textContent(), /kept in this browser only/);
  await page.getByRole('group', { name: 'Faction' }).getByRole('checkbox').first().check();
  await page.getByRole('link', { name: 'Read', exact: true }).click();
  await page.locator('article.reading section').first().waitFor();
  const state = page.url();
  await screenshot(page, 'own-report');
  await page.reload();
  await appReady(page);
  await page.locator('article.reading section').first().waitFor();
  assert.equal(page.url(), state, 'the same address after a reload');
  assert.equal(await page.locator('h1').textContent(), expected.title);
  assert.equal(await page.locator('.view-tabs [aria-current="page"]').textContent(), 'Read');
  const list = await openDialog(page);
  const kept = list.locator('.kept-report', { hasText: expected.title });
  await kept.waitFor();
  assert.match(await kept.textContent(), new RegExp(`${expectedQuotes} quotes`));
  await kept.getByRole('button', { name: 'Open' }).click();
  assert.equal(await shown(page), url);
  assert.deepEqual(carried, [], 'no request carried the text');
  assertClean(assert, page);
  await page.context().close();
});

test('a kept report downloads for hosting (its text and manifest entry) and is deleted only after a confirmation', async () => {
  const page = await openPage(env.browser, env.server.url);
  let dialog = await openDialog(page);
  await dialog.getByLabel('Report text').fill(fixture);
  await dialog.getByRole('button', { name: 'Explore' }).click();
  await shown(page);
  dialog = await openDialog(page);
  const kept = dialog.locator('.kept-report', { hasText: expected.title });
  await kept.waitFor();
  // Download for hosting: the report's text as it was opened, and the entry for reports/index.json.
  await kept.getByRole('button', { name: 'Download for hosting' }).click();
  const hosting = kept.locator('.for-hosting');
  await hosting.waitFor();
  const entry = JSON.parse(`{${await hosting.locator('pre').textContent()}}`);
  const [name] = Object.keys(entry);
  assert.deepEqual(entry[name], { overlay: false }, 'no corrections, so no overlay');
  assert.match(await hosting.textContent(), new RegExp(`Put ${name}\\.txt in the site's reports/ folder`));
  const [download] = await Promise.all([page.waitForEvent('download'), hosting.getByRole('button', { name: 'Download the text' }).click()]);
  assert.equal(download.suggestedFilename(), `${name}.txt`);
  const saved = join(mkdtempSync(join(tmpdir(), 'explorer-hosting-')), download.suggestedFilename());
  await download.saveAs(saved);
  assert.equal(readFileSync(saved, 'utf8'), fixture, 'the text as the reader opened it');
  rmSync(dirname(saved), { recursive: true, force: true });
  // Delete asks first; Keep keeps it; Delete deletes it.
  await kept.getByRole('button', { name: 'Delete' }).click();
  const confirm = kept.getByRole('alert');
  assert.match(await confirm.textContent(), new RegExp(`Delete “${expected.title}” and its corrections from this browser\\?`));
  await confirm.getByRole('button', { name: 'Keep' }).click();
  assert.equal(await confirm.count(), 0);
  assert.equal(await kept.count(), 1, 'Keep keeps it');
  await kept.getByRole('button', { name: 'Delete' }).click();
  await kept.getByRole('alert').getByRole('button', { name: 'Delete' }).click();
  await kept.waitFor({ state: 'detached' });
  await page.reload();
  await appReady(page);
  dialog = await openDialog(page);
  await page.waitForTimeout(300);
  assert.equal(await dialog.locator('.kept-report', { hasText: expected.title }).count(), 0, 'gone after a reload too');
  assertClean(assert, page);
  await page.context().close();
});

test('a chosen file and a dropped file open the same way; text that is not a report gets a message', async () => {
  const page = await openPage(env.browser, env.server.url);
  let dialog = await openDialog(page);
  await dialog.getByLabel('Choose a file').setInputFiles(FIXTURE);
  const chosen = await shown(page);
  assert.equal(await page.locator('h1').textContent(), expected.title);
  dialog = await openDialog(page);
  await dialog.locator('.open-report').evaluate((zone, text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'kessa-valley.txt', { type: 'text/plain' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, fixture);
  assert.equal(await shown(page), chosen, 'the same report, the same address');
  // Not UTF-8, binary, empty, no quotation: a message in the dialog, the page as it was.
  const cases = [
    ['latin1.txt', Buffer.from('Caf\xe9 au lait, "quoted" said Ann.', 'latin1'), /not UTF-8 text/],
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0]), /not text/],
    ['empty.txt', Buffer.from('   \n\n'), /empty/],
    ['plain.txt', Buffer.from('A text with no quotation at all.\n\nNone here either.'), /No quotation/],
  ];
  dialog = await openDialog(page);
  for (const [name, buffer, message] of cases) {
    await dialog.getByLabel('Choose a file').setInputFiles({ name, mimeType: 'text/plain', buffer });
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), message, name);
    assert.equal(page.url(), chosen, `${name}: the page stays where it was`);
  }
  await screenshot(page, 'own-report-refused');
  assertClean(assert, page);
  await page.context().close();
});

test('a report of several megabytes shows progress, can be cancelled, and never freezes the page', async () => {
  const page = await openPage(env.browser, env.server.url);
  // The file is made in the page, as a reader's file would be: Playwright's own file transfer
  // (a base64 string decoded in the page) would otherwise be counted as the page's work.
  const size = await page.evaluate(async () => {
    const body = await (await fetch('reports/fall-of-aleppo.txt')).text();
    window.__bigFile = new File([Array.from({ length: 90 }, () => body).join('\n\n')], 'big.txt', { type: 'text/plain' });
    return window.__bigFile.size;
  });
  assert.ok(size > 3 * 1024 * 1024, `${size} bytes`);
  const choose = (input) => input.evaluate((element) => {
    const files = new DataTransfer();
    files.items.add(window.__bigFile);
    element.files = files.files;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  let dialog = await openDialog(page);
  await choose(dialog.getByLabel('Choose a file'));
  const progress = dialog.getByRole('progressbar');
  await progress.waitFor();
  assert.match(await dialog.locator('.parse-progress').textContent(), /\d+%/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('alert').waitFor();
  assert.match(await dialog.getByRole('alert').textContent(), /Cancelled/);
  assert.equal(await progress.count(), 0);
  // Now all the way, then what a reader does next: filter, read the text, come back. The page
  // records each progress label it shows: a main thread busy parsing would show none between
  // the first and the last.
  await page.evaluate(() => {
    window.__progress = new Set();
    new MutationObserver(() => {
      const label = document.querySelector('.parse-progress label');
      if (label) window.__progress.add(label.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await choose(dialog.getByLabel('Choose a file'));
  await page.waitForURL(/report=local:/, { timeout: 120_000 });
  await page.locator('#app .card').first().waitFor({ timeout: 120_000 });
    // The reader's steps are clicks in the page: Playwright's own queries over a DOM this size
  // (roles, accessible names) would otherwise be counted as the page's work.
  const click = (selector, text) => page.evaluate(([selector, text]) => {
    const target = [...document.querySelectorAll(selector)].find((e) => !text || e.textContent.trim() === text);
    target.click();
  }, [selector, text]);
  await page.mouse.wheel(0, 20000);
  await page.waitForTimeout(500);
  await click('fieldset[aria-labelledby="facet-faction"] input[type=checkbox]');
  await page.waitForURL(/faction=/);
  await page.waitForTimeout(500);
  await click('.view-tabs a', 'Read');
  await page.locator('#reading .report-section').first().waitFor();
  await page.waitForTimeout(3000);
  await page.mouse.wheel(0, 30000);
  await page.waitForTimeout(500);
  await click('.view-tabs a', 'Quotes');
  await page.locator('#app .card').first().waitFor();
  await page.waitForTimeout(1000);
  const labels = await page.evaluate(() => [...window.__progress]);
  assert.ok(labels.length >= 3, `the page showed the parse's progress as it went: ${JSON.stringify(labels)}`);
  // The long list is put on the page a page of cards at a time, however many quotes there are.
  const cards = await page.locator('#app .card').count();
  const [shown] = (await page.locator('#app p.count').first().textContent()).match(/[\d,]+/);
  const matching = Number(shown.replace(/,/g, ''));
  assert.ok(matching > 50 && cards <= 50, `${cards} cards on the page for ${matching} matching quotes`);
  await screenshot(page, 'own-report-big');
  assertClean(assert, page);
  await page.context().close();
});

test('corrections apply at once, undo, survive a reload, and download as an overlay the CLI applies the same way', async () => {
  const page = await openPage(env.browser, env.server.url, { acceptDownloads: true });
  const dialog = await openDialog(page);
  await dialog.getByLabel('Report text').fill(fixture);
  await dialog.getByRole('button', { name: 'Explore' }).click();
  await shown(page);
  const speakerCount = (name) => page.getByRole('group', { name: 'Speaker' }).locator('.facet-value', { hasText: name }).locator('.value-count').textContent().then(Number);
  // Reassign a quote to another speaker.
  const card = page.locator('.card', { hasText: 'Nobody can move a truck' });
  const before = await speakerCount('Yusuf Adamu');
  await card.getByRole('button', { name: /^Correct this quote/ }).click();
  const correct = page.getByRole('dialog', { name: 'Correct a quote' });
  await correct.getByLabel('Who said it').selectOption({ label: 'Yusuf Adamu' });
  await correct.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction((n) => [...document.querySelectorAll('fieldset.facet .facet-value')].some((v) => v.textContent.includes('Yusuf Adamu') && v.querySelector('.value-count').textContent === String(n)), before + 1);
  // Merge two speakers.
  await page.getByRole('button', { name: 'Correct the speakers' }).click();
  const sides = page.getByRole('dialog', { name: 'Correct the speakers' });
  await choose(sides.getByLabel('Speaker', { exact: true }), /^Aid worker/);
  await sides.getByLabel('Merge into another speaker (they are the same)').check();
  await choose(sides.getByLabel('Merge into', { exact: true }), /^Yusuf Adamu/);
  await sides.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll('fieldset.facet .value-label')].some((v) => v.textContent === 'Aid worker'));
  // Move a speaker to another faction.
  await choose(sides.getByLabel('Speaker', { exact: true }), /^Tomas Berhe/);
  await sides.getByLabel('Move to another faction').check();
  await sides.getByLabel('Faction', { exact: true }).selectOption({ label: 'Kessa Water Council' });
  await sides.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => {
    const group = [...document.querySelectorAll('.group-label')].find((g) => g.textContent === 'KESSA WATER COUNCIL' || g.textContent === 'Kessa Water Council');
    return group && [...document.querySelectorAll('fieldset.facet .value-label')].some((v) => v.textContent === 'Tomas Berhe');
  });
  await sides.getByRole('button', { name: 'Close' }).click();
  const bar = page.getByRole('region', { name: 'Your corrections' });
  await bar.waitFor();
  assert.match(await bar.textContent(), /corrections kept in this browser/);
  await screenshot(page, 'own-report-corrections');
  // Undo the move (Ctrl+Z), then reload: the other corrections stay.
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('.corrections-bar .editor-status')?.textContent === 'Undone.');
  await page.reload();
  await appReady(page);
  const speakers = await page.getByRole('group', { name: 'Speaker' }).locator('.value-label').allTextContents();
  assert.ok(!speakers.includes('Aid worker'), 'the merge is kept');
  assert.equal(await speakerCount('Yusuf Adamu'), before + 2, 'the reassigned quote and the merged speaker’s');
  // Download the corrections and apply them with the CLI: the same speakers and factions.
  await page.getByRole('button', { name: 'Correct the speakers' }).click();
  await page.getByRole('dialog', { name: 'Correct the speakers' }).getByRole('button', { name: 'Close' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Your corrections' }).getByRole('button', { name: 'Download corrections' }).click(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'explorer-overlay-'));
  const overlay = join(dir, 'kessa.overlay.json');
  await download.saveAs(overlay);
  const cli = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'explorer-cli', '--', 'parse', FIXTURE, '--overlay', overlay, '--format', 'json'], { cwd: ROOT }).toString());
  rmSync(dir, { recursive: true, force: true });
  const pageSpeakers = (await page.getByRole('group', { name: 'Speaker' }).locator('.value-label').allTextContents()).sort();
  const used = new Set(cli.quotes.filter((q) => q.kind === 'speech').map((q) => q.speaker));
  assert.deepEqual(cli.speakers.filter((s) => used.has(s.id)).map((s) => s.name).sort(), pageSpeakers);
  const pageFactions = (await factions(page)).sort();
  const usedFactions = new Set(cli.speakers.filter((s) => used.has(s.id)).map((s) => s.faction));
  assert.deepEqual(cli.factions.filter((f) => usedFactions.has(f.id)).map((f) => f.name).sort(), pageFactions);
  assertClean(assert, page);
  await page.context().close();
});

test('a local: link in another browser says where the report is, and offers to open one', async () => {
  const page = await openPage(env.browser, env.server.url + '?report=local:0123456789ab');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /This report is stored in another browser/);
  await alert.getByRole('button', { name: 'Open a report' }).click();
  await page.getByRole('dialog', { name: 'Open a report' }).waitFor();
  await screenshot(page, 'kept-elsewhere');
  assertClean(assert, page);
  await page.context().close();
});

test('a hostile report stays inert: no script runs, no javascript: link appears', async () => {
  const page = await openPage(env.browser, env.server.url);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const hostile = [
    '<script>alert(1)</script> A report <img src=x onerror=alert(2)>',
    '',
    '“<img src=x onerror=alert(3)>,” said Jane Roe, a commander of the <b onclick=alert(4)>Hill Front</b>.[1]',
    '',
    'Notes',
    '',
    '1. Jane Roe, interview, javascript:alert(5) and https://example.org/ok',
  ].join('\n');
  const dialog = await openDialog(page);
  await dialog.getByLabel('Report text').fill(hostile);
  await dialog.getByRole('button', { name: 'Explore' }).click();
  await shown(page);
  await page.getByRole('link', { name: 'Notes', exact: true }).click();
  await page.locator('.notes-view').waitFor();
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  assert.equal(await page.locator('img[src="x"], b[onclick]').count(), 0);
  assert.equal(await page.locator('.note-text a.url').getAttribute('href'), 'https://example.org/ok', 'only the http(s) URL is a link');
  assert.match(await page.locator('.note-text').first().textContent(), /javascript:alert\(5\)/, 'the rest is text');
  assert.equal(dialogs, 0, 'no script ran');
  assertClean(assert, page);
  await page.context().close();
});
