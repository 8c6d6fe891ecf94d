/**
 * A minimal RFC 5545 (iCalendar) writer for one session event, so members can put a session into
 * Outlook / Google / Apple calendars from a DM. Times are written in UTC (`…Z`) so no VTIMEZONE block is
 * needed and every client shows them in its own zone.
 *
 * Pure: `now` (for DTSTAMP) is an argument.
 */

/** A person invited to the event. Without an e-mail they are still listed by name. */
export type IcsAttendee = { name: string; email?: string };

/** Input of {@link buildIcs}. */
export type IcsEvent = {
  /** Stable per session (e.g. `session-<id>@mentor-me`) so updates and cancellations replace the event. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizerName?: string;
  /** Optional organizer address; RFC 5546 needs an ORGANIZER for REQUEST/CANCEL to be processed. */
  organizerEmail?: string;
  attendees?: readonly IcsAttendee[];
  /** Bump on every change of a sent event; clients ignore updates whose SEQUENCE did not grow. */
  sequence?: number;
  /** iTIP method; default `PUBLISH` (a plain "add to calendar" file). */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Creation time of this file (DTSTAMP). */
  now: Date;
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Content lines may not contain control characters except HTAB (RFC 5545 §3.1, `SAFE-CHAR`). */
function isAllowedInText(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code === 0x09 || (code >= 0x20 && code !== 0x7f);
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. Other control
 * characters are not allowed in content lines at all, so they are dropped rather than corrupting the file.
 */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter(isAllowedInText)
    .join('');
}

/**
 * Encodes a parameter value such as `CN`: always DQUOTE'd (names often contain `,` or `:`), with RFC 6868
 * caret escapes for `"`, newlines and `^`, since a raw DQUOTE can't appear in a quoted parameter.
 */
function paramValue(value: string): string {
  const encoded = value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n')
    .split('')
    .filter(isAllowedInText)
    .join('');
  return `"${encoded}"`;
}

/** URIs are not TEXT (no backslash escaping) but must not break the line structure. */
function uriValue(value: string): string {
  return value
    .split('')
    .filter((ch) => ch !== '\t' && isAllowedInText(ch))
    .join('');
}

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, which
 * counts towards their 75. Splits only between code points, so a multi-byte UTF-8 character (umlaut,
 * emoji) is never cut in half.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of the continuation line
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `YYYYMMDDTHHMMSSZ` — the UTC form of DATE-TIME. */
export function formatIcsUtc(instant: Date): string {
  if (!Number.isFinite(instant.getTime())) throw new RangeError('Invalid date for iCalendar');
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function calAddress(email: string | undefined): string {
  // Apple Calendar writes `invalid:nomail` for people without an address; clients then show the CN only.
  return email ? `mailto:${uriValue(email)}` : 'invalid:nomail';
}

/**
 * Builds a one-event iCalendar file: VERSION 2.0, PRODID, METHOD, and a VEVENT with UID, DTSTAMP,
 * DTSTART/DTEND in UTC, SEQUENCE, STATUS (CANCELLED for `CANCEL`, CONFIRMED otherwise), the optional
 * texts, organizer and attendees. Lines end in CRLF and are folded at 75 octets.
 *
 * Throws `RangeError` when a date is invalid or `end` is not after `start` (RFC 5545 requires DTEND to be
 * later than DTSTART) — that is a bug upstream, not something to paper over in a calendar file.
 */
export function buildIcs(event: IcsEvent): string {
  if (!(event.end.getTime() > event.start.getTime())) {
    throw new RangeError('iCalendar event must end after it starts');
  }
  const method = event.method ?? 'PUBLISH';
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentor Me//Mentor Me//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${formatIcsUtc(event.now)}`,
    `DTSTART:${formatIcsUtc(event.start)}`,
    `DTEND:${formatIcsUtc(event.end)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence ?? 0))}`,
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
  ];
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.location !== undefined) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  if (event.url !== undefined) lines.push(`URL:${uriValue(event.url)}`);
  if (event.organizerName !== undefined || event.organizerEmail !== undefined) {
    const cn = event.organizerName !== undefined ? `;CN=${paramValue(event.organizerName)}` : '';
    lines.push(`ORGANIZER${cn}:${calAddress(event.organizerEmail)}`);
  }
  for (const a of event.attendees ?? []) {
    lines.push(`ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT:${calAddress(a.email)}`);
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
