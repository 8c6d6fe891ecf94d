import { Queue, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { JobRequest, JobsPort } from '../services/ports';
import { adminJobSchemas } from './processors/cohort-schemas';

/** Queue names. No `:` in names or ids (BullMQ uses it as its key separator). */
export const QueueNames = {
  main: 'mentor-me',
} as const;

const pairingJob = z.object({ teamId: z.string().min(1).max(32), pairingId: z.number().int().positive() });

/** Job data is parsed with zod when a worker picks it up; a malformed job fails permanently. */
export const jobSchemas = {
  'member.refresh': z.object({ teamId: z.string().min(1).max(32), userId: z.string().min(1).max(32) }),
  'pairing.remind': pairingJob,
  'pairing.expire': pairingJob,
  'pairing.verdict': pairingJob,
  'system.reconcile': z.object({}).strict(),
  'pairing.dropoff': pairingJob,
  'kpi.nudge': z.object({ teamId: z.string().min(1).max(32), pairingId: z.number().int().positive(), yearMonth: z.string().regex(/^\d{6}$/) }),
  'digest.lead': z.object({ teamId: z.string().min(1).max(32), lead: z.string().regex(/^[UW][A-Z0-9]{2,20}$/), isoWeek: z.string().regex(/^\d{4}-W\d{2}$/) }),
  ...adminJobSchemas,
  'session.timer': z.object({
    teamId: z.string().min(1).max(32),
    sessionId: z.number().int().positive(),
    revision: z.number().int().positive(),
    kind: z.enum(['agenda_prompt', 'reminder', 'checkin']),
    recipient: z.string().regex(/^[UW][A-Z0-9]{2,20}$/),
    offsetLabel: z.string().max(16),
    startsAt: z.iso.datetime(),
  }),
} as const satisfies Record<JobRequest['name'], z.ZodType>;

export type JobName = keyof typeof jobSchemas;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 1000, age: 24 * 3600 },
  removeOnFail: { count: 5000, age: 7 * 24 * 3600 },
};

export interface Queues {
  main: Queue;
  close(): Promise<void>;
}


/** One repeatable reconcile job per deployment, however many processes start (BullMQ dedupes by scheduler id). */
export async function ensureSchedulers(queues: Queues): Promise<void> {
  // Aligned to :00/:15/:30/:45 so each 15-minute local-time window ("10:00 on the first working day") gets
  // exactly one tick.
  await queues.main.upsertJobScheduler('system-reconcile', { pattern: '*/15 * * * *' }, { name: 'system.reconcile', data: {} });
}

export function createQueues(connection: Redis, prefix: string): Queues {
  const main = new Queue(QueueNames.main, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  return {
    main,
    close: async () => {
      await main.close();
    },
  };
}

/** The JobsPort services use: validates data before it ever reaches Redis. */
export function createJobsPort(queues: Queues): JobsPort {
  return {
    async enqueue(job, opts = {}) {
      const data = jobSchemas[job.name].parse(job.data);
      if (opts.jobId?.includes(':')) throw new Error(`job id must not contain ':' (${opts.jobId})`);
      await queues.main.add(job.name, data, {
        ...(opts.jobId ? { jobId: opts.jobId } : {}),
        ...(opts.delayMs ? { delay: opts.delayMs } : {}),
        ...(job.name === 'member.refresh' ? { removeOnComplete: true } : {}),
      });
    },
    async cancel(jobId) {
      // A job that is running right now cannot be removed; its processor re-checks Postgres and does nothing.
      await queues.main.remove(jobId).catch(() => undefined);
    },
    async cancelForTeam(teamId, person) {
      return removePendingJobs(queues.main, (data) => data.teamId === teamId && (person === undefined || Object.values(data).includes(person)));
    },
  };
}

/**
 * Removes waiting and delayed jobs whose data matches. Matches are collected page by page first and removed
 * afterwards, so removals cannot shift a page and hide a job from the scan.
 */
export async function removePendingJobs(queue: Queue, match: (data: Record<string, unknown>) => boolean): Promise<number> {
  const PAGE = 500;
  const hits: Job[] = [];
  for (const state of ['delayed', 'waiting', 'prioritized', 'paused'] as const) {
    for (let start = 0; ; start += PAGE) {
      const page = await queue.getJobs([state], start, start + PAGE - 1, true);
      hits.push(...page.filter((j) => j && typeof j.data === 'object' && j.data !== null && match(j.data as Record<string, unknown>)));
      if (page.length < PAGE) break;
    }
  }
  let removed = 0;
  for (const job of hits) {
    // A job that started meanwhile cannot be removed; its processor re-checks the workspace and does nothing.
    if (await job.remove().then(() => true, () => false)) removed++;
  }
  return removed;
}
