import { buildDigestModel, type DigestLine, type DigestPersonRow } from '../../src/domain/digest';

const person = (over: Partial<DigestPersonRow> & Pick<DigestPersonRow, 'slackUserId'>): DigestPersonRow => ({
  displayName: over.slackUserId,
  consented: true,
  isMentee: true,
  isMentor: false,
  activePairings: 1,
  sessionsHeldThisWeek: 1,
  sessionsPlannedThisWeek: 1,
  kpiPercentAvg: null,
  confidenceBefore: null,
  confidenceNow: null,
  atRisk: false,
  ...over,
});

// Three who consented, one who did not. Each row also smuggles private text, as a sloppy `SELECT *` might.
const SECRET = 'SECRET-NOTE: struggling with the new boss';
const withPrivateText = (row: DigestPersonRow): DigestPersonRow =>
  ({
    ...row,
    note: SECRET,
    notes: [SECRET],
    feedback: SECRET,
    privateNote: SECRET,
    journal: SECRET,
  }) as DigestPersonRow;

const rows: DigestPersonRow[] = [
  person({
    slackUserId: 'U1',
    displayName: 'Ana',
    isMentee: true,
    sessionsHeldThisWeek: 1,
    sessionsPlannedThisWeek: 1,
    kpiPercentAvg: 50,
    confidenceBefore: 2,
    confidenceNow: 4,
  }),
  person({
    slackUserId: 'U2',
    displayName: 'Bernd',
    isMentee: false,
    isMentor: true,
    activePairings: 2,
    sessionsHeldThisWeek: 2,
    sessionsPlannedThisWeek: 2,
    kpiPercentAvg: null,
  }),
  person({
    slackUserId: 'U3',
    displayName: 'Carla',
    isMentee: true,
    isMentor: true,
    activePairings: 2,
    sessionsHeldThisWeek: 0,
    sessionsPlannedThisWeek: 2,
    kpiPercentAvg: 25,
    confidenceBefore: 3,
    confidenceNow: 3,
    atRisk: true,
  }),
  person({
    slackUserId: 'U4',
    displayName: 'Dieter (private)',
    consented: false,
    isMentee: true,
    sessionsHeldThisWeek: 0,
    sessionsPlannedThisWeek: 1,
    kpiPercentAvg: 100,
    confidenceBefore: 1,
    confidenceNow: 2,
    atRisk: true,
  }),
].map(withPrivateText);

describe('buildDigestModel', () => {
  const model = buildDigestModel({ people: rows });

  it('when three people consented and one did not, then the totals count all four', () => {
    expect(model.totals).toEqual({
      people: 4,
      mentees: 3,
      mentors: 2,
      activePairings: 6,
      sessionsHeld: 3,
      sessionsPlanned: 6,
      // (50 + 25 + 100) / 3 = 58.33 → 58
      kpiPercentAvg: 58,
      // changes +2, 0, +1 → 1.0
      confidenceChangeAvg: 1,
      atRiskCount: 2,
      notSharedCount: 1,
    });
    expect(model.empty).toBe(false);
  });

  it('when three people consented and one did not, then only the three have lines, at risk first', () => {
    expect(model.lines.map((l) => l.slackUserId)).toEqual(['U3', 'U1', 'U2']);
    expect(JSON.stringify(model)).not.toContain('Dieter');
    expect(JSON.stringify(model)).not.toContain('U4');
  });

  it('when rows carry notes or feedback, then nothing note-like appears anywhere in the model', () => {
    const json = JSON.stringify(model);
    expect(json).not.toContain('SECRET');
    expect(json).not.toMatch(/note|feedback|journal/i);
    const allowed: Array<keyof DigestLine> = [
      'slackUserId',
      'displayName',
      'isMentee',
      'isMentor',
      'activePairings',
      'sessionsHeldThisWeek',
      'sessionsPlannedThisWeek',
      'kpiPercentAvg',
      'confidenceChange',
      'atRisk',
    ];
    for (const line of model.lines) expect(Object.keys(line).sort()).toEqual([...allowed].sort());
  });

  it('when a line is built, then it carries the person numbers with the documented rounding', () => {
    expect(model.lines.find((l) => l.slackUserId === 'U1')).toEqual({
      slackUserId: 'U1',
      displayName: 'Ana',
      isMentee: true,
      isMentor: false,
      activePairings: 1,
      sessionsHeldThisWeek: 1,
      sessionsPlannedThisWeek: 1,
      kpiPercentAvg: 50,
      confidenceChange: 2,
      atRisk: false,
    });
    expect(model.lines.find((l) => l.slackUserId === 'U2')?.confidenceChange).toBeNull();
  });

  it('when the lead has no people, then the model is empty and no DM is sent', () => {
    const empty = buildDigestModel({ people: [] });
    expect(empty.empty).toBe(true);
    expect(empty.lines).toEqual([]);
    expect(empty.totals.kpiPercentAvg).toBeNull();
    expect(empty.totals.confidenceChangeAvg).toBeNull();
  });

  it('when people name the lead but take no part in the program, then the model is empty', () => {
    const bystander = person({ slackUserId: 'U9', isMentee: false, isMentor: false, activePairings: 0 });
    expect(buildDigestModel({ people: [bystander] }).empty).toBe(true);
  });

  it('when consent is missing (null from the database), then the person is counted but not named', () => {
    const unknown = { ...person({ slackUserId: 'U5' }), consented: null } as unknown as DigestPersonRow;
    const m = buildDigestModel({ people: [unknown] });
    expect(m.totals.people).toBe(1);
    expect(m.lines).toEqual([]);
    expect(m.totals.notSharedCount).toBe(1);
  });

  it('when distinct pairing counts are supplied, then they replace the per-person sums', () => {
    const m = buildDigestModel({
      people: rows,
      distinct: { activePairings: 4, sessionsHeld: 2, sessionsPlanned: 5 },
    });
    expect(m.totals.activePairings).toBe(4);
    expect(m.totals.sessionsHeld).toBe(2);
    expect(m.totals.sessionsPlanned).toBe(5);
  });

  it('when averages land on a half, then they round half away from zero', () => {
    const m = buildDigestModel({
      people: [
        person({ slackUserId: 'A', kpiPercentAvg: 12.5, confidenceBefore: 3, confidenceNow: 2.75 }),
        person({ slackUserId: 'B', kpiPercentAvg: 12.5, confidenceBefore: 3, confidenceNow: 2.75 }),
      ],
    });
    expect(m.totals.kpiPercentAvg).toBe(13);
    expect(m.totals.confidenceChangeAvg).toBe(-0.3);
    expect(m.lines[0]?.kpiPercentAvg).toBe(13);
  });

  it('when a person is listed twice or has NaN counts, then they count once and NaN counts as 0', () => {
    const m = buildDigestModel({
      people: [
        person({ slackUserId: 'A', sessionsHeldThisWeek: Number.NaN }),
        person({ slackUserId: 'A', sessionsHeldThisWeek: 5 }),
      ],
    });
    expect(m.totals.people).toBe(1);
    expect(m.totals.sessionsHeld).toBe(0);
  });
});
