import type { ServiceDeps } from '../services/deps';
import { openKpiModal } from '../services/kpi-modals';
import { withMember } from './with-member';
import { parseIdValue } from './values';

/** *Update KPIs* (monthly nudge, App Home). */
export const handleKpiUpdate = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const pairingId = parseIdValue(ctx.value);
    if ((await openKpiModal(deps, ctx.slack, ctx.member, ctx.body.trigger_id, pairingId)) === 'none') await ctx.tell(ctx.tr('kpi.no_pairing'));
  });
