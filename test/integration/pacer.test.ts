import IORedis from 'ioredis';
import { createRedisPacer, isPacedLater } from '../../src/slack/pacer';
import { TEST_REDIS_URL } from '../support/env';
import { uniquePrefix } from '../support/test-db';

describe('per-workspace pacing in Redis', () => {
  let redis: IORedis;
  beforeAll(() => {
    redis = new IORedis(TEST_REDIS_URL);
  });
  afterAll(() => redis.disconnect());

  it('when one workspace sends 11 messages at 20/s, then they are spread over at least half a second', async () => {
    const pacer = createRedisPacer(redis, { perSecond: 20, prefix: uniquePrefix('pace') });
    const start = Date.now();
    await Promise.all(Array.from({ length: 11 }, () => pacer.wait('TA')));
    expect(Date.now() - start).toBeGreaterThanOrEqual(480);
  });

  it('when two pacers (two workers) share Redis, then they share one workspace budget', async () => {
    const prefix = uniquePrefix('pace');
    const a = createRedisPacer(redis, { perSecond: 20, prefix });
    const b = createRedisPacer(redis, { perSecond: 20, prefix });
    const start = Date.now();
    await Promise.all(Array.from({ length: 11 }, (_, i) => (i % 2 ? a : b).wait('TA')));
    expect(Date.now() - start).toBeGreaterThanOrEqual(480);
  });

  it('when another workspace has a second of sends queued, then this one sends at once', async () => {
    const pacer = createRedisPacer(redis, { perSecond: 20, prefix: uniquePrefix('pace') });
    void Promise.all(Array.from({ length: 20 }, () => pacer.wait('TBUSY')));
    const start = Date.now();
    await pacer.wait('TQUIET');
    expect(Date.now() - start).toBeLessThan(300);
  });

  it('when a job may park and the next free slot is further away, then it is told when to come back, each its own place in line', async () => {
    const pacer = createRedisPacer(redis, { perSecond: 5, prefix: uniquePrefix('pace') });
    // Slots 0, 200 and 400 ms away are within reach: taken, waited for here.
    const waiting = Array.from({ length: 3 }, () => pacer.wait('TA', { parkBeyondMs: 500 }));
    const parked: number[] = [];
    for (let i = 0; i < 3; i++) {
      const err: unknown = await pacer.wait('TA', { parkBeyondMs: 500 }).then(() => undefined, (e: unknown) => e);
      expect(isPacedLater(err)).toBe(true);
      if (isPacedLater(err)) parked.push(err.details.retryAt);
    }
    await expect(Promise.all(waiting)).resolves.toHaveLength(3);
    // Three places in line, a slot (200 ms) apart.
    expect(parked[1]! - parked[0]!).toBeGreaterThanOrEqual(150);
    expect(parked[2]! - parked[1]!).toBeGreaterThanOrEqual(150);
    // None of them took a slot: a send that cannot park (a person's click) gets the next one, about 200 ms
    // away now, not one behind the parked sends (about 800 ms away).
    const start = Date.now();
    await pacer.wait('TA');
    expect(Date.now() - start).toBeLessThan(500);
  });

  it('when Slack answered 429 with Retry-After, then the workspace waits that long before its next send', async () => {
    const pacer = createRedisPacer(redis, { perSecond: 100, prefix: uniquePrefix('pace') });
    await pacer.penalize('TA', 400);
    const start = Date.now();
    await pacer.wait('TA');
    expect(Date.now() - start).toBeGreaterThanOrEqual(380);
  });
});
