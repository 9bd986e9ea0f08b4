// Writes a .gz and a .br (brotli, quality 11) next to every compressible file of a built
// site, for hosts that serve pre-compressed files (nginx's gzip_static, and hosts that
// take .br). The .gz files come from Zopfli (npm @gfx/zopfli): ordinary gzip that any
// client inflates, about 6% smaller than `gzip -9` on the wasm, at the cost of a few
// seconds of build time. Brotli comes from Node's own zlib.
// Usage: node scripts/compress.mjs DIST
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.xml', '.txt', '.ico']);
const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/compress.mjs DIST');
  process.exit(2);
}

let files = 0;
let raw = 0;
let gz = 0;
let br = 0;
const walk = async (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) await walk(path);
    else if (COMPRESSIBLE.has(extname(name))) await compress(path);
  }
};
const compress = async (path) => {
  const bytes = readFileSync(path);
  // Five iterations: more cost seconds on the wasm and save a few dozen bytes.
  const gzipped = Buffer.from(await gzipAsync(bytes, { numiterations: 5 }));
  // What nginx sends must inflate to the file itself.
  if (!gunzipSync(gzipped).equals(bytes)) throw new Error(`zopfli output does not round-trip: ${path}`);
  const brotlied = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  // A compressed copy that is not smaller is never worth sending.
  if (gzipped.length < bytes.length) writeFileSync(`${path}.gz`, gzipped);
  if (brotlied.length < bytes.length) writeFileSync(`${path}.br`, brotlied);
  files += 1;
  raw += bytes.length;
  gz += Math.min(gzipped.length, bytes.length);
  br += Math.min(brotlied.length, bytes.length);
};
await walk(dist);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`compressed ${files} files: ${kib(raw)} raw, ${kib(gz)} gzip, ${kib(br)} brotli`);
