import { BlockIds } from '../../slack/ids';
import { readMulti, type ParseResult, type StateValues } from '../state';
import { ERASE_CONFIRM_VALUE } from './build';

/** The erasure goes ahead only when the one confirmation box is ticked (and nothing else was sent). */
export function parsePrivacyDelete(values: StateValues): ParseResult<{ confirmed: true }> {
  const picked = readMulti(values, BlockIds.privacy.confirm);
  if (picked.length === 1 && picked[0] === ERASE_CONFIRM_VALUE) return { ok: true, data: { confirmed: true } };
  return { ok: false, errors: { [BlockIds.privacy.confirm]: { key: 'privacy.delete_err_confirm' } } };
}
