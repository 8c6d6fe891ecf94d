import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { langFromLocale, translator } from '../i18n';
import { ensureMember } from '../services/members';
import { createSlackPort } from '../slack/web-slack-port';
import { suggestSkills, normalizeSkillText } from '../domain/skills/resolve';
import { option } from '../views/options';
import { skillName, skillOption } from '../views/skills';
import { cleanShortText } from '../views/escape';

type Args = SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs;

/**
 * Live suggestions for the skill picker: catalogue matches (typos, aliases and all three languages), and,
 * when nothing matches exactly, an "Add … as a new skill" option so no one is stuck.
 */
export const handleSkillOptions =
  (deps: ServiceDeps) =>
  async ({ ack, body, payload, client }: Args): Promise<void> => {
    try {
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const query = cleanShortText(String(payload.value ?? '')).slice(0, 60);
      const member = await ensureMember(deps, createSlackPort(client, deps.pacer), teamId, body.user.id);
      const lang = langFromLocale(member?.locale);
      const skills = await deps.skills.listForTeam(teamId);
      const matches = suggestSkills(query, skills, 20);
      const options = matches.map((s) => skillOption(s, lang));
      const exact = matches.some((s) => normalizeSkillText(skillName(s.names, lang)) === normalizeSkillText(query));
      if (query.length >= 2 && !exact) options.push(option(translator(lang)('skill.add_new', { name: query }), `new:${query}`));
      await ack({ options });
    } catch (err) {
      deps.logger.warn({ err }, 'skill suggestions failed');
      await ack({ options: [] });
    }
  };
