import type { Member } from '../db/repositories/members';
import type { PairingRow } from '../db/repositories/pairings';
import type { SkillRow } from '../db/repositories/skills';
import { members as membersTable } from '../db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { transition, type PairingEffect, type PairingEvent, type PairingRecord, type PairingSide, type PairingState } from '../domain/pairing/state-machine';
import { addWorkingDays, formatDateTime, formatZone } from '../domain/time';
import { buildIcs } from '../domain/ics';
import { langFromLocale, translator, type MessageKey } from '../i18n';
import { buildNotice, buildProposalMessage, buildSuggestionsMessage, pairingButton, type ProposalView } from '../views/messages/pairing';
import { skillName } from '../views/skills';
import { escapeMrkdwn } from '../views/escape';
import { ActionIds } from '../slack/ids';
import { suggestForSkill } from './matching';
import { proposeNext } from './sessions';
import { createKpisFromPlan } from './kpis';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/** Working days a mentor has before the one reminder, and then before the proposal expires. */
export const PROPOSAL_REMIND_AFTER_WORKING_DAYS = 3;
export const PROPOSAL_EXPIRE_AFTER_REMINDER_WORKING_DAYS = 2;

export const timerIds = (pairingId: number) => ({
  remind: `pairing-remind-${pairingId}`,
  expire: `pairing-expire-${pairingId}`,
  verdict: `pairing-verdict-${pairingId}`,
});

export type PairingFailure = 'not_found' | 'not_yours' | 'illegal' | 'not_available';

interface People {
  mentee: Member;
  mentor: Member;
  skill: SkillRow;
}

const trOf = (m: Member) => translator(langFromLocale(m.locale));
const langOf = (m: Member) => langFromLocale(m.locale);
const nameOf = (m: Member) => m.displayName || m.realName || m.slackUserId;

function recordOf(row: PairingRow): PairingRecord {
  return {
    state: row.state as PairingState,
    ...(row.menteeVerdict ? { menteeVerdict: row.menteeVerdict as 'continue' | 'not_a_fit' } : {}),
    ...(row.mentorVerdict ? { mentorVerdict: row.mentorVerdict as 'continue' | 'not_a_fit' } : {}),
    planSubmitted: row.planSubmitted,
    ...(row.outcome ? { outcome: row.outcome as PairingRecord['outcome'] } : {}),
    ...(row.endedBy ? { endedBy: row.endedBy as PairingSide } : {}),
    ...(row.endReason ? { endReason: row.endReason } : {}),
  };
}

async function loadPeople(deps: ServiceDeps, row: PairingRow): Promise<People> {
  const rows = await deps.db
    .select()
    .from(membersTable)
    .where(and(eq(membersTable.teamId, row.teamId), inArray(membersTable.id, [row.menteeMemberId, row.mentorMemberId])));
  const [skill] = await deps.skills.findByIds(row.teamId, [row.skillId]);
  const mentee = rows.find((r) => r.id === row.menteeMemberId);
  const mentor = rows.find((r) => r.id === row.mentorMemberId);
  if (!mentee || !mentor || !skill) throw new Error(`pairing ${row.id} refers to missing rows`);
  return { mentee, mentor, skill };
}

/** The side a member plays in a pairing, or undefined when it is not theirs (never trust a button value). */
export function sideOf(row: PairingRow, member: Member): PairingSide | undefined {
  if (member.teamId !== row.teamId) return undefined;
  if (member.id === row.menteeMemberId) return 'mentee';
  if (member.id === row.mentorMemberId) return 'mentor';
  return undefined;
}

export interface ProposalInput {
  mentorMemberId: number;
  skillId: number;
  goals: string;
  kpis: string[];
  offers: string[];
  offerNote: string;
  format: string;
  sessionMinutes: number;
}

/**
 * The mentee proposes: the mentor must still be a valid suggestion (hard rules re-checked now, not trusted
 * from the button), one open pairing per pair and skill, then the mentor's DM and the reminder/expiry timers.
 */
