// The build's own step on the widget's files: the wasm's imports get short names in the wasm and
// the glue alike (tools/short-imports.mjs). Every other spec loads the result in a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shortenImports } from '../../tools/short-imports.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const GLUE_MODULE = './pain-guide-en_bg.js';

test('the shipped wasm imports only short names, each one a key of the glue', () => {
  const wasm = readFileSync(DIST + 'pain-guide-en_bg.wasm');
  const glue = readFileSync(DIST + 'pain-guide-en.js', 'utf8');
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).filter((i) => i.module === GLUE_MODULE);
  assert.ok(imports.length > 50);
  for (const { name } of imports) {
    assert.match(name, /^_[0-9a-z]+$/);
    assert.match(glue, new RegExp(`[{,]${name}:`), `${name} is not in the glue's import object`);
  }
  assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}/, 'no long name is left in the glue');
  // The closures' exports too: only the glue calls them.
  const exported = WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name);
  assert.ok(exported.filter((name) => /^_c[0-9a-z]+$/.test(name)).length >= 2);
  assert.deepEqual(exported.filter((name) => name.includes('closures')), []);
  assert.doesNotMatch(glue, /closures/);
});

test('renaming keeps the wasm valid and refuses a glue it cannot rename safely', () => {
  // A minimal module importing two functions from the glue and a memory from elsewhere.
  const wasm = Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: () -> ()
    0x02, 0x1d, 0x03, // import section, 3 imports
    0x01, 0x67, 0x05, ...Buffer.from('alpha'), 0x00, 0x00, // g.alpha: func 0
    0x01, 0x67, 0x04, ...Buffer.from('beta'), 0x00, 0x00, // g.beta: func 0
    0x01, 0x6d, 0x03, ...Buffer.from('mem'), 0x02, 0x00, 0x01, // m.mem: memory, min 1
  ]);
  const glue = 'const imports = { alpha: function() {}, beta: () => {} };';
  const { wasm: renamed, glue: renamedGlue } = shortenImports(wasm, glue, 'g');
  assert.deepEqual(
    WebAssembly.Module.imports(new WebAssembly.Module(renamed)).map(({ module, name }) => `${module}.${name}`),
    ['g._0', 'g._1', 'm.mem'],
  );
  assert.equal(renamedGlue, 'const imports = { _0: function() {}, _1: () => {} };');
  assert.throws(() => shortenImports(wasm, glue + ' beta();', 'g'), /beta is used in the glue other than as its import key/);
  assert.throws(() => shortenImports(wasm, 'const imports = { alpha() {} };', 'g'), /alpha is a key 0 times/);
});
