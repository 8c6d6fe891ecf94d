import fc from 'fast-check';
import { buildIcs, escapeIcsText, foldIcsLine, formatIcsUtc, type IcsEvent } from '../../src/domain/ics';

const base: IcsEvent = {
  uid: 'session-42@mentor-me',
  start: new Date('2027-03-02T08:00:00Z'),
  end: new Date('2027-03-02T08:30:00Z'),
  summary: 'Mentor Me: Excel formulas',
  now: new Date('2027-02-25T10:11:12.345Z'),
};

/** Physical lines of the file (without the trailing empty string after the final CRLF). */
const physicalLines = (ics: string): string[] => ics.split('\r\n').slice(0, -1);
/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string): string[] =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
const octets = (s: string): number => Buffer.byteLength(s, 'utf8');
const prop = (ics: string, name: string): string | undefined =>
  unfold(ics).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe('buildIcs structure', () => {
  const ics = buildIcs(base);

  it('when an event is built, then it is a VCALENDAR with one VEVENT, VERSION 2.0 and a PRODID', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.indexOf('BEGIN:VEVENT')).toBeLessThan(lines.indexOf('END:VEVENT'));
    expect(lines[lines.length - 1]).toBe('END:VCALENDAR');
  });

  it('when an event is built, then every line ends with CRLF and there is no bare LF or CR', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('when an event is built, then DTSTART, DTEND and DTSTAMP are UTC basic format without milliseconds', () => {
    expect(prop(ics, 'DTSTART')).toBe('DTSTART:20270302T080000Z');
    expect(prop(ics, 'DTEND')).toBe('DTEND:20270302T083000Z');
    expect(prop(ics, 'DTSTAMP')).toBe('DTSTAMP:20270225T101112Z');
    expect(prop(ics, 'UID')).toBe('UID:session-42@mentor-me');
  });

  it('when no method is given, then it is PUBLISH with STATUS CONFIRMED and SEQUENCE 0', () => {
    expect(prop(ics, 'METHOD')).toBe('METHOD:PUBLISH');
    expect(prop(ics, 'STATUS')).toBe('STATUS:CONFIRMED');
    expect(prop(ics, 'SEQUENCE')).toBe('SEQUENCE:0');
  });

  it('when the method is CANCEL, then the status is CANCELLED and the sequence is kept', () => {
    const cancel = buildIcs({ ...base, method: 'CANCEL', sequence: 3 });
    expect(prop(cancel, 'METHOD')).toBe('METHOD:CANCEL');
    expect(prop(cancel, 'STATUS')).toBe('STATUS:CANCELLED');
    expect(prop(cancel, 'SEQUENCE')).toBe('SEQUENCE:3');
  });

  it('when the method is REQUEST, then the status is CONFIRMED', () => {
    const request = buildIcs({ ...base, method: 'REQUEST', sequence: 1 });
    expect(prop(request, 'METHOD')).toBe('METHOD:REQUEST');
    expect(prop(request, 'STATUS')).toBe('STATUS:CONFIRMED');
  });

  it('when optional fields are absent, then no empty DESCRIPTION, LOCATION, URL, ORGANIZER or ATTENDEE lines appear', () => {
    for (const name of ['DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER', 'ATTENDEE'])
      expect(prop(ics, name)).toBeUndefined();
  });

  it('when the end is not after the start, or a date is invalid, then a RangeError is thrown', () => {
    expect(() => buildIcs({ ...base, end: base.start })).toThrow(RangeError);
    expect(() => buildIcs({ ...base, end: new Date('2027-03-02T07:00:00Z') })).toThrow(RangeError);
    expect(() => buildIcs({ ...base, now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('TEXT escaping', () => {
  it('when text contains backslash, semicolon, comma and newlines, then each is escaped', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('when the summary has commas and semicolons, then the SUMMARY line carries the escapes', () => {
    const ics = buildIcs({ ...base, summary: 'Excel, SQL; Tableau' });
    expect(prop(ics, 'SUMMARY')).toBe('SUMMARY:Excel\\, SQL\\; Tableau');
  });

  it('when the description spans lines, then it is one property with \\n escapes', () => {
    const ics = buildIcs({ ...base, description: 'Agenda:\n1. Basics\n2. Pivot tables, charts' });
    expect(prop(ics, 'DESCRIPTION')).toBe('DESCRIPTION:Agenda:\\n1. Basics\\n2. Pivot tables\\, charts');
  });

  it('when text contains other control characters, then they are dropped but tabs are kept', () => {
    expect(escapeIcsText('a\u0000b\u0007c\td')).toBe('abc\td');
  });

  it('when a location is given, then it is escaped as TEXT', () => {
    const ics = buildIcs({ ...base, location: 'Room 3; 2nd floor, Berlin' });
    expect(prop(ics, 'LOCATION')).toBe('LOCATION:Room 3\\; 2nd floor\\, Berlin');
  });

  it('when a URL is given, then it is written as a URI without TEXT escaping', () => {
    const ics = buildIcs({ ...base, url: 'https://meet.example.com/a,b;c?x=1' });
    expect(prop(ics, 'URL')).toBe('URL:https://meet.example.com/a,b;c?x=1');
  });
});

describe('organizer and attendees', () => {
  it('when attendees have names with commas and quotes, then CN is quoted with RFC 6868 escapes', () => {
    const ics = buildIcs({
      ...base,
      attendees: [{ name: 'Silva, Ana', email: 'ana@example.com' }, { name: 'Jörg "JJ" Müller' }],
    });
    const attendees = unfold(ics).filter((l) => l.startsWith('ATTENDEE'));
    expect(attendees).toEqual([
      'ATTENDEE;CN="Silva, Ana";ROLE=REQ-PARTICIPANT:mailto:ana@example.com',
      `ATTENDEE;CN="Jörg ^'JJ^' Müller";ROLE=REQ-PARTICIPANT:invalid:nomail`,
    ]);
  });

  it('when an organizer name and e-mail are given, then ORGANIZER has a CN and a mailto address', () => {
    const ics = buildIcs({ ...base, organizerName: 'Mentor Me', organizerEmail: 'mentor-me@example.com' });
    expect(prop(ics, 'ORGANIZER')).toBe('ORGANIZER;CN="Mentor Me":mailto:mentor-me@example.com');
  });

  it('when only an organizer name is given, then the address is the invalid:nomail placeholder', () => {
    const ics = buildIcs({ ...base, organizerName: 'Ana' });
    expect(prop(ics, 'ORGANIZER')).toBe('ORGANIZER;CN="Ana":invalid:nomail');
  });
});

describe('line folding', () => {
  it('when a line is at most 75 octets, then it is not folded', () => {
    const line = 'X'.repeat(75);
    expect(foldIcsLine(line)).toBe(line);
  });

  it('when an ASCII line is longer than 75 octets, then it folds into 75 + 74 + … with a leading space', () => {
    const folded = foldIcsLine('X'.repeat(200));
    const parts = folded.split('\r\n');
    expect(parts.map((p) => p.length)).toEqual([75, 75, 52]);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
  });

  it('when a long German description has umlauts, then no line exceeds 75 octets and no character is split', () => {
    const text = 'Grüße aus München: Übung zu Formeln, Ärger mit SVERWEIS, Öffnen großer Dateien. '.repeat(4);
    const ics = buildIcs({ ...base, description: text });
    for (const line of physicalLines(ics)) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
    }
    expect(prop(ics, 'DESCRIPTION')).toBe(`DESCRIPTION:${escapeIcsText(text)}`);
  });

  it('when the summary is full of emoji (4-octet characters and ZWJ sequences), then folding never cuts one in half', () => {
    const summary = '🚀 Reverse mentoring 👩🏽‍💻 + 📊 Tableau 🎉'.repeat(5);
    const ics = buildIcs({ ...base, summary });
    const lines = physicalLines(ics);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // Lone surrogates would mean a code point was split; re-encoding would turn them into U+FFFD.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(prop(ics, 'SUMMARY')).toBe(`SUMMARY:${summary}`);
  });

  it('when a multi-byte character would straddle octet 75, then the fold happens before it', () => {
    const line = 'A'.repeat(74) + 'ü' + 'B';
    const [first, second] = foldIcsLine(line).split('\r\n');
    expect(first).toBe('A'.repeat(74));
    expect(second).toBe(' üB');
  });

  it('property: when any text is folded, then lines stay within 75 octets and unfolding restores it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeIcsText(text)}`;
        const folded = foldIcsLine(line);
        for (const part of folded.split('\r\n')) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
      { numRuns: 500 },
    );
  });

  it('property: when any summary is built into a file, then unfolding and unescaping gives the summary back', () => {
    const unescape = (v: string): string =>
      v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => {
        const summary = raw
          .split('')
          .filter((ch) => ch === '\t' || ch === '\n' || ch === '\r' || (ch >= ' ' && ch !== '\u007f'))
          .join('')
          .replace(/\r\n?/g, '\n');
        const ics = buildIcs({ ...base, summary });
        const line = prop(ics, 'SUMMARY') ?? '';
        expect(unescape(line.slice('SUMMARY:'.length))).toBe(summary);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatIcsUtc', () => {
  it('when an instant has milliseconds, then they are dropped', () => {
    expect(formatIcsUtc(new Date('2027-10-31T01:30:59.999Z'))).toBe('20271031T013059Z');
  });
});
