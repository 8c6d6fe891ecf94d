/**
 * The real app for benchmarks: `bootstrap` from src/main.ts with a benchmark database, its own BullMQ prefix
 * and a loopback Slack, either in this process or in a child process of its own (so its CPU and memory are
 * measured apart from the load generator and the loopback Slack).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { bootstrap, type Running } from '../../src/main';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { Clock } from '../../src/services/ports';
import { BENCH_REDIS_URL } from './env';

export const BENCH_SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';
export const BENCH_BOT_TOKEN = 'xoxb-bench';
/** OAuth mode (one token per workspace): the variables it needs, with a fixed test key. */
export const BENCH_ENCRYPTION_KEY = 'b7'.repeat(32);
export const OAUTH_ENV = {
  SLACK_BOT_TOKEN: '',
  SLACK_CLIENT_ID: '1111.2222',
  SLACK_CLIENT_SECRET: 'bench-client-secret',
  SLACK_STATE_SECRET: 'bench-state-secret-0123456789abcdef',
  ENCRYPTION_KEY: BENCH_ENCRYPTION_KEY,
};

export function benchEnv(args: { slackApiUrl: string; databaseUrl: string; role: 'all' | 'web' | 'worker'; env?: Record<string, string> }): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BENCH_BOT_TOKEN,
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_API_URL: args.slackApiUrl,
    DATABASE_URL: args.databaseUrl,
    REDIS_URL: BENCH_REDIS_URL,
    PORT: '0',
    APP_ROLE: args.role,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
    SANDBOX: 'off',
    ...(args.env ?? {}),
  };
}

export interface InProcessApp {
  url: string;
  running: Running;
  config: Config;
  logs: string[];
  stop(): Promise<void>;
}

/** Boots the app in this process (the logs are kept in memory; BENCH_LOG_LEVEL=debug also prints them). */
export async function startInProcessApp(env: Record<string, string>, opts: { queuePrefix: string; clock?: Clock }): Promise<InProcessApp> {
  const parsed = loadConfig(env);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      if (logs.length < 10_000) logs.push(String(chunk));
      if (process.env.BENCH_LOG_LEVEL) process.stderr.write(chunk);
      cb();
    },
  });
  const running = await bootstrap(parsed.config, createLogger(parsed.config.LOG_LEVEL, sink), { queuePrefix: opts.queuePrefix, clock: opts.clock });
  return { url: `http://127.0.0.1:${running.port}`, running, config: parsed.config, logs, stop: () => running.stop() };
}

/** What runs in a child: the real app, or one of the bare baselines in bench/lib/child.ts. */
export type ChildKind = 'app' | 'bare-bolt' | 'bare-worker' | 'slack';

export interface ChildHandle {
  child: ChildProcess;
  pid: number;
  port: number;
  /** Asks the child to shut down cleanly and waits for it to exit. */
  stop(): Promise<void>;
  /** Sends a message to the child and waits for its answer of the same `type`. */
  ask<T>(message: { type: string } & Record<string, unknown>): Promise<T>;
}

/**
 * Starts bench/lib/child.ts in a child process (extra node flags allowed, e.g. --cpu-prof) and waits until it
 * reports ready.
 */
export function startChild(kind: ChildKind, env: Record<string, string>, opts: { queuePrefix: string; execArgv?: string[] }): Promise<ChildHandle> {
  // Compiled (dist/bench, as `npm run bench` runs) or TypeScript through tsx (`--tsx`): the child runs the same.
  const compiled = __filename.endsWith('.js');
  const child = fork(path.join(__dirname, compiled ? 'child.js' : 'child.ts'), [kind, opts.queuePrefix], {
    env: { ...process.env, ...env },
    execArgv: [...(compiled ? ['--enable-source-maps'] : ['--import', 'tsx']), ...(opts.execArgv ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${kind} child exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.once('error', reject);
    child.once('message', (m: { type: string; port: number }) => {
      if (m.type !== 'ready') return reject(new Error(`unexpected first message from ${kind} child: ${JSON.stringify(m)}`));
      child.off('exit', onExit);
      resolve({
        child,
        pid: child.pid!,
        port: m.port,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            child.send({ type: 'stop' });
          }),
        ask: <T>(message: { type: string } & Record<string, unknown>) =>
          new Promise<T>((done) => {
            const on = (answer: { type: string }) => {
              if (answer.type !== message.type) return;
              child.off('message', on);
              done(answer as T);
            };
            child.on('message', on);
            child.send(message);
          }),
      });
    });
  });
}
