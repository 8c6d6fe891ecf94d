import type { Lang, Translate } from '../../i18n';
import type { KpiRow } from '../../db/repositories/kpis';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { modalTitle, plain, section, type ModalView } from '../blocks';
import { option } from '../options';
import { encodeMetadata } from '../metadata';
import { kpiLine } from '../messages/kpi';

/** The KPI update modal: pick a KPI, enter the new total and a short note. */
export function buildKpiModal(tr: Translate, lang: Lang, kpis: KpiRow[], today: string, preselect?: number): ModalView {
  const options = kpis.slice(0, 100).map((k) => option(`${k.description} (${k.current}/${k.target} ${k.unit})`.trim(), String(k.id)));
  const initial = options.find((o) => o.value === String(preselect)) ?? options[0];
  return {
    type: 'modal',
    callback_id: CallbackIds.kpi,
    title: modalTitle(tr('kpi.title')),
    submit: plain(tr('kpi.submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeMetadata({ v: 1 }),
    blocks: [
      ...kpis.slice(0, 10).map((k) => section(kpiLine(tr, lang, k, today))),
      {
        type: 'input',
        block_id: BlockIds.kpi.pick,
        label: plain(tr('kpi.pick_label')),
        element: { type: 'static_select', action_id: ActionIds.input, options, ...(initial ? { initial_option: initial } : {}) },
      },
      {
        type: 'input',
        block_id: BlockIds.kpi.value,
        label: plain(tr('kpi.value_label')),
        hint: plain(tr('kpi.value_hint')),
        element: { type: 'number_input', action_id: ActionIds.input, is_decimal_allowed: true, min_value: '0', max_value: '1000000' },
      },
      {
        type: 'input',
        block_id: BlockIds.kpi.note,
        optional: true,
        label: plain(tr('kpi.note_label')),
        element: { type: 'plain_text_input', action_id: ActionIds.input, max_length: 280 },
      },
    ],
  };
}
