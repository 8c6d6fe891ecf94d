import { BlockIds } from '../../slack/ids';
import { addLocalDays } from '../../domain/time';
import { isCalendarDate } from '../../commands/parse';
import { FORMATS, SESSION_LENGTHS } from '../options';
import { readElement, readSelected, readText, type FieldErrors, type ParseResult, type StateValues } from '../state';
import { lines } from '../proposal/parse';
import { CADENCES, PLAN_LIMITS } from './build';
import type { PlanInput } from '../../services/pairings';

/** Validates the action plan; `today` is the mentee's local date. */
export function parsePlan(values: StateValues, today: string): ParseResult<PlanInput> {
  const ids = BlockIds.plan;
  const errors: FieldErrors = {};
  const cadence = readSelected(values, ids.cadence) ?? '';
  if (!(CADENCES as readonly string[]).includes(cadence)) errors[ids.cadence] = { key: 'err.invalid_choice' };
  const format = readSelected(values, ids.format) ?? '';
  if (!(FORMATS as readonly string[]).includes(format)) errors[ids.format] = { key: 'err.invalid_choice' };
  const minutes = Number(readSelected(values, ids.length) ?? '');
  if (!(SESSION_LENGTHS as readonly number[]).includes(minutes)) errors[ids.length] = { key: 'err.invalid_choice' };
  const start = readElement(values, ids.start)?.selected_date ?? '';
  if (!isCalendarDate(start)) errors[ids.start] = { key: 'coffee.err_invalid' };
  else if (start < today) errors[ids.start] = { key: 'plan.err_start_past' };
  else if (start > addLocalDays(today, 90)) errors[ids.start] = { key: 'plan.err_start_far' };
  const criteria = readText(values, ids.criteria);
  if (!criteria) errors[ids.criteria] = { key: 'err.goal_required' };
  else if (criteria.length > PLAN_LIMITS.criteria) errors[ids.criteria] = { key: 'err.too_long', params: { max: PLAN_LIMITS.criteria } };
  const kpiText = readText(values, ids.kpis);
  const kpis = lines(kpiText);
  if (kpiText.length > PLAN_LIMITS.kpis) errors[ids.kpis] = { key: 'err.too_long', params: { max: PLAN_LIMITS.kpis } };
  else if (kpis.length > PLAN_LIMITS.kpiLines) errors[ids.kpis] = { key: 'err.too_many_lines', params: { max: PLAN_LIMITS.kpiLines } };
  else if (kpis.some((k) => k.length > PLAN_LIMITS.kpiLine)) errors[ids.kpis] = { key: 'err.too_long', params: { max: PLAN_LIMITS.kpiLine } };
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, data: { cadence: cadence as PlanInput['cadence'], format, minutes, start, criteria, kpis } };
}
