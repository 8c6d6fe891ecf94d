import fc from 'fast-check';
import { MAX_LEAD_ROWS, parseLeadCsv, parseSlackUserRef, splitCsv } from '../../src/domain/admin/lead-csv';
import { toCsv } from '../../src/domain/csv';

describe('team-lead CSV', () => {
  it('when ids, mentions, a header, a BOM, CRLF and blank lines are mixed, then every pair is read', () => {
    const text = '\uFEFFmember,lead\r\nU0AAA,U0BBB\r\n\r\n<@U0CCC|carla>, <@U0BBB>\r\nu0ddd,@U0AAA\r\n';
    const r = parseLeadCsv(text);
    expect(r).toEqual({
      ok: true,
      headerSkipped: true,
      pairs: [
        { member: 'U0AAA', lead: 'U0BBB' },
        { member: 'U0CCC', lead: 'U0BBB' },
        { member: 'U0DDD', lead: 'U0AAA' },
      ],
    });
  });

  it('when German Excel saved it with semicolons and quotes, then it is still read', () => {
    expect(parseLeadCsv('"Mitglied";"Leitung"\n"U0AAA";"U0BBB"\n')).toMatchObject({
      ok: true,
      pairs: [{ member: 'U0AAA', lead: 'U0BBB' }],
    });
  });

  it('when lines are bad, then each is reported with its line number and no pair is returned', () => {
    const text = [
      'member,lead',
      'U0AAA,U0BBB',
      'Bob,U0BBB',
      'U0CCC,boss',
      'U0DDD,U0DDD',
      'U0AAA,U0EEE',
      'U0FFF',
      'U0GGG,U0HHH,extra',
    ].join('\n');
    const r = parseLeadCsv(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'member'],
      [4, 'lead'],
      [5, 'self'],
      [6, 'duplicate'],
      [7, 'fields'],
      [8, 'fields'],
    ]);
    expect(r.errors.find((e) => e.code === 'duplicate')?.firstLine).toBe(2);
  });

  it('when trailing empty cells come from a wider sheet, then they are not a third field', () => {
    expect(parseLeadCsv('U0AAA,U0BBB,,\n')).toMatchObject({
      ok: true,
      pairs: [{ member: 'U0AAA', lead: 'U0BBB' }],
    });
  });

  it('when the file is empty, only a header, or has an unclosed quote, then it says so', () => {
    expect(parseLeadCsv('')).toEqual({ ok: false, errors: [{ line: 0, code: 'empty', text: '' }] });
    expect(parseLeadCsv('member,lead\n')).toMatchObject({ ok: false, errors: [{ code: 'empty' }] });
    expect(parseLeadCsv('U0AAA,"U0BBB\nU0CCC,U0DDD')).toMatchObject({
      ok: false,
      errors: [{ code: 'quote', line: 1 }],
    });
  });

  it('when there are more rows than the limit, then it is refused as a whole', () => {
    const lines = Array.from(
      { length: MAX_LEAD_ROWS + 1 },
      (_, i) => `U${String(i).padStart(6, '0')}A,ULEAD0`,
    );
    expect(parseLeadCsv(lines.join('\n'))).toMatchObject({ ok: false, errors: [{ code: 'too_many' }] });
  });

  it('when a reference is a formula or a link, then it is not a Slack id', () => {
    for (const bad of ['=HYPERLINK("x")', '<https://evil.example|U0AAA>', '<!channel>', 'U0', 'X0AAA', ''])
      expect(parseSlackUserRef(bad)).toBeUndefined();
    expect(parseSlackUserRef(' <@W0ENT|ent> ')).toBe('W0ENT');
  });

  it('when any valid mapping is written with toCsv (BOM, quoting, CRLF), then it reads back the same (property)', () => {
    const id = fc.stringMatching(/^[UW][A-Z0-9]{2,10}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(id, id), { selector: (p) => p[0], minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (pairs, mention) => {
          const rows = pairs.filter(([m, l]) => m !== l);
          fc.pre(rows.length > 0);
          const text = toCsv(
            ['member', 'lead'],
            rows.map(([m, l]) => [mention ? `<@${m}>` : m, l]),
          );
          const r = parseLeadCsv(text);
          expect(r).toEqual({
            ok: true,
            headerSkipped: true,
            pairs: rows.map(([member, lead]) => ({ member, lead })),
          });
        },
      ),
    );
  });

  it('when quoted fields hold separators, quotes and line breaks, then splitCsv keeps them in one field', () => {
    expect(splitCsv('"a,b","c""d"\n"e\nf",g', ',').records).toEqual([
      { line: 1, fields: ['a,b', 'c"d'] },
      { line: 2, fields: ['e\nf', 'g'] },
    ]);
  });
});
