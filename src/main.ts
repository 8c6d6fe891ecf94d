import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { CustomRoute } from '@slack/bolt';
import { loadConfig, sandboxSelected, slackAuthMode, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { createDatabase } from './db/client';
import { ensureDatabase, runMigrations } from './db/migrate';
import { createProducerConnection, createWorkerConnection } from './jobs/connections';
import { createQueues, createJobsPort, ensureSchedulers } from './jobs/queues';
import { reconcileTimers } from './jobs/reconciler';
import { createMainWorker } from './jobs/worker';
import { createServiceDeps } from './services/deps';
import type { Clock } from './services/ports';
import { createSecretBox } from './db/secret-box';
import { createRedisPacer } from './slack/pacer';
import { createSlackClients } from './slack/clients';
import { activateWorkspace } from './services/installation';
import { createBoltApp } from './slack/app';
import { createHealthCheck } from './http/health';
import { createMetrics } from './http/metrics';
import { buildOpsRoutes } from './http/routes';
import { ShutdownHelper } from './shutdown';

export interface BootOptions {
  /** BullMQ key prefix; tests give each app its own. */
  queuePrefix?: string;
  clock?: Clock;
  /** Extra HTTP routes served beside /slack/events, /healthz and /metrics (the sandbox page). */
  routes?: CustomRoute[];
}

export interface Running {
  /** The HTTP port actually bound (PORT=0 picks a free one). */
  port: number;
  shutdown: ShutdownHelper;
  stop(): Promise<void>;
}

export class StartupError extends Error {}

/**
 * Composition root: config → logger → db → redis → queues → services → Bolt → workers → signals.
 * Only this function constructs concrete clients.
 */
export async function bootstrap(config: Config, logger: Logger, opts: BootOptions = {}): Promise<Running> {
  const role = config.APP_ROLE;

  try {
    await ensureDatabase(config.DATABASE_URL);
    await runMigrations(config.DATABASE_URL);
  } catch (err) {
    throw new StartupError(
      `cannot apply database migrations to ${redactUrl(config.DATABASE_URL)}: ${(err as Error).message}. ` +
        'Check DATABASE_URL and that Postgres is running; the app will not serve an unmigrated database.',
    );
  }

  const database = createDatabase(config.DATABASE_URL);
  const producer = createProducerConnection(config.REDIS_URL);
  producer.on('error', (err) => logger.warn({ err: err.message }, 'redis (producer) error'));
  if (!(await waitReady(producer, 5000))) logger.warn('Redis is not reachable yet; timers queue up once it is');
  const prefix = opts.queuePrefix ?? 'mentor-me';
  const queues = createQueues(producer, prefix);
  const jobs = createJobsPort(queues);
  const clock: Clock = opts.clock ?? (() => new Date());
  const auth = slackAuthMode(config);
  const pacer = createRedisPacer(producer, { perSecond: config.SLACK_SEND_RATE, prefix });
  const services = createServiceDeps({
    db: database.db,
    clock,
    logger,
    jobs,
    pacer,
    deliveryLeaseMs: config.DELIVERY_LEASE_MS,
    ...(auth.mode === 'oauth' ? { secretBox: createSecretBox(auth.oauth.encryptionKey) } : {}),
  });
  // Jobs run outside any request: each gets its workspace's own token (OAuth) or the one configured token.
  // Slack's own retries are off here; BullMQ retries the job instead, so nothing is sent twice.
  const slackClients = createSlackClients(
    auth.mode === 'oauth' ? { mode: 'oauth', installations: services.installations } : { mode: 'token', token: auth.token },
    { slackApiUrl: config.SLACK_API_URL, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true },
    pacer,
  );
  if (auth.mode === 'token') await activateTokenWorkspace(config, services, logger);
  await services.skills.seedCatalogue();
  const metrics = createMetrics();
  const routes = [...buildOpsRoutes(createHealthCheck(database.sql, producer), metrics), ...(opts.routes ?? [])];

  let port = config.PORT;
  let closeHttp: () => Promise<void>;
  if (role === 'web' || role === 'all') {
    const { app, receiver } = createBoltApp(config, logger, services, routes);
    if (receiver) {
      const server = await receiver.start(config.PORT);
      port = (server.address() as AddressInfo).port;
    } else {
      await app.start();
    }
    closeHttp = () => app.stop() as Promise<void>;
  } else {
    // Workers still answer /healthz and /metrics so an orchestrator can probe them.
    const server = http.createServer((req, res) => {
      const route = routes.find((r) => r.path === (req.url ?? '').split('?')[0]);
      if (route && req.method === 'GET') return route.handler(req as never, res);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
    port = (server.address() as AddressInfo).port;
    closeHttp = () => new Promise<void>((resolve) => server.close(() => resolve()));
  }

  const workers: Worker[] = [];
  let closeWorkerRedis: () => Promise<unknown> = async () => undefined;
  if (role === 'worker' || role === 'all') {
    const slackFor = (teamId: string) => slackClients.forTeam(teamId);
    const connection = createWorkerConnection(config.REDIS_URL);
    connection.on('error', (err) => logger.warn({ err: err.message }, 'redis (worker) error'));
    workers.push(createMainWorker({ services, slackFor, connection, prefix, logger, lockMs: config.JOB_LOCK_MS }));
    // On start: rebuild any timer Redis lost while we were away, then keep doing it periodically.
    await reconcileTimers(services).catch((err: unknown) => logger.warn({ err }, 'start-up reconcile failed'));
    await ensureSchedulers(queues).catch((err: unknown) => logger.warn({ err }, 'could not register job schedulers'));
    closeWorkerRedis = () => connection.quit().catch(() => connection.disconnect());
  }

  // Order matters: stop taking requests, let running jobs finish, then close the stores they use.
  const shutdown = new ShutdownHelper(logger);
  shutdown.add('http', closeHttp);
  shutdown.add('workers', () => Promise.all(workers.map((w) => w.close())));
  shutdown.add('queues', () => queues.close());
  shutdown.add('worker-redis', closeWorkerRedis);
  shutdown.add('redis', () => producer.quit().catch(() => producer.disconnect()));
  shutdown.add('postgres', () => database.close());

  logger.info({ role, port, socketMode: Boolean(config.SLACK_APP_TOKEN) }, 'Mentor Me is up');
  return { port, shutdown, stop: () => shutdown.run('stop') };
}

/**
 * Single-token mode: the workspace the token belongs to is active again (e.g. re-installed with a new token
 * after an `app_uninstalled`). Slack being unreachable at start-up is only a warning.
 */
async function activateTokenWorkspace(config: Config, services: ReturnType<typeof createServiceDeps>, logger: Logger): Promise<void> {
  try {
    const who = await new WebClient(config.SLACK_BOT_TOKEN, { slackApiUrl: config.SLACK_API_URL, retryConfig: { retries: 0 }, timeout: 3000 }).auth.test();
    if (who.team_id) await activateWorkspace(services, who.team_id);
  } catch (err) {
    logger.warn({ err: (err as Error).message }, 'could not ask Slack which workspace the bot token belongs to');
  }
}

/** Resolves true once the connection is ready, false after `ms`. The app still starts without Redis. */
function waitReady(conn: Redis, ms: number): Promise<boolean> {
  if (conn.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      conn.off('ready', onReady);
      resolve(false);
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    conn.once('ready', onReady);
  });
}

/** A URL safe to log: the password is masked. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/** `npm start`: parse env, boot, and wire signals. Configuration problems exit 1 with a list, no stack trace. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // No Slack credentials (outside production, or with SANDBOX=auto|on): the app runs against its built-in Slack.
  if (sandboxSelected(env)) return (await import('./sandbox/start')).runSandbox(env);
  const result = loadConfig(env);
  if (!result.ok) {
    process.stderr.write(
      `Mentor Me cannot start; fix these environment variables:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'See .env.example and the README for what each one means.\n' +
        'To try Mentor Me without a Slack workspace, start it with SANDBOX=on (see "Try it in 1 minute" in the README).\n',
    );
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(result.config.LOG_LEVEL);
  try {
    const running = await bootstrap(result.config, logger);
    const onSignal = (signal: string) => void running.shutdown.run(signal, (code) => process.exit(code));
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  } catch (err) {
    logger.fatal({ err: (err as Error).message }, 'start-up failed');
    process.stderr.write(`Mentor Me cannot start: ${(err as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
