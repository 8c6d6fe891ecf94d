import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { Sandbox } from './sandbox';

/**
 * The sandbox page and its JSON API, served by the app's own HTTP server next to `/slack/events` (only when
 * the sandbox runs). The page is plain HTML, CSS and one vanilla JS file from `public/` (copied next to the
 * compiled code by `npm run build`), so there is no front-end toolchain.
 */

const PUBLIC_DIR = path.join(__dirname, 'public');
const ASSETS: Record<string, string> = {
  'sandbox.js': 'text/javascript; charset=utf-8',
  'sandbox.css': 'text/css; charset=utf-8',
};

const userId = z.string().regex(/^[UW][A-Z0-9]{2,20}$/);
const values = z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown())));
const schemas = {
  command: z.object({ user: userId, text: z.string().max(2000) }),
  home: z.object({ user: userId }),
  action: z.object({
    user: userId,
    container: z.discriminatedUnion('type', [
      z.object({ type: z.literal('message'), channel: z.string().max(40), ts: z.string().max(40) }),
      z.object({ type: z.literal('view'), viewId: z.string().max(40) }),
    ]),
    blockId: z.string().max(255),
    actionId: z.string().max(255),
    selection: z.record(z.string(), z.unknown()).optional(),
    state: values.optional(),
  }),
  suggest: z.object({
    user: userId,
    viewId: z.string().max(40),
    blockId: z.string().max(255),
    actionId: z.string().max(255),
    value: z.string().max(200),
    state: values.optional(),
  }),
  submit: z.object({ user: userId, viewId: z.string().max(40), values }),
  close: z.object({ user: userId, viewId: z.string().max(40) }),
  clock: z.object({
    target: z.enum(['reminder', 'checkin', 'next', 'monday', 'month']),
    user: userId.optional(),
  }),
  reset: z.object({}).passthrough(),
};
type Schemas = typeof schemas;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > 1_000_000) throw new Error('request too large');
    chunks.push(c as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

function sendFile(res: ServerResponse, file: string, type: string): void {
  fs.readFile(path.join(PUBLIC_DIR, file), (err, data) => {
    if (err) return json(res, 404, { error: 'not found' });
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    res.end(data);
  });
}

export function buildSandboxRoutes(sandbox: Sandbox, logger: Logger): CustomRoute[] {
  const post = <K extends keyof Schemas>(
    name: K,
    run: (body: z.infer<Schemas[K]>) => Promise<unknown>,
  ): CustomRoute => ({
    path: `/sandbox/api/${name}`,
    method: ['POST'],
    handler: (req, res) => {
      void (async () => {
        let body: unknown;
        try {
          body = await readJson(req);
        } catch {
          return json(res, 400, { error: 'expected a JSON body' });
        }
        const parsed = schemas[name].safeParse(body);
        if (!parsed.success)
          return json(res, 400, {
            error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
          });
        const user = (parsed.data as { user?: string }).user;
        if (user && !sandbox.isPerson(user)) return json(res, 400, { error: `no such person ${user}` });
        try {
          json(res, 200, (await run(parsed.data as z.infer<Schemas[K]>)) ?? { ok: true });
        } catch (err) {
          logger.warn({ err: (err as Error).message, route: name }, 'sandbox request failed');
          json(res, 500, { error: (err as Error).message });
        }
      })();
    },
  });

  const { front } = sandbox.parts;
  return [
    {
      path: '/',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(302, { location: '/sandbox' });
        res.end();
      },
    },
    {
      path: '/sandbox',
      method: ['GET'],
      handler: (_req, res) => sendFile(res, 'index.html', 'text/html; charset=utf-8'),
    },
    {
      path: '/sandbox/assets/:file',
      method: ['GET'],
      handler: (req, res) => {
        const file = (req as IncomingMessage & { params?: Record<string, string> }).params?.file ?? '';
        const type = ASSETS[file];
        if (!type) return json(res, 404, { error: 'not found' });
        sendFile(res, file, type);
      },
    },
    {
      path: '/sandbox/api/state',
      method: ['GET'],
      handler: (req, res) => {
        const user =
          new URL(req.url ?? '/', 'http://sandbox').searchParams.get('user') ?? sandbox.people[0]!.id;
        if (!sandbox.isPerson(user)) return json(res, 400, { error: `no such person ${user}` });
        sandbox.state(user).then(
          (state) => json(res, 200, state),
          (err: unknown) => json(res, 500, { error: (err as Error).message }),
        );
      },
    },
    {
      path: '/sandbox/api/files/:id',
      method: ['GET'],
      handler: (req, res) => {
        const id = (req as IncomingMessage & { params?: Record<string, string> }).params?.id ?? '';
        const file = sandbox.parts.server.files.get(id);
        if (!file) return json(res, 404, { error: 'no such file' });
        const safeName = file.name.replace(/[^\w.-]+/g, '_');
        res.writeHead(200, {
          'content-type': safeName.endsWith('.ics')
            ? 'text/calendar; charset=utf-8'
            : 'application/octet-stream',
          'content-disposition': `attachment; filename="${safeName}"`,
        });
        res.end(file.content);
      },
    },
    post('command', async ({ user, text }) => {
      const m = /^\s*(\/[a-z][\w-]*)\s*([\s\S]*)$/.exec(text);
      if (!m || m[1] !== '/mentor-me')
        return { ok: false, error: 'Only the /mentor-me command works here (the app does not read DMs).' };
      return front.command(user, m[1], m[2]!.trim());
    }),
    post('home', ({ user }) => front.openHome(user)),
    post('action', ({ user, ...req }) => front.action(user, { ...req, state: req.state as never })),
    post('suggest', ({ user, ...req }) => front.suggest(user, { ...req, state: req.state as never })),
    post('submit', ({ user, viewId, values: v }) => front.submit(user, viewId, v as never)),
    post('close', ({ user, viewId }) => front.close(user, viewId)),
    post('clock', ({ target, user }) => sandbox.skip(target, user)),
    post('reset', async () => {
      await sandbox.reset();
      return { ok: true };
    }),
  ];
}
