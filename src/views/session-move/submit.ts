import type { ServiceDeps } from '../../services/deps';
import { moveSession } from '../../services/sessions';
import { BlockIds } from '../../slack/ids';
import { localDateTime } from '../../domain/time';
import { isCalendarDate } from '../../commands/parse';
import { readElement, readTime } from '../state';
import { fieldError, withSubmitter } from '../submit-helpers';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_AHEAD_MS = 90 * 24 * 3600_000;

/** Session moved: the new time is read in the mover's zone; its reminders follow it. */
export const handleMoveSessionSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.move.date, async ({ slack, member, tr, values, metadata }) => {
    const date = readElement(values, BlockIds.move.date)?.selected_date ?? '';
    const time = readTime(values, BlockIds.move.time) ?? '';
    if (!isCalendarDate(date)) return fieldError(BlockIds.move.date, tr('coffee.err_invalid'));
    if (!HHMM.test(time)) return fieldError(BlockIds.move.time, tr('coffee.err_invalid'));
    const at = localDateTime(date, time, member.tz);
    const now = deps.clock().getTime();
    if (at.getTime() <= now) return fieldError(BlockIds.move.time, tr('coffee.err_past'));
    if (at.getTime() - now > MAX_AHEAD_MS) return fieldError(BlockIds.move.date, tr('plan.err_start_far'));
    if (!metadata.sessionId) return fieldError(BlockIds.move.date, tr('pairing.gone'));
    const result = await moveSession(deps, slack, member, metadata.sessionId, at);
    if (!result.ok) {
      const key = result.reason === 'not_yours' ? 'pairing.not_yours' : result.reason === 'not_found' ? 'pairing.gone' : 'session.err_state';
      return fieldError(BlockIds.move.date, tr(key));
    }
    return { response: { response_action: 'clear' } };
  });
