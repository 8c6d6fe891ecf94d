import { Worker, UnrecoverableError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { isAppError } from '../errors';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services/deps';
import type { SlackPort } from '../services/ports';
import { QueueNames, jobSchemas, type JobName } from './queues';
import { processRefreshMember } from './processors/refresh-member';
import { reconcileTimers } from './reconciler';
import { processSessionTimer } from './processors/session-timer';
import { runDropoffCare } from '../services/dropoff';
import { processPairingExpire, processPairingRemind, processPairingVerdict } from './processors/pairing-timers';

export interface WorkerDeps {
  services: ServiceDeps;
  slackFor: (teamId: string) => Promise<SlackPort>;
  connection: Redis;
  prefix: string;
  logger: Logger;
  concurrency?: number;
}

/** Starts the worker for the main queue; returns it so shutdown can close it. */
export function createMainWorker(deps: WorkerDeps): Worker {
  const log = deps.logger.child({ component: 'worker' });
  const processors: { [K in JobName]: (data: never) => Promise<void> } = {
    'member.refresh': processRefreshMember(deps.services, deps.slackFor),
    'pairing.remind': processPairingRemind(deps.services, deps.slackFor),
    'pairing.expire': processPairingExpire(deps.services, deps.slackFor),
    'pairing.verdict': processPairingVerdict(deps.services, deps.slackFor),
    'system.reconcile': async () => {
      const n = await reconcileTimers(deps.services);
      const care = await runDropoffCare(deps.services, deps.slackFor);
      log.debug({ ...n, ...care }, 'periodic tick');
    },
    'session.timer': processSessionTimer(deps.services, deps.slackFor),
  };

  const worker = new Worker(
    QueueNames.main,
    async (job: Job) => {
      const name = job.name as JobName;
      const schema = jobSchemas[name];
      if (!schema) throw new UnrecoverableError(`unknown job ${job.name}`);
      const parsed = schema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`malformed data for ${job.name}`);
      try {
        await (processors[name] as (d: unknown) => Promise<void>)(parsed.data);
      } catch (err) {
        // A person who left the workspace will not come back on retry.
        if (isAppError(err, 'slack_permanent')) throw new UnrecoverableError(err.message);
        throw err;
      }
    },
    { connection: deps.connection, prefix: deps.prefix, concurrency: deps.concurrency ?? 10, autorun: true },
  );
  worker.on('failed', (job, err) => log.warn({ jobId: job?.id, job: job?.name, err: err.message }, 'job failed'));
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));
  return worker;
}
