import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Slack-compatible Web API server: the methods Mentor Me uses, DM channels, messages (with `chat.update`,
 * ephemerals and `response_url`), modals with a per-user view stack, the App Home and external file uploads.
 * It is the sandbox's Slack and the end-to-end tests' loopback Slack (test/support/loopback-slack.ts adds Block
 * Kit checks). It records every call and can be told to answer 429 (every n-th call, or above a per-token
 * chat.postMessage rate as Slack does).
 */

/** One recorded Web API call. `args` holds form fields with JSON fields (view, blocks…) decoded. */
export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  at: number;
  /** Block Kit problems found in the payload (empty unless a subclass checks them). */
  violations: string[];
}

export interface SlackUser {
  id: string;
  teamId?: string;
  name?: string;
  realName?: string;
  title?: string;
  tz?: string;
  locale?: string;
  isBot?: boolean;
  isAdmin?: boolean;
  deleted?: boolean;
}

/** What `oauth.v2.access` answers for one authorization code (a workspace installing the app). */
export interface OAuthGrant {
  teamId: string;
  teamName?: string;
  /** The bot token issued to that workspace. */
  botToken: string;
  botUserId?: string;
  /** Who clicked "Allow". */
  installerUserId: string;
  scopes?: string[];
  enterpriseInstall?: boolean;
}

export interface SlackFile {
  id: string;
  name: string;
  title: string;
  content: Buffer;
  channel?: string;
}

/** A message in a channel as the server keeps it (a superset of what `conversations.history` returns). */
export interface StoredMessage {
  ts: string;
  channel: string;
  text: unknown;
  /** The sender: the bot's user id for app messages. */
  user?: string;
  bot_id?: string;
  blocks?: unknown[];
  metadata?: unknown;
  files?: { id: string; name: string; title: string }[];
  edited?: boolean;
  /** Set for ephemeral messages: only this person sees it, and it never shows in `conversations.history`. */
  ephemeralFor?: string;
}

/** A modal or App Home view as Slack would return it (id, hash, state …). */
export type StoredView = Record<string, unknown> & { id: string; hash: string; type: string };

/** Where a `response_url` answer goes: the person who acted, the channel, and the message acted on. */
export interface ResponseContext {
  userId: string;
  channel: string;
  messageTs?: string;
}

type Responder = (
  call: SlackCall,
) => { status?: number; headers?: Record<string, string>; body?: unknown } | undefined;

export interface SlackServerOptions {
  teamId?: string;
  teamName?: string;
  botUserId?: string;
  /** Message timestamps follow this clock (the sandbox moves it forward); real time by default. */
  clock?: () => Date;
  /** When set, every Web API call must carry this bearer token (`invalid_auth` otherwise). */
  token?: string;
}

export class SlackServer {
  readonly calls: SlackCall[] = [];
  readonly responses: { path: string; body: Record<string, unknown>; at: number }[] = [];
  readonly uploads: { id: string; body: string }[] = [];
  readonly users = new Map<string, SlackUser>();
  /** Messages per channel, oldest first (ephemerals included; `conversations.history` leaves them out). */
  readonly history = new Map<string, StoredMessage[]>();
  readonly files = new Map<string, SlackFile>();
  teamId: string;
  teamName: string;
  botUserId: string;
  baseUrl = '';
  rateLimited = 0;
  /** Grows on every change a person could see; the sandbox page polls it. */
  version = 0;

