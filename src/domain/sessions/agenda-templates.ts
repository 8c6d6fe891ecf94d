/**
 * Suggested agenda topics per skill, offered when a mentee prepares the next session. Each list runs from the
 * basics to the more advanced (the seed article's "basics before advanced"), so a pair can simply work down
 * it, one or two topics per 30-minute session. Keys are catalogue slugs; topics are ≤ 150 characters.
 */
import type { Lang } from '../../i18n';

/** One suggested topic, in every language. */
export type AgendaTopic = Readonly<Record<Lang, string>>;

export const AGENDA_TEMPLATES: Readonly<Record<string, readonly AgendaTopic[]>> = {
  'ai-assistants': [
    {
      en: 'What AI assistants are good at – and where they make things up',
      de: 'Wofür KI-Assistenten taugen – und wo sie sich Dinge ausdenken',
      'pt-BR': 'Para que servem os assistentes de IA – e onde eles inventam coisas',
    },
    {
      en: 'Your first prompts: task, context, format – tried on a real work email',
      de: 'Erste Prompts: Aufgabe, Kontext, Format – ausprobiert an einer echten Arbeitsmail',
      'pt-BR': 'Primeiros prompts: tarefa, contexto e formato – testando num e-mail real de trabalho',
    },
    {
      en: 'Improving answers: follow-up questions, examples, asking for another tone',
      de: 'Antworten verbessern: nachhaken, Beispiele geben, einen anderen Ton verlangen',
      'pt-BR': 'Como melhorar as respostas: perguntas de acompanhamento, exemplos, pedir outro tom',
    },
    {
      en: 'What never goes in: confidential data, and our company’s rules for AI',
      de: 'Was nie hineingehört: vertrauliche Daten – und unsere KI-Regeln im Unternehmen',
      'pt-BR': 'O que nunca colar: dados confidenciais – e as regras de IA da empresa',
    },
    {
      en: 'Building a small prompt library for your recurring tasks',
      de: 'Eine kleine Prompt-Sammlung für deine wiederkehrenden Aufgaben anlegen',
      'pt-BR': 'Montando uma pequena biblioteca de prompts para suas tarefas recorrentes',
    },
  ],
  chatgpt: [
    {
      en: 'A tour of ChatGPT: chats, history, models and settings',
      de: 'Rundgang durch ChatGPT: Chats, Verlauf, Modelle und Einstellungen',
      'pt-BR': 'Um passeio pelo ChatGPT: conversas, histórico, modelos e configurações',
    },
    {
      en: 'Summarising, rewriting and translating your own texts',
      de: 'Eigene Texte zusammenfassen, umformulieren und übersetzen',
      'pt-BR': 'Resumir, reescrever e traduzir seus próprios textos',
    },
    {
      en: 'Working with files: upload a document or spreadsheet and ask questions about it',
      de: 'Mit Dateien arbeiten: ein Dokument oder eine Tabelle hochladen und Fragen dazu stellen',
      'pt-BR': 'Trabalhando com arquivos: enviar um documento ou planilha e fazer perguntas sobre ele',
    },
    {
      en: 'Checking facts and sources before you use an answer',
      de: 'Fakten und Quellen prüfen, bevor du eine Antwort verwendest',
      'pt-BR': 'Checar fatos e fontes antes de usar uma resposta',
    },
    {
      en: 'Custom instructions and your own GPTs for repeat tasks',
      de: 'Eigene Anweisungen und eigene GPTs für wiederkehrende Aufgaben',
      'pt-BR': 'Instruções personalizadas e GPTs próprios para tarefas repetitivas',
    },
  ],
  'data-analysis': [
    {
      en: 'Start with the question: which decision should this data help with?',
      de: 'Mit der Frage anfangen: Bei welcher Entscheidung sollen die Daten helfen?',
      'pt-BR': 'Comece pela pergunta: que decisão esses dados devem ajudar a tomar?',
    },
    {
      en: 'Reading a dataset: rows, columns, types of values, gaps',
      de: 'Einen Datensatz lesen: Zeilen, Spalten, Datentypen, Lücken',
      'pt-BR': 'Lendo uma base de dados: linhas, colunas, tipos de dado e lacunas',
    },
    {
      en: 'Tidying up: duplicates, typos, inconsistent formats',
      de: 'Aufräumen: Dubletten, Tippfehler, uneinheitliche Formate',
      'pt-BR': 'Faxina nos dados: duplicados, erros de digitação, formatos diferentes',
    },
    {
      en: 'Summing up: averages, medians, groups and trends over time',
      de: 'Zusammenfassen: Mittelwert, Median, Gruppen und Verläufe über die Zeit',
      'pt-BR': 'Resumindo: médias, medianas, grupos e tendências ao longo do tempo',
    },
    {
      en: 'Telling the story: one clear chart and three sentences for leadership',
      de: 'Die Geschichte erzählen: ein klares Diagramm und drei Sätze für die Führungsebene',
      'pt-BR': 'Contando a história: um gráfico claro e três frases para a liderança',
    },
  ],
  'excel-formulas': [
    {
      en: 'Cell references: relative vs. absolute ($A$1), and why it matters when you copy',
      de: 'Zellbezüge: relativ oder absolut ($A$1) – und warum das beim Kopieren zählt',
      'pt-BR': 'Referências de célula: relativas x absolutas ($A$1) e por que isso importa ao copiar',
    },
    {
      en: 'Everyday functions: SUM, AVERAGE, COUNT, MIN/MAX',
      de: 'Alltagsfunktionen: SUMME, MITTELWERT, ANZAHL, MIN/MAX',
      'pt-BR': 'Funções do dia a dia: SOMA, MÉDIA, CONT.NÚM, MÍNIMO/MÁXIMO',
    },
    {
      en: 'Decisions in formulas: IF, SUMIF, COUNTIF',
      de: 'Entscheidungen in Formeln: WENN, SUMMEWENN, ZÄHLENWENN',
      'pt-BR': 'Decisões nas fórmulas: SE, SOMASE, CONT.SE',
    },
    {
      en: 'Looking things up: XLOOKUP (and making sense of old VLOOKUPs)',
      de: 'Nachschlagen: XVERWEIS (und alte SVERWEISe verstehen)',
      'pt-BR': 'Buscando valores: PROCX (e como entender os PROCV antigos)',
    },
    {
      en: 'Finding and fixing errors: #N/A, #VALUE! and the formula auditing tools',
      de: 'Fehler finden und beheben: #NV, #WERT! und die Formelüberwachung',
      'pt-BR': 'Encontrando e corrigindo erros: #N/D, #VALOR! e a auditoria de fórmulas',
    },
  ],
  tableau: [
    {
      en: 'Connecting to data and telling dimensions from measures',
      de: 'Daten verbinden und Dimensionen von Kennzahlen unterscheiden',
      'pt-BR': 'Conectando aos dados e diferenciando dimensões de medidas',
    },
    {
      en: 'Your first charts: drag and drop onto rows, columns and marks',
      de: 'Erste Diagramme: per Drag-and-drop auf Zeilen, Spalten und Markierungen',
      'pt-BR': 'Primeiros gráficos: arrastar e soltar em linhas, colunas e marcas',
    },
    {
      en: 'Filters, sorting and colour that help rather than distract',
      de: 'Filter, Sortierung und Farben, die helfen statt ablenken',
      'pt-BR': 'Filtros, ordenação e cores que ajudam em vez de distrair',
    },
    {
      en: 'Simple calculated fields',
      de: 'Einfache berechnete Felder',
      'pt-BR': 'Campos calculados simples',
    },
    {
      en: 'Putting it together: a dashboard with interactive filters, published and shared',
      de: 'Alles zusammen: ein Dashboard mit interaktiven Filtern, veröffentlicht und geteilt',
      'pt-BR': 'Juntando tudo: um dashboard com filtros interativos, publicado e compartilhado',
    },
  ],
  'power-bi': [
    {
      en: 'Getting data in: Excel, SharePoint and CSV files',
      de: 'Daten holen: Excel, SharePoint und CSV-Dateien',
      'pt-BR': 'Importando dados: Excel, SharePoint e arquivos CSV',
    },
    {
      en: 'Tidying data in Power Query without touching the source',
      de: 'Daten in Power Query aufbereiten, ohne die Quelle zu verändern',
      'pt-BR': 'Arrumando os dados no Power Query sem mexer na fonte',
    },
    {
      en: 'Visuals and slicers: a first report page',
      de: 'Visuals und Datenschnitte: eine erste Berichtsseite',
      'pt-BR': 'Visuais e segmentações: a primeira página do relatório',
    },
    {
      en: 'Relationships between tables, explained with a real example',
      de: 'Beziehungen zwischen Tabellen, an einem echten Beispiel erklärt',
      'pt-BR': 'Relacionamentos entre tabelas, explicados com um exemplo real',
    },
    {
      en: 'First DAX measures, publishing and scheduled refresh',
      de: 'Erste DAX-Measures, Veröffentlichen und geplante Aktualisierung',
      'pt-BR': 'Primeiras medidas DAX, publicação e atualização agendada',
    },
  ],
  'sql-basics': [
    {
      en: 'What a database is: tables, rows, columns and keys',
      de: 'Was eine Datenbank ist: Tabellen, Zeilen, Spalten und Schlüssel',
      'pt-BR': 'O que é um banco de dados: tabelas, linhas, colunas e chaves',
    },
    {
      en: 'SELECT and WHERE: asking for exactly the rows you need',
      de: 'SELECT und WHERE: genau die Zeilen abfragen, die du brauchst',
      'pt-BR': 'SELECT e WHERE: pedindo exatamente as linhas de que você precisa',
    },
    {
      en: 'Sorting and summing up: ORDER BY, COUNT, SUM, GROUP BY',
      de: 'Sortieren und zusammenfassen: ORDER BY, COUNT, SUM, GROUP BY',
      'pt-BR': 'Ordenando e resumindo: ORDER BY, COUNT, SUM, GROUP BY',
    },
    {
      en: 'Combining tables with JOIN',
      de: 'Tabellen mit JOIN verknüpfen',
      'pt-BR': 'Juntando tabelas com JOIN',
    },
    {
      en: 'Answering a real question from your team with a query',
      de: 'Eine echte Frage aus deinem Team mit einer Abfrage beantworten',
      'pt-BR': 'Respondendo a uma pergunta real do seu time com uma consulta',
    },
  ],
  instagram: [
    {
      en: 'Setting up your profile: bio, photo, link and a professional account',
      de: 'Profil einrichten: Bio, Foto, Link und ein professionelles Konto',
      'pt-BR': 'Configurando o perfil: bio, foto, link e conta profissional',
    },
    {
      en: 'Feed posts, Stories and Reels: what each one is for',
      de: 'Feed-Beiträge, Stories und Reels: wofür was gut ist',
      'pt-BR': 'Posts no feed, Stories e Reels: para que serve cada um',
    },
    {
      en: 'Your first post together: photo, caption, hashtags, tagging people',
      de: 'Der erste Beitrag gemeinsam: Foto, Bildunterschrift, Hashtags, Personen markieren',
      'pt-BR': 'O primeiro post juntos: foto, legenda, hashtags e marcações',
    },
    {
      en: 'Replying to comments and messages – and staying safe while you do',
      de: 'Auf Kommentare und Nachrichten antworten – und dabei sicher bleiben',
      'pt-BR': 'Respondendo comentários e mensagens com segurança',
    },
    {
      en: 'Reading insights: reach, engagement and what to post next',
      de: 'Statistiken lesen: Reichweite, Interaktionen und was als Nächstes kommt',
      'pt-BR': 'Lendo as estatísticas: alcance, engajamento e o que postar depois',
    },
  ],
  linkedin: [
    {
      en: 'Profile check: photo, headline and About section',
      de: 'Profil-Check: Foto, Überschrift und Infobereich',
      'pt-BR': 'Revisão do perfil: foto, título e seção Sobre',
    },
    {
      en: 'Growing your network: whom to connect with, and a personal invitation note',
      de: 'Netzwerk aufbauen: mit wem du dich vernetzt – und eine persönliche Einladung',
      'pt-BR': 'Ampliando sua rede: com quem se conectar e um convite personalizado',
    },
    {
      en: 'Commenting thoughtfully on other people’s posts',
      de: 'Durchdacht kommentieren: bei Beiträgen anderer mitreden',
      'pt-BR': 'Comentando com qualidade nos posts de outras pessoas',
    },
    {
      en: 'Writing your first post: one lesson learnt from your work',
      de: 'Der erste eigene Beitrag: eine Erkenntnis aus deiner Arbeit',
      'pt-BR': 'Escrevendo seu primeiro post: um aprendizado do seu trabalho',
    },
    {
      en: 'A simple posting rhythm, and reading your post analytics',
      de: 'Ein einfacher Posting-Rhythmus – und die Statistiken deiner Beiträge',
      'pt-BR': 'Um ritmo simples de publicação e as estatísticas dos seus posts',
    },
  ],
  'meta-ads': [
    {
      en: 'How Meta ads are organised: campaign, ad set, ad',
      de: 'Wie Meta-Werbung aufgebaut ist: Kampagne, Anzeigengruppe, Anzeige',
      'pt-BR': 'Como os anúncios da Meta se organizam: campanha, conjunto de anúncios e anúncio',
    },
    {
      en: 'Choosing a goal and an audience in Ads Manager',
      de: 'Ziel und Zielgruppe im Werbeanzeigenmanager wählen',
      'pt-BR': 'Escolhendo objetivo e público no Gerenciador de Anúncios',
    },
    {
      en: 'Budget, schedule and placements',
      de: 'Budget, Laufzeit und Platzierungen',
      'pt-BR': 'Orçamento, período de veiculação e posicionamentos',
    },
    {
      en: 'Ads that work: image or video, text, call to action',
      de: 'Anzeigen, die wirken: Bild oder Video, Text, Handlungsaufforderung',
      'pt-BR': 'Anúncios que funcionam: imagem ou vídeo, texto e chamada para ação',
    },
    {
      en: 'Reading results: CTR, cost per result, A/B tests and retargeting',
      de: 'Ergebnisse lesen: CTR, Kosten pro Ergebnis, A/B-Tests und Retargeting',
      'pt-BR': 'Lendo os resultados: CTR, custo por resultado, testes A/B e remarketing',
    },
  ],
  seo: [
    {
      en: 'How search engines find, read and rank pages',
      de: 'Wie Suchmaschinen Seiten finden, lesen und einordnen',
      'pt-BR': 'Como os buscadores encontram, leem e classificam as páginas',
    },
    {
      en: 'Keyword research: the words your audience actually types',
      de: 'Keyword-Recherche: die Wörter, die deine Zielgruppe wirklich eintippt',
      'pt-BR': 'Pesquisa de palavras-chave: os termos que seu público realmente digita',
    },
    {
      en: 'On-page basics: titles, headings, descriptions and image alt text',
      de: 'On-Page-Grundlagen: Titel, Überschriften, Beschreibungen und Alt-Texte für Bilder',
      'pt-BR': 'O básico na página: títulos, subtítulos, descrições e texto alternativo das imagens',
    },
    {
      en: 'Content that answers real questions – and earning links from other sites',
      de: 'Inhalte, die echte Fragen beantworten – und Links von anderen Seiten gewinnen',
      'pt-BR': 'Conteúdo que responde perguntas reais – e como conquistar links de outros sites',
    },
    {
      en: 'Measuring progress with Google Search Console',
      de: 'Fortschritt messen mit der Google Search Console',
      'pt-BR': 'Medindo a evolução com o Google Search Console',
    },
  ],
  zapier: [
    {
      en: 'Spotting the tasks in your week that are worth automating',
      de: 'Aufgaben in deiner Woche finden, die sich zu automatisieren lohnen',
      'pt-BR': 'Identificando as tarefas da sua semana que valem a pena automatizar',
    },
    {
      en: 'Triggers and actions: building your first Zap together',
      de: 'Auslöser und Aktionen: den ersten Zap gemeinsam bauen',
      'pt-BR': 'Gatilhos e ações: criando o primeiro Zap juntos',
    },
    {
      en: 'Passing data between steps, and testing safely',
      de: 'Daten zwischen Schritten weitergeben und gefahrlos testen',
      'pt-BR': 'Passando dados entre etapas e testando com segurança',
    },
    {
      en: 'Filters, paths and delays for smarter workflows',
      de: 'Filter, Pfade und Verzögerungen für klügere Abläufe',
      'pt-BR': 'Filtros, caminhos e atrasos para fluxos mais inteligentes',
    },
    {
      en: 'Keeping Zaps healthy: error alerts, clear names, handing over',
      de: 'Zaps gesund halten: Fehlerwarnungen, klare Namen, Übergabe',
      'pt-BR': 'Mantendo os Zaps saudáveis: alertas de erro, nomes claros e passagem de bastão',
    },
  ],
  'slack-async': [
    {
      en: 'Channels, DMs and threads: where each conversation belongs',
      de: 'Kanäle, Direktnachrichten, Threads: Wohin welches Gespräch gehört',
      'pt-BR': 'Canais, mensagens diretas e threads: onde cada conversa deve ficar',
    },
    {
      en: 'Writing async-friendly messages: context, request and deadline in one go',
      de: 'Nachrichten, die ohne Rückfrage funktionieren: Kontext, Bitte und Frist auf einen Blick',
      'pt-BR': 'Mensagens que dispensam ida e volta: contexto, pedido e prazo de uma vez só',
    },
    {
      en: 'Taming notifications: sections, mute, Do Not Disturb, reminders',
      de: 'Benachrichtigungen zähmen: Bereiche, Stummschalten, Nicht stören, Erinnerungen',
      'pt-BR': 'Domando as notificações: seções, silenciar, Não perturbe e lembretes',
    },
    {
      en: 'Search, saved items, huddles and clips',
      de: 'Suche, gespeicherte Elemente, Huddles und Clips',
      'pt-BR': 'Busca, itens salvos, huddles e clipes',
    },
    {
      en: 'Replacing a status meeting with an async update or a simple workflow',
      de: 'Ein Status-Meeting durch ein asynchrones Update oder einen einfachen Workflow ersetzen',
      'pt-BR':
        'Trocando uma reunião de status por uma atualização assíncrona ou um fluxo de trabalho simples',
    },
  ],
  canva: [
    {
      en: 'Finding your way around: templates, elements, brand kit',
      de: 'Zurechtfinden: Vorlagen, Elemente, Brand Kit',
      'pt-BR': 'Conhecendo a ferramenta: modelos, elementos e kit de marca',
    },
    {
      en: 'Design basics: contrast, alignment, white space, fonts',
      de: 'Gestaltungsgrundlagen: Kontrast, Ausrichtung, Weißraum, Schriften',
      'pt-BR': 'Noções de design: contraste, alinhamento, espaço em branco e fontes',
    },
    {
      en: 'Creating a social media post and resizing it for other channels',
      de: 'Einen Social-Media-Beitrag gestalten und für andere Kanäle anpassen',
      'pt-BR': 'Criando um post para redes sociais e adaptando o tamanho para outros canais',
    },
    {
      en: 'Presentations and short videos in Canva',
      de: 'Präsentationen und kurze Videos in Canva',
      'pt-BR': 'Apresentações e vídeos curtos no Canva',
    },
    {
      en: 'Sharing, commenting and working on one design together',
      de: 'Teilen, kommentieren und gemeinsam an einem Design arbeiten',
      'pt-BR': 'Compartilhando, comentando e trabalhando juntos no mesmo design',
    },
  ],
  'agile-scrum': [
    {
      en: 'Why agile: short cycles, early feedback, plans that may change',
      de: 'Warum agil: kurze Zyklen, frühes Feedback, Pläne dürfen sich ändern',
      'pt-BR': 'Por que ágil: ciclos curtos, feedback cedo e planos que podem mudar',
    },
    {
      en: 'The roles in Scrum: product owner, Scrum Master, developers',
      de: 'Die Rollen in Scrum: Product Owner, Scrum Master, Entwicklungsteam',
      'pt-BR': 'Os papéis no Scrum: product owner, Scrum Master e time de desenvolvimento',
    },
    {
      en: 'The sprint rhythm: planning, daily stand-up, review, retrospective',
      de: 'Der Sprint-Rhythmus: Planning, Daily, Review, Retrospektive',
      'pt-BR': 'O ritmo da sprint: planejamento, daily, revisão e retrospectiva',
    },
    {
      en: 'Backlog and user stories: describing work and slicing it small',
      de: 'Backlog und User Storys: Arbeit beschreiben und klein schneiden',
      'pt-BR': 'Backlog e histórias de usuário: descrever o trabalho e fatiar em partes pequenas',
    },
    {
      en: 'Sitting in on a real team meeting, then talking it through afterwards',
      de: 'Bei einem echten Team-Termin dabei sein und ihn danach gemeinsam besprechen',
      'pt-BR': 'Participar de uma cerimônia real de um time e conversar sobre ela depois',
    },
  ],
  'how-software-is-built': [
    {
      en: 'From idea to app: who does what (product, design, engineering)',
      de: 'Von der Idee zur App: wer was macht (Produkt, Design, Entwicklung)',
      'pt-BR': 'Da ideia ao app: quem faz o quê (produto, design e desenvolvimento)',
    },
    {
      en: 'Front end, back end and database, explained with an app you use every day',
      de: 'Frontend, Backend und Datenbank, erklärt an einer App, die du täglich nutzt',
      'pt-BR': 'Front-end, back-end e banco de dados, explicados com um app que você usa todo dia',
    },
    {
      en: 'CRUD: the four things almost every screen does',
      de: 'CRUD: die vier Dinge, die fast jeder Bildschirm macht',
      'pt-BR': 'CRUD: as quatro coisas que quase toda tela faz',
    },
    {
      en: 'APIs: how apps talk to each other',
      de: 'APIs: wie Apps miteinander sprechen',
      'pt-BR': 'APIs: como os apps conversam entre si',
    },
    {
      en: 'Bugs, testing and deploys: how a change reaches users',
      de: 'Bugs, Tests und Deploys: wie eine Änderung bei den Nutzern ankommt',
      'pt-BR': 'Bugs, testes e deploys: como uma mudança chega aos usuários',
    },
  ],
  'cybersecurity-hygiene': [
    {
      en: 'Why you are a target, even if you think you’re not interesting',
      de: 'Warum auch du ein Ziel bist – selbst wenn du dich für uninteressant hältst',
      'pt-BR': 'Por que você é um alvo, mesmo achando que não é interessante',
    },
    {
      en: 'Strong passwords, and setting up a password manager',
      de: 'Starke Passwörter – und einen Passwort-Manager einrichten',
      'pt-BR': 'Senhas fortes e a configuração de um gerenciador de senhas',
    },
    {
      en: 'Turning on two-factor authentication for your most important accounts',
      de: 'Zwei-Faktor-Authentifizierung für deine wichtigsten Konten einschalten',
      'pt-BR': 'Ativando a autenticação em dois fatores nas suas contas mais importantes',
    },
    {
      en: 'Spotting phishing: real examples from your inbox',
      de: 'Phishing erkennen: echte Beispiele aus dem Postfach',
      'pt-BR': 'Reconhecendo phishing: exemplos reais da caixa de entrada',
    },
    {
      en: 'Updates, public Wi-Fi – and what to do if you did click something',
      de: 'Updates, öffentliches WLAN – und was tun, wenn du doch geklickt hast',
      'pt-BR': 'Atualizações, Wi-Fi público – e o que fazer se você clicou em algo suspeito',
    },
  ],
};

/**
 * The suggested agenda topics for a skill, basics first, in the member's language.
 * Returns `[]` for a skill without a template (e.g. one an admin added), so callers can simply skip the hint.
 */
export function agendaTopicsFor(slug: string, lang: Lang): string[] {
  const topics = Object.prototype.hasOwnProperty.call(AGENDA_TEMPLATES, slug)
    ? AGENDA_TEMPLATES[slug]
    : undefined;
  return topics ? topics.map((topic) => topic[lang]) : [];
}

/** Slugs of the skills that have an agenda template. */
export function skillsWithAgendaTemplates(): string[] {
  return Object.keys(AGENDA_TEMPLATES);
}
