import { defineMessages } from '../define';

/** Program administration. */
export const admin = defineMessages({
  en: {
    'admin.refused': 'Only program admins can use `/mentor-me admin`. If you would like to run a mentoring program, ask your Slack workspace admin.',
    'admin.usage': 'Admin commands so far: `/mentor-me admin skill add <name>`. Cohorts, settings, stats and exports arrive in an upcoming release.',
    'admin.skill_added': 'Added *{name}* to the skill catalogue. Members can pick it right away.',
    'admin.skill_exists': '*{name}* is already in the catalogue.',
    'admin.skill_name_invalid': 'A skill name needs 2 to 60 characters, e.g. `/mentor-me admin skill add Miro boards`.',
  },
  de: {
    'admin.refused': '`/mentor-me admin` ist nur für Programm-Admins. Wenn du ein Mentoring-Programm starten möchtest, wende dich an die Admins deines Slack-Workspace.',
    'admin.usage': 'Admin-Befehle bisher: `/mentor-me admin skill add <Name>`. Pilotgruppen, Einstellungen, Statistiken und Exporte kommen in einer der nächsten Versionen.',
    'admin.skill_added': '*{name}* ist jetzt im Fähigkeitenkatalog. Alle können sie sofort auswählen.',
    'admin.skill_exists': '*{name}* ist schon im Katalog.',
    'admin.skill_name_invalid': 'Ein Fähigkeitsname braucht 2 bis 60 Zeichen, z. B. `/mentor-me admin skill add Miro-Boards`.',
  },
  'pt-BR': {
    'admin.refused': 'Só admins do programa podem usar `/mentor-me admin`. Se você quer criar um programa de mentoria, fale com o admin do seu workspace no Slack.',
    'admin.usage': 'Comandos de admin por enquanto: `/mentor-me admin skill add <nome>`. Turmas, configurações, estatísticas e exportações chegam em uma próxima versão.',
    'admin.skill_added': '*{name}* foi adicionada ao catálogo. Todos já podem escolhê-la.',
    'admin.skill_exists': '*{name}* já está no catálogo.',
    'admin.skill_name_invalid': 'O nome da habilidade precisa ter de 2 a 60 caracteres, ex.: `/mentor-me admin skill add Quadros no Miro`.',
  },
});
