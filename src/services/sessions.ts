import { and, eq, inArray } from 'drizzle-orm';
import type { Member } from '../db/repositories/members';
import type { PairingRow } from '../db/repositories/pairings';
import type { SessionRow } from '../db/repositories/sessions';
import type { SkillRow } from '../db/repositories/skills';
import { members as membersTable } from '../db/schema';
import { deliveryKey, offsetLabel, planSessionTimers, type Participant, type PlannedTimer } from '../domain/sessions/schedule';
import { proposeNextSession } from '../domain/sessions/proposal';
import { icebreakerFor } from '../domain/sessions/icebreakers';
import { formatDateTime, formatZone, localDateTime, localParts, type QuietHours } from '../domain/time';
import { buildIcs } from '../domain/ics';
import type { AvailabilityWindow } from '../domain/sessions/slots';
import { langFromLocale, translator } from '../i18n';
import { ActionIds } from '../slack/ids';
import { buildNotice, pairingButton } from '../views/messages/pairing';
import { skillName } from '../views/skills';
import { isPaused } from './profiles';
import { deliverOnce } from './delivery';
import type { ServiceDeps } from './deps';
import type { SessionTimerData, SlackPort } from './ports';

export type SessionFailure = 'not_found' | 'not_yours' | 'illegal';

interface Pair {
  pairing: PairingRow;
  mentee: Member;
  mentor: Member;
  skill: SkillRow;
}

const nameOf = (m: Member) => m.displayName || m.realName || m.slackUserId;
const trOf = (m: Member) => translator(langFromLocale(m.locale));
const when = (m: Member, at: Date) => `${formatDateTime(at, m.tz, langFromLocale(m.locale), 'weekday-datetime')} ${formatZone(at, m.tz)}`;

async function loadPair(deps: ServiceDeps, pairing: PairingRow): Promise<Pair> {
  const rows = await deps.db
    .select()
    .from(membersTable)
    .where(and(eq(membersTable.teamId, pairing.teamId), inArray(membersTable.id, [pairing.menteeMemberId, pairing.mentorMemberId])));
  const [skill] = await deps.skills.findByIds(pairing.teamId, [pairing.skillId]);
  const mentee = rows.find((r) => r.id === pairing.menteeMemberId);
  const mentor = rows.find((r) => r.id === pairing.mentorMemberId);
  if (!mentee || !mentor || !skill) throw new Error(`pairing ${pairing.id} refers to missing rows`);
  return { pairing, mentee, mentor, skill };
}

async function quietOf(deps: ServiceDeps, teamId: string): Promise<{ quiet: QuietHours; offsets: number[] }> {
  const s = await deps.sessions.settings(teamId);
  return { quiet: { start: s.quietStart, end: s.quietEnd, weekends: s.quietWeekends }, offsets: s.reminderOffsets };
}

async function windowsOf(deps: ServiceDeps, memberId: number): Promise<AvailabilityWindow[]> {
  return ((await deps.profiles.getMentor(memberId))?.profile.availability ?? []) as AvailabilityWindow[];
}

/**
 * Proposes the pair's next session from the plan's cadence at a time that fits both availability windows and
 * time zones (each in their own zone), and asks both to confirm, move or skip. One upcoming session per
 * pairing: calling this twice proposes once.
 */
