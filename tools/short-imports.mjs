// Gives the wasm's imports from the glue short names, in the wasm and in the glue alike.
// wasm-bindgen names each import after its JS function plus a 16-digit hash
// (`__wbg_setAttribute_5a3f…`); the hashes do not compress, and each name is in both files.
// Renaming them `_0`, `_1`, … saves about 1.5 KB gzip and changes nothing else: the glue's import
// object is the only place that knows the names. Likewise the exports wasm-bindgen makes for
// closures (`wasm_bindgen_<hash>___convert__closures_____invoke___<types>`, which only the glue
// calls, as `wasm.<name>(…)`) become `_c0`, `_c1`, …. Any surprise throws, failing the build.

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
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
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const text = new TextDecoder();
const utf8 = new TextEncoder();
const name = (value) => [...leb(utf8.encode(value).length), ...utf8.encode(value)];

/** The length in bytes of an import's description (after its kind byte) at `at`. */
function descriptionEnd(bytes, kind, at) {
  const limits = (at) => {
    const [flags, next] = readLeb(bytes, at);
    let end = readLeb(bytes, next)[1];
    if (flags & 1) end = readLeb(bytes, end)[1];
    return end;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    default: throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/**
 * Renames every import of `module` in `wasm` (a Uint8Array) and in `glue` (its JS text).
 * Returns `{ wasm, glue, renamed }`.
 */
export function shortenImports(wasm, glue, module) {
  if (text.decode(wasm.subarray(0, 4)) !== '\0asm') throw new Error('short-imports: not a wasm file');
  const parts = [wasm.subarray(0, 8)]; // whole sections are copied as they are
  const renames = new Map();
  const exportRenames = new Map();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const end = start + size;
    if (id === 7) {
      parts.push(shortenClosureExports(wasm, start, end, exportRenames));
      at = end;
      continue;
    }
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    const [count, first] = readLeb(wasm, start);
    const section = [...leb(count)];
    let cursor = first;
    for (let index = 0; index < count; index += 1) {
      const [moduleLength, moduleStart] = readLeb(wasm, cursor);
      const moduleName = text.decode(wasm.subarray(moduleStart, moduleStart + moduleLength));
      const [fieldLength, fieldStart] = readLeb(wasm, moduleStart + moduleLength);
      const field = text.decode(wasm.subarray(fieldStart, fieldStart + fieldLength));
      const kindAt = fieldStart + fieldLength;
      const descriptionStop = descriptionEnd(wasm, wasm[kindAt], kindAt + 1);
      let newField = field;
      if (moduleName === module) {
        newField = `_${renames.size.toString(36)}`;
        renames.set(field, newField);
      }
      section.push(...name(moduleName), ...name(newField), ...wasm.subarray(kindAt, descriptionStop));
      cursor = descriptionStop;
    }
    if (cursor !== end) throw new Error('short-imports: the import section did not parse to its end');
    parts.push(Uint8Array.from([2, ...leb(section.length), ...section]));
    at = end;
  }
  if (!renames.size) throw new Error(`short-imports: no imports from ${module}`);

  // In the glue each name is a key of the import object, written once: `name: function(…)`.
  let renamedGlue = glue;
  for (const [long, short] of renames) {
    const key = new RegExp(`(?<![\\w$])${long}(?=\\s*:)`, 'g');
    const found = renamedGlue.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${long} is a key ${found} times in the glue, not once`);
    if (renamedGlue.match(new RegExp(`(?<![\\w$])${long}(?![\\w$])`, 'g')).length !== 1) {
      throw new Error(`short-imports: ${long} is used in the glue other than as its import key`);
    }
    renamedGlue = renamedGlue.replace(key, short);
  }
  // The glue also names a local wrapper function after each (terser shortens those); the export
  // itself is read once, as `wasm.<name>(`, and never by a string.
  for (const [long, short] of exportRenames) {
    const reads = renamedGlue.match(new RegExp(`\\.${long}(?![\\w$])`, 'g'))?.length ?? 0;
    const calls = renamedGlue.match(new RegExp(`\\bwasm\\.${long}\\(`, 'g'))?.length ?? 0;
    if (reads !== 1 || calls !== 1 || renamedGlue.match(new RegExp(`['"\`]${long}`))) {
      throw new Error(`short-imports: export ${long} is read by the glue other than once as wasm.${long}(…)`);
    }
    renamedGlue = renamedGlue.replace(`wasm.${long}(`, `wasm.${short}(`);
  }
  return { wasm: Buffer.concat(parts), glue: renamedGlue, renamed: renames.size + exportRenames.size };
}

/** The export section between `start` and `end` with closure exports renamed into `renames`. */
function shortenClosureExports(wasm, start, end, renames) {
  const [count, first] = readLeb(wasm, start);
  const section = [...leb(count)];
  let cursor = first;
  for (let index = 0; index < count; index += 1) {
    const [length, nameStart] = readLeb(wasm, cursor);
    const exported = text.decode(wasm.subarray(nameStart, nameStart + length));
    const kindAt = nameStart + length;
    const stop = readLeb(wasm, kindAt + 1)[1]; // kind byte, then the item's index
    let newName = exported;
    if (/^wasm_bindgen_[0-9a-f]+___convert__closures_/.test(exported)) {
      newName = `_c${renames.size.toString(36)}`;
      renames.set(exported, newName);
    }
    section.push(...name(newName), ...wasm.subarray(kindAt, stop));
    cursor = stop;
  }
  if (cursor !== end) throw new Error('short-imports: the export section did not parse to its end');
  return Uint8Array.from([7, ...leb(section.length), ...section]);
}