export async function proposePairing(
  deps: ServiceDeps,
  slack: SlackPort,
  mentee: Member,
  input: ProposalInput,
): Promise<{ ok: true; pairing: PairingRow; mentorName: string; created: boolean } | { ok: false; reason: 'not_available' | 'not_found'; mentorName?: string; skill?: SkillRow }> {
  const [skill] = await deps.skills.findByIds(mentee.teamId, [input.skillId]);
  if (!skill) return { ok: false, reason: 'not_found' };
  const suggestions = await suggestForSkill(deps, mentee, skill, { limit: 1000 });
  const allowed = suggestions.result.suggestions.find((s) => s.candidate.memberId === input.mentorMemberId);
  // The mentor id comes from private_metadata: only a member of the mentee's own workspace counts.
  const [mentor] = await deps.members.byIds(mentee.teamId, [input.mentorMemberId]);
  if (!mentor || mentor.teamId !== mentee.teamId) return { ok: false, reason: 'not_found' };
  const now = deps.clock();

  // An open pairing for this pair is not "unavailable": it is the same proposal, answered idempotently.
  const existingOpen = (await deps.pairings.openForMember(mentee.teamId, mentee.id)).find(
    (p) => p.mentorMemberId === mentor.id && p.skillId === skill.id && p.menteeMemberId === mentee.id,
  );
  if (existingOpen) return { ok: true, pairing: existingOpen, mentorName: nameOf(mentor), created: false };
  if (!allowed) return { ok: false, reason: 'not_available', mentorName: nameOf(mentor), skill };

  const remindAt = addWorkingDays(now, PROPOSAL_REMIND_AFTER_WORKING_DAYS, mentor.tz);
  const expiresAt = addWorkingDays(remindAt, PROPOSAL_EXPIRE_AFTER_REMINDER_WORKING_DAYS, mentor.tz);
  const { created, pairing } = await deps.pairings.createProposal({
    teamId: mentee.teamId,
    menteeMemberId: mentee.id,
    mentorMemberId: mentor.id,
    skillId: skill.id,
    state: 'proposed',
    goals: input.goals,
    kpiDrafts: input.kpis,
    offers: input.offers,
    offerNote: input.offerNote,
    format: input.format,
    sessionMinutes: input.sessionMinutes,
    remindAt,
    expiresAt,
  });
  if (created) {
    const people = { mentee, mentor, skill };
    const dm = await slack.sendDm(mentor.slackUserId, buildProposalMessage(trOf(mentor), proposalView(people, pairing, suggestions.currentLevel)));
    await deps.pairings.setProposalMessage(pairing.teamId, pairing.id, dm.channel, dm.ts);
    await scheduleProposalTimers(deps, pairing, now);
  }
  return { ok: true, pairing, mentorName: nameOf(mentor), created };
}

function proposalView(people: People, row: PairingRow, level: number): ProposalView {
  const tr = trOf(people.mentor);
  return {
    pairingId: row.id,
    menteeSlackId: people.mentee.slackUserId,
    skill: skillName(people.skill.names, langOf(people.mentor)),
    level,
    goals: row.goals,
    kpis: row.kpiDrafts,
    offers: [...row.offers.map((o) => tr(`offer.${o}` as MessageKey)), ...(row.offerNote ? [row.offerNote] : [])],
    format: row.format,
    minutes: row.sessionMinutes,
  };
}

/** (Re)creates the proposal's reminder and expiry jobs from the row (also used by the reconciler). */
export async function scheduleProposalTimers(deps: Pick<ServiceDeps, 'jobs'>, row: PairingRow, now: Date): Promise<void> {
  const ids = timerIds(row.id);
  const data = { teamId: row.teamId, pairingId: row.id };
  if (row.remindAt && !row.remindedAt) {
    await deps.jobs.enqueue({ name: 'pairing.remind', data }, { jobId: ids.remind, delayMs: Math.max(0, row.remindAt.getTime() - now.getTime()) });
  }
  if (row.expiresAt) {
    await deps.jobs.enqueue({ name: 'pairing.expire', data }, { jobId: ids.expire, delayMs: Math.max(0, row.expiresAt.getTime() - now.getTime()) });
  }
}

