/**
 * Block Kit limits checker.
 *
 * Slack answers `invalid_blocks` / `invalid_arguments` (or silently truncates) when a payload breaks one of the
 * documented Block Kit limits, and it only does so at run time, in front of a user. This module re-checks the
 * documented limits offline so that every view builder's unit test, and the loopback Slack test server on every
 * call it receives, catch the problem first.
 *
 * Sources: docs.slack.dev "Reference: Block Kit" (blocks, block elements, composition objects), "Modal views",
 * "Home tab views" and `chat.postMessage`. Lengths are counted in UTF-16 code units (`String.length`), which is
 * never less than Slack's character count, so the checker errs on the strict side for astral emoji.
 *
 * Every violation is one human-readable line: `<path>: <problem>`, e.g.
 * `blocks[2].elements[0].text: plain_text is 80 characters, max 75 (button text)`.
 */

/** The documented numbers, in one place so tests and messages cannot drift apart. */
export const BLOCK_KIT_LIMITS = {
  viewBlocks: 100,
  messageBlocks: 50,
  messageText: 40_000,
  modalTitle: 24,
  modalSubmit: 24,
  modalClose: 24,
  callbackId: 255,
  externalId: 255,
  privateMetadata: 3000,
  blockId: 255,
  actionId: 255,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  buttonAccessibilityLabel: 75,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  optionUrl: 3000,
  selectOptions: 100,
  optionGroups: 100,
  optionGroupLabel: 75,
  optionGroupOptions: 100,
  overflowMinOptions: 2,
  overflowMaxOptions: 5,
  checkboxesOptions: 10,
  radioOptions: 10,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  plainTextInputLength: 3000,
  imageUrl: 3000,
  imageAltText: 2000,
  imageTitle: 2000,
  videoTitle: 199,
  markdownText: 12_000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
} as const;

export interface CheckOptions {
  /**
   * Where an `action_id` must be unique. Slack itself documents "unique among all other action_ids in the
   * containing block" (`'block'`, the default). `'surface'` is stricter (unique within the whole view or
   * message); Mentor Me's modals reuse one action id per field type and tell fields apart by block id.
   */
  actionIdScope?: 'surface' | 'block';
}

type Surface = 'modal' | 'home' | 'message';
type Obj = Record<string, unknown>;

const KNOWN_BLOCK_TYPES = new Set([
  'actions',
  'alert',
  'card',
  'carousel',
  'container',
  'context',
  'context_actions',
  'data_table',
  'divider',
  'file',
  'header',
  'image',
  'input',
  'markdown',
  'plan',
  'rich_text',
  'section',
  'table',
  'task_card',
  'video',
]);

const SELECTS = [
  'static_select',
  'external_select',
  'users_select',
  'conversations_select',
  'channels_select',
  'multi_static_select',
  'multi_external_select',
  'multi_users_select',
  'multi_conversations_select',
  'multi_channels_select',
];

/** Which element types each container accepts (@slack/types ActionsBlockElement, SectionBlockAccessory, …). */
const ACTIONS_ELEMENTS = new Set([
  'button',
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'overflow',
  'radio_buttons',
  'timepicker',
  'workflow_button',
  'rich_text_input',
  ...SELECTS,
]);
const SECTION_ACCESSORIES = new Set([
  'button',
  'checkboxes',
  'datepicker',
  'image',
  'overflow',
  'radio_buttons',
  'timepicker',
  'workflow_button',
  ...SELECTS,
]);
const INPUT_ELEMENTS = new Set([
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'email_text_input',
  'file_input',
  'number_input',
  'plain_text_input',
  'radio_buttons',
  'rich_text_input',
  'timepicker',
  'url_text_input',
  ...SELECTS,
]);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

class Checker {
  readonly violations: string[] = [];
  private readonly blockIds = new Map<string, string>();
  private readonly surfaceActionIds = new Map<string, string>();
  private blockActionIds = new Map<string, string>();
  private focusOnLoad: string[] = [];

  constructor(
    private readonly surface: Surface,
    private readonly opts: Required<CheckOptions>,
  ) {}