export async function proposeNext(deps: ServiceDeps, slack: SlackPort, pairing: PairingRow): Promise<SessionRow | undefined> {
  if (pairing.state !== 'active') return undefined;
  const pair = await loadPair(deps, pairing);
  const now = deps.clock();
  const { quiet } = await quietOf(deps, pairing.teamId);
  const last = await deps.sessions.lastHeld(pairing.teamId, pairing.id);
  const planStart = pairing.planStart ? localDateTime(pairing.planStart, '09:00', pair.mentee.tz) : now;
  const duration = pairing.planMinutes ?? pairing.sessionMinutes;
  const proposal = proposeNextSession({
    cadence: (pairing.cadence ?? 'biweekly') as 'weekly' | 'biweekly' | 'monthly',
    lastSessionStart: last?.startsAt ?? null,
    planStart,
    durationMinutes: duration,
    people: [
      { tz: pair.mentee.tz, windows: await windowsOf(deps, pair.mentee.id), quiet },
      { tz: pair.mentor.tz, windows: await windowsOf(deps, pair.mentor.id), quiet },
    ],
    now,
  });
  const noSlot = 'none' in proposal;
  // Without a common slot we still propose something concrete (the plan start, 10:00 for the mentee) so the
  // pair has a Move button to work with instead of a dead end.
  const fallbackDay = localParts(new Date(Math.max(planStart.getTime(), now.getTime() + 24 * 3600_000)), pair.mentee.tz).date;
  const startsAt = noSlot ? localDateTime(fallbackDay, '10:00', pair.mentee.tz) : proposal.startsAt;
  const { created, session } = await deps.sessions.createProposed({ teamId: pairing.teamId, pairingId: pairing.id, startsAt, durationMinutes: duration });
  if (!created) return session;
  for (const [me, other] of [
    [pair.mentee, pair.mentor],
    [pair.mentor, pair.mentee],
  ] as const) {
    const tr = trOf(me);
    const text = [tr('session.proposed', { other: other.slackUserId, skill: skillName(pair.skill.names, langFromLocale(me.locale)), when: when(me, startsAt), minutes: duration })];
    if (noSlot) text.push(tr('session.no_slot', { when: when(me, startsAt) }));
    await slack.sendDm(
      me.slackUserId,
      buildNotice(text.join('\n\n'), tr('session.proposed_text', { name: nameOf(other), when: when(me, startsAt) }), [
        pairingButton(tr('session.confirm'), ActionIds.confirmSession, String(session.id), 'primary'),
        pairingButton(tr('session.move'), ActionIds.moveSession, String(session.id)),
        pairingButton(tr('session.skip'), ActionIds.skipSession, String(session.id)),
      ]),
    );
  }
  return session;
}

/** Who a member is in the session's pairing (re-checked from Postgres on every click). */
async function sessionFor(
  deps: ServiceDeps,
  actor: Member,
  sessionId: number,
): Promise<{ ok: false; error: 'not_found' | 'not_yours' } | { ok: true; session: SessionRow; pairing: PairingRow }> {
  const session = await deps.sessions.get(actor.teamId, sessionId);
  if (!session) return { ok: false, error: 'not_found' };
  const pairing = await deps.pairings.get(actor.teamId, session.pairingId);
  if (!pairing) return { ok: false, error: 'not_found' };
  if (actor.id !== pairing.menteeMemberId && actor.id !== pairing.mentorMemberId) return { ok: false, error: 'not_yours' };
  return { ok: true, session, pairing };
}

/** Confirms a proposed session: reminders, agenda prompt and check-ins are scheduled; both get an .ics. */
export async function confirmSession(deps: ServiceDeps, slack: SlackPort, actor: Member, sessionId: number): Promise<{ ok: true } | { ok: false; reason: SessionFailure }> {
  const found = await sessionFor(deps, actor, sessionId);
  if (!found.ok) return { ok: false, reason: found.error };
  const result = await deps.sessions.withLock<SessionFailure>(actor.teamId, sessionId, (row) =>
    row.status === 'proposed' ? { update: { status: 'confirmed', confirmedAt: deps.clock() } } : { refuse: 'illegal' },
  );
  if (!result.ok) return { ok: false, reason: result.reason };
  const pair = await loadPair(deps, found.pairing);
  await scheduleSessionTimers(deps, result.after, pair);
  for (const [me, other] of [
    [pair.mentee, pair.mentor],
    [pair.mentor, pair.mentee],
  ] as const) {
    const tr = trOf(me);
    await slack.sendDm(
      me.slackUserId,
      buildNotice(
        tr('session.confirmed', { other: other.slackUserId, when: when(me, result.after.startsAt), minutes: result.after.durationMinutes }),
        tr('session.confirmed_text', { name: nameOf(other), when: when(me, result.after.startsAt) }),
      ),
    );
    await uploadIcs(slack, result.after, pair, me);
  }
  return { ok: true };
}