/** (Re)creates the "good fit?" prompt job for a scheduled coffee. */
export async function scheduleVerdictTimer(deps: Pick<ServiceDeps, 'jobs'>, row: PairingRow, now: Date): Promise<void> {
  if (!row.coffeeAt || row.verdictPromptedAt) return;
  const endsAt = row.coffeeAt.getTime() + (row.coffeeMinutes ?? 30) * 60_000;
  await deps.jobs.enqueue(
    { name: 'pairing.verdict', data: { teamId: row.teamId, pairingId: row.id } },
    { jobId: timerIds(row.id).verdict, delayMs: Math.max(0, endsAt - now.getTime()) },
  );
}

export type ActorEvent =
  | { type: 'accept' }
  | { type: 'decline'; reason: 'not_now' | 'suggest_other' }
  | { type: 'coffee_verdict'; verdict: 'continue' | 'not_a_fit' }
  | { type: 'confirm_plan' }
  | { type: 'end'; reason?: string };

/**
 * A person acts on a pairing (button or modal). Who they are is checked against the row under a lock; the
 * state machine decides; effects (DMs, timers) run after the commit, once.
 */
export async function actOnPairing(
  deps: ServiceDeps,
  slack: SlackPort,
  actor: Member,
  pairingId: number,
  action: ActorEvent,
): Promise<{ ok: true; row: PairingRow } | { ok: false; reason: PairingFailure }> {
  const now = deps.clock();
  let side: PairingSide | undefined;
  let effects: PairingEffect[] = [];
  const result = await deps.pairings.withLock<PairingFailure>(actor.teamId, pairingId, (row) => {
    side = sideOf(row, actor);
    if (!side) return { refuse: 'not_yours' };
    const event: PairingEvent = { ...action, by: side } as PairingEvent;
    const t = transition(recordOf(row), event);
    if (!t.ok) return { refuse: t.error.code === 'not_allowed' ? 'not_yours' : 'illegal' };
    effects = t.effects;
    return { update: updateFor(t.next, action, now) };
  });
  if (!result.ok) return { ok: false, reason: result.reason === 'not_found' ? 'not_found' : result.reason };
  await runEffects(deps, slack, result.after, effects, { actorSide: side! });
  return { ok: true, row: result.after };
}

/** A system event (timer) on a pairing: expiry. */
export async function expireProposal(deps: ServiceDeps, slack: SlackPort, teamId: string, pairingId: number): Promise<boolean> {
  const now = deps.clock();
  let effects: PairingEffect[] = [];
  const result = await deps.pairings.withLock<PairingFailure>(teamId, pairingId, (row) => {
    // A timer that fires early (clock skew, a reconciler re-add) must not expire a proposal before its time.
    if (!row.expiresAt || row.expiresAt.getTime() > now.getTime() + 1000) return { refuse: 'illegal' };
    const t = transition(recordOf(row), { type: 'expire' });
    if (!t.ok) return { refuse: 'illegal' };
    effects = t.effects;
    return { update: updateFor(t.next, { type: 'expire' }, now) };
  });
  if (!result.ok) return false;
  await runEffects(deps, slack, result.after, effects, {});
  return true;
}

function updateFor(next: PairingRecord, action: ActorEvent | { type: 'expire' | 'schedule_coffee' | 'submit_plan' }, now: Date) {
  const terminal = next.state === 'declined' || next.state === 'expired' || next.state === 'ended' || next.state === 'completed';
  return {
    state: next.state,
    menteeVerdict: next.menteeVerdict ?? null,
    mentorVerdict: next.mentorVerdict ?? null,
    planSubmitted: next.planSubmitted,
    outcome: next.outcome ?? null,
    endedBy: next.endedBy ?? null,
    endReason: action.type === 'end' ? (action.reason?.slice(0, 500) ?? null) : (next.endReason ?? null),
    ...(next.state === 'active' ? { activeAt: now } : {}),
    ...(terminal ? { endedAt: now } : {}),
  };
}

