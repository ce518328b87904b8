// Shared helpers for the browser tests: a static server for dist/, Chromium via playwright-core,
// pages that fail the test on any console error or page error, and screenshots.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.bin': 'application/octet-stream',
};

/// Serves `dir` on 127.0.0.1 (a free port), under `prefix` (e.g. "/tools/explorer/");
/// `routes` maps paths to extra responses; `headers` are added to every file. With `compress`,
/// files go out brotli-compressed to browsers that accept it, as a real static host sends them.
export async function serve(dir = DIST, { routes = {}, headers = {}, prefix = '/', compress = false } = {}) {
  const compressed = new Map();
  const send = (req, res, status, head, body) => {
    if (compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 512) {
      const key = `${req.url}|${body.length}`;
      if (!compressed.has(key)) {
        compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      res.writeHead(status, { ...head, 'content-encoding': 'br', vary: 'accept-encoding' });
      res.end(compressed.get(key));
    } else {
      res.writeHead(status, head);
      res.end(body);
    }
  };
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!routes[full] && !full.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const path = routes[full] ? full : '/' + full.slice(prefix.length);
    if (routes[path]) {
      const { body, type = 'text/html; charset=utf-8', headers: extra = {} } = routes[path];
      send(req, res, 200, { 'content-type': type, ...extra }, Buffer.from(body));
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      send(req, res, 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }, body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${prefix}`, origin, port, close: () => new Promise((ok) => server.close(ok)) };
}

/// Debian's Chromium, headless, with the flags that keep it off the network.
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/// A page that records console errors, page errors and CSP violations.
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console error: ${msg.text()}`);
    if (msg.type() === 'warning') page.warnings.push(msg.text());
  });
  page.on('pageerror', (err) => page.problems.push(`page error: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (url) {
    await page.goto(url);
    if (options.javaScriptEnabled !== false) await appReady(page);
  }
  return page;
}

/// Waits until the app has taken the place of the first view rendered at build time (or of the
/// loading line), so that what the tests look at is the live app.
export async function appReady(pageOrFrame) {
  await pageOrFrame.locator('#app:not([hidden])').waitFor({ state: 'attached' });
  await pageOrFrame.locator('#first-view').waitFor({ state: 'detached' });
}

/// Fails if the page logged an error.
export function assertClean(assert, page) {
  assert.deepEqual(page.problems, [], 'no console errors, page errors or CSP violations');
}

/// Saves a screenshot under tests/artifacts/.
export async function screenshot(page, name, options = {}) {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, ...options });
  return path;
}

/// For a test file: serves dist/ and launches Chromium before its tests, stops both after.
/// Returns an object whose `server` and `browser` are set once the tests run.
export function withExplorer(options = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(DIST, typeof options === 'function' ? options() : options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/// Routes that host more reports beside the built site's, as `./x build` would: each report's
/// model and text files made by `explorer site` from its text, and the manifest listing them
/// all. `reports` maps a report's name to the path of its text.
export function reportRoutes(reports) {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-reports-'));
  const manifest = JSON.parse(readFileSync(join(DIST, 'reports/index.json'), 'utf8'));
  for (const [name, entry] of Object.entries(manifest.reports)) {
    copyFileSync(join(DIST, 'reports', `${name}.txt`), join(dir, `${name}.txt`));
    if (entry.overlay) copyFileSync(join(DIST, 'reports', `${name}.overlay.json`), join(dir, `${name}.overlay.json`));
  }
  for (const [name, path] of Object.entries(reports)) {
    copyFileSync(path, join(dir, `${name}.txt`));
    manifest.reports[name] = { overlay: false };
  }
  writeFileSync(join(dir, 'index.json'), JSON.stringify(manifest));
  execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'explorer-cli', '--', 'site', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const binary = (file) => ({ body: readFileSync(join(dir, file)), type: 'application/octet-stream' });
  const routes = {
    '/reports/index.json': { body: JSON.stringify(manifest), type: 'application/json' },
    '/reports/index.bin': binary('index.bin'),
  };
  for (const name of Object.keys(reports)) {
    for (const kind of ['model', 'text']) routes[`/reports/${name}.${kind}.bin`] = binary(`${name}.${kind}.bin`);
  }
  rmSync(dir, { recursive: true, force: true });
  return routes;
}

/// How many elements match once the list has stopped growing: cards go on the page a batch
/// per task, so a count taken at once may be of the first batch only.
export async function settledCount(page, selector = '.card') {
  let last = -1;
  let stable = 0;
  for (let i = 0; i < 200 && stable < 3; i++) {
    const n = await page.locator(selector).count();
    stable = n === last ? stable + 1 : 0;
    last = n;
    await page.waitForTimeout(20);
  }
  return last;
}
