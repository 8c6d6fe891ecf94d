import { Writable } from 'node:stream';
import { bootstrap, type Running } from '../../src/main';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { Clock } from '../../src/services/ports';
import { LoopbackSlack } from './loopback-slack';
import { createTestDatabase, uniquePrefix, type TestDatabase } from './test-db';
import { TEST_REDIS_URL } from './env';
import { TEST_SIGNING_SECRET } from './slack-request';

export interface TestApp {
  url: string;
  eventsUrl: string;
  slack: LoopbackSlack;
  db: TestDatabase;
  running: Running;
  config: Config;
  prefix: string;
  logs: string[];
  stop(): Promise<void>;
}

/**
 * Starts the real app in-process on an ephemeral port, with a fresh database, its own BullMQ prefix and a
 * loopback Slack. Nothing of ours is mocked.
 */
export async function startTestApp(
  opts: {
    role?: 'all' | 'web' | 'worker';
    env?: Record<string, string>;
    clock?: Clock;
    slack?: LoopbackSlack;
    /** Rewrites the database URL the app uses (e.g. through a TCP proxy for outage drills). */
    databaseVia?: (url: string) => string;
  } = {},
): Promise<TestApp> {
  const slack = opts.slack ?? (await new LoopbackSlack().start());
  const db = await createTestDatabase();
  const parsed = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    DATABASE_URL: opts.databaseVia ? opts.databaseVia(db.url) : db.url,
    REDIS_URL: TEST_REDIS_URL,
    PORT: '0',
    APP_ROLE: opts.role ?? 'all',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
    // Pacing is exercised by its own tests and the fan-out drill; elsewhere it would only slow tests down.
    SLACK_SEND_RATE: '50',
    ...(opts.env ?? {}),
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      if (process.env.TEST_LOG_LEVEL) process.stderr.write(chunk);
      cb();
    },
  });
  const logger = createLogger(parsed.config.LOG_LEVEL, sink);
  const prefix = uniquePrefix('app');
  const running = await bootstrap(parsed.config, logger, { queuePrefix: prefix, clock: opts.clock });
  const url = `http://127.0.0.1:${running.port}`;
  return {
    url,
    eventsUrl: `${url}/slack/events`,
    slack,
    db,
    running,
    config: parsed.config,
    prefix,
    logs,
    async stop() {
      await running.stop();
      await db.drop();
      if (!opts.slack) await slack.stop();
    },
  };
}
