import type { Translate } from '../../i18n';
import { CallbackIds, BlockIds } from '../../slack/ids';
import { header, section, divider, context, modalTitle, plain, type ModalView } from '../blocks';
import { HELP_LINES } from '../messages/help';

/** The greeting modal for `/mentor-me` and `/mentor-me help`: who we are and what you can do. */
export function buildWelcomeModal(tr: Translate, name: string): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.welcome,
    title: modalTitle(tr('welcome.title')),
    close: plain(tr('common.close')),
    blocks: [
      header(tr('welcome.greeting', { name: name || '👋' })),
      section(tr('welcome.intro')),
      divider(),
      section(`${tr('welcome.what_you_can_do')}\n${HELP_LINES.map((k) => `• ${tr(k)}`).join('\n')}`, BlockIds.welcomeCommands),
      context([tr('help.intro')]),
    ],
  };
}
