import { inArray } from 'drizzle-orm';
import { members as membersTable } from '../db/schema';
import { decideDropoff } from '../domain/sessions/dropoff';
import { localParts } from '../domain/time';
import { langFromLocale, translator } from '../i18n';
import { buildNotice, buildSuggestionsMessage } from '../views/messages/pairing';
import { skillName } from '../views/skills';
import { suggestForSkill } from './matching';
import { memberNames } from './pairings';
import { isPaused } from './profiles';
import { deliverOnce } from './delivery';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/**
 * Drop-off care, run by the periodic tick: no session for two cadence periods → a friendly nudge to both;
 * three ignored prompts → the pairing is marked at risk and the mentee is offered a blame-free re-match.
 * Paused people get nothing. Each nudge is a once-only delivery per pairing and day.
 */
export async function runDropoffCare(deps: ServiceDeps, slackFor: (teamId: string) => Promise<SlackPort>): Promise<{ nudged: number; atRisk: number }> {
  const now = deps.clock();
  const active = await deps.pairings.activePairings();
  if (!active.length) return { nudged: 0, atRisk: 0 };
  const people = await deps.db
    .select()
    .from(membersTable)
    .where(inArray(membersTable.id, [...new Set(active.flatMap((p) => [p.menteeMemberId, p.mentorMemberId]))]));
  const byId = new Map(people.map((m) => [m.id, m]));
  let nudged = 0;
  let atRisk = 0;
  for (const p of active) {
    const mentee = byId.get(p.menteeMemberId);
    const mentor = byId.get(p.mentorMemberId);
    if (!mentee || !mentor) continue;
    const upcoming = await deps.sessions.upcomingForPairing(p.id);
    // A pair with a session on the calendar is not dropping off.
    if (upcoming && upcoming.status === 'confirmed' && upcoming.startsAt > now) continue;
    const last = await deps.sessions.lastHeld(p.id);
    const decision = decideDropoff({
      cadence: (p.cadence ?? 'biweekly') as 'weekly' | 'biweekly' | 'monthly',
      lastHeldAt: last?.startsAt ?? null,
      activeSince: p.activeAt ?? p.createdAt,
      lastNudgeAt: p.lastNudgeAt,
      now,
      people: [
        { slackUserId: mentee.slackUserId, role: 'mentee', paused: isPaused(mentee, localParts(now, mentee.tz).date) },
        { slackUserId: mentor.slackUserId, role: 'mentor', paused: isPaused(mentor, localParts(now, mentor.tz).date) },
      ],
      ignoredPrompts: p.ignoredPrompts,
      atRisk: p.atRisk,
    });
    if (decision.action === 'none') continue;
    const slack = await slackFor(p.teamId);
    if (decision.action === 'nudge') {
      const day = localParts(now, 'UTC').date;
      for (const [me, other] of [
        [mentee, mentor],
        [mentor, mentee],
      ] as const) {
        const tr = translator(langFromLocale(me.locale));
        await deliverOnce(deps, slack, { key: `nudge-${p.id}-${day}-${me.slackUserId}`, teamId: p.teamId, recipient: me.slackUserId, kind: 'nudge' }, () =>
          buildNotice(tr('nudge.body', { other: other.slackUserId }), tr('nudge.text', { name: other.displayName || other.realName })),
        );
      }
      await deps.pairings.markNudged(p.id, now);
      nudged++;
    } else if (await deps.pairings.markAtRisk(p.id)) {
      atRisk++;
      const [skill] = await deps.skills.findByIds(p.teamId, [p.skillId]);
      if (!skill) continue;
      const lang = langFromLocale(mentee.locale);
      const tr = translator(lang);
      const s = await suggestForSkill(deps, mentee, skill, { exclude: [mentor.id] });
      const names = await memberNames(deps, s.result.suggestions.map((x) => x.candidate.memberId));
      const intro = tr('risk.rematch', { other: mentor.slackUserId, skill: skillName(skill.names, lang) });
      const list = buildSuggestionsMessage(tr, lang, s, names);
      await slack.sendDm(mentee.slackUserId, { text: intro.replace(/<@(\w+)>/g, '@$1'), blocks: [...(buildNotice(intro, intro).blocks ?? []), ...(list.blocks ?? [])].slice(0, 50) });
    }
  }
  return { nudged, atRisk };
}
