/**
 * Acknowledgement-under-load benchmark (`npm run bench:http`): signed `/mentor-me` commands and button clicks
 * at 50, 100 and 200 requests/s for 20 s each, against the app (web role, its own process, its own database,
 * a loopback Slack in a third process) and, in the same run, against a bare Bolt app on the same receiver that
 * only acks and opens a static modal.
 *
 *   npx tsx bench/http.ts [--rates 50,100,200] [--seconds 20] [--profile]
 *
 * Open loop: request i is due at t0 + i/rate and its latency is measured from that due time to the end of the
 * response, so a slow answer delays nothing else and a stalled server cannot hide its queue (no coordinated
 * omission). The mix: `/mentor-me` (menu: profile read, then the welcome modal), `/mentor-me help`, the App
 * Home's *Help* button and its *Mentor profile* button (profile read, skills, then the modal), from 1,000
 * people with profiles. `--profile` runs the app with `--cpu-prof` and prints where its CPU time went.
 */
import http from 'node:http';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSkillRepository } from '../src/db/repositories/skills';
import { ActionIds } from '../src/slack/ids';
import { commandBody, interactionBody, slackSignature } from '../test/support/slack-request';
import { blockAction } from '../test/support/payloads';
import { BENCH_SIGNING_SECRET, benchEnv, startChild, type ChildHandle } from './lib/app';
import { benchPrefix, createBenchDatabase, dropRedisPrefix } from './lib/env';
import { seedOrg } from './lib/seed-org';
import { Targets, header, ms, sleep, summarize, type Summary } from './lib/report';
import { printProfile } from './lib/profile-summary';

const P99_TARGET_MS = 100;
const MAX_TARGET_MS = 3000;
const P50_RATIO_TARGET = 1.5;
const TEAM = 'THTTP';

interface Phase {
  target: 'app' | 'bare';
  rate: number;
  summary: Summary;
  errors: number;
  over3s: number;
  achievedRate: number;
  slackCalls: Record<string, number>;
}

