import type { Catalogue } from './en';

export const ptBR: Catalogue = {
  'common.app_name': 'Mentor Me',
  'common.close': 'Fechar',
  'common.cancel': 'Cancelar',
  'common.save': 'Salvar',
  'common.error_generic': 'Desculpe, algo deu errado do nosso lado. Tente novamente em instantes.',
  'common.error_unavailable':
    'O Mentor Me não está conseguindo acessar o banco de dados agora. Tente de novo em um minuto — nada do que você digitou foi salvo.',

  'welcome.title': 'Mentor Me',
  'welcome.greeting': 'Olá, {name}! :wave:',
  'welcome.intro':
    'O Mentor Me conecta você a um colega que pode ensinar uma habilidade digital — assistentes de IA, dados, Excel, redes sociais, automação — enquanto você compartilha sua experiência em troca.',
  'welcome.what_you_can_do': '*O que você pode fazer*',

  'help.intro': 'Veja o que o `/mentor-me` faz:',
  'help.unknown': 'Ainda não conheço `{input}`.',
  'help.cmd.menu': '`/mentor-me` — o menu (quem está chegando começa com uma breve autoavaliação)',
  'help.cmd.help': '`/mentor-me ajuda` — esta lista',
  'help.cmd.learn': '`/mentor-me aprender [habilidade]` — o que você quer aprender, ou mentores para uma habilidade, ex.: `/mentor-me aprender excel`',
  'help.cmd.teach': '`/mentor-me ensinar` — seu perfil de mentor: o que você ensina e como',
  'help.cmd.profile': '`/mentor-me profile` — seu perfil, os dois lados',
  'help.cmd.agenda': '`/mentor-me agenda` — preparar a pauta da próxima sessão',
  'help.cmd.log': '`/mentor-me log` — registrar uma sessão ou responder o check-in',
  'help.cmd.kpi': '`/mentor-me kpi` — atualizar seus KPIs',
  'help.cmd.journal': '`/mentor-me journal` — seu diário de aprendizado',
  'help.cmd.glossary': '`/mentor-me glossario <termo>` — jargão em palavras simples, ex.: `/mentor-me glossario API`',
  'help.cmd.pause': '`/mentor-me pause [until AAAA-MM-DD]` / `resume` — fazer uma pausa e voltar',
  'help.cmd.privacy': '`/mentor-me privacy [export | delete]` — o que guardamos, seus dados, exclusão',
  'help.cmd.admin': '`/mentor-me admin` — administração do programa (só admins)',
};
