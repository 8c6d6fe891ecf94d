import postgres from 'postgres';
import { runMigrations } from '../../src/db/migrate';
import { TEST_PG_URL, TEMPLATE_DB, dbUrl } from './env';

/**
 * Builds one migrated template database per `jest` run; each test file then clones it (fast, isolated),
 * in the way Unleash's test suite does.
 */
export default async function globalSetup(): Promise<void> {
  const g = globalThis as { __mentorMeTemplateReady?: boolean };
  if (g.__mentorMeTemplateReady) return; // integration and e2e projects share one template
  const admin = postgres(TEST_PG_URL, { max: 1, onnotice: () => undefined });
  try {
    // Old per-file databases from an interrupted run would pile up; drop them.
    const stale = await admin<{ datname: string }[]>`select datname from pg_database where datname like 'mm_test_%'`;
    for (const { datname } of stale) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.unsafe(`create database ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  await runMigrations(dbUrl(TEMPLATE_DB));
  g.__mentorMeTemplateReady = true;
}
