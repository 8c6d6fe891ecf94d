import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';

/**
 * manifest.yml is pasted into Slack to create the app, so it is checked against Slack's own published manifest
 * JSON Schema (slackapi/manifest-schema, MIT; copied into test/fixtures because CI runs from a fresh clone).
 * The schema declares draft-07 (`$schema` at its end, `definitions` + `$ref`), which is Ajv's default draft.
 */
const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures');
const schemaPath = path.join(fixtures, 'slack-manifest.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed YAML

function compile(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // Slack's schema uses a non-standard `regex` keyword (e.g. background_color); enforce it rather than ignore it.
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    validate: (pattern: string, data: string) => new RegExp(pattern).test(data),
  });
  // No ajv-formats dependency for one format: an absolute URI has a scheme.
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  return ajv.compile(schema);
}

const readManifestDocument = () =>
  parseDocument(fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8'), { uniqueKeys: true });

function loadManifest(): Manifest {
  const doc = readManifestDocument();
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) throw new Error(`manifest.yml is not clean YAML:\n${problems.join('\n')}`);
  return doc.toJS() as Manifest;
}

const validate = compile();
const errorsOf = (data: unknown): ErrorObject[] => (validate(data) ? [] : [...(validate.errors ?? [])]);
const clone = (m: Manifest): Manifest => structuredClone(m);

describe('manifest.yml against Slack’s manifest JSON Schema', () => {
  test('when manifest.yml is parsed, then it is clean YAML (no errors, warnings or duplicate keys)', () => {
    const doc = readManifestDocument();
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  test('when the manifest is validated, then the schema reports no errors', () => {
    expect(errorsOf(loadManifest())).toEqual([]);
  });

  test('when the fixture schema is read, then it is the draft-07 schema Ajv compiles by default', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('App Manifest');
  });

  test('when the fixture schema is copied, then its MIT licence travels with it', () => {
    const licence = fs.readFileSync(path.join(fixtures, 'LICENSE-slack-manifest-schema'), 'utf8');
    expect(licence).toMatch(/^MIT License/);
    expect(licence).toContain('Copyright (c) Slack Technologies, LLC');
  });

  const upstream = path.resolve(root, '../shared/slack-schemas/manifest.schema.1.0.0.json');
  test('when the shared upstream schema sits beside the clone, then the fixture copy is identical to it', () => {
    const fixture = fs.readFileSync(schemaPath, 'utf8');
    // CI clones put shared/ beside the repo; anywhere else the copy must at least be a JSON Schema.
    if (fs.existsSync(upstream)) expect(fixture).toBe(fs.readFileSync(upstream, 'utf8'));
    else expect(JSON.parse(fixture)).toHaveProperty('$schema');
  });
});

describe('the validator is not vacuous', () => {
  const mutations: [string, (m: Manifest) => void, Partial<ErrorObject>][] = [
    [
      'the slash command has no command',
      (m) => delete m.features.slash_commands[0].command,
      { keyword: 'required', params: { missingProperty: 'command' } },
    ],
    [
      'an unknown top-level key is added',
      (m) => (m.bogus = true),
      { keyword: 'additionalProperties', params: { additionalProperty: 'bogus' } },
    ],
    [
      'the slash command does not start with a slash',
      (m) => (m.features.slash_commands[0].command = 'mentor-me'),
      { keyword: 'pattern', instancePath: '/features/slash_commands/0/command' },
    ],
    [
      'the long description is shorter than 175 characters',
      (m) => (m.display_information.long_description = 'Too short.'),
      { keyword: 'minLength', instancePath: '/display_information/long_description' },
    ],
    [
      'the background colour is not a hex colour',
      (m) => (m.display_information.background_color = '#zzzzzz'),
      { keyword: 'regex', instancePath: '/display_information/background_color' },
    ],
    [
      'interactivity has no is_enabled',
      (m) => delete m.settings.interactivity.is_enabled,
      { keyword: 'required', params: { missingProperty: 'is_enabled' } },
    ],
    [
      'a bot event is listed twice',
      (m) => m.settings.event_subscriptions.bot_events.push('app_home_opened'),
      { keyword: 'uniqueItems', instancePath: '/settings/event_subscriptions/bot_events' },
    ],
    [
      'socket_mode_enabled is a string',
      (m) => (m.settings.socket_mode_enabled = 'false'),
      { keyword: 'type', instancePath: '/settings/socket_mode_enabled' },
    ],
  ];

  test.each(mutations)('when %s, then validation fails with that error', (_name, mutate, expected) => {
    const m = clone(loadManifest());
    mutate(m);
    expect(errorsOf(m)).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
  });
});

describe('manifest.yml contents Mentor Me relies on', () => {
  const m = loadManifest();

  test('when read, then it is a v1 manifest for "Mentor Me" with a bot user named mentor-me', () => {
    expect(m._metadata.major_version).toBe(1);
    expect(m.display_information.name).toBe('Mentor Me');
    expect(m.display_information.long_description.length).toBeGreaterThanOrEqual(175);
    expect(m.features.bot_user).toEqual({ display_name: 'mentor-me', always_online: true });
  });

  test('when read, then it declares exactly the /mentor-me slash command, unescaped, on /slack/events', () => {
    expect(m.features.slash_commands).toHaveLength(1);
    expect(m.features.slash_commands[0]).toEqual(
      expect.objectContaining({
        command: '/mentor-me',
        url: 'https://example.com/slack/events',
        should_escape: false,
        usage_hint: expect.stringMatching(/^\[help \| learn <skill> \| teach \| glossary <term>/),
      }),
    );
  });

  test('when read, then the Home tab is on and the Messages tab accepts DMs', () => {
    expect(m.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  test('when read, then interactivity (and select menu options) post to /slack/events', () => {
    expect(m.settings.interactivity).toEqual({
      is_enabled: true,
      request_url: 'https://example.com/slack/events',
      message_menu_options_url: 'https://example.com/slack/events',
    });
  });

  test('when read, then it subscribes to exactly the three bot events on /slack/events', () => {
    expect(m.settings.event_subscriptions.request_url).toBe('https://example.com/slack/events');
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual(
      ['app_home_opened', 'app_uninstalled', 'tokens_revoked'].sort(),
    );
    expect(m.settings.event_subscriptions.user_events).toBeUndefined();
  });

  test('when read, then the bot scopes are exactly the minimal list and there are no user scopes', () => {
    expect([...m.oauth_config.scopes.bot].sort()).toEqual(
      ['commands', 'chat:write', 'im:write', 'im:history', 'users:read', 'users.profile:read', 'files:write', 'files:read'].sort(),
    );
    expect(m.oauth_config.scopes.bot).not.toContain('users:read.email');
    expect(m.oauth_config.scopes.user).toBeUndefined();
  });

  test('when read, then OAuth redirects to /slack/oauth_redirect and HTTP mode is the default', () => {
    expect(m.oauth_config.redirect_urls).toEqual(['https://example.com/slack/oauth_redirect']);
    expect(m.settings).toEqual(
      expect.objectContaining({
        org_deploy_enabled: false,
        socket_mode_enabled: false,
        token_rotation_enabled: false,
      }),
    );
  });
});