  protected readonly clock: () => Date;
  private readonly token?: string;
  private server?: http.Server;
  private tsCounter = 0;
  private viewCounter = 0;
  private fileCounter = 0;
  private responseCounter = 0;
  private responders: Responder[] = [];
  private rateLimitEvery = 0;
  /** Delay before answering chat.postMessage (after recording it), to widen the window for crash drills. */
  latencyMs = 0;
  private retryAfter = 1;
  private callCount = 0;
  /** Per-token limit on chat.postMessage (0: none) and each token's bucket, see {@link limitPostMessages}. */
  private postLimit = 0;
  private postBurst = 0;
  private readonly postBuckets = new Map<string, { tokens: number; at: number }>();
  /** 429s answered per token (the bot token of a workspace). */
  readonly rateLimitedByToken = new Map<string, number>();
  /** Modal stacks per person (bottom first) and App Home views per person. */
  private readonly stacks = new Map<string, StoredView[]>();
  private readonly homes = new Map<string, StoredView>();
  private readonly triggers = new Map<string, string>();
  private readonly responseContexts = new Map<string, ResponseContext>();
  private readonly pendingFiles = new Map<string, { name: string }>();
  /** OAuth: authorization codes not yet exchanged, and the bot tokens issued per workspace. */
  private readonly oauthGrants = new Map<string, OAuthGrant>();
  private readonly issuedTokens = new Map<string, OAuthGrant>();

  constructor(opts: SlackServerOptions = {}) {
    this.teamId = opts.teamId ?? 'T0TEST';
    this.teamName = opts.teamName ?? 'Loopback';
    this.botUserId = opts.botUserId ?? 'U0BOT';
    this.clock = opts.clock ?? (() => new Date());
    this.token = opts.token;
  }

