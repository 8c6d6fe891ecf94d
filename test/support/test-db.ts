import crypto from 'node:crypto';
import postgres from 'postgres';
import { createDatabase, type Database } from '../../src/db/client';
import { TEST_PG_URL, dbUrl, templateDb } from './env';

export interface TestDatabase extends Database {
  url: string;
  name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `mm_t${Math.floor(Date.now() / 1000)}_${crypto.randomBytes(6).toString('hex')}`;
  const admin = postgres(TEST_PG_URL, { max: 1, onnotice: () => undefined });
  try {
    // CREATE DATABASE … TEMPLATE fails while another session is copying the same template; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.unsafe(`create database "${name}" template "${templateDb()}"`);
        break;
      } catch (err) {
        if (attempt > 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const url = dbUrl(name);
  const database = createDatabase(url, { max: 5 });
  return {
    ...database,
    url,
    name,
    async drop() {
      await database.close();
      const a = postgres(TEST_PG_URL, { max: 1, onnotice: () => undefined });
      try {
        await a.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}

/** A BullMQ key prefix no other test shares. */
export const uniquePrefix = (label = 't'): string => `mmtest-${label}-${crypto.randomBytes(4).toString('hex')}`;
