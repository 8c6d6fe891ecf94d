import type { Translate } from '../../i18n';
import type { SlackMessage } from '../../services/ports';
import { section, context } from '../blocks';
import type { MessageKey } from '../../i18n';

/** The commands listed in help, in the order a newcomer needs them. */
export const HELP_LINES: MessageKey[] = [
  'help.cmd.menu',
  'help.cmd.help',
  'help.cmd.learn',
  'help.cmd.teach',
  'help.cmd.profile',
  'help.cmd.agenda',
  'help.cmd.log',
  'help.cmd.kpi',
  'help.cmd.journal',
  'help.cmd.glossary',
  'help.cmd.pause',
  'help.cmd.privacy',
  'help.cmd.admin',
];

/** Ephemeral help; `unknownInput` is echoed (escaped) when the member typed something we don't know. */
export function buildHelpMessage(tr: Translate, unknownInput?: string): SlackMessage {
  const intro = unknownInput ? `${tr('help.unknown', { input: escapeCode(unknownInput) })} ${tr('help.intro')}` : tr('help.intro');
  const list = HELP_LINES.map((k) => `• ${tr(k)}`).join('\n');
  return {
    text: intro,
    blocks: [section(intro), section(list), context([tr('welcome.intro')])],
  };
}

/** Keeps echoed input inside an inline code span: no backticks, no mentions, no links. */
export function escapeCode(s: string): string {
  return s.replace(/[`<>&]/g, '').slice(0, 80);
}
