import type { Member } from '../db/repositories/members';
import type { EndedPairing, PersonalData } from '../db/repositories/privacy';
import { formatDateTime, localParts } from '../domain/time';
import { langFromLocale, translator, type Lang } from '../i18n';
import { buildNotice } from '../views/messages/pairing';
import { skillName } from '../views/skills';
import { timerIds } from './pairings';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/** Version tag of the export file, so a reader knows which shape it holds. */
export const EXPORT_FORMAT = 'mentor-me-personal-data/1';

/** What `/mentor-me privacy` needs to explain storage and retention for this workspace. */
export async function privacyOverview(deps: Pick<ServiceDeps, 'privacy'>, member: Member): Promise<{ retentionDays: number }> {
  return { retentionDays: await deps.privacy.retentionDays(member.teamId) };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * The export document: everything stored about one person, in plain words for keys, dates as ISO 8601. The
 * other person of a pairing appears only as their Slack id (the member knows who they were paired with);
 * their notes are theirs and are not included. A private reason for ending is included only when this
 * person wrote it. Pure.
 */
export function buildExportDocument(data: PersonalData, now: Date) {
  const { member } = data;
  const roleIn = (p: PersonalData['pairings'][number]) => (p.menteeMemberId === member.id ? 'mentee' : 'mentor');
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    workspace: member.teamId,
    profile: {
      slackUserId: member.slackUserId,
      displayName: member.displayName,
      realName: member.realName,
      timeZone: member.tz,
      locale: member.locale,
      pausedAt: iso(member.pausedAt),
      pausedUntil: member.pausedUntil,
      firstSeen: iso(member.createdAt),
      lastUpdated: iso(member.updatedAt),
    },
    learning: data.menteeProfile
      ? {
          goals: data.goals.map((g) => ({ skill: g.skill, level: g.level, goal: g.goal })),
          offers: data.menteeProfile.offers,
          offerNote: data.menteeProfile.offerNote,
          format: data.menteeProfile.format,
          sessionMinutes: data.menteeProfile.sessionMinutes,
          teamLead: data.menteeProfile.leadSlackUserId,
          shareWithLead: data.menteeProfile.shareWithLead,
          doNotPairWith: data.menteeProfile.avoidSlackUserIds,
        }
      : null,
    teaching: data.mentorProfile
      ? {
          skills: data.teaching.map((t) => ({ skill: t.skill, level: t.level })),
          styles: data.mentorProfile.styles,
          capacity: data.mentorProfile.capacity,
          languages: data.mentorProfile.languages,
          availability: data.mentorProfile.availability,
          primerSentAt: iso(data.mentorProfile.primerSentAt),
          primerReadAt: iso(data.mentorProfile.primerAckAt),
        }
      : null,
    pairings: data.pairings.map((p) => {
      const role = roleIn(p);
      return {
        id: p.id,
        role,
        skill: p.skill,
        partner: p.partnerSlackUserId,
        state: p.state,
        outcome: p.outcome,
        proposal: { goals: p.goals, kpis: p.kpiDrafts, offers: p.offers, offerNote: p.offerNote, format: p.format, sessionMinutes: p.sessionMinutes },
        coffee: p.coffeeAt ? { at: iso(p.coffeeAt), minutes: p.coffeeMinutes } : null,
        verdicts: { mentee: p.menteeVerdict, mentor: p.mentorVerdict },
        plan: p.cadence
          ? { cadence: p.cadence, format: p.planFormat, minutes: p.planMinutes, start: p.planStart, successCriteria: p.successCriteria, kpis: p.planKpis }
          : null,
        endedBy: p.endedBy,
        endReason: p.endedBy === role ? p.endReason : null,
        createdAt: iso(p.createdAt),
        activeAt: iso(p.activeAt),
        endedAt: iso(p.endedAt),
      };
    }),
    sessions: data.sessions.map((s) => ({
      pairingId: s.pairingId,
      startsAt: iso(s.startsAt),
      minutes: s.durationMinutes,
      status: s.status,
      agenda: { topics: s.agendaTopics, handsOn: s.agendaHandsOn },
    })),
    checkins: data.checkins.map((c) => ({
      sessionId: c.sessionId,
      role: c.role,
      happened: c.happened,
      rating: c.rating,
      learned: c.learned,
      confidence: c.confidence,
      feedback: c.feedback,
      at: iso(c.createdAt),
    })),
    kpis: data.kpis.map((k) => ({
      pairingId: k.pairingId,
      description: k.description,
      target: k.target,
      unit: k.unit,
      current: k.current,
      due: k.dueDate,
      doneAt: iso(k.doneAt),
      updates: data.kpiUpdates.filter((u) => u.kpiId === k.id).map((u) => ({ value: u.value, note: u.note, at: iso(u.createdAt) })),
    })),
    waitlist: data.waitlist.map((w) => ({ skill: w.skill, since: iso(w.createdAt), notifiedAt: iso(w.notifiedAt) })),
    cohorts: data.cohorts.map((c) => ({ cohort: c.cohort, invitedAt: iso(c.invitedAt) })),
    surveyAnswers: data.surveyAnswers.map((a) => ({ cohortId: a.cohortId, answers: a.answers, at: iso(a.createdAt) })),
    teamLeadMappings: data.leadMappings.map((l) => ({ source: l.source, lead: l.lead })),
    messagesSent: data.deliveries.map((d) => ({ kind: d.kind, key: d.key, createdAt: iso(d.createdAt), sentAt: iso(d.sentAt) })),
  };
}

