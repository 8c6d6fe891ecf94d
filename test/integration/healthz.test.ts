import { startTestApp, type TestApp } from '../support/app-harness';
import { startRedisServer } from '../support/redis-server';

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
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let app: TestApp;

  beforeAll(async () => {
    redis = await startRedisServer();
    app = await startTestApp({ role: 'web', env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await app?.stop();
    await redis?.stop();
  });

  it('when Redis stops, then /healthz answers 503 naming redis; when it returns, then 200 again', async () => {
    expect(await health(app.url)).toEqual({ status: 200, body: { postgres: 'ok', redis: 'ok' } });

    await redis.stop();
    await until(async () => (await health(app.url)).status === 503, 10_000);
    expect(await health(app.url)).toEqual({ status: 503, body: { postgres: 'ok', redis: 'down' } });

    redis = await startRedisServer(redis.port);
    await until(async () => (await health(app.url)).status === 200, 15_000);
    expect(await health(app.url)).toEqual({ status: 200, body: { postgres: 'ok', redis: 'ok' } });
  });
});
