import type { Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { modalTitle, plain, section, type ModalView } from '../blocks';
import { encodeMetadata } from '../metadata';
import { escapeMrkdwn } from '../escape';

/** Pick a new time for a session (day + time in the mover's own zone). */
export function buildMoveSessionModal(tr: Translate, a: { sessionId: number; otherName: string; tz: string; date: string; time: string }): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.moveSession,
    title: modalTitle(tr('session.move_title')),
    submit: plain(tr('session.move_submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeMetadata({ v: 1, sessionId: a.sessionId }),
    blocks: [
      section(tr('session.move_intro', { name: escapeMrkdwn(a.otherName), tz: a.tz })),
      { type: 'input', block_id: BlockIds.move.date, label: plain(tr('coffee.date_label')), element: { type: 'datepicker', action_id: ActionIds.input, initial_date: a.date } },
      { type: 'input', block_id: BlockIds.move.time, label: plain(tr('coffee.time_label')), element: { type: 'timepicker', action_id: ActionIds.input, initial_time: a.time } },
    ],
  };
}
