// Minifies the JavaScript glue that wasm-bindgen generates for the app (about 54 KB as
// written, a quarter of that gzipped, all of it on every first visit). Nobody reads this
// file; our own scripts (boot.js, sw.js, the inline script in index.html) stay as written.
// Usage: node scripts/minify-glue.mjs DIST   (run right after `trunk build`)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/minify-glue.mjs DIST');
  process.exit(2);
}
// Trunk writes the glue's hashed name into the loader tag of index.html.
const index = readFileSync(join(dist, 'index.html'), 'utf8');
const glue = index.match(/data-js="[^"]*\/([^"/]+\.js)"/)?.[1];
if (!glue) {
  console.error(`no data-js="…" loader tag in ${join(dist, 'index.html')}`);
  process.exit(1);
}
const path = join(dist, glue);
const source = readFileSync(path, 'utf8');
// `module: true` keeps the exports boot.js imports (the default init) intact.
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
writeFileSync(path, code);
console.log(`minified ${glue}: ${source.length} -> ${code.length} bytes`);
