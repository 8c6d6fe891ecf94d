import fc from 'fast-check';
import { CSV_BOM, formatCsvField, neutraliseFormula, toCsv, type CsvValue } from '../../src/domain/csv';

/** A tiny RFC 4180 reader (CRLF records, quoted fields with doubled quotes), written for these tests. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const s = text.slice(CSV_BOM.length);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' && s[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      // A bare CR, LF or quote outside quotes would be invalid RFC 4180 output.
      if (c === '\r' || c === '\n' || c === '"') throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || record.length > 0) throw new Error('missing final CRLF');
  return records;
}

describe('toCsv', () => {
  it('when rows are written, then the file starts with a BOM, has a header row and ends every line with CRLF', () => {
    const csv = toCsv(
      ['name', 'sessions'],
      [
        ['Ana', 3],
        ['Bernd', 0],
      ],
    );
    expect(csv).toBe('\uFEFFname,sessions\r\nAna,3\r\nBernd,0\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('when a field contains a comma, quote, CR or LF, then it is quoted with inner quotes doubled', () => {
    expect(toCsv(['a'], [['x,y'], ['say "hi"'], ['line1\nline2'], ['a\r\nb'], ['plain']])).toBe(
      '\uFEFFa\r\n"x,y"\r\n"say ""hi"""\r\n"line1\nline2"\r\n"a\r\nb"\r\nplain\r\n',
    );
  });

  it('when a string starts with a formula character, then it is prefixed with an apostrophe', () => {
    const csv = toCsv(
      ['v'],
      [
        ["=cmd|' /C calc'!A0"],
        ['+1+1'],
        ['-2+3'],
        ['@SUM(A1)'],
        ['\tindent'],
        ['\rreturn'],
        ['=HYPERLINK("x")'],
      ],
    );
    expect(
      parseCsv(csv)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([
      "'=cmd|' /C calc'!A0",
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tindent",
      "'\rreturn",
      `'=HYPERLINK("x")`,
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('when a trigger character is not first, then the string is left alone', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('mail@example.com')).toBe('mail@example.com');
    expect(neutraliseFormula('')).toBe('');
  });

  it('when a column holds real negative numbers, then they stay numeric; a "-5" string is neutralised', () => {
    expect(
      toCsv(
        ['delta', 'text'],
        [
          [-5, '-5'],
          [-0.25, 'x'],
          [-0, 'y'],
        ],
      ),
    ).toBe("\uFEFFdelta,text\r\n-5,'-5\r\n-0.25,x\r\n0,y\r\n");
  });

  it('when cells are unicode, then they are written unchanged', () => {
    const row = ['Zoë Müller', 'São Paulo — ação', '日本語', '👩🏽‍💻 dev'];
    expect(parseCsv(toCsv(['a', 'b', 'c', 'd'], [row]))[1]).toEqual(row);
  });

  it('when cells are empty, null, undefined, booleans, dates or non-finite numbers, then they are typed', () => {
    const csv = toCsv(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      [['', null, undefined, true, false, new Date('2027-03-01T09:00:00Z'), Number.NaN, new Date('nope')]],
    );
    expect(csv).toBe('\uFEFFa,b,c,d,e,f,g,h\r\n,,,true,false,2027-03-01T09:00:00.000Z,,\r\n');
  });

  it('when a one-column record is empty, then it is written as "" so the line is not blank', () => {
    expect(toCsv(['only'], [[null], ['']])).toBe('\uFEFFonly\r\n""\r\n""\r\n');
    expect(parseCsv(toCsv(['only'], [[null]]))).toEqual([['only'], ['']]);
  });

  it('when there are no rows, then the file is the BOM and the header', () => {
    expect(toCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });

  it('when a header cell starts with a formula character, then it is neutralised too', () => {
    expect(toCsv(['=x', 'ok'], [])).toBe("\uFEFF'=x,ok\r\n");
  });

  it('when a row has a different number of cells than the header, then it throws', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(RangeError);
    expect(() => toCsv(['a'], [['1', '2']])).toThrow(RangeError);
  });

  it('when a single field is formatted, then quoting and neutralisation combine', () => {
    expect(formatCsvField('=1,2')).toBe(`"'=1,2"`);
    expect(formatCsvField(42)).toBe('42');
  });

  it('when any cells are written and read back, then the cells survive modulo neutralisation', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc
        .array(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', ' ', 'é', '😀'), {
          maxLength: 12,
        })
        .map((c) => c.join('')),
    );
    const cell: fc.Arbitrary<CsvValue> = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: true }),
    );
    const expected = (v: CsvValue): string => {
      if (v === null || v === undefined) return '';
      if (typeof v === 'number') return String(v);
      if (typeof v === 'boolean') return String(v);
      if (v instanceof Date) return v.toISOString();
      return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    };
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.array(text, { minLength: n, maxLength: n }),
              fc.array(fc.array(cell, { minLength: n, maxLength: n })),
            ),
          ),
        ([header, rows]) => {
          const parsed = parseCsv(toCsv(header, rows));
          expect(parsed).toEqual([header.map(expected), ...rows.map((r) => r.map(expected))]);
        },
      ),
    );
  });

  it('when any string is written, then the cell a spreadsheet sees never starts with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const [, row] = parseCsv(toCsv(['x'], [[s]]));
        expect(row?.[0]).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
