// Part of the app's post-build split step (scripts/split.sh), release builds only: gives the
// app wasm's imports from its JS glue short names ("a", "b", …) in the wasm and in the glue.
// wasm-bindgen names each import after its JS function and a hash of 16 hex digits
// (`__wbg_remove_8228e91d7ddbc755`); the hashes do not compress, and each name is written twice,
// in the wasm's import section and as a key of the glue's import object. Only the imports of the
// glue's own module are renamed, each only if its key appears exactly once in the glue; the
// imports of the split loader (`./__wasm_split.js`, imported by name) keep their names.
//
// usage: node scripts/short-imports.mjs APP_BG.wasm APP.js   (both rewritten in place)
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node scripts/short-imports.mjs APP_BG.wasm APP.js');
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

/// The glue's object of imports from its own module: `const import0 = { … };`.
const objectStart = glue.indexOf('const import0 = {');
const objectEnd = objectStart < 0 ? -1 : glue.indexOf('\n    };', objectStart);
if (objectEnd < 0) throw new Error(`${gluePath}: no object of imports (const import0 = {…}) found`);
const importObject = glue.slice(objectStart, objectEnd);
const moduleOf = /"(\.\/[^"]+_bg\.js)": import0,/.exec(glue);
if (!moduleOf) throw new Error(`${gluePath}: the module of import0 is not named`);
const glueModule = moduleOf[1];

function readLeb(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

function name(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
}

/// The bytes after an import's names: what is imported (kind and type).
function skipDescription(buf, at) {
  const kind = buf[at++];
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = readLeb(buf, p);
    if (flags & 1) [, p] = readLeb(buf, p);
    return p;
  };
  switch (kind) {
    case 0: // function: type index
      return readLeb(buf, at)[1];
    case 1: // table: reference type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    case 4: // tag: attribute, type index
      return readLeb(buf, at + 1)[1];
    default:
      throw new Error(`${wasmPath}: unknown import kind ${kind}`);
  }
}

/// Short names that are JS identifiers: a … z, A … Z, then two letters and so on.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(n) {
  let out = '';
  do {
    out = LETTERS[n % LETTERS.length] + out;
    n = Math.floor(n / LETTERS.length) - 1;
  } while (n >= 0);
  return out;
}

let at = 8; // magic and version
const parts = [wasm.subarray(0, 8)];
let renamed = 0;
let renamedObject = importObject;
let next = 0;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, bodyStart] = readLeb(wasm, at + 1);
  const bodyEnd = bodyStart + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, bodyEnd));
    at = bodyEnd;
    continue;
  }
  let p = bodyStart;
  let count;
  [count, p] = readLeb(wasm, p);
  const entries = [leb(count)];
  for (let i = 0; i < count; i++) {
    let length;
    [length, p] = readLeb(wasm, p);
    const module = wasm.toString('utf8', p, p + length);
    p += length;
    [length, p] = readLeb(wasm, p);
    let field = wasm.toString('utf8', p, p + length);
    p += length;
    const descriptionStart = p;
    p = skipDescription(wasm, p);
    if (module === glueModule) {
      const key = new RegExp(`^( +)${field.replace(/\$/g, '\\$')}:`, 'gm');
      const keys = renamedObject.match(key);
      if (keys && keys.length === 1) {
        const short = shortName(next++);
        renamedObject = renamedObject.replace(key, `$1${short}:`);
        field = short;
        renamed++;
      }
    }
    entries.push(name(module), name(field), wasm.subarray(descriptionStart, p));
  }
  if (p !== bodyEnd) throw new Error(`${wasmPath}: the import section was not read to its end`);
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), leb(body.length), body);
  at = bodyEnd;
}
glue = glue.slice(0, objectStart) + renamedObject + glue.slice(objectEnd);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed} imports of ${glueModule} renamed`);
