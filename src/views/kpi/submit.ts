import type { ServiceDeps } from '../../services/deps';
import { KPI_MAX_VALUE, updateKpi } from '../../services/kpis';
import { BlockIds } from '../../slack/ids';
import { readSelected, readText, readElement } from '../state';
import { fieldError, withSubmitter } from '../submit-helpers';
import { buildSavedModal } from '../self-evaluation/build';
import { escapeMrkdwn } from '../escape';

/** KPI progress saved (new absolute value + note), by one of the two people of the pairing. */
export const handleKpiSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.kpi.pick, async ({ member, tr, values }) => {
    const picked = readSelected(values, BlockIds.kpi.pick);
    const raw = (readElement(values, BlockIds.kpi.value)?.value ?? '').trim().replace(',', '.');
    const value = /^\d{1,7}(\.\d{1,4})?$/.test(raw) ? Number(raw) : NaN;
    if (!picked || !/^\d{1,15}$/.test(picked)) return fieldError(BlockIds.kpi.pick, tr('err.invalid_choice'));
    if (!Number.isFinite(value) || value < 0 || value > KPI_MAX_VALUE) return fieldError(BlockIds.kpi.value, tr('kpi.err_value'));
    const note = readText(values, BlockIds.kpi.note);
    if (note.length > 280) return fieldError(BlockIds.kpi.note, tr('err.too_long', { max: 280 }));
    const result = await updateKpi(deps, member, Number(picked), value, note);
    if (!result.ok) return fieldError(BlockIds.kpi.pick, tr(result.reason === 'not_yours' ? 'pairing.not_yours' : 'pairing.gone'));
    const k = result.kpi;
    return {
      response: {
        response_action: 'update',
        view: buildSavedModal(tr, tr('kpi.saved_title'), tr('kpi.saved', { description: escapeMrkdwn(k.description), current: k.current, target: k.target, unit: escapeMrkdwn(k.unit), percent: result.percent }), ''),
      },
    };
  });
