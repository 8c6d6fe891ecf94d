import {
  BLOCK_KIT_LIMITS,
  checkMessage,
  checkView,
  expectValidMessage,
  expectValidView,
} from '../support/block-kit-limits';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests mutate fixtures freely

const pt = (text: string) => ({ type: 'plain_text', text });
const md = (text: string) => ({ type: 'mrkdwn', text });
const x = (n: number) => 'x'.repeat(n);
const opt = (text: string, value: string) => ({ text: pt(text), value });
const opts = (n: number) => Array.from({ length: n }, (_, i) => opt(`Option ${i}`, `v${i}`));

/** A realistic modal touching most block and element kinds, exactly at or under every limit. */
function goodModal(): Obj {
  return {
    type: 'modal',
    callback_id: 'mm_self_eval',
    private_metadata: JSON.stringify({ v: 1, cohort: 'c1' }),
    title: pt(x(BLOCK_KIT_LIMITS.modalTitle)),
    submit: pt('Save'),
    close: pt('Cancel'),
    blocks: [
      { type: 'header', block_id: 'b_header', text: pt('Self-evaluation') },
      {
        type: 'section',
        block_id: 'b_intro',
        text: md('*What do you want to learn?*'),
        fields: [md('*Skill*'), md('Excel formulas')],
        accessory: {
          type: 'overflow',
          action_id: 'a_more',
          options: [opt('Help', 'help'), { ...opt('Docs', 'docs'), url: 'https://example.com/docs' }],
        },
      },
      { type: 'divider' },
      {
        type: 'input',
        block_id: 'b_skill',
        label: pt('Skill'),
        hint: pt('Pick the one you want most'),
        element: {
          type: 'static_select',
          action_id: 'a_skill',
          placeholder: pt('Choose a skill'),
          options: [opt('Excel', 'excel'), opt('SEO', 'seo')],
          initial_option: opt('SEO', 'seo'),
        },
      },
      {
        type: 'input',
        block_id: 'b_goals',
        label: pt('Goals'),
        element: {
          type: 'plain_text_input',
          action_id: 'a_goals',
          multiline: true,
          min_length: 3,
          max_length: 500,
          initial_value: 'Automate 3 processes',
          placeholder: pt('e.g. post on Instagram within a month'),
        },
      },
      {
        type: 'input',
        block_id: 'b_format',
        label: pt('Format'),
        element: {
          type: 'checkboxes',
          action_id: 'a_format',
          options: [{ text: md('*Online*'), value: 'online' }, opt('In person', 'in_person')],
          initial_options: [{ text: md('*Online*'), value: 'online' }],
        },
      },
      {
        type: 'actions',
        block_id: 'b_actions',
        elements: [
          { type: 'button', action_id: 'a_ok', text: pt('OK'), value: 'ok', style: 'primary' },
          { type: 'button', action_id: 'a_link', text: pt('Guide'), url: 'https://example.com/guide' },
        ],
      },
      {
        type: 'context',
        elements: [
          md('Takes 2 minutes'),
          { type: 'image', image_url: 'https://example.com/i.png', alt_text: 'icon' },
        ],
      },
      { type: 'image', image_url: 'https://example.com/a.png', alt_text: 'A chart' },
    ],
  };
}

function goodMessage(): Obj {
  return {
    text: 'Your mentor accepted',
    blocks: [
      { type: 'section', block_id: 'm_1', text: md('*Ana* accepted your proposal') },
      {
        type: 'actions',
        block_id: 'm_2',
        elements: [{ type: 'button', action_id: 'm_open', text: pt('Open') }],
      },
    ],
  };
}

const block = (v: Obj, id: string): Obj => {
  const found = (v.blocks as Obj[]).find((b) => b.block_id === id);
  if (!found) throw new Error(`fixture has no block ${id}`);
  return found;
};

describe('checkView — a good view', () => {
  test('when a modal is exactly within every limit, then there are no violations', () => {
    expect(checkView(goodModal())).toEqual([]);
  });

  test('when a Home tab view is valid, then there are no violations', () => {
    const home = { type: 'home', blocks: goodModal().blocks.filter((b: Obj) => b.type !== 'input') };
    expect(checkView(home)).toEqual([]);
  });

  test('when the view arrives as a JSON string (form-encoded Web API call), then it is decoded and checked', () => {
    expect(checkView(JSON.stringify(goodModal()))).toEqual([]);
    const bad = goodModal();
    bad.title = pt(x(25));
    expect(checkView(JSON.stringify(bad))).toEqual([expect.stringContaining('view.title')]);
    expect(checkView('{not json')).toEqual(['view: is a string but not valid JSON']);
  });
});