export type ExportDocument = ReturnType<typeof buildExportDocument>;

/**
 * `/mentor-me privacy export`: the whole document as a JSON file in the member's own DM with the app
 * (`mentor-me-data-YYYY-MM-DD.json`, the date in their zone). Only ever the asker's own data.
 */
export async function exportPersonalData(deps: Pick<ServiceDeps, 'privacy' | 'clock'>, slack: SlackPort, member: Member): Promise<{ filename: string }> {
  const data = await deps.privacy.collect(member.teamId, member.id);
  if (!data) throw new Error('member vanished before the export');
  const now = deps.clock();
  const lang = langFromLocale(member.locale);
  const tr = translator(lang);
  const filename = `mentor-me-data-${localParts(now, member.tz).date}.json`;
  await slack.uploadFile({
    userId: member.slackUserId,
    filename,
    title: tr('privacy.export_title'),
    content: `${JSON.stringify(buildExportDocument(data, now), null, 2)}\n`,
    comment: tr('privacy.export_comment', { date: formatDateTime(now, member.tz, lang, 'date') }),
  });
  return { filename };
}

export interface Erasure {
  erased: boolean;
  teamId: string;
  /** The erased person's Slack id, for their (now empty) App Home. */
  slackUserId: string;
  lang: Lang;
  endedPairings: EndedPairing[];
}

/**
 * `/mentor-me privacy delete`, after the confirmation: erases the person's data (see
 * `PrivacyRepository.erase`), then removes every pending job that names them or a pairing of theirs, so no
 * reminder, nudge or digest goes out for them afterwards. Idempotent: a second call finds nothing.
 */
export async function erasePersonalData(deps: Pick<ServiceDeps, 'privacy' | 'jobs' | 'clock' | 'logger'>, member: Member): Promise<Erasure> {
  const result = await deps.privacy.erase(member.teamId, member.id, deps.clock());
  const base = { teamId: member.teamId, slackUserId: member.slackUserId, lang: langFromLocale(member.locale) };
  if (!result.erased) return { ...base, erased: false, endedPairings: [] };
  for (const id of result.pairingIds) for (const jobId of Object.values(timerIds(id))) await deps.jobs.cancel(jobId);
  const removed = await deps.jobs.cancelForTeam(member.teamId, member.slackUserId);
  // Never log the person's id or name: the log would keep what the erasure just removed.
  deps.logger.info({ team: member.teamId, pairings: result.pairingIds.length, ended: result.endedPairings.length, jobsRemoved: removed }, 'personal data erased');
  return { ...base, erased: true, endedPairings: result.endedPairings };
}

/** Tells the other person of each pairing the erasure ended, blame-free and without naming anyone. */
export async function tellPartnersOfErasure(deps: Pick<ServiceDeps, 'members' | 'skills' | 'logger'>, slack: SlackPort, erasure: Erasure): Promise<void> {
  if (!erasure.endedPairings.length) return;
  const partners = await deps.members.byIds(erasure.teamId, erasure.endedPairings.map((p) => p.partnerMemberId));
  const skills = await deps.skills.findByIds(erasure.teamId, [...new Set(erasure.endedPairings.map((p) => p.skillId))]);
  for (const ended of erasure.endedPairings) {
    const partner = partners.find((m) => m.id === ended.partnerMemberId);
    const skill = skills.find((s) => s.id === ended.skillId);
    if (!partner || partner.deleted || !skill) continue;
    const lang = langFromLocale(partner.locale);
    const text = translator(lang)('privacy.partner_ended', { skill: skillName(skill.names, lang) });
    await slack.sendDm(partner.slackUserId, buildNotice(text, text.replace(/[*_]/g, ''))).catch((err: unknown) => deps.logger.warn({ err }, 'could not tell a partner about an erasure'));
  }
}

/** The periodic retention purge (run by the `system.reconcile` tick). */
export async function purgeExpiredNotes(deps: Pick<ServiceDeps, 'privacy' | 'clock'>) {
  return deps.privacy.purgeExpiredNotes(deps.clock());
}
