import type { ServiceDeps } from '../../services/deps';
import { actOnPairing } from '../../services/pairings';
import { publishHome } from '../../services/home';
import { BlockIds } from '../../slack/ids';
import { readText } from '../state';
import { withSubmitter } from '../submit-helpers';
import { END_REASON_MAX } from './build';

/** Either side ends a pairing; the reason stays private, the other side is told blame-free. */
export const handleEndPairingSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.end.reason, async ({ slack, member, tr, values, metadata }) => {
    const reason = readText(values, BlockIds.end.reason);
    if (reason.length > END_REASON_MAX) return { response: { response_action: 'errors', errors: { [BlockIds.end.reason]: tr('err.too_long', { max: END_REASON_MAX }) } } };
    if (!metadata.pairingId) return { response: { response_action: 'errors', errors: { [BlockIds.end.reason]: tr('pairing.gone') } } };
    const result = await actOnPairing(deps, slack, member, metadata.pairingId, { type: 'end', ...(reason ? { reason } : {}) });
    if (!result.ok) {
      const key = result.reason === 'not_yours' ? 'pairing.not_yours' : result.reason === 'not_found' ? 'pairing.gone' : 'pairing.already_done';
      return { response: { response_action: 'errors', errors: { [BlockIds.end.reason]: tr(key) } } };
    }
    return { response: { response_action: 'clear' }, after: () => publishHome(deps, slack, member) };
  });