  add(path: string, problem: string): void {
    this.violations.push(`${path}: ${problem}`);
  }

  /** A string field with a maximum length (and optionally required / non-empty). */
  str(path: string, value: unknown, max: number, what: string, required = false): void {
    if (value === undefined) {
      if (required) this.add(path, `is required (${what})`);
      return;
    }
    if (!isStr(value)) {
      this.add(path, `must be a string (${what})`);
      return;
    }
    if (required && value.length === 0) this.add(path, `must not be empty (${what})`);
    if (value.length > max) this.add(path, `is ${value.length} characters, max ${max} (${what})`);
  }

  /**
   * A text composition object. `plainOnly` for places Slack documents as plain_text only (titles, labels,
   * buttons, headers, placeholders, select options).
   */
  text(
    path: string,
    value: unknown,
    max: number,
    what: string,
    o: { plainOnly?: boolean; required?: boolean } = {},
  ): void {
    if (value === undefined) {
      if (o.required) this.add(path, `is required (${what})`);
      return;
    }
    if (!isObj(value)) {
      this.add(path, `must be a text object (${what})`);
      return;
    }
    const type = value.type;
    if (type !== 'plain_text' && type !== 'mrkdwn') {
      this.add(path, `text object type must be plain_text or mrkdwn, got ${JSON.stringify(type)} (${what})`);
      return;
    }
    if (o.plainOnly && type !== 'plain_text') this.add(path, `must be plain_text, got ${type} (${what})`);
    if (type === 'mrkdwn' && value.emoji !== undefined)
      this.add(`${path}.emoji`, `is only allowed on plain_text (${what})`);
    if (type === 'plain_text' && value.verbatim !== undefined) {
      this.add(`${path}.verbatim`, `is only allowed on mrkdwn (${what})`);
    }
    const t = value.text;
    if (!isStr(t)) {
      this.add(`${path}.text`, `must be a string (${what})`);
      return;
    }
    if (t.length === 0) this.add(path, `${type} text must not be empty (${what})`);
    if (t.length > max) this.add(path, `${type} is ${t.length} characters, max ${max} (${what})`);
  }

  arr(path: string, value: unknown, what: string, min: number, max: number, required = true): unknown[] {
    if (value === undefined) {
      if (required) this.add(path, `is required (${what})`);
      return [];
    }
    if (!Array.isArray(value)) {
      this.add(path, `must be an array (${what})`);
      return [];
    }
    if (value.length < min) this.add(path, `has ${value.length} items, min ${min} (${what})`);
    if (value.length > max) this.add(path, `has ${value.length} items, max ${max} (${what})`);
    return value;
  }

  blockId(path: string, value: unknown): void {
    if (value === undefined) return;
    this.str(path, value, BLOCK_KIT_LIMITS.blockId, 'block_id');
    if (!isStr(value)) return;
    const seen = this.blockIds.get(value);
    if (seen !== undefined) this.add(path, `duplicate block_id ${JSON.stringify(value)} (also at ${seen})`);
    else this.blockIds.set(value, path);
  }

  startBlock(): void {
    this.blockActionIds = new Map();
  }

  actionId(path: string, value: unknown): void {
    if (value === undefined) return;
    this.str(path, value, BLOCK_KIT_LIMITS.actionId, 'action_id');
    if (!isStr(value)) return;
    const inBlock = this.blockActionIds.get(value);
    const inSurface = this.surfaceActionIds.get(value);
    if (inBlock !== undefined) {
      this.add(path, `duplicate action_id ${JSON.stringify(value)} in the same block (also at ${inBlock})`);
    } else if (inSurface !== undefined && this.opts.actionIdScope === 'surface') {
      this.add(
        path,
        `duplicate action_id ${JSON.stringify(value)} in the same ${this.surfaceName()} (also at ${inSurface})`,
      );
    }
    this.blockActionIds.set(value, path);
    if (inSurface === undefined) this.surfaceActionIds.set(value, path);
  }

