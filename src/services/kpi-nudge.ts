import { localParts } from '../domain/time';
import { langFromLocale, translator } from '../i18n';
import { buildKpiNudgeMessage } from '../views/messages/kpi';
import { skillName } from '../views/skills';
import { deliverOnce } from './delivery';
import { isPaused } from './profiles';
import { members } from '../db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/**
 * The monthly KPI nudge to the mentee: each KPI's progress, what is due this month, an *Update* button.
 * Once per pairing and month (`kpi-<pairing>-<yyyymm>`), whatever the workers, restarts or retries.
 */
export async function sendKpiNudge(deps: ServiceDeps, slack: SlackPort, d: { teamId: string; pairingId: number; yearMonth: string }): Promise<'sent' | 'skipped' | 'duplicate' | 'recovered'> {
  const pairing = await deps.pairings.get(d.teamId, d.pairingId);
  if (!pairing || pairing.state !== 'active' || pairing.pausedAt) return 'skipped';
  const kpis = await deps.kpis.forPairing(pairing.teamId, pairing.id);
  if (!kpis.length) return 'skipped';
  const people = await deps.db
    .select()
    .from(members)
    .where(and(eq(members.teamId, pairing.teamId), inArray(members.id, [pairing.menteeMemberId, pairing.mentorMemberId])));
  const mentee = people.find((p) => p.id === pairing.menteeMemberId);
  const mentor = people.find((p) => p.id === pairing.mentorMemberId);
  if (!mentee || !mentor) return 'skipped';
  const today = localParts(deps.clock(), mentee.tz).date;
  if (isPaused(mentee, today)) return 'skipped';
  const [skill] = await deps.skills.findByIds(d.teamId, [pairing.skillId]);
  const lang = langFromLocale(mentee.locale);
  return deliverOnce(deps, slack, { key: `kpi-${pairing.id}-${d.yearMonth}`, teamId: d.teamId, recipient: mentee.slackUserId, kind: 'kpi_nudge' }, () =>
    buildKpiNudgeMessage(translator(lang), lang, {
      pairingId: pairing.id,
      skill: skill ? skillName(skill.names, lang) : '',
      mentorSlackId: mentor.slackUserId,
      kpis,
      today,
      yearMonth: d.yearMonth,
    }),
  );
}