  async start(opts: { host?: string; port?: number } = {}): Promise<this> {
    const host = opts.host ?? '127.0.0.1';
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(opts.port ?? 0, host, resolve));
    this.baseUrl = `http://${host}:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** Base URL to hand the app as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** A `response_url` for a slash command or interaction; with a context, answers show up where Slack shows them. */
  responseUrl(id = `r${++this.responseCounter}`, context?: ResponseContext): string {
    if (context) this.responseContexts.set(id, context);
    return `${this.baseUrl}/response/${id}`;
  }

  /** A trigger id for an interaction by `userId` (views.open/push then know whose screen the modal is on). */
  triggerFor(userId: string): string {
    const id = `${Math.floor(Date.now() / 1000)}.${crypto.randomBytes(6).toString('hex')}`;
    this.triggers.set(id, userId);
    if (this.triggers.size > 500) this.triggers.delete(this.triggers.keys().next().value!);
    return id;
  }

  addUser(user: SlackUser): this {
    this.users.set(user.id, user);
    this.changed();
    return this;
  }

  /** Answer 429 with Retry-After on every n-th Web API call (0 turns it off). */
  rateLimitEveryNth(n: number, retryAfterSec = 1): void {
    this.rateLimitEvery = n;
    this.retryAfter = retryAfterSec;
  }

  /**
   * Slack's message limit, per workspace token: at most `perSecond` chat.postMessage per second (a token
   * bucket holding `burst` messages, one second's worth by default, as Slack allows short bursts), answering
   * 429 with a whole-second Retry-After beyond it. 0 turns it off.
   */
  limitPostMessages(perSecond: number, burst = perSecond): void {
    this.postLimit = perSecond;
    this.postBurst = Math.max(1, burst);
    this.postBuckets.clear();
  }

  /** 0 when the token may post now (one message taken), otherwise the ms until it may. */
  private takePostSlot(token: string): number {
    const now = Date.now();
    const bucket = this.postBuckets.get(token) ?? { tokens: this.postBurst, at: now };
    bucket.tokens = Math.min(this.postBurst, bucket.tokens + ((now - bucket.at) * this.postLimit) / 1000);
    bucket.at = now;
    this.postBuckets.set(token, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) * 1000) / this.postLimit);
  }

  /** Override the answer for matching calls (return undefined to fall through). */
  respondWith(r: Responder): void {
    this.responders.push(r);
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  allViolations(): string[] {
    return this.calls.flatMap((c) => c.violations.map((v) => `${c.method}: ${v}`));
  }

  /** Forgets recorded calls, responses and uploads, and any 429 or canned answers. Conversations stay. */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.uploads.length = 0;
    this.responders = [];
    this.rateLimitEvery = 0;
    this.callCount = 0;
    this.rateLimited = 0;
    this.postLimit = 0;
    this.postBuckets.clear();
    this.rateLimitedByToken.clear();
  }

  /** Forgets everything people could see: messages, files, modals, App Homes (users stay). */
  clearWorkspace(): void {
    this.reset();
    this.history.clear();
    this.files.clear();
    this.stacks.clear();
    this.homes.clear();
    this.triggers.clear();
    this.responseContexts.clear();
    this.pendingFiles.clear();
    this.changed();
  }

  /** Resolves once `predicate` holds (polling), or rejects with what was seen. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const start = Date.now();
    for (;;) {
      const v = predicate();
      if (v) return v;
      if (Date.now() - start > timeoutMs) {
        throw new Error(
          `timed out waiting for ${what}; calls seen: ${this.calls.map((c) => c.method).join(', ') || 'none'}`,
        );
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  // ── What a person sees ───────────────────────────────────────────────────────────────────────────────────

  /** The DM channel between a person and the bot. */
  dmChannel(userId: string): string {
    return `D${userId}`;
  }

  /** Messages in a channel as `userId` sees them (their own ephemerals included). */
  messagesFor(channel: string, userId: string): StoredMessage[] {
    return (this.history.get(channel) ?? []).filter((m) => !m.ephemeralFor || m.ephemeralFor === userId);
  }

  findMessage(channel: string, ts: string): StoredMessage | undefined {
    return this.history.get(channel)?.find((m) => m.ts === ts);
  }

  /** The person's open modals, bottom first. */
  modalStack(userId: string): StoredView[] {
    return this.stacks.get(userId) ?? [];
  }

  home(userId: string): StoredView | undefined {
    return this.homes.get(userId);
  }

  /** A modal or home view by id, with the person whose screen it is on. */
  findView(viewId: string): { userId: string; view: StoredView } | undefined {
    for (const [userId, stack] of this.stacks) {
      const view = stack.find((v) => v.id === viewId);
      if (view) return { userId, view };
    }
    for (const [userId, view] of this.homes) if (view.id === viewId) return { userId, view };
    return undefined;
  }

  /** Applies the app's answer to a view submission (`response_action` update/push/clear/errors, or close). */
  applySubmissionResponse(
    userId: string,
    viewId: string,
    answer: Record<string, unknown>,
  ): { errors?: Record<string, string> } {
    const stack = [...this.modalStack(userId)];
    const at = stack.findIndex((v) => v.id === viewId);
    const action = answer.response_action;
    if (action === 'errors') return { errors: (answer.errors as Record<string, string>) ?? {} };
    if (action === 'clear') {
      this.stacks.delete(userId);
    } else if (action === 'update' && at >= 0 && answer.view) {
      stack[at] = this.storeView(answer.view as Record<string, unknown>, 'modal', stack[at]);
      this.stacks.set(userId, stack);
    } else if (action === 'push' && answer.view) {
      stack.push(
        this.storeView(answer.view as Record<string, unknown>, 'modal', undefined, stack[stack.length - 1]),
      );
      this.stacks.set(userId, stack);
    } else if (at >= 0) {
      // A plain ack closes the submitted view; the one below it (if any) shows again.
      stack.splice(at, 1);
      this.stacks.set(userId, stack);
    }
    this.changed();
    return {};
  }

  /** The person closed a modal (Cancel / ×): it and everything pushed above it go. */
  closeView(userId: string, viewId: string): StoredView | undefined {
    const stack = [...this.modalStack(userId)];
    const at = stack.findIndex((v) => v.id === viewId);
    if (at < 0) return undefined;
    const [closed] = stack.splice(at);
    this.stacks.set(userId, stack);
    this.changed();
    return closed;
  }

  /** Keeps what a person typed into a view (Slack sends it back as `view.state`). */
  setViewState(viewId: string, values: Record<string, unknown>): void {
    const found = this.findView(viewId);
    if (found) found.view.state = { values };
  }

  // ── HTTP ────────────────────────────────────────────────────────────────────────────────────────────────

  /** Block Kit checks for a call; the test loopback overrides this. */
  protected check(_method: string, _args: Record<string, unknown>): string[] {
    return [];
  }

  protected changed(): void {
    this.version++;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const rawBuffer = Buffer.concat(chunks);
    const raw = rawBuffer.toString('utf8');
    const url = new URL(req.url ?? '/', this.baseUrl);

    if (url.pathname.startsWith('/response/')) {
      const body = safeJson(raw);
      this.responses.push({ path: url.pathname, body, at: Date.now() });
      this.applyResponse(url.pathname.slice('/response/'.length), body);
      return send(res, 200, 'ok');
    }
    if (url.pathname.startsWith('/upload/')) {
      const id = url.pathname.slice('/upload/'.length);
      this.uploads.push({ id, body: raw });
      const pending = this.pendingFiles.get(id);
      const content = firstMultipartPart(rawBuffer, req.headers['content-type'] ?? '') ?? rawBuffer;
      this.files.set(id, { id, name: pending?.name ?? id, title: pending?.name ?? id, content });
      return send(res, 200, 'OK - uploaded');
    }
    if (!url.pathname.startsWith('/api/')) return send(res, 404, 'not found');

    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const token =
      req.headers.authorization?.replace(/^Bearer /, '') ??
      (typeof args.token === 'string' ? args.token : undefined);
    const call: SlackCall = { method, args, token, at: Date.now(), violations: this.check(method, args) };

    this.callCount++;
    if (this.rateLimitEvery > 0 && this.callCount % this.rateLimitEvery === 0) {
      this.rateLimited++;
      res.writeHead(429, { 'retry-after': String(this.retryAfter), 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
    }
    if (this.postLimit > 0 && method === 'chat.postMessage') {
      const waitMs = this.takePostSlot(token ?? '');
      if (waitMs > 0) {
        this.rateLimited++;
        this.rateLimitedByToken.set(token ?? '', (this.rateLimitedByToken.get(token ?? '') ?? 0) + 1);
        // Slack's Retry-After is in whole seconds.
        res.writeHead(429, { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))), 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      }
    }
    this.calls.push(call);
    // Slack has the message before the caller has the answer: a crash in between is the hard case.
    if (this.latencyMs > 0 && method === 'chat.postMessage')
      await new Promise((r) => setTimeout(r, this.latencyMs));
    // oauth.v2.access authenticates with the client id and secret, not a bearer token.
    if (this.token && token !== this.token && method !== 'oauth.v2.access')
      return sendJson(res, { ok: false, error: 'invalid_auth' });

    for (const r of this.responders) {
      const answer = r(call);
      if (answer) {
        res.writeHead(answer.status ?? 200, {
          'content-type': 'application/json',
          ...(answer.headers ?? {}),
        });
        return void res.end(JSON.stringify(answer.body ?? { ok: true }));
      }
    }
    const answer = this.answer(method, args, token);
    if (answer.ok !== false) this.changed();
    return sendJson(res, answer);
  }

  /** Real-looking message timestamps: seconds of the (sandbox) clock plus a counter so every ts is unique. */
  private nextTs(): string {
    return `${Math.floor(this.clock().getTime() / 1000)}.${String(++this.tsCounter % 1_000_000).padStart(6, '0')}`;
  }

  /** Posts a message into a channel as the app would (also how tests show arbitrary Block Kit). */
  postMessage(message: Omit<StoredMessage, 'ts'>): StoredMessage {
    const stored: StoredMessage = { ...message, ts: this.nextTs() };
    if (stored.blocks) stored.blocks = withIds(stored.blocks);
    this.history.set(stored.channel, [...(this.history.get(stored.channel) ?? []), stored]);
    this.changed();
    return stored;
  }

  private channelUser(channel: string): string | undefined {
    return channel.startsWith('D') && this.users.has(channel.slice(1)) ? channel.slice(1) : undefined;
  }

  /** What Slack does with a POST to a `response_url`: replace or delete the original, or post (ephemeral by default). */
  private applyResponse(id: string, body: Record<string, unknown>): void {
    const ctx = this.responseContexts.get(id);
    if (!ctx) return;
    const original = ctx.messageTs ? this.findMessage(ctx.channel, ctx.messageTs) : undefined;
    if (body.delete_original === true || body.delete_original === 'true') {
      if (original)
        this.history.set(
          ctx.channel,
          (this.history.get(ctx.channel) ?? []).filter((m) => m !== original),
        );
    } else if ((body.replace_original === true || body.replace_original === 'true') && original) {
      original.text = body.text ?? '';
      original.blocks = Array.isArray(body.blocks) ? withIds(body.blocks) : undefined;
      original.edited = true;
    } else if (body.response_type === 'in_channel') {
      this.postMessage({
        channel: ctx.channel,
        text: body.text ?? '',
        blocks: safeBlocks(body.blocks),
        user: this.botUserId,
        bot_id: 'B0BOT',
      });
    } else {
      this.postMessage({
        channel: ctx.channel,
        text: body.text ?? '',
        blocks: safeBlocks(body.blocks),
        user: this.botUserId,
        bot_id: 'B0BOT',
        ephemeralFor: ctx.userId,
      });
    }
    this.changed();
  }

  /** Stores a view as Slack would return it: ids on every block and element, an id, a fresh hash and state. */
  private storeView(
    view: Record<string, unknown>,
    type: string,
    replacing?: StoredView,
    below?: StoredView,
  ): StoredView {
    const id = replacing?.id ?? `V${String(++this.viewCounter).padStart(4, '0')}`;
    return {
      team_id: this.teamId,
      app_id: 'A0MENTORME',
      bot_id: 'B0BOT',
      private_metadata: '',
      callback_id: '',
      external_id: '',
      state: { values: {} },
      ...view,
      type: typeof view.type === 'string' ? view.type : type,
      blocks: withIds(Array.isArray(view.blocks) ? view.blocks : []),
      id,
      hash: `${Date.now()}.h${++this.viewCounter}`,
      root_view_id:
        (replacing?.root_view_id as string | undefined) ?? (below?.root_view_id as string | undefined) ?? id,
      previous_view_id: (replacing?.previous_view_id as string | undefined) ?? below?.id ?? null,
    };
  }

  /**
   * Prepares an OAuth install: the next `oauth.v2.access` with this code answers for that workspace (once, as
   * Slack's codes are single-use), and `auth.test` with the issued token names that workspace.
   */
  grantOAuth(code: string, grant: OAuthGrant): this {
    this.oauthGrants.set(code, grant);
    return this;
  }

  /** Forgets a workspace's issued token (the app was uninstalled there): its calls answer `invalid_auth`. */
  revokeToken(token: string): void {
    this.issuedTokens.delete(token);
  }

  private answer(method: string, args: Record<string, unknown>, token?: string): Record<string, unknown> {
    switch (method) {
      case 'oauth.v2.access': {
        const grant = this.oauthGrants.get(String(args.code ?? ''));
        if (!grant) return { ok: false, error: 'invalid_code' };
        this.oauthGrants.delete(String(args.code));
        this.issuedTokens.set(grant.botToken, grant);
        return {
          ok: true,
          app_id: 'A0MENTORME',
          authed_user: { id: grant.installerUserId },
          scope: (grant.scopes ?? ['commands', 'chat:write']).join(','),
          token_type: 'bot',
          access_token: grant.botToken,
          bot_user_id: grant.botUserId ?? 'U0BOT',
          team: { id: grant.teamId, name: grant.teamName ?? grant.teamId },
          enterprise: grant.enterpriseInstall ? { id: 'E0GRID', name: 'Grid' } : null,
          is_enterprise_install: Boolean(grant.enterpriseInstall),
        };
      }
      case 'auth.test': {
        const issued = token ? this.issuedTokens.get(token) : undefined;
        if (issued) {
          const name = issued.teamName ?? issued.teamId;
          return {
            ok: true,
            url: `https://${name.toLowerCase()}.slack/`,
            team: name,
            user: 'mentor-me',
            team_id: issued.teamId,
            user_id: issued.botUserId ?? 'U0BOT',
            bot_id: 'B0BOT',
          };
        }
        return {
          ok: true,
          url: `https://${this.teamName.toLowerCase()}.slack/`,
          team: this.teamName,
          user: 'mentor-me',
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: 'B0BOT',
        };
      }
      case 'users.info': {
        const id = String(args.user ?? '');
        const u = this.users.get(id);
        if (!u) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: this.userJson(u, Boolean(args.include_locale)) };
      }
      case 'users.list':
        return {
          ok: true,
          members: [...this.users.values()].map((u) => this.userJson(u, true)),
          response_metadata: { next_cursor: '' },
        };
      case 'conversations.open': {
        const user = String(args.users ?? '').split(',')[0] ?? '';
        if (!this.users.has(user)) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: this.dmChannel(user) } };
      }
      case 'chat.postMessage': {
        const channel = String(args.channel ?? '');
        const posted = this.postMessage({
          channel,
          text: args.text,
          user: this.botUserId,
          bot_id: 'B0BOT',
          ...(Array.isArray(args.blocks) ? { blocks: args.blocks } : {}),
          ...(args.metadata ? { metadata: args.metadata } : {}),
        });
        return { ok: true, channel, ts: posted.ts, message: { text: args.text, ts: posted.ts } };
      }
      case 'chat.update': {
        const message = this.findMessage(String(args.channel ?? ''), String(args.ts ?? ''));
        if (message) {
          message.text = args.text;
          message.blocks = Array.isArray(args.blocks) ? withIds(args.blocks) : undefined;
          message.edited = true;
        }
        return { ok: true, channel: args.channel, ts: args.ts, message: { text: args.text } };
      }
      case 'conversations.history': {
        const oldest = Number(args.oldest ?? 0);
        const messages = (this.history.get(String(args.channel ?? '')) ?? [])
          .filter((m) => !m.ephemeralFor && Number(m.ts) >= oldest)
          .map(({ ephemeralFor: _e, channel: _c, ...m }) => ({ type: 'message', ...m }))
          .reverse();
        return { ok: true, messages, has_more: false };
      }
      case 'chat.postEphemeral': {
        const posted = this.postMessage({
          channel: String(args.channel ?? ''),
          text: args.text,
          user: this.botUserId,
          bot_id: 'B0BOT',
          ephemeralFor: String(args.user ?? ''),
          ...(Array.isArray(args.blocks) ? { blocks: args.blocks } : {}),
        });
        return { ok: true, message_ts: posted.ts };
      }
      case 'views.open':
      case 'views.push': {
        if (!args.trigger_id) return { ok: false, error: 'invalid_arguments' };
        const userId = this.triggers.get(String(args.trigger_id)) ?? '';
        const stack = method === 'views.push' ? [...this.modalStack(userId)] : [];
        if (stack.length >= 3) return { ok: false, error: 'push_limit_reached' };
        const view = this.storeView(asObject(args.view), 'modal', undefined, stack[stack.length - 1]);
        this.stacks.set(userId, [...stack, view]);
        return { ok: true, view };
      }
      case 'views.update': {
        const found = args.view_id
          ? this.findView(String(args.view_id))
          : this.findByExternalId(String(args.external_id ?? ''));
        if (!found) {
          const id = args.view_id ? String(args.view_id) : `V${++this.viewCounter}`;
          return { ok: true, view: { ...asObject(args.view), id, hash: `h${this.viewCounter}` } };
        }
        const next = this.storeView(asObject(args.view), found.view.type, found.view);
        if (found.view.type === 'home') this.homes.set(found.userId, next);
        else
          this.stacks.set(
            found.userId,
            this.modalStack(found.userId).map((v) => (v.id === next.id ? next : v)),
          );
        return { ok: true, view: next };
      }
      case 'views.publish': {
        const userId = String(args.user_id ?? '');
        const view = this.storeView(asObject(args.view), 'home', this.homes.get(userId));
        this.homes.set(userId, view);
        return { ok: true, view };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${++this.fileCounter}`;
        this.pendingFiles.set(id, { name: String(args.filename ?? id) });
        return { ok: true, upload_url: `${this.baseUrl}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = safeArray(args.files).map((f) => {
          const { id, title } = f as { id?: string; title?: string };
          const stored = this.files.get(String(id));
          if (stored && title) stored.title = title;
          return {
            id: String(id),
            name: stored?.name ?? String(title ?? id),
            title: String(title ?? stored?.name ?? id),
          };
        });
        const channel = typeof args.channel_id === 'string' ? args.channel_id : undefined;
        if (channel) {
          for (const f of files) {
            const stored = this.files.get(f.id);
            if (stored) stored.channel = channel;
          }
          this.postMessage({
            channel,
            text: args.initial_comment ?? '',
            user: this.botUserId,
            bot_id: 'B0BOT',
            files,
          });
        }
        return { ok: true, files: files.map((f) => ({ ...f, name: f.title })) };
      }
      default:
        return { ok: true };
    }
  }

  private findByExternalId(externalId: string): { userId: string; view: StoredView } | undefined {
    if (!externalId) return undefined;
    for (const [userId, stack] of this.stacks) {
      const view = stack.find((v) => v.external_id === externalId);
      if (view) return { userId, view };
    }
    return undefined;
  }

  private userJson(u: SlackUser, withLocale: boolean): Record<string, unknown> {
    return {
      id: u.id,
      team_id: u.teamId ?? this.teamId,
      name: u.name ?? u.id.toLowerCase(),
      real_name: u.realName ?? u.name ?? u.id,
      deleted: u.deleted ?? false,
      is_bot: u.isBot ?? false,
      is_admin: u.isAdmin ?? false,
      tz: u.tz ?? 'UTC',
      tz_offset: 0,
      ...(withLocale ? { locale: u.locale ?? 'en-US' } : {}),
      profile: { display_name: u.name ?? '', real_name: u.realName ?? u.name ?? '', title: u.title ?? '' },
    };
  }
}

