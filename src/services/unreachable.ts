import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';
import { langFromLocale, translator } from '../i18n';
import { buildNotice } from '../views/messages/pairing';
import { skillName } from '../views/skills';
import { deliverOnce } from './delivery';

/**
 * Slack answered that a person cannot be reached any more (user_not_found, account_inactive, …). Retrying
 * will not bring them back: they are marked inactive, their open pairings are paused, and the other side of
 * each pairing gets one short note, so nobody waits for someone who left.
 */
export async function markUnreachable(deps: ServiceDeps, slack: SlackPort, teamId: string, slackUserId: string): Promise<void> {
  const now = deps.clock();
  const gone = await deps.members.find(teamId, slackUserId);
  if (!gone) return;
  await deps.members.markInactive(teamId, slackUserId, now);
  for (const p of await deps.pairings.openForMember(teamId, gone.id)) {
    if (!(await deps.pairings.pauseUnreachable(teamId, p.id, now))) continue;
    const otherId = p.menteeMemberId === gone.id ? p.mentorMemberId : p.menteeMemberId;
    const [other] = await deps.members.byIds(teamId, [otherId]);
    const [skill] = await deps.skills.findByIds(teamId, [p.skillId]);
    if (!other || other.deleted) continue;
    const lang = langFromLocale(other.locale);
    const tr = translator(lang);
    const text = tr('unreachable.note', { other: slackUserId, skill: skill ? skillName(skill.names, lang) : '' });
    await deliverOnce(deps, slack, { key: `unreachable-${p.id}-${slackUserId}`, teamId, recipient: other.slackUserId, kind: 'unreachable' }, () =>
      buildNotice(text, tr('unreachable.text')),
    ).catch((err: unknown) => deps.logger.warn({ err, pairing: p.id }, 'could not tell the other side that a partner is unreachable'));
  }
}
