/**
 * Where benchmarks keep their data: their own Postgres databases (`mm_bench_<label>_<epoch>_<hex>`, created,
 * migrated and dropped by the benchmark) and their own Redis key prefixes. They only ever talk to 127.0.0.1.
 */
import crypto from 'node:crypto';
import postgres from 'postgres';
import IORedis from 'ioredis';
import { createDatabase, type Database } from '../../src/db/client';
import { ensureDatabase, runMigrations } from '../../src/db/migrate';

export const BENCH_PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Benchmarks load a machine hard; they must never point at anything but this one. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    throw new Error(`benchmarks only talk to 127.0.0.1, not ${host}`);
  }
}
assertLoopback(BENCH_PG_URL);
assertLoopback(BENCH_REDIS_URL);

const hex = (bytes: number) => crypto.randomBytes(bytes).toString('hex');

export interface BenchDatabase extends Database {
  url: string;
  name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

function urlFor(name: string): string {
  const u = new URL(BENCH_PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, migrated database of its own (the app's own start-up path: ensureDatabase + runMigrations). */
export async function createBenchDatabase(label: string, opts: { max?: number } = {}): Promise<BenchDatabase> {
  const name = `mm_bench_${label}_${Math.floor(Date.now() / 1000)}_${hex(3)}`;
  const url = urlFor(name);
  await ensureDatabase(url);
  await runMigrations(url);
  const database = createDatabase(url, { max: opts.max ?? 10 });
  return {
    ...database,
    url,
    name,
    async drop() {
      await database.close().catch(() => undefined);
      await dropDatabase(name);
    },
  };
}

async function dropDatabase(name: string): Promise<void> {
  const admin = postgres(BENCH_PG_URL, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** Drops benchmark databases left behind by a run that was killed (older than an hour). */
export async function dropStaleBenchDatabases(): Promise<string[]> {
  const admin = postgres(BENCH_PG_URL, { max: 1, onnotice: () => undefined });
  const dropped: string[] = [];
  try {
    const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname like 'mm\\_bench\\_%'`;
    const cutoff = Math.floor(Date.now() / 1000) - 3600;
    for (const { datname } of rows) {
      const epoch = Number(/_(\d{10})_[0-9a-f]+$/.exec(datname)?.[1] ?? NaN);
      if (Number.isFinite(epoch) && epoch < cutoff) {
        await admin.unsafe(`drop database if exists "${datname}" with (force)`);
        dropped.push(datname);
      }
    }
  } finally {
    await admin.end();
  }
  return dropped;
}

/** A BullMQ prefix (and pacer key prefix) no other run shares. */
export const benchPrefix = (label: string): string => `mm-bench-${label}-${hex(4)}`;

/** Deletes every Redis key of a prefix (BullMQ's `<prefix>:…` and the pacer's `<prefix>-pace-…`). */
export async function dropRedisPrefix(prefix: string): Promise<number> {
  const redis = new IORedis(BENCH_REDIS_URL, { maxRetriesPerRequest: 3 });
  let removed = 0;
  try {
    for (const pattern of [`${prefix}:*`, `${prefix}-*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        cursor = next;
        if (keys.length) removed += await redis.unlink(...keys);
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
  return removed;
}
