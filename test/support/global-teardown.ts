import postgres from 'postgres';
import { TEST_PG_URL } from './env';

/** Drops this run's template (its per-file clones drop themselves). */
export default async function globalTeardown(): Promise<void> {
  const name = process.env.MM_TEST_TEMPLATE;
  if (!name) return;
  const admin = postgres(TEST_PG_URL, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
  delete process.env.MM_TEST_TEMPLATE;
}
