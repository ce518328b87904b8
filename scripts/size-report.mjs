// Size report of dist/: every file with raw, gzip and brotli bytes, and what a first visit transfers.
// Usage: node scripts/size-report.mjs [--json]   (run after a release build: ./x build)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/// The files a first visit to index.html requests: index.html and every file it names
/// (stylesheet, icon, scripts, the app's JS and wasm, the preloaded model). Report texts,
/// overlays, the manifest, other reports' models, the embed loader and the worker are not.
export function firstVisitFiles(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // What the page fetches: stylesheets, preloads, icons, scripts (and the files boot.js loads),
  // not the places its links lead to.
  const tags = [...html.matchAll(/<(?:link|script|img|source)\b[^>]*>/g)].map((m) => m[0]).join('\n');
  const named = [...tags.matchAll(/(?:href|src|data-js|data-wasm)=(?:"(?:\.\/)?([^"#?:]+)"|(?:\.\/)?([^\s>"#?:]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((file) => existsSync(join(dist, file)) && statSync(join(dist, file)).isFile());
  return new Set(['index.html', ...named]);
}

export function sizeReport(dist = 'dist') {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files.push({
          file: relative(dist, path),
          raw: bytes.length,
          gzip: gzipSync(bytes, { level: 9 }).length,
          brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        });
      }
    }
  };
  walk(dist);
  files.sort((a, b) => b.brotli - a.brotli);
  const visited = firstVisitFiles(dist);
  const firstVisit = files.filter((f) => visited.has(f.file));
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  return {
    files,
    total: { raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') },
    firstVisit: { raw: sum(firstVisit, 'raw'), gzip: sum(firstVisit, 'gzip'), brotli: sum(firstVisit, 'brotli') },
    firstVisitFiles: firstVisit.map((f) => f.file),
  };
}

export function markdown(report) {
  const rows = report.files.map((f) => `| ${f.file.replace(/-[0-9a-f]{16}/, '-<hash>')}${report.firstVisitFiles?.includes(f.file) ? ' (first visit)' : ''} | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
  return [
    '| file | raw | gzip | brotli |',
    '|---|---:|---:|---:|',
    ...rows,
    `| **all files** | ${report.total.raw} | ${report.total.gzip} | ${report.total.brotli} |`,
    `| **first visit** | ${report.firstVisit.raw} | ${report.firstVisit.gzip} | ${report.firstVisit.brotli} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = sizeReport();
  console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : markdown(report));
}
