import type { KnownBlock, Block, View } from '@slack/types';
import type { AdminJobRequest } from './admin-jobs';

/**
 * Ports: the only ways services reach Slack and the queues. Adapters (Bolt listeners, BullMQ processors) hand
 * concrete implementations in, so the same use case runs from a request or a job, and tests can use the real
 * adapters against a loopback Slack.
 */

export interface SlackUserInfo {
  id: string;
  teamId: string;
  displayName: string;
  realName: string;
  tz: string;
  locale: string;
  isBot: boolean;
  /** Workspace admin or owner. */
  isAdmin: boolean;
  deleted: boolean;
}

export interface SlackMessage {
  /** Notification and accessibility fallback; always required. */
  text: string;
  blocks?: (KnownBlock | Block)[];
  /** Slack message metadata; Mentor Me tags once-only deliveries with their key. */
  metadata?: { event_type: string; event_payload: Record<string, string | number | boolean> };
}

export interface SlackPort {
  getUser(userId: string): Promise<SlackUserInfo>;
  openModal(triggerId: string, view: View): Promise<{ viewId: string }>;
  pushModal(triggerId: string, view: View): Promise<{ viewId: string }>;
  updateModal(viewId: string, view: View, hash?: string): Promise<void>;
  publishHome(userId: string, view: View): Promise<void>;
  /** Opens (or reuses) the DM with a person and posts there. */
  sendDm(userId: string, message: SlackMessage): Promise<{ channel: string; ts: string }>;
  postEphemeral(channel: string, userId: string, message: SlackMessage): Promise<void>;
  updateMessage(channel: string, ts: string, message: SlackMessage): Promise<void>;
  /**
   * Looks through the bot's own DM with a person (never anyone else's conversations) for a message it sent
   * with the given delivery key in its metadata, newer than `since`.
   */
  findDelivery(userId: string, key: string, since: Date): Promise<{ channel: string; ts: string } | undefined>;
  uploadFile(args: { userId: string; filename: string; title: string; content: string | Buffer; comment?: string }): Promise<void>;
  /** `users.profile.get`: one person's custom profile fields (field id → value). Used for the lead mapping. */
  getProfileFields?(userId: string): Promise<Record<string, string>>;
  /**
   * `files.info`, then the file's private URL with the bot token (a file an admin uploaded in a modal).
   * Refuses files over `maxBytes` with an `invalid_input` AppError (`details.reason: 'too_big'`).
   */
  downloadFile?(fileId: string, maxBytes: number): Promise<{ name: string; filetype: string; content: Buffer }>;
}

/** The queue side: services ask for work to happen later; they never see BullMQ. */
export interface JobsPort {
  /** Adds a job; with a `jobId`, adding the same id again while it exists does nothing. */
  enqueue(job: JobRequest, opts?: { delayMs?: number; jobId?: string }): Promise<void>;
  /** Removes a pending job (no-op when it ran or never existed). */
  cancel(jobId: string): Promise<void>;
  /**
   * Removes every pending (waiting or delayed) job of a workspace; with `person`, only the jobs whose data
   * names that Slack user (recipient, lead, user). Running jobs cannot be removed: their processors re-check
   * Postgres. Returns how many were removed.
   */
  cancelForTeam(teamId: string, person?: string): Promise<number>;
}

export type JobRequest =
  | { name: 'member.refresh'; data: { teamId: string; userId: string } }
  | { name: 'pairing.remind'; data: { teamId: string; pairingId: number } }
  | { name: 'pairing.expire'; data: { teamId: string; pairingId: number } }
  | { name: 'pairing.verdict'; data: { teamId: string; pairingId: number } }
  | { name: 'system.reconcile'; data: Record<string, never> }
  | { name: 'session.timer'; data: SessionTimerData }
  | { name: 'pairing.dropoff'; data: { teamId: string; pairingId: number } }
  | { name: 'kpi.nudge'; data: { teamId: string; pairingId: number; yearMonth: string } }
  | { name: 'digest.lead'; data: { teamId: string; lead: string; isoWeek: string } }
  | AdminJobRequest;

/** One planned session timer (reminder, agenda prompt, check-in) as it travels through the queue. */
export interface SessionTimerData {
  teamId: string;
  sessionId: number;
  revision: number;
  kind: 'agenda_prompt' | 'reminder' | 'checkin';
  recipient: string;
  offsetLabel: string;
  /** ISO instant of the session start this timer was planned for. */
  startsAt: string;
}

/** Injected clock so every time decision is testable. */
export type Clock = () => Date;
