// Minifies what the site ships but nobody reads in dist/ (the sources stay as written in
// the repository): every byte of these is on a first visit or in the offline precache.
//   node scripts/minify.mjs DIST app      right after `trunk build`: the JavaScript glue
//                                         wasm-bindgen writes, boot.js and the stylesheet
//                                         (before the prerenderer copies the page's head
//                                         and hashes the files for the service worker)
//   node scripts/minify.mjs DIST worker   after the prerenderer has written sw.js
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const [dist, stage] = process.argv.slice(2);
if (!dist || !['app', 'worker'].includes(stage)) {
  console.error('usage: node scripts/minify.mjs DIST app|worker');
  process.exit(2);
}

async function minifyScript(name, module) {
  const path = join(dist, name);
  const source = readFileSync(path, 'utf8');
  // `module` keeps a module's exports (the glue's default init) intact; a classic
  // script's top-level names (sw.js) are kept as they are.
  const { code } = await minify(source, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  writeFileSync(path, code);
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
}

/** Comments, and the white space CSS does not need: around braces, semicolons and
 * commas, and the last semicolon of a block. No string or url() outside a comment may hold
 * one of these characters (checked), so nothing inside one can change. */
function minifyCss(css) {
  const uncommented = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const literal of uncommented.match(/"[^"]*"|'[^']*'|url\([^)]*\)/g) ?? []) {
    if (/[{};,]|\/\*|\s\s/.test(literal)) throw new Error(`minify: a CSS string or url() holds a character the minifier rewrites: ${literal}`);
  }
  return uncommented
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

if (stage === 'app') {
  const indexPath = join(dist, 'index.html');
  let index = readFileSync(indexPath, 'utf8');
  // Trunk writes the glue's hashed name into the loader tag of index.html.
  const glue = index.match(/data-js="[^"]*\/([^"/]+\.js)"/)?.[1];
  if (!glue) throw new Error(`no data-js="…" loader tag in ${indexPath}`);
  await minifyScript(glue, true);
  await minifyScript('boot.js', true);
  // The stylesheet's link carries its hash for Subresource Integrity: recompute it.
  const link = index.match(/<link rel="stylesheet" href="[^"]*\/([^"/]+\.css)" integrity="(sha384-[^"]+)"\/?>/);
  if (!link) throw new Error(`no stylesheet link with an integrity hash in ${indexPath}`);
  const [, css, integrity] = link;
  const cssPath = join(dist, css);
  const source = readFileSync(cssPath, 'utf8');
  const code = minifyCss(source);
  writeFileSync(cssPath, code);
  const hash = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  index = index.replace(integrity, hash);
  writeFileSync(indexPath, index);
  console.log(`minified ${css}: ${source.length} -> ${code.length} bytes`);
} else {
  await minifyScript('sw.js', false);
}
