import fc from 'fast-check';
import {
  BEHIND_GRACE_POINTS,
  KPI_DRAFT_MAX_LENGTH,
  dueThisMonth,
  kpiPercent,
  kpiProgress,
  kpiStatus,
  parseKpiDraft,
  progressBar,
  slackProgressBar,
  type Kpi,
  type KpiDraft,
} from '../../src/domain/kpi';

describe('kpiPercent', () => {
  it('when progress is part of the target, then it is the whole percentage rounded down', () => {
    expect(kpiPercent(1, 3)).toBe(33);
    expect(kpiPercent(2, 3)).toBe(66);
    expect(kpiPercent(1, 2)).toBe(50);
    // 0.29 * 100 is 28.999999999999996 in binary floating point; it must still read 29.
    expect(kpiPercent(0.29, 1)).toBe(29);
  });

  it('when progress is just short of the target, then it never shows 100', () => {
    expect(kpiPercent(2.999, 3)).toBe(99);
    expect(kpiPercent(999_999, 1_000_000)).toBe(99);
  });

  it('when progress reaches or exceeds the target, then it is 100', () => {
    expect(kpiPercent(3, 3)).toBe(100);
    expect(kpiPercent(5, 3)).toBe(100);
  });

  it('when inputs are invalid (target ≤ 0, NaN, negative progress), then it is 0 instead of throwing', () => {
    expect(kpiPercent(1, 0)).toBe(0);
    expect(kpiPercent(1, -3)).toBe(0);
    expect(kpiPercent(Number.NaN, 3)).toBe(0);
    expect(kpiPercent(1, Number.POSITIVE_INFINITY)).toBe(0);
    expect(kpiPercent(-2, 3)).toBe(0);
  });

  it('when any numbers are given, then the result is an integer in 0..100 and 100 exactly when done', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.double({ noNaN: false }), (current, target) => {
        const p = kpiPercent(current, target);
        expect(Number.isInteger(p)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
        const valid = Number.isFinite(current) && Number.isFinite(target) && target > 0;
        expect(p === 100).toBe(valid && current >= target);
      }),
    );
  });

  it('when progress grows, then the percentage never drops', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        (a, b, target) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(kpiPercent(lo, target)).toBeLessThanOrEqual(kpiPercent(hi, target));
        },
      ),
    );
  });
});

describe('progressBar', () => {
  it('when given a percentage, then it renders filled and empty blocks of the given width', () => {
    expect(progressBar(0)).toBe('░░░░░░░░░░');
    expect(progressBar(40)).toBe('████░░░░░░');
    expect(progressBar(100)).toBe('██████████');
    expect(progressBar(50, 4)).toBe('██░░');
  });

  it('when progress is tiny or almost done, then the bar still shows it is started and not finished', () => {
    expect(progressBar(1)).toBe('█░░░░░░░░░');
    expect(progressBar(99)).toBe('█████████░');
  });

  it('when the Slack style is asked for, then it uses ▰ and ▱', () => {
    expect(slackProgressBar(30)).toBe('▰▰▰▱▱▱▱▱▱▱');
    expect(progressBar(30, 10, 'slack')).toBe(slackProgressBar(30));
  });

  it('when the width or percent is invalid, then it falls back instead of throwing', () => {
    expect(progressBar(50, 0)).toHaveLength(10);
    expect(progressBar(50, 2.5)).toHaveLength(10);
    expect(progressBar(Number.NaN)).toBe('░░░░░░░░░░');
    expect(progressBar(250)).toBe('██████████');
    expect(progressBar(-5)).toBe('░░░░░░░░░░');
  });

  it('when any percentage and width are given, then the bar has exactly that width', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 1, max: 100 }), (p, w) => {
        const bar = Array.from(progressBar(p, w));
        expect(bar).toHaveLength(w);
        expect(bar.every((c) => c === '█' || c === '░')).toBe(true);
      }),
    );
  });
});

describe('kpiStatus', () => {
  const base = { target: 4, startDate: '2027-03-01', dueDate: '2027-03-31' };

  it('when current reaches the target, then it is done even after the due date', () => {
    expect(kpiStatus({ ...base, current: 4, today: '2027-04-10' })).toBe('done');
  });

  it('when the due date has passed without reaching the target, then it is overdue', () => {
    expect(kpiStatus({ ...base, current: 3, today: '2027-04-01' })).toBe('overdue');
  });

  it('when today is the due date and the target is not reached, then it is behind, not overdue', () => {
    expect(kpiStatus({ ...base, current: 2, today: '2027-03-31' })).toBe('behind');
  });

  it('when progress keeps up with the linear expectation, then it is on track', () => {
    // Half the span elapsed (day 15 of 30) → 50 % expected; 2 of 4 = 50 %.
    expect(kpiStatus({ ...base, current: 2, today: '2027-03-16' })).toBe('on_track');
  });

  it('when progress trails the expectation by more than the grace, then it is behind', () => {
    // 50 % expected, 25 % done.
    expect(kpiStatus({ ...base, current: 1, today: '2027-03-16' })).toBe('behind');
    expect(BEHIND_GRACE_POINTS).toBe(10);
  });

  it('when the KPI has just started, then zero progress is on track', () => {
    expect(kpiStatus({ ...base, current: 0, today: '2027-03-01' })).toBe('on_track');
    expect(kpiStatus({ ...base, current: 0, today: '2027-02-20' })).toBe('on_track');
  });

  it('when start and due are the same day, then anything short of done is behind until it is overdue', () => {
    const same = { target: 1, startDate: '2027-03-10', dueDate: '2027-03-10' };
    expect(kpiStatus({ ...same, current: 0, today: '2027-03-10' })).toBe('behind');
    expect(kpiStatus({ ...same, current: 0, today: '2027-03-11' })).toBe('overdue');
  });

  it('when a date is malformed, then it throws a RangeError', () => {
    expect(() => kpiStatus({ ...base, current: 0, today: '31.03.2027' })).toThrow(RangeError);
  });
});

