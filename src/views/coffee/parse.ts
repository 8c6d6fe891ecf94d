import { BlockIds } from '../../slack/ids';
import { localDateTime } from '../../domain/time';
import { readElement, readSelected, readTime, type ParseResult, type StateValues } from '../state';
import { isCalendarDate } from '../../commands/parse';
import { COFFEE_LENGTHS } from './build';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_AHEAD_MS = 60 * 24 * 3600 * 1000;

/** Reads day + time as wall-clock time in the member's zone and checks it is a sensible future slot. */
export function parseCoffee(values: StateValues, tz: string, now: Date): ParseResult<{ at: Date; minutes: number }> {
  const ids = BlockIds.coffee;
  const date = readElement(values, ids.date)?.selected_date ?? '';
  const time = readTime(values, ids.time) ?? '';
  const minutes = Number(readSelected(values, ids.length) ?? '30');
  if (!(COFFEE_LENGTHS as readonly number[]).includes(minutes)) return { ok: false, errors: { [ids.length]: { key: 'err.invalid_choice' } } };
  if (!isCalendarDate(date)) return { ok: false, errors: { [ids.date]: { key: 'coffee.err_invalid' } } };
  if (!HHMM.test(time)) return { ok: false, errors: { [ids.time]: { key: 'coffee.err_invalid' } } };
  const at = localDateTime(date, time, tz);
  if (at.getTime() <= now.getTime()) return { ok: false, errors: { [ids.time]: { key: 'coffee.err_past' } } };
  if (at.getTime() - now.getTime() > MAX_AHEAD_MS) return { ok: false, errors: { [ids.date]: { key: 'coffee.err_far' } } };
  return { ok: true, data: { at, minutes } };
}
