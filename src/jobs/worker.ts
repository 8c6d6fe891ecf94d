import { Worker, UnrecoverableError, DelayedError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { isAppError } from '../errors';
import { isPacedLater } from '../slack/pacer';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services/deps';
import type { SlackPort } from '../services/ports';
import { QueueNames, jobSchemas, type JobName } from './queues';
import { processRefreshMember } from './processors/refresh-member';
import { reconcileTimers } from './reconciler';
import { processSessionTimer } from './processors/session-timer';
import { adminProcessors } from './processors/cohort-processors';
import { planDropoffCare, runDropoffForPairing } from '../services/dropoff';
import { purgeExpiredNotes } from '../services/privacy';
import { runSchedulerTick } from '../services/tick';
import { sendKpiNudge } from '../services/kpi-nudge';
import { sendLeadDigest } from '../services/digest';
import { processPairingExpire, processPairingRemind, processPairingVerdict } from './processors/pairing-timers';

export interface WorkerDeps {
  services: ServiceDeps;
  slackFor: (teamId: string) => Promise<SlackPort>;
  connection: Redis;
  prefix: string;
  logger: Logger;
  concurrency?: number;
  /** How long a job's lock lasts; a killed worker's jobs are picked up again after about this long. */
  lockMs?: number;
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
      // Cheap enqueues first: a slow step below must never delay someone's 10:00 nudge or 09:00 digest.
      const due = await runSchedulerTick(deps.services, deps.slackFor, deps.services.clock());
      // Notes retention (privacy): notes older than each workspace's setting are cleared. Postgres only, and
      // before the steps that depend on Slack or Redis, so a failure there never postpones a purge.
      const purged = await purgeExpiredNotes(deps.services);
      const n = await reconcileTimers(deps.services);
      const care = await planDropoffCare(deps.services);
      log.debug({ ...n, ...care, ...due, purged }, 'periodic tick');
    },
    'session.timer': processSessionTimer(deps.services, deps.slackFor),
    'pairing.dropoff': async (d: { teamId: string; pairingId: number }) => {
      await runDropoffForPairing(deps.services, await deps.slackFor(d.teamId), d.teamId, d.pairingId);
    },
    ...adminProcessors(deps.services, deps.slackFor),
    'kpi.nudge': async (d: { teamId: string; pairingId: number; yearMonth: string }) => {
      await sendKpiNudge(deps.services, await deps.slackFor(d.teamId), d);
    },
    'digest.lead': async (d: { teamId: string; lead: string; isoWeek: string }) => {
      await sendLeadDigest(deps.services, await deps.slackFor(d.teamId), d);
    },
  };

  const worker = new Worker(
    QueueNames.main,
    async (job: Job, token?: string) => {
      const name = job.name as JobName;
      const schema = jobSchemas[name];
      if (!schema) throw new UnrecoverableError(`unknown job ${job.name}`);
      const parsed = schema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`malformed data for ${job.name}`);
      // A workspace that uninstalled the app (or revoked its token) gets nothing more, whatever was queued.
      const teamId = (parsed.data as { teamId?: unknown }).teamId;
      if (typeof teamId === 'string' && !(await deps.services.installations.isActive(teamId))) {
        log.info({ jobId: job.id, job: job.name, team: teamId }, 'skipped: the workspace is no longer active');
        return;
      }
      try {
        await (processors[name] as (d: unknown) => Promise<void>)(parsed.data);
      } catch (err) {
        // A person who left the workspace will not come back on retry.
        if (isAppError(err, 'slack_permanent')) throw new UnrecoverableError(err.message);
        // Another attempt is sending this very message right now: come back after its lease; or the workspace's
        // next send slot is a while away: come back at its place in line (parked, not holding a worker slot).
        // Neither spends one of this job's attempts.
        const retryAt = isAppError(err, 'conflict') || isPacedLater(err) ? Number(err.details?.retryAt) : NaN;
        if (Number.isFinite(retryAt) && token) {
          await job.moveToDelayed(retryAt, token);
          throw new DelayedError();
        }
        throw err;
      }
    },
    {
      connection: deps.connection,
      prefix: deps.prefix,
      // Jobs mostly wait (Postgres, Slack, a workspace's send slot: up to JOB_PARK_BEYOND_MS each), so many
      // run at once; with 10, a fan-out across 20 workspaces at Slack's pace was limited by waiting jobs.
      concurrency: deps.concurrency ?? 50,
      autorun: true,
      ...(deps.lockMs ? { lockDuration: deps.lockMs, stalledInterval: deps.lockMs } : {}),
    },
  );
  worker.on('failed', (job, err) =>
    log.warn({ jobId: job?.id, job: job?.name, err: err.message, cause: (err.cause as Error | undefined)?.message }, 'job failed'),
  );
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));
  return worker;
}
