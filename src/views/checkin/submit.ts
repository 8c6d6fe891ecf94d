import type { ServiceDeps } from '../../services/deps';
import { recordCheckin, sessionRole } from '../../services/sessions';
import { BlockIds } from '../../slack/ids';
import { fieldError, toSlackErrors, withSubmitter } from '../submit-helpers';
import { parseCheckin } from './parse';
import { buildSavedModal } from '../self-evaluation/build';

/** Check-in saved: rating, note, confidence (mentee) and feedback, visible to the pair only. */
export const handleCheckinSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.checkin.rating, async ({ slack, member, tr, values, metadata }) => {
    if (!metadata.sessionId) return fieldError(BlockIds.checkin.rating, tr('pairing.gone'));
    const who = await sessionRole(deps, member, metadata.sessionId);
    if (!who.ok) return fieldError(BlockIds.checkin.rating, tr(who.error === 'not_yours' ? 'pairing.not_yours' : 'pairing.gone'));
    const parsed = parseCheckin(values, who.role);
    if (!parsed.ok) return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    const result = await recordCheckin(deps, slack, member, metadata.sessionId, parsed.data);
    if (!result.ok) return fieldError(BlockIds.checkin.rating, tr(result.reason === 'already' ? 'checkin.already' : 'session.err_state'));
    return { response: { response_action: 'update', view: buildSavedModal(tr, tr('checkin.title'), tr('checkin.saved'), '') } };
  });