/** Books the virtual coffee (either side), then invites both with an .ics. */
export async function scheduleCoffee(
  deps: ServiceDeps,
  slack: SlackPort,
  actor: Member,
  pairingId: number,
  at: Date,
  minutes: number,
): Promise<{ ok: true } | { ok: false; reason: PairingFailure }> {
  let effects: PairingEffect[] = [];
  let side: PairingSide | undefined;
  const result = await deps.pairings.withLock<PairingFailure>(actor.teamId, pairingId, (row) => {
    side = sideOf(row, actor);
    if (!side) return { refuse: 'not_yours' };
    const t = transition(recordOf(row), { type: 'schedule_coffee', by: side });
    if (!t.ok) return { refuse: t.error.code === 'not_allowed' ? 'not_yours' : 'illegal' };
    effects = t.effects;
    return { update: { ...updateFor(t.next, { type: 'schedule_coffee' }, deps.clock()), coffeeAt: at, coffeeMinutes: minutes } };
  });
  if (!result.ok) return { ok: false, reason: result.reason === 'not_found' ? 'not_found' : result.reason };
  const people = await loadPeople(deps, result.after);
  // The machine tells the other side; the one who booked gets the same confirmation and .ics for their calendar.
  await runEffects(deps, slack, result.after, [...effects, { type: 'notify_coffee_scheduled', to: side! }], { actorSide: side!, people });
  return { ok: true };
}

export interface PlanInput {
  cadence: 'weekly' | 'biweekly' | 'monthly';
  format: string;
  minutes: number;
  start: string;
  criteria: string;
  kpis: string[];
}

/** The mentee submits (or revises) the action plan; the mentor is asked to confirm. */
export async function submitPlan(
  deps: ServiceDeps,
  slack: SlackPort,
  actor: Member,
  pairingId: number,
  plan: PlanInput,
): Promise<{ ok: true; mentorName: string } | { ok: false; reason: PairingFailure }> {
  let effects: PairingEffect[] = [];
  const result = await deps.pairings.withLock<PairingFailure>(actor.teamId, pairingId, (row) => {
    const side = sideOf(row, actor);
    if (!side) return { refuse: 'not_yours' };
    const t = transition(recordOf(row), { type: 'submit_plan', by: side });
    if (!t.ok) return { refuse: t.error.code === 'not_allowed' ? 'not_yours' : 'illegal' };
    effects = t.effects;
    return {
      update: {
        ...updateFor(t.next, { type: 'submit_plan' }, deps.clock()),
        cadence: plan.cadence,
        planFormat: plan.format,
        planMinutes: plan.minutes,
        planStart: plan.start,
        successCriteria: plan.criteria,
        planKpis: plan.kpis,
      },
    };
  });
  if (!result.ok) return { ok: false, reason: result.reason === 'not_found' ? 'not_found' : result.reason };
  const people = await loadPeople(deps, result.after);
  await runEffects(deps, slack, result.after, effects, { actorSide: 'mentee', people });
  return { ok: true, mentorName: nameOf(people.mentor) };
}

