import type { ServiceDeps } from '../../services/deps';
import { submitPlan } from '../../services/pairings';
import { BlockIds } from '../../slack/ids';
import { localParts } from '../../domain/time';
import { escapeMrkdwn } from '../escape';
import { buildSavedModal } from '../self-evaluation/build';
import { toSlackErrors, withSubmitter } from '../submit-helpers';
import { parsePlan } from './parse';

/** Action plan submitted by the mentee: stored, then sent to the mentor for confirmation. */
export const handlePlanSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.plan.cadence, async ({ slack, member, tr, values, metadata }) => {
    const parsed = parsePlan(values, localParts(deps.clock(), member.tz).date);
    if (!parsed.ok) return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    if (!metadata.pairingId) return { response: { response_action: 'errors', errors: { [BlockIds.plan.cadence]: tr('pairing.gone') } } };
    const result = await submitPlan(deps, slack, member, metadata.pairingId, parsed.data);
    if (!result.ok) {
      const key = result.reason === 'not_yours' ? 'pairing.not_yours' : result.reason === 'not_found' ? 'pairing.gone' : 'plan.err_state';
      return { response: { response_action: 'errors', errors: { [BlockIds.plan.cadence]: tr(key) } } };
    }
    return { response: { response_action: 'update', view: buildSavedModal(tr, tr('plan.sent_title'), tr('plan.sent_body', { name: escapeMrkdwn(result.mentorName) }), '') } };
  });
