import fc from 'fast-check';
import { LANGS, translator, type Lang } from '../../src/i18n';
import { AGENDA_TEMPLATES, agendaTopicsFor } from '../../src/domain/sessions/agenda-templates';
import { AGENDA_LIMITS, agendaPrefill, buildAgendaModal, suggestionOption, type AgendaModalModel } from '../../src/views/agenda/build';
import { mergeTopics, parseAgenda, topicLines } from '../../src/views/agenda/parse';
import { buildAgendaMessage, formatAgendaLines } from '../../src/views/messages/agenda';
import { expectValidMessage, expectValidView } from '../support/block-kit-limits';
import { checkboxes, stateOf, text } from '../support/payloads';
import type { StateValues } from '../../src/views/state';

const SUGGESTIONS = ['Basics A', 'Then B', 'Then C', 'Advanced D'];
const values = (fields: Parameters<typeof stateOf>[0]) => stateOf(fields) as unknown as StateValues;

describe('agenda topics: lines and merge', () => {
  it('when topics are typed with bullets, numbers and blank lines, then only the topics remain, in order', () => {
    expect(topicLines('- Filters\n\n• Pivot  tables\n2. Charts\n3) Sharing\n* Macros\r\n   ')).toEqual(['Filters', 'Pivot tables', 'Charts', 'Sharing', 'Macros']);
  });

  it('when a topic merely starts with a number or a dash word, then it is kept as written', () => {
    expect(topicLines('1.5 million rows\n-5 degrees\n2024 budget')).toEqual(['1.5 million rows', '-5 degrees', '2024 budget']);
  });

  it('when suggestions are picked, then they come first in template order (basics → advanced), before typed topics', () => {
    expect(mergeTopics(SUGGESTIONS, [3, 0], ['My own topic'])).toEqual(['Basics A', 'Advanced D', 'My own topic']);
  });

  it('when a picked suggestion is also typed, then it appears once, where it was typed', () => {
    expect(mergeTopics(SUGGESTIONS, [0, 1], ['My own topic', 'then  b'])).toEqual(['Basics A', 'My own topic', 'then  b']);
  });

  it('when the same topic is typed twice (ignoring case and spacing), then it is kept once', () => {
    expect(mergeTopics([], [], ['Charts', 'charts ', 'CHARTS'])).toEqual(['Charts']);
  });
});

describe('parseAgenda', () => {
  it('when topics and suggestions are valid, then the merged list and the hands-on wish are returned', () => {
    const r = parseAgenda(values({ ag_topics: text('1. Filters\n2. Pivot tables'), ag_suggested: checkboxes('1'), ag_hands_on: text('  Build my sales report \r\n twice ') }), SUGGESTIONS);
    expect(r).toEqual({ ok: true, data: { topics: ['Then B', 'Filters', 'Pivot tables'], handsOn: 'Build my sales report \n twice' } });
  });

  it('when only suggestions are picked, then that is a complete agenda', () => {
    expect(parseAgenda(values({ ag_suggested: checkboxes('0', '2') }), SUGGESTIONS)).toEqual({ ok: true, data: { topics: ['Basics A', 'Then C'], handsOn: '' } });
  });

  it('when nothing is typed or picked, then the topics field asks for at least one', () => {
    expect(parseAgenda(values({ ag_topics: text(' \n - \n') }), SUGGESTIONS)).toEqual({ ok: false, errors: { ag_topics: { key: 'agenda.err_empty' } } });
  });

  it('when more than 8 lines are typed, then the topics field says so', () => {
    const r = parseAgenda(values({ ag_topics: text(Array.from({ length: 9 }, (_, i) => `Topic ${i}`).join('\n')) }), []);
    expect(r).toEqual({ ok: false, errors: { ag_topics: { key: 'err.too_many_lines', params: { max: 8 } } } });
  });

  it('when one line is longer than 150 characters, then the error names that line', () => {
    const r = parseAgenda(values({ ag_topics: text(`Fine\n${'x'.repeat(151)}`) }), []);
    expect(r).toEqual({ ok: false, errors: { ag_topics: { key: 'agenda.err_topic_long', params: { line: 2, max: 150 } } } });
  });

  it('when typed topics and picked suggestions together exceed 8, then the total is explained', () => {
    const typed = Array.from({ length: 6 }, (_, i) => `Topic ${i}`).join('\n');
    const r = parseAgenda(values({ ag_topics: text(typed), ag_suggested: checkboxes('0', '1', '2') }), SUGGESTIONS);
    expect(r).toEqual({ ok: false, errors: { ag_topics: { key: 'agenda.err_total', params: { count: 9, max: 8 } } } });
  });

  it.each([['9'], ['x'], ['-1'], ['100']])('when a forged checkbox value %p arrives, then the suggestions field refuses it', (v) => {
    const r = parseAgenda(values({ ag_topics: text('Fine'), ag_suggested: checkboxes(v) }), SUGGESTIONS);
    expect(r).toEqual({ ok: false, errors: { ag_suggested: { key: 'err.invalid_choice' } } });
  });

  it('when the hands-on wish is longer than 500 characters, then only that field complains', () => {
    const r = parseAgenda(values({ ag_topics: text('Fine'), ag_hands_on: text('y'.repeat(501)) }), []);
    expect(r).toEqual({ ok: false, errors: { ag_hands_on: { key: 'err.too_long', params: { max: 500 } } } });
  });

  it('when a saved agenda is shown again and saved unchanged, then the very same list comes back (any mix of suggestions and typed topics)', () => {
    const topic = fc.oneof(fc.constantFrom(...SUGGESTIONS), fc.string({ minLength: 1, maxLength: 20 }).map((s) => `T ${s.replace(/\s+/g, ' ').trim()}`.trim()));
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }), fc.array(topic, { maxLength: 4 }), (chosen, typedRaw) => {
        const saved = mergeTopics(SUGGESTIONS, chosen, topicLines(typedRaw.join('\n')));
        const shown = agendaPrefill(saved, SUGGESTIONS);
        const again = mergeTopics(SUGGESTIONS, shown.checked, topicLines(shown.text));
        expect(again).toEqual(saved);
      }),
    );
  });

  it('when a saved agenda starts with suggestions, then those are ticked and the text holds the rest', () => {
    expect(agendaPrefill(['Basics A', 'Then C', 'Mine', 'Then B'], SUGGESTIONS)).toEqual({ text: 'Mine\nThen B', checked: [0, 1, 2] });
  });
});

