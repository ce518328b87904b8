// Reads `twiggy top --format csv` on stdin and prints the bytes of code and data per crate: an
// item counts for the first crate its (demangled) name mentions; custom sections (names, debug
// info) are left out, since the shipped file has none.
import { readFileSync } from 'node:fs';
const rows = readFileSync(0, 'utf8').trim().split('\n').slice(1);
const total = new Map();
let all = 0;
for (const row of rows) {
  const match = row.match(/^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/);
  if (!match) continue;
  const name = (match[1] ?? match[2]).replaceAll('""', '"');
  if (/custom section|subsection|^Σ|^\.\.\. and/.test(name)) continue;
  const bytes = Number(match[3]);
  all += bytes;
  let crate = 'unnamed code, tables';
  const m = name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (m) crate = m[1];
  else if (/^data segment|^data\[/.test(name)) crate = 'data (strings, tables)';
  else if (/^(?:<)?str>|^<\[|^<&/.test(name)) crate = 'core';
  total.set(crate, (total.get(crate) ?? 0) + bytes);
}
const sorted = [...total].sort((a, b) => b[1] - a[1]);
console.log('| crate | bytes | share |\n|---|---:|---:|');
for (const [crate, bytes] of sorted.slice(0, 20)) {
  console.log(`| ${crate} | ${bytes} | ${((100 * bytes) / all).toFixed(1)}% |`);
}
console.log(`| **code and data** | ${all} | 100% |`);
