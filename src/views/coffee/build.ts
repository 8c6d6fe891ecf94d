import type { Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { modalTitle, plain, section, type ModalView } from '../blocks';
import { option } from '../options';
import { encodeMetadata } from '../metadata';
import { escapeMrkdwn } from '../escape';

export const COFFEE_LENGTHS = [15, 20, 30] as const;

/** Pick the virtual coffee slot: day and time in the picker's own time zone, 15–30 minutes. */
export function buildCoffeeModal(tr: Translate, args: { pairingId: number; otherName: string; tz: string; defaultDate: string }): ModalView {
  const ids = BlockIds.coffee;
  const lengths = COFFEE_LENGTHS.map((m) => option(tr('length.minutes', { n: m }), String(m)));
  return {
    type: 'modal',
    callback_id: CallbackIds.coffee,
    title: modalTitle(tr('coffee.title')),
    submit: plain(tr('coffee.submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeMetadata({ v: 1, pairingId: args.pairingId }),
    blocks: [
      section(tr('coffee.intro', { name: escapeMrkdwn(args.otherName), tz: args.tz })),
      { type: 'input', block_id: ids.date, label: plain(tr('coffee.date_label')), element: { type: 'datepicker', action_id: ActionIds.input, initial_date: args.defaultDate } },
      { type: 'input', block_id: ids.time, label: plain(tr('coffee.time_label')), element: { type: 'timepicker', action_id: ActionIds.input, initial_time: '10:00' } },
      {
        type: 'input',
        block_id: ids.length,
        label: plain(tr('coffee.length_label')),
        element: { type: 'static_select', action_id: ActionIds.input, options: lengths, initial_option: lengths[2]! },
      },
    ],
  };
}
