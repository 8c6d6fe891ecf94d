import type { Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, modalTitle, plain, type ModalView } from '../blocks';
import { option } from '../options';
import { encodeMetadata } from '../metadata';
import type { KnownBlock } from '@slack/types';

export const CHECKIN_LIMITS = { learned: 1000, feedback: 1000 } as const;

/** The post-session check-in: rating, what I learned, confidence (mentee), feedback for the other person. */
export function buildCheckinModal(tr: Translate, a: { sessionId: number; role: 'mentee' | 'mentor'; otherName: string; skill: string }): ModalView {
  const scale = [1, 2, 3, 4, 5].map((n) => option(String(n), String(n)));
  const ids = BlockIds.checkin;
  const blocks: KnownBlock[] = [
    { type: 'input', block_id: ids.rating, label: plain(tr('checkin.rating_label')), element: { type: 'static_select', action_id: ActionIds.input, options: scale } },
    {
      type: 'input',
      block_id: ids.learned,
      optional: true,
      label: plain(tr(a.role === 'mentee' ? 'checkin.learned_label_mentee' : 'checkin.learned_label_mentor')),
      element: { type: 'plain_text_input', action_id: ActionIds.input, multiline: true, max_length: CHECKIN_LIMITS.learned },
    },
  ];
  if (a.role === 'mentee') {
    blocks.push({
      type: 'input',
      block_id: ids.confidence,
      label: plain(tr('checkin.confidence_label', { skill: a.skill })),
      element: { type: 'static_select', action_id: ActionIds.input, options: scale },
    });
  }
  blocks.push(
    {
      type: 'input',
      block_id: ids.feedback,
      optional: true,
      label: plain(tr('checkin.feedback_label_plain', { name: a.otherName })),
      element: { type: 'plain_text_input', action_id: ActionIds.input, multiline: true, max_length: CHECKIN_LIMITS.feedback },
    },
    context([tr('checkin.private_hint')]),
  );
  return {
    type: 'modal',
    callback_id: CallbackIds.checkin,
    title: modalTitle(tr('checkin.title')),
    submit: plain(tr('checkin.submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeMetadata({ v: 1, sessionId: a.sessionId }),
    blocks,
  };
}
