/**
 * The admin's team-lead CSV: one `member,lead` pair per line, each a Slack user id (`U012ABCDE`) or a mention
 * (`<@U012ABCDE>`, `<@U012ABCDE|ana>`). Made forgiving where spreadsheets differ and strict where a mistake
 * would silently give someone the wrong lead:
 *
 * - accepted: a UTF-8 BOM, CRLF or LF, RFC 4180 quoting, `;` or tab instead of `,` (German Excel saves with
 *   `;`), blank lines, a header row as the first line (any two fields that are not ids, e.g. `member,lead`),
 *   surrounding spaces, lower-case ids;
 * - refused, with the line number: a line without exactly two fields, a field that is not an id, a person who
 *   is their own lead, the same member twice (two different leads cannot both be right), and more than
 *   {@link MAX_LEAD_ROWS} rows. Nothing is imported when any line is bad: the caller writes all or nothing.
 *
 * Pure: no I/O.
 */

/** More rows than this is not a team-lead list; refuse rather than hold it all in memory. */
export const MAX_LEAD_ROWS = 20_000;

export type LeadCsvErrorCode =
  'fields' | 'member' | 'lead' | 'self' | 'duplicate' | 'empty' | 'too_many' | 'quote';

/** One problem, with the 1-based line it starts on (0 for problems of the whole file). */
export interface LeadCsvError {
  line: number;
  code: LeadCsvErrorCode;
  /** The offending text, cut to 60 characters (for the message next to the field). */
  text: string;
  /** For `duplicate`: the line where the member first appeared. */
  firstLine?: number;
}

export type LeadCsvResult =
  | { ok: true; pairs: { member: string; lead: string }[]; headerSkipped: boolean }
  | { ok: false; errors: LeadCsvError[] };

const ID_RE = /^@?([UW][A-Z0-9]{2,20})$/;
const MENTION_RE = /^<@([UW][A-Z0-9]{2,20})(?:\|[^>]*)?>$/;

/** A Slack user id from an id or a mention (case-insensitive), or undefined. */
export function parseSlackUserRef(raw: string): string | undefined {
  const s = raw.trim().toUpperCase();
  return (MENTION_RE.exec(s) ?? ID_RE.exec(s))?.[1];
}

/** Splits CSV text into records with the line each starts on; `quote` is set when a quote is never closed. */
export function splitCsv(
  text: string,
  delimiter: string,
): { records: { line: number; fields: string[] }[]; unclosedAt?: number } {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      field = '';
      inQuotes = true;
      quoteLine = line;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
  }
  if (inQuotes) return { records, unclosedAt: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

/** `;` or tab when the first line uses it and has no comma; otherwise `,`. */
function detectDelimiter(text: string): string {
  const first =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '') ?? '';
  if (first.includes(',')) return ',';
  if (first.includes(';')) return ';';
  if (first.includes('\t')) return '\t';
  return ',';
}

const preview = (fields: string[]): string => {
  const s = fields.join(',');
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

/** Parses and validates a lead CSV; see the module comment. Errors come in line order. */
export function parseLeadCsv(text: string): LeadCsvResult {
  const { records, unclosedAt } = splitCsv(text, detectDelimiter(text));
  if (unclosedAt !== undefined)
    return { ok: false, errors: [{ line: unclosedAt, code: 'quote', text: '"' }] };
  const rows = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const errors: LeadCsvError[] = [];
  const pairs: { member: string; lead: string }[] = [];
  const seen = new Map<string, number>();
  let headerSkipped = false;

  rows.forEach((r, index) => {
    const fields = r.fields.map((f) => f.trim());
    // Trailing empty cells are what spreadsheets add for a wider sheet; they are not a third field.
    while (fields.length > 2 && fields[fields.length - 1] === '') fields.pop();
    if (fields.length !== 2) {
      errors.push({ line: r.line, code: 'fields', text: preview(fields) });
      return;
    }
    const member = parseSlackUserRef(fields[0]!);
    const lead = parseSlackUserRef(fields[1]!);
    if (index === 0 && !member && !lead) {
      headerSkipped = true;
      return;
    }
    if (!member) errors.push({ line: r.line, code: 'member', text: fields[0]!.slice(0, 60) });
    else if (!lead) errors.push({ line: r.line, code: 'lead', text: fields[1]!.slice(0, 60) });
    else if (member === lead) errors.push({ line: r.line, code: 'self', text: preview(fields) });
    else if (seen.has(member))
      errors.push({
        line: r.line,
        code: 'duplicate',
        text: fields[0]!.slice(0, 60),
        firstLine: seen.get(member)!,
      });
    else {
      seen.set(member, r.line);
      pairs.push({ member, lead });
    }
  });

  if (pairs.length + errors.length > MAX_LEAD_ROWS)
    return { ok: false, errors: [{ line: 0, code: 'too_many', text: String(MAX_LEAD_ROWS) }] };
  if (errors.length) return { ok: false, errors };
  if (!pairs.length) return { ok: false, errors: [{ line: 0, code: 'empty', text: '' }] };
  return { ok: true, pairs, headerSkipped };
}
