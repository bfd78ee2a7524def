// Apache httpd (Debian's apache2-bin), as a clinic's shared hosting runs it: serves `release/` with
// nothing configured for the guide but what the uploaded folder's .htaccess files say. Its list
// of types is empty, as on a host older than .wasm: the folder must name every type itself; it
// can compress (mod_deflate), but nothing says which types.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const APACHE = process.env.APACHE || '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
const RELEASE = fileURLToPath(new URL('../../release', import.meta.url));

/** A port nothing listens on at `host` now. */
function freePort(host) {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts Apache on `host` (another origin than the test pages'); `{ url, close }`. */
export async function startApache({ host = '127.0.0.3' } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'pain-guide-apache-'));
  const port = await freePort(host);
  const config = `ServerName ${host}
Listen ${host}:${port}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
DefaultRuntimeDir ${dir}
Mutex file:${dir} default
LoadModule mpm_event_module ${MODULES}/mod_mpm_event.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule mime_module ${MODULES}/mod_mime.so
LoadModule headers_module ${MODULES}/mod_headers.so
LoadModule filter_module ${MODULES}/mod_filter.so
LoadModule deflate_module ${MODULES}/mod_deflate.so
TypesConfig /dev/null
User www-data
Group www-data
DocumentRoot "${RELEASE}"
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory "${RELEASE}">
    AllowOverride All
    Require all granted
</Directory>
<Files ".ht*">
    Require all denied
</Files>
`;
  await writeFile(join(dir, 'httpd.conf'), config);
  const httpd = spawn(APACHE, ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  httpd.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => httpd.once('exit', resolve));
  const url = `http://${host}:${port}`;
  // Ready when it answers; its error log says why if it never does.
  for (let tries = 0; ; tries++) {
    if (httpd.exitCode !== null || tries === 100) {
      const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
      httpd.kill();
      throw new Error(`Apache did not start: ${output}${log}`);
    }
    if (await fetch(`${url}/pain-guide/`).then(() => true, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async close() {
      httpd.kill();
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
