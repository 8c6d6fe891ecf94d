import { and, eq, inArray } from 'drizzle-orm';
import type { Member } from '../db/repositories/members';
import type { PairingRow } from '../db/repositories/pairings';
import { UPCOMING, type SessionRow } from '../db/repositories/sessions';
import type { SkillRow } from '../db/repositories/skills';
import { members as membersTable } from '../db/schema';
import { agendaTopicsFor } from '../domain/sessions/agenda-templates';
import { formatDateTime, formatZone } from '../domain/time';
import { langFromLocale, translator, type MessageKey } from '../i18n';
import { buildAgendaModal } from '../views/agenda/build';
import { buildAgendaMessage } from '../views/messages/agenda';
import { skillName } from '../views/skills';
import { sideOf } from './pairings';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/** Why an agenda cannot be opened or saved. */
export type AgendaFailure = 'not_found' | 'not_yours' | 'mentor' | 'closed';

/** The sentence each failure shows (field error in the modal, ephemeral after a button). */
export const AGENDA_FAILURE_KEYS: Record<AgendaFailure, MessageKey> = {
  not_found: 'agenda.gone',
  not_yours: 'pairing.not_yours',
  mentor: 'agenda.mentee_only',
  closed: 'agenda.closed',
};

/** A session whose agenda the member may prepare, with everything the modal and the mentor's DM need. */
export interface AgendaSubject {
  session: SessionRow;
  pairing: PairingRow;
  skill: SkillRow;
  mentee: Member;
  mentor: Member;
}

/** A validated agenda (see `parseAgenda`). */
export interface AgendaInput {
  /** Ordered topics, basics first. */
  topics: string[];
  handsOn: string;
}

type Loaded = { ok: true; subject: AgendaSubject } | { ok: false; reason: AgendaFailure };

const nameOf = (m: Member) => m.displayName || m.realName || m.slackUserId;
const whenFor = (m: Member, at: Date) => `${formatDateTime(at, m.tz, langFromLocale(m.locale), 'weekday-datetime')} ${formatZone(at, m.tz)}`;

/** An agenda is only worth preparing for a planned session of a running pairing that has not started yet. */
function isOpenForAgenda(session: SessionRow, pairing: PairingRow, now: Date): boolean {
  return (UPCOMING as readonly string[]).includes(session.status) && session.startsAt.getTime() > now.getTime() && pairing.state === 'active';
}

/**
 * Loads a session for its agenda and checks, from the database, that `member` is the mentee of the session's
 * pairing. A session id from a button or `private_metadata` is only a hint: another team's id reads as
 * not found, another pair's as not yours, and the mentor is told that the mentee prepares agendas.
 */
export async function loadAgendaSubject(deps: ServiceDeps, member: Member, sessionId: number): Promise<Loaded> {
  const session = await deps.sessions.get(member.teamId, sessionId);
  const pairing = session ? await deps.pairings.get(member.teamId, session.pairingId) : undefined;
  if (!session || !pairing) return { ok: false, reason: 'not_found' };
  const side = sideOf(pairing, member);
  if (!side) return { ok: false, reason: 'not_yours' };
  if (side === 'mentor') return { ok: false, reason: 'mentor' };
  if (!isOpenForAgenda(session, pairing, deps.clock())) return { ok: false, reason: 'closed' };
  const people = await deps.db
    .select()
    .from(membersTable)
    .where(and(eq(membersTable.teamId, member.teamId), inArray(membersTable.id, [pairing.menteeMemberId, pairing.mentorMemberId])));
  const [skill] = await deps.skills.findByIds(member.teamId, [pairing.skillId]);
  const mentee = people.find((p) => p.id === pairing.menteeMemberId);
  const mentor = people.find((p) => p.id === pairing.mentorMemberId);
  if (!skill || !mentee || !mentor) return { ok: false, reason: 'not_found' };
  return { ok: true, subject: { session, pairing, skill, mentee, mentor } };
}

/** The suggested topics for the subject's skill in the mentee's language (empty for skills without a template). */
export const agendaSuggestions = (subject: AgendaSubject): string[] => agendaTopicsFor(subject.skill.slug, langFromLocale(subject.mentee.locale));

/**
 * Which session `/mentor-me agenda` prepares. A member can be the mentee of several active pairings (one per
 * skill); the oldest pairing that has an upcoming session wins, which is stable from one call to the next.
 * The others are reached through the *Prepare agenda* button of their own reminder. A member who only
 * mentors gets `mentor_only`, so they can be told that agendas come from the mentee.
 */