/** Executes what the state machine asked for. Every DM goes to one person, in their language and zone. */
async function runEffects(
  deps: ServiceDeps,
  slack: SlackPort,
  row: PairingRow,
  effects: PairingEffect[],
  ctx: { actorSide?: PairingSide; people?: People },
): Promise<void> {
  if (!effects.length) return;
  const people = ctx.people ?? (await loadPeople(deps, row));
  const { mentee, mentor, skill } = people;
  const person = (s: PairingSide) => (s === 'mentee' ? mentee : mentor);
  const other = (s: PairingSide) => (s === 'mentee' ? mentor : mentee);
  const skillFor = (m: Member) => skillName(skill.names, langOf(m));
  const ids = timerIds(row.id);
  const now = deps.clock();
  let outcomeKey: MessageKey | undefined;

  for (const effect of effects) {
    switch (effect.type) {
      case 'cancel_proposal_timers':
        await deps.jobs.cancel(ids.remind);
        await deps.jobs.cancel(ids.expire);
        await updateProposalMessage(deps, slack, row, people);
        break;
      case 'cancel_pairing_timers':
        for (const id of Object.values(ids)) await deps.jobs.cancel(id);
        break;
      case 'notify_mentee_accepted':
        await slack.sendDm(mentee.slackUserId, notice(trOf(mentee)('outcome.accepted', { name: escapeMrkdwn(nameOf(mentor)), skill: skillFor(mentee) })));
        break;
      case 'notify_mentee_declined':
        outcomeKey = effect.reason === 'not_now' ? 'outcome.not_now' : 'outcome.suggest_other';
        break;
      case 'notify_mentee_expired':
        outcomeKey = 'outcome.expired';
        break;
      case 'offer_next_candidate':
        await offerNextCandidate(deps, slack, people, outcomeKey);
        outcomeKey = undefined;
        break;
      case 'prompt_schedule_coffee':
        for (const m of [mentee, mentor]) {
          const o = m === mentee ? mentor : mentee;
          const tr = trOf(m);
          await slack.sendDm(
            m.slackUserId,
            buildNotice(tr('coffee.prompt', { other: o.slackUserId }), tr('coffee.prompt_text', { name: nameOf(o) }), [
              pairingButton(tr('coffee.pick'), ActionIds.pickCoffee, String(row.id), 'primary'),
            ]),
          );
        }
        break;
      case 'notify_coffee_scheduled':
        await sendCoffeeInvite(slack, row, people, person(effect.to));
        break;
      case 'schedule_coffee_verdict_prompts':
        await scheduleVerdictTimer(deps, row, now);
        break;
      case 'await_other_verdict':
        await slack.sendDm(person(effect.to).slackUserId, notice(trOf(person(effect.to))('verdict.waiting', { other: person(effect.waitingFor).slackUserId })));
        break;
      case 'notify_other_side_not_a_fit': {
        const to = person(effect.to);
        await slack.sendDm(to.slackUserId, notice(trOf(to)('verdict.not_continuing', { other: other(effect.to).slackUserId, skill: skillFor(to) })));
        break;
      }
      case 'prompt_mentee_plan': {
        const tr = trOf(mentee);
        await slack.sendDm(
          mentee.slackUserId,
          buildNotice(tr('plan.prompt', { mentor: mentor.slackUserId }), tr('plan.prompt_text'), [
            pairingButton(tr('plan.open'), ActionIds.openPlan, String(row.id), 'primary'),
          ]),
        );
        break;
      }
      case 'notify_mentor_plan_submitted':
        await slack.sendDm(mentor.slackUserId, planReviewMessage(row, people));
        break;
      case 'notify_mentee_plan_confirmed':
        for (const m of [mentee, mentor]) {
          const tr = trOf(m);
          await slack.sendDm(m.slackUserId, buildNotice(tr('plan.confirmed', { skill: skillFor(m) }), tr('plan.confirmed_text', { skill: skillFor(m) })));
        }
        break;
      case 'notify_other_side_ended': {
        const to = person(effect.to);
        await slack.sendDm(to.slackUserId, notice(trOf(to)('end.notify', { other: other(effect.to).slackUserId, skill: skillFor(to) })));
        break;
      }
      case 'start_session_cadence':
        await createKpisFromPlan(deps, row, mentee);
        await proposeNext(deps, slack, row);
        break;
      case 'notify_both_completed':
      case 'send_completion_survey':
        // Sessions, completion and the survey hook in here as they are built.
        deps.logger.debug({ pairing: row.id, effect: effect.type }, 'effect not yet wired');
        break;
    }
  }
  if (outcomeKey) await slack.sendDm(mentee.slackUserId, notice(trOf(mentee)(outcomeKey, { name: escapeMrkdwn(nameOf(mentor)), skill: skillFor(mentee) })));
}

const notice = (text: string) => buildNotice(text, text.replace(/<@(\w+)>/g, '@$1').replace(/[*_]/g, ''));

/** Replaces the mentor's proposal buttons with the answer, so nobody clicks a stale button. */
async function updateProposalMessage(deps: ServiceDeps, slack: SlackPort, row: PairingRow, people: People): Promise<void> {
  if (!row.proposalChannel || !row.proposalTs) return;
  const answered: MessageKey =
    row.state === 'expired'
      ? 'proposal.answered_expired'
      : row.outcome === 'not_now'
        ? 'proposal.answered_declined'
        : row.outcome === 'suggest_other'
          ? 'proposal.answered_suggest_other'
          : 'proposal.answered_accepted';
  const goal = (await deps.profiles.getMentee(people.mentee.id))?.goals.find((g) => g.skillId === row.skillId);
  await slack
    .updateMessage(row.proposalChannel, row.proposalTs, buildProposalMessage(trOf(people.mentor), proposalView(people, row, goal?.level ?? 1), answered))
    .catch((err: unknown) => deps.logger.warn({ err, pairing: row.id }, 'could not update the proposal message'));
}

