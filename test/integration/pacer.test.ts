import IORedis from 'ioredis';
import { createRedisPacer } from '../../src/slack/pacer';
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

  it('when Slack answered 429 with Retry-After, then the workspace waits that long before its next send', async () => {
    const pacer = createRedisPacer(redis, { perSecond: 100, prefix: uniquePrefix('pace') });
    await pacer.penalize('TA', 400);
    const start = Date.now();
    await pacer.wait('TA');
    expect(Date.now() - start).toBeGreaterThanOrEqual(380);
  });
});
