import { inArray } from 'drizzle-orm';
import { members as membersTable } from '../db/schema';
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
import type { PairingRow } from '../db/repositories/pairings';
import type { Member } from '../db/repositories/members';
import { decideDropoff, type DropoffDecision } from '../domain/sessions/dropoff';

/** What drop-off care decides for one active pairing right now (reads only). */
async function decide(deps: ServiceDeps, p: PairingRow, mentee: Member, mentor: Member, now: Date): Promise<DropoffDecision> {
  const upcoming = await deps.sessions.upcomingForPairing(p.teamId, p.id);
  // A pair with a session on the calendar is not dropping off.
  if (upcoming && upcoming.status === 'confirmed' && upcoming.startsAt > now) return { action: 'none', reason: 'not_due' };
  const last = await deps.sessions.lastHeld(p.teamId, p.id);
  return decideDropoff({
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
}

/**
 * Drop-off care, planned by the periodic tick: no session for two cadence periods → a friendly nudge to both;
 * three ignored prompts → the pairing is marked at risk and the mentee is offered a blame-free re-match.
 * Paused people get nothing. The tick only decides and enqueues one job per pairing and day; the sending
 * happens in those jobs, so a slow or rate-limited Slack never holds up the tick.
 */
export async function planDropoffCare(deps: ServiceDeps): Promise<{ queued: number }> {
  const now = deps.clock();
  const active = await deps.pairings.activePairings();
  if (!active.length) return { queued: 0 };
  const people = await deps.db
    .select()
    .from(membersTable)
    .where(inArray(membersTable.id, [...new Set(active.flatMap((p) => [p.menteeMemberId, p.mentorMemberId]))]));
  const byId = new Map(people.map((m) => [m.id, m]));
  const day = localParts(now, 'UTC').date.replace(/-/g, '');
  let queued = 0;
  for (const p of active) {
    const mentee = byId.get(p.menteeMemberId);
    const mentor = byId.get(p.mentorMemberId);
    // Both people must belong to the pairing's workspace (defence in depth: the query above spans workspaces).
    if (!mentee || !mentor || mentee.teamId !== p.teamId || mentor.teamId !== p.teamId || p.pausedAt) continue;
    if ((await decide(deps, p, mentee, mentor, now)).action === 'none') continue;
    await deps.jobs.enqueue({ name: 'pairing.dropoff', data: { teamId: p.teamId, pairingId: p.id } }, { jobId: `dropoff-${p.id}-${day}` });
    queued++;
  }
  return { queued };
}

/** Runs drop-off care for one pairing (the decision is made again: things may have changed since the tick). */
export async function runDropoffForPairing(deps: ServiceDeps, slack: SlackPort, teamId: string, pairingId: number): Promise<'nudged' | 'at_risk' | 'none'> {
  const now = deps.clock();
  const p = await deps.pairings.get(teamId, pairingId);
  if (!p || p.state !== 'active' || p.pausedAt) return 'none';
  const people = await deps.db.select().from(membersTable).where(inArray(membersTable.id, [p.menteeMemberId, p.mentorMemberId]));
  const mentee = people.find((m) => m.id === p.menteeMemberId);
  const mentor = people.find((m) => m.id === p.mentorMemberId);
  if (!mentee || !mentor || mentee.teamId !== teamId || mentor.teamId !== teamId) return 'none';
  const decision = await decide(deps, p, mentee, mentor, now);
  if (decision.action === 'nudge') {
    const day = localParts(now, 'UTC').date;
    for (const [me, other] of [
      [mentee, mentor],
      [mentor, mentee],
    ] as const) {
      const tr = translator(langFromLocale(me.locale));
      await deliverOnce(deps, slack, { key: `nudge-${p.id}-${day}-${me.slackUserId}`, teamId, recipient: me.slackUserId, kind: 'nudge' }, () =>
        buildNotice(tr('nudge.body', { other: other.slackUserId }), tr('nudge.text', { name: other.displayName || other.realName })),
      );
    }
    await deps.pairings.markNudged(teamId, p.id, now);
    return 'nudged';
  }
  if (decision.action === 'mark_at_risk' && (await deps.pairings.markAtRisk(teamId, p.id))) {
    const [skill] = await deps.skills.findByIds(teamId, [p.skillId]);
    if (!skill) return 'at_risk';
    const lang = langFromLocale(mentee.locale);
    const tr = translator(lang);
    const s = await suggestForSkill(deps, mentee, skill, { exclude: [mentor.id] });
    const names = await memberNames(deps, teamId, s.result.suggestions.map((x) => x.candidate.memberId));
    const intro = tr('risk.rematch', { other: mentor.slackUserId, skill: skillName(skill.names, lang) });
    const list = buildSuggestionsMessage(tr, lang, s, names);
    await deliverOnce(deps, slack, { key: `rematch-${p.id}`, teamId, recipient: mentee.slackUserId, kind: 'rematch' }, () => ({
      text: intro.replace(/<@(\w+)>/g, '@$1'),
      blocks: [...(buildNotice(intro, intro).blocks ?? []), ...(list.blocks ?? [])].slice(0, 50),
    }));
    return 'at_risk';
  }
  return 'none';
}