/** Blame-free re-match: the outcome plus fresh suggestions without the mentor who just said no. */
async function offerNextCandidate(deps: ServiceDeps, slack: SlackPort, people: People, outcomeKey?: MessageKey): Promise<void> {
  const { mentee, mentor, skill } = people;
  const tr = trOf(mentee);
  const lang = langOf(mentee);
  const past = await deps.pairings.pastMentors(mentee.teamId, mentee.id);
  const exclude = [mentor.id, ...past.filter((p) => p.skillId === skill.id).map((p) => p.mentorMemberId)];
  const s = await suggestForSkill(deps, mentee, skill, { exclude });
  const skillLabel = skillName(skill.names, lang);
  const intro = outcomeKey ? `${tr(outcomeKey, { name: escapeMrkdwn(nameOf(mentor)), skill: skillLabel })} ` : '';
  if (s.result.suggestions.length === 0) {
    const text = `${intro}${tr('outcome.no_next', { skill: skillLabel })}`;
    await slack.sendDm(mentee.slackUserId, buildNotice(text, text, [pairingButton(tr('nomatch.waitlist'), ActionIds.waitlist, String(skill.id))]));
    return;
  }
  const names = await memberNames(deps, mentee.teamId, s.result.suggestions.map((x) => x.candidate.memberId));
  const msg = buildSuggestionsMessage(tr, lang, s, names, { introKey: undefined });
  const text = `${intro}${tr('outcome.next')}`;
  await slack.sendDm(mentee.slackUserId, { text, blocks: [...buildNotice(text, text).blocks!, ...(msg.blocks ?? [])].slice(0, 50) });
}

/** Display names of members of one workspace; ids of other workspaces (forged buttons) are simply absent. */
export async function memberNames(deps: Pick<ServiceDeps, 'members'>, teamId: string, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await deps.members.byIds(teamId, ids);
  return new Map(rows.map((r) => [r.id, nameOf(r)]));
}

async function sendCoffeeInvite(slack: SlackPort, row: PairingRow, people: People, to: Member): Promise<void> {
  if (!row.coffeeAt) return;
  const tr = trOf(to);
  const lang = langOf(to);
  const other = to.id === people.mentee.id ? people.mentor : people.mentee;
  const minutes = row.coffeeMinutes ?? 30;
  const when = `${formatDateTime(row.coffeeAt, to.tz, lang, 'weekday-datetime')} ${formatZone(row.coffeeAt, to.tz)}`;
  await slack.sendDm(
    to.slackUserId,
    buildNotice(tr('coffee.scheduled', { other: other.slackUserId, when, minutes }), tr('coffee.scheduled_text', { name: nameOf(other), when })),
  );
  const skill = skillName(people.skill.names, lang);
  const ics = buildIcs({
    uid: `mentor-me-coffee-${row.id}@mentor-me`,
    start: row.coffeeAt,
    end: new Date(row.coffeeAt.getTime() + minutes * 60_000),
    summary: tr('coffee.ics_summary', { mentee: nameOf(people.mentee), mentor: nameOf(people.mentor), skill }),
    description: tr('coffee.ics_description', { skill }),
    attendees: [{ name: nameOf(people.mentee) }, { name: nameOf(people.mentor) }],
    method: 'PUBLISH',
    now: new Date(),
  });
  await slack.uploadFile({ userId: to.slackUserId, filename: 'virtual-coffee.ics', title: tr('coffee.ics_title'), content: ics });
}

