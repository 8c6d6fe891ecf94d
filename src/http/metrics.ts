import { Registry, collectDefaultMetrics, Counter, Histogram } from 'prom-client';

/** One registry per app instance (tests start several apps in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    commands: new Counter({
      name: 'mentor_me_commands_total',
      help: 'Slash commands handled, by subcommand',
      labelNames: ['subcommand'],
      registers: [registry],
    }),
    jobs: new Counter({
      name: 'mentor_me_jobs_total',
      help: 'Jobs processed, by name and outcome',
      labelNames: ['job', 'outcome'],
      registers: [registry],
    }),
    slackCalls: new Histogram({
      name: 'mentor_me_slack_call_seconds',
      help: 'Latency of Slack Web API calls',
      labelNames: ['method'],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