/**
 * Each row: a mutation of the good modal that breaks exactly one documented rule, and what must be reported.
 * The assertion is exact (one violation), so a rule that over-reports or misses is caught either way.
 */
const viewCases: [string, (v: Obj) => void, string][] = [
  [
    'the modal has 101 blocks',
    (v) => (v.blocks = Array.from({ length: 101 }, () => ({ type: 'divider' }))),
    'blocks: has 101 items, max 100',
  ],
  [
    'the title is 25 characters',
    (v) => (v.title = pt(x(25))),
    'view.title: plain_text is 25 characters, max 24',
  ],
  ['the title is mrkdwn', (v) => (v.title = md('Hi')), 'view.title: must be plain_text'],
  ['the title is missing', (v) => delete v.title, 'view.title: is required'],
  [
    'the submit text is 25 characters',
    (v) => (v.submit = pt(x(25))),
    'view.submit: plain_text is 25 characters, max 24',
  ],
  [
    'the close text is 25 characters',
    (v) => (v.close = pt(x(25))),
    'view.close: plain_text is 25 characters, max 24',
  ],
  [
    'a modal with input blocks has no submit',
    (v) => delete v.submit,
    'view.submit: is required when the modal has input blocks',
  ],
  [
    'the callback_id is 256 characters',
    (v) => (v.callback_id = x(256)),
    'view.callback_id: is 256 characters, max 255',
  ],
  [
    'private_metadata is 3001 characters',
    (v) => (v.private_metadata = x(3001)),
    'view.private_metadata: is 3001 characters, max 3000',
  ],
  [
    'a block_id is 256 characters',
    (v) => (block(v, 'b_intro').block_id = x(256)),
    'blocks[1].block_id: is 256 characters, max 255',
  ],
  [
    'two blocks share a block_id',
    (v) => (block(v, 'b_intro').block_id = 'b_header'),
    'blocks[1].block_id: duplicate block_id "b_header"',
  ],
  [
    'an action_id is 256 characters',
    (v) => (block(v, 'b_actions').elements[0].action_id = x(256)),
    'blocks[6].elements[0].action_id: is 256 characters, max 255',
  ],
  [
    'two elements in one block share an action_id',
    (v) => (block(v, 'b_actions').elements[1].action_id = 'a_ok'),
    'duplicate action_id "a_ok" in the same block',
  ],
  [
    'two blocks of the view share an action_id',
    (v) => (block(v, 'b_goals').element.action_id = 'a_skill'),
    'duplicate action_id "a_skill" in the same view',
  ],
  [
    'section text is 3001 characters',
    (v) => (block(v, 'b_intro').text = md(x(3001))),
    'blocks[1].text: mrkdwn is 3001 characters, max 3000',
  ],
  [
    'a section has 11 fields',
    (v) => (block(v, 'b_intro').fields = Array.from({ length: 11 }, () => md('f'))),
    'blocks[1].fields: has 11 items, max 10',
  ],
  [
    'a section field is 2001 characters',
    (v) => (block(v, 'b_intro').fields[0] = md(x(2001))),
    'blocks[1].fields[0]: mrkdwn is 2001 characters, max 2000',
  ],
  [
    'a section has neither text nor fields',
    (v) => (delete block(v, 'b_intro').text, delete block(v, 'b_intro').fields),
    'section needs text or fields',
  ],
  [
    'header text is 151 characters',
    (v) => (block(v, 'b_header').text = pt(x(151))),
    'blocks[0].text: plain_text is 151 characters, max 150',
  ],
  [
    'header text is mrkdwn',
    (v) => (block(v, 'b_header').text = md('Hi')),
    'blocks[0].text: must be plain_text',
  ],
  [
    'a context block has 11 elements',
    (v) => (v.blocks[7].elements = Array.from({ length: 11 }, () => md('c'))),
    'blocks[7].elements: has 11 items, max 10',
  ],
  [
    'an actions block has 26 elements',
    (v) =>
      (block(v, 'b_actions').elements = Array.from({ length: 26 }, (_, i) => ({
        type: 'button',
        action_id: `b${i}`,
        text: pt('B'),
      }))),
    'blocks[6].elements: has 26 items, max 25',
  ],
  [
    'button text is 76 characters',
    (v) => (block(v, 'b_actions').elements[0].text = pt(x(76))),
    'blocks[6].elements[0].text: plain_text is 76 characters, max 75',
  ],
  [
    'a button value is 2001 characters',
    (v) => (block(v, 'b_actions').elements[0].value = x(2001)),
    'blocks[6].elements[0].value: is 2001 characters, max 2000',
  ],
  [
    'a button url is 3001 characters',
    (v) => (block(v, 'b_actions').elements[1].url = `https://e.com/${x(2987)}`),
    'blocks[6].elements[1].url: is 3001 characters, max 3000',
  ],
  [
    'a button style is not primary/danger',
    (v) => (block(v, 'b_actions').elements[0].style = 'secondary'),
    'style: must be primary or danger',
  ],
  [
    'an option text is 76 characters',
    (v) => (block(v, 'b_skill').element.options[0].text = pt(x(76))),
    'blocks[3].element.options[0].text: plain_text is 76 characters, max 75',
  ],
  [
    'an option value is 151 characters',
    (v) => (block(v, 'b_skill').element.options[0].value = x(151)),
    'blocks[3].element.options[0].value: is 151 characters, max 150',
  ],
  [
    'a select option text is mrkdwn',
    (v) => (block(v, 'b_skill').element.options[0].text = md('Excel')),
    'blocks[3].element.options[0].text: must be plain_text',
  ],
  [
    'a select has 101 options',
    (v) => Object.assign(block(v, 'b_skill').element, { options: opts(101), initial_option: undefined }),
    'blocks[3].element.options: has 101 items, max 100',
  ],
  [
    'a select has 101 option groups',
    (v) =>
      Object.assign(block(v, 'b_skill').element, {
        options: undefined,
        initial_option: undefined,
        option_groups: Array.from({ length: 101 }, (_, i) => ({
          label: pt(`G${i}`),
          options: [opt('A', `g${i}`)],
        })),
      }),
    'blocks[3].element.option_groups: has 101 items, max 100',
  ],
  [
    'a select has both options and option_groups',
    (v) => (block(v, 'b_skill').element.option_groups = [{ label: pt('G'), options: [opt('A', 'a')] }]),
    'needs exactly one of options or option_groups',
  ],
  [
    'an input label is 2001 characters',
    (v) => (block(v, 'b_skill').label = pt(x(2001))),
    'blocks[3].label: plain_text is 2001 characters, max 2000',
  ],
  [
    'an input hint is 2001 characters',
    (v) => (block(v, 'b_skill').hint = pt(x(2001))),
    'blocks[3].hint: plain_text is 2001 characters, max 2000',
  ],
  ['an input has no element', (v) => delete block(v, 'b_skill').element, 'blocks[3].element: is required'],
  [
    'a placeholder is 151 characters',
    (v) => (block(v, 'b_goals').element.placeholder = pt(x(151))),
    'blocks[4].element.placeholder: plain_text is 151 characters, max 150',
  ],
  [
    'plain_text_input max_length is 3001',
    (v) => (block(v, 'b_goals').element.max_length = 3001),
    'blocks[4].element.max_length: must be an integer 1–3000',
  ],
  [
    'plain_text_input min_length exceeds max_length',
    (v) => Object.assign(block(v, 'b_goals').element, { min_length: 600, initial_value: undefined }),
    'min_length 600 is greater than max_length 500',
  ],
  [
    'the initial_value is longer than max_length',
    (v) => (block(v, 'b_goals').element.initial_value = x(501)),
    'blocks[4].element.initial_value: is 501 characters, max 500',
  ],
  [
    'the initial_value is longer than 3000 with no max_length',
    (v) => (
      delete block(v, 'b_goals').element.max_length,
      (block(v, 'b_goals').element.initial_value = x(3001))
    ),
    'initial_value: is 3001 characters, max 3000',
  ],
  [
    'the initial_value is shorter than min_length',
    (v) => (block(v, 'b_goals').element.initial_value = 'ab'),
    'initial_value: is 2 characters, min 3',
  ],
  [
    'a static select initial_option is not among its options',
    (v) => (block(v, 'b_skill').element.initial_option = opt('Tableau', 'tableau')),
    'blocks[3].element.initial_option: initial option "tableau" is not among the options',
  ],
  [
    'a static select initial_option has the value but other text',
    (v) => (block(v, 'b_skill').element.initial_option = opt('SEO!', 'seo')),
    'initial option "seo" is not among the options',
  ],
  [
    'a multi select initial_options entry is not among its options',
    (v) =>
      Object.assign(block(v, 'b_skill').element, {
        type: 'multi_static_select',
        initial_option: undefined,
        initial_options: [opt('Nope', 'nope')],
      }),
    'blocks[3].element.initial_options[0]: initial option "nope" is not among the options',
  ],
  [
    'a checkboxes initial_options entry is not among its options',
    (v) => (block(v, 'b_format').element.initial_options = [opt('Async', 'async')]),
    'blocks[5].element.initial_options[0]: initial option "async"',
  ],
  [
    'an overflow has 1 option',
    (v) => (block(v, 'b_intro').accessory.options = opts(1)),
    'blocks[1].accessory.options: has 1 items, min 2',
  ],
  [
    'an overflow has 6 options',
    (v) => (block(v, 'b_intro').accessory.options = opts(6)),
    'blocks[1].accessory.options: has 6 items, max 5',
  ],
  [
    'checkboxes have 11 options',
    (v) => Object.assign(block(v, 'b_format').element, { options: opts(11), initial_options: undefined }),
    'blocks[5].element.options: has 11 items, max 10',
  ],
  [
    'radio buttons have 11 options',
    (v) => (block(v, 'b_format').element = { type: 'radio_buttons', action_id: 'a_r', options: opts(11) }),
    'blocks[5].element.options: has 11 items, max 10',
  ],
  [
    'an image block alt_text is 2001 characters',
    (v) => (v.blocks[8].alt_text = x(2001)),
    'blocks[8].alt_text: is 2001 characters, max 2000',
  ],
  [
    'an image in a context block has no alt_text',
    (v) => delete v.blocks[7].elements[1].alt_text,
    'blocks[7].elements[1].alt_text: is required',
  ],
  [
    'a plain_text object is empty',
    (v) => (block(v, 'b_skill').label = pt('')),
    'blocks[3].label: plain_text text must not be empty',
  ],
  [
    'a mrkdwn object is empty',
    (v) => (block(v, 'b_intro').text = md('')),
    'blocks[1].text: mrkdwn text must not be empty',
  ],
  [
    'a text object has an unknown type',
    (v) => (block(v, 'b_intro').text = { type: 'markdown', text: 'x' }),
    'text object type must be plain_text or mrkdwn',
  ],
  [
    'a mrkdwn object carries emoji',
    (v) => (block(v, 'b_intro').text = { ...md('x'), emoji: true }),
    'blocks[1].text.emoji: is only allowed on plain_text',
  ],
  [
    'a block type is unknown',
    (v) => v.blocks.push({ type: 'sectoin', text: md('typo') }),
    'blocks[9].type: unknown block type "sectoin"',
  ],
  [
    'an element type is not allowed in an actions block',
    (v) => block(v, 'b_actions').elements.push({ type: 'plain_text_input', action_id: 'a_x' }),
    'unknown or disallowed element type "plain_text_input" in an actions block',
  ],
  [
    'two elements set focus_on_load',
    (v) => (
      (block(v, 'b_skill').element.focus_on_load = true),
      (block(v, 'b_goals').element.focus_on_load = true)
    ),
    'only one is allowed',
  ],
  [
    'a datepicker initial_date is not YYYY-MM-DD',
    (v) =>
      block(v, 'b_actions').elements.push({ type: 'datepicker', action_id: 'a_d', initial_date: '1/2/2026' }),
    'initial_date: must be YYYY-MM-DD',
  ],
  [
    'a confirm dialog title is 101 characters',
    (v) =>
      (block(v, 'b_actions').elements[0].confirm = {
        title: pt(x(101)),
        text: pt('Sure?'),
        confirm: pt('Yes'),
        deny: pt('No'),
      }),
    'confirm.title: plain_text is 101 characters, max 100',
  ],
  [
    'the view type is neither modal nor home',
    (v) => (v.type = 'workflow_step'),
    'view.type: must be modal or home',
  ],
];