describe('kpiProgress and dueThisMonth', () => {
  const kpi = (id: number, dueDate: string, current = 0): Kpi => ({
    id,
    pairingId: 7,
    description: `kpi ${id}`,
    target: 3,
    unit: 'automations',
    startDate: '2027-03-01',
    dueDate,
    current,
  });

  it('when a view asks for a KPI, then it gets percent, status and a Slack bar', () => {
    expect(kpiProgress(kpi(1, '2027-03-31', 1), '2027-03-02')).toEqual({
      kpiId: 1,
      description: 'kpi 1',
      target: 3,
      unit: 'automations',
      current: 1,
      dueDate: '2027-03-31',
      percent: 33,
      status: 'on_track',
      bar: '▰▰▰▱▱▱▱▱▱▱',
    });
  });

  it('when KPIs fall in several months, then only the given month is returned, earliest first', () => {
    const all = [kpi(1, '2027-04-02'), kpi(2, '2027-03-31'), kpi(3, '2027-03-05'), kpi(4, '2028-03-01')];
    expect(dueThisMonth(all, '202703').map((k) => k.id)).toEqual([3, 2]);
    expect(dueThisMonth(all, '2027-04').map((k) => k.id)).toEqual([1]);
  });

  it('when the month key is malformed, then nothing is due', () => {
    expect(dueThisMonth([kpi(1, '2027-03-31')], 'March')).toEqual([]);
  });

  it('when two KPIs share a due date, then their order is kept', () => {
    const all = [kpi(5, '2027-03-31'), kpi(6, '2027-03-31')];
    expect(dueThisMonth(all, '202703').map((k) => k.id)).toEqual([5, 6]);
  });
});

