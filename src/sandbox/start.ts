import crypto from 'node:crypto';
import { WebClient } from '@slack/web-api';
import { loadConfig, SLACK_CREDENTIAL_VARIABLES } from '../config';
import { createLogger, type Logger } from '../logger';
import { createDatabase } from '../db/client';
import { ensureDatabase, runMigrations } from '../db/migrate';
import { createProducerConnection } from '../jobs/connections';
import { createJobsPort, createQueues } from '../jobs/queues';
import { createServiceDeps } from '../services/deps';
import { createSlackPort } from '../slack/web-slack-port';
import { bootstrap, redactUrl, StartupError, type Running } from '../main';
import { SandboxClock } from './clock';
import { SlackFront } from './front';
import { buildSandboxRoutes } from './routes';
import { Sandbox } from './sandbox';
import { SANDBOX_TEAM_ID, SANDBOX_TEAM_NAME, SAMPLE_PEOPLE } from './sample-org';
import { SlackServer } from './slack-server';
import { TimeTravel } from './time-travel';

/**
 * Starts the real app against the built-in Slack: a Slack-compatible server on a loopback port with a fresh
 * bot token and signing secret, the sandbox's own database (`<name>_sandbox`) and BullMQ prefix, a movable
 * clock, and the page at `/sandbox`. The app itself only sees a different SLACK_API_URL and credentials.
 */

export const SANDBOX_QUEUE_PREFIX = 'mentor-me-sandbox';
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/mentor_me';

export interface SandboxOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** The sandbox's own database; by default DATABASE_URL with `_sandbox` appended to the database name. */
  databaseUrl?: string;
  queuePrefix?: string;
}

export interface RunningSandbox {
  /** Where the page is, e.g. http://localhost:3000/sandbox. */
  url: string;
  port: number;
  running: Running;
  sandbox: Sandbox;
  stop(): Promise<void>;
}

