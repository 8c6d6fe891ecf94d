/**
 * English, the reference catalogue and the fallback. Keys are dotted by surface; `{name}` placeholders are
 * filled by `t()`. Slack mrkdwn is allowed in values.
 */
export const en = {
  'common.app_name': 'Mentor Me',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.error_generic': "Sorry, something went wrong on our side. Please try again in a moment.",
  'common.error_unavailable': 'Mentor Me is having trouble reaching its database right now. Please try again in a minute — nothing you entered was saved.',

  'welcome.title': 'Mentor Me',
  'welcome.greeting': 'Hi {name}! :wave:',
  'welcome.intro':
    'Mentor Me pairs you with a colleague who can teach you a digital skill — AI assistants, data, Excel, social media, automation — while you share your experience in return.',
  'welcome.what_you_can_do': '*What you can do*',

  'help.intro': "Here's what `/mentor-me` can do:",
  'help.unknown': "I don't know `{input}` yet.",
  'help.cmd.menu': '`/mentor-me` — the menu (newcomers start with a short self-evaluation)',
  'help.cmd.help': '`/mentor-me help` — this list',
  'help.cmd.learn': '`/mentor-me learn [skill]` — what you want to learn, or mentors for a skill, e.g. `/mentor-me learn excel`',
  'help.cmd.teach': '`/mentor-me teach` — your mentor profile: what you can teach and how',
  'help.cmd.profile': '`/mentor-me profile` — your profile, both sides',
  'help.cmd.agenda': "`/mentor-me agenda` — prepare your next session's agenda",
  'help.cmd.log': '`/mentor-me log` — log a session or answer the check-in',
  'help.cmd.kpi': '`/mentor-me kpi` — update your KPIs',
  'help.cmd.journal': '`/mentor-me journal` — your learning journal',
  'help.cmd.glossary': '`/mentor-me glossary <term>` — jargon in plain words, e.g. `/mentor-me glossary API`',
  'help.cmd.pause': '`/mentor-me pause [until YYYY-MM-DD]` / `resume` — take a break and come back',
  'help.cmd.privacy': '`/mentor-me privacy [export | delete]` — what we store, your data, erasure',
  'help.cmd.admin': '`/mentor-me admin` — program administration (admins only)',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
