import { z } from 'zod';

/**
 * `private_metadata` is typed and versioned. It only carries hints (e.g. where to reply); it is never trusted
 * for authorisation: handlers re-check who is asking.
 */
export const metadataSchema = z.object({
  v: z.literal(1),
  channelId: z.string().max(32).optional(),
  pairingId: z.number().int().positive().optional(),
  mentorMemberId: z.number().int().positive().optional(),
  skillId: z.number().int().positive().optional(),
  sessionId: z.number().int().positive().optional(),
});
export type Metadata = z.infer<typeof metadataSchema>;

export const encodeMetadata = (m: Metadata): string => JSON.stringify(m);

export function decodeMetadata(raw: string | undefined): Metadata {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(raw || '{}'));
    return parsed.success ? parsed.data : { v: 1 };
  } catch {
    return { v: 1 };
  }
}
