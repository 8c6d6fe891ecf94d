import type { KnownBlock, View } from '@slack/types';
import type { Translate } from '../../i18n';
import type { SlackMessage } from '../../services/ports';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, divider, header, modalTitle, plain, section, type ModalView } from '../blocks';
import { escapeCode } from '../messages/help';

/** The value of the one checkbox that confirms an erasure. */
export const ERASE_CONFIRM_VALUE = 'erase';

/**
 * `/mentor-me privacy`: what is stored, for how long, and the two commands. `unknownAction` is what the member
 * typed after `privacy` when it was not `export` or `delete` (echoed inside a code span, never as mrkdwn).
 */
export function buildPrivacyMessage(tr: Translate, v: { retentionDays: number; unknownAction?: string }): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (v.unknownAction !== undefined) blocks.push(section(tr('privacy.unknown_action', { input: escapeCode(v.unknownAction) })));
  blocks.push(
    header(tr('privacy.header')),
    section(tr('privacy.intro')),
    section(
      [
        tr('privacy.stored.profile'),
        tr('privacy.stored.skills'),
        tr('privacy.stored.pairings'),
        tr('privacy.stored.sessions'),
        tr('privacy.stored.notes'),
        tr('privacy.stored.deliveries'),
      ]
        .map((l) => `• ${l}`)
        .join('\n'),
    ),
    section(tr('privacy.retention', { days: v.retentionDays })),
    context([tr('privacy.never')]),
    divider(),
    section(tr('privacy.actions')),
  );
  return { text: tr('privacy.header'), blocks };
}

/** The confirmation before an erasure: what goes, what stays, and a required checkbox. */
export function buildPrivacyDeleteModal(tr: Translate): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.privacyDelete,
    title: modalTitle(tr('privacy.delete_title')),
    submit: plain(tr('privacy.delete_submit')),
    close: plain(tr('common.cancel')),
    blocks: [
      section(tr('privacy.delete_intro')),
      section(tr('privacy.delete_what')),
      section(tr('privacy.delete_keep')),
      section(tr('privacy.delete_partner')),
      context([tr('privacy.delete_export_hint')]),
      {
        type: 'input',
        block_id: BlockIds.privacy.confirm,
        label: plain(tr('privacy.delete_confirm_label')),
        element: {
          type: 'checkboxes',
          action_id: ActionIds.input,
          options: [{ text: plain(tr('privacy.delete_confirm_option')), value: ERASE_CONFIRM_VALUE }],
        },
      },
    ],
  };
}

/** Shown in place of the confirmation once the data is gone. */
export function buildPrivacyDeletedModal(tr: Translate): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.welcome,
    title: modalTitle(tr('privacy.deleted_title')),
    close: plain(tr('common.close')),
    blocks: [section(tr('privacy.deleted_body'))],
  };
}

/** The App Home right after an erasure: nothing of the old profile or pairings is left on screen. */
export function buildErasedHomeView(tr: Translate): View {
  return { type: 'home', blocks: [header(tr('home.header')), section(tr('privacy.home_erased'))] };
}
