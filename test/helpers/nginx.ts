import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
export const MISSING_NGINX = `Debian's nginx is missing at ${NGINX}: run  apt-get update && apt-get install -y nginx`;

/** The configuration docs/operations.md gives, with its ports replaced by these. */
export function documentedConfig(listen: number, nodes: number[]): string {
  const doc = readFileSync('docs/operations.md', 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/operations.md has no nginx block');
  const servers = block.match(/^ {4}server 127\.0\.0\.1:\d+ .*$/gm) ?? [];
  if (servers.length < nodes.length) throw new Error(`the documented upstream lists ${servers.length} nodes`);
  const template = servers[0] as string;
  const upstream = nodes.map((port) => template.replace(/:\d+/, `:${port}`)).join('\n');
  return block.replace(servers.join('\n'), upstream).replace(/listen \d+;/, `listen 127.0.0.1:${listen};`);
}

const open = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export interface NginxProcess {
  child: ChildProcess;
  close(): Promise<void>;
}

/** Debian's nginx, as an ordinary process in a temp prefix, with `site` inside its `http` block. */
export async function startNginx(site: string, port: number): Promise<NginxProcess> {
  if (!existsSync(NGINX)) throw new Error(MISSING_NGINX);
  const prefix = mkdtempSync(join(tmpdir(), 'corridor-nginx-'));
  // nginx's workers drop root's rights: they must reach the temp folders.
  chmodSync(prefix, 0o755);
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(prefix, dir));
    chmodSync(join(prefix, dir), 0o777);
  }
  writeFileSync(join(prefix, 'corridor.conf'), site);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes 1;
error_log ${prefix}/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/corridor.conf;
}
`,
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await open(port))) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}: ${errors}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    child,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
