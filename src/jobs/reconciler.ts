import type { ServiceDeps } from '../services/deps';
import { scheduleProposalTimers, scheduleVerdictTimer } from '../services/pairings';

/**
 * Redis only carries timers; Postgres is the record. This re-creates every timer that should exist from the
 * rows, so a flushed or restored Redis loses nothing. Re-adding an existing job id is a no-op, and every
 * processor claims its work in Postgres, so running this often is safe.
 */
export async function reconcileTimers(deps: ServiceDeps): Promise<{ pairings: number }> {
  const now = deps.clock();
  const rows = await deps.pairings.pendingTimers();
  for (const row of rows) {
    if (row.state === 'proposed') await scheduleProposalTimers(deps, row, now);
    if (row.state === 'coffee') await scheduleVerdictTimer(deps, row, now);
  }
  return { pairings: rows.length };
}
