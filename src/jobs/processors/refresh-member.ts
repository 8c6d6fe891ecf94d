import type { ServiceDeps } from '../../services/deps';
import type { SlackPort } from '../../services/ports';
import { ensureMember } from '../../services/members';

/** Refreshes a member's tz/locale from Slack (queued on App Home opens). */
export const processRefreshMember =
  (deps: ServiceDeps, slackFor: (teamId: string) => Promise<SlackPort>) =>
  async (data: { teamId: string; userId: string }): Promise<void> => {
    const slack = await slackFor(data.teamId);
    await ensureMember(deps, slack, data.teamId, data.userId, { forceRefresh: true });
  };
