import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';
import type { Member } from '../db/repositories/members';
import { sessionRole } from './sessions';
import { langFromLocale, translator } from '../i18n';
import { buildCheckinModal } from '../views/checkin/build';
import { skillName } from '../views/skills';

/**
 * `/mentor-me log`: opens the check-in for the member's most recent session that has started and that they
 * have not checked in yet.
 */
export async function openLatestCheckin(deps: ServiceDeps, slack: SlackPort, member: Member, triggerId: string): Promise<'opened' | 'none'> {
  const now = deps.clock();
  const pairings = (await deps.pairings.openForMember(member.teamId, member.id)).filter((p) => p.state === 'active');
  for (const p of pairings) {
    const journal = await deps.sessions.journal(p.teamId, p.id);
    const candidate = [...journal]
      .reverse()
      .find(({ session, checkins }) => ['confirmed', 'held'].includes(session.status) && session.startsAt <= now && !checkins.some((c) => c.memberId === member.id));
    if (!candidate) continue;
    const who = await sessionRole(deps, member, candidate.session.id);
    if (!who.ok) continue;
    const lang = langFromLocale(member.locale);
    await slack.openModal(
      triggerId,
      buildCheckinModal(translator(lang), { sessionId: who.session.id, role: who.role, otherName: who.other.displayName || who.other.realName, skill: skillName(who.pair.skill.names, lang) }),
    );
    return 'opened';
  }
  return 'none';
}