  private surfaceName(): string {
    return this.surface === 'message' ? 'message' : 'view';
  }

  // ── composition objects ─────────────────────────────────────────────────────────────────────────────────

  option(path: string, o: unknown, kind: { plainOnly: boolean; allowUrl: boolean }): void {
    if (!isObj(o)) {
      this.add(path, 'must be an option object');
      return;
    }
    this.text(`${path}.text`, o.text, BLOCK_KIT_LIMITS.optionText, 'option text', {
      plainOnly: kind.plainOnly,
      required: true,
    });
    this.str(`${path}.value`, o.value, BLOCK_KIT_LIMITS.optionValue, 'option value', true);
    this.text(
      `${path}.description`,
      o.description,
      BLOCK_KIT_LIMITS.optionDescription,
      'option description',
      {
        plainOnly: kind.plainOnly,
      },
    );
    if (o.url !== undefined) {
      if (kind.allowUrl) this.str(`${path}.url`, o.url, BLOCK_KIT_LIMITS.optionUrl, 'option url');
      else this.add(`${path}.url`, 'is only available in overflow menus');
    }
  }

  confirm(path: string, c: unknown): void {
    if (c === undefined) return;
    if (!isObj(c)) {
      this.add(path, 'must be a confirm object');
      return;
    }
    const L = BLOCK_KIT_LIMITS;
    this.text(`${path}.title`, c.title, L.confirmTitle, 'confirm title', { plainOnly: true, required: true });
    this.text(`${path}.text`, c.text, L.confirmText, 'confirm text', { required: true });
    this.text(`${path}.confirm`, c.confirm, L.confirmButton, 'confirm button', {
      plainOnly: true,
      required: true,
    });
    this.text(`${path}.deny`, c.deny, L.confirmButton, 'deny button', { plainOnly: true, required: true });
    if (c.style !== undefined && c.style !== 'primary' && c.style !== 'danger') {
      this.add(`${path}.style`, `must be primary or danger, got ${JSON.stringify(c.style)}`);
    }
  }

  placeholder(path: string, el: Obj): void {
    this.text(`${path}.placeholder`, el.placeholder, BLOCK_KIT_LIMITS.placeholder, 'placeholder', {
      plainOnly: true,
    });
  }

  /** Options of a select / checkboxes / radio / overflow; returns every option object for initial_option checks. */
  optionList(path: string, el: Obj, kind: 'select' | 'checkboxes' | 'radio' | 'overflow'): Obj[] {
    const L = BLOCK_KIT_LIMITS;
    const plainOnly = kind === 'select' || kind === 'overflow';
    const allowUrl = kind === 'overflow';
    const all: Obj[] = [];
    const each = (p: string, list: unknown[]) =>
      list.forEach((o, i) => {
        this.option(`${p}[${i}]`, o, { plainOnly, allowUrl });
        if (isObj(o)) all.push(o);
      });

    if (kind === 'select') {
      const hasOptions = el.options !== undefined;
      const hasGroups = el.option_groups !== undefined;
      if (hasOptions === hasGroups) this.add(path, 'needs exactly one of options or option_groups');
      if (hasOptions)
        each(
          `${path}.options`,
          this.arr(`${path}.options`, el.options, 'select options', 1, L.selectOptions),
        );
      if (hasGroups) {
        const groups = this.arr(
          `${path}.option_groups`,
          el.option_groups,
          'option_groups',
          1,
          L.optionGroups,
        );
        groups.forEach((g, gi) => {
          const gp = `${path}.option_groups[${gi}]`;
          if (!isObj(g)) {
            this.add(gp, 'must be an option group object');
            return;
          }
          this.text(`${gp}.label`, g.label, L.optionGroupLabel, 'option group label', {
            plainOnly: true,
            required: true,
          });
          each(
            `${gp}.options`,
            this.arr(`${gp}.options`, g.options, 'option group options', 1, L.optionGroupOptions),
          );
        });
      }
    } else {
      const [min, max, what] =
        kind === 'overflow'
          ? [L.overflowMinOptions, L.overflowMaxOptions, 'overflow options']
          : kind === 'checkboxes'
            ? [1, L.checkboxesOptions, 'checkboxes options']
            : [1, L.radioOptions, 'radio_buttons options'];
      each(`${path}.options`, this.arr(`${path}.options`, el.options, what, min, max));
    }

    const values = all.map((o) => o.value).filter(isStr);
    const dupes = values.filter((v, i) => values.indexOf(v) !== i);
    for (const v of new Set(dupes)) this.add(`${path}`, `duplicate option value ${JSON.stringify(v)}`);
    return all;
  }

