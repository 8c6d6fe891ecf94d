/**
 * The seed skill catalogue: the digital skills a reverse-mentoring program starts with. Admins can add more
 * later; the slugs here are stable ids (agenda templates and seeds refer to them), so rename names freely but
 * never change a slug.
 *
 * Aliases are what people actually type: abbreviations ("KI", "IA", "PBI"), brand spellings ("chat gpt",
 * "Power-BI"), and the everyday words in English, German and Portuguese ("Tabellenkalkulation", "planilhas").
 * They are compared after `normalizeSkillText`, so case, accents and punctuation don't matter, and every alias
 * belongs to exactly one skill.
 */
import type { Lang } from '../../i18n';

export interface SkillGroupSeed {
  /** Stable kebab-case id. */
  readonly slug: string;
  readonly names: Readonly<Record<Lang, string>>;
}

export interface SkillSeed {
  /** Stable kebab-case id; never changes once released. */
  readonly slug: string;
  /** Slug of a `SKILL_GROUPS` entry. */
  readonly group: string;
  readonly names: Readonly<Record<Lang, string>>;
  /** Other words for the skill in any of the three languages, abbreviations and brand spellings. */
  readonly aliases: readonly string[];
}

/** A brand or term that is written the same in every language. */
const same = (name: string): Record<Lang, string> => ({ en: name, de: name, 'pt-BR': name });

export const SKILL_GROUPS: readonly SkillGroupSeed[] = [
  { slug: 'ai', names: { en: 'AI & prompting', de: 'KI & Prompting', 'pt-BR': 'IA e prompts' } },
  { slug: 'data', names: { en: 'Data & analytics', de: 'Daten & Analyse', 'pt-BR': 'Dados e análise' } },
  { slug: 'spreadsheets', names: { en: 'Spreadsheets', de: 'Tabellenkalkulation', 'pt-BR': 'Planilhas' } },
  {
    slug: 'social-marketing',
    names: {
      en: 'Social media & marketing',
      de: 'Social Media & Marketing',
      'pt-BR': 'Redes sociais e marketing',
    },
  },
  {
    slug: 'no-code',
    names: { en: 'No-code & automation', de: 'No-Code & Automatisierung', 'pt-BR': 'No-code e automação' },
  },
  {
    slug: 'collaboration',
    names: {
      en: 'Collaboration & async tools',
      de: 'Zusammenarbeit & asynchrone Tools',
      'pt-BR': 'Colaboração e ferramentas assíncronas',
    },
  },
  { slug: 'video-content', names: { en: 'Video & content', de: 'Video & Content', 'pt-BR': 'Vídeo e conteúdo' } },
  {
    slug: 'agile-product',
    names: { en: 'Agile & product', de: 'Agiles Arbeiten & Produkt', 'pt-BR': 'Ágil e produto' },
  },
  {
    slug: 'software',
    names: { en: 'Software basics', de: 'Software-Grundlagen', 'pt-BR': 'Fundamentos de software' },
  },
  {
    slug: 'security',
    names: { en: 'Security & privacy', de: 'Sicherheit & Datenschutz', 'pt-BR': 'Segurança e privacidade' },
  },
];