/** Moves a session: new revision, old timers removed, new ones added; the other side is told with a new .ics. */
export async function moveSession(
  deps: ServiceDeps,
  slack: SlackPort,
  actor: Member,
  sessionId: number,
  startsAt: Date,
): Promise<{ ok: true } | { ok: false; reason: SessionFailure }> {
  const found = await sessionFor(deps, actor, sessionId);
  if (!found.ok) return { ok: false, reason: found.error };
  const result = await deps.sessions.withLock<SessionFailure>(actor.teamId, sessionId, (row) =>
    row.status === 'proposed' || row.status === 'confirmed'
      ? // Moving is an agreement on the new time by the one who moves it; the other side can move it again.
        { update: { startsAt, revision: row.revision + 1, status: 'confirmed', confirmedAt: row.confirmedAt ?? deps.clock() } }
      : { refuse: 'illegal' },
  );
  if (!result.ok) return { ok: false, reason: result.reason };
  const pair = await loadPair(deps, found.pairing);
  await removeSessionTimers(deps, result.before, pair);
  await scheduleSessionTimers(deps, result.after, pair);
  for (const me of [pair.mentee, pair.mentor]) {
    const tr = trOf(me);
    const other = me.id === pair.mentee.id ? pair.mentor : pair.mentee;
    await slack.sendDm(
      me.slackUserId,
      buildNotice(
        tr('session.moved', { by: actor.slackUserId, when: when(me, startsAt), minutes: result.after.durationMinutes }),
        tr('session.moved_text', { name: nameOf(other), when: when(me, startsAt) }),
      ),
    );
    await uploadIcs(slack, result.after, pair, me);
  }
  return { ok: true };
}

/** Skips a session: its timers go, and the next one is proposed. */
export async function skipSession(deps: ServiceDeps, slack: SlackPort, actor: Member, sessionId: number): Promise<{ ok: true } | { ok: false; reason: SessionFailure }> {
  const found = await sessionFor(deps, actor, sessionId);
  if (!found.ok) return { ok: false, reason: found.error };
  const result = await deps.sessions.withLock<SessionFailure>(actor.teamId, sessionId, (row) =>
    row.status === 'proposed' || row.status === 'confirmed' ? { update: { status: 'skipped' } } : { refuse: 'illegal' },
  );
  if (!result.ok) return { ok: false, reason: result.reason };
  const pair = await loadPair(deps, found.pairing);
  await removeSessionTimers(deps, result.before, pair);
  for (const me of [pair.mentee, pair.mentor]) {
    const other = me.id === pair.mentee.id ? pair.mentor : pair.mentee;
    const tr = trOf(me);
    await slack.sendDm(me.slackUserId, buildNotice(tr('session.skipped', { other: other.slackUserId, when: when(me, result.before.startsAt) }), tr('session.skipped_text', { name: nameOf(other) })));
  }
  await proposeNext(deps, slack, found.pairing);
  return { ok: true };
}

function participants(pair: Pair, quiet: QuietHours, today: (tz: string) => string): Participant[] {
  return [
    { slackUserId: pair.mentee.slackUserId, role: 'mentee', tz: pair.mentee.tz, quiet, paused: isPaused(pair.mentee, today(pair.mentee.tz)) },
    { slackUserId: pair.mentor.slackUserId, role: 'mentor', tz: pair.mentor.tz, quiet, paused: isPaused(pair.mentor, today(pair.mentor.tz)) },
  ];
}

/** The timers a confirmed session should have right now (pure plan + the workspace settings). */
export async function planFor(deps: ServiceDeps, session: SessionRow, pair: Pair): Promise<PlannedTimer[]> {
  const now = deps.clock();
  const { quiet, offsets } = await quietOf(deps, session.teamId);
  return planSessionTimers(
    { sessionId: session.id, startsAt: session.startsAt, durationMinutes: session.durationMinutes, revision: session.revision },
    participants(pair, quiet, (tz) => localParts(now, tz).date),
    { reminderOffsetsMinutes: offsets, now },
  );
}

