// The release a clinic hosts: `./dev release` (after the release build) writes
//   release/pain-guide/<version>/  the widget's files, for immutable, long-cached URLs
//   release/pain-guide/<major>/    a moving alias (short caching): only a loader, which loads that
//                                  version's files from <version>/ (tools/loader.mjs)
//   release/pain-guide/headers/    the response headers those files need (nginx, _headers)
//   release/pain-guide/.htaccess   the same for Apache and LiteSpeed (most shared hosting), which
//                                  read it from the uploaded folder itself (and <version>/.htaccess)
// with a manifest.json in each version folder, beside each file its compressed copies (name.br,
// name.gz), and prints sizes, SRI hashes and the snippet.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { finishLoader } from './loader.mjs';
import { EDITOR_FILES, EMBED_FILES, ON_DEMAND_FILES, REFERENCE_FILES, STRICT_CSP } from './policy.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = join(repo, 'dist');
const contract = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'contract'], { cwd: repo, encoding: 'utf8' }),
);
const { version } = contract;
const major = version.split('.')[0];
const root = join(repo, 'release', 'pain-guide');

const sri = (data) => 'sha384-' + createHash('sha384').update(data).digest('base64');
// Compressed once here, as hard as the formats allow (zopfli's gzip is 5% smaller than level 9),
// instead of by the server on each request at level 6: the server sends these copies when it is
// told to (the headers below), and the browser checks the SRI hash of the decompressed bytes.
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const gzip = async (data) => Buffer.from(await gzipAsync(data, { numiterations: 15 }));
/** Writes `path`.br and `path`.gz beside the file `path`; returns its size, theirs and its hash. */
async function compressBeside(path) {
  const data = readFileSync(path);
  const [br, gz] = [brotli(data), await gzip(data)];
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  return { bytes: data.length, gzip: gz.length, brotli: br.length, integrity: sri(data) };
}

rmSync(root, { recursive: true, force: true });
mkdirSync(join(root, version), { recursive: true });
const listed = [...EMBED_FILES, ...ON_DEMAND_FILES, ...REFERENCE_FILES];
const files = [];
for (const name of [...listed, ...EDITOR_FILES]) {
  copyFileSync(join(dist, name), join(root, version, name));
  const file = { name, ...(await compressBeside(join(root, version, name))) };
  if (listed.includes(name)) files.push(file);
}
const loader = files[0];
const snippet =
  `<script src="https://YOUR-SITE/pain-guide/${version}/pain-guide.js" integrity="${loader.integrity}" crossorigin="anonymous"></script>\n` +
  '<pain-guide></pain-guide>';
// For the moving folder: no integrity, since its loader changes with each version.
const latestSnippet =
  `<script src="https://YOUR-SITE/pain-guide/${major}/pain-guide.js" crossorigin="anonymous"></script>\n` +
  '<pain-guide></pain-guide>';

// What the files need from the server, once; written below for static hosts (`_headers`), nginx
// and Apache (.htaccess). nginx and Apache compress only the types they are told (nginx: HTML
// alone, as in Debian's default nginx.conf), and few hosts list .wasm, most of the bytes.
// Every type the folder holds, the theme editor's page and styles too: nginx's `types` in a
// location replaces the server's whole list.
const TYPES = [['js', 'text/javascript'], ['wasm', 'application/wasm'], ['json', 'application/json'], ['html', 'text/html'], ['css', 'text/css']];
const SHARED = [['Access-Control-Allow-Origin', '*'], ['X-Content-Type-Options', 'nosniff']];
const CACHE = { version: 'public, max-age=31536000, immutable', moving: 'public, max-age=300' };
// Compressed on the way, all of them (nginx's list leaves out text/html, which it compresses
// whenever gzip is on, and warns of when it is listed again).
const compressed = TYPES.map(([, type]) => type);

/** Response headers per path, in the `_headers` format of static hosts (and read by the tests). */
const headers = [
  ['/pain-guide/*', SHARED.map(([name, value]) => `${name}: ${value}`)],
  ['/pain-guide/*.wasm', ['Content-Type: application/wasm']],
  [`/pain-guide/${version}/*`, [`Cache-Control: ${CACHE.version}`]],
  [`/pain-guide/${major}/*`, [`Cache-Control: ${CACHE.moving}`]],
];
const headersFile = headers.map(([path, lines]) => [path, ...lines.map((line) => `  ${line}`)].join('\n')).join('\n') + '\n';
// At nginx's default level 1 the wasm is 14% larger than at 6.
const nginxLocation = (path, cache) => `location ${path} {
    types { ${TYPES.map(([extension, type]) => `${type} ${extension};`).join(' ')} }
    gzip on;
    gzip_types ${compressed.filter((type) => type !== 'text/html').join(' ')};
    gzip_comp_level 6;
    gzip_static on;
    gzip_vary on;
${[...SHARED, ['Cache-Control', cache]].map(([name, value]) => `    add_header ${name} "${value}" always;\n`).join('')}}
`;
const nginx = '# Serve release/pain-guide/ at /pain-guide/ of your site or CDN (inside its server block).\n' +
  '# gzip_static sends the .gz copy made beside each file; with the ngx_brotli module, add\n' +
  '# `brotli_static on;` to each location for the smaller .br copies.\n' +
  nginxLocation('/pain-guide/', CACHE.moving) +
  nginxLocation(`/pain-guide/${version}/`, CACHE.version);

