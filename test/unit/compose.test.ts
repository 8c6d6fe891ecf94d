import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { loadConfig, sandboxSelected } from '../../src/config';

/**
 * Docker is not available where the unit tests run, so docker-compose.yml, the Dockerfile and .env.example are
 * checked as data: the wiring `docker compose up` depends on (healthy dependencies, persistence, service
 * hostnames, the healthcheck command itself) must hold, not merely parse.
 */
const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

type Service = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed YAML

function loadCompose(): { services: Record<string, Service>; volumes: Record<string, unknown> } {
  const doc = parseDocument(read('docker-compose.yml'), { uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) throw new Error(`docker-compose.yml is not clean YAML:\n${problems.join('\n')}`);
  return doc.toJS() as { services: Record<string, Service>; volumes: Record<string, unknown> };
}

const compose = loadCompose();
const { services } = compose;
const svc = (name: string): Service => {
  const s = services[name];
  if (!s) throw new Error(`docker-compose.yml has no service ${name}`);
  return s;
};

/** `environment` as a map, whichever of the two compose syntaxes is used. */
function envOf(s: Service): Record<string, string> {
  const env = s.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((e: string) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
}

const healthcheckText = (s: Service): string => {
  const t = s.healthcheck?.test;
  return Array.isArray(t) ? t.join(' ') : String(t ?? '');
};

/** A volume mount `source:target`, returning the source when it is a named volume (not a host path). */
function namedVolumeAt(s: Service, target: string): string | undefined {
  for (const v of s.volumes ?? []) {
    const [source, dest] = typeof v === 'string' ? v.split(':') : [v.source, v.target];
    if (dest === target && source && !source.startsWith('.') && !source.startsWith('/')) return source;
  }
  return undefined;
}

describe('docker-compose.yml', () => {
  test('when parsed, then postgres, redis and app run by default and worker only under the "scale" profile', () => {
    expect(Object.keys(services).sort()).toEqual(['app', 'postgres', 'redis', 'worker']);
    const byDefault = Object.entries(services)
      .filter(([, s]) => !s.profiles)
      .map(([n]) => n)
      .sort();
    expect(byDefault).toEqual(['app', 'postgres', 'redis']);
    expect(svc('worker').profiles).toEqual(['scale']);
  });

  test('when postgres starts, then it is version 16 with the mentor_me database on a named volume', () => {
    const pg = svc('postgres');
    expect(pg.image).toBe('postgres:16');
    expect(envOf(pg).POSTGRES_DB).toBe('mentor_me');
    const volume = namedVolumeAt(pg, '/var/lib/postgresql/data');
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  test('when redis starts, then append-only persistence is on, on a named volume, with noeviction for BullMQ', () => {
    const redis = svc('redis');
    expect(redis.image).toBe('redis:7');
    const cmd: string[] = Array.isArray(redis.command) ? redis.command : String(redis.command).split(/\s+/);
    expect(cmd[cmd.indexOf('--appendonly') + 1]).toBe('yes');
    expect(cmd[cmd.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
    const volume = namedVolumeAt(redis, '/data');
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  test('when the stores start, then their healthchecks use pg_isready and redis-cli ping', () => {
    expect(healthcheckText(svc('postgres'))).toMatch(/pg_isready\b.*-d mentor_me/);
    expect(svc('redis').healthcheck.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  test('when the app connects, then DATABASE_URL and REDIS_URL point at the compose services', () => {
    const pg = envOf(svc('postgres'));
    for (const name of ['app', 'worker']) {
      const env = envOf(svc(name));
      const db = new URL(env.DATABASE_URL ?? '');
      expect(db.protocol).toBe('postgres:');
      expect(db.hostname).toBe('postgres');
      expect(db.port || '5432').toBe('5432');
      expect(db.pathname).toBe(`/${pg.POSTGRES_DB}`);
      expect(db.username).toBe(pg.POSTGRES_USER ?? 'postgres');
      // Either passwordless (trust) or the URL carries exactly the server's password.
      if (pg.POSTGRES_HOST_AUTH_METHOD !== 'trust') expect(db.password).toBe(pg.POSTGRES_PASSWORD);
      const redis = new URL(env.REDIS_URL ?? '');
      expect(redis.protocol).toBe('redis:');
      expect(redis.hostname).toBe('redis');
      expect(redis.port || '6379').toBe('6379');
      expect(Object.keys(services)).toEqual(expect.arrayContaining([db.hostname, redis.hostname]));
    }
  });

  test('when the app and worker start, then they wait for healthy dependencies that do have healthchecks', () => {
    for (const name of ['app', 'worker']) {
      const deps = svc(name).depends_on as Record<string, { condition: string }>;
      expect(Object.keys(deps).sort()).toEqual(['postgres', 'redis']);
      for (const [dep, spec] of Object.entries(deps)) {
        expect(spec.condition).toBe('service_healthy');
        // service_healthy on a service without a healthcheck would make `compose up` fail.
        expect(svc(dep).healthcheck?.test).toBeDefined();
      }
    }
  });

  test('when the app runs, then it is built from the Dockerfile, reads an optional .env and publishes PORT 3000', () => {
    const app = svc('app');
    const context = typeof app.build === 'string' ? app.build : app.build.context;
    expect(fs.existsSync(path.join(root, context, app.build?.dockerfile ?? 'Dockerfile'))).toBe(true);
    expect(app.env_file).toEqual([{ path: '.env', required: false }]);
    const env = envOf(app);
    expect(env.PORT).toBe('3000');
    expect(app.ports).toContain(`${env.PORT}:${env.PORT}`);
  });

  test('when `docker compose up` runs without a .env, then the production image starts the sandbox; with Slack credentials, the real app', () => {
    const app = svc('app');
    expect(envOf(app).SANDBOX).toBe('${SANDBOX:-auto}');
    // What the container sees: the image's NODE_ENV, compose's environment with the default applied, no .env.
    const imageEnv = /^ENV NODE_ENV=(\S+)/m.exec(read('Dockerfile'))?.[1];
    expect(imageEnv).toBe('production');
    const container = { NODE_ENV: imageEnv, ...envOf(app), SANDBOX: 'auto', APP_ROLE: 'all' };
    expect(sandboxSelected(container)).toBe(true);
    expect(sandboxSelected({ ...container, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toBe(false);
    // An extra worker is only for real deployments: it keeps production's "credentials or an error".
    expect(envOf(svc('worker')).SANDBOX).toBeUndefined();
    expect(sandboxSelected({ NODE_ENV: imageEnv, ...envOf(svc('worker')) })).toBe(false);
  });

  test('when the worker runs, then it is the same image with APP_ROLE=worker and no published port', () => {
    const worker = svc('worker');
    expect(envOf(worker).APP_ROLE).toBe('worker');
    expect(worker.image).toBe(svc('app').image);
    expect(worker.build).toEqual(svc('app').build);
    expect(worker.env_file).toEqual([{ path: '.env', required: false }]);
    expect(worker.ports).toBeUndefined();
  });

  describe('the app healthcheck command', () => {
    const app = svc('app');
    const test_ = app.healthcheck.test as string[];

    test('when read, then it probes GET /healthz on the app PORT with node (no curl in the slim image)', () => {
      expect(test_.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
      expect(test_[3]).toContain(`http://127.0.0.1:${envOf(app).PORT}/healthz`);
      expect(svc('worker').healthcheck.test).toEqual(test_);
    });

    /**
     * Runs the exact healthcheck script (only the port swapped for an ephemeral one) against a local server
     * answering `status`, or against a closed port, and returns the probe's exit code.
     */
    async function probe(
      status: number | 'nothing listening',
      source = test_[3] ?? '',
      usePortEnv = false,
    ): Promise<number | null> {
      const server = http.createServer((req, res) => {
        res.writeHead(req.url === '/healthz' && typeof status === 'number' ? status : 404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      if (status === 'nothing listening') await new Promise((resolve) => server.close(resolve));
      const script = usePortEnv ? source : source.replace('127.0.0.1:3000/', `127.0.0.1:${port}/`);
      if (!usePortEnv) expect(script).toContain(`:${port}/healthz`);
      const env = { ...process.env, PORT: usePortEnv ? String(port) : '3000' };
      try {
        // Asynchronous spawn: the server under probe lives on this event loop.
        return await new Promise<number | null>((resolve, reject) => {
          const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore', timeout: 10_000, env });
          child.on('error', reject);
          child.on('exit', (code) => resolve(code));
        });
      } finally {
        if (server.listening) await new Promise((resolve) => server.close(resolve));
      }
    }

    test('when /healthz answers 200, then the command exits 0', async () => {
      expect(await probe(200)).toBe(0);
    });

    test('when /healthz answers 503, then the command exits 1', async () => {
      expect(await probe(503)).toBe(1);
    });

    test('when nothing listens, then the command exits 1', async () => {
      expect(await probe('nothing listening')).toBe(1);
    });

    test('when the image HEALTHCHECK runs, then it probes /healthz on $PORT with the same exit codes', async () => {
      const match = /^HEALTHCHECK [^\n]*\\\n\s*CMD (\[.*\])$/m.exec(read('Dockerfile'));
      expect(match).not.toBeNull();
      const cmd = JSON.parse(match?.[1] ?? '[]') as string[];
      expect(cmd.slice(0, 2)).toEqual(['node', '-e']);
      expect(await probe(200, cmd[2], true)).toBe(0);
      expect(await probe(503, cmd[2], true)).toBe(1);
    });
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const lines = dockerfile.split('\n').map((l) => l.trim());
  const froms = lines.filter((l) => /^FROM\s/i.test(l));
  const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  test('when built, then every stage is node:20-bookworm-slim and there is a separate runtime stage', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const f of froms) expect(f).toMatch(/^FROM node:20-bookworm-slim\b/);
  });

  test('when built, then it installs with npm ci, compiles with npm run build and prunes dev dependencies', () => {
    const ci = lines.findIndex((l) => /\bnpm ci\b/.test(l));
    const build = lines.findIndex((l) => /\bnpm run build\b/.test(l));
    const prune = lines.findIndex((l) => /\bnpm prune --omit=dev\b/.test(l));
    expect(ci).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(ci);
    expect(prune).toBeGreaterThanOrEqual(build);
  });

  test('when run, then it is the non-root node user starting the compiled main with migrations beside it', () => {
    const pkg = JSON.parse(read('package.json')) as { main: string; scripts: Record<string, string> };
    expect(finalStage).toMatch(/^USER node$/m);
    expect(finalStage).toMatch(/^EXPOSE 3000$/m);
    expect(finalStage).toMatch(/^COPY (--\S+ )*migrations \.\/migrations$/m);
    expect(finalStage).toMatch(/^COPY --from=build \/app\/node_modules /m);
    expect(finalStage).toMatch(/^COPY --from=build \/app\/dist /m);
    const cmd = lines.filter((l) => l.startsWith('CMD ')).pop() ?? '';
    expect(JSON.parse(cmd.slice(4))).toEqual(['node', 'dist/src/main.js']);
    // The image must start what `npm start` starts.
    expect(pkg.main).toBe('dist/src/main.js');
    expect(pkg.scripts.start).toBe('node dist/src/main.js');
  });

  test('when the build context is sent, then .dockerignore keeps secrets out but everything COPY needs in', () => {
    const patterns = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const toRegex = (p: string) =>
      new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    const ignored = (file: string) =>
      patterns.reduce(
        (acc, p) =>
          p.startsWith('!') ? (toRegex(p.slice(1)).test(file) ? false : acc) : toRegex(p).test(file) || acc,
        false,
      );
    for (const f of ['.env', '.env.local', 'node_modules', '.git', 'dist'])
      expect([f, ignored(f)]).toEqual([f, true]);
    const copied = lines
      .filter((l) => /^COPY\s/.test(l) && !l.includes('--from='))
      .flatMap((l) =>
        l
          .replace(/^COPY\s+/, '')
          .split(/\s+/)
          .filter((t) => !t.startsWith('--'))
          .slice(0, -1),
      );
    expect(copied).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'src', 'migrations']),
    );
    for (const f of copied) {
      expect([f, ignored(f)]).toEqual([f, false]);
      expect(fs.existsSync(path.join(root, f))).toBe(true);
    }
  });
});

describe('.env.example', () => {
  const text = read('.env.example');
  const lines = text.split('\n');
  const entries = lines
    .map((l, i) => ({ i, m: /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(l) }))
    .filter((e): e is { i: number; m: RegExpExecArray } => e.m !== null);
  const env = Object.fromEntries(entries.map(({ m }) => [m[1] as string, m[2] as string]));

  test('when read, then it lists exactly the variables of the environment contract', () => {
    expect(Object.keys(env).sort()).toEqual(
      [
        'SLACK_BOT_TOKEN',
        'SLACK_SIGNING_SECRET',
        'SLACK_APP_TOKEN',
        'SLACK_API_URL',
        'SLACK_CLIENT_ID',
        'SLACK_CLIENT_SECRET',
        'SLACK_STATE_SECRET',
        'DATABASE_URL',
        'REDIS_URL',
        'PORT',
        'APP_ROLE',
        'LOG_LEVEL',
        'ENCRYPTION_KEY',
        'SANDBOX',
      ].sort(),
    );
  });

  test('when read, then every variable has a comment right above it', () => {
    for (const { i, m } of entries) expect([m[1], lines[i - 1]?.startsWith('#')]).toEqual([m[1], true]);
    expect(text).toContain('openssl rand -hex 32');
  });

  test('when read, then the defaults are the documented ones', () => {
    expect(env).toEqual(
      expect.objectContaining({
        SLACK_API_URL: 'https://slack.com/api/',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/mentor_me',
        REDIS_URL: 'redis://127.0.0.1:6379',
        PORT: '3000',
        APP_ROLE: 'all',
        LOG_LEVEL: 'info',
      }),
    );
  });

  test('when copied to .env with Slack credentials filled in, then the config loads', () => {
    const result = loadConfig({ ...env, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' });
    expect(result).toEqual(expect.objectContaining({ ok: true }));
  });
});