/** Enqueues the session's timers with deterministic ids (re-adding an existing id is a no-op). */
export async function scheduleSessionTimers(deps: ServiceDeps, session: SessionRow, pair?: Pair): Promise<PlannedTimer[]> {
  const p = pair ?? (await loadPair(deps, (await deps.pairings.get(session.teamId, session.pairingId))!));
  const plan = await planFor(deps, session, p);
  const now = deps.clock().getTime();
  for (const t of plan) {
    const data: SessionTimerData = {
      teamId: session.teamId,
      sessionId: session.id,
      revision: t.revision,
      kind: t.kind,
      recipient: t.recipient,
      offsetLabel: t.offsetLabel,
      startsAt: t.sessionStartsAt.toISOString(),
    };
    await deps.jobs.enqueue({ name: 'session.timer', data }, { jobId: t.jobId, delayMs: Math.max(0, t.dueAt.getTime() - now) });
  }
  return plan;
}

/** Every job id a revision of a session can have had, so none survives a move or a cancel. */
export async function removeSessionTimers(deps: ServiceDeps, session: SessionRow, pair: Pair): Promise<void> {
  const { offsets } = await quietOf(deps, session.teamId);
  const labels = [...new Set([...offsets, 1440, 60].map(offsetLabel))];
  const r = session.revision;
  for (const u of [pair.mentee.slackUserId, pair.mentor.slackUserId]) {
    for (const label of labels) await deps.jobs.cancel(`rem-${session.id}-r${r}-${label}-${u}`);
    await deps.jobs.cancel(`agenda-${session.id}-r${r}-${u}`);
    await deps.jobs.cancel(`checkin-${session.id}-r${r}-${u}`);
  }
}

async function uploadIcs(slack: SlackPort, session: SessionRow, pair: Pair, to: Member): Promise<void> {
  const tr = trOf(to);
  const skill = skillName(pair.skill.names, langFromLocale(to.locale));
  const ics = buildIcs({
    uid: `mentor-me-session-${session.id}@mentor-me`,
    start: session.startsAt,
    end: new Date(session.startsAt.getTime() + session.durationMinutes * 60_000),
    summary: tr('session.ics_summary', { mentee: nameOf(pair.mentee), mentor: nameOf(pair.mentor), skill }),
    description: tr('session.ics_description', { skill }),
    attendees: [{ name: nameOf(pair.mentee) }, { name: nameOf(pair.mentor) }],
    // Calendars replace the event with the same UID when the sequence grows: a moved session updates in place.
    sequence: session.revision,
    method: 'PUBLISH',
    now: new Date(),
  });
  await slack.uploadFile({ userId: to.slackUserId, filename: 'mentoring-session.ics', title: tr('session.ics_title'), content: ics });
}

/**
 * Runs one session timer. Stale timers (the session moved, was skipped, or the person paused) send nothing;
 * the delivery row makes a duplicated or retried job send nothing twice.
 */
export async function runSessionTimer(deps: ServiceDeps, slack: SlackPort, t: SessionTimerData): Promise<'sent' | 'stale' | 'duplicate'> {
  const session = await deps.sessions.get(t.teamId, t.sessionId);
  if (!session || session.revision !== t.revision || session.startsAt.toISOString() !== t.startsAt) return 'stale';
  const okStatus = t.kind === 'checkin' ? ['confirmed', 'held'] : ['confirmed'];
  if (!okStatus.includes(session.status)) return 'stale';
  const pairing = await deps.pairings.get(t.teamId, session.pairingId);
  if (!pairing || pairing.state !== 'active' || pairing.pausedAt) return 'stale';
  const pair = await loadPair(deps, pairing);
  const me = pair.mentee.slackUserId === t.recipient ? pair.mentee : pair.mentor.slackUserId === t.recipient ? pair.mentor : undefined;
  if (!me) return 'stale';
  if (isPaused(me, localParts(deps.clock(), me.tz).date)) return 'stale';
  const other = me.id === pair.mentee.id ? pair.mentor : pair.mentee;

  const key = deliveryKey({
    kind: t.kind,
    recipient: t.recipient,
    offsetLabel: t.offsetLabel,
    dueAt: deps.clock(),
    jobId: '',
    sessionId: t.sessionId,
    revision: t.revision,
    sessionStartsAt: session.startsAt,
  });
  const outcome = await deliverOnce(deps, slack, { key, teamId: t.teamId, recipient: t.recipient, kind: t.kind }, () =>
    buildTimerMessage(t.kind, session, pair, me, other),
  );
  if (outcome === 'duplicate') return 'duplicate';
  if (t.kind === 'checkin' && outcome === 'sent') await deps.pairings.countPrompt(pairing.teamId, pairing.id);
  return 'sent';
}

