// Trunk post_build hook, run on the staging folder before it becomes dist/:
// 0. gives the wasm's imports short names, in the wasm and the glue (tools/short-imports.mjs), for
//    the widget and for the hand-off module it loads on demand;
// 1. minifies the wasm-bindgen glues and the loader with terser (Trunk's own minifier cannot parse
//    the glue), the glue first, since its hash must be of the bytes that ship;
// 2. writes the version, and pins the SRI hashes of both glues and wasm files, into the loader
//    (pain-guide.js, tools/loader.mjs), so the loader refuses tampered files;
// 3. removes the empty <link data-trunk rel="rust"> elements Trunk leaves in the HTML when it injects no
//    script (Trunk.toml: inject_scripts = false);
// 4. renders docs/clinic-guide.md as the demo site's guide.html (tools/render-guide.mjs).
// Any surprise fails the build rather than shipping an unpinned loader.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { finishLoader } from './loader.mjs';
import { renderGuide } from './render-guide.mjs';
import { shortenImports } from './short-imports.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('finish-build: run me as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const path = (file) => join(staging, file);

async function minifyFile(file, options) {
  const { code } = await minify(readFileSync(path(file), 'utf8'), { compress: true, mangle: true, ...options });
  writeFileSync(path(file), code);
}

// The widget in English and in Spanish (widget_es/), the hand-off module it loads on demand
// (hand_off/), and the theme editor's (editor/).
for (const name of ['pain-guide-en', 'pain-guide-es', 'pain-guide-hand-off', 'pain-guide-editor']) {
  const short = shortenImports(
    readFileSync(path(`${name}_bg.wasm`)),
    readFileSync(path(`${name}.js`), 'utf8'),
    `./${name}_bg.js`,
  );
  writeFileSync(path(`${name}_bg.wasm`), short.wasm);
  writeFileSync(path(`${name}.js`), short.glue);
  await minifyFile(`${name}.js`, { module: true });
}

// The crate's version (the same one Rust reports), so `el.version` works before the code loads.
const source = (file) => join(process.env.TRUNK_SOURCE_DIR || '.', file);
const version = readFileSync(source('Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)?.[1];
if (!version) throw new Error('finish-build: no version in Cargo.toml');
const loader = readFileSync(path('pain-guide.js'), 'utf8');
writeFileSync(path('pain-guide.js'), await finishLoader(loader, { version, read: (file) => readFileSync(path(file)) }));

const html = readFileSync(path('index.html'), 'utf8');
const cleaned = html.replace(/[ \t]*<link data-trunk rel="rust"[^>]*>\n?/g, '');
if (cleaned === html) throw new Error('finish-build: Trunk\'s rust <link> was not found in index.html');
writeFileSync(path('index.html'), cleaned.replace(/\n(\s*\n)+/g, '\n'));

writeFileSync(path('guide.html'), renderGuide(readFileSync(source('docs/clinic-guide.md'), 'utf8')));
