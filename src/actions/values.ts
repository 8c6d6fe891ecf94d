/**
 * Button values, parsed strictly. A value only names what the clicker wants to act on; the handlers then load
 * it for the clicker's own workspace and check the clicker may act on it, so a parsed value is a hint,
 * never a permission.
 */

/** A row id: 1 to 15 ASCII digits and positive (safe for `Number`). Anything else is `undefined`. */
export function parseIdValue(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}

/** *Propose* on a suggestion: `<mentor member id>.<skill id>`. */
export function parseProposeValue(value: unknown): { mentorMemberId: number; skillId: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,15})\.(\d{1,15})$/.exec(value);
  if (!m) return undefined;
  const mentorMemberId = parseIdValue(m[1]);
  const skillId = parseIdValue(m[2]);
  return mentorMemberId && skillId ? { mentorMemberId, skillId } : undefined;
}