export const SKILL_CATALOGUE: readonly SkillSeed[] = [
  // ── AI & prompting ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'ai-assistants',
    group: 'ai',
    names: {
      en: 'AI assistants & prompt writing',
      de: 'KI-Assistenten & Prompts schreiben',
      'pt-BR': 'Assistentes de IA e escrita de prompts',
    },
    aliases: [
      'AI', 'KI', 'IA', 'artificial intelligence', 'Künstliche Intelligenz', 'inteligência artificial',
      'prompt', 'prompts', 'prompting', 'prompt writing', 'prompt engineering',
      'engenharia de prompt', 'escrever prompts', 'generative AI', 'GenAI', 'generative KI', 'IA generativa',
      'AI assistant', 'KI-Assistent', 'KI-Tools', 'AI tools', 'ferramentas de IA', 'assistente de IA',
      'LLM', 'large language models', 'chatbot', 'chatbots',
    ],
  },
  {
    slug: 'chatgpt',
    group: 'ai',
    names: same('ChatGPT'),
    aliases: ['chat gpt', 'chatgtp', 'GPT', 'GPT-4', 'GPT-4o', 'OpenAI', 'custom GPTs'],
  },
  {
    slug: 'microsoft-copilot',
    group: 'ai',
    names: same('Microsoft Copilot'),
    aliases: ['Copilot', 'M365 Copilot', 'Copilot 365', 'Microsoft 365 Copilot', 'Bing Chat'],
  },
  {
    slug: 'google-gemini',
    group: 'ai',
    names: same('Google Gemini'),
    aliases: ['Gemini', 'Bard', 'Google Bard', 'NotebookLM'],
  },
  {
    slug: 'claude',
    group: 'ai',
    names: same('Claude'),
    aliases: ['Anthropic', 'Claude AI'],
  },
  {
    slug: 'ai-image-generation',
    group: 'ai',
    names: {
      en: 'AI image generation',
      de: 'Bilder mit KI erstellen',
      'pt-BR': 'Geração de imagens com IA',
    },
    aliases: [
      'Midjourney', 'DALL-E', 'Stable Diffusion', 'Adobe Firefly', 'Firefly', 'AI art', 'AI images',
      'KI-Bilder', 'KI-Bildgenerierung', 'imagens com IA', 'gerar imagens',
    ],
  },
  {
    slug: 'responsible-ai',
    group: 'ai',
    names: {
      en: 'Using AI safely & responsibly',
      de: 'KI sicher & verantwortungsvoll nutzen',
      'pt-BR': 'Uso seguro e responsável de IA',
    },
    aliases: [
      'responsible AI', 'AI ethics', 'KI-Ethik', 'ética em IA', 'AI policy', 'KI-Richtlinie',
      'AI Act', 'EU AI Act', 'KI-Verordnung', 'AI safety', 'IA responsável',
    ],
  },

  // ── Data & analytics ────────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'data-analysis',
    group: 'data',
    names: { en: 'Data analysis', de: 'Datenanalyse', 'pt-BR': 'Análise de dados' },
    aliases: [
      'data analytics', 'analytics', 'analysing data', 'analyzing data', 'Datenauswertung', 'Daten analysieren',
      'Datenanalysen', 'analisar dados', 'data analyst', 'analista de dados', 'insights',
    ],
  },
  {
    slug: 'data-visualization',
    group: 'data',
    names: { en: 'Data visualisation', de: 'Datenvisualisierung', 'pt-BR': 'Visualização de dados' },
    aliases: [
      'data visualization', 'dataviz', 'data viz', 'charts', 'graphs', 'Diagramme', 'Grafiken', 'gráficos',
      'data storytelling', 'storytelling with data', 'Datenstorytelling', 'storytelling com dados',
      'infographics', 'Infografiken', 'infográficos',
    ],
  },
  {
    slug: 'data-cleaning',
    group: 'data',
    names: { en: 'Cleaning up data', de: 'Daten bereinigen', 'pt-BR': 'Limpeza de dados' },
    aliases: [
      'data cleaning', 'data cleansing', 'data prep', 'data preparation', 'Datenbereinigung',
      'Datenaufbereitung', 'Datenqualität', 'data quality', 'qualidade de dados', 'tratamento de dados',
      'duplicates', 'Duplikate', 'duplicatas',
    ],
  },
  {
    slug: 'tableau',
    group: 'data',
    names: same('Tableau'),
    aliases: ['Tableau Desktop', 'Tableau Public', 'Tableau Prep', 'Tableau Cloud'],
  },
  {
    slug: 'power-bi',
    group: 'data',
    names: same('Power BI'),
    aliases: ['PowerBI', 'Power-BI', 'PBI', 'Microsoft Power BI', 'DAX', 'Power Query'],
  },
  {
    slug: 'looker-studio',
    group: 'data',
    names: same('Looker Studio'),
    aliases: ['Looker', 'Google Data Studio', 'Data Studio'],
  },
  {
    slug: 'sql-basics',
    group: 'data',
    names: { en: 'SQL basics', de: 'SQL-Grundlagen', 'pt-BR': 'Fundamentos de SQL' },
    aliases: [
      'SQL', 'queries', 'database queries', 'Datenbankabfragen', 'Abfragen', 'consultas SQL',
      'databases', 'database', 'Datenbank', 'Datenbanken', 'banco de dados', 'bancos de dados', 'MySQL',
      'PostgreSQL', 'Postgres', 'BigQuery', 'SQL Server',
    ],
  },
  {
    slug: 'dashboards',
    group: 'data',
    names: { en: 'Building dashboards', de: 'Dashboards bauen', 'pt-BR': 'Criação de dashboards' },
    aliases: [
      'dashboard', 'dashboards', 'KPI dashboard', 'painel', 'painéis', 'painel de indicadores',
      'reporting', 'reports', 'Berichte', 'Berichtswesen', 'relatórios',
    ],
  },
  {
    slug: 'google-analytics',
    group: 'data',
    names: same('Google Analytics'),
    aliases: ['GA4', 'GA', 'web analytics', 'Webanalyse', 'análise web', 'Analytics 4'],
  },
  {
    slug: 'statistics-basics',
    group: 'data',
    names: { en: 'Statistics basics', de: 'Statistik-Grundlagen', 'pt-BR': 'Estatística básica' },
    aliases: [
      'statistics', 'stats', 'Statistik', 'estatística', 'average and median', 'Mittelwert', 'média e mediana',
      'significance', 'Signifikanz', 'significância', 'correlation', 'Korrelation', 'correlação',
    ],
  },

  // ── Spreadsheets ────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'spreadsheet-basics',
    group: 'spreadsheets',
    names: {
      en: 'Spreadsheet basics',
      de: 'Tabellenkalkulation – Grundlagen',
      'pt-BR': 'Noções básicas de planilhas',
    },
    aliases: [
      'spreadsheet', 'spreadsheets', 'Tabellenkalkulation', 'Tabellen', 'Tabelle', 'planilha', 'planilhas',
      'planilha eletrônica', 'planilhas eletrônicas', 'worksheet', 'LibreOffice Calc', 'Numbers',
    ],
  },
  {
    slug: 'excel-formulas',
    group: 'spreadsheets',
    names: { en: 'Excel formulas', de: 'Excel-Formeln', 'pt-BR': 'Fórmulas no Excel' },
    aliases: [
      'Excel', 'MS Excel', 'Microsoft Excel', 'formulas', 'Formeln', 'Excel functions', 'Excel-Funktionen',
      'Funktionen', 'funções do Excel', 'funções', 'IF formula', 'WENN-Funktion', 'função SE', 'SUMIF',
      'SUMMEWENN', 'SOMASE',
    ],
  },
  {
    slug: 'vlookup-xlookup',
    group: 'spreadsheets',
    names: { en: 'VLOOKUP & XLOOKUP', de: 'SVERWEIS & XVERWEIS', 'pt-BR': 'PROCV e PROCX' },
    aliases: [
      'VLOOKUP', 'XLOOKUP', 'HLOOKUP', 'SVERWEIS', 'XVERWEIS', 'WVERWEIS', 'PROCV', 'PROCX', 'PROCH', 'lookup',
      'INDEX MATCH', 'INDEX/VERGLEICH', 'ÍNDICE/CORRESP',
    ],
  },
  {
    slug: 'pivot-tables',
    group: 'spreadsheets',
    names: { en: 'Pivot tables', de: 'Pivot-Tabellen', 'pt-BR': 'Tabelas dinâmicas' },
    aliases: ['pivot', 'pivot table', 'PivotTable', 'Pivottabelle', 'Pivot-Tabelle', 'tabela dinâmica', 'pivot chart'],
  },
  {
    slug: 'google-sheets',
    group: 'spreadsheets',
    names: { en: 'Google Sheets', de: 'Google Tabellen', 'pt-BR': 'Planilhas Google' },
    aliases: ['Sheets', 'GSheets', 'Google Planilhas', 'Google Spreadsheets', 'Google Sheet', 'Apps Script'],
  },
  {
    slug: 'excel-macros-vba',
    group: 'spreadsheets',
    names: { en: 'Excel macros & VBA', de: 'Excel-Makros & VBA', 'pt-BR': 'Macros e VBA no Excel' },
    aliases: ['VBA', 'macros', 'macro', 'Makros', 'Makro', 'Visual Basic', 'Office Scripts'],
  },

  // ── Social media & marketing ────────────────────────────────────────────────────────────────────────────
  {
    slug: 'social-media',
    group: 'social-marketing',
    names: { en: 'Social media', de: 'Social Media', 'pt-BR': 'Redes sociais' },
    aliases: [
      'socials', 'social networks', 'soziale Medien', 'soziale Netzwerke', 'mídias sociais', 'mídia social',
      'social media marketing', 'SMM', 'marketing nas redes sociais',
      'community management', 'content calendar', 'Redaktionsplan',
      'calendário editorial', 'X', 'Twitter', 'Threads', 'Bluesky',
    ],
  },
  {
    slug: 'instagram',
    group: 'social-marketing',
    names: same('Instagram'),
    aliases: ['Insta', 'IG', 'Reels', 'Instagram Reels', 'Instagram Stories', 'Stories', 'Insta-Post'],
  },
  {
    slug: 'linkedin',
    group: 'social-marketing',
    names: {
      en: 'LinkedIn profile & networking',
      de: 'LinkedIn-Profil & Networking',
      'pt-BR': 'Perfil e networking no LinkedIn',
    },
    aliases: [
      'LinkedIn', 'Linked In', 'LinkedIn profile', 'LinkedIn-Profil', 'perfil do LinkedIn', 'networking',
      'Netzwerken', 'personal branding', 'Personal Brand', 'marca pessoal', 'LinkedIn posts', 'Xing',
    ],
  },
  {
    slug: 'tiktok',
    group: 'social-marketing',
    names: same('TikTok'),
    aliases: ['Tik Tok', 'TikTok videos', 'vídeos no TikTok', 'short-form video'],
  },
  {
    slug: 'meta-ads',
    group: 'social-marketing',
    names: {
      en: 'Facebook & Meta ads',
      de: 'Facebook- & Meta-Werbung',
      'pt-BR': 'Anúncios no Facebook e Meta',
    },
    aliases: [
      'Facebook', 'Facebook ads', 'FB ads', 'Meta ads', 'Meta Business Suite', 'Business Manager',
      'Facebook-Werbung', 'Facebook-Anzeigen', 'anúncios no Facebook', 'anúncios no Instagram', 'Instagram ads',
      'social ads', 'paid social', 'Meta Ads Manager', 'Werbeanzeigenmanager',
    ],
  },
  {
    slug: 'seo',
    group: 'social-marketing',
    names: {
      en: 'SEO (search engine optimisation)',
      de: 'SEO (Suchmaschinenoptimierung)',
      'pt-BR': 'SEO (otimização para buscadores)',
    },
    aliases: [
      'SEO', 'search engine optimization', 'search engine optimisation', 'Suchmaschinenoptimierung',
      'otimização para mecanismos de busca', 'otimização de sites', 'Google ranking',
      'keyword research', 'Keyword-Recherche', 'palavras-chave', 'keywords',
    ],
  },
  {
    slug: 'google-ads',
    group: 'social-marketing',
    names: same('Google Ads'),
    aliases: [
      'AdWords', 'Google AdWords', 'SEM', 'SEA', 'search ads', 'Suchmaschinenwerbung', 'links patrocinados',
      'PPC', 'pay per click',
    ],
  },
  {
    slug: 'growth-hacking',
    group: 'social-marketing',
    names: same('Growth hacking'),
    aliases: [
      'growth', 'growth hacker', 'growth marketing', 'marketing de crescimento',
      'growth hack', 'viral marketing', 'virales Marketing', 'marketing viral',
    ],
  },
  {
    slug: 'email-marketing',
    group: 'social-marketing',
    names: { en: 'Email marketing', de: 'E-Mail-Marketing', 'pt-BR': 'E-mail marketing' },
    aliases: [
      'newsletter', 'newsletters', 'Mailchimp', 'Brevo', 'Sendinblue', 'email campaigns', 'E-Mail-Kampagnen',
      'campanhas de e-mail', 'email automation', 'mailing',
    ],
  },
  {
    slug: 'copywriting',
    group: 'social-marketing',
    names: { en: 'Copywriting', de: 'Texten für Web & Social', 'pt-BR': 'Copywriting' },
    aliases: [
      'copy', 'texten', 'Werbetexte', 'Werbetexten', 'redação publicitária', 'redação para web',
      'writing for the web', 'web copy', 'UX writing', 'content writing', 'Content-Erstellung',
    ],
  },

  // ── No-code & automation ────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'zapier',
    group: 'no-code',
    names: {
      en: 'Zapier & no-code automation',
      de: 'Zapier & No-Code-Automatisierung',
      'pt-BR': 'Zapier e automação no-code',
    },
    aliases: [
      'Zapier', 'Zaps', 'Zap', 'automation', 'automations', 'Automatisierung', 'automatisieren', 'automação',
      'automações', 'automatizar tarefas', 'workflow automation', 'Workflow-Automatisierung',
      'automação de processos', 'Prozessautomatisierung', 'process automation', 'no-code automation',
    ],
  },
  {
    slug: 'make-automation',
    group: 'no-code',
    names: same('Make (Integromat)'),
    aliases: ['Make', 'Integromat', 'Make scenarios', 'Make-Szenarien', 'cenários do Make'],
  },
  {
    slug: 'power-automate',
    group: 'no-code',
    names: same('Power Automate'),
    aliases: ['Microsoft Power Automate', 'Microsoft Flow', 'MS Flow', 'Power Automate Desktop', 'Power Platform'],
  },
  {
    slug: 'n8n',
    group: 'no-code',
    names: same('n8n'),
    aliases: ['n8n.io', 'n8n workflows'],
  },
  {
    slug: 'airtable',
    group: 'no-code',
    names: same('Airtable'),
    aliases: ['Airtable base', 'Airtable-Datenbank', 'base do Airtable'],
  },
  {
    slug: 'no-code-apps',
    group: 'no-code',
    names: {
      en: 'No-code apps & tools',
      de: 'No-Code-Apps & -Tools',
      'pt-BR': 'Apps e ferramentas no-code',
    },
    aliases: [
      'no-code', 'nocode', 'low-code', 'lowcode', 'Bubble', 'Glide', 'Softr',
      'Power Apps', 'PowerApps', 'AppSheet', 'citizen developer', 'apps ohne Code', 'apps sem código',
    ],
  },

  // ── Collaboration & async tools ─────────────────────────────────────────────────────────────────────────
  {
    slug: 'slack-async',
    group: 'collaboration',
    names: {
      en: 'Slack & async work',
      de: 'Slack & asynchrones Arbeiten',
      'pt-BR': 'Slack e trabalho assíncrono',
    },
    aliases: [
      'Slack', 'async', 'asynchronous work', 'async communication', 'asynchron', 'asynchrone Kommunikation',
      'assíncrono', 'comunicação assíncrona', 'Slack channels', 'Slack-Kanäle', 'canais do Slack', 'huddles',
      'Slack huddles', 'Slack Workflow Builder', 'remote work', 'Remote-Arbeit', 'trabalho remoto',
      'hybrid work', 'hybrides Arbeiten', 'trabalho híbrido',
    ],
  },
  {
    slug: 'microsoft-teams',
    group: 'collaboration',
    names: same('Microsoft Teams'),
    aliases: ['Teams', 'MS Teams', 'Teams-Kanäle', 'Teams channels'],
  },
  {
    slug: 'notion',
    group: 'collaboration',
    names: { en: 'Notion & wikis', de: 'Notion & Wikis', 'pt-BR': 'Notion e wikis' },
    aliases: ['Notion', 'Notion AI', 'Notion wiki', 'Notion-Datenbanken', 'Notion databases', 'Confluence', 'wiki'],
  },
  {
    slug: 'google-workspace',
    group: 'collaboration',
    names: same('Google Workspace'),
    aliases: [
      'G Suite', 'GSuite', 'Google Docs', 'Google Drive', 'Gmail', 'Google Calendar', 'Google Kalender',
      'Google Agenda', 'Google Documentos',
    ],
  },
  {
    slug: 'microsoft-365',
    group: 'collaboration',
    names: {
      en: 'Microsoft 365, OneDrive & SharePoint',
      de: 'Microsoft 365, OneDrive & SharePoint',
      'pt-BR': 'Microsoft 365, OneDrive e SharePoint',
    },
    aliases: ['Microsoft 365', 'M365', 'Office 365', 'O365', 'OneDrive', 'SharePoint', 'Outlook', 'OneNote', 'Loop'],
  },
  {
    slug: 'online-whiteboards',
    group: 'collaboration',
    names: {
      en: 'Miro & online whiteboards',
      de: 'Miro & Online-Whiteboards',
      'pt-BR': 'Miro e quadros brancos online',
    },
    aliases: [
      'Miro', 'Mural', 'FigJam', 'whiteboard', 'online whiteboard', 'Whiteboard-Tools', 'quadro branco',
      'Conceptboard', 'brainstorming online', 'Online-Brainstorming',
    ],
  },
  {
    slug: 'task-boards',
    group: 'collaboration',
    names: {
      en: 'Task boards (Trello, Asana, monday)',
      de: 'Aufgaben-Boards (Trello, Asana, monday)',
      'pt-BR': 'Quadros de tarefas (Trello, Asana, monday)',
    },
    aliases: [
      'Trello', 'Asana', 'monday', 'ClickUp', 'Planner', 'Microsoft Planner', 'task management',
      'Aufgabenverwaltung', 'Aufgabenmanagement', 'gestão de tarefas', 'project management tools',
      'Projektmanagement-Tools', 'ferramentas de gestão de projetos', 'to-do lists', 'To-do-Listen',
    ],
  },
  {
    slug: 'video-meetings',
    group: 'collaboration',
    names: {
      en: 'Video meetings (Zoom, Meet)',
      de: 'Videokonferenzen (Zoom, Meet)',
      'pt-BR': 'Videochamadas (Zoom, Meet)',
    },
    aliases: [
      'Zoom', 'Google Meet', 'Webex', 'video call', 'video calls', 'video conferencing', 'Videokonferenz',
      'Videocall', 'Videomeeting', 'videochamada', 'reunião online', 'reuniões online', 'virtual meetings',
      'online meetings', 'hybrid meetings', 'hybride Meetings',
    ],
  },

  // ── Video & content ─────────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'loom-video',
    group: 'video-content',
    names: {
      en: 'Loom & async video',
      de: 'Loom & Video-Nachrichten',
      'pt-BR': 'Loom e vídeos assíncronos',
    },
    aliases: [
      'Loom', 'screen recording', 'screencast', 'Bildschirmaufnahme', 'Bildschirmaufzeichnung',
      'gravação de tela', 'gravar a tela', 'video message', 'video messages', 'Videonachricht',
      'mensagem de vídeo', 'async video', 'vídeo assíncrono', 'Vidyard', 'Clipchamp',
    ],
  },
  {
    slug: 'video-editing',
    group: 'video-content',
    names: { en: 'Video editing', de: 'Videoschnitt', 'pt-BR': 'Edição de vídeo' },
    aliases: [
      'CapCut', 'Adobe Premiere', 'Premiere Pro', 'DaVinci Resolve', 'iMovie', 'Final Cut', 'editing videos',
      'Videos schneiden', 'Videobearbeitung', 'Video bearbeiten', 'editar vídeos', 'edição de vídeos',
      'video production', 'Videoproduktion', 'produção de vídeo',
    ],
  },
  {
    slug: 'canva',
    group: 'video-content',
    names: same('Canva'),
    aliases: ['Canva Pro', 'Canva design', 'design no Canva', 'Adobe Express'],
  },
  {
    slug: 'youtube',
    group: 'video-content',
    names: same('YouTube'),
    aliases: ['YT', 'You Tube', 'YouTube channel', 'YouTube-Kanal', 'canal no YouTube', 'YouTube Shorts', 'Shorts'],
  },
  {
    slug: 'podcasting',
    group: 'video-content',
    names: same('Podcasting'),
    aliases: [
      'podcast', 'podcasts', 'Podcast produzieren', 'produzir podcast', 'audio recording', 'Audioaufnahme',
      'gravação de áudio', 'Spotify for Podcasters', 'Riverside',
    ],
  },
  {
    slug: 'presentations',
    group: 'video-content',
    names: { en: 'Presentation design', de: 'Präsentationen gestalten', 'pt-BR': 'Design de apresentações' },
    aliases: [
      'PowerPoint', 'PPT', 'Google Slides', 'slides', 'Keynote', 'Folien', 'Foliensatz', 'Präsentationen',
      'Präsentation', 'apresentações', 'apresentação', 'slide deck', 'pitch deck', 'Gamma', 'Pitch',
    ],
  },

  // ── Agile & product ─────────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'agile-scrum',
    group: 'agile-product',
    names: { en: 'Agile & Scrum', de: 'Agiles Arbeiten & Scrum', 'pt-BR': 'Ágil e Scrum' },
    aliases: [
      'agile', 'agil', 'Scrum', 'agile methods', 'agile Methoden', 'metodologias ágeis', 'métodos ágeis',
      'sprint', 'sprints', 'Scrum Master', 'daily stand-up', 'Daily', 'stand-up', 'retrospective', 'retro',
      'Retrospektive', 'retrospectiva', 'backlog', 'SAFe',
    ],
  },
  {
    slug: 'kanban',
    group: 'agile-product',
    names: same('Kanban'),
    aliases: ['Kanban board', 'quadro Kanban', 'WIP limit', 'limite de WIP'],
  },
  {
    slug: 'jira',
    group: 'agile-product',
    names: same('Jira'),
    aliases: ['Jira Software', 'Atlassian Jira', 'Jira tickets', 'tickets no Jira', 'Linear'],
  },
  {
    slug: 'okrs',
    group: 'agile-product',
    names: { en: 'OKRs & goal setting', de: 'OKRs & Ziele setzen', 'pt-BR': 'OKRs e definição de metas' },
    aliases: [
      'OKR', 'OKRs', 'objectives and key results', 'key results', 'goal setting', 'Zielsetzung', 'Ziele',
      'metas', 'definição de metas', 'North Star metric', 'Nordstern-Metrik',
    ],
  },
  {
    slug: 'product-management',
    group: 'agile-product',
    names: {
      en: 'Product management basics',
      de: 'Produktmanagement-Grundlagen',
      'pt-BR': 'Gestão de produto: o básico',
    },
    aliases: [
      'product management', 'Produktmanagement', 'gestão de produto', 'gestão de produtos', 'product owner',
      'PO', 'product manager', 'PM', 'roadmap', 'Roadmaps', 'MVP', 'minimum viable product', 'user stories',
      'User Storys', 'histórias de usuário', 'product discovery', 'discovery de produto',
    ],
  },
  {
    slug: 'design-thinking',
    group: 'agile-product',
    names: same('Design thinking'),
    aliases: [
      'Design-Thinking', 'user research', 'Nutzerforschung', 'Nutzerinterviews', 'pesquisa com usuários',
      'entrevistas com usuários', 'user interviews', 'prototyping', 'prototipagem', 'ideation',
      'Ideenfindung', 'ideação',
    ],
  },
  {
    slug: 'ux-figma',
    group: 'agile-product',
    names: { en: 'UX & Figma basics', de: 'UX- & Figma-Grundlagen', 'pt-BR': 'UX e Figma: o básico' },
    aliases: [
      'UX', 'UI', 'UX design', 'UI design', 'user experience', 'Nutzererlebnis', 'experiência do usuário',
      'Figma', 'wireframes', 'wireframing', 'mockups', 'Mock-ups', 'usability', 'Benutzerfreundlichkeit',
      'usabilidade', 'UX/UI',
    ],
  },

  // ── Software basics ─────────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'how-software-is-built',
    group: 'software',
    names: {
      en: 'CRUD & how software is built',
      de: 'CRUD & wie Software entsteht',
      'pt-BR': 'CRUD e como um software é feito',
    },
    aliases: [
      'CRUD', 'software development', 'Softwareentwicklung', 'desenvolvimento de software', 'how apps work',
      'wie Apps funktionieren', 'como apps funcionam', 'SDLC', 'frontend', 'front-end', 'backend', 'back-end',
      'frontend and backend', 'dev basics', 'tech basics', 'Tech-Grundlagen', 'noções de tecnologia',
      'talking to developers', 'mit Entwicklern reden', 'conversar com desenvolvedores',
    ],
  },
  {
    slug: 'python-basics',
    group: 'software',
    names: { en: 'Python basics', de: 'Python-Grundlagen', 'pt-BR': 'Python básico' },
    aliases: [
      'Python', 'Python programming', 'Programmieren mit Python', 'programação em Python', 'pandas', 'Jupyter',
      'Jupyter Notebook', 'Google Colab', 'Colab', 'scripting', 'Skripte', 'programming', 'Programmieren',
      'programação', 'coding', 'Coden', 'codar', 'programar',
    ],
  },
  {
    slug: 'javascript-basics',
    group: 'software',
    names: { en: 'JavaScript basics', de: 'JavaScript-Grundlagen', 'pt-BR': 'JavaScript básico' },
    aliases: ['JavaScript', 'JS', 'TypeScript', 'TS', 'Node.js', 'NodeJS', 'Node', 'React'],
  },
  {
    slug: 'apis-webhooks',
    group: 'software',
    names: { en: 'APIs & webhooks', de: 'APIs & Webhooks', 'pt-BR': 'APIs e webhooks' },
    aliases: [
      'API', 'APIs', 'REST', 'REST API', 'webhook', 'webhooks', 'JSON', 'integrations', 'Integrationen',
      'integrações', 'Schnittstelle', 'Schnittstellen', 'interfaces de programação', 'Postman',
    ],
  },
  {
    slug: 'html-css',
    group: 'software',
    names: { en: 'HTML & CSS', de: 'HTML & CSS', 'pt-BR': 'HTML e CSS' },
    aliases: ['HTML', 'CSS', 'HTML5', 'CSS3', 'web design basics', 'Webdesign', 'web design', 'webdesign básico'],
  },
  {
    slug: 'git-github',
    group: 'software',
    names: same('Git & GitHub'),
    aliases: [
      'Git', 'GitHub', 'GitLab', 'Bitbucket', 'version control', 'Versionskontrolle', 'Versionsverwaltung',
      'controle de versão', 'pull request',
    ],
  },
  {
    slug: 'cloud-basics',
    group: 'software',
    names: { en: 'Cloud basics', de: 'Cloud-Grundlagen', 'pt-BR': 'Noções de nuvem' },
    aliases: [
      'cloud', 'cloud computing', 'AWS', 'Amazon Web Services', 'Azure', 'Microsoft Azure', 'Google Cloud', 'GCP',
      'nuvem', 'computação em nuvem', 'SaaS', 'Software as a Service', 'Cloud-Dienste', 'serviços em nuvem',
    ],
  },
  {
    slug: 'website-builders',
    group: 'software',
    names: {
      en: 'WordPress & website builders',
      de: 'WordPress & Homepage-Baukästen',
      'pt-BR': 'WordPress e criadores de sites',
    },
    aliases: [
      'WordPress', 'Wix', 'Squarespace', 'Webflow', 'Framer', 'Jimdo', 'website builder', 'Homepage-Baukasten',
      'Website erstellen', 'build a website', 'criar site', 'criador de sites', 'CMS', 'landing page',
      'Landingpage', 'página de destino',
    ],
  },

  // ── Security & privacy ──────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'cybersecurity-hygiene',
    group: 'security',
    names: {
      en: 'Cybersecurity hygiene',
      de: 'IT-Sicherheit im Alltag',
      'pt-BR': 'Cuidados básicos de cibersegurança',
    },
    aliases: [
      'cybersecurity', 'cyber security', 'security basics', 'IT security', 'IT-Sicherheit', 'Cybersicherheit',
      'Cyber-Sicherheit', 'Informationssicherheit', 'information security', 'infosec', 'cibersegurança',
      'segurança da informação', 'segurança digital', 'security', 'Sicherheit', 'segurança',
      'software updates', 'public Wi-Fi', 'öffentliches WLAN', 'Wi-Fi público',
    ],
  },
  {
    slug: 'password-managers',
    group: 'security',
    names: {
      en: 'Passwords & password managers',
      de: 'Passwörter & Passwort-Manager',
      'pt-BR': 'Senhas e gerenciadores de senhas',
    },
    aliases: [
      'password', 'passwords', 'password manager', 'Passwort', 'Passwörter', 'Passwort-Manager', 'Kennwort',
      'senha', 'senhas', 'gerenciador de senhas', '1Password', 'Bitwarden', 'LastPass', 'KeePass', 'passkeys',
      'Passkey', 'chave de acesso',
    ],
  },
  {
    slug: 'two-factor-auth',
    group: 'security',
    names: {
      en: 'Two-factor authentication',
      de: 'Zwei-Faktor-Authentifizierung',
      'pt-BR': 'Autenticação em dois fatores',
    },
    aliases: [
      '2FA', 'MFA', 'two factor', 'multi-factor authentication', 'two-step verification', 'Zwei-Faktor',
      '2-Faktor', 'Mehr-Faktor-Authentifizierung', 'autenticação de dois fatores', 'verificação em duas etapas',
      'autenticador', 'authenticator app',
    ],
  },
  {
    slug: 'phishing-awareness',
    group: 'security',
    names: { en: 'Spotting phishing', de: 'Phishing erkennen', 'pt-BR': 'Como reconhecer phishing' },
    aliases: [
      'phishing', 'scam emails', 'scams', 'fake emails', 'Betrug', 'Betrugsmails', 'Phishing-Mails', 'golpe',
      'golpes', 'golpes online', 'e-mails falsos', 'social engineering', 'engenharia social', 'Spam',
    ],
  },
  {
    slug: 'data-privacy',
    group: 'security',
    names: {
      en: 'Data privacy & GDPR',
      de: 'Datenschutz & DSGVO',
      'pt-BR': 'Privacidade de dados e LGPD',
    },
    aliases: [
      'GDPR', 'DSGVO', 'LGPD', 'privacy', 'data protection', 'Datenschutz', 'Privatsphäre', 'privacidade',
      'proteção de dados', 'personal data', 'personenbezogene Daten', 'dados pessoais', 'cookies',
    ],
  },
];

/** The catalogue shaped for `resolveSkill`/`suggestSkills` before the skills have database ids: id = slug. */
export const SEED_RESOLVABLE_SKILLS: readonly (SkillSeed & { readonly id: string })[] = SKILL_CATALOGUE.map(
  (skill) => ({ ...skill, id: skill.slug }),
);

const bySlug = new Map(SKILL_CATALOGUE.map((skill) => [skill.slug, skill]));
const groupBySlug = new Map(SKILL_GROUPS.map((group) => [group.slug, group]));

/** The seed skill with this slug, or `undefined`. */
export function findSkillSeed(slug: string): SkillSeed | undefined {
  return bySlug.get(slug);
}

/** The skill group with this slug, or `undefined`. */
export function findSkillGroup(slug: string): SkillGroupSeed | undefined {
  return groupBySlug.get(slug);
}
