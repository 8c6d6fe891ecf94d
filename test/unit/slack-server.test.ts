import { WebClient } from '@slack/web-api';
import { SlackServer } from '../../src/sandbox/slack-server';

/** The Slack-compatible server on its own (loopback HTTP, no app): what a person would see after each call. */
describe('the Slack-compatible server', () => {
  let server: SlackServer;
  let client: WebClient;

  beforeAll(async () => {
    server = await new SlackServer({ teamId: 'T0SB', token: 'xoxb-right' }).start();
    server.addUser({ id: 'UANA', name: 'Ana', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
    client = new WebClient('xoxb-right', { slackApiUrl: server.apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(() => server.stop());

  const modal = (title: string, extra: Record<string, unknown> = {}) => ({
    type: 'modal' as const,
    title: { type: 'plain_text' as const, text: title },
    blocks: [
      { type: 'input', label: { type: 'plain_text', text: 'Name' }, element: { type: 'plain_text_input' } },
    ],
    ...extra,
  });

  it('when views are opened, pushed, updated and answered, then the person’s stack follows Slack’s rules', async () => {
    const opened = await client.views.open({
      trigger_id: server.triggerFor('UANA'),
      view: modal('First') as never,
    });
    const firstId = opened.view!.id!;
    const pushed = await client.views.push({
      trigger_id: server.triggerFor('UANA'),
      view: modal('Second') as never,
    });
    expect(server.modalStack('UANA').map((v) => (v.title as { text: string }).text)).toEqual([
      'First',
      'Second',
    ]);
    expect(pushed.view!.previous_view_id).toBe(firstId);
    // Slack fills in the ids the app left out.
    const block = (
      server.modalStack('UANA')[1]!.blocks as { block_id?: string; element: { action_id?: string } }[]
    )[0]!;
    expect(block.block_id).toBeTruthy();
    expect(block.element.action_id).toBeTruthy();

    const before = server.modalStack('UANA')[1]!.hash;
    await client.views.update({ view_id: pushed.view!.id!, view: modal('Second, updated') as never });
    const second = server.modalStack('UANA')[1]!;
    expect([(second.title as { text: string }).text, second.id, second.hash === before]).toEqual([
      'Second, updated',
      pushed.view!.id,
      false,
    ]);

    expect(
      server.applySubmissionResponse('UANA', second.id, {
        response_action: 'errors',
        errors: { b: 'Required' },
      }),
    ).toEqual({ errors: { b: 'Required' } });
    expect(server.modalStack('UANA')).toHaveLength(2);
    server.applySubmissionResponse('UANA', second.id, {}); // a plain ack closes the submitted view
    expect(server.modalStack('UANA').map((v) => v.id)).toEqual([firstId]);
    server.applySubmissionResponse('UANA', firstId, {
      response_action: 'push',
      view: modal('Pushed by ack'),
    });
    expect(server.modalStack('UANA')).toHaveLength(2);
    server.applySubmissionResponse('UANA', firstId, { response_action: 'clear' });
    expect(server.modalStack('UANA')).toEqual([]);
  });

  it('when the app answers a response_url, then the reply is ephemeral unless it replaces or deletes the original', async () => {
    const channel = server.dmChannel('UANA');
    const posted = await client.chat.postMessage({
      channel,
      text: 'Proposal',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Proposal' } }],
    });
    const url = server.responseUrl(undefined, { userId: 'UANA', channel, messageTs: posted.ts });
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Only for you' }),
    });
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ replace_original: true, text: 'Answered' }),
    });
    const seen = server.messagesFor(channel, 'UANA');
    expect(seen.map((m) => [m.text, Boolean(m.ephemeralFor), Boolean(m.edited)])).toEqual([
      ['Answered', false, true],
      ['Only for you', true, false],
    ]);
    expect(server.messagesFor(channel, 'USOMEONE_ELSE')).toHaveLength(1);
    const history = await client.conversations.history({ channel });
    expect(history.messages!.map((m) => m.text)).toEqual(['Answered']);
  });

  it('when a file is uploaded to a DM, then it shows as a message with the file and its content is kept', async () => {
    await client.filesUploadV2({
      channel_id: server.dmChannel('UANA'),
      filename: 'session.ics',
      title: 'Session',
      file: Buffer.from('BEGIN:VCALENDAR'),
    });
    const last = server.messagesFor(server.dmChannel('UANA'), 'UANA').at(-1)!;
    expect(last.files).toEqual([expect.objectContaining({ name: 'session.ics', title: 'Session' })]);
    expect(server.files.get(last.files![0]!.id)!.content.toString()).toBe('BEGIN:VCALENDAR');
  });

  it('when a call carries the wrong token, then it is refused like Slack does', async () => {
    const wrong = new WebClient('xoxb-wrong', { slackApiUrl: server.apiUrl, retryConfig: { retries: 0 } });
    await expect(wrong.auth.test()).rejects.toThrow(/invalid_auth/);
    await expect(client.auth.test()).resolves.toMatchObject({ team_id: 'T0SB' });
  });
});