function planReviewMessage(row: PairingRow, people: People) {
  const { mentee, mentor, skill } = people;
  const tr = trOf(mentor);
  const lang = langOf(mentor);
  const skillLabel = skillName(skill.names, lang);
  const lines = [
    tr('plan.review', { mentee: mentee.slackUserId, skill: skillLabel }),
    tr('plan.summary', {
      cadence: tr(`plan.cadence.${row.cadence}` as MessageKey),
      format: tr(`format.${row.planFormat}` as MessageKey),
      minutes: row.planMinutes ?? 30,
      start: row.planStart ? formatDateTime(new Date(`${row.planStart}T12:00:00Z`), 'UTC', lang, 'date') : '',
    }),
  ];
  if (row.successCriteria) lines.push(tr('plan.criteria', { criteria: escapeMrkdwn(row.successCriteria) }));
  if (row.planKpis?.length) lines.push(tr('plan.kpis', { kpis: row.planKpis.map((k) => `• ${escapeMrkdwn(k)}`).join('\n') }));
  return buildNotice(lines.join('\n\n'), tr('plan.review_text', { mentee: nameOf(mentee), skill: skillLabel }), [
    pairingButton(tr('plan.confirm'), ActionIds.confirmPlan, String(row.id), 'primary'),
  ]);
}

/** The one reminder to a mentor who has not answered. Claimed in Postgres: sent once whatever the retries. */
export async function remindMentor(deps: ServiceDeps, slack: SlackPort, teamId: string, pairingId: number): Promise<boolean> {
  const row = await deps.pairings.get(teamId, pairingId);
  if (!row || row.state !== 'proposed') return false;
  if (!(await deps.pairings.claimReminder(teamId, pairingId, deps.clock()))) return false;
  const { mentee, mentor, skill } = await loadPeople(deps, row);
  const tr = trOf(mentor);
  const skillLabel = skillName(skill.names, langOf(mentor));
  try {
    await slack.sendDm(mentor.slackUserId, buildNotice(tr('proposal.reminder', { mentee: mentee.slackUserId, skill: skillLabel }), tr('proposal.reminder_text', { mentee: nameOf(mentee), skill: skillLabel })));
  } catch (err) {
    await deps.pairings.releaseReminder(teamId, pairingId);
    throw err;
  }
  return true;
}

/** After the coffee: "good fit?" to both. Claimed once. */
export async function promptVerdicts(deps: ServiceDeps, slack: SlackPort, teamId: string, pairingId: number): Promise<boolean> {
  const row = await deps.pairings.get(teamId, pairingId);
  if (!row || row.state !== 'coffee' || !row.coffeeAt) return false;
  if (row.coffeeAt.getTime() + (row.coffeeMinutes ?? 30) * 60_000 > deps.clock().getTime() + 1000) return false;
  if (!(await deps.pairings.claimVerdictPrompt(teamId, pairingId, deps.clock()))) return false;
  const { mentee, mentor } = await loadPeople(deps, row);
  for (const m of [mentee, mentor]) {
    const o = m === mentee ? mentor : mentee;
    const tr = trOf(m);
    await slack.sendDm(
      m.slackUserId,
      buildNotice(tr('verdict.prompt', { other: o.slackUserId }), tr('verdict.prompt_text', { name: nameOf(o) }), [
        pairingButton(tr('verdict.continue'), ActionIds.verdictContinue, String(row.id), 'primary'),
        pairingButton(tr('verdict.not_a_fit'), ActionIds.verdictNotFit, String(row.id)),
      ]),
    );
  }
  return true;
}

/** Waitlisted mentees hear once when someone starts teaching their skill. */
export async function notifyWaitlist(deps: ServiceDeps, slack: SlackPort, mentor: Member, skillIds: number[]): Promise<void> {
  const claimed = await deps.pairings.claimWaitlist(mentor.teamId, skillIds, deps.clock());
  if (!claimed.length) return;
  const rows = await deps.members.byIds(mentor.teamId, claimed.map((c) => c.memberId));
  const skills = await deps.skills.findByIds(mentor.teamId, skillIds);
  for (const c of claimed) {
    const m = rows.find((r) => r.id === c.memberId);
    const skill = skills.find((s) => s.id === c.skillId);
    if (!m || !skill || m.id === mentor.id || m.teamId !== mentor.teamId) continue;
    const tr = trOf(m);
    const text = tr('waitlist.found', { name: escapeMrkdwn(nameOf(mentor)), skill: skillName(skill.names, langOf(m)) });
    await slack.sendDm(m.slackUserId, buildNotice(text, text)).catch((err: unknown) => deps.logger.warn({ err }, 'waitlist DM failed'));
  }
}
