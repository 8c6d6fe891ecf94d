import type { ServiceDeps } from '../../services/deps';
import { scheduleCoffee } from '../../services/pairings';
import { BlockIds } from '../../slack/ids';
import { toSlackErrors, withSubmitter } from '../submit-helpers';
import { parseCoffee } from './parse';

/** Coffee slot chosen (in the chooser's time zone): book it, invite both with an .ics. */
export const handleCoffeeSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.coffee.date, async ({ slack, member, tr, values, metadata }) => {
    const parsed = parseCoffee(values, member.tz, deps.clock());
    if (!parsed.ok) return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    if (!metadata.pairingId) return { response: { response_action: 'errors', errors: { [BlockIds.coffee.date]: tr('pairing.gone') } } };
    const result = await scheduleCoffee(deps, slack, member, metadata.pairingId, parsed.data.at, parsed.data.minutes);
    if (!result.ok) {
      const key = result.reason === 'not_yours' ? 'pairing.not_yours' : result.reason === 'not_found' ? 'pairing.gone' : 'coffee.err_state';
      return { response: { response_action: 'errors', errors: { [BlockIds.coffee.date]: tr(key) } } };
    }
    return { response: { response_action: 'clear' } };
  });
