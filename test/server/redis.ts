// A real redis-server (Debian's package) on a free loopback port, stopped by its PID.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

const BINARY = process.env.REDIS_SERVER ?? 'redis-server';

async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
  /** Sends a signal to the server: SIGKILL loses it mid-run, SIGSTOP freezes it (SIGCONT thaws). */
  signal(name: NodeJS.Signals): void;
}

/** Starts redis-server, or fails saying how to install it: these tests are never skipped. */
export async function startRedis(): Promise<RunningRedis> {
  if (spawnSync(BINARY, ['--version']).error) {
    throw new Error(
      `${BINARY} is missing: install Debian's redis-server package (apt-get install -y redis-server); .ci/run does.`,
    );
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    BINARY,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start in 10 s')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    signal: (name) => {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, name);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(child.pid!, 'SIGTERM');
      }),
  };
}
