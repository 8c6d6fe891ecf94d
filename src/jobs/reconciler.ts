import type { ServiceDeps } from '../services/deps';
import { scheduleProposalTimers, scheduleVerdictTimer } from '../services/pairings';
import { scheduleSessionTimers } from '../services/sessions';

/**
 * Redis only carries timers; Postgres is the record. This re-creates every timer that should exist from the
 * rows, so a flushed or restored Redis loses nothing. Re-adding an existing job id is a no-op, and every
 * processor claims its work in Postgres, so running this often is safe.
 */
export async function reconcileTimers(deps: ServiceDeps): Promise<{ pairings: number; sessions: number }> {
  const now = deps.clock();
  const rows = await deps.pairings.pendingTimers();
  for (const row of rows) {
    if (row.state === 'proposed') await scheduleProposalTimers(deps, row, now);
    if (row.state === 'coffee') await scheduleVerdictTimer(deps, row, now);
  }
  // Sessions up to a day old still owe their check-ins (end + 15 min, or the next working morning).
  const sessions = await deps.sessions.confirmedSince(new Date(now.getTime() - 36 * 3600_000));
  for (const s of sessions) await scheduleSessionTimers(deps, s);
  return { pairings: rows.length, sessions: sessions.length };
}
