import { spawn } from 'node:child_process';
import { createServer } from 'vite';

/**
 * `npm run dev`: the Node server (scenario, Socket.IO) on PORT, and Vite's dev server with hot
 * reload on 5173 proxying Socket.IO and the API to it.
 */
const port = process.env.PORT ?? '8080';
const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'server/main.ts', '--no-build', ...process.argv.slice(2)],
  {
    env: { ...process.env, PORT: port },
    stdio: 'inherit',
  },
);
server.on('exit', (code) => process.exit(code ?? 1));

const vite = await createServer({ configFile: 'vite.config.ts', server: { port: 5173 } });
await vite.listen();
vite.printUrls();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    server.kill('SIGTERM');
    await vite.close();
    process.exit(0);
  });
}
