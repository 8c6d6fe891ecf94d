import { AppError, isAppError } from '../errors';
import { PERSON_UNREACHABLE_ERRORS } from '../slack/errors';
import { markUnreachable } from './unreachable';
import type { ServiceDeps } from './deps';
import type { SlackMessage, SlackPort } from './ports';

/** How long a sender owns a claim before another attempt may treat it as crashed (longer than BullMQ's lock). */
export const DELIVERY_LEASE_MS = 2 * 60 * 1000;

export const DELIVERY_EVENT_TYPE = 'mentor_me_delivery';

export interface Delivery {
  key: string;
  teamId: string;
  recipient: string;
  kind: string;
}

/**
 * Sends a DM exactly once per key, whatever the retries, duplicated jobs, or a worker killed mid-send:
 * 1. the key is claimed in Postgres (unique row) before sending, and the message carries the key in its
 *    Slack metadata;
 * 2. a second attempt while the first holds a fresh claim backs off (retryable error);
 * 3. a claim older than the lease with no `sent_at` is "in doubt": the bot's own DM is searched for the key,
 *    so a message that did go out is recorded instead of sent again, and one that did not is sent now.
 */
export async function deliverOnce(
  deps: Pick<ServiceDeps, 'pairings' | 'clock'> & Partial<ServiceDeps> & { deliveryLeaseMs?: number },
  slack: SlackPort,
  d: Delivery,
  build: () => SlackMessage | Promise<SlackMessage>,
): Promise<'sent' | 'duplicate' | 'recovered'> {
  const now = deps.clock();
  const lease = deps.deliveryLeaseMs ?? DELIVERY_LEASE_MS;
  const claim = await deps.pairings.claimDeliveryLease(d, now, lease);
  if (claim === 'sent') return 'duplicate';
  if (claim === 'busy') throw new AppError('conflict', `delivery ${d.key} is in flight elsewhere`, { retryAt: now.getTime() + lease });
  if (claim === 'in_doubt') {
    const found = await slack.findDelivery(d.recipient, d.key, new Date(now.getTime() - 24 * 3600_000));
    if (found) {
      await deps.pairings.markDelivered(d.key, found.channel, found.ts, now);
      return 'recovered';
    }
  }
  let asked = false;
  try {
    const message = await build();
    asked = true;
    const sent = await slack.sendDm(d.recipient, { ...message, metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { key: d.key } } });
    await deps.pairings.markDelivered(d.key, sent.channel, sent.ts, deps.clock());
  } catch (err) {
    // Slack answered "no" (or we never asked): nothing went out, so free the key for a retry. A network error
    // after asking is different: the message may have been posted, so the claim stays "in doubt" and the
    // retry, once the lease has passed, looks for it in the DM before sending.
    const definite = !asked || (isAppError(err) && (err.code !== 'slack_transient' || Boolean(err.details?.slackError)));
    if (definite) await deps.pairings.releaseDelivery(d.key);
    if (isAppError(err, 'slack_permanent') && PERSON_UNREACHABLE_ERRORS.has(String(err.details?.slackError)) && deps.members) {
      await markUnreachable(deps as ServiceDeps, slack, d.teamId, d.recipient).catch((e: unknown) => deps.logger?.warn({ err: e }, 'could not mark a person unreachable'));
    }
    throw err;
  }
  return 'sent';
}
