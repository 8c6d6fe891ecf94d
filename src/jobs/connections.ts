import IORedis, { type Redis, type RedisOptions } from 'ioredis';

/**
 * BullMQ wants separate connections: producers fail fast (a request must not hang on a dead Redis), workers
 * block forever and retry forever (`maxRetriesPerRequest: null` is required for blocking commands).
 */
export function createProducerConnection(url: string, extra: RedisOptions = {}): Redis {
  return new IORedis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
    ...extra,
  });
}

export function createWorkerConnection(url: string, extra: RedisOptions = {}): Redis {
  return new IORedis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...extra,
  });
}
