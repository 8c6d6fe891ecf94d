import { LANGS, translator, type Lang } from '../../src/i18n';
import { buildJournalModal, sessionText, type JournalModel, type JournalPairing, type JournalSession } from '../../src/views/journal/build';
import { buildJournalMarkdown, escapeMarkdown, escapeMarkdownLine } from '../../src/views/journal/markdown';
import { expectValidView } from '../support/block-kit-limits';

const at = (iso: string) => new Date(iso);

const session = (over: Partial<JournalSession> = {}): JournalSession => ({
  startsAt: at('2027-03-02T08:00:00Z'),
  durationMinutes: 30,
  status: 'held',
  agendaTopics: ['Pivot tables', 'Charts'],
  agendaHandsOn: 'Build my sales report',
  notes: [
    { role: 'mentee', name: 'Marta', happened: true, learned: 'How pivots work', feedback: 'Very patient', rating: 5, confidence: 3 },
    { role: 'mentor', name: 'Theo', happened: true, learned: 'How the board reads numbers', feedback: '', rating: 4, confidence: null },
  ],
  ...over,
});

const model = (pairings: JournalPairing[], lang: Lang = 'en'): JournalModel => ({ memberName: 'Marta', tz: 'Europe/Berlin', lang, pairings });

const pairing = (over: Partial<JournalPairing> = {}): JournalPairing => ({
  pairingId: 1,
  skill: 'Excel formulas',
  role: 'mentee',
  otherName: 'Theo',
  state: 'active',
  sessions: [session(), session({ startsAt: at('2027-03-16T08:00:00Z'), status: 'confirmed', agendaTopics: ['Lookups'], agendaHandsOn: '', notes: [] })],
  ...over,
});

describe('Markdown escaping', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['> not a quote', '\\> not a quote'],
    ['=====', '\\====='],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['![img](x.png)', '!\\[img\\](x.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b | c', 'a \\| b \\| c'],
    ['**bold** _it_ `code` ~~gone~~', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['AT&T &amp; &#169;', 'AT&T &amp;amp; &amp;#169;'],
    ['Plain text, e.g. 1.5 - 2 hours.', 'Plain text, e.g. 1.5 - 2 hours.'],
  ])('when %p is escaped, then it reads %p', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });

  it('when text has several lines, then block starters are escaped on every line', () => {
    expect(escapeMarkdown('ok\n# two\n- three')).toBe('ok\n\\# two\n\\- three');
  });
});

