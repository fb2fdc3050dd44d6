// Test helper: starts Debian's redis-server or memcached on a free local port, and stops it afterwards.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

const INSTALL_HINT = 'install it with: apt-get install redis-server memcached';

/** A running server process and the port it listens on. */
export interface LocalServer {
  port: number;
  process: ChildProcess;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts the same server again on the same port (after a kill). */
  restart(): Promise<LocalServer>;
}

/** Starts `redis-server` on a free port, without persistence. */
export function startRedis(port?: number): Promise<LocalServer> {
  return startServer(
    'redis-server',
    (p) => ['--port', `${p}`, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    port,
  );
}

/** Starts `memcached` on a free port (TCP only, 64 MB). */
export function startMemcached(port?: number): Promise<LocalServer> {
  // memcached refuses to run as root unless told which user to be.
  const user = process.getuid?.() === 0 ? ['-u', 'root'] : [];
  return startServer(
    'memcached',
    (p) => ['-p', `${p}`, '-U', '0', '-l', '127.0.0.1', '-m', '64', ...user],
    port,
  );
}

// --- Internal helpers ---

async function startServer(
  binary: string,
  args: (port: number) => string[],
  port?: number,
): Promise<LocalServer> {
  if (spawnSync('sh', ['-c', `command -v ${binary}`]).status !== 0) {
    throw new Error(`[test] ${binary} is not installed; ${INSTALL_HINT}`);
  }
  const chosen = port ?? (await freePort());
  const child = spawn(binary, args(chosen), { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(chosen, binary, child);
  return {
    port: chosen,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    restart: () => startServer(binary, args, chosen),
  };
}

/** A port the OS just handed out and released, so nothing listens there. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, binary: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null)
      throw new Error(`[test] ${binary} exited with ${child.exitCode} on port ${port}`);
    if (await accepts(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`[test] ${binary} did not listen on port ${port} within 5 s`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
