import { BlockIds } from '../../slack/ids';
import { FORMATS, OFFERS, SESSION_LENGTHS } from '../options';
import { readMulti, readSelected, readText, type FieldErrors, type ParseResult, type StateValues } from '../state';
import { PROPOSAL_LIMITS } from './build';

export interface ParsedProposal {
  goals: string;
  kpis: string[];
  offers: string[];
  format: string;
  sessionMinutes: number;
}

/** Splits a multi-line text into trimmed, non-empty lines (any line ending: LF, CRLF or a lone CR). */
export const lines = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[-•*\s]+/, '').trim())
    .filter(Boolean);

/** Validates the proposal modal. */
export function parseProposal(values: StateValues): ParseResult<ParsedProposal> {
  const ids = BlockIds.proposal;
  const errors: FieldErrors = {};
  const goals = readText(values, ids.goals);
  if (!goals) errors[ids.goals] = { key: 'err.goal_required' };
  else if (goals.length > PROPOSAL_LIMITS.goals) errors[ids.goals] = { key: 'err.too_long', params: { max: PROPOSAL_LIMITS.goals } };
  const kpiText = readText(values, ids.kpis);
  const kpis = lines(kpiText);
  if (kpiText.length > PROPOSAL_LIMITS.kpis) errors[ids.kpis] = { key: 'err.too_long', params: { max: PROPOSAL_LIMITS.kpis } };
  else if (kpis.length > PROPOSAL_LIMITS.kpiLines) errors[ids.kpis] = { key: 'err.too_many_lines', params: { max: PROPOSAL_LIMITS.kpiLines } };
  else if (kpis.some((k) => k.length > PROPOSAL_LIMITS.kpiLine)) errors[ids.kpis] = { key: 'err.too_long', params: { max: PROPOSAL_LIMITS.kpiLine } };
  const offers = readMulti(values, ids.offers);
  if (offers.some((o) => !(OFFERS as readonly string[]).includes(o))) errors[ids.offers] = { key: 'err.invalid_choice' };
  const format = readSelected(values, ids.format) ?? 'online';
  if (!(FORMATS as readonly string[]).includes(format)) errors[ids.format] = { key: 'err.invalid_choice' };
  const minutes = Number(readSelected(values, ids.length) ?? '30');
  if (!(SESSION_LENGTHS as readonly number[]).includes(minutes)) errors[ids.length] = { key: 'err.invalid_choice' };
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, data: { goals, kpis, offers: [...new Set(offers)], format, sessionMinutes: minutes } };
}
