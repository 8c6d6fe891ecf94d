import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A private redis-server for one test file, for drills (stop, FLUSHALL) that must not disturb the other test
 * files sharing the machine's Redis.
 */
export async function startRedisServer(port?: number): Promise<{ port: number; url: string; proc: ChildProcess; stop(): Promise<void> }> {
  const p = port ?? (await freePort());
  const proc = spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
  await new Promise<void>((resolve, reject) => {
    proc.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('Ready to accept connections')) resolve();
    });
    proc.once('error', reject);
    setTimeout(() => reject(new Error('redis-server did not start')), 5000).unref();
  });
  return {
    port: p,
    url: `redis://127.0.0.1:${p}`,
    proc,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGKILL');
      }),
  };
}
