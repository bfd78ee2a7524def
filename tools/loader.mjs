// The loader (static/pain-guide.js) as it ships: the version and the SRI hashes of the files it
// loads written in, then minified with terser (a classic script; its /*! header, what it is and
// how to embed it, stays). Any surprise throws rather than shipping an unpinned loader.
// `files` is where it finds those files, from its own address: next to it ('./'), or, for the
// loader in a release's moving folder (`0/`), that version's folder (tools/release.mjs), so a page
// that has it never fetches a later version's files, which its pinned hashes would refuse.
import { createHash } from 'node:crypto';
import { minify } from 'terser';

const PINNED = [
  ['@GLUE_INTEGRITY@', 'pain-guide-en.js'],
  ['@WASM_INTEGRITY@', 'pain-guide-en_bg.wasm'],
  ['@ES_GLUE_INTEGRITY@', 'pain-guide-es.js'],
  ['@ES_WASM_INTEGRITY@', 'pain-guide-es_bg.wasm'],
  ['@HAND_OFF_GLUE_INTEGRITY@', 'pain-guide-hand-off.js'],
  ['@HAND_OFF_WASM_INTEGRITY@', 'pain-guide-hand-off_bg.wasm'],
];

/** `source` with the one `'placeholder'` literal replaced by `value` as a JS string. */
function fill(source, placeholder, value) {
  if (source.split(`'${placeholder}'`).length !== 2) throw new Error(`loader: ${placeholder} is not in pain-guide.js exactly once`);
  return source.replace(`'${placeholder}'`, `'${value}'`);
}

/** The shipped loader from its `source`; `read(file)` gives the bytes of a file it loads. */
export async function finishLoader(source, { version, read, files = './' }) {
  let loader = fill(fill(source, '@VERSION@', version), '@FILES@', files);
  for (const [placeholder, file] of PINNED) {
    if (!loader.includes(`'${file}'`)) throw new Error(`loader: pain-guide.js does not load ${file}`);
    loader = fill(loader, placeholder, 'sha384-' + createHash('sha384').update(read(file)).digest('base64'));
  }
  // ASCII only: a classic script is read in the page's charset when its server names none (as
  // Apache serves .js), and a page in windows-1252 showed "Cargando la guÃ­a…".
  const { code } = await minify(loader, { compress: true, mangle: true, module: false, format: { comments: /^!/, ascii_only: true } });
  return code;
}