describe('formatAgendaLines', () => {
  it('when an agenda has topics and a hands-on wish, then it is a numbered list and the wish, with user text escaped', () => {
    const text = formatAgendaLines({ agendaTopics: ['Filters & sorting', '<@U123> <!here>'], agendaHandsOn: 'Try <https://evil.example|this>' });
    expect(text).toBe('1. Filters &amp; sorting\n2. &lt;@U123&gt; &lt;!here&gt;\n:hammer_and_wrench: Try &lt;https://evil.example|this&gt;');
    expect(text).not.toMatch(/<[@!h]/);
  });

  it('when a label is given, then the hands-on line is labelled', () => {
    expect(formatAgendaLines({ agendaTopics: ['A'], agendaHandsOn: 'B' }, { handsOnLabel: 'Hands-on' })).toBe('1. A\n:hammer_and_wrench: *Hands-on:* B');
  });

  it('when there is no agenda, then the text is empty so callers can show their own line', () => {
    expect(formatAgendaLines({ agendaTopics: [], agendaHandsOn: '  ' })).toBe('');
  });
});

describe('suggestion options', () => {
  it('when a suggestion is longer than Slack’s 75 characters, then it is cut at a word and continues in the description', () => {
    const long = 'Updates, public Wi-Fi – and what to do if you did click something suspicious in an email today';
    const o = suggestionOption(long, 3);
    expect(o.value).toBe('3');
    expect(o.text.text.length).toBeLessThanOrEqual(75);
    expect(o.text.text.endsWith('…')).toBe(true);
    expect(`${o.text.text.slice(0, -1)} ${o.description!.text.slice(1)}`).toBe(long);
  });
});

const longName = 'Ü'.repeat(80);

describe.each(LANGS)('agenda surfaces in %s stay within Block Kit limits', (lang: Lang) => {
  const tr = translator(lang);
  const full = (suggestions: readonly string[]): AgendaModalModel => ({
    sessionId: 123456789,
    pairingId: 987654321,
    skill: longName,
    otherName: longName,
    when: 'Tue, March 2, 2027, 9:00 AM CET',
    suggestions,
    topics: [...suggestions.slice(0, 3), ...Array.from({ length: 5 }, () => '<'.repeat(150))],
    handsOn: '&'.repeat(AGENDA_LIMITS.handsOn),
  });

  it.each(Object.keys(AGENDA_TEMPLATES))('when the modal is built for %s with a full saved agenda, then it is valid', (slug) => {
    const view = buildAgendaModal(tr, full(agendaTopicsFor(slug, lang)));
    expectValidView(view);
    const ticked = (view.blocks.find((b) => b.block_id === 'ag_suggested') as { element: { initial_options?: unknown[] } }).element.initial_options;
    expect(ticked).toHaveLength(3);
  });

  it('when the skill has no template, then there are no checkboxes, the topics are required, and the modal is valid', () => {
    const view = buildAgendaModal(tr, { ...full([]), topics: [], handsOn: '' });
    expectValidView(view);
    expect(view.blocks.some((b) => b.block_id === 'ag_suggested')).toBe(false);
    expect(view.blocks.find((b) => b.block_id === 'ag_topics')).toMatchObject({ optional: false });
  });

  it('when the mentor’s DM carries a maximal agenda, then it is valid and mentions nobody by accident', () => {
    const msg = buildAgendaMessage(tr, {
      menteeSlackId: 'UMENTEE',
      menteeName: longName,
      skill: '<!channel>',
      when: 'Tue, March 2, 2027, 9:00 AM CET',
      updated: true,
      agenda: { agendaTopics: Array.from({ length: 8 }, () => '<!here>'.repeat(21)), agendaHandsOn: '<@U1>'.repeat(100) },
    });
    expectValidMessage(msg);
    expect(JSON.stringify(msg.blocks)).not.toMatch(/<!here>|<!channel>|<@U1>/);
  });
});