export async function findAgendaSession(
  deps: ServiceDeps,
  member: Member,
): Promise<{ kind: 'found'; sessionId: number } | { kind: 'mentor_only' } | { kind: 'none' }> {
  const now = deps.clock();
  // openForMember is ordered by creation, oldest first.
  const active = (await deps.pairings.openForMember(member.teamId, member.id)).filter((p) => p.state === 'active' && sideOf(p, member));
  let mentorHasOne = false;
  for (const pairing of active) {
    const session = await deps.sessions.upcomingForPairing(pairing.teamId, pairing.id);
    if (!session || !isOpenForAgenda(session, pairing, now)) continue;
    if (sideOf(pairing, member) === 'mentee') return { kind: 'found', sessionId: session.id };
    mentorHasOne = true;
  }
  return mentorHasOne ? { kind: 'mentor_only' } : { kind: 'none' };
}

/** Opens (or pushes) the agenda modal for a session, prefilled with the saved agenda. */
export async function openAgenda(
  deps: ServiceDeps,
  slack: SlackPort,
  member: Member,
  triggerId: string,
  sessionId: number,
  push = false,
): Promise<{ ok: true } | { ok: false; reason: AgendaFailure }> {
  const loaded = await loadAgendaSubject(deps, member, sessionId);
  if (!loaded.ok) return loaded;
  const { session, pairing, skill, mentor } = loaded.subject;
  const lang = langFromLocale(member.locale);
  const view = buildAgendaModal(translator(lang), {
    sessionId: session.id,
    pairingId: pairing.id,
    skill: skillName(skill.names, lang),
    otherName: nameOf(mentor),
    when: whenFor(member, session.startsAt),
    suggestions: agendaSuggestions(loaded.subject),
    topics: session.agendaTopics,
    handsOn: session.agendaHandsOn,
  });
  await (push ? slack.pushModal(triggerId, view) : slack.openModal(triggerId, view));
  return { ok: true };
}

const sameAgenda = (row: SessionRow, input: AgendaInput) =>
  row.agendaSavedAt !== null &&
  row.agendaHandsOn === input.handsOn &&
  row.agendaTopics.length === input.topics.length &&
  row.agendaTopics.every((t, i) => t === input.topics[i]);

export type SaveAgendaResult =
  | { ok: true; changed: false; subject: AgendaSubject }
  | { ok: true; changed: true; subject: AgendaSubject; session: SessionRow; updated: boolean }
  | { ok: false; reason: AgendaFailure };

/**
 * Stores the agenda on the session under its row lock. Everything is re-checked inside the lock (status and
 * start may have changed since the modal opened). Saving the same agenda again writes nothing and reports
 * `changed: false`, so the caller sends no second DM; `updated` says the mentor already had an earlier version.
 */
export async function saveAgenda(deps: ServiceDeps, member: Member, subject: AgendaSubject, input: AgendaInput): Promise<SaveAgendaResult> {
  // The subject was loaded for this member, but a caller could hand in someone else's: check again.
  if (sideOf(subject.pairing, member) !== 'mentee') return { ok: false, reason: 'mentor' };
  const now = deps.clock();
  const result = await deps.sessions.withLock<AgendaFailure | 'unchanged'>(member.teamId, subject.session.id, (row) => {
    if (row.pairingId !== subject.pairing.id) return { refuse: 'not_found' };
    if (!isOpenForAgenda(row, subject.pairing, now)) return { refuse: 'closed' };
    if (sameAgenda(row, input)) return { refuse: 'unchanged' };
    return { update: { agendaTopics: input.topics, agendaHandsOn: input.handsOn, agendaSavedAt: now } };
  });
  if (!result.ok) return result.reason === 'unchanged' ? { ok: true, changed: false, subject } : { ok: false, reason: result.reason };
  return { ok: true, changed: true, subject: { ...subject, session: result.after }, session: result.after, updated: result.before.agendaSavedAt !== null };
}

/** DMs the agenda to the mentor, in the mentor's language and time zone. */
export async function sendAgendaToMentor(slack: SlackPort, subject: AgendaSubject, session: SessionRow, updated: boolean): Promise<void> {
  const { mentor, mentee, skill } = subject;
  const lang = langFromLocale(mentor.locale);
  await slack.sendDm(
    mentor.slackUserId,
    buildAgendaMessage(translator(lang), {
      menteeSlackId: mentee.slackUserId,
      menteeName: nameOf(mentee),
      skill: skillName(skill.names, lang),
      when: whenFor(mentor, session.startsAt),
      updated,
      agenda: session,
    }),
  );
}
