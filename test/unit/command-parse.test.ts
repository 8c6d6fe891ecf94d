import { parseCommandText } from '../../src/commands/parse';

describe('/mentor-me grammar', () => {
  it.each([
    ['', { kind: 'menu' }],
    ['   ', { kind: 'menu' }],
    ['help', { kind: 'help' }],
    ['HILFE', { kind: 'help' }],
    ['ajuda', { kind: 'help' }],
    ['learn', { kind: 'learn' }],
    ['learn tableau', { kind: 'learn', skill: 'tableau' }],
    ['lernen Künstliche Intelligenz', { kind: 'learn', skill: 'Künstliche Intelligenz' }],
    ['aprender  excel', { kind: 'learn', skill: 'excel' }],
    ['teach', { kind: 'teach' }],
    ['lehren', { kind: 'teach' }],
    ['ensinar', { kind: 'teach' }],
    ['profile', { kind: 'profile' }],
    ['agenda', { kind: 'agenda' }],
    ['log', { kind: 'log' }],
    ['kpi', { kind: 'kpi' }],
    ['journal', { kind: 'journal' }],
    ['glossary crud', { kind: 'glossary', term: 'crud' }],
    ['glossar API', { kind: 'glossary', term: 'API' }],
    ['glossário no-code', { kind: 'glossary', term: 'no-code' }],
    ['glossary', { kind: 'glossary' }],
    ['pause', { kind: 'pause' }],
    ['pause until 2099-01-01', { kind: 'pause', until: '2099-01-01' }],
    ['pause 2099-01-01', { kind: 'pause', until: '2099-01-01' }],
    ['pausieren bis 2099-01-01', { kind: 'pause', until: '2099-01-01' }],
    ['pausar até 2099-01-01', { kind: 'pause', until: '2099-01-01' }],
    ['resume', { kind: 'resume' }],
    ['privacy', { kind: 'privacy' }],
    ['privacy export', { kind: 'privacy', action: 'export' }],
    ['privacy delete', { kind: 'privacy', action: 'delete' }],
    ['admin', { kind: 'admin', args: '' }],
    ['admin cohort new', { kind: 'admin', args: 'cohort new' }],
  ])('when the text is %j, then it parses to %j', (text, expected) => {
    expect(parseCommandText(text, '2026-11-28')).toEqual(expected);
  });

  it('when the pause date is not a calendar date, then it is invalid with reason bad_date', () => {
    expect(parseCommandText('pause until 2027-02-30')).toMatchObject({ kind: 'invalid', reason: 'bad_date' });
    expect(parseCommandText('pause until tomorrow')).toMatchObject({ kind: 'invalid', reason: 'bad_date' });
  });

  it('when the pause date is today or past, then it is invalid with reason past_date', () => {
    expect(parseCommandText('pause until 2026-11-28', '2026-11-28')).toMatchObject({ kind: 'invalid', reason: 'past_date' });
  });

  it('when privacy has an unknown action, then it is invalid', () => {
    expect(parseCommandText('privacy shred')).toMatchObject({ kind: 'invalid', subcommand: 'privacy', reason: 'bad_argument' });
  });

  it('when the subcommand is unknown, then the (bounded) input is returned', () => {
    const r = parseCommandText(`x${'y'.repeat(500)}`);
    expect(r.kind).toBe('unknown');
    expect(r.kind === 'unknown' && r.input.length).toBeLessThanOrEqual(100);
  });
});
