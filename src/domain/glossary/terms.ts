/**
 * The jargon glossary behind `/mentor-me glossary <term>`: the words mentors use without noticing, explained
 * for someone who has never heard them. Rules for every entry: plain words only (no jargon inside the
 * explanation), one to three short sentences, an everyday comparison where it helps, ≤ 500 characters per
 * text and language. German uses “du”, Portuguese “você”.
 */
import type { Lang } from '../../i18n';

export interface GlossaryTerm {
  /** Stable kebab-case id. */
  readonly slug: string;
  /** The term as people write it, per language (often the same English loanword). */
  readonly names: Readonly<Record<Lang, string>>;
  /** Other spellings, abbreviations and the words used in de and pt-BR. */
  readonly aliases: readonly string[];
  /** What it means, in plain words. */
  readonly explanation: Readonly<Record<Lang, string>>;
  /** A short, concrete example. */
  readonly example?: Readonly<Record<Lang, string>>;
  /** The catalogue skill where this term comes up, for a "learn it with a mentor" hint. */
  readonly skillSlug?: string;
}

/** A term written the same in every language. */
const same = (name: string): Record<Lang, string> => ({ en: name, de: name, 'pt-BR': name });

export const GLOSSARY_TERMS: readonly GlossaryTerm[] = [
  {
    slug: 'crud',
    names: same('CRUD'),
    aliases: ['create read update delete', 'CRUD operations', 'CRUD-Operationen', 'operações CRUD'],
    explanation: {
      en: 'Short for Create, Read, Update, Delete – the four things almost every app lets you do with information. Think of the contacts on your phone: you add one, look it up, change the number or remove it.',
      de: 'Kurz für Create, Read, Update, Delete – also anlegen, ansehen, ändern, löschen. Das sind die vier Dinge, die fast jede App mit Informationen macht. Wie das Adressbuch im Handy: Kontakt anlegen, nachschlagen, Nummer ändern, löschen.',
      'pt-BR':
        'Sigla em inglês para criar, ler, atualizar e apagar – as quatro coisas que quase todo aplicativo faz com informações. Pense na agenda de contatos do celular: você adiciona um contato, consulta, muda o número ou apaga.',
    },
    example: {
      en: 'A holiday-request tool is mostly CRUD: submit a request, view it, change the dates, cancel it.',
      de: 'Ein Urlaubsantrags-Tool ist im Kern CRUD: Antrag stellen, ansehen, Daten ändern, zurückziehen.',
      'pt-BR':
        'Um sistema de pedidos de férias é basicamente CRUD: você faz o pedido, consulta, muda as datas ou cancela.',
    },
    skillSlug: 'how-software-is-built',
  },
  {
    slug: 'growth-hacking',
    names: same('Growth hacking'),
    aliases: [
      'growth hack',
      'growth hacker',
      'Growth-Hacking',
      'growth marketing',
      'marketing de crescimento',
    ],
    explanation: {
      en: 'Finding fast, cheap and clever ways to get more people using a product: try lots of small ideas and keep only what works. Like a market stall testing which sign draws more customers, then putting the winner up everywhere.',
      de: 'Schnelle, günstige und clevere Wege finden, damit mehr Menschen ein Produkt nutzen: viele kleine Ideen ausprobieren und nur behalten, was wirkt. Wie ein Marktstand, der testet, welches Schild mehr Kundschaft anlockt – und dann nur noch das beste aufhängt.',
      'pt-BR':
        'Encontrar jeitos rápidos, baratos e criativos de fazer mais gente usar um produto: testar muitas ideias pequenas e ficar só com o que funciona. É como o feirante que testa qual placa atrai mais clientes e depois usa a vencedora em todas as bancas.',
    },
    example: {
      en: 'Dropbox gave extra free storage to anyone who invited a friend – the users did the advertising.',
      de: 'Dropbox schenkte allen, die Freunde einluden, zusätzlichen Speicherplatz – die Nutzer machten die Werbung selbst.',
      'pt-BR':
        'O Dropbox dava espaço extra grátis para quem convidasse um amigo – os próprios usuários faziam a propaganda.',
    },
    skillSlug: 'growth-hacking',
  },
  {
    slug: 'prompt',
    names: same('Prompt'),
    aliases: [
      'prompts',
      'prompting',
      'Prompt schreiben',
      'Eingabeaufforderung',
      'comando para IA',
      'instrução para IA',
    ],
    explanation: {
      en: 'The instruction or question you type into an AI assistant. The clearer you are about the task, the background and the result you want, the better the answer – like briefing a new colleague properly instead of calling out a single word.',
      de: 'Die Anweisung oder Frage, die du einem KI-Assistenten schreibst. Je klarer du Aufgabe, Hintergrund und gewünschtes Ergebnis beschreibst, desto besser die Antwort – wie eine gute Einweisung für eine neue Kollegin statt eines einzelnen Zurufs.',
      'pt-BR':
        'A instrução ou pergunta que você escreve para um assistente de IA. Quanto mais claro você for sobre a tarefa, o contexto e o resultado esperado, melhor a resposta – como explicar direito um trabalho para um colega novo, em vez de soltar uma palavra só.',
    },
    example: {
      en: 'Instead of “summary”, try: “Summarise this report in 5 bullet points for our sales team.”',
      de: 'Statt „Zusammenfassung“ lieber: „Fasse diesen Bericht in 5 Stichpunkten für unser Vertriebsteam zusammen.“',
      'pt-BR': 'Em vez de “resumo”, tente: “Resuma este relatório em 5 tópicos para o time de vendas.”',
    },
    skillSlug: 'ai-assistants',
  },
  {
    slug: 'api',
    names: same('API'),
    aliases: ['APIs', 'REST API', 'Schnittstelle', 'Programmierschnittstelle', 'interface de programação'],
    explanation: {
      en: 'An agreed way for two programs to talk to each other and swap information. Like a waiter in a restaurant: you don’t walk into the kitchen – you give your order to the waiter, who brings back what you asked for.',
      de: 'Eine festgelegte Art, wie zwei Programme miteinander sprechen und Informationen austauschen. Wie die Bedienung im Restaurant: Du gehst nicht selbst in die Küche, sondern bestellst bei ihr, und sie bringt dir, was du wolltest.',
      'pt-BR':
        'Um jeito combinado de dois programas conversarem e trocarem informações. Como o garçom num restaurante: você não entra na cozinha, faz o pedido a ele, e ele traz o que você pediu.',
    },
    example: {
      en: 'A weather app asks a weather service’s API for today’s forecast and shows it to you.',
      de: 'Eine Wetter-App fragt über die API eines Wetterdienstes die heutige Vorhersage ab und zeigt sie dir an.',
      'pt-BR':
        'Um app de clima pede a previsão do dia à API de um serviço de meteorologia e mostra para você.',
    },
    skillSlug: 'apis-webhooks',
  },
  {
    slug: 'kpi',
    names: same('KPI'),
    aliases: [
      'KPIs',
      'key performance indicator',
      'Kennzahl',
      'Kennzahlen',
      'indicador de desempenho',
      'indicador-chave',
      'metric',
      'Metrik',
      'métrica',
    ],
    explanation: {
      en: 'Short for key performance indicator: one number you agree to watch because it shows whether you’re reaching a goal. Like the speedometer in a car – it doesn’t drive for you, but it tells you at a glance whether you’re on track.',
      de: 'Kurz für Key Performance Indicator, auf Deutsch Kennzahl: eine Zahl, auf die ihr euch einigt, weil sie zeigt, ob ein Ziel erreicht wird. Wie der Tacho im Auto – er fährt nicht für dich, zeigt aber sofort, ob du richtig unterwegs bist.',
      'pt-BR':
        'Sigla em inglês para indicador-chave de desempenho: um número que vocês combinam de acompanhar porque mostra se a meta está sendo alcançada. Como o velocímetro do carro – não dirige por você, mas mostra na hora se está tudo no ritmo certo.',
    },
    example: {
      en: '“Three processes automated by the end of the quarter” is a KPI for someone learning Zapier.',
      de: '„Bis Quartalsende drei Abläufe automatisiert“ ist eine Kennzahl für jemanden, der Zapier lernt.',
      'pt-BR': '“Automatizar 3 processos até o fim do trimestre” é um KPI para quem está aprendendo Zapier.',
    },
    skillSlug: 'dashboards',
  },
  {
    slug: 'no-code',
    names: same('No-code'),
    aliases: ['nocode', 'low-code', 'lowcode', 'ohne Code', 'sem código'],
    explanation: {
      en: 'Tools that let you build apps, websites or automations by clicking, dragging and filling in boxes instead of writing program code. Like building with LEGO bricks instead of carving every piece yourself.',
      de: 'Werkzeuge, mit denen du Apps, Websites oder Automatisierungen per Klicken, Ziehen und Ausfüllen baust, statt Programmcode zu schreiben. Wie Bauen mit LEGO-Steinen, statt jedes Teil selbst zu schnitzen.',
      'pt-BR':
        'Ferramentas que permitem criar apps, sites ou automações clicando, arrastando e preenchendo campos, sem escrever código. É como montar com peças de LEGO em vez de esculpir cada peça à mão.',
    },
    example: {
      en: 'With a no-code tool, an HR team can build a simple onboarding checklist app in an afternoon.',
      de: 'Mit einem No-Code-Tool baut ein HR-Team an einem Nachmittag eine einfache Onboarding-Checkliste als App.',
      'pt-BR':
        'Com uma ferramenta no-code, o RH monta em uma tarde um app simples de checklist para receber gente nova.',
    },
    skillSlug: 'no-code-apps',
  },
  {
    slug: 'ab-test',
    names: { en: 'A/B test', de: 'A/B-Test', 'pt-BR': 'Teste A/B' },
    aliases: ['AB test', 'A/B testing', 'AB testing', 'split test', 'teste AB', 'testes A/B'],
    explanation: {
      en: 'Showing two versions of something – A and B – to similar groups of people at the same time, and keeping the one that works better. Like baking two batches of cookies from different recipes and seeing which plate empties first.',
      de: 'Zwei Varianten von etwas – A und B – gleichzeitig ähnlichen Gruppen zeigen und die behalten, die besser ankommt. Wie zwei Bleche Kekse nach verschiedenen Rezepten backen und schauen, welcher Teller zuerst leer ist.',
      'pt-BR':
        'Mostrar duas versões de algo – A e B – para grupos parecidos ao mesmo tempo e ficar com a que funciona melhor. Como assar duas fornadas de biscoito com receitas diferentes e ver qual prato esvazia primeiro.',
    },
    example: {
      en: 'Half the newsletter readers get subject line A, half get B; the one opened more often wins.',
      de: 'Die Hälfte der Newsletter-Leserschaft bekommt Betreffzeile A, die andere Hälfte B; die öfter geöffnete gewinnt.',
      'pt-BR':
        'Metade dos leitores da newsletter recebe o assunto A, a outra metade o B; ganha o que for mais aberto.',
    },
    skillSlug: 'growth-hacking',
  },
  {
    slug: 'seo',
    names: same('SEO'),
    aliases: [
      'search engine optimization',
      'search engine optimisation',
      'Suchmaschinenoptimierung',
      'otimização para buscadores',
      'otimização de sites',
    ],
    explanation: {
      en: 'Short for search engine optimisation: shaping a web page so Google and co. show it higher up when people search for that topic. Like giving your shop a clear sign and a tidy window so passers-by actually find it.',
      de: 'Kurz für Search Engine Optimization, auf Deutsch Suchmaschinenoptimierung: eine Webseite so gestalten, dass Google & Co. sie weiter oben zeigen, wenn jemand nach dem Thema sucht. Wie ein gut lesbares Ladenschild und ein gepflegtes Schaufenster, damit Passanten dich finden.',
      'pt-BR':
        'Sigla em inglês para otimização para mecanismos de busca: preparar uma página para que o Google e outros buscadores a mostrem mais no alto quando alguém pesquisa o assunto. Como caprichar na placa e na vitrine da loja para quem passa na rua encontrar você.',
    },
    example: {
      en: 'A bakery writes a page called “Gluten-free bread in Leeds” so it shows up when locals search for exactly that.',
      de: 'Eine Bäckerei schreibt eine Seite „Glutenfreies Brot in Köln“, damit sie genau bei dieser Suche auftaucht.',
      'pt-BR':
        'Uma padaria cria uma página “Pão sem glúten em Curitiba” para aparecer quando alguém busca exatamente isso.',
    },
    skillSlug: 'seo',
  },
  {
    slug: 'ctr',
    names: same('CTR'),
    aliases: [
      'click-through rate',
      'click rate',
      'Klickrate',
      'Durchklickrate',
      'taxa de cliques',
      'taxa de clique',
    ],
    explanation: {
      en: 'Short for click-through rate: of everyone who saw a link, ad or email, the share who actually clicked it. If 100 people see your post and 3 click, the CTR is 3%.',
      de: 'Kurz für Click-Through-Rate, auf Deutsch Klickrate: Von allen, die einen Link, eine Anzeige oder eine E-Mail gesehen haben, der Anteil, der wirklich geklickt hat. Sehen 100 Leute deinen Beitrag und 3 klicken, liegt die Klickrate bei 3 %.',
      'pt-BR':
        'Sigla em inglês para taxa de cliques: de todas as pessoas que viram um link, anúncio ou e-mail, quantas realmente clicaram. Se 100 pessoas veem seu post e 3 clicam, a CTR é de 3%.',
    },
    skillSlug: 'google-ads',
  },
  {
    slug: 'funnel',
    names: { en: 'Funnel', de: 'Funnel (Trichter)', 'pt-BR': 'Funil' },
    aliases: [
      'sales funnel',
      'marketing funnel',
      'conversion funnel',
      'Trichter',
      'Verkaufstrichter',
      'funil de vendas',
      'funnel',
    ],
    explanation: {
      en: 'The path people take from first hearing about something to buying or signing up. It’s drawn as a funnel because fewer people are left at each step – like a shop: many glance at the window, some come in, a few try something on, fewer pay.',
      de: 'Der Weg vom ersten Kontakt mit einem Angebot bis zum Kauf oder zur Anmeldung. Man zeichnet ihn als Trichter, weil bei jedem Schritt weniger übrig bleiben – wie im Laden: Viele schauen ins Schaufenster, einige kommen rein, wenige probieren an, noch weniger kaufen.',
      'pt-BR':
        'O caminho desde o primeiro contato com uma oferta até a compra ou o cadastro. É desenhado como um funil porque a cada etapa sobra menos gente – como numa loja: muitos olham a vitrine, alguns entram, poucos provam, menos ainda compram.',
    },
    example: {
      en: '1,000 see the ad → 100 visit the page → 20 start a trial → 5 become customers.',
      de: '1.000 sehen die Anzeige → 100 besuchen die Seite → 20 testen → 5 werden Kunden.',
      'pt-BR': '1.000 veem o anúncio → 100 visitam a página → 20 testam → 5 viram clientes.',
    },
    skillSlug: 'growth-hacking',
  },
  {
    slug: 'llm',
    names: same('LLM'),
    aliases: [
      'LLMs',
      'large language model',
      'language model',
      'Sprachmodell',
      'großes Sprachmodell',
      'modelo de linguagem',
      'grande modelo de linguagem',
    ],
    explanation: {
      en: 'Short for large language model: the engine behind AI assistants like ChatGPT. It has read an enormous amount of text and learnt to predict which words are likely to come next – a bit like a very well-read autocomplete.',
      de: 'Kurz für Large Language Model, auf Deutsch großes Sprachmodell: die Technik hinter KI-Assistenten wie ChatGPT. Es hat riesige Mengen Text gelesen und gelernt, welche Wörter wahrscheinlich als Nächstes kommen – eine Art sehr belesene Autovervollständigung.',
      'pt-BR':
        'Sigla em inglês para grande modelo de linguagem: o motor por trás de assistentes de IA como o ChatGPT. Ele leu uma quantidade enorme de textos e aprendeu a prever quais palavras devem vir a seguir – como o corretor do celular, só que tendo lido quase tudo.',
    },
    skillSlug: 'ai-assistants',
  },
  {
    slug: 'hallucination',
    names: { en: 'Hallucination', de: 'Halluzination', 'pt-BR': 'Alucinação' },
    aliases: [
      'hallucinations',
      'AI hallucination',
      'Halluzinationen',
      'KI-Halluzination',
      'alucinações',
      'alucinação da IA',
    ],
    explanation: {
      en: 'When an AI assistant states something false with total confidence – a made-up fact, quote or source. Like a party guest who’d rather invent an answer than admit they don’t know. So always check facts, figures and links.',
      de: 'Wenn ein KI-Assistent etwas Falsches mit voller Überzeugung behauptet – eine erfundene Tatsache, ein Zitat, eine Quelle. Wie ein Partygast, der lieber etwas erfindet, als zuzugeben, dass er es nicht weiß. Fakten, Zahlen und Links also immer prüfen.',
      'pt-BR':
        'Quando um assistente de IA afirma algo falso com toda a confiança – um fato, uma citação ou uma fonte inventada. Como aquele conhecido que prefere inventar uma resposta a admitir que não sabe. Por isso, confira sempre fatos, números e links.',
    },
    example: {
      en: 'You ask for studies on a topic and get three convincing titles – none of which exist.',
      de: 'Du fragst nach Studien zu einem Thema und bekommst drei überzeugende Titel – keinen davon gibt es.',
      'pt-BR': 'Você pede estudos sobre um tema e recebe três títulos convincentes – nenhum deles existe.',
    },
    skillSlug: 'ai-assistants',
  },
  {
    slug: 'pivot-table',
    names: { en: 'Pivot table', de: 'Pivot-Tabelle', 'pt-BR': 'Tabela dinâmica' },
    aliases: ['pivot', 'pivot tables', 'PivotTable', 'Pivottabelle', 'Pivot-Tabellen', 'tabelas dinâmicas'],
    explanation: {
      en: 'A spreadsheet feature that sums up a long list in a few clicks – totals, averages or counts, grouped however you like. Like sorting a pile of receipts into envelopes by month and writing each envelope’s total on the front.',
      de: 'Eine Funktion in Excel & Co., die eine lange Liste mit wenigen Klicks zusammenfasst – Summen, Durchschnitte oder Anzahlen, gruppiert, wie du willst. Wie einen Stapel Quittungen nach Monaten in Umschläge sortieren und die Summe vorne draufschreiben.',
      'pt-BR':
        'Um recurso do Excel e de outras planilhas que resume uma lista enorme em poucos cliques – somas, médias ou contagens agrupadas do jeito que você quiser. Como separar uma pilha de notinhas em envelopes por mês e anotar o total de cada um na frente.',
    },
    example: {
      en: 'From 5,000 rows of sales to one small table: sales per region and month.',
      de: 'Aus 5.000 Verkaufszeilen wird eine kleine Tabelle: Umsatz pro Region und Monat.',
      'pt-BR': 'De 5.000 linhas de vendas para uma tabelinha: vendas por região e por mês.',
    },
    skillSlug: 'pivot-tables',
  },
  {
    slug: 'dashboard',
    names: same('Dashboard'),
    aliases: [
      'dashboards',
      'Cockpit',
      'Kennzahlen-Cockpit',
      'painel',
      'painel de controle',
      'painel de indicadores',
    ],
    explanation: {
      en: 'One screen that shows the most important numbers at a glance, usually as charts, and keeps itself up to date. Like the dashboard in a car: speed, fuel and warning lights in one place, without opening the bonnet.',
      de: 'Eine einzige Ansicht, die die wichtigsten Zahlen auf einen Blick zeigt, meist als Diagramme, und sich selbst aktualisiert. Wie das Armaturenbrett im Auto: Tempo, Tankfüllung und Warnlampen an einem Ort – ohne die Motorhaube zu öffnen.',
      'pt-BR':
        'Uma única tela que mostra os números mais importantes de relance, geralmente em gráficos, e se atualiza sozinha. Como o painel do carro: velocidade, combustível e alertas num lugar só, sem precisar abrir o capô.',
    },
    skillSlug: 'dashboards',
  },
  {
    slug: 'sprint',
    names: same('Sprint'),
    aliases: [
      'sprints',
      'sprint planning',
      'Sprint-Planung',
      'planejamento da sprint',
      'iteration',
      'iteração',
    ],
    explanation: {
      en: 'A short, fixed stretch of time – often two weeks – in which a team commits to finishing a small batch of work, then looks back and plans the next one. Like running a series of short laps instead of one marathon.',
      de: 'Ein kurzer, fester Zeitraum – oft zwei Wochen –, in dem sich ein Team ein überschaubares Paket Arbeit vornimmt. Danach wird zurückgeschaut und der nächste geplant. Wie viele kurze Etappen statt eines Marathons.',
      'pt-BR':
        'Um período curto e fixo – muitas vezes duas semanas – em que o time se compromete a terminar um pequeno pacote de tarefas; depois avalia como foi e planeja o próximo. Como várias voltas curtas em vez de uma maratona.',
    },
    skillSlug: 'agile-scrum',
  },
  {
    slug: 'backlog',
    names: same('Backlog'),
    aliases: ['product backlog', 'Produkt-Backlog', 'backlog do produto', 'lista de pendências'],
    explanation: {
      en: 'The ordered to-do list of everything a team might work on, with the most important items at the top. Like a shopping list sorted by what you need first: new ideas go on it, but not everything gets bought.',
      de: 'Die sortierte To-do-Liste mit allem, woran ein Team arbeiten könnte – das Wichtigste steht oben. Wie ein Einkaufszettel, sortiert nach dem, was du zuerst brauchst: Neue Ideen kommen drauf, aber nicht alles wird gekauft.',
      'pt-BR':
        'A lista de tarefas, em ordem de prioridade, de tudo em que o time pode trabalhar – o mais importante fica no topo. Como uma lista de compras organizada pelo que você precisa primeiro: ideias novas entram, mas nem tudo é comprado.',
    },
    skillSlug: 'agile-scrum',
  },
  {
    slug: 'stand-up',
    names: same('Stand-up'),
    aliases: ['standup', 'daily stand-up', 'daily', 'Daily Scrum', 'Daily-Meeting', 'reunião diária'],
    explanation: {
      en: 'A short daily team check-in, often 15 minutes, where each person says what they did, what’s next and what’s in their way. Originally held standing up so it stays short – like a team huddle before kick-off.',
      de: 'Ein kurzes tägliches Team-Treffen, meist 15 Minuten: Alle sagen, was sie gemacht haben, was als Nächstes kommt und wo es hakt. Ursprünglich im Stehen, damit es kurz bleibt – wie die Besprechung im Kreis vor dem Anpfiff.',
      'pt-BR':
        'Uma reunião rápida e diária do time, geralmente de 15 minutos, em que cada pessoa conta o que fez, o que vai fazer e o que está travando. Era feita em pé para não se alongar – como a rodinha do time antes do jogo.',
    },
    skillSlug: 'agile-scrum',
  },
  {
    slug: 'mvp',
    names: same('MVP'),
    aliases: ['MVPs', 'minimum viable product', 'minimal funktionsfähiges Produkt', 'produto mínimo viável'],
    explanation: {
      en: 'Short for minimum viable product: the simplest version of an idea that real people can already use, built to learn quickly whether it deserves more effort. Like trying a new recipe at a family dinner before opening a restaurant.',
      de: 'Kurz für Minimum Viable Product: die einfachste Version einer Idee, die echte Menschen schon nutzen können – gebaut, um schnell zu lernen, ob sich mehr Aufwand lohnt. Wie ein neues Rezept erst beim Familienessen zu testen, bevor man ein Restaurant eröffnet.',
      'pt-BR':
        'Sigla em inglês para produto mínimo viável: a versão mais simples de uma ideia que pessoas de verdade já conseguem usar, feita para descobrir rápido se vale a pena investir mais. Como testar uma receita nova no almoço de família antes de abrir um restaurante.',
    },
    skillSlug: 'product-management',
  },
  {
    slug: 'cloud',
    names: { en: 'Cloud', de: 'Cloud', 'pt-BR': 'Nuvem (cloud)' },
    aliases: [
      'the cloud',
      'cloud computing',
      'cloud storage',
      'Cloud-Speicher',
      'nuvem',
      'computação em nuvem',
      'armazenamento em nuvem',
    ],
    explanation: {
      en: 'Using programs and storing files on computers that a company runs somewhere else, reached over the internet, instead of on your own device. Like keeping money in a bank rather than under the mattress: you can get to it from anywhere.',
      de: 'Programme nutzen und Dateien speichern auf Rechnern, die ein Anbieter woanders betreibt und die du übers Internet erreichst – statt auf deinem eigenen Gerät. Wie Geld auf der Bank statt unter der Matratze: Du kommst von überall dran.',
      'pt-BR':
        'Usar programas e guardar arquivos em computadores de uma empresa, acessados pela internet, em vez de no seu próprio aparelho. Como guardar dinheiro no banco em vez de debaixo do colchão: dá para acessar de qualquer lugar.',
    },
    example: {
      en: 'Google Drive, Microsoft 365 and Slack all run in the cloud.',
      de: 'Google Drive, Microsoft 365 und Slack laufen alle in der Cloud.',
      'pt-BR': 'Google Drive, Microsoft 365 e Slack funcionam na nuvem.',
    },
    skillSlug: 'cloud-basics',
  },
  {
    slug: 'phishing',
    names: same('Phishing'),
    aliases: [
      'phishing email',
      'Phishing-Mail',
      'Betrugsmail',
      'golpe por e-mail',
      'e-mail falso',
      'spear phishing',
      'smishing',
    ],
    explanation: {
      en: 'Fake messages pretending to come from someone you trust – your bank, IT, your boss – to trick you into clicking a link, giving away a password or paying. Like a con artist in a borrowed uniform. Urgency and odd sender addresses are warning signs.',
      de: 'Gefälschte Nachrichten, die so tun, als kämen sie von jemandem, dem du vertraust – deiner Bank, der IT, deiner Chefin –, damit du einen Link klickst, ein Passwort verrätst oder zahlst. Wie ein Betrüger in geliehener Uniform. Zeitdruck und seltsame Absender sind Warnzeichen.',
      'pt-BR':
        'Mensagens falsas que fingem vir de alguém de confiança – o banco, a TI, sua chefe – para fazer você clicar num link, passar uma senha ou fazer um pagamento. Como um golpista com uniforme emprestado. Pressa e remetentes estranhos são sinais de alerta.',
    },
    example: {
      en: '“Your mailbox is full – log in here within 24 hours”, sent from an address that isn’t your company’s.',
      de: '„Ihr Postfach ist voll – melden Sie sich innerhalb von 24 Stunden hier an“, von einer Adresse, die nicht zur Firma gehört.',
      'pt-BR':
        '“Sua caixa de e-mail está cheia – entre aqui em até 24 horas”, vindo de um endereço que não é da empresa.',
    },
    skillSlug: 'phishing-awareness',
  },
  {
    slug: 'two-factor-authentication',
    names: {
      en: 'Two-factor authentication (2FA)',
      de: 'Zwei-Faktor-Authentifizierung (2FA)',
      'pt-BR': 'Autenticação em dois fatores (2FA)',
    },
    aliases: [
      '2FA',
      'MFA',
      'two-factor',
      'multi-factor authentication',
      'two-step verification',
      'Zwei-Faktor',
      '2-Faktor-Authentifizierung',
      'verificação em duas etapas',
      'autenticação de dois fatores',
    ],
    explanation: {
      en: 'Logging in with two different proofs that it’s really you: something you know (your password) plus something you have (usually your phone). Like a door with two locks – a thief who steals one key still can’t get in.',
      de: 'Anmelden mit zwei verschiedenen Nachweisen, dass du es bist: etwas, das du weißt (dein Passwort), und etwas, das du hast (meist dein Handy). Wie eine Tür mit zwei Schlössern – wer einen Schlüssel klaut, kommt trotzdem nicht rein.',
      'pt-BR':
        'Entrar numa conta com duas provas diferentes de que é você mesmo: algo que você sabe (a senha) e algo que você tem (normalmente o celular). Como uma porta com duas fechaduras – quem rouba uma chave ainda não consegue entrar.',
    },
    skillSlug: 'two-factor-auth',
  },
  {
    slug: 'hashtag',
    names: same('Hashtag'),
    aliases: ['hashtags', 'Schlagwort', 'tag', 'tags'],
    explanation: {
      en: 'A word or phrase after the # sign, like #remotework, that groups posts on the same topic. Tap it and you see everything labelled the same way – like a folder anyone can drop things into.',
      de: 'Ein Wort oder eine Wortgruppe hinter dem Zeichen #, etwa #homeoffice, das Beiträge zum selben Thema bündelt. Tippst du darauf, siehst du alles mit demselben Etikett – wie ein Ordner, in den alle etwas legen können.',
      'pt-BR':
        'Uma palavra ou expressão depois do símbolo #, como #trabalhoremoto, que agrupa publicações sobre o mesmo tema. Ao tocar nela, você vê tudo que tem a mesma etiqueta – como uma pasta em que qualquer pessoa pode colocar coisas.',
    },
    skillSlug: 'social-media',
  },
  {
    slug: 'engagement',
    names: { en: 'Engagement', de: 'Engagement', 'pt-BR': 'Engajamento' },
    aliases: ['engagement rate', 'Interaktionsrate', 'Interaktionen', 'taxa de engajamento', 'interações'],
    explanation: {
      en: 'How much people actively react to what you post – likes, comments, shares, saves – rather than just scrolling past. Like applause and questions after a talk: they show the audience was really listening.',
      de: 'Wie stark Menschen aktiv auf deine Beiträge reagieren – Likes, Kommentare, Teilen, Speichern – statt nur weiterzuscrollen. Wie Applaus und Fragen nach einem Vortrag: Sie zeigen, dass das Publikum wirklich zugehört hat.',
      'pt-BR':
        'O quanto as pessoas reagem de verdade ao que você publica – curtidas, comentários, compartilhamentos, salvamentos – em vez de só rolar a tela. Como os aplausos e as perguntas depois de uma palestra: mostram que a plateia estava prestando atenção.',
    },
    example: {
      en: 'A post seen by 1,000 people that gets 50 reactions and comments has an engagement rate of 5%.',
      de: 'Ein Beitrag, den 1.000 Menschen sehen und der 50 Reaktionen und Kommentare bekommt, hat eine Engagement-Rate von 5 %.',
      'pt-BR':
        'Um post visto por 1.000 pessoas, com 50 reações e comentários, tem taxa de engajamento de 5%.',
    },
    skillSlug: 'social-media',
  },
  {
    slug: 'algorithm',
    names: { en: 'Algorithm', de: 'Algorithmus', 'pt-BR': 'Algoritmo' },
    aliases: ['algorithms', 'the algorithm', 'Algorithmen', 'algoritmos', 'feed algorithm'],
    explanation: {
      en: 'A set of step-by-step rules a computer follows to reach a result, much like a recipe. On social networks, “the algorithm” decides which posts you see first, based on what you and people like you enjoyed before.',
      de: 'Eine Abfolge klarer Schritte, die ein Computer befolgt, um zu einem Ergebnis zu kommen – ähnlich wie ein Kochrezept. In sozialen Netzwerken entscheidet „der Algorithmus“, welche Beiträge du zuerst siehst, je nachdem, was dir und ähnlichen Menschen bisher gefallen hat.',
      'pt-BR':
        'Uma sequência de passos que o computador segue para chegar a um resultado, como uma receita de bolo. Nas redes sociais, “o algoritmo” decide quais posts você vê primeiro, com base no que você e pessoas parecidas curtiram antes.',
    },
    skillSlug: 'social-media',
  },
  {
    slug: 'webhook',
    names: same('Webhook'),
    aliases: ['webhooks', 'web hook', 'callback URL'],
    explanation: {
      en: 'An automatic message one app sends to another the moment something happens, so the second app can react straight away. Like a doorbell: instead of checking the door every minute, you’re told when someone arrives.',
      de: 'Eine automatische Nachricht, die eine App einer anderen schickt, sobald etwas passiert – damit die zweite sofort reagieren kann. Wie eine Türklingel: Statt ständig nachzuschauen, erfährst du, wenn jemand da ist.',
      'pt-BR':
        'Um aviso automático que um aplicativo manda para outro assim que algo acontece, para o segundo reagir na hora. Como uma campainha: em vez de ficar olhando a porta toda hora, você é avisado quando alguém chega.',
    },
    example: {
      en: 'When someone submits a form, a webhook tells Slack, and Slack posts the answer in a channel.',
      de: 'Schickt jemand ein Formular ab, meldet ein Webhook das an Slack, und Slack postet die Antwort in einen Kanal.',
      'pt-BR':
        'Quando alguém envia um formulário, um webhook avisa o Slack, que publica a resposta num canal.',
    },
    skillSlug: 'apis-webhooks',
  },
  {
    slug: 'zap',
    names: same('Zap'),
    aliases: ['Zaps', 'Zapier Zap', 'trigger and action', 'Auslöser und Aktion', 'gatilho e ação'],
    explanation: {
      en: 'An automation you build in Zapier: “when this happens in one app, do that in another”. Like a standing instruction to a helpful colleague who never forgets.',
      de: 'Eine Automatisierung, die du in Zapier baust: „Wenn in App A das passiert, mach in App B jenes.“ Wie ein Dauerauftrag an eine hilfsbereite Kollegin, die nie etwas vergisst.',
      'pt-BR':
        'Uma automação que você cria no Zapier: “quando acontecer isto num app, faça aquilo em outro”. Como deixar um pedido fixo para um colega prestativo que nunca esquece nada.',
    },
    example: {
      en: 'When someone signs up for a training via a form, add them to a spreadsheet and send a welcome email.',
      de: 'Meldet sich jemand per Formular zur Schulung an, landet die Person automatisch in einer Tabelle und bekommt eine Willkommensmail.',
      'pt-BR':
        'Quando alguém se inscreve num treinamento pelo formulário, o nome vai para uma planilha e a pessoa recebe um e-mail de boas-vindas.',
    },
    skillSlug: 'zapier',
  },
  {
    slug: 'sql',
    names: same('SQL'),
    aliases: ['structured query language', 'SQL query', 'SQL-Abfrage', 'consulta SQL', 'query', 'Abfrage'],
    explanation: {
      en: 'A language for asking questions of a database – a large, well-organised store of information – written almost like English sentences. Like asking a librarian: “show me every book by this author published after 2020”, and getting exactly that list.',
      de: 'Eine Sprache, mit der man einer Datenbank – einem großen, geordneten Informationsspeicher – Fragen stellt, fast in englischen Sätzen. Wie eine Bitte an die Bibliothekarin: „Zeig mir alle Bücher dieser Autorin, die nach 2020 erschienen sind“ – und du bekommst genau diese Liste.',
      'pt-BR':
        'Uma linguagem para fazer perguntas a um banco de dados – um grande arquivo organizado de informações –, escrita quase como frases em inglês. Como pedir à bibliotecária: “me mostre todos os livros desta autora publicados depois de 2020” e receber exatamente essa lista.',
    },
    example: {
      en: "SELECT name FROM customers WHERE city = 'Lisbon'",
      de: "SELECT name FROM kunden WHERE stadt = 'Hamburg'",
      'pt-BR': "SELECT nome FROM clientes WHERE cidade = 'Recife'",
    },
    skillSlug: 'sql-basics',
  },
  {
    slug: 'json',
    names: same('JSON'),
    aliases: ['JSON file', 'JSON-Datei', 'arquivo JSON', 'JavaScript Object Notation'],
    explanation: {
      en: 'A simple text format programs use to pass information around: labels paired with values, inside curly brackets. Like a neatly filled-in form that both people and computers can read.',
      de: 'Ein einfaches Textformat, mit dem Programme Informationen austauschen: Bezeichnungen mit ihren Werten, in geschweiften Klammern. Wie ein ordentlich ausgefülltes Formular, das Mensch und Computer gleichermaßen lesen können.',
      'pt-BR':
        'Um formato de texto simples que os programas usam para trocar informações: rótulos com seus valores, entre chaves. Como um formulário bem preenchido que tanto pessoas quanto computadores conseguem ler.',
    },
    example: {
      en: '{ "name": "Ana", "team": "Sales", "city": "Lisbon" }',
      de: '{ "name": "Jana", "team": "Vertrieb", "stadt": "Leipzig" }',
      'pt-BR': '{ "nome": "Ana", "time": "Vendas", "cidade": "São Paulo" }',
    },
    skillSlug: 'apis-webhooks',
  },
  {
    slug: 'bug',
    names: same('Bug'),
    aliases: [
      'bugs',
      'bug report',
      'Softwarefehler',
      'Programmfehler',
      'Fehlermeldung',
      'defeito',
      'falha no sistema',
    ],
    explanation: {
      en: 'A mistake in software that makes it do the wrong thing or stop working. The name is often traced back to a real moth found stuck in an early computer. A good report says what you did, what you expected and what happened instead.',
      de: 'Ein Fehler in einer Software, durch den sie etwas Falsches tut oder nicht mehr funktioniert. Der Name wird oft auf eine echte Motte zurückgeführt, die in einem frühen Computer steckte. Gut melden heißt: was du getan hast, was du erwartet hast und was stattdessen passiert ist.',
      'pt-BR':
        'Um erro num software que faz ele agir errado ou parar de funcionar. O nome costuma ser ligado a uma mariposa de verdade encontrada presa num dos primeiros computadores. Para relatar bem, diga o que você fez, o que esperava e o que aconteceu.',
    },
    skillSlug: 'how-software-is-built',
  },
  {
    slug: 'deploy',
    names: same('Deploy'),
    aliases: [
      'deployment',
      'deploying',
      'release',
      'go-live',
      'deployen',
      'Bereitstellung',
      'implantação',
      'colocar no ar',
      'subir para produção',
    ],
    explanation: {
      en: 'Putting a new version of software live so people can actually use it. Like a restaurant moving a dish from the test kitchen onto the menu.',
      de: 'Eine neue Version einer Software live schalten, damit Menschen sie tatsächlich nutzen können. Wie ein Restaurant, das ein Gericht aus der Versuchsküche auf die Speisekarte setzt.',
      'pt-BR':
        'Colocar uma nova versão de um software no ar para as pessoas poderem usar de verdade. Como um restaurante que tira um prato da cozinha de testes e coloca no cardápio.',
    },
    example: {
      en: '“We deploy on Tuesdays” means new features reach users on Tuesdays.',
      de: '„Wir deployen dienstags“ heißt: Neue Funktionen kommen dienstags bei den Nutzern an.',
      'pt-BR': '“A gente faz deploy às terças” quer dizer que as novidades chegam aos usuários às terças.',
    },
    skillSlug: 'how-software-is-built',
  },
  {
    slug: 'ux',
    names: same('UX'),
    aliases: [
      'user experience',
      'UX design',
      'Nutzererlebnis',
      'Nutzungserlebnis',
      'Benutzerfreundlichkeit',
      'experiência do usuário',
      'usabilidade',
      'usability',
    ],
    explanation: {
      en: 'Short for user experience: how easy and pleasant something is to use, from the first click to the last. Like a well-planned kitchen where everything is exactly where you reach for it.',
      de: 'Kurz für User Experience, das Nutzungserlebnis: wie einfach und angenehm sich etwas bedienen lässt, vom ersten bis zum letzten Klick. Wie eine gut geplante Küche, in der alles genau dort ist, wo du hingreifst.',
      'pt-BR':
        'Sigla em inglês para experiência do usuário: o quanto algo é fácil e agradável de usar, do primeiro ao último clique. Como uma cozinha bem planejada, em que tudo está onde você naturalmente estica a mão.',
    },
    skillSlug: 'ux-figma',
  },
  {
    slug: 'churn',
    names: same('Churn'),
    aliases: [
      'churn rate',
      'Abwanderung',
      'Abwanderungsrate',
      'Kündigungsrate',
      'taxa de cancelamento',
      'evasão de clientes',
      'attrition',
    ],
    explanation: {
      en: 'The share of customers or users who stop using a product in a given period. Like a leaky bucket: you can keep pouring new customers in, but you also need to fix the holes.',
      de: 'Der Anteil der Kundschaft oder Nutzer, die in einem Zeitraum abspringen. Wie ein Eimer mit Löchern: Du kannst ständig neue Kunden hineingießen, musst aber auch die Löcher stopfen.',
      'pt-BR':
        'A porcentagem de clientes ou usuários que deixam de usar um produto num período. Como um balde furado: dá para continuar colocando clientes novos, mas também é preciso tapar os furos.',
    },
    example: {
      en: 'If the month starts with 100 customers and 5 cancel, monthly churn is 5%.',
      de: 'Starten 100 Kunden in den Monat und kündigen 5, liegt die monatliche Churn-Rate bei 5 %.',
      'pt-BR': 'Se o mês começa com 100 clientes e 5 cancelam, o churn mensal é de 5%.',
    },
    skillSlug: 'product-management',
  },
  {
    slug: 'conversion-rate',
    names: { en: 'Conversion rate', de: 'Konversionsrate', 'pt-BR': 'Taxa de conversão' },
    aliases: ['conversion', 'conversions', 'Conversion-Rate', 'Konversion', 'conversão', 'CVR'],
    explanation: {
      en: 'Of everyone who visited or saw something, the share who did what you hoped – bought, signed up, downloaded. Like a market stall: of 200 people who stop to look, 10 buy something, so the conversion rate is 5%.',
      de: 'Von allen, die etwas besucht oder gesehen haben, der Anteil, der das Gewünschte getan hat – gekauft, sich angemeldet, etwas heruntergeladen. Wie am Marktstand: Von 200 Leuten, die stehen bleiben, kaufen 10 etwas – die Konversionsrate liegt bei 5 %.',
      'pt-BR':
        'De todas as pessoas que visitaram ou viram algo, a parte que fez o que você esperava – comprou, se cadastrou, baixou. Como numa barraca de feira: de 200 pessoas que param para olhar, 10 compram, então a taxa de conversão é de 5%.',
    },
    skillSlug: 'growth-hacking',
  },
  {
    slug: 'retargeting',
    names: same('Retargeting'),
    aliases: ['remarketing', 'Re-Targeting', 'retargeting ads', 'redirecionamento de anúncios'],
    explanation: {
      en: 'Showing ads to people who already visited your website or app but left without buying. Like a shop assistant who waves hello again when you walk past a second time.',
      de: 'Anzeigen gezielt Menschen zeigen, die schon auf deiner Website oder in deiner App waren, aber ohne Kauf gegangen sind. Wie eine Verkäuferin, die dir noch einmal zuwinkt, wenn du ein zweites Mal vorbeigehst.',
      'pt-BR':
        'Mostrar anúncios para pessoas que já visitaram seu site ou app, mas saíram sem comprar. Como o vendedor que acena de novo quando você passa pela loja pela segunda vez.',
    },
    example: {
      en: 'You look at running shoes online, and later that same pair pops up in an ad on Instagram.',
      de: 'Du schaust dir online Laufschuhe an, und später taucht genau dieses Paar in einer Anzeige auf Instagram auf.',
      'pt-BR':
        'Você olha um tênis de corrida num site e depois aquele mesmo par aparece num anúncio no Instagram.',
    },
    skillSlug: 'meta-ads',
  },
  {
    slug: 'vlookup-xlookup',
    names: { en: 'VLOOKUP / XLOOKUP', de: 'SVERWEIS / XVERWEIS', 'pt-BR': 'PROCV / PROCX' },
    aliases: [
      'VLOOKUP',
      'XLOOKUP',
      'HLOOKUP',
      'SVERWEIS',
      'XVERWEIS',
      'PROCV',
      'PROCX',
      'INDEX MATCH',
      'lookup formula',
    ],
    explanation: {
      en: 'Spreadsheet formulas that look up a value in a table and bring back the matching information from another column. Like finding a name in a phone book and reading the number next to it. XLOOKUP is the newer, more flexible one.',
      de: 'Formeln in Excel & Co., die einen Wert in einer Tabelle suchen und die passende Information aus einer anderen Spalte zurückgeben. Wie im Telefonbuch einen Namen suchen und die Nummer daneben ablesen. XVERWEIS ist die neuere, flexiblere Variante.',
      'pt-BR':
        'Fórmulas de planilha que procuram um valor numa tabela e trazem a informação correspondente de outra coluna. Como achar um nome na lista telefônica e ler o número ao lado. O PROCX é a versão mais nova e flexível.',
    },
    example: {
      en: '=XLOOKUP(A2, Staff[ID], Staff[Team]) finds each person’s team from their ID.',
      de: '=XVERWEIS(A2; Personal[ID]; Personal[Team]) findet zu jeder ID das passende Team.',
      'pt-BR': '=PROCX(A2; Equipe[ID]; Equipe[Time]) encontra o time de cada pessoa pelo ID.',
    },
    skillSlug: 'vlookup-xlookup',
  },
  {
    slug: 'okr',
    names: same('OKR'),
    aliases: ['OKRs', 'objectives and key results', 'key results', 'objetivos e resultados-chave'],
    explanation: {
      en: 'Short for objectives and key results: a goal in plain words (the objective) plus two to four measurable results that show you got there. Like turning “get fitter” into “run 5 km without stopping by June”.',
      de: 'Kurz für Objectives and Key Results: ein Ziel in einfachen Worten (das Objective) plus zwei bis vier messbare Ergebnisse, an denen man sieht, dass es erreicht ist. Wie „fitter werden“ konkret gemacht: „bis Juni 5 km am Stück laufen“.',
      'pt-BR':
        'Sigla em inglês para objetivos e resultados-chave: uma meta em palavras simples (o objetivo) e de dois a quatro resultados mensuráveis que mostram que você chegou lá. Como transformar “entrar em forma” em “correr 5 km sem parar até junho”.',
    },
    skillSlug: 'okrs',
  },
  {
    slug: 'roi',
    names: same('ROI'),
    aliases: [
      'return on investment',
      'Kapitalrendite',
      'retorno sobre investimento',
      'retorno do investimento',
    ],
    explanation: {
      en: 'Short for return on investment: how much you got back compared with what you put in. If a training costs 100 and saves work worth 150, you gained 50 on top – an ROI of 50%. Like asking whether a kitchen gadget was worth its price.',
      de: 'Kurz für Return on Investment: wie viel etwas einbringt im Vergleich zu dem, was es gekostet hat. Kostet eine Schulung 100 und spart Arbeit im Wert von 150, hast du 50 gewonnen – ein ROI von 50 %. Wie die Frage, ob sich ein Küchengerät gelohnt hat.',
      'pt-BR':
        'Sigla em inglês para retorno sobre o investimento: quanto algo trouxe de volta em comparação com o que custou. Se um treinamento custa 100 e economiza trabalho que vale 150, você ganhou 50 a mais – um ROI de 50%. Como avaliar se aquela air fryer valeu o preço.',
    },
    skillSlug: 'data-analysis',
  },
  {
    slug: 'cookie',
    names: same('Cookie'),
    aliases: [
      'cookies',
      'cookie banner',
      'third-party cookies',
      'Drittanbieter-Cookies',
      'cookies de terceiros',
    ],
    explanation: {
      en: 'A small note a website saves in your browser so it recognises you next time – keeping you logged in or remembering your basket. Like a cloakroom ticket. Some cookies also follow you across sites for advertising, which is why sites ask for your consent.',
      de: 'Eine kleine Notiz, die eine Website in deinem Browser ablegt, um dich beim nächsten Besuch wiederzuerkennen – damit du angemeldet bleibst oder dein Warenkorb erhalten bleibt. Wie eine Garderobenmarke. Manche Cookies verfolgen dich für Werbung über viele Seiten, deshalb wirst du um Zustimmung gebeten.',
      'pt-BR':
        'Um pequeno registro que um site guarda no seu navegador para reconhecer você na próxima visita – mantendo o login ou lembrando o carrinho de compras. Como a fichinha do guarda-volumes. Alguns cookies seguem você por vários sites para fins de propaganda, por isso pedem seu consentimento.',
    },
    skillSlug: 'data-privacy',
  },
  {
    slug: 'database',
    names: { en: 'Database', de: 'Datenbank', 'pt-BR': 'Banco de dados' },
    aliases: ['databases', 'DB', 'Datenbanken', 'bancos de dados', 'base de dados'],
    explanation: {
      en: 'An organised store of information that a program can search and update quickly – all customers and their orders, for example. Like a huge, very tidy filing cabinet with someone who finds any file in a second.',
      de: 'Ein geordneter Speicher für Informationen, den ein Programm schnell durchsuchen und ändern kann – etwa alle Kunden und ihre Bestellungen. Wie ein riesiger, sehr ordentlicher Aktenschrank mit jemandem, der jede Akte in einer Sekunde findet.',
      'pt-BR':
        'Um lugar organizado onde ficam guardadas informações que um programa consegue buscar e atualizar rapidinho – todos os clientes e seus pedidos, por exemplo. Como um arquivo gigante e muito bem arrumado, com alguém que acha qualquer ficha num segundo.',
    },
    skillSlug: 'sql-basics',
  },
  {
    slug: 'agile',
    names: { en: 'Agile', de: 'Agil', 'pt-BR': 'Ágil' },
    aliases: [
      'agility',
      'agile methods',
      'agile Methoden',
      'agiles Arbeiten',
      'agilidade',
      'metodologia ágil',
      'métodos ágeis',
    ],
    explanation: {
      en: 'A way of working in short cycles: build a small piece, show it, get feedback, adjust – instead of planning everything up front and delivering once at the end. Like steering a car with lots of small corrections rather than aiming once and shutting your eyes.',
      de: 'Eine Arbeitsweise in kurzen Zyklen: ein kleines Stück bauen, zeigen, Rückmeldung holen, nachsteuern – statt alles vorab zu planen und erst ganz am Ende zu liefern. Wie Autofahren mit vielen kleinen Lenkbewegungen, statt einmal zu zielen und die Augen zu schließen.',
      'pt-BR':
        'Um jeito de trabalhar em ciclos curtos: fazer uma parte pequena, mostrar, ouvir o retorno e ajustar – em vez de planejar tudo antes e entregar só no final. Como dirigir fazendo pequenas correções no volante, e não mirar uma vez e fechar os olhos.',
    },
    skillSlug: 'agile-scrum',
  },
  {
    slug: 'csv',
    names: same('CSV'),
    aliases: ['CSV file', 'CSV-Datei', 'arquivo CSV', 'comma-separated values'],
    explanation: {
      en: 'A plain text file where each line is a row of a table and commas separate the columns. Nearly every spreadsheet and app can open or save it, so it’s the common way to move tables between tools – like a universal travel adapter.',
      de: 'Eine schlichte Textdatei, in der jede Zeile eine Tabellenzeile ist und Kommas (oft auch Semikolons) die Spalten trennen. Fast jedes Programm kann sie öffnen oder speichern – darum ist sie der gemeinsame Nenner, um Tabellen zwischen Tools zu bewegen, wie ein Universal-Reiseadapter.',
      'pt-BR':
        'Um arquivo de texto simples em que cada linha é uma linha da tabela e vírgulas (às vezes ponto e vírgula) separam as colunas. Quase todo programa abre ou salva nesse formato, por isso ele é o jeito comum de levar tabelas de uma ferramenta para outra – como um adaptador de tomada universal.',
    },
    skillSlug: 'spreadsheet-basics',
  },
  {
    slug: 'reach-impressions',
    names: { en: 'Reach & impressions', de: 'Reichweite & Impressionen', 'pt-BR': 'Alcance e impressões' },
    aliases: [
      'reach',
      'impressions',
      'Reichweite',
      'Impressionen',
      'alcance',
      'impressões',
      'views',
      'Aufrufe',
      'visualizações',
    ],
    explanation: {
      en: 'Reach is how many different people saw your post or ad; impressions is how many times it was shown in total. If one colleague sees your poster three times, that’s a reach of 1 and 3 impressions.',
      de: 'Die Reichweite sagt, wie viele verschiedene Menschen deinen Beitrag oder deine Anzeige gesehen haben; Impressionen zählen, wie oft er insgesamt angezeigt wurde. Sieht eine Kollegin dein Plakat dreimal, sind das Reichweite 1 und 3 Impressionen.',
      'pt-BR':
        'Alcance é quantas pessoas diferentes viram seu post ou anúncio; impressões é quantas vezes ele apareceu no total. Se uma colega vê seu cartaz três vezes, são alcance 1 e 3 impressões.',
    },
    skillSlug: 'social-media',
  },
];
