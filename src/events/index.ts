import type { App } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';

/** Registers every Events API listener. */
export function register(app: App, deps: ServiceDeps): void {
  app.event('app_home_opened', async ({ event, context }) => {
    // Keep the member's time zone and locale fresh without delaying anything the user sees.
    if (event.tab !== 'home' || !context.teamId) return;
    await deps.jobs
      .enqueue(
        { name: 'member.refresh', data: { teamId: context.teamId, userId: event.user } },
        { jobId: `member-refresh-${context.teamId}-${event.user}` },
      )
      .catch((err: unknown) => deps.logger.warn({ err }, 'could not enqueue member refresh'));
  });
}