describe('buildJournalMarkdown', () => {
  const tr = translator('en');
  const now = at('2027-04-01T10:00:00Z');

  it('when a journal is exported, then it has the title, pairing, sessions in order, agendas and both people’s notes', () => {
    const md = buildJournalMarkdown(tr, model([pairing()]), now);
    expect(md).toContain('# Learning journal of Marta');
    expect(md).toContain('_Exported on April 1, 2027. Times in Europe/Berlin._');
    expect(md).toContain('## Excel formulas with Theo');
    expect(md).toContain('you learn · active');
    const first = md.indexOf('### Session 1: Tue, March 2, 2027, 9:00 AM (held)');
    const second = md.indexOf('### Session 2: Tue, March 16, 2027, 9:00 AM (confirmed)');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(md).toContain('1. Pivot tables\n2. Charts');
    expect(md).toContain('> Build my sales report');
    expect(md).toContain('**Marta** (mentee) · Rating 5/5 · Confidence 3/5');
    expect(md).toContain('> How pivots work');
    expect(md).toContain('**Theo** (mentor) · Rating 4/5');
    expect(md).toContain('> Very patient');
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3,}/);
  });

  it('when user text holds Markdown, then it cannot become headings, links or HTML in the export', () => {
    const evil = pairing({
      skill: 'SEO',
      otherName: '[Theo](https://evil.example)',
      sessions: [
        session({
          agendaTopics: ['# Big', '<img src=x onerror=alert(1)>'],
          agendaHandsOn: '- one\n> two',
          notes: [{ role: 'mentee', name: '**Marta**', happened: true, learned: '| a | b |\n|---|---|', feedback: '', rating: null, confidence: null }],
        }),
      ],
    });
    const md = buildJournalMarkdown(tr, model([evil]), now);
    expect(md).toContain('## SEO with \\[Theo\\](https://evil.example)');
    expect(md).toContain('1. \\# Big');
    expect(md).toContain('2. \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('> \\- one  \n> \\> two');
    expect(md).toContain('**\\*\\*Marta\\*\\*** (mentee)');
    // With every pipe escaped, no line can form a table.
    expect(md).toContain('> \\| a \\| b \\|  \n> \\|---\\|---\\|');
    expect(md).not.toMatch(/^(#{1,6} )?<img/m);
  });

  it('when a check-in says the session did not happen and a pairing has no sessions, then both are stated plainly', () => {
    const md = buildJournalMarkdown(
      tr,
      model([
        pairing({ sessions: [session({ status: 'missed', agendaTopics: [], agendaHandsOn: '', notes: [{ role: 'mentor', name: 'Theo', happened: false, learned: '', feedback: '', rating: null, confidence: null }] })] }),
        pairing({ pairingId: 2, skill: 'SEO', state: 'ended', role: 'mentor', sessions: [] }),
      ]),
      now,
    );
    expect(md).toContain('_No agenda_');
    expect(md).toContain('**Theo** (mentor) says the session did not take place');
    expect(md).toContain('## SEO with Theo\n\nyou teach · ended\n\n_No sessions yet._');
  });

  it.each(LANGS)('when the journal is exported in %s, then the labels are translated', (lang) => {
    const md = buildJournalMarkdown(translator(lang), model([pairing()], lang), now);
    const title = { en: 'Learning journal of Marta', de: 'Lerntagebuch von Marta', 'pt-BR': 'Diário de aprendizado de Marta' }[lang];
    expect(md.startsWith(`# ${title}\n`)).toBe(true);
  });
});

describe.each(LANGS)('the journal modal in %s', (lang: Lang) => {
  const tr = translator(lang);

  it('when the member has no pairing yet, then a friendly first step is shown and the modal is valid', () => {
    const view = buildJournalModal(tr, model([], lang));
    expectValidView(view);
    expect(JSON.stringify(view.blocks)).toMatch(/mentor-me (learn|lernen|aprender)/);
    expect(JSON.stringify(view.blocks)).not.toContain('mm_journal_export');
  });

  it('when the member has pairings, then sessions, topics and notes are shown with the export button, and the modal is valid', () => {
    const view = buildJournalModal(tr, model([pairing(), pairing({ pairingId: 2, role: 'mentor', state: 'completed', sessions: [] })], lang));
    expectValidView(view);
    const json = JSON.stringify(view.blocks);
    expect(json).toContain('mm_journal_export');
    expect(json).toContain('Pivot tables');
    expect(json).toContain('How pivots work');
    expect(json.indexOf('Pivot tables')).toBeLessThan(json.indexOf('Lookups'));
  });

  it('when the journal is far too long for one modal, then it stays within 100 blocks and 3000 characters and says it was cut', () => {
    const big = 'Ü<&>'.repeat(400);
    const heavy = session({
      agendaTopics: Array.from({ length: 8 }, () => big.slice(0, 150)),
      agendaHandsOn: big.slice(0, 500),
      notes: [
        { role: 'mentee', name: big.slice(0, 80), happened: true, learned: big, feedback: big, rating: 5, confidence: 5 },
        { role: 'mentor', name: big.slice(0, 80), happened: true, learned: big, feedback: big, rating: 1, confidence: null },
      ],
    });
    const pairings = Array.from({ length: 20 }, (_, i) => pairing({ pairingId: i + 1, skill: big.slice(0, 200), otherName: big.slice(0, 100), sessions: Array.from({ length: 10 }, () => heavy) }));
    const view = buildJournalModal(tr, model(pairings, lang));
    expectValidView(view);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(view.blocks[view.blocks.length - 1]).toMatchObject({ block_id: 'jr_more' });
  });

  it('when a session is rendered, then user text is escaped for mrkdwn', () => {
    const text = sessionText(tr, lang, 'UTC', session({ agendaTopics: ['<!channel>'], notes: [{ role: 'mentee', name: '<@U1>', happened: true, learned: '<https://x|y>', feedback: '', rating: null, confidence: null }] }));
    expect(text).not.toMatch(/<!channel>|<@U1>|<https/);
  });
});
