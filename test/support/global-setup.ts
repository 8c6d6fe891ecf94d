import crypto from 'node:crypto';
import postgres from 'postgres';
import { runMigrations } from '../../src/db/migrate';
import { STALE_AFTER_SECONDS, TEST_PG_URL, dbUrl } from './env';

/**
 * Builds one migrated template database per `jest` run; each test file then clones it (fast, isolated),
 * in the way Unleash's test suite does. The template's name travels to the test workers in the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MM_TEST_TEMPLATE) return; // integration and e2e projects share one template
  const now = Math.floor(Date.now() / 1000);
  const name = `mm_t${now}_tpl_${crypto.randomBytes(3).toString('hex')}`;
  const admin = postgres(TEST_PG_URL, { max: 1, onnotice: () => undefined });
  try {
    // Leftovers of interrupted runs pile up; drop only those old enough not to belong to a run in progress.
    const all = await admin<{ datname: string }[]>`select datname from pg_database where datname like 'mm\\_t%' or datname like 'mm\\_test\\_%'`;
    for (const { datname } of all) {
      const born = Number(/^mm_t(\d+)_/.exec(datname)?.[1] ?? 0);
      if (now - born > STALE_AFTER_SECONDS) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    }
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  await runMigrations(dbUrl(name));
  process.env.MM_TEST_TEMPLATE = name;
}
