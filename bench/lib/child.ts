/**
 * A benchmark child process (started by bench/lib/app.ts `startChild`):
 *   app          the real app (`bootstrap`, configuration from the environment, as `npm start` reads it)
 *   bare-bolt    a bare Bolt app on the same receiver that only acks and opens a static modal (bench:http's baseline)
 *   bare-worker  a bare BullMQ worker whose jobs post one chat.postMessage each (bench:reminders' baseline)
 *   slack        the loopback Slack (src/sandbox/slack-server.ts) on its own, so serving the app's Web API
 *                calls does not share an event loop with a load generator; answers `{ type: 'stats' }`
 * It says `{ type: 'ready', port }` over IPC, answers `{ type: 'memory' }`, and stops on `{ type: 'stop' }`.
 */
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { Worker } from 'bullmq';
import IORedis from 'ioredis';
import { bootstrap } from '../../src/main';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { SlackServer } from '../../src/sandbox/slack-server';

type Stop = () => Promise<unknown>;

async function startApp(prefix: string): Promise<{ port: number; stop: Stop }> {
  const parsed = loadConfig(process.env);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const running = await bootstrap(parsed.config, createLogger(parsed.config.LOG_LEVEL), { queuePrefix: prefix });
  return { port: running.port, stop: () => running.stop() };
}

/** The baseline: Bolt's HTTPReceiver, ack, and one views.open of a static modal; nothing else. */
async function startBareBolt(): Promise<{ port: number; stop: Stop }> {
  const receiver = new HTTPReceiver({
    signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
    endpoints: '/slack/events',
    processBeforeResponse: false,
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    token: process.env.SLACK_BOT_TOKEN,
    receiver,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL, retryConfig: { retries: 0 } },
  });
  const view = {
    type: 'modal' as const,
    callback_id: 'bare',
    title: { type: 'plain_text' as const, text: 'Bare Bolt' },
    close: { type: 'plain_text' as const, text: 'Close' },
    blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'A static modal.' } }],
  };
  app.command('/mentor-me', async ({ ack, client, command }) => {
    await ack();
    await client.views.open({ trigger_id: command.trigger_id, view });
  });
  app.action(/.*/, async ({ ack, client, body }) => {
    await ack();
    await client.views.open({ trigger_id: (body as { trigger_id: string }).trigger_id, view });
  });
  app.error(async () => undefined);
  const server = await receiver.start(0);
  return { port: (server.address() as AddressInfo).port, stop: () => app.stop() as Promise<unknown> };
}

/** The baseline for timers: BullMQ alone, a job that posts its message and nothing else. */
async function startBareWorker(prefix: string): Promise<{ port: number; stop: Stop }> {
  const connection = new IORedis(process.env.REDIS_URL ?? '', { maxRetriesPerRequest: null });
  const client = new WebClient(process.env.SLACK_BOT_TOKEN, { slackApiUrl: process.env.SLACK_API_URL, retryConfig: { retries: 0 } });
  const worker = new Worker(
    'mentor-me',
    async (job) => {
      const data = job.data as { recipient: string; text?: string };
      await client.chat.postMessage({ channel: `D${data.recipient}`, text: data.text ?? 'reminder' });
    },
    { connection, prefix, concurrency: 10 },
  );
  await worker.waitUntilReady();
  return {
    port: 0,
    stop: async () => {
      await worker.close();
      connection.disconnect();
    },
  };
}

/** The loopback Slack alone; `stats` answers how many calls of each method it served (and forgets them). */
async function startSlack(): Promise<{ port: number; stop: Stop }> {
  const slack = await new SlackServer().start();
  const counts = new Map<string, number>();
  slack.respondWith((call) => {
    counts.set(call.method, (counts.get(call.method) ?? 0) + 1);
    // Keep memory flat under load: the recorded calls are not needed here.
    if (slack.calls.length > 1000) slack.calls.splice(0, slack.calls.length);
    return undefined;
  });
  process.on('message', (m: { type: string }) => {
    if (m.type !== 'stats') return;
    process.send?.({ type: 'stats', calls: Object.fromEntries(counts), responses: slack.responses.length });
    counts.clear();
    slack.responses.length = 0;
    slack.history.clear();
  });
  return { port: Number(new URL(slack.baseUrl).port), stop: () => slack.stop() };
}

async function main(): Promise<void> {
  const [kind, prefix = 'mm-bench'] = process.argv.slice(2);
  const started =
    kind === 'app'
      ? await startApp(prefix)
      : kind === 'bare-bolt'
        ? await startBareBolt()
        : kind === 'slack'
          ? await startSlack()
          : await startBareWorker(prefix);
  process.on('message', (m: { type: string }) => {
    if (m.type === 'memory') process.send?.({ type: 'memory', ...process.memoryUsage(), maxRss: process.resourceUsage().maxRSS * 1024 });
    if (m.type === 'gc') {
      (globalThis as { gc?: () => void }).gc?.();
      process.send?.({ type: 'gc' });
    }
    if (m.type === 'stop') {
      const force = setTimeout(() => process.exit(0), 10_000);
      void started.stop().finally(() => {
        clearTimeout(force);
        process.exit(0);
      });
    }
  });
  process.send?.({ type: 'ready', port: started.port });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
