import type { Lang, Translate } from '../../i18n';
import type { SlackMessage } from '../../services/ports';
import { mentorPrimer } from '../../domain/mentoring/primer';
import { ActionIds } from '../../slack/ids';
import { context, header, modalTitle, plain, section, type ModalView } from '../blocks';
import { CallbackIds } from '../../slack/ids';

/** The mentor primer DM: a welcome, six didactic tips and a *Got it* button. */
export function buildPrimerMessage(tr: Translate, lang: Lang, name: string, acknowledged = false): SlackMessage {
  const primer = mentorPrimer(lang);
  return {
    text: tr('primer.text', { name }),
    blocks: [
      header(tr('primer.header')),
      section(primer.welcome),
      section(primer.tips.map((tip, i) => `*${i + 1}. ${tip.title}*\n${tip.body}`).join('\n\n')),
      acknowledged
        ? context([tr('primer.thanks')])
        : {
            type: 'actions',
            block_id: 'primer_actions',
            elements: [{ type: 'button', action_id: ActionIds.primerGotIt, text: plain(tr('primer.got_it')), style: 'primary', value: 'ack' }],
          },
    ],
  };
}

/** The primer as a modal (from the App Home), with the same *Got it* button. */
export function buildPrimerModal(tr: Translate, lang: Lang): ModalView {
  const msg = buildPrimerMessage(tr, lang, '');
  return {
    type: 'modal',
    callback_id: CallbackIds.primer,
    title: modalTitle(tr('primer.header')),
    close: plain(tr('common.close')),
    blocks: msg.blocks as ModalView['blocks'],
  };
}