describe('checkView — each documented limit is enforced', () => {
  test.each(viewCases)('when %s, then it is reported', (_name, mutate, expected) => {
    const view = goodModal();
    mutate(view);
    expect(checkView(view, { actionIdScope: 'surface' })).toEqual([expect.stringContaining(expected)]);
  });

  test('when a limit is hit exactly (not exceeded), then nothing is reported', () => {
    const v = goodModal();
    v.callback_id = x(255);
    v.private_metadata = x(3000);
    block(v, 'b_header').text = pt(x(150));
    block(v, 'b_intro').text = md(x(3000));
    block(v, 'b_intro').fields = Array.from({ length: 10 }, (_, i) => md(i === 0 ? x(2000) : 'f'));
    block(v, 'b_intro').accessory.options = opts(5);
    Object.assign(block(v, 'b_skill').element, {
      options: opts(100),
      initial_option: opt('Option 99', 'v99'),
    });
    block(v, 'b_skill').element.options[0] = opt(x(75), x(150));
    block(v, 'b_goals').element.max_length = 3000;
    block(v, 'b_goals').element.initial_value = x(3000);
    block(v, 'b_actions').elements[0].text = pt(x(75));
    block(v, 'b_actions').elements[0].value = x(2000);
    v.blocks.push(...Array.from({ length: 100 - v.blocks.length }, () => ({ type: 'divider' })));
    expect(checkView(v)).toEqual([]);
  });

  test('when actionIdScope is "block", then the same action_id in two blocks passes but not twice in one block', () => {
    const v = goodModal();
    block(v, 'b_goals').element.action_id = 'a_skill';
    expect(checkView(v, { actionIdScope: 'block' })).toEqual([]);
    block(v, 'b_actions').elements[1].action_id = 'a_ok';
    expect(checkView(v, { actionIdScope: 'block' })).toEqual([expect.stringContaining('in the same block')]);
  });

  test('when a Home tab has 101 blocks, then it is reported', () => {
    const home = { type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) };
    expect(checkView(home)).toEqual(['blocks: has 101 items, max 100 (blocks)']);
  });

  test('when several rules are broken, then every violation is listed, not just the first', () => {
    const v = goodModal();
    v.title = pt(x(30));
    block(v, 'b_header').text = pt(x(200));
    block(v, 'b_actions').elements[0].text = pt(x(80));
    expect(checkView(v)).toHaveLength(3);
  });
});

