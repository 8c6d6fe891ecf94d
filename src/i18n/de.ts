import type { Catalogue } from './en';

export const de: Catalogue = {
  'common.app_name': 'Mentor Me',
  'common.close': 'Schließen',
  'common.cancel': 'Abbrechen',
  'common.save': 'Speichern',
  'common.error_generic': 'Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.',
  'common.error_unavailable':
    'Mentor Me erreicht gerade seine Datenbank nicht. Bitte versuche es in einer Minute noch einmal – deine Eingaben wurden nicht gespeichert.',

  'welcome.title': 'Mentor Me',
  'welcome.greeting': 'Hallo {name}! :wave:',
  'welcome.intro':
    'Mentor Me bringt dich mit einer Kollegin oder einem Kollegen zusammen, die dir eine digitale Fähigkeit beibringen – KI-Assistenten, Daten, Excel, Social Media, Automatisierung –, während du im Gegenzug deine Erfahrung teilst.',
  'welcome.what_you_can_do': '*Was du tun kannst*',

  'help.intro': 'Das kann `/mentor-me`:',
  'help.unknown': '`{input}` kenne ich (noch) nicht.',
  'help.cmd.menu': '`/mentor-me` – das Menü (Neue beginnen mit einer kurzen Selbsteinschätzung)',
  'help.cmd.help': '`/mentor-me hilfe` – diese Liste',
  'help.cmd.learn': '`/mentor-me lernen [Fähigkeit]` – was du lernen willst, oder Mentor:innen für eine Fähigkeit, z. B. `/mentor-me lernen excel`',
  'help.cmd.teach': '`/mentor-me lehren` – dein Mentorenprofil: was du beibringen kannst und wie',
  'help.cmd.profile': '`/mentor-me profile` – dein Profil, beide Seiten',
  'help.cmd.agenda': '`/mentor-me agenda` – die Agenda deiner nächsten Sitzung vorbereiten',
  'help.cmd.log': '`/mentor-me log` – eine Sitzung festhalten oder den Check-in beantworten',
  'help.cmd.kpi': '`/mentor-me kpi` – deine KPIs aktualisieren',
  'help.cmd.journal': '`/mentor-me journal` – dein Lerntagebuch',
  'help.cmd.glossary': '`/mentor-me glossar <Begriff>` – Fachjargon in einfachen Worten, z. B. `/mentor-me glossar API`',
  'help.cmd.pause': '`/mentor-me pause [until JJJJ-MM-TT]` / `resume` – eine Pause einlegen und zurückkommen',
  'help.cmd.privacy': '`/mentor-me privacy [export | delete]` – was wir speichern, deine Daten, Löschung',
  'help.cmd.admin': '`/mentor-me admin` – Programmverwaltung (nur Admins)',
};
