import type { Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { modalTitle, plain, section, type ModalView } from '../blocks';
import { encodeMetadata } from '../metadata';
import { escapeMrkdwn } from '../escape';

export const END_REASON_MAX = 500;

/** End a pairing, with an optional private reason. */
export function buildEndPairingModal(tr: Translate, args: { pairingId: number; otherName: string; skill: string }): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.endPairing,
    title: modalTitle(tr('end.title')),
    submit: plain(tr('end.submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeMetadata({ v: 1, pairingId: args.pairingId }),
    blocks: [
      section(tr('end.intro', { name: escapeMrkdwn(args.otherName), skill: escapeMrkdwn(args.skill) })),
      {
        type: 'input',
        block_id: BlockIds.end.reason,
        optional: true,
        label: plain(tr('end.reason_label')),
        element: { type: 'plain_text_input', action_id: ActionIds.input, multiline: true, max_length: END_REASON_MAX },
      },
    ],
  };
}
