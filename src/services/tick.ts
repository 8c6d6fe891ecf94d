import { dueDigests, dueKpiNudges } from '../domain/nudges';
import { isValidTimeZone, localParts, type IsoWeekday } from '../domain/time';
import { ensureMember } from './members';
import { isPaused } from './profiles';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/**
 * The scheduler tick (every 15 minutes): decides who is due in their own local time and enqueues one job per
 * recipient with a deterministic id, so a second tick, a second worker or a retry enqueues nothing new.
 */
export async function runSchedulerTick(
  deps: ServiceDeps,
  slackFor: (teamId: string) => Promise<SlackPort>,
  tick: Date,
): Promise<{ kpiNudges: number; digests: number }> {
  // Monthly KPI nudges: 10:00 on the first working day of the month in the mentee's zone.
  const mentees = await deps.digest.activeMentees();
  const byPairing = new Map(mentees.map((m) => [m.pairingId, m]));
  const nudges = dueKpiNudges(
    tick,
    mentees.map((m) => ({ pairingId: m.pairingId, tz: m.tz, paused: isPaused(m, localParts(tick, isValidTimeZone(m.tz) ? m.tz : 'UTC').date) })),
  );
  // Interleaved by workspace, so no workspace's nudges all queue up behind another's (each workspace sends at
  // its own pace), and enqueued a batch at a time rather than one round trip after the other.
  const nudgeJobs = interleaveByTeam(nudges.map((n) => ({ n, teamId: byPairing.get(n.pairingId)!.teamId })));
  for (let i = 0; i < nudgeJobs.length; i += ENQUEUE_BATCH) {
    await Promise.all(
      nudgeJobs
        .slice(i, i + ENQUEUE_BATCH)
        .map(({ n, teamId }) => deps.jobs.enqueue({ name: 'kpi.nudge', data: { teamId, pairingId: n.pairingId, yearMonth: n.yearMonth } }, { jobId: n.jobId })),
    );
  }

  // Weekly digests: the workspace's day and hour (Monday 09:00 by default) in each lead's zone.
  let digests = 0;
  const day = localParts(tick, 'UTC').date.replace(/-/g, '');
  for (const team of await deps.digest.activeTeams()) {
    // Leads read from a Slack profile field are re-read once a day (the field changes when people move teams).
    await deps.jobs.enqueue({ name: 'lead.sync', data: { teamId: team.teamId } }, { jobId: `lead-sync-${team.teamId}-${day}` });
    const leads = await deps.digest.leads(team.teamId);
    const withTz = [];
    for (const l of leads) {
      let tz = l.tz;
      if (!tz) {
        // A lead who never used the app: learn their zone once from Slack (stored for next time).
        tz = await ensureMember(deps, await slackFor(team.teamId), team.teamId, l.leadSlackUserId)
          .then((m) => m.tz)
          .catch(() => null);
      }
      if (tz) withTz.push({ leadSlackUserId: l.leadSlackUserId, tz, digestWeekday: team.digestWeekday as IsoWeekday, digestHour: team.digestHour });
    }
    for (const d of dueDigests(tick, withTz)) {
      await deps.jobs.enqueue({ name: 'digest.lead', data: { teamId: team.teamId, lead: d.lead, isoWeek: d.isoWeek } }, { jobId: d.jobId });
      digests++;
    }
  }
  return { kpiNudges: nudges.length, digests };
}

const ENQUEUE_BATCH = 50;

/** Round-robin over workspaces: the first item of each, then the second of each, … (order kept within one). */
function interleaveByTeam<T extends { teamId: string }>(items: readonly T[]): T[] {
  const byTeam = new Map<string, T[]>();
  for (const item of items) {
    const list = byTeam.get(item.teamId);
    if (list) list.push(item);
    else byTeam.set(item.teamId, [item]);
  }
  const lists = [...byTeam.values()];
  const out: T[] = [];
  for (let k = 0; out.length < items.length; k++) for (const list of lists) if (k < list.length) out.push(list[k]!);
  return out;
}
