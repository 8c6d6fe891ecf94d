import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { JobRequest, JobsPort } from '../services/ports';

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

/** How often the reconciler re-checks Postgres against Redis (and, later, the scheduler tick). */
export const RECONCILE_EVERY_MS = 15 * 60 * 1000;

/** One repeatable reconcile job per deployment, however many processes start (BullMQ dedupes by scheduler id). */
export async function ensureSchedulers(queues: Queues): Promise<void> {
  await queues.main.upsertJobScheduler('system-reconcile', { every: RECONCILE_EVERY_MS }, { name: 'system.reconcile', data: {} });
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
  };
}
