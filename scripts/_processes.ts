// Real processes for the relay tests and benchmark: a redis-server and relay processes (`npm run texchat:server`
// without npm), each on a free local port, stopped by the test. A missing redis-server fails.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** A free local TCP port (asked of the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** A process the test started, and how to stop it. */
export interface Started {
  child: ChildProcess;
  /** Everything it printed. */
  output: () => string;
  /** SIGKILL: no goodbye, like a crash. */
  kill(): Promise<void>;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
}

/** Starts `command`, resolving once a line of its output matches `ready`. */
function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  what: string,
): Promise<Started & { match: RegExpMatchArray }> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`${what} did not start in 30 s:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      done({
        child,
        match,
        output: () => output,
        kill: () => signal('SIGKILL'),
        stop: () => signal('SIGTERM'),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${what} exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/** Starts redis-server on a free port, without persistence; fails with how to install it. */
export async function startRedis(): Promise<Started & { url: string }> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      'redis-server is not installed; install it (Debian/Ubuntu: apt-get install redis-server, macOS: brew install redis) and run the tests again',
    );
  }
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const started = await startProcess(
    'redis-server',
    args,
    {},
    /Ready to accept connections/,
    'redis-server',
  );
  return { ...started, url: `redis://127.0.0.1:${port}` };
}

/** Starts a relay process (the same entry as `npm run texchat:server`) with `env` added. */
export async function startRelayProcess(
  env: Record<string, string>,
): Promise<Started & { url: string }> {
  // One process (no tsx wrapper), so a SIGKILL kills the relay itself.
  const started = await startProcess(
    process.execPath,
    ['--conditions=@project-hub/source', '--import', 'tsx', 'src/lib/texchat/server/main.ts'],
    { TEXCHAT_PORT: '0', TEXCHAT_ORIGINS: '*', TEXCHAT_STORE: 'memory', ...env },
    /listening on (http:\/\/\S+)/,
    'the relay',
  );
  return { ...started, url: started.match[1]! };
}
