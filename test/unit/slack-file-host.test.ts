import { isSlackFileHost } from '../../src/slack/web-slack-port';

describe('where the bot token may be sent to download an uploaded file', () => {
  it.each([
    ['https://files.slack.com/files-pri/T1-F1/leads.csv', 'https://slack.com/api/', true],
    ['http://127.0.0.1:4000/files-pri/x.csv', 'http://127.0.0.1:5000/api/', true],
    ['http://files.slack.com/files-pri/x.csv', 'https://slack.com/api/', false],
    ['https://files.slack.com.evil.example/x.csv', 'https://slack.com/api/', false],
    ['https://evil.example/x.csv', 'https://slack.com/api/', false],
    ['not a url', 'https://slack.com/api/', false],
  ])('when the file URL is %s (API %s), then sending the token is %s', (url, api, ok) => {
    expect(isSlackFileHost(url, api)).toBe(ok);
  });
});