  /** Slack rejects an initial option that is not identical (text and value) to one of the options. */
  initialOptions(path: string, el: Obj, options: Obj[], multi: boolean): void {
    const key = (o: Obj) => JSON.stringify([o.value, isObj(o.text) ? [o.text.type, o.text.text] : o.text]);
    const known = new Set(options.map(key));
    const check = (p: string, o: unknown) => {
      if (!isObj(o)) this.add(p, 'must be an option object');
      else if (!known.has(key(o)))
        this.add(
          p,
          `initial option ${JSON.stringify(o.value)} is not among the options (same text and value)`,
        );
    };
    if (multi) {
      if (el.initial_options === undefined) return;
      if (!Array.isArray(el.initial_options)) this.add(`${path}.initial_options`, 'must be an array');
      else el.initial_options.forEach((o, i) => check(`${path}.initial_options[${i}]`, o));
    } else if (el.initial_option !== undefined) {
      check(`${path}.initial_option`, el.initial_option);
    }
  }

  // ── elements ────────────────────────────────────────────────────────────────────────────────────────────

  element(path: string, el: unknown, allowed: Set<string>, where: string): void {
    if (!isObj(el)) {
      this.add(path, 'must be an element object');
      return;
    }
    const type = el.type;
    if (!isStr(type) || !allowed.has(type)) {
      this.add(path, `unknown or disallowed element type ${JSON.stringify(type)} in ${where}`);
      return;
    }
    const L = BLOCK_KIT_LIMITS;
    if (type !== 'image') this.actionId(`${path}.action_id`, el.action_id);
    if (el.focus_on_load === true) this.focusOnLoad.push(path);
    this.confirm(`${path}.confirm`, el.confirm);

    switch (type) {
      case 'button':
        this.text(`${path}.text`, el.text, L.buttonText, 'button text', { plainOnly: true, required: true });
        this.str(`${path}.value`, el.value, L.buttonValue, 'button value');
        this.str(`${path}.url`, el.url, L.buttonUrl, 'button url');
        this.str(
          `${path}.accessibility_label`,
          el.accessibility_label,
          L.buttonAccessibilityLabel,
          'accessibility_label',
        );
        if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger') {
          this.add(`${path}.style`, `must be primary or danger, got ${JSON.stringify(el.style)}`);
        }
        break;
      case 'workflow_button':
        this.text(`${path}.text`, el.text, L.buttonText, 'button text', { plainOnly: true, required: true });
        break;
      case 'overflow':
        this.optionList(path, el, 'overflow');
        break;
      case 'checkboxes':
        this.initialOptions(path, el, this.optionList(path, el, 'checkboxes'), true);
        break;
      case 'radio_buttons':
        this.initialOptions(path, el, this.optionList(path, el, 'radio'), false);
        break;
      case 'static_select':
      case 'multi_static_select':
        this.placeholder(path, el);
        this.initialOptions(path, el, this.optionList(path, el, 'select'), type === 'multi_static_select');
        this.maxSelected(path, el);
        break;
      case 'external_select':
      case 'multi_external_select':
      case 'users_select':
      case 'multi_users_select':
      case 'conversations_select':
      case 'multi_conversations_select':
      case 'channels_select':
      case 'multi_channels_select':
        this.placeholder(path, el);
        this.maxSelected(path, el);
        break;
      case 'datepicker':
        this.placeholder(path, el);
        if (
          el.initial_date !== undefined &&
          !(isStr(el.initial_date) && /^\d{4}-\d{2}-\d{2}$/.test(el.initial_date))
        ) {
          this.add(`${path}.initial_date`, `must be YYYY-MM-DD, got ${JSON.stringify(el.initial_date)}`);
        }
        break;
      case 'timepicker':
        this.placeholder(path, el);
        if (
          el.initial_time !== undefined &&
          !(isStr(el.initial_time) && /^([01]\d|2[0-3]):[0-5]\d$/.test(el.initial_time))
        ) {
          this.add(`${path}.initial_time`, `must be HH:mm (24h), got ${JSON.stringify(el.initial_time)}`);
        }
        break;
      case 'plain_text_input':
        this.placeholder(path, el);
        this.plainTextInput(path, el);
        break;
      case 'email_text_input':
      case 'url_text_input':
      case 'rich_text_input':
        this.placeholder(path, el);
        break;
      case 'number_input':
        this.placeholder(path, el);
        this.numberInput(path, el);
        break;
      case 'image':
        this.image(path, el, 'image element');
        break;
      default:
        break;
    }
  }

  private maxSelected(path: string, el: Obj): void {
    const m = el.max_selected_items;
    if (m !== undefined && !(typeof m === 'number' && Number.isInteger(m) && m >= 1)) {
      this.add(`${path}.max_selected_items`, `must be an integer ≥ 1, got ${JSON.stringify(m)}`);
    }
  }

  private plainTextInput(path: string, el: Obj): void {
    const L = BLOCK_KIT_LIMITS.plainTextInputLength;
    const intIn = (v: unknown, lo: number, hi: number) =>
      typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
    const { min_length: min, max_length: max, initial_value: initial } = el;
    if (min !== undefined && !intIn(min, 0, L))
      this.add(`${path}.min_length`, `must be an integer 0–${L}, got ${JSON.stringify(min)}`);
    if (max !== undefined && !intIn(max, 1, L))
      this.add(`${path}.max_length`, `must be an integer 1–${L}, got ${JSON.stringify(max)}`);
    const lo = typeof min === 'number' ? min : 0;
    const hi = typeof max === 'number' ? Math.min(max, L) : L;
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      this.add(path, `min_length ${min} is greater than max_length ${max}`);
    }
    if (initial === undefined) return;
    if (!isStr(initial)) {
      this.add(`${path}.initial_value`, 'must be a string');
      return;
    }
    if (initial.length > hi)
      this.add(`${path}.initial_value`, `is ${initial.length} characters, max ${hi} (max_length)`);
    if (initial.length > 0 && initial.length < lo) {
      this.add(`${path}.initial_value`, `is ${initial.length} characters, min ${lo} (min_length)`);
    }
  }

  private numberInput(path: string, el: Obj): void {
    if (typeof el.is_decimal_allowed !== 'boolean')
      this.add(`${path}.is_decimal_allowed`, 'is required (boolean)');
    const num = (v: unknown) =>
      isStr(v) && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
    for (const k of ['min_value', 'max_value', 'initial_value'] as const) {
      if (el[k] !== undefined && num(el[k]) === undefined)
        this.add(`${path}.${k}`, `must be a numeric string, got ${JSON.stringify(el[k])}`);
    }
    const [min, max, initial] = [num(el.min_value), num(el.max_value), num(el.initial_value)];
    if (min !== undefined && max !== undefined && min > max)
      this.add(path, `min_value ${min} is greater than max_value ${max}`);
    if (
      initial !== undefined &&
      ((min !== undefined && initial < min) || (max !== undefined && initial > max))
    ) {
      this.add(`${path}.initial_value`, `${initial} is outside min_value/max_value`);
    }
  }

  image(path: string, el: Obj, what: string): void {
    const L = BLOCK_KIT_LIMITS;
    this.str(`${path}.alt_text`, el.alt_text, L.imageAltText, `${what} alt_text`, true);
    if (el.image_url === undefined && el.slack_file === undefined)
      this.add(path, `needs image_url or slack_file (${what})`);
    this.str(`${path}.image_url`, el.image_url, L.imageUrl, `${what} image_url`);
  }

  // ── blocks ──────────────────────────────────────────────────────────────────────────────────────────────

  blocks(path: string, blocks: unknown, max: number): void {
    const list = this.arr(path, blocks, 'blocks', 0, max, this.surface !== 'message');
    list.forEach((b, i) => this.block(`${path}[${i}]`, b));
    if (this.focusOnLoad.length > 1) {
      this.add(
        this.focusOnLoad[1] ?? path,
        `focus_on_load is set on ${this.focusOnLoad.length} elements; only one is allowed`,
      );
    }
  }

  block(path: string, b: unknown): void {
    if (!isObj(b)) {
      this.add(path, 'must be a block object');
      return;
    }
    this.startBlock();
    const type = b.type;
    if (!isStr(type) || !KNOWN_BLOCK_TYPES.has(type)) {
      this.add(`${path}.type`, `unknown block type ${JSON.stringify(type)}`);
      return;
    }
    this.blockId(`${path}.block_id`, b.block_id);
    const L = BLOCK_KIT_LIMITS;

    switch (type) {
      case 'section': {
        if (b.text === undefined && b.fields === undefined) this.add(path, 'section needs text or fields');
        this.text(`${path}.text`, b.text, L.sectionText, 'section text');
        if (b.fields !== undefined) {
          const fields = this.arr(`${path}.fields`, b.fields, 'section fields', 1, L.sectionFields);
          fields.forEach((f, i) =>
            this.text(`${path}.fields[${i}]`, f, L.sectionFieldText, 'section field', { required: true }),
          );
        }
        if (b.accessory !== undefined)
          this.element(`${path}.accessory`, b.accessory, SECTION_ACCESSORIES, 'a section accessory');
        break;
      }
      case 'header':
        this.text(`${path}.text`, b.text, L.headerText, 'header text', { plainOnly: true, required: true });
        break;
      case 'context': {
        const els = this.arr(`${path}.elements`, b.elements, 'context elements', 1, L.contextElements);
        els.forEach((e, i) => {
          const p = `${path}.elements[${i}]`;
          if (isObj(e) && e.type === 'image') this.image(p, e, 'context image');
          else this.text(p, e, L.sectionText, 'context text', { required: true });
        });
        break;
      }
      case 'actions': {
        const els = this.arr(`${path}.elements`, b.elements, 'actions elements', 1, L.actionsElements);
        els.forEach((e, i) =>
          this.element(`${path}.elements[${i}]`, e, ACTIONS_ELEMENTS, 'an actions block'),
        );
        break;
      }
      case 'input': {
        this.text(`${path}.label`, b.label, L.inputLabel, 'input label', { plainOnly: true, required: true });
        this.text(`${path}.hint`, b.hint, L.inputHint, 'input hint', { plainOnly: true });
        if (b.element === undefined) this.add(`${path}.element`, 'is required (input element)');
        else this.element(`${path}.element`, b.element, INPUT_ELEMENTS, 'an input block');
        break;
      }
      case 'image':
        this.image(path, b, 'image block');
        this.text(`${path}.title`, b.title, L.imageTitle, 'image title', { plainOnly: true });
        break;
      case 'video':
        this.str(`${path}.alt_text`, b.alt_text, L.imageAltText, 'video alt_text', true);
        this.text(`${path}.title`, b.title, L.videoTitle, 'video title', { plainOnly: true, required: true });
        this.str(`${path}.video_url`, b.video_url, L.imageUrl, 'video_url', true);
        this.str(`${path}.thumbnail_url`, b.thumbnail_url, L.imageUrl, 'thumbnail_url', true);
        break;
      case 'markdown':
        this.str(`${path}.text`, b.text, L.markdownText, 'markdown block text', true);
        break;
      case 'file':
        if (this.surface !== 'message') this.add(path, 'file blocks are only available in messages');
        break;
      case 'rich_text':
        this.arr(`${path}.elements`, b.elements, 'rich_text elements', 1, Number.MAX_SAFE_INTEGER);
        break;
      default:
        // Newer blocks (alert, card, carousel, …): only the generic block_id rules above.
        break;
    }
  }
}

