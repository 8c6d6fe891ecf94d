/** Where the test Postgres and Redis live; CI and this machine run both on loopback. */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The migrated template of this jest run. Each run gets its own (named with its start time), so two runs on
 * one machine (a developer and CI, or parallel sessions) never drop each other's databases.
 */
export const templateDb = (): string => {
  const name = process.env.MM_TEST_TEMPLATE;
  if (!name) throw new Error('MM_TEST_TEMPLATE is not set: run tests through jest (globalSetup creates it)');
  return name;
};

/** Databases of a run are named `mm_t<epoch seconds>_…`; ones older than this are leftovers and dropped. */
export const STALE_AFTER_SECONDS = 3 * 3600;

export function dbUrl(name: string): string {
  const u = new URL(TEST_PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}