function buildTimerMessage(kind: SessionTimerData['kind'], session: SessionRow, pair: Pair, me: Member, other: Member) {
  const tr = trOf(me);
  const lang = langFromLocale(me.locale);
  const at = when(me, session.startsAt);
  if (kind === 'agenda_prompt') {
    return buildNotice(tr('agenda_prompt.body', { other: other.slackUserId, when: at }), tr('agenda_prompt.text', { name: nameOf(other), when: at }), [
      pairingButton(tr('agenda_prompt.button'), ActionIds.prepareAgenda, String(session.id), 'primary'),
    ]);
  }
  if (kind === 'checkin') {
    return buildNotice(tr('checkin.body', { other: other.slackUserId, when: at }), tr('checkin.text', { name: nameOf(other) }), [
      pairingButton(tr('checkin.yes'), ActionIds.checkinYes, String(session.id), 'primary'),
      pairingButton(tr('checkin.no'), ActionIds.checkinNo, String(session.id)),
    ]);
  }
  const lines = [
    tr('reminder.header', { other: other.slackUserId }),
    tr('reminder.when', { when: at, minutes: session.durationMinutes, skill: skillName(pair.skill.names, lang) }),
    session.agendaTopics.length ? tr('reminder.agenda', { agenda: formatAgendaTopics(session) }) : tr('reminder.no_agenda'),
    // Rotating by session and person, so the pair gets different questions and each session a new one.
    tr('reminder.icebreaker', { question: icebreakerFor(session.id * 7 + session.revision, lang) }),
  ];
  return buildNotice(lines.join('\n\n'), tr('reminder.text', { name: nameOf(other), when: at }));
}

/** The agenda as a numbered list (topics are user text: escaped). */
export function formatAgendaTopics(session: Pick<SessionRow, 'agendaTopics' | 'agendaHandsOn'>): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const topics = session.agendaTopics.map((topic, i) => `${i + 1}. ${esc(topic)}`);
  if (session.agendaHandsOn) topics.push(`:hammer_and_wrench: ${esc(session.agendaHandsOn)}`);
  return topics.join('\n');
}

export interface CheckinAnswer {
  rating: number;
  learned: string;
  confidence: number | null;
  feedback: string;
}

/** The role a member plays in a session, or a refusal (never trust the button). */
export async function sessionRole(deps: ServiceDeps, actor: Member, sessionId: number) {
  const found = await sessionFor(deps, actor, sessionId);
  if (!found.ok) return found;
  const pair = await loadPair(deps, found.pairing);
  const role: 'mentee' | 'mentor' = actor.id === pair.mentee.id ? 'mentee' : 'mentor';
  return { ...found, pair, role, other: role === 'mentee' ? pair.mentor : pair.mentee };
}

/**
 * Stores one person's check-in (once). The first "yes" marks the session held and proposes the next one;
 * any answer shows the pair is alive, so the ignored-prompt count resets.
 */
export async function recordCheckin(
  deps: ServiceDeps,
  slack: SlackPort,
  actor: Member,
  sessionId: number,
  answer: CheckinAnswer,
): Promise<{ ok: true } | { ok: false; reason: SessionFailure | 'already' }> {
  const found = await sessionRole(deps, actor, sessionId);
  if (!found.ok) return { ok: false, reason: found.error };
  if (!['confirmed', 'held'].includes(found.session.status)) return { ok: false, reason: 'illegal' };
  const saved = await deps.sessions.saveCheckin({
    sessionId,
    memberId: actor.id,
    role: found.role,
    happened: true,
    rating: answer.rating,
    learned: answer.learned,
    confidence: found.role === 'mentee' ? answer.confidence : null,
    feedback: answer.feedback,
  });
  if (!saved) return { ok: false, reason: 'already' };
  await deps.pairings.resetPrompts(found.pairing.teamId, found.pairing.id);
  const held = await deps.sessions.withLock<SessionFailure>(actor.teamId, sessionId, (row) =>
    row.status === 'confirmed' ? { update: { status: 'held', heldAt: deps.clock() } } : { refuse: 'illegal' },
  );
  if (held.ok) await proposeNext(deps, slack, found.pairing);
  return { ok: true };
}
