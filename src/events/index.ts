import type { App } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { ensureMember } from '../services/members';
import { publishHome } from '../services/home';
import { createSlackPort } from '../slack/web-slack-port';
import { deactivateWorkspace } from '../services/installation';

/** Registers every Events API listener. */
export function register(app: App, deps: ServiceDeps): void {
  app.event('app_home_opened', async ({ event, context, client }) => {
    if (event.tab !== 'home' || !context.teamId) return;
    const teamId = context.teamId;
    try {
      const slack = createSlackPort(client, deps.pacer);
      const member = await ensureMember(deps, slack, teamId, event.user);
      await publishHome(deps, slack, member);
      // The cached profile may be up to an hour old; refresh tz/locale in the background and republish if changed.
      await deps.jobs
        .enqueue({ name: 'member.refresh', data: { teamId, userId: event.user } }, { jobId: `member-refresh-${teamId}-${event.user}` })
        .catch((err: unknown) => deps.logger.warn({ err }, 'could not enqueue member refresh'));
    } catch (err) {
      deps.logger.error({ err, team: teamId, user: event.user }, 'app home failed');
    }
  });

  // Slack sends these without an installation to authorise against (Bolt skips authorize for them); the
  // envelope's team id says which workspace left. Errors propagate so Slack retries the event.
  app.event('app_uninstalled', async ({ body, context }) => {
    const teamId = body.team_id || context.teamId;
    if (teamId) await deactivateWorkspace(deps, teamId, 'app_uninstalled');
  });
  app.event('tokens_revoked', async ({ event, body, context }) => {
    const teamId = body.team_id || context.teamId;
    // Mentor Me only holds bot tokens; revoked user tokens (none of ours) change nothing.
    if (teamId && (event.tokens.bot ?? []).length > 0) await deactivateWorkspace(deps, teamId, 'tokens_revoked');
  });
}
