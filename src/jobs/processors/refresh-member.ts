import type { ServiceDeps } from '../../services/deps';
import type { SlackPort } from '../../services/ports';
import { ensureMember } from '../../services/members';
import { publishHome } from '../../services/home';

/** Refreshes a member's tz/locale from Slack; when either changed, the App Home is republished to match. */
export const processRefreshMember =
  (deps: ServiceDeps, slackFor: (teamId: string) => Promise<SlackPort>) =>
  async (data: { teamId: string; userId: string }): Promise<void> => {
    const slack = await slackFor(data.teamId);
    const before = await deps.members.find(data.teamId, data.userId);
    const after = await ensureMember(deps, slack, data.teamId, data.userId, { forceRefresh: true });
    if (before && (before.tz !== after.tz || before.locale !== after.locale)) await publishHome(deps, slack, after);
  };
