// The web servers clinics' sites run on, serving `release/` with nothing configured for the guide
// but what the release brings: Apache httpd (Debian's apache2-bin; shared hosting) reads the
// uploaded folder's .htaccess files, nginx (Debian's nginx) includes its headers/nginx.conf.
// Each is set up as an old host: no list of types (the release must name every type itself),
// and compression available but for no type the guide's files have.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RELEASE = fileURLToPath(new URL('../../release', import.meta.url));

/** A port nothing listens on at `host` now. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs `command` in the foreground with the configuration `configure(dir, listen)` writes (in a
 * fresh folder `dir`; `listen` is host:port), until it answers; `{ url, warnings, close }`.
 */
async function startServer(name, host, command, configure) {
  const dir = await mkdtemp(join(tmpdir(), `pain-guide-${name}-`));
  const listen = `${host}:${await freePort(host)}`;
  const server = spawn(command, await configure(dir, listen), { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  server.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const url = `http://${listen}`;
  // Ready when it answers; its error log says why if it never does.
  for (let tries = 0; ; tries++) {
    if (server.exitCode !== null || tries === 100) {
      const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
      server.kill();
      throw new Error(`${name} did not start: ${output}${log}`);
    }
    if (await fetch(`${url}/pain-guide/`).then(() => true, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    /** What the server warned of (nginx `[warn]`, Apache `[core:warn]`), on its console or in its log. */
    async warnings() {
      const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
      return `${output}\n${log}`.split('\n').filter((line) => /\[(\w+:)?warn\]/.test(line));
    },
    async close() {
      server.kill();
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Apache, as shared hosting runs it, on `host` (another origin than the test pages'); `rewrite`:
 * with mod_rewrite, as almost every host has it (WordPress's addresses need it).
 */
export function startApache({ host = '127.0.0.3', rewrite = true } = {}) {
  const modules = '/usr/lib/apache2/modules';
  return startServer('apache', host, '/usr/sbin/apache2', async (dir, listen) => {
    await writeFile(join(dir, 'httpd.conf'), `ServerName ${host}
Listen ${listen}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
DefaultRuntimeDir ${dir}
Mutex file:${dir} default
LoadModule mpm_event_module ${modules}/mod_mpm_event.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule headers_module ${modules}/mod_headers.so
LoadModule filter_module ${modules}/mod_filter.so
LoadModule deflate_module ${modules}/mod_deflate.so
${rewrite ? `LoadModule rewrite_module ${modules}/mod_rewrite.so` : ''}
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
`);
    return ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'];
  });
}

/** nginx with the release's headers/nginx.conf in its server block, on `host`. */
export function startNginx({ host = '127.0.0.4' } = {}) {
  return startServer('nginx', host, '/usr/sbin/nginx', async (dir, listen) => {
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((kind) => `    ${kind}_temp_path ${dir}/${kind};`).join('\n');
    await writeFile(join(dir, 'nginx.conf'), `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
    access_log off;
${temp}
    types {}
    default_type application/octet-stream;
    gzip on;
    server {
        listen ${listen};
        root ${RELEASE};
        include ${RELEASE}/pain-guide/headers/nginx.conf;
    }
}
`);
    return ['-c', join(dir, 'nginx.conf'), '-p', dir];
  });
}