/** `postgres://…/mentor_me` → `postgres://…/mentor_me_sandbox`: the sandbox never touches the real data. */
export function sandboxDatabaseUrl(url: string | undefined): string {
  const u = new URL(url?.trim() ? url : DEFAULT_DATABASE_URL);
  const name = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'mentor_me';
  u.pathname = `/${encodeURIComponent(name.endsWith('_sandbox') ? name : `${name}_sandbox`)}`;
  return u.toString();
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const env = opts.env ?? process.env;
  const token = `xoxb-sandbox-${crypto.randomBytes(12).toString('hex')}`;
  const signingSecret = crypto.randomBytes(32).toString('hex');
  const databaseUrl = opts.databaseUrl ?? sandboxDatabaseUrl(env.DATABASE_URL);
  const prefix = opts.queuePrefix ?? SANDBOX_QUEUE_PREFIX;
  const clock = new SandboxClock();

  const server = await new SlackServer({
    teamId: SANDBOX_TEAM_ID,
    teamName: SANDBOX_TEAM_NAME,
    botUserId: 'U0MENTORME',
    clock: clock.now,
    token,
  }).start();
  for (const p of SAMPLE_PEOPLE) server.addUser(p);

  // The app's configuration is the real one with only the Slack side swapped: any real credentials are
  // dropped (SANDBOX=on), and one process runs web and worker so the page sees timers fire.
  const appEnv: NodeJS.ProcessEnv = { ...env };
  for (const k of SLACK_CREDENTIAL_VARIABLES) delete appEnv[k];
  const parsed = loadConfig({
    ...appEnv,
    SLACK_BOT_TOKEN: token,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: server.apiUrl,
    DATABASE_URL: databaseUrl,
    APP_ROLE: 'all',
  });
  if (!parsed.ok) {
    await server.stop();
    throw new StartupError(`fix these environment variables: ${parsed.problems.join('; ')}`);
  }
  const config = parsed.config;
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  if (env.APP_ROLE && env.APP_ROLE !== 'all')
    logger.warn(
      { APP_ROLE: env.APP_ROLE },
      'the sandbox runs web and worker in one process; APP_ROLE is ignored',
    );

  try {
    await ensureDatabase(databaseUrl);
    await runMigrations(databaseUrl);
  } catch (err) {
    await server.stop();
    throw new StartupError(
      `cannot prepare the sandbox database ${redactUrl(databaseUrl)}: ${(err as Error).message}. Is Postgres running?`,
    );
  }

  // The sandbox's own handles on the same database and queue, for seeding (through the app's services),
  // Reset and the clock control.
  const database = createDatabase(databaseUrl, { max: 4 });
  const producer = createProducerConnection(config.REDIS_URL);
  producer.on('error', (err) => logger.warn({ err: err.message }, 'sandbox: redis error'));
  const queues = createQueues(producer, prefix);
  const deps = createServiceDeps({ db: database.db, clock: clock.now, logger, jobs: createJobsPort(queues) });
  const slack = createSlackPort(
    new WebClient(token, { slackApiUrl: server.apiUrl, retryConfig: { retries: 0 } }),
  );
  let port = 0;
  const front = new SlackFront({
    server,
    signingSecret,
    eventsUrl: () => `http://127.0.0.1:${port}/slack/events`,
  });
  const sandbox = new Sandbox({
    server,
    front,
    clock,
    travel: new TimeTravel(queues.main, clock),
    queue: queues.main,
    deps,
    slack,
    db: database.db,
    logger,
    databaseName: new URL(databaseUrl).pathname.slice(1),
  });

  const closeOwn = async () => {
    await queues.close().catch(() => undefined);
    await producer.quit().catch(() => producer.disconnect());
    await database.close().catch(() => undefined);
    await server.stop();
  };
  let running: Running;
  try {
    running = await bootstrap(config, logger, {
      queuePrefix: prefix,
      clock: clock.now,
      routes: buildSandboxRoutes(sandbox, logger),
    });
  } catch (err) {
    await closeOwn();
    throw err;
  }
  port = running.port;
  running.shutdown.add('sandbox', closeOwn);
  try {
    await sandbox.reset();
  } catch (err) {
    await running.stop();
    throw new StartupError(`could not seed the sandbox: ${(err as Error).message}`);
  }
  const url = `http://localhost:${port}/sandbox`;
  return { url, port, running, sandbox, stop: () => running.stop() };
}

/** `npm start` without Slack credentials: start the sandbox and say so, loudly, in the log and on stderr. */
export async function runSandbox(env: NodeJS.ProcessEnv): Promise<void> {
  const banner = (lines: string[]) => {
    const width = Math.max(...lines.map((l) => l.length));
    const bar = `+${'-'.repeat(width + 2)}+`;
    process.stderr.write(`\n${bar}\n${lines.map((l) => `| ${l.padEnd(width)} |`).join('\n')}\n${bar}\n\n`);
  };
  const level = env.LOG_LEVEL?.trim() || 'info';
  const logger = createLogger(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(level) ? level : 'info',
  );
  process.stderr.write(
    'No Slack credentials: starting the Mentor Me SANDBOX (a built-in Slack with sample people) ...\n',
  );
  try {
    const started = await startSandbox({ env, logger });
    logger.warn(
      {
        sandbox: true,
        url: started.url,
        database: started.sandbox.parts.databaseName,
        queuePrefix: SANDBOX_QUEUE_PREFIX,
      },
      'SANDBOX MODE: no Slack credentials, so Mentor Me runs against its built-in Slack with sample people. Open the page to try it. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SANDBOX=off) for a real workspace.',
    );
    banner([
      'SANDBOX MODE - Mentor Me is NOT connected to Slack.',
      `Try it in your browser: ${started.url}`,
      'A built-in Slack plays eight sample people; data lives in its own',
      `database (${started.sandbox.parts.databaseName}) and is reset from the page.`,
      'For a real workspace set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.',
    ]);
    const onSignal = (signal: string) =>
      void started.running.shutdown.run(signal, (code) => process.exit(code));
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  } catch (err) {
    process.stderr.write(`Mentor Me (sandbox) cannot start: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