// Apache reads these from the folder: uploading it is the whole set-up. Every header is in
// <IfModule>, because a directive of a module the host has not loaded fails the whole folder
// (HTTP 500); AddType is Apache's core (mod_mime), which it always has.
const apacheHeaders = (lines) => `<IfModule mod_headers.c>
${lines.map(([name, value]) => `    Header set ${name} "${value}"\n`).join('')}</IfModule>
`;
// Smaller still: the copies made beside each file, to the browsers that take them (brotli over
// HTTPS, gzip), with the file's own type (mod_mime reads both of its extensions); mod_deflate
// leaves a response that has an encoding alone. The version folder's .htaccess, which has no
// rewrite rules, inherits these. Without mod_rewrite, compression on the way is what is left.
// LiteSpeed, which reads .htaccess files too, compresses static files with brotli itself and is
// left to it: how it types and encodes a file with two extensions is not something tested here.
const precompressed = `# Smaller still: the compressed copies beside each file (.br, .gz), to browsers that accept them.
<IfModule !LiteSpeed>
    AddEncoding br .br
    AddEncoding gzip .gz
    <IfModule mod_rewrite.c>
        RewriteEngine On
${[['br', 'br'], ['gzip', 'gz']].map(([encoding, extension]) => `        RewriteCond %{HTTP:Accept-Encoding} \\b${encoding}\\b
        RewriteCond %{REQUEST_FILENAME}.${extension} -f
        RewriteRule ^ %{REQUEST_URI}.${extension} [L]
`).join('')}    </IfModule>
    <IfModule mod_headers.c>
        Header merge Vary Accept-Encoding
    </IfModule>
</IfModule>
`;
const htaccess = `# Apache and LiteSpeed: the headers the guide's files need (the headers/ folder beside this file has
# the same for other servers). Keep this file in the pain-guide folder on your site.
${TYPES.map(([extension, type]) => `AddType ${type} .${extension}\n`).join('')}${apacheHeaders([...SHARED, ['Cache-Control', CACHE.moving]])}# Compressed on the way: hosts compress text by type, and few list .wasm, which is most of the bytes.
<IfModule mod_filter.c>
    <IfModule mod_deflate.c>
        AddOutputFilterByType DEFLATE ${compressed.join(' ')}
    </IfModule>
</IfModule>
${precompressed}`;
const versionHtaccess = `# Apache and LiteSpeed: a version's files never change, so browsers may keep them for a year.
${apacheHeaders([['Cache-Control', CACHE.version]])}`;

const questionnaire = JSON.parse(readFileSync(join(dist, REFERENCE_FILES[0]), 'utf8'));
const manifest = {
  name: 'pain-guide',
  version,
  files,
  snippet,
  latestSnippet,
  contentSecurityPolicy: {
    sameOrigin: STRICT_CSP,
    otherOrigin: 'add the widget\'s origin to script-src and connect-src',
  },
  // What the answers (`pain-guide:submit`, the saved file) conform to, for the clinic's records system.
  fhirQuestionnaire: { file: REFERENCE_FILES[0], canonical: `${questionnaire.url}|${questionnaire.version}` },
  // For marketing staff, once the folder is uploaded: its snippet has the site's address.
  themeEditor: EDITOR_FILES[0],
  attributes: contract.attributes,
  events: contract.events,
  methods: contract.methods,
  cssProperties: contract.cssProperties,
};

writeFileSync(join(root, version, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
await compressBeside(join(root, version, 'manifest.json'));
// A page open while the moving folder moves on keeps its loader, which keeps fetching its own
// version's files (a copy of them here would be the next version's, refused by its hashes).
mkdirSync(join(root, major), { recursive: true });
const latest = await finishLoader(readFileSync(join(repo, 'static', 'pain-guide.js'), 'utf8'), {
  version,
  read: (file) => readFileSync(join(dist, file)),
  files: `../${version}/`,
});
writeFileSync(join(root, major, 'pain-guide.js'), latest);
await compressBeside(join(root, major, 'pain-guide.js'));
mkdirSync(join(root, 'headers'), { recursive: true });
writeFileSync(join(root, 'headers', '_headers'), headersFile);
writeFileSync(join(root, 'headers', 'nginx.conf'), nginx);
writeFileSync(join(root, '.htaccess'), htaccess);
writeFileSync(join(root, version, '.htaccess'), versionHtaccess);

const pad = (value, width) => String(value).padStart(width);
console.log(`pain-guide ${version} → release/pain-guide/${version}/ (and the moving alias ${major}/)\n`);
console.log(`${'file'.padEnd(28)}${pad('bytes', 9)}${pad('gzip', 9)}${pad('brotli', 9)}  integrity`);
for (const file of files) {
  console.log(`${file.name.padEnd(28)}${pad(file.bytes, 9)}${pad(file.gzip, 9)}${pad(file.brotli, 9)}  ${file.integrity}`);
}
console.log(`\nPaste into the page (replace YOUR-SITE):\n\n${snippet}\n`);
console.log(`Or, to follow each new ${major}.x version as it is uploaded (no integrity: its loader changes):\n\n${latestSnippet}\n`);
console.log(`Once uploaded, the theme editor is at https://YOUR-SITE/pain-guide/${version}/${EDITOR_FILES[0]}: marketing staff`);
console.log('choose the look there and copy a snippet with the address filled in.\n');
console.log('Headers the files need: release/pain-guide/headers/ (nginx.conf, _headers); on Apache or LiteSpeed,');
console.log('the .htaccess files uploaded with the folder give them.');
