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

/**
 * The last line of defence for every mrkdwn text we send: Slack acts on `<…>` control sequences, and the
 * only ones Mentor Me ever writes are user mentions `<@U…>`. Any other `<` (a broadcast `<!here>`,
 * `<!channel>`, `<!everyone>`, a user group `<!subteam^…>`, a link `<https://…|…>`, a channel `<#C…>`) is
 * turned into `&lt;`, so it shows as text and pings or links nobody, even where a builder forgot to escape.
 */
export function neutralizeControlSequences(text: string): string {
  return text.replace(/<(?!@[UW][A-Z0-9]{2,20}>)/g, '&lt;');
}

/**
 * Walks a message's blocks or a view and hardens every mrkdwn text object in place of a copy: control
 * sequences neutralised (see above) and `verbatim: true`, so Slack does not auto-link URLs or parse
 * `@here`-style words in user text either. Plain text is left alone (Slack never parses it).
 */
export function hardenMrkdwn<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => hardenMrkdwn(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (obj.type === 'mrkdwn' && typeof obj.text === 'string') return { ...obj, text: neutralizeControlSequences(obj.text), verbatim: true } as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = typeof v === 'object' && v !== null ? hardenMrkdwn(v) : v;
  return out as T;
}