describe('checkMessage', () => {
  test('when a message has a text fallback and valid blocks, then there are no violations', () => {
    expect(checkMessage(goodMessage())).toEqual([]);
    expect(checkMessage({ text: 'Plain text only' })).toEqual([]);
  });

  test('when a message has 51 blocks, then it is reported (50 is fine)', () => {
    const msg = { text: 'many', blocks: Array.from({ length: 50 }, () => ({ type: 'divider' })) };
    expect(checkMessage(msg)).toEqual([]);
    msg.blocks.push({ type: 'divider' });
    expect(checkMessage(msg)).toEqual(['blocks: has 51 items, max 50 (blocks)']);
  });

  test('when a message has blocks but no top-level text, then the missing fallback is reported', () => {
    const msg = goodMessage();
    delete msg.text;
    expect(checkMessage(msg)).toEqual([
      expect.stringMatching(/^text: a non-empty top-level text fallback is required/),
    ]);
    expect(checkMessage({ ...goodMessage(), text: '   ' })).toHaveLength(1);
  });

  test('when the text is 40,001 characters, then it is reported (40,000 is fine)', () => {
    expect(checkMessage({ text: x(40_000) })).toEqual([]);
    expect(checkMessage({ text: x(40_001) })).toEqual(['text: is 40001 characters, max 40000']);
  });

  test('when two blocks of a message share a block_id or an action_id, then both are reported', () => {
    const msg = goodMessage();
    msg.blocks.push({
      type: 'actions',
      block_id: 'm_1',
      elements: [{ type: 'button', action_id: 'm_open', text: pt('Again') }],
    });
    expect(checkMessage(msg, { actionIdScope: 'surface' })).toEqual([
      expect.stringContaining('blocks[2].block_id: duplicate block_id "m_1"'),
      expect.stringContaining('duplicate action_id "m_open" in the same message'),
    ]);
  });

  test('when blocks arrive as a JSON string (form-encoded chat.postMessage), then they are decoded and checked', () => {
    const msg = goodMessage();
    expect(checkMessage({ text: msg.text, blocks: JSON.stringify(msg.blocks) })).toEqual([]);
    msg.blocks[0].text = md('');
    expect(checkMessage({ text: msg.text, blocks: JSON.stringify(msg.blocks) })).toEqual([
      expect.stringContaining('blocks[0].text: mrkdwn text must not be empty'),
    ]);
  });

  test('when a message contains an unknown block type, then it is reported', () => {
    const msg = goodMessage();
    msg.blocks.push({ type: 'bogus' });
    expect(checkMessage(msg)).toEqual(['blocks[2].type: unknown block type "bogus"']);
  });
});

describe('expectValidView / expectValidMessage', () => {
  test('when the view is valid, then the helper does not throw', () => {
    expect(() => expectValidView(goodModal())).not.toThrow();
    expect(() => expectValidMessage(goodMessage())).not.toThrow();
  });

  test('when the view breaks limits, then the helper throws listing every violation', () => {
    const v = goodModal();
    v.title = pt(x(25));
    v.callback_id = x(256);
    expect(() => expectValidView(v)).toThrow(
      /2 Block Kit limit\(s\):\n {2}- view\.callback_id: .*\n {2}- view\.title: /s,
    );
  });

  test('when the message has no fallback text, then the helper throws with the reason', () => {
    expect(() => expectValidMessage({ blocks: goodMessage().blocks })).toThrow(/text fallback is required/);
  });
});
