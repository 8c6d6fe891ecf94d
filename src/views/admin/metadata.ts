import { z } from 'zod';

/**
 * `private_metadata` of the admin modals and the survey: which cohort the modal is about. A hint only; every
 * handler re-checks that the submitter is an admin of that cohort's workspace (or a member of the cohort).
 */
const adminMetadataSchema = z.object({ v: z.literal(1), cohortId: z.number().int().positive().optional() });
export type AdminMetadata = z.infer<typeof adminMetadataSchema>;

export const encodeAdminMetadata = (m: AdminMetadata): string => JSON.stringify(m);

export function decodeAdminMetadata(raw: string | undefined): AdminMetadata {
  try {
    const parsed = adminMetadataSchema.safeParse(JSON.parse(raw || '{}'));
    return parsed.success ? parsed.data : { v: 1 };
  } catch {
    return { v: 1 };
  }
}

/** A positive id from a button value (`"12"`), or undefined. */
export const idFromValue = (value: string): number | undefined =>
  /^\d{1,15}$/.test(value) ? Number(value) : undefined;

/** `cohortId.revision` from a Publish button, or undefined. */
export function cohortRevisionFromValue(value: string): { cohortId: number; revision: number } | undefined {
  const m = /^(\d{1,15})\.(\d{1,9})$/.exec(value);
  return m ? { cohortId: Number(m[1]), revision: Number(m[2]) } : undefined;
}