/** Fires `count` signed requests on an open-loop schedule; latency is from each request's due time. */
async function openLoop(url: string, bodies: (i: number) => { body: string; contentType: string }, rate: number, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const target = new URL(url);
  const count = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let done = 0;
  const t0 = performance.now() + 50;
  const send = (i: number, due: number) =>
    new Promise<void>((resolve) => {
      const { body, contentType } = bodies(i);
      const ts = Math.floor(Date.now() / 1000);
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: {
            'content-type': contentType,
            'content-length': Buffer.byteLength(body),
            'x-slack-request-timestamp': String(ts),
            'x-slack-signature': slackSignature(body, ts, BENCH_SIGNING_SECRET),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode !== 200) errors++;
            done++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        latencies.push(performance.now() - due);
        done++;
        resolve();
      });
      req.end(body);
    });
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < count; ) {
    const now = performance.now();
    // Everything due by now goes out now (late ones keep their original due time).
    while (i < count && t0 + (i * 1000) / rate <= now) {
      inflight.push(send(i, t0 + (i * 1000) / rate));
      i++;
    }
    if (i < count) await sleep(Math.max(0, t0 + (i * 1000) / rate - performance.now()));
  }
  await Promise.all(inflight);
  const elapsed = performance.now() - t0;
  agent.destroy();
  return { latencies, errors, achievedRate: (done / elapsed) * 1000 };
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1]! : fallback;
  };
  const rates = flag('--rates', '50,100,200').split(',').map(Number);
  const seconds = Number(flag('--seconds', '20'));
  const profile = argv.includes('--profile');
  header(`Acknowledgement under load (bench:http): ${rates.join(', ')} requests/s for ${seconds} s each, app (web role) vs bare Bolt`);
  const targets = new Targets();
  const bench = await createBenchDatabase('http');
  const prefix = benchPrefix('http');
  const children: ChildHandle[] = [];
  const profDir = profile ? mkdtempSync(path.join(tmpdir(), 'mm-bench-http-')) : '';
  try {
    await createSkillRepository(bench.db).seedCatalogue();
    const org = await seedOrg(bench.sql, {
      teamId: TEAM,
      members: 1000,
      deptSize: 25,
      mentorShare: 0.3,
      activePairings: 150,
      endedPairings: 50,
      now: new Date(),
      seed: 5,
    });
    const slack = await startChild('slack', {}, { queuePrefix: prefix });
    children.push(slack);
    const slackApiUrl = `http://127.0.0.1:${slack.port}/api/`;
    const app = await startChild('app', benchEnv({ slackApiUrl, databaseUrl: bench.url, role: 'web' }), {
      queuePrefix: prefix,
      execArgv: profile ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [],
    });
    children.push(app);
    const bare = await startChild('bare-bolt', benchEnv({ slackApiUrl, databaseUrl: bench.url, role: 'web' }), { queuePrefix: prefix });
    children.push(bare);
    console.log(`  app pid ${app.pid} (web role, ${org.slackIds.length.toLocaleString('en')} people with profiles), bare Bolt pid ${bare.pid}, loopback Slack pid ${slack.pid}`);

    let responseCounter = 0;
    const bodies = (i: number) => {
      const user = org.slackIds[(i * 7919) % org.slackIds.length]!;
      const responseUrl = `http://127.0.0.1:${slack.port}/response/r${++responseCounter}`;
      switch (i % 4) {
        case 0:
          return { body: commandBody({ userId: user, teamId: TEAM, text: '', responseUrl }), contentType: 'application/x-www-form-urlencoded' };
        case 1:
          return { body: commandBody({ userId: user, teamId: TEAM, text: 'help', responseUrl }), contentType: 'application/x-www-form-urlencoded' };
        case 2:
          return { body: interactionBody(blockAction({ userId: user, teamId: TEAM, actionId: ActionIds.openHelp })), contentType: 'application/x-www-form-urlencoded' };
        default:
          return { body: interactionBody(blockAction({ userId: user, teamId: TEAM, actionId: ActionIds.openMentorProfile })), contentType: 'application/x-www-form-urlencoded' };
      }
    };
    const urlOf = (c: ChildHandle) => `http://127.0.0.1:${c.port}/slack/events`;

    // Warm-up: JIT, connection pools, caches — for both, at a gentle rate.
    for (const c of [app, bare]) await openLoop(urlOf(c), bodies, 50, 4);
    await sleep(1000);
    await slack.ask({ type: 'stats' });

    const phases: Phase[] = [];
    for (const rate of rates) {
      for (const [name, c] of [['app', app], ['bare', bare]] as const) {
        const r = await openLoop(urlOf(c), bodies, rate, seconds);
        await sleep(1500); // let the work after each ack finish before the next phase
        const stats = await slack.ask<{ calls: Record<string, number> }>({ type: 'stats' });
        const summary = summarize(r.latencies);
        phases.push({ target: name, rate, summary, errors: r.errors, over3s: r.latencies.filter((l) => l > MAX_TARGET_MS).length, achievedRate: r.achievedRate, slackCalls: stats.calls });
        console.log(
          `  ${name.padEnd(4)} @ ${String(rate).padStart(3)}/s: ${summary.n} requests (${r.achievedRate.toFixed(0)}/s achieved), ` +
            `p50 ${ms(summary.p50)}, p99 ${ms(summary.p99)}, max ${ms(summary.max)}, non-200 ${r.errors}; ` +
            `Slack calls after the acks: ${Object.entries(stats.calls).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
        );
      }
    }

    console.log('\n== targets (latency from each request\'s due time to its response = the ack)');
    for (const rate of rates) {
      const a = phases.find((p) => p.target === 'app' && p.rate === rate)!;
      const b = phases.find((p) => p.target === 'bare' && p.rate === rate)!;
      const ratio = a.summary.p50 / b.summary.p50;
      console.log(`  -- ${rate}/s`);
      targets.info(`app p50 / p99 / max`, `${ms(a.summary.p50)} / ${ms(a.summary.p99)} / ${ms(a.summary.max, 0)}`);
      targets.info(`bare Bolt (baseline) p50 / p99 / max`, `${ms(b.summary.p50)} / ${ms(b.summary.p99)} / ${ms(b.summary.max, 0)}`);
      if (rate === 200) targets.check(`app p99 at ${rate}/s`, ms(a.summary.p99), `< ${P99_TARGET_MS} ms`, a.summary.p99 < P99_TARGET_MS);
      targets.check(`app requests over 3 s at ${rate}/s`, String(a.over3s), 'none', a.over3s === 0);
      targets.check(`app non-200 answers at ${rate}/s`, String(a.errors), 'none', a.errors === 0);
      targets.check(`app p50 / bare Bolt p50 at ${rate}/s`, `${ratio.toFixed(2)}×`, `<= ${P50_RATIO_TARGET}×`, ratio <= P50_RATIO_TARGET);
      targets.info(`app p99 / bare Bolt p99 at ${rate}/s`, `${(a.summary.p99 / b.summary.p99).toFixed(2)}×`);
    }
  } finally {
    for (const c of children.reverse()) await c.stop().catch(() => undefined);
    await bench.drop();
    await dropRedisPrefix(prefix);
  }
  if (profile) {
    console.log('\n== where the app spent its CPU (whole run, --cpu-prof)');
    for (const f of readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'))) printProfile(path.join(profDir, f), 30);
  }
  targets.done('bench:http');
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
