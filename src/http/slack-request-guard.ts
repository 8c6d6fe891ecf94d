import crypto from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { z } from 'zod';
import type { Logger } from '../logger';

/** Slack's replay window: a request more than five minutes old *or in the future* is refused. */
export const MAX_CLOCK_SKEW_SEC = 5 * 60;
/** Slack's payloads are a few kB; a view submission with every field filled stays far below this. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type GuardVerdict = { ok: true } | { ok: false; status: 400 | 401 | 413; reason: string };

const FORM = 'application/x-www-form-urlencoded';

/**
 * Checks Slack's request signature (`v0=HMAC-SHA256(secret, "v0:{ts}:{body}")`) and the timestamp. Bolt only
 * refuses timestamps older than five minutes; a captured request re-signed for the future would otherwise stay
 * valid until that future arrives, so both directions are bounded here. Pure: `nowMs` is passed in.
 */
export function verifySlackSignature(args: {
  signingSecret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: string;
  nowMs: number;
}): GuardVerdict {
  const { signingSecret, timestamp, signature, body, nowMs } = args;
  if (!signingSecret) return { ok: false, status: 401, reason: 'no signing secret configured' };
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, status: 401, reason: 'missing or malformed timestamp' };
  const skew = Number(timestamp) - Math.floor(nowMs / 1000);
  if (skew < -MAX_CLOCK_SKEW_SEC) return { ok: false, status: 401, reason: 'stale timestamp' };
  if (skew > MAX_CLOCK_SKEW_SEC) return { ok: false, status: 401, reason: 'timestamp in the future' };
  if (!signature || !/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, status: 401, reason: 'missing or malformed signature' };
  const expected = crypto.createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, status: 401, reason: 'signature mismatch' };
  return { ok: true };
}

const id = z.string().min(1).max(64);
const slashCommand = z.looseObject({ command: z.string().min(1).max(64), team_id: id, user_id: id, trigger_id: z.string().max(256).optional() });
const interaction = z.looseObject({ type: z.string().min(1).max(64), user: z.looseObject({ id }) });
const eventEnvelope = z.union([
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string().max(256) }),
  z.looseObject({ type: z.literal('event_callback'), team_id: id, event: z.looseObject({ type: z.string().min(1).max(64) }) }),
  z.looseObject({ type: z.literal('app_rate_limited') }),
]);

/**
 * Reads a signed body the way Bolt will (form-encoded commands and `payload=<json>` interactions, JSON events)
 * and checks it has the fields every listener relies on. Anything else is a 400 before a listener sees it, so
 * a malformed body can never reach a handler half-parsed. Never throws.
 */
export function checkSlackBody(contentType: string | undefined, body: string): GuardVerdict {
  const bad = (reason: string): GuardVerdict => ({ ok: false, status: 400, reason });
  try {
    if (contentType === FORM) {
      const form = parseQuery(body);
      if (form.payload !== undefined) {
        if (typeof form.payload !== 'string') return bad('several payload fields');
        const payload: unknown = JSON.parse(form.payload);
        return interaction.safeParse(payload).success ? { ok: true } : bad('interaction payload without type or user');
      }
      return slashCommand.safeParse(form).success ? { ok: true } : bad('slash command without command, team or user');
    }
    const json: unknown = JSON.parse(body);
    return eventEnvelope.safeParse(json).success ? { ok: true } : bad('unknown or incomplete event envelope');
  } catch {
    return bad('body is not valid JSON');
  }
}

/** Slack's connectivity check carries no signature; Bolt answers it and strips any smuggled payload. */
function isSslCheck(contentType: string | undefined, body: string): boolean {
  return contentType === FORM && parseQuery(body).ssl_check === '1';
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large' | 'aborted'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve('too_large');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
      done = true;
    });
    // A client that hangs up mid-body must not leave a promise (and its buffers) waiting forever.
    req.on('close', () => {
      if (!done && !req.complete) resolve('aborted');
      done = true;
    });
    req.on('error', reject);
  });
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

/**
 * Wraps Bolt's request listener: every `POST` to the events path is read, its signature and timestamp
 * checked (401), its body shape checked (400), and only then handed to Bolt, with the body already buffered
 * (Bolt reuses `req.rawBody`). Everything else (OAuth pages, /healthz, /metrics) passes straight through.
 */
export function guardSlackRequests(
  listener: RequestListener,
  opts: { signingSecret: string; path: string; logger: Logger; now?: () => number; maxBodyBytes?: number },
): RequestListener {
  const now = opts.now ?? Date.now;
  const refuse = (res: ServerResponse, verdict: Exclude<GuardVerdict, { ok: true }>, req: IncomingMessage) => {
    opts.logger.warn({ status: verdict.status, reason: verdict.reason, ip: req.socket.remoteAddress }, 'refused a request to the Slack endpoint');
    if (!res.headersSent) res.writeHead(verdict.status).end();
  };
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== opts.path) return listener(req, res);
    readBody(req, opts.maxBodyBytes ?? MAX_BODY_BYTES).then(
      (buf) => {
        if (buf === 'too_large') return refuse(res, { ok: false, status: 413, reason: 'body too large' }, req);
        if (buf === 'aborted') return;
        const body = buf.toString('utf8');
        const contentType = header(req, 'content-type');
        if (!isSslCheck(contentType, body)) {
          const signed = verifySlackSignature({
            signingSecret: opts.signingSecret,
            timestamp: header(req, 'x-slack-request-timestamp'),
            signature: header(req, 'x-slack-signature'),
            body,
            nowMs: now(),
          });
          if (!signed.ok) return refuse(res, signed, req);
          const shaped = checkSlackBody(contentType, body);
          if (!shaped.ok) return refuse(res, shaped, req);
        }
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = buf;
        try {
          listener(req, res);
        } catch (err) {
          opts.logger.error({ err: (err as Error).message }, 'the Slack request listener failed');
          if (!res.headersSent) res.writeHead(500).end();
        }
      },
      (err: unknown) => {
        opts.logger.warn({ err: (err as Error).message }, 'could not read a request body');
        if (!res.headersSent) res.writeHead(400).end();
      },
    );
  };
}
