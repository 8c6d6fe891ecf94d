import type { Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { modalTitle, plain, type ModalView } from '../blocks';
import { FORMATS, SESSION_LENGTHS, keyedOptions, option } from '../options';
import { encodeMetadata } from '../metadata';

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export const PLAN_LIMITS = { criteria: 1000, kpis: 1000, kpiLines: 5, kpiLine: 200 } as const;

export interface PlanPrefill {
  pairingId: number;
  cadence?: string | null;
  format?: string | null;
  minutes?: number | null;
  start: string;
  criteria?: string | null;
  kpis: string[];
}

/** The action plan: cadence, format, length (30 min allowed), start date, success criteria, KPIs. */
export function buildPlanModal(tr: Translate, p: PlanPrefill): ModalView {
  const ids = BlockIds.plan;
  const cadences = keyedOptions(tr, 'plan.cadence', CADENCES);
  const formats = keyedOptions(tr, 'format', FORMATS);
  const lengths = SESSION_LENGTHS.map((m) => option(tr('length.minutes', { n: m }), String(m)));
  const kpis = p.kpis.join('\n').slice(0, PLAN_LIMITS.kpis);
  return {
    type: 'modal',
    callback_id: CallbackIds.plan,
    title: modalTitle(tr('plan.title')),
    submit: plain(tr('plan.submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeMetadata({ v: 1, pairingId: p.pairingId }),
    blocks: [
      {
        type: 'input',
        block_id: ids.cadence,
        label: plain(tr('plan.cadence_label')),
        element: { type: 'radio_buttons', action_id: ActionIds.input, options: cadences, initial_option: cadences.find((c) => c.value === (p.cadence ?? 'biweekly')) ?? cadences[1]! },
      },
      {
        type: 'input',
        block_id: ids.format,
        label: plain(tr('plan.format_label')),
        element: { type: 'radio_buttons', action_id: ActionIds.input, options: formats, initial_option: formats.find((f) => f.value === (p.format ?? 'online')) ?? formats[0]! },
      },
      {
        type: 'input',
        block_id: ids.length,
        label: plain(tr('plan.length_label')),
        element: { type: 'radio_buttons', action_id: ActionIds.input, options: lengths, initial_option: lengths.find((l) => l.value === String(p.minutes ?? 30)) ?? lengths[0]! },
      },
      { type: 'input', block_id: ids.start, label: plain(tr('plan.start_label')), element: { type: 'datepicker', action_id: ActionIds.input, initial_date: p.start } },
      {
        type: 'input',
        block_id: ids.criteria,
        label: plain(tr('plan.criteria_label')),
        element: {
          type: 'plain_text_input',
          action_id: ActionIds.input,
          multiline: true,
          max_length: PLAN_LIMITS.criteria,
          placeholder: plain(tr('plan.criteria_placeholder')),
          ...(p.criteria ? { initial_value: p.criteria } : {}),
        },
      },
      {
        type: 'input',
        block_id: ids.kpis,
        optional: true,
        label: plain(tr('plan.kpis_label')),
        hint: plain(tr('proposal.kpis_hint')),
        element: { type: 'plain_text_input', action_id: ActionIds.input, multiline: true, max_length: PLAN_LIMITS.kpis, ...(kpis ? { initial_value: kpis } : {}) },
      },
    ],
  };
}
