import type { Redis } from 'ioredis';
import type { Sql } from '../db/client';

export type HealthReport = { postgres: 'ok' | 'down'; redis: 'ok' | 'down' };

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });

/** Asks both stores a trivial question, each bounded so a load balancer never waits on a dead one. */
export function createHealthCheck(sql: Sql, redis: Redis, timeoutMs = 1500) {
  return async (): Promise<HealthReport> => {
    const [pg, rd] = await Promise.allSettled([
      withTimeout(sql`select 1`.execute(), timeoutMs),
      withTimeout(redis.ping(), timeoutMs),
    ]);
    return { postgres: pg.status === 'fulfilled' ? 'ok' : 'down', redis: rd.status === 'fulfilled' ? 'ok' : 'down' };
  };
}
