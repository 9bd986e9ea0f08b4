// Writes a .gz (gzip -9) and a .br (brotli, quality 11) next to every compressible file
// of a built site, for hosts that serve pre-compressed files (nginx's gzip_static, and
// hosts that take .br). Uses Node's own zlib: nothing to download.
// Usage: node scripts/compress.mjs DIST
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (COMPRESSIBLE.has(extname(name))) compress(path);
  }
};
const compress = (path) => {
  const bytes = readFileSync(path);
  const gzipped = gzipSync(bytes, { level: 9 });
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
walk(dist);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`compressed ${files} files: ${kib(raw)} raw, ${kib(gz)} gzip, ${kib(br)} brotli`);
