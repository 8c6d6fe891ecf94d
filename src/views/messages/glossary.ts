import type { Lang, Translate } from '../../i18n';
import type { SlackMessage } from '../../services/ports';
import type { GlossaryLookup } from '../../domain/glossary/lookup';
import { context, header, section } from '../blocks';
import { escapeMrkdwn } from '../escape';

/** The answer to `/mentor-me glossary <term>`, in the member's language. */
export function buildGlossaryMessage(tr: Translate, lang: Lang, input: string | undefined, result: GlossaryLookup | undefined): SlackMessage {
  if (!input || !result) return { text: tr('glossary.usage'), blocks: [section(tr('glossary.usage'))] };
  if (result.kind === 'found') {
    const { term } = result;
    const name = term.names[lang];
    const explanation = term.explanation[lang];
    const example = term.example?.[lang];
    return {
      text: `${name}: ${explanation}`,
      blocks: [
        header(name),
        section(explanation),
        ...(example ? [context([tr('glossary.example', { example })])] : []),
        context([tr('glossary.ask_mentor')]),
      ],
    };
  }
  const safe = escapeMrkdwn(input.slice(0, 80));
  const lines = [tr('glossary.not_found', { term: safe })];
  if (result.suggestions.length) lines.push(tr('glossary.did_you_mean', { terms: result.suggestions.map((s) => `*${s.names[lang]}*`).join(', ') }));
  return { text: lines.join(' '), blocks: [section(lines.join('\n')), context([tr('glossary.ask_mentor')])] };
}
