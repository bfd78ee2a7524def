// The size gate: what a clinic page downloads for the widget must stay small. Bytes are
// deterministic (same source, same toolchain → same files), so this is an exact, stable check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ON_DEMAND_FILES, PAGE_FILES } from '../../tools/policy.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const LIMIT_GZIP_BYTES = 130 * 1024; // hard limit; the goal is 100 KiB

// A page loads one language's build: each is held to the limit.
for (const [lang, files] of Object.entries(PAGE_FILES)) {
  test(`a clinic page in ${lang} downloads at most ${LIMIT_GZIP_BYTES} gzip bytes for the widget`, () => {
    const sizes = files.map((file) => [file, gzipSync(readFileSync(DIST + file), { level: 9 }).length]);
    const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(sizes.map(([file, bytes]) => `${file}: ${bytes} B gzip`).join('\n') + `\ntotal: ${total} B gzip`);
    assert.ok(total <= LIMIT_GZIP_BYTES, `${total} B gzip is over the ${LIMIT_GZIP_BYTES} B limit`);
  });
}

test("the README's size badge states what an English page loads", () => {
  const total = PAGE_FILES.en.reduce((sum, file) => sum + gzipSync(readFileSync(DIST + file), { level: 9 }).length, 0);
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const stated = readme.match(/img\.shields\.io\/badge\/page%20size-([0-9.]+)%20kB%20gzip/)?.[1];
  assert.equal(stated, (total / 1000).toFixed(1), 'update the badge (and the size table) in README.md');
});

// Fetched only when a patient first presses a "For your appointment" button, so outside the page's
// budget above; still held to its own (it carries the sheet in English and Spanish).
const LIMIT_ON_DEMAND_GZIP_BYTES = 50 * 1024;

test(`the appointment tools download at most ${LIMIT_ON_DEMAND_GZIP_BYTES} gzip bytes, on demand`, () => {
  const sizes = ON_DEMAND_FILES.map((file) => [file, gzipSync(readFileSync(DIST + file), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(sizes.map(([file, bytes]) => `${file}: ${bytes} B gzip`).join('\n') + `\ntotal: ${total} B gzip`);
  assert.ok(total <= LIMIT_ON_DEMAND_GZIP_BYTES, `${total} B gzip is over the ${LIMIT_ON_DEMAND_GZIP_BYTES} B limit`);
});

// The sheet repeats the patient's answers in the widget's words (`shared` in strings.json), which
// is all of the interface the tools carry: the whole of it, in both languages, cost them 4.1 KB.
test("the appointment tools carry the interface's shared words only", () => {
  const tools = readFileSync(DIST + 'pain-guide-hand-off_bg.wasm');
  for (const lang of ['en', 'es']) {
    const words = JSON.parse(readFileSync(new URL(`../../content/${lang}/strings.json`, import.meta.url), 'utf8'));
    const [title, before] = words.shared.notices[1];
    assert.ok(tools.includes(title) && tools.includes(before), `the ${lang} low-mood notice is on the sheet`);
    for (const key of ['topics_title', 'map_hint', 'remember_hint', 'forget_question']) {
      assert.ok(!tools.includes(words[key]), `${lang} ${key} is in the tools' module`);
    }
  }
});
