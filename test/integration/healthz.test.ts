import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { startTestApp, type TestApp } from '../support/app-harness';

/** A private redis-server for this file, so stopping it cannot disturb other tests. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      if (d.toString().includes('Ready to accept connections')) resolve(proc);
    };
    proc.stdout?.on('data', onData);
    proc.once('error', reject);
    setTimeout(() => reject(new Error('redis-server did not start')), 5000).unref();
  });
}

async function health(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: await res.json() };
}

async function until(fn: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!(await fn())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('/healthz follows Redis', () => {
  let redis: ChildProcess | undefined;
  let port: number;
  let app: TestApp;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    app = await startTestApp({ role: 'web', env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await app?.stop();
    redis?.kill('SIGKILL');
  });

  it('when Redis stops, then /healthz answers 503 naming redis; when it returns, then 200 again', async () => {
    expect(await health(app.url)).toEqual({ status: 200, body: { postgres: 'ok', redis: 'ok' } });

    redis!.kill('SIGKILL');
    await new Promise((r) => redis!.once('exit', r));
    await until(async () => (await health(app.url)).status === 503, 10_000);
    expect(await health(app.url)).toEqual({ status: 503, body: { postgres: 'ok', redis: 'down' } });

    redis = await startRedis(port);
    await until(async () => (await health(app.url)).status === 200, 15_000);
    expect(await health(app.url)).toEqual({ status: 200, body: { postgres: 'ok', redis: 'ok' } });
  });
});
