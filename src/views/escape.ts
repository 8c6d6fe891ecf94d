/**
 * Escapes user text for Slack mrkdwn: `&`, `<` and `>` are the only control characters, so after this no
 * text can open a link, a user/channel mention or `<!here>`/`<!channel>`. Formatting characters stay; they
 * cannot ping anyone.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Removes control characters and angle brackets from short free text (skill names, search queries). */
export function cleanShortText(text: string): string {
  return text.replace(/[\p{Cc}<>]/gu, '').trim().replace(/\s+/g, ' ');
}
