import type { ServiceDeps } from './deps';

/**
 * The app was removed from a workspace (`app_uninstalled`) or its bot token revoked (`tokens_revoked`):
 * the workspace is marked inactive first (so processors that are running right now stop at their next
 * check), then its stored tokens are deleted and its pending timers removed. Nothing else is deleted: a
 * re-install finds the program as it was. Idempotent (Slack retries events).
 */
export async function deactivateWorkspace(
  deps: Pick<ServiceDeps, 'installations' | 'jobs' | 'clock' | 'logger'>,
  teamId: string,
  reason: 'app_uninstalled' | 'tokens_revoked',
): Promise<{ tokensDeleted: boolean; jobsRemoved: number }> {
  await deps.installations.setActive(teamId, false, deps.clock());
  const tokensDeleted = await deps.installations.remove(teamId);
  const jobsRemoved = await deps.jobs.cancelForTeam(teamId);
  deps.logger.info({ team: teamId, reason, tokensDeleted, jobsRemoved }, 'workspace deactivated');
  return { tokensDeleted, jobsRemoved };
}

/**
 * Single-token mode has no install callback: the workspace the configured token belongs to is (re)activated
 * at start-up, so a re-install with a new token brings its jobs back.
 */
export async function activateWorkspace(deps: Pick<ServiceDeps, 'installations' | 'clock'>, teamId: string): Promise<void> {
  await deps.installations.setActive(teamId, true, deps.clock());
}