/** Slack gives every block and interactive element an id when the app leaves it out. */
function withIds(blocks: unknown[]): unknown[] {
  const rid = () => crypto.randomBytes(3).toString('base64url');
  const element = (el: unknown): unknown => {
    if (!el || typeof el !== 'object') return el;
    const e = el as Record<string, unknown>;
    const interactive = typeof e.type === 'string' && !['plain_text', 'mrkdwn', 'image'].includes(e.type);
    return interactive && !e.action_id ? { ...e, action_id: rid() } : e;
  };
  return blocks.map((b) => {
    if (!b || typeof b !== 'object') return b;
    const block = { ...(b as Record<string, unknown>) };
    if (!block.block_id) block.block_id = rid();
    if (Array.isArray(block.elements) && block.type === 'actions')
      block.elements = block.elements.map(element);
    if (block.accessory) block.accessory = element(block.accessory);
    if (block.element) block.element = element(block.element);
    return block;
  });
}

/** The body of the first part of a multipart/form-data upload (how the Web API client sends files). */
function firstMultipartPart(raw: Buffer, contentType: string): Buffer | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = raw.indexOf(delimiter);
  const headersEnd = raw.indexOf('\r\n\r\n', start);
  if (start < 0 || headersEnd < 0) return undefined;
  const end = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd);
  return raw.subarray(headersEnd + 4, end < 0 ? raw.length : end);
}

function asObject(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function safeBlocks(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}
function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return safeJson(raw);
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = v.startsWith('{') || v.startsWith('[') ? safeJsonValue(v) : v;
  }
  return out;
}
function safeJson(raw: string): Record<string, unknown> {
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
function safeJsonValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
function safeArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function send(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(body);
}
function sendJson(res: http.ServerResponse, body: unknown) {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
