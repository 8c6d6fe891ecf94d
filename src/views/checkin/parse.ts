import { BlockIds } from '../../slack/ids';
import { parseLevel, readSelected, readText, type FieldErrors, type ParseResult, type StateValues } from '../state';
import { CHECKIN_LIMITS } from './build';

export interface CheckinInput {
  rating: number;
  learned: string;
  confidence: number | null;
  feedback: string;
}

/** Validates a check-in; confidence is required from the mentee only. */
export function parseCheckin(values: StateValues, role: 'mentee' | 'mentor'): ParseResult<CheckinInput> {
  const ids = BlockIds.checkin;
  const errors: FieldErrors = {};
  const rating = parseLevel(readSelected(values, ids.rating));
  if (typeof rating !== 'number') errors[ids.rating] = { key: 'checkin.err_rating' };
  const confidence = role === 'mentee' ? parseLevel(readSelected(values, ids.confidence)) : null;
  if (role === 'mentee' && typeof confidence !== 'number') errors[ids.confidence] = { key: 'checkin.err_rating' };
  const learned = readText(values, ids.learned);
  if (learned.length > CHECKIN_LIMITS.learned) errors[ids.learned] = { key: 'err.too_long', params: { max: CHECKIN_LIMITS.learned } };
  const feedback = readText(values, ids.feedback);
  if (feedback.length > CHECKIN_LIMITS.feedback) errors[ids.feedback] = { key: 'err.too_long', params: { max: CHECKIN_LIMITS.feedback } };
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, data: { rating: rating as number, learned, confidence: (confidence as number | null) ?? null, feedback } };
}
