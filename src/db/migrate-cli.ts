import { createLogger } from '../logger';
import { ensureDatabase, runMigrations } from './migrate';

/** `npm run db:migrate`: needs only DATABASE_URL. */
async function main(): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'info');
  const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mentor_me';
  try {
    await ensureDatabase(url);
    await runMigrations(url);
    logger.info('migrations applied');
  } catch (err) {
    logger.error({ err: (err as Error).message }, 'migration failed');
    process.exitCode = 1;
  }
}

void main();