const defaults = (opts?: CheckOptions): Required<CheckOptions> => ({
  actionIdScope: opts?.actionIdScope ?? 'block',
});

/** Accepts the value as sent over the wire too: Web API form posts carry `view` / `blocks` as JSON strings. */
function decode(value: unknown, path: string, out: string[]): unknown {
  if (!isStr(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    out.push(`${path}: is a string but not valid JSON`);
    return undefined;
  }
}

/**
 * Checks a modal or Home tab view (as passed to views.open / push / update / publish, or returned with
 * `response_action: 'update' | 'push'`). Returns the violations; an empty list means the view is within limits.
 */
export function checkView(view: unknown, opts?: CheckOptions): string[] {
  const pre: string[] = [];
  const v = decode(view, 'view', pre);
  if (pre.length) return pre;
  if (!isObj(v)) return ['view: must be an object'];
  const L = BLOCK_KIT_LIMITS;
  const surface: Surface = v.type === 'home' ? 'home' : 'modal';
  const c = new Checker(surface, defaults(opts));
  if (v.type !== 'modal' && v.type !== 'home')
    c.add('view.type', `must be modal or home, got ${JSON.stringify(v.type)}`);

  c.str('view.callback_id', v.callback_id, L.callbackId, 'callback_id');
  c.str('view.external_id', v.external_id, L.externalId, 'external_id');
  c.str('view.private_metadata', v.private_metadata, L.privateMetadata, 'private_metadata');

  if (surface === 'modal') {
    c.text('view.title', v.title, L.modalTitle, 'modal title', { plainOnly: true, required: true });
    c.text('view.submit', v.submit, L.modalSubmit, 'modal submit', { plainOnly: true });
    c.text('view.close', v.close, L.modalClose, 'modal close', { plainOnly: true });
    const hasInput = Array.isArray(v.blocks) && v.blocks.some((b) => isObj(b) && b.type === 'input');
    if (hasInput && v.submit === undefined)
      c.add('view.submit', 'is required when the modal has input blocks');
  }
  c.blocks('blocks', v.blocks, L.viewBlocks);
  return c.violations;
}

/**
 * Checks a message (chat.postMessage / postEphemeral / update, response_url bodies). The top-level `text` is
 * required even with blocks: it is the notification and screen-reader fallback.
 */
export function checkMessage(msg: { text?: unknown; blocks?: unknown }, opts?: CheckOptions): string[] {
  if (!isObj(msg)) return ['message: must be an object'];
  const L = BLOCK_KIT_LIMITS;
  const out: string[] = [];
  const blocks = decode(msg.blocks, 'blocks', out);
  const c = new Checker('message', defaults(opts));
  if (!isStr(msg.text) || msg.text.trim().length === 0) {
    c.add(
      'text',
      'a non-empty top-level text fallback is required (notifications and screen readers use it)',
    );
  } else if (msg.text.length > L.messageText) {
    c.add('text', `is ${msg.text.length} characters, max ${L.messageText}`);
  }
  if (out.length === 0) c.blocks('blocks', blocks, L.messageBlocks);
  return [...out, ...c.violations];
}

function fail(kind: string, violations: string[]): void {
  if (violations.length === 0) return;
  const err = new Error(
    `${kind} breaks ${violations.length} Block Kit limit(s):\n  - ${violations.join('\n  - ')}`,
  );
  Error.captureStackTrace?.(err, fail);
  throw err;
}

/** Test helper: throws (failing the test) with every violation listed when the view breaks a limit. */
export function expectValidView(view: unknown, opts?: CheckOptions): void {
  fail('View', checkView(view, opts));
}

/** Test helper: throws (failing the test) with every violation listed when the message breaks a limit. */
export function expectValidMessage(msg: { text?: unknown; blocks?: unknown }, opts?: CheckOptions): void {
  fail('Message', checkMessage(msg, opts));
}
