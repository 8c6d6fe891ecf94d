import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start';
import { createLogger } from '../../src/logger';
import { createTestDatabase, uniquePrefix, type TestDatabase } from '../support/test-db';
import { TEST_REDIS_URL } from '../support/env';

/**
 * The sandbox in a real browser: Debian's Chromium driven by playwright-core against the real app, its
 * built-in Slack and the page. Screenshots land in test-artifacts/sandbox/ (git-ignored);
 * UPDATE_SANDBOX_SCREENSHOT=1 also refreshes docs/sandbox.png for the README.
 */
jest.setTimeout(240_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'sandbox');

describe('the browser sandbox (Playwright, Chromium)', () => {
  let db: TestDatabase;
  let sandbox: RunningSandbox;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const logs: string[] = [];
  const pageErrors: string[] = [];

  const shot = async (name: string) => {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  };
  /** What a person sees, from the page's own API (to decide how often to press a clock button). */
  const stateOf = async (user: string) =>
    (await (await fetch(`http://127.0.0.1:${sandbox.port}/sandbox/api/state?user=${user}`)).json()) as {
      messages: { text: string; blocks: unknown }[];
      busy: string | null;
    };
  const be = async (user: string) => {
    await page.click(`li.person[data-person="${user}"]`);
    await page.waitForSelector(`li.person.active[data-person="${user}"]`);
    // The DMs shown are this person's (the pane notes whose messages it drew).
    await page.waitForSelector(`#messages[data-user="${user}"]`);
  };
  const command = async (text: string) => {
    await page.fill('#command', text);
    await page.press('#command', 'Enter');
  };
  const modal = (callbackId: string) =>
    page.waitForSelector(`.modal[data-callback-id="${callbackId}"]`, { timeout: 15_000 });
  const block = (id: string) => `.modal .bk-input[data-block-id="${id}"]`;
  /** Presses a clock button and waits until the page shows the outcome. */
  const skip = async (target: string) => {
    const before = await page.getAttribute('#skip-result', 'data-key');
    await page.click(`button[data-skip="${target}"]`);
    await page.waitForFunction(
      `document.querySelector('#skip-result').getAttribute('data-key') !== ${JSON.stringify(before)} && !document.body.dataset.busy`,
      undefined,
      { timeout: 60_000 },
    );
  };

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium; .ci/run does it) or set CHROMIUM_PATH.`,
      );
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    db = await createTestDatabase();
    const sink = new Writable({
      write(chunk, _enc, cb) {
        logs.push(String(chunk));
        cb();
      },
    });
    sandbox = await startSandbox({
      env: { PORT: '0', REDIS_URL: TEST_REDIS_URL, LOG_LEVEL: 'warn' },
      databaseUrl: db.url,
      queuePrefix: uniquePrefix('sandbox'),
      logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', sink),
    });
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mm-chromium-'));
    // A fresh profile per run (launchPersistentContext is how Playwright takes --user-data-dir).
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 760 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (d) => void d.accept());
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(`http://127.0.0.1:${sandbox.port}/`);
  });

  afterEach(() => {
    // The page's own script must never throw while rendering what the app sent.
    expect(pageErrors).toEqual([]);
  });

  afterAll(async () => {
    // The app's log (warnings and up) next to the screenshots, for when something above failed.
    if (fs.existsSync(ARTIFACTS)) fs.writeFileSync(path.join(ARTIFACTS, 'app.log'), logs.join(''));
    await context?.close().catch(() => undefined);
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    await sandbox?.stop();
    await db?.drop();
  });

  it('when a newcomer walks the journey, then the self-evaluation, the proposal and the mentor’s Accept update both people’s DMs', async () => {
    expect(page.url()).toMatch(/\/sandbox$/);
    await expect(page.textContent('#banner')).resolves.toContain('SANDBOX');
    await page.waitForSelector('li.person[data-person="UHELEN"]');
    expect(await page.locator('li.person').count()).toBe(8);
    await be('UHELEN');
    await shot('01-start');

    // /mentor-me as a newcomer opens the self-evaluation. Saving it empty shows Slack's field error.
    await command('/mentor-me');
    await modal('mm_self_eval');
    await page.click('#modal-submit');
    await page.waitForSelector(`${block('se_skill_1')} .bk-error`);

    // The skill picker is an external select: options come live from the app's block_suggestion handler.
    await page.fill(`${block('se_skill_1')} input.ext-input`, 'linked');
    const option = page.locator(`${block('se_skill_1')} .bk-ext-option`, { hasText: 'LinkedIn' }).first();
    await option.waitFor();
    await option.click();
    await page.waitForSelector(`${block('se_skill_1')} .selected-label`);
    await page.selectOption(`${block('se_level_1')} select`, '1');
    await page.fill(
      `${block('se_goal_1')} textarea`,
      'Post on LinkedIn every week without agonising over it',
    );
    await page.check(`${block('se_offers')} input[value="strategy"]`);
    await page.selectOption(`${block('se_lead')} select`, 'UTOM');
    await shot('02-self-evaluation');
    await page.click('#modal-submit');
    await modal('mm_welcome'); // response_action: update → the saved confirmation
    await page.click('.modal .modal-close');
    await page.waitForSelector('#modal-layer', { state: 'hidden' });

    // Opening the Home tab sends app_home_opened; the app publishes Helen's App Home with her new profile.
    await page.click('.tab[data-tab="home"]');
    await page.locator('#home', { hasText: 'LinkedIn' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#home .bk-block').count()).toBeGreaterThan(2);
    await shot('02b-app-home');
    await page.click('.tab[data-tab="messages"]');

    // Suggestions arrive as an ephemeral reply; Propose opens the proposal modal, prefilled.
    await command('/mentor-me learn linkedin');
    const propose = page.locator('.message.ephemeral [data-action-id="mm_propose"]').first();
    await propose.waitFor({ timeout: 15_000 });
    expect(await page.locator('.message.ephemeral').last().textContent()).toContain('Lucas');
    await propose.click();
    await modal('mm_proposal');
    expect(await page.inputValue(`${block('pr_goals')} textarea, ${block('pr_goals')} input`)).toContain(
      'LinkedIn every week',
    );
    await page.click('#modal-submit');
    await page
      .locator('.modal[data-callback-id="mm_proposal"]')
      .waitFor({ state: 'detached', timeout: 15_000 });
    await shot('03-proposed');
    await page.click('.modal .modal-close');

    // The mentor (Lucas, in Portuguese) sees the proposal and accepts it.
    await be('ULUCAS');
    const accept = page.locator('.message [data-action-id="mm_accept"]');
    await accept.waitFor({ timeout: 15_000 });
    const proposalTs = await page
      .locator('.message', { has: page.locator('[data-action-id="mm_accept"]') })
      .getAttribute('data-ts');
    if (process.env.UPDATE_SANDBOX_SCREENSHOT) {
      // The README's picture: small enough to keep in git.
      await page.setViewportSize({ width: 1100, height: 640 });
      await page
        .locator('.message', { has: page.locator('[data-action-id="mm_accept"]') })
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ROOT, 'docs', 'sandbox.png') });
      await page.setViewportSize({ width: 1280, height: 760 });
    }
    await shot('04-mentor-proposal');
    await accept.click();
    // chat.update replaces the buttons with the answer, and the coffee prompt arrives.
    await page.waitForSelector(`.message[data-ts="${proposalTs}"] .edited`, { timeout: 15_000 });
    expect(await page.locator(`.message[data-ts="${proposalTs}"] [data-action-id="mm_accept"]`).count()).toBe(
      0,
    );
    await page.waitForSelector('.message [data-action-id="mm_pick_coffee"]', { timeout: 15_000 });
    expect(await page.textContent('#messages')).toContain('café virtual');
    await shot('05-mentor-accepted');

    // Back as Helen: the acceptance and the coffee prompt, in English.
    await be('UHELEN');
    await page.waitForSelector('.message [data-action-id="mm_pick_coffee"]', { timeout: 15_000 });
    expect(await page.textContent('#messages')).toContain('accepted your proposal');
    await shot('06-mentee-accepted');
  });

  it('when the clock skips ahead, then a reminder and a check-in arrive in both people’s DMs in their languages', async () => {
    const has = async (user: string, text: string) =>
      (await stateOf(user)).messages.some((m) => String(m.text).includes(text));
    await be('UMARTA');
    // Reminders can fall at different instants for each (quiet hours are local), so skip until both have one.
    for (let i = 0; i < 6 && !((await has('UMARTA', 'Lembrete')) && (await has('ULENA', 'Erinnerung'))); i++)
      await skip('reminder');
    await page.locator('#messages', { hasText: 'Lembrete: sessão com' }).waitFor({ timeout: 15_000 });
    await shot('07-reminder-marta');
    await be('ULENA');
    await page.locator('#messages', { hasText: 'Erinnerung: Sitzung mit' }).waitFor({ timeout: 15_000 });
    await shot('08-reminder-lena');

    for (
      let i = 0;
      i < 4 && !((await has('UMARTA', 'aconteceu')) && (await has('ULENA', 'stattgefunden')));
      i++
    )
      await skip('checkin');
    await page.locator('#messages', { hasText: 'stattgefunden' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('.message [data-action-id="mm_checkin_yes"]').count()).toBeGreaterThan(0);
    await shot('09-checkin-lena');
    await be('UMARTA');
    await page.locator('#messages', { hasText: 'aconteceu' }).waitFor({ timeout: 15_000 });
    await shot('10-checkin-marta');

    // Monday 09:00 runs the periodic tick at each zone's Monday morning; the clock only moves forward.
    const before = (await page.textContent('#now')) ?? '';
    await skip('monday');
    expect(await page.textContent('#skip-result')).toContain('Monday 09:00');
    expect(await page.textContent('#now')).not.toBe(before);
  });

  it('when a message holds Block Kit the page cannot draw, then a visible placeholder names it and the rest still renders', async () => {
    const { server } = sandbox.sandbox.parts;
    server.postMessage({
      channel: server.dmChannel('UHELEN'),
      text: 'fallback',
      user: server.botUserId,
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: '*Before* the unknown block' } },
        {
          type: 'video',
          title: { type: 'plain_text', text: 'A video' },
          video_url: 'https://example.com/v',
          thumbnail_url: 'https://example.com/t.png',
          alt_text: 'video',
        },
        {
          type: 'actions',
          elements: [
            { type: 'conversations_select', action_id: 'pick_conversation' },
            { type: 'button', action_id: 'mm_noop', text: { type: 'plain_text', text: 'Still here' } },
          ],
        },
      ],
    });
    await be('UHELEN');
    await page.waitForSelector('.bk-unsupported[data-unsupported="video"]', { timeout: 10_000 });
    const placeholder = page.locator('.bk-unsupported[data-unsupported="conversations_select"]');
    await expect(placeholder.isVisible()).resolves.toBe(true);
    expect(await placeholder.textContent()).toContain('Unsupported element "conversations_select"');
    expect(await page.locator('.message', { hasText: 'Still here' }).count()).toBe(1);
    expect(await page.locator('.message b', { hasText: 'Before' }).count()).toBeGreaterThan(0);
    await page.locator('.bk-unsupported[data-unsupported="video"]').scrollIntoViewIfNeeded();
    await shot('11-unsupported-placeholder');
  });

  it('when Reset is pressed, then the sample organisation is back as it started', async () => {
    await be('UHELEN');
    // The page asks for confirmation (accepted by the dialog handler), then waits for the reset to finish.
    const done = page.waitForResponse((r) => r.url().endsWith('/sandbox/api/reset'), { timeout: 60_000 });
    await page.click('#reset');
    expect((await done).status()).toBe(200);
    await page.waitForSelector('#messages .empty', { timeout: 15_000 });
    const lucas = await stateOf('ULUCAS');
    expect(JSON.stringify(lucas.messages)).not.toContain('mm_accept');
    const priya = await stateOf('UPRIYA');
    expect(JSON.stringify(priya.messages)).toContain('mm_accept');
    expect(await page.textContent('#offset')).not.toContain('ahead');
    await shot('12-after-reset');
  });
});
