import type { ServiceDeps } from '../services/deps';
import { confirmSession, sessionRole, skipSession, type SessionFailure } from '../services/sessions';
import { localParts } from '../domain/time';
import { langFromLocale, type MessageKey } from '../i18n';

import { ActionIds } from '../slack/ids';
import { buildMoveSessionModal } from '../views/session-move/build';
import { buildCheckinModal } from '../views/checkin/build';
import { buildNotice, pairingButton } from '../views/messages/pairing';
import { skillName } from '../views/skills';
import { withMember } from './with-member';
import { parseIdValue } from './values';

const FAILURE: Record<SessionFailure | 'already', MessageKey> = {
  not_found: 'pairing.gone',
  not_yours: 'pairing.not_yours',
  illegal: 'pairing.already_done',
  already: 'checkin.already',
};
const idOf = parseIdValue;

export const handleConfirmSession = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const id = idOf(ctx.value);
    const r = id ? await confirmSession(deps, ctx.slack, ctx.member, id) : ({ ok: false, reason: 'not_found' } as const);
    if (!r.ok) await ctx.tell(ctx.tr(FAILURE[r.reason]));
  });

export const handleSkipSession = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const id = idOf(ctx.value);
    const r = id ? await skipSession(deps, ctx.slack, ctx.member, id) : ({ ok: false, reason: 'not_found' } as const);
    if (!r.ok) await ctx.tell(ctx.tr(FAILURE[r.reason]));
  });

/** *Move* / *Find a new time*: opens the move modal in the clicker's zone. */
export const handleMoveSession = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const id = idOf(ctx.value);
    const who = id ? await sessionRole(deps, ctx.member, id) : ({ ok: false, error: 'not_found' } as const);
    if (!who.ok) return ctx.tell(ctx.tr(FAILURE[who.error]));
    if (!['proposed', 'confirmed'].includes(who.session.status)) return ctx.tell(ctx.tr('session.err_state'));
    const future = who.session.startsAt > deps.clock() ? who.session.startsAt : new Date(deps.clock().getTime() + 24 * 3600_000);
    const local = localParts(future, ctx.member.tz);
    await ctx.slack.openModal(
      ctx.body.trigger_id,
      buildMoveSessionModal(ctx.tr, { sessionId: who.session.id, otherName: who.other.displayName || who.other.realName, tz: ctx.member.tz, date: local.date, time: local.time }),
    );
  });

/** *Yes, it happened*: the check-in modal (confidence only for the mentee). */
export const handleCheckinYes = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const id = idOf(ctx.value);
    const who = id ? await sessionRole(deps, ctx.member, id) : ({ ok: false, error: 'not_found' } as const);
    if (!who.ok) return ctx.tell(ctx.tr(FAILURE[who.error]));
    const lang = langFromLocale(ctx.member.locale);
    await ctx.slack.openModal(
      ctx.body.trigger_id,
      buildCheckinModal(ctx.tr, { sessionId: who.session.id, role: who.role, otherName: who.other.displayName || who.other.realName, skill: skillName(who.pair.skill.names, lang) }),
    );
  });

/** *No*: offer to reschedule or skip, no dead end. */
export const handleCheckinNo = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const id = idOf(ctx.value);
    const who = id ? await sessionRole(deps, ctx.member, id) : ({ ok: false, error: 'not_found' } as const);
    if (!who.ok) return ctx.tell(ctx.tr(FAILURE[who.error]));
    await ctx.slack.sendDm(
      ctx.member.slackUserId,
      buildNotice(ctx.tr('checkin.no_options'), ctx.tr('checkin.no_options'), [
        pairingButton(ctx.tr('checkin.reschedule'), ActionIds.moveSession, String(who.session.id), 'primary'),
        pairingButton(ctx.tr('session.skip'), ActionIds.skipSession, String(who.session.id)),
      ]),
    );
  });