describe('parseKpiDraft', () => {
  const TODAY = '2027-03-10';

  const cases: Array<[lang: string, text: string, expected: KpiDraft, today?: string]> = [
    [
      'en',
      'automate 3 processes with Zapier by 31 March',
      { description: 'automate 3 processes with Zapier', target: 3, unit: 'processes', due: '2027-03-31' },
    ],
    [
      'de',
      '3 Automatisierungen mit Zapier bis 31.03.',
      {
        description: '3 Automatisierungen mit Zapier',
        target: 3,
        unit: 'Automatisierungen',
        due: '2027-03-31',
      },
    ],
    [
      'pt-BR',
      'publicar 1 post no Instagram até 31/03',
      { description: 'publicar 1 post no Instagram', target: 1, unit: 'post', due: '2027-03-31' },
    ],
    [
      'en (date already passed this year)',
      'automate 3 processes with Zapier by 31 March',
      { description: 'automate 3 processes with Zapier', target: 3, unit: 'processes', due: '2028-03-31' },
      '2027-04-10',
    ],
    [
      'en (month first, explicit year, tool name before the unit)',
      'Build 2 Tableau dashboards by March 31st, 2027',
      { description: 'Build 2 Tableau dashboards', target: 2, unit: 'dashboards', due: '2027-03-31' },
    ],
    [
      'en (relative, no number)',
      'post on Instagram within a month',
      { description: 'post on Instagram', due: '2027-04-10' },
    ],
    [
      'en (percent target, end of a named month)',
      'increase engagement by 20% by the end of April',
      { description: 'increase engagement by 20%', target: 20, unit: '%', due: '2027-04-30' },
    ],
    [
      'en (US month/day)',
      'launch 2 campaigns by 4/15',
      { description: 'launch 2 campaigns', target: 2, unit: 'campaigns', due: '2027-04-15' },
    ],
    [
      'en (leap day without a year → next leap year)',
      'write 2 posts by 29 February',
      { description: 'write 2 posts', target: 2, unit: 'posts', due: '2028-02-29' },
    ],
    [
      'de (spelled-out number, end of month)',
      'Einen LinkedIn-Artikel veröffentlichen bis Ende des Monats',
      {
        description: 'Einen LinkedIn-Artikel veröffentlichen',
        target: 1,
        unit: 'LinkedIn-Artikel',
        due: '2027-03-31',
      },
    ],
    [
      'de (filler adjective, in two weeks)',
      '5 neue Prompts in 2 Wochen testen',
      { description: '5 neue Prompts testen', target: 5, unit: 'Prompts', due: '2027-03-24' },
    ],
    [
      'de (date first, month name, year)',
      'bis 15. April 2027 drei Dashboards bauen',
      { description: 'drei Dashboards bauen', target: 3, unit: 'Dashboards', due: '2027-04-15' },
    ],
    [
      'de (decimal comma, no date)',
      '1,5 Stunden pro Woche üben',
      { description: '1,5 Stunden pro Woche üben', target: 1.5, unit: 'Stunden' },
    ],
    [
      'pt-BR (day "de" month)',
      'criar 5 fórmulas no Excel até 15 de abril',
      { description: 'criar 5 fórmulas no Excel', target: 5, unit: 'fórmulas', due: '2027-04-15' },
    ],
    [
      'pt-BR (end of month first, "um" as a number)',
      'até o fim do mês publicar um post',
      { description: 'publicar um post', target: 1, unit: 'post', due: '2027-03-31' },
    ],
    [
      'pt-BR (in ten days)',
      'em 10 dias criar 2 relatórios',
      { description: 'criar 2 relatórios', target: 2, unit: 'relatórios', due: '2027-03-20' },
    ],
    [
      'pt-BR (abbreviated month after a due word)',
      'configurar 3 automações até 5 set',
      { description: 'configurar 3 automações', target: 3, unit: 'automações', due: '2027-09-05' },
    ],
    [
      'en (thousands separator, German numeric date with year)',
      'reach 1,500 followers on LinkedIn by 30.06.2027',
      {
        description: 'reach 1,500 followers on LinkedIn',
        target: 1500,
        unit: 'followers',
        due: '2027-06-30',
      },
    ],
    ['en (nothing to find)', 'learn pivot tables', { description: 'learn pivot tables' }],
  ];

  // Objects rather than tuples: jest would take a 4th positional parameter for its `done` callback.
  it.each(cases.map(([lang, text, expected, today]) => ({ lang, text, expected, today: today ?? TODAY })))(
    'when the draft is $lang "$text", then it is parsed',
    ({ text, expected, today }) => {
      expect(parseKpiDraft(text, today)).toEqual(expected);
    },
  );

  it('when "set" or "24/7" appear as ordinary words, then they are not dates or targets', () => {
    expect(parseKpiDraft('set up 3 dashboards', TODAY)).toEqual({
      description: 'set up 3 dashboards',
      target: 3,
      unit: 'dashboards',
    });
    expect(parseKpiDraft('support 24/7 for 2 teams', TODAY)).toEqual({
      description: 'support 24/7 for 2 teams',
      target: 2,
      unit: 'teams',
    });
    expect(parseKpiDraft('learn Web3 basics', TODAY)).toEqual({ description: 'learn Web3 basics' });
  });

  it('when the date does not exist, then there is no due date and its day is not taken as the target', () => {
    expect(parseKpiDraft('automate 3 processes by 31 February', TODAY)).toEqual({
      description: 'automate 3 processes by 31 February',
      target: 3,
      unit: 'processes',
    });
    expect(parseKpiDraft('by 31 February', TODAY)).toEqual({ description: 'by 31 February' });
  });

  it('when "today" is malformed, then the target is still read and no due date is guessed', () => {
    expect(parseKpiDraft('automate 3 processes by 31 March', 'yesterday')).toEqual({
      description: 'automate 3 processes by 31 March',
      target: 3,
      unit: 'processes',
    });
  });

  it('when the text is empty, whitespace or not a string, then it returns an empty description', () => {
    expect(parseKpiDraft('', TODAY)).toEqual({ description: '' });
    expect(parseKpiDraft('  \n\t ', TODAY)).toEqual({ description: '' });
    expect(parseKpiDraft(null as unknown as string, TODAY)).toEqual({ description: '' });
  });

  it('when the text is very long, then only the first characters are read', () => {
    const draft = parseKpiDraft(`automate 3 processes ${'x'.repeat(100_000)} by 31 March`, TODAY);
    expect(Array.from(draft.description).length).toBeLessThanOrEqual(KPI_DRAFT_MAX_LENGTH);
    expect(draft.target).toBe(3);
    expect(draft.due).toBeUndefined();
  });

  it('when given arbitrary text, then it never throws and returns only well-formed fields', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc
            .array(
              fc.constantFrom(
                'by',
                'bis',
                'até',
                '31',
                '3',
                '.',
                '/',
                'March',
                'März',
                'de',
                'março',
                'in',
                '2',
                'weeks',
                'Ende',
                'des',
                'Monats',
                'fim',
                'do',
                'mês',
                ' ',
                '%',
                'set',
                '1,5',
                '2027',
                'posts',
              ),
              { maxLength: 30 },
            )
            .map((parts) => parts.join(' ')),
        ),
        (text) => {
          const d = parseKpiDraft(text, TODAY);
          expect(typeof d.description).toBe('string');
          expect(Array.from(d.description).length).toBeLessThanOrEqual(KPI_DRAFT_MAX_LENGTH);
          if (d.target !== undefined) expect(d.target > 0 && Number.isFinite(d.target)).toBe(true);
          if (d.due !== undefined) expect(d.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (d.unit !== undefined) expect(d.unit.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
