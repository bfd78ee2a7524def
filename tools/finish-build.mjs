// Trunk post_build hook, run on the staging folder before it becomes dist/:
// 1. pins the SRI hashes of the widget's glue and wasm into the loader (pain-guide.js), so the
//    loader refuses tampered files;
// 2. removes the empty <link data-trunk rel="rust"> Trunk leaves in the HTML when it injects no
//    script (Trunk.toml: inject_scripts = false).
// Any surprise fails the build rather than shipping an unpinned loader.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('finish-build: run me as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const path = (file) => join(staging, file);

const sri = (file) => 'sha384-' + createHash('sha384').update(readFileSync(path(file))).digest('base64');
let loader = readFileSync(path('pain-guide.js'), 'utf8');
for (const [placeholder, file] of [
  ['@GLUE_INTEGRITY@', 'pain-guide-widget.js'],
  ['@WASM_INTEGRITY@', 'pain-guide-widget_bg.wasm'],
]) {
  if (!loader.includes(`'${placeholder}'`)) throw new Error(`finish-build: ${placeholder} not found in pain-guide.js`);
  if (!loader.includes(`'${file}'`)) throw new Error(`finish-build: pain-guide.js does not load ${file}`);
  loader = loader.replace(`'${placeholder}'`, `'${sri(file)}'`);
}
writeFileSync(path('pain-guide.js'), loader);

const html = readFileSync(path('index.html'), 'utf8');
const cleaned = html.replace(/[ \t]*<link data-trunk rel="rust"[^>]*>\n?/, '');
if (cleaned === html) throw new Error('finish-build: Trunk\'s rust <link> was not found in index.html');
writeFileSync(path('index.html'), cleaned.replace(/\n(\s*\n)+/g, '\n'));
