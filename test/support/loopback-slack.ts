import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkView, checkMessage } from './block-kit-limits';

/** One recorded Web API call. `args` holds form fields with JSON fields (view, blocks…) decoded. */
export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  at: number;
  /** Block Kit problems found in the payload (views and messages are checked on every call). */
  violations: string[];
}

export interface LoopbackUser {
  id: string;
  teamId?: string;
  name?: string;
  realName?: string;
  tz?: string;
  locale?: string;
  isBot?: boolean;
  isAdmin?: boolean;
  deleted?: boolean;
}

type Responder = (call: SlackCall) => { status?: number; headers?: Record<string, string>; body?: unknown } | undefined;

/**
 * A loopback HTTP server that plays the Slack Web API: the methods the app uses, DM channels, views,
 * `response_url` and external file uploads. It records every call and can be told to answer 429.
 */
export class LoopbackSlack {
  readonly calls: SlackCall[] = [];
  readonly responses: { path: string; body: Record<string, unknown>; at: number }[] = [];
  readonly uploads: { id: string; body: string }[] = [];
  readonly users = new Map<string, LoopbackUser>();
  /** Messages the bot posted, per channel (for conversations.history). */
  readonly history = new Map<string, { ts: string; text: unknown; metadata?: unknown }[]>();
  teamId = 'T0TEST';
  botUserId = 'U0BOT';
  private server?: http.Server;
  private tsCounter = 0;
  private viewCounter = 0;
  private fileCounter = 0;
  private responders: Responder[] = [];
  private rateLimitEvery = 0;
  private callCount = 0;
  rateLimited = 0;
  baseUrl = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Base URL to hand the app as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** A `response_url` for a slash command or interaction. */
  responseUrl(id = String(++this.fileCounter)): string {
    return `${this.baseUrl}/response/${id}`;
  }

  addUser(user: LoopbackUser): this {
    this.users.set(user.id, user);
    return this;
  }

  /** Answer 429 with Retry-After on every n-th Web API call (0 turns it off). */
  rateLimitEveryNth(n: number, retryAfterSec = 1): void {
    this.rateLimitEvery = n;
    this.retryAfter = retryAfterSec;
  }
  private retryAfter = 1;

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

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.uploads.length = 0;
    this.responders = [];
    this.rateLimitEvery = 0;
    this.callCount = 0;
    this.rateLimited = 0;
  }

  /** Resolves once `predicate` holds (polling), or rejects with what was seen. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const start = Date.now();
    for (;;) {
      const v = predicate();
      if (v) return v;
      if (Date.now() - start > timeoutMs) {
        throw new Error(`timed out waiting for ${what}; calls seen: ${this.calls.map((c) => c.method).join(', ') || 'none'}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.baseUrl);

    if (url.pathname.startsWith('/response/')) {
      this.responses.push({ path: url.pathname, body: safeJson(raw), at: Date.now() });
      return send(res, 200, 'ok');
    }
    if (url.pathname.startsWith('/upload/')) {
      this.uploads.push({ id: url.pathname.slice('/upload/'.length), body: raw });
      return send(res, 200, 'OK - uploaded');
    }
    if (!url.pathname.startsWith('/api/')) return send(res, 404, 'not found');

    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const auth = req.headers.authorization;
    const call: SlackCall = {
      method,
      args,
      token: auth?.replace(/^Bearer /, ''),
      at: Date.now(),
      violations: this.check(method, args),
    };

    this.callCount++;
    if (this.rateLimitEvery > 0 && this.callCount % this.rateLimitEvery === 0) {
      this.rateLimited++;
      res.writeHead(429, { 'retry-after': String(this.retryAfter), 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
    }
    this.calls.push(call);

    for (const r of this.responders) {
      const answer = r(call);
      if (answer) {
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
        return void res.end(JSON.stringify(answer.body ?? { ok: true }));
      }
    }
    return sendJson(res, this.answer(method, args));
  }

  private check(method: string, args: Record<string, unknown>): string[] {
    if (method.startsWith('views.') && args.view && typeof args.view === 'object') return checkView(args.view as never);
    if (method === 'chat.postMessage' || method === 'chat.postEphemeral' || method === 'chat.update') {
      return checkMessage(args as never);
    }
    return [];
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    // Real seconds (conversations.history filters on them) plus a counter so every ts is unique.
    const ts = () => `${Math.floor(Date.now() / 1000)}.${String(++this.tsCounter % 1_000_000).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://loopback.slack/', team: 'Loopback', user: 'mentor-me', team_id: this.teamId, user_id: this.botUserId, bot_id: 'B0BOT' };
      case 'users.info': {
        const id = String(args.user ?? '');
        const u = this.users.get(id);
        if (!u) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: u.id,
            team_id: u.teamId ?? this.teamId,
            name: u.name ?? u.id.toLowerCase(),
            real_name: u.realName ?? u.name ?? u.id,
            deleted: u.deleted ?? false,
            is_bot: u.isBot ?? false,
            is_admin: u.isAdmin ?? false,
            tz: u.tz ?? 'UTC',
            tz_offset: 0,
            ...(args.include_locale ? { locale: u.locale ?? 'en-US' } : {}),
            profile: { display_name: u.name ?? '', real_name: u.realName ?? u.name ?? '' },
          },
        };
      }
      case 'conversations.open': {
        const user = String(args.users ?? '').split(',')[0] ?? '';
        if (!this.users.has(user)) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${user}` } };
      }
      case 'chat.postMessage': {
        const channel = String(args.channel ?? '');
        const posted = { ts: ts(), text: args.text, ...(args.metadata ? { metadata: args.metadata } : {}) };
        this.history.set(channel, [...(this.history.get(channel) ?? []), posted]);
        return { ok: true, channel, ts: posted.ts, message: { text: args.text } };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, message: { text: args.text } };
      case 'conversations.history': {
        const oldest = Number(args.oldest ?? 0);
        const messages = (this.history.get(String(args.channel ?? '')) ?? []).filter((m) => Number(m.ts) >= oldest).reverse();
        return { ok: true, messages, has_more: false };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish': {
        if ((method === 'views.open' || method === 'views.push') && !args.trigger_id) return { ok: false, error: 'invalid_arguments' };
        const id = method === 'views.update' && args.view_id ? String(args.view_id) : `V${++this.viewCounter}`;
        return { ok: true, view: { ...(args.view as object), id, hash: `h${this.viewCounter}` } };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${++this.fileCounter}`;
        return { ok: true, upload_url: `${this.baseUrl}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: safeArray(args.files).map((f) => ({ ...(f as object), name: (f as { title?: string }).title })) };
      default:
        return { ok: true };
    }
  }
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
