/**
 * CSV for the admin export, made to open cleanly in Excel, LibreOffice and Google Sheets:
 *
 * - UTF-8 byte-order mark first, because Excel otherwise guesses a legacy code page and mangles "ü", "ç";
 * - CRLF line endings and RFC 4180 quoting (a field is quoted when it contains a comma, a double quote, CR
 *   or LF; inner quotes are doubled), header row first, a CRLF after the last record too;
 * - formula-injection neutralisation (OWASP "CSV injection"): a STRING cell whose first character is
 *   `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, so a display name such as
 *   `=HYPERLINK(…)` or `=cmd|' /C calc'!A0` is shown as text instead of being evaluated.
 *
 * Typed values are written by type, which is how a real negative number stays a number:
 * - `number` → its plain decimal form (`-5`, `3.25`); numbers are data we produced, never user text, and a
 *   spreadsheet reads `-5` as minus five, not as a formula. Non-finite numbers (NaN, ±Infinity) → empty.
 * - `boolean` → `true` / `false`;
 * - `Date` → ISO 8601 in UTC (`2027-03-01T09:00:00.000Z`); an invalid date → empty;
 * - `null` / `undefined` → empty;
 * - `string` → neutralised as above. So a number that arrives as a string ("-5") IS prefixed: pass numbers
 *   as numbers.
 */

/** The UTF-8 byte-order mark as a JS string (encoded as EF BB BF when the string is written as UTF-8). */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 line separator. */
export const CSV_EOL = '\r\n';

/** A cell value {@link toCsv} knows how to write. */
export type CsvValue = string | number | boolean | null | undefined | Date;

// First characters that make a spreadsheet treat a cell as a formula (or, for tab/CR, that some
// spreadsheets strip before doing so).
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Prefixes `'` when `s` starts with a formula trigger; otherwise returns `s` unchanged. */
export function neutraliseFormula(s: string): string {
  return s.length > 0 && FORMULA_TRIGGERS.has(s.charAt(0)) ? `'${s}` : s;
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // String(-0) is "0" already; String() never uses a locale, so the decimal mark is always ".".
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return neutraliseFormula(String(value));
}

/** One field: typed as described in the module comment, then quoted if RFC 4180 requires it. */
export function formatCsvField(value: CsvValue): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatRecord(cells: readonly CsvValue[]): string {
  // A record of exactly one empty field would otherwise be an empty line, which readers skip or take as
  // the end of the data; quoting it keeps every record visible.
  if (cells.length === 1 && cellText(cells[0]) === '') return '""';
  return cells.map(formatCsvField).join(',');
}

/**
 * Renders a header and rows as one CSV string (see the module comment for the rules). Write the result as
 * UTF-8 (Slack's `files.uploadV2` does) so the BOM becomes the bytes EF BB BF.
 *
 * Every row must have exactly as many cells as the header: a ragged row is a bug in the export query, and
 * padding or truncating it would silently shift data into the wrong columns, so it throws `RangeError`.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const lines: string[] = [formatRecord(header)];
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new RangeError(`CSV row ${i + 1} has ${row.length} cells, the header has ${header.length}`);
    }
    lines.push(formatRecord(row));
  });
  return CSV_BOM + lines.join(CSV_EOL) + CSV_EOL;
}
