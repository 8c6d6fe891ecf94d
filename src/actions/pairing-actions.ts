import type { ServiceDeps } from '../services/deps';
import { actOnPairing, memberNames, sideOf, type ActorEvent, type PairingFailure } from '../services/pairings';
import { localParts, addLocalDays } from '../domain/time';
import { langFromLocale, translator, type MessageKey } from '../i18n';
import { buildProposalModal } from '../views/proposal/build';
import { buildCoffeeModal } from '../views/coffee/build';
import { buildPlanModal } from '../views/plan/build';
import { buildEndPairingModal } from '../views/end-pairing/build';
import { skillName } from '../views/skills';
import { withMember, type ActionContext } from './with-member';
import { parseIdValue, parseProposeValue } from './values';

const FAILURE: Record<PairingFailure, MessageKey> = {
  not_found: 'pairing.gone',
  not_yours: 'pairing.not_yours',
  illegal: 'pairing.already_done',
  not_available: 'pairing.gone',
};

const pairingIdOf = parseIdValue;

/** Loads the pairing named by a button and checks the clicker belongs to it. */
async function ownPairing(ctx: ActionContext) {
  const id = pairingIdOf(ctx.value);
  const row = id ? await ctx.deps.pairings.get(ctx.member.teamId, id) : undefined;
  if (!row) {
    await ctx.tell(ctx.tr('pairing.gone'));
    return undefined;
  }
  const side = sideOf(row, ctx.member);
  if (!side) {
    await ctx.tell(ctx.tr('pairing.not_yours'));
    return undefined;
  }
  return { row, side };
}

const act = (deps: ServiceDeps, event: ActorEvent) =>
  withMember(deps, async (ctx) => {
    const id = pairingIdOf(ctx.value);
    if (!id) return ctx.tell(ctx.tr('pairing.gone'));
    const result = await actOnPairing(deps, ctx.slack, ctx.member, id, event);
    if (!result.ok) return ctx.tell(ctx.tr(FAILURE[result.reason]));
    if (event.type === 'coffee_verdict') {
      await ctx.tell(ctx.tr(event.verdict === 'continue' ? 'verdict.recorded_continue' : 'verdict.recorded_not_a_fit'));
    }
  });

export const handleAccept = (deps: ServiceDeps) => act(deps, { type: 'accept' });
export const handleNotNow = (deps: ServiceDeps) => act(deps, { type: 'decline', reason: 'not_now' });
export const handleSuggestOther = (deps: ServiceDeps) => act(deps, { type: 'decline', reason: 'suggest_other' });
export const handleVerdictContinue = (deps: ServiceDeps) => act(deps, { type: 'coffee_verdict', verdict: 'continue' });
export const handleVerdictNotFit = (deps: ServiceDeps) => act(deps, { type: 'coffee_verdict', verdict: 'not_a_fit' });
export const handleConfirmPlan = (deps: ServiceDeps) => act(deps, { type: 'confirm_plan' });

/** *Propose* on a suggestion: opens the proposal modal, prefilled from the self-evaluation. */
export const handlePropose = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const proposed = parseProposeValue(ctx.value);
    if (!proposed) return ctx.tell(ctx.tr('pairing.gone'));
    const { mentorMemberId, skillId } = proposed;
    const [skill] = await deps.skills.findByIds(ctx.member.teamId, [skillId]);
    const names = await memberNames(deps, ctx.member.teamId, [mentorMemberId]);
    if (!skill || !names.has(mentorMemberId)) return ctx.tell(ctx.tr('pairing.gone'));
    const mentee = await deps.profiles.getMentee(ctx.member.id);
    const lang = langFromLocale(ctx.member.locale);
    const view = buildProposalModal(ctx.tr, {
      mentorName: names.get(mentorMemberId)!,
      skill: skillName(skill.names, lang),
      mentorMemberId,
      skillId,
      goals: mentee?.goals.find((g) => g.skillId === skillId)?.goal ?? '',
      offers: mentee?.profile.offers ?? [],
      format: mentee?.profile.format ?? 'online',
      sessionMinutes: mentee?.profile.sessionMinutes ?? 30,
    });
    await (ctx.inModal ? ctx.slack.pushModal(ctx.body.trigger_id, view) : ctx.slack.openModal(ctx.body.trigger_id, view));
  });

/** *Tell me when someone appears*: joins the waitlist for that skill. */
export const handleWaitlist = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const skillId = pairingIdOf(ctx.value);
    const [skill] = skillId ? await deps.skills.findByIds(ctx.member.teamId, [skillId]) : [];
    if (!skill) return ctx.tell(ctx.tr('pairing.gone'));
    await deps.pairings.joinWaitlist(ctx.member.id, skill.id);
    await ctx.tell(ctx.tr('nomatch.waitlisted', { skill: skillName(skill.names, langFromLocale(ctx.member.locale)) }));
  });

/** *Pick a slot*: either side opens the coffee modal in their own time zone. */
export const handlePickCoffee = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const own = await ownPairing(ctx);
    if (!own) return;
    if (own.row.state !== 'accepted') return ctx.tell(ctx.tr('coffee.err_state'));
    const otherId = own.side === 'mentee' ? own.row.mentorMemberId : own.row.menteeMemberId;
    const names = await memberNames(deps, ctx.member.teamId, [otherId]);
    const tomorrow = addLocalDays(localParts(deps.clock(), ctx.member.tz).date, 1);
    await ctx.slack.openModal(
      ctx.body.trigger_id,
      buildCoffeeModal(ctx.tr, { pairingId: own.row.id, otherName: names.get(otherId) ?? '', tz: ctx.member.tz, defaultDate: tomorrow }),
    );
  });

/** *Draft action plan*: the mentee opens the plan modal, prefilled with the proposal's KPIs. */
export const handleOpenPlan = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const own = await ownPairing(ctx);
    if (!own) return;
    if (own.side !== 'mentee') return ctx.tell(ctx.tr('pairing.not_yours'));
    if (own.row.state !== 'coffee') return ctx.tell(ctx.tr('plan.err_state'));
    const today = localParts(deps.clock(), ctx.member.tz).date;
    const r = own.row;
    await ctx.slack.openModal(
      ctx.body.trigger_id,
      buildPlanModal(ctx.tr, {
        pairingId: r.id,
        cadence: r.cadence,
        format: r.planFormat ?? r.format,
        minutes: r.planMinutes ?? r.sessionMinutes,
        start: r.planStart ?? addLocalDays(today, 7),
        criteria: r.successCriteria,
        kpis: r.planKpis ?? r.kpiDrafts,
      }),
    );
  });

/** *End pairing* (App Home): opens the confirmation with an optional private reason. */
export const handleEndPairing = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const own = await ownPairing(ctx);
    if (!own) return;
    const otherId = own.side === 'mentee' ? own.row.mentorMemberId : own.row.menteeMemberId;
    const names = await memberNames(deps, ctx.member.teamId, [otherId]);
    const [skill] = await deps.skills.findByIds(ctx.member.teamId, [own.row.skillId]);
    const tr = translator(langFromLocale(ctx.member.locale));
    const view = buildEndPairingModal(tr, {
      pairingId: own.row.id,
      otherName: names.get(otherId) ?? '',
      skill: skill ? skillName(skill.names, langFromLocale(ctx.member.locale)) : '',
    });
    await (ctx.inModal ? ctx.slack.pushModal(ctx.body.trigger_id, view) : ctx.slack.openModal(ctx.body.trigger_id, view));
  });
