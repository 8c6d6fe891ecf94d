/*
 * Mentor Me sandbox page: a small Slack client. It shows one sample person's DMs with the app, the App Home
 * and open modals, rendered from the real Block Kit the app sent, and turns clicks, picks, typing into
 * external selects and submissions into the sandbox API, which sends the same signed payloads Slack would.
 * Plain browser JavaScript, no build step.
 */
'use strict';

(function () {
  const EMOJI = {
    white_check_mark: '✅',
    double_vertical_bar: '⏸️',
    warning: '⚠️',
    calendar: '📆',
    wave: '👋',
    tada: '🎉',
    hourglass_flowing_sand: '⏳',
    clipboard: '📋',
    thinking_face: '🤔',
    spiral_calendar_pad: '🗓️',
    speech_balloon: '💬',
    seedling: '🌱',
    rocket: '🚀',
    page_facing_up: '📄',
    memo: '📝',
    handshake: '🤝',
    hammer_and_wrench: '🛠️',
    fast_forward: '⏩',
    coffee: '☕',
    bell: '🔔',
    arrows_counterclockwise: '🔄',
    arrow_forward: '▶️',
    alarm_clock: '⏰',
    scissors: '✂️',
    star: '⭐',
    bulb: '💡',
    books: '📚',
    chart_with_upwards_trend: '📈',
    dart: '🎯',
    x: '❌',
    heavy_check_mark: '✔️',
    information_source: 'ℹ️',
    eyes: '👀',
    pray: '🙏',
    clap: '👏',
    sparkles: '✨',
    fire: '🔥',
    muscle: '💪',
    trophy: '🏆',
    mag: '🔍',
    link: '🔗',
    lock: '🔒',
    wastebasket: '🗑️',
    pencil2: '✏️',
    bar_chart: '📊',
    busts_in_silhouette: '👥',
    bust_in_silhouette: '👤',
    email: '📧',
    inbox_tray: '📥',
    outbox_tray: '📤',
    gear: '⚙️',
    raised_hands: '🙌',
    thumbsup: '👍',
    '+1': '👍',
    slightly_smiling_face: '🙂',
    smile: '😄',
    question: '❓',
    exclamation: '❗',
    hourglass: '⌛',
    stopwatch: '⏱️',
    date: '📅',
    pushpin: '📌',
    sunny: '☀️',
    zzz: '💤',
    mailbox: '📫',
  };
  const COLORS = ['#e8912d', '#2eb67d', '#36c5f0', '#e01e5a', '#8f5ad6', '#16a085', '#c44f9b', '#b0690d'];
  const FLAGS = { 'en-US': '🇺🇸', 'en-GB': '🇬🇧', 'de-DE': '🇩🇪', 'pt-BR': '🇧🇷' };

  const ui = {
    user: (location.hash || '').slice(1) || localStorage.getItem('mm-sandbox-user') || 'UHELEN',
    tab: 'messages',
    data: null,
    keys: { people: '', messages: '', home: '', modal: '' },
    values: {},
    errors: {},
    inFlight: false,
  };

  const $ = (sel) => document.querySelector(sel);

  /** Creates an element: h('div', { class: 'x', onclick: fn }, child, 'text'). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'html') el.innerHTML = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat())
      if (c !== null && c !== undefined && c !== false)
        el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return el;
  }

  const escapeHtml = (s) =>
    String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  /** Slack text keeps &amp; &lt; &gt; escaped; escape the rest without doubling those. */
  const escapeSlack = (s) =>
    String(s)
      .replace(/&(?!(?:amp|lt|gt|quot|#\d+);)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  const emoji = (s) => s.replace(/:([a-z0-9_+-]+):/g, (m, name) => EMOJI[name] || m);

  function personName(id) {
    const p = ui.data && ui.data.people.find((x) => x.id === id);
    return p ? p.realName : id;
  }

  /** Slack mrkdwn → HTML: mentions, links, *bold*, _italic_, ~strike~, `code`, ```blocks```, > quotes, emoji. */
  function mrkdwn(text) {
    const slots = [];
    const hold = (html) => `\u2060${slots.push(html) - 1}\u2061`;
    let s = String(text == null ? '' : text);
    s = s.replace(/```([\s\S]*?)```/g, (m, code) => hold(`<pre class="code">${escapeSlack(code)}</pre>`));
    s = s.replace(/`([^`\n]+)`/g, (m, code) => hold(`<code>${escapeSlack(code)}</code>`));
    s = s.replace(/<([^<>\n]+)>/g, (m, inner) => hold(token(inner)));
    s = escapeSlack(s);
    s = s.replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?=$|[^\w*])/gm, '$1<b>$2</b>');
    s = s.replace(/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?=$|[^\w_])/gm, '$1<i>$2</i>');
    s = s.replace(/(^|[^\w~])~(?=\S)([^~\n]*?\S)~(?=$|[^\w~])/gm, '$1<s>$2</s>');
    s = s.replace(/^&gt; ?(.*)$/gm, '<blockquote>$1</blockquote>');
    s = emoji(s).replace(/\n/g, '<br>');
    return s.replace(/\u2060(\d+)\u2061/g, (m, i) => slots[Number(i)]);
  }

  function token(inner) {
    const [target, label] = splitOnce(inner, '|');
    if (target.startsWith('@'))
      return `<span class="mention">@${escapeHtml(label || personName(target.slice(1)))}</span>`;
    if (target.startsWith('#'))
      return `<span class="mention">#${escapeSlack(label || target.slice(1))}</span>`;
    if (target.startsWith('!date')) return escapeSlack(label || '');
    if (target.startsWith('!'))
      return `<span class="mention">@${escapeSlack(label || target.slice(1))}</span>`;
    if (/^(https?:|mailto:)/i.test(target))
      return `<a href="${escapeHtml(target.replace(/&amp;/g, '&'))}" target="_blank" rel="noopener">${escapeSlack(label || target)}</a>`;
    return escapeSlack(`<${inner}>`);
  }
  function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
  }

  /** A text object (plain_text or mrkdwn) as a span. */
  function textEl(t, cls) {
    if (!t) return h('span', { class: cls });
    if (typeof t === 'string') return h('span', { class: cls, html: mrkdwn(t) });
    const html =
      t.type === 'mrkdwn'
        ? mrkdwn(t.text)
        : t.emoji === false
          ? escapeHtml(t.text)
          : emoji(escapeHtml(t.text));
    return h('span', { class: cls, html });
  }
  const plainOf = (t) => (t && typeof t === 'object' ? t.text : t || '');

  function unsupported(kind, type) {
    return h(
      'div',
      {
        class: 'bk-unsupported',
        'data-unsupported': type,
        title: 'The sandbox cannot show this Block Kit element yet; in Slack it would appear here.',
      },
      `⚠ Unsupported ${kind} "${type}" (the sandbox cannot show it yet)`,
    );
  }

  // ── API ────────────────────────────────────────────────────────────────────────────────────────────────

  async function api(path, body) {
    const res = await fetch(`/sandbox/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok || json.ok === false) {
      if (!json.errors) toast(json.error || json.message || `Request failed (${res.status})`);
    }
    soon();
    return json;
  }

  let toastTimer;
  function toast(msg) {
    const t = $('#toast');
    t.textContent = msg;
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (t.hidden = true), 4000);
  }

  /** Refreshes now and a few times shortly after: the app answers asynchronously, as Slack apps do. */
  function soon() {
    for (const ms of [0, 250, 700, 1500, 3000]) setTimeout(refresh, ms);
  }

  async function refresh() {
    if (ui.inFlight) return;
    ui.inFlight = true;
    try {
      const res = await fetch(`/sandbox/api/state?user=${encodeURIComponent(ui.user)}`, {
        cache: 'no-store',
      });
      if (res.ok) render(await res.json());
    } catch {
      /* the app restarts or is busy: try again on the next tick */
    } finally {
      ui.inFlight = false;
    }
  }

  // ── State values (what Slack sends back as view.state.values) ─────────────────────────────────────────

  function store(scope) {
    return (ui.values[scope] = ui.values[scope] || {});
  }

  function initialValue(el) {
    const type = el.type;
    switch (type) {
      case 'plain_text_input':
      case 'email_text_input':
      case 'url_text_input':
      case 'number_input':
        return { type, value: el.initial_value != null ? String(el.initial_value) : null };
      case 'static_select':
      case 'external_select':
      case 'radio_buttons':
        return { type, selected_option: el.initial_option || null };
      case 'multi_static_select':
      case 'multi_external_select':
      case 'checkboxes':
        return { type, selected_options: el.initial_options || [] };
      case 'users_select':
        return { type, selected_user: el.initial_user || null };
      case 'multi_users_select':
        return { type, selected_users: el.initial_users || [] };
      case 'datepicker':
        return { type, selected_date: el.initial_date || null };
      case 'timepicker':
        return { type, selected_time: el.initial_time || null };
      case 'datetimepicker':
        return { type, selected_date_time: el.initial_date_time || null };
      default:
        return undefined;
    }
  }

  /** The stored value of an element, seeded with its initial value the first time it is drawn. */
  function valueOf(ctx, blockId, el) {
    const s = store(ctx.scope);
    const block = (s[blockId] = s[blockId] || {});
    if (!(el.action_id in block)) {
      const v = initialValue(el);
      if (v) block[el.action_id] = v;
    }
    return block[el.action_id];
  }

  function setValue(ctx, blockId, el, patch, dispatch) {
    const v = valueOf(ctx, blockId, el) || { type: el.type };
    Object.assign(v, patch);
    if (dispatch) sendAction(ctx, blockId, el, patch);
  }

  function sendAction(ctx, blockId, el, selection) {
    api('action', {
      user: ui.user,
      container: ctx.container,
      blockId,
      actionId: el.action_id,
      selection: selection || {},
      state: store(ctx.scope),
    });
  }

  // ── Block Kit ──────────────────────────────────────────────────────────────────────────────────────────

  function renderBlocks(blocks, ctx) {
    const frag = document.createDocumentFragment();
    for (const b of blocks || []) {
      const el = renderBlock(b, ctx);
      el.classList.add('bk-block');
      if (b.block_id) el.setAttribute('data-block-id', b.block_id);
      frag.append(el);
    }
    return frag;
  }

  function renderBlock(b, ctx) {
    switch (b.type) {
      case 'section': {
        const main = h('div', { class: 'bk-text' }, b.text ? textEl(b.text) : null);
        if (b.fields)
          main.append(
            h(
              'div',
              { class: 'bk-fields' },
              b.fields.map((f) => textEl(f)),
            ),
          );
        const acc = b.accessory
          ? h('div', { class: 'bk-accessory' }, renderElement(b.accessory, ctx, b.block_id, true))
          : null;
        return h('div', { class: 'bk-section' }, main, acc);
      }
      case 'header':
        return h('div', { class: 'bk-header' }, textEl(b.text));
      case 'context':
        return h(
          'div',
          { class: 'bk-context' },
          (b.elements || []).map((e) =>
            e.type === 'image'
              ? h('img', { src: e.image_url, alt: e.alt_text || '' })
              : e.type === 'plain_text' || e.type === 'mrkdwn'
                ? textEl(e)
                : unsupported('element', e.type),
          ),
        );
      case 'divider':
        return h('hr', { class: 'bk-divider' });
      case 'image':
        return h(
          'div',
          { class: 'bk-image' },
          b.title ? h('div', { class: 'title' }, textEl(b.title)) : null,
          h('img', { src: b.image_url || (b.slack_file && b.slack_file.url) || '', alt: b.alt_text || '' }),
        );
      case 'actions':
        return h(
          'div',
          { class: 'bk-actions' },
          (b.elements || []).map((e) => renderElement(e, ctx, b.block_id, true)),
        );
      case 'input':
        return renderInput(b, ctx);
      default:
        return h('div', {}, unsupported('block', b.type));
    }
  }

  function renderInput(b, ctx) {
    const err = ctx.errors && ctx.errors[b.block_id];
    const id = `in-${ctx.scope}-${b.block_id}`.replace(/[^\w-]/g, '_');
    const el = b.element || {};
    return h(
      'div',
      { class: `bk-input${err ? ' has-error' : ''}` },
      h(
        'label',
        { for: id },
        textEl(b.label),
        b.optional ? h('span', { class: 'optional' }, ' (optional)') : null,
      ),
      renderElement(el, ctx, b.block_id, Boolean(b.dispatch_action), id),
      b.hint ? h('div', { class: 'bk-hint' }, textEl(b.hint)) : null,
      err ? h('div', { class: 'bk-error', role: 'alert' }, err) : null,
    );
  }

  function optionsOf(el) {
    if (el.options) return el.options;
    if (el.option_groups) return el.option_groups.flatMap((g) => g.options || []);
    return [];
  }
  const sameOption = (a, b) => a && b && a.value === b.value;

  /** One interactive element. `dispatch`: a change sends block_actions (actions blocks, accessories, dispatch_action). */
  function renderElement(el, ctx, blockId, dispatch, id) {
    const common = { 'data-action-id': el.action_id, 'data-type': el.type, id };
    const v = valueOf(ctx, blockId, el);
    switch (el.type) {
      case 'button':
        return h(
          'button',
          {
            ...common,
            type: 'button',
            class: `bk-button ${el.style || ''}`,
            onclick: () => {
              if (el.url) window.open(el.url, '_blank', 'noopener');
              sendAction(ctx, blockId, el);
            },
          },
          textEl(el.text),
        );
      case 'plain_text_input':
      case 'email_text_input':
      case 'url_text_input':
      case 'number_input': {
        const tag = el.multiline ? 'textarea' : 'input';
        const type =
          { email_text_input: 'email', url_text_input: 'url', number_input: 'number' }[el.type] || 'text';
        const input = h(tag, {
          ...common,
          type: tag === 'input' ? type : undefined,
          class: 'bk-text-input',
          maxlength: el.max_length,
          minlength: el.min_length,
          min: el.min_value,
          max: el.max_value,
          step: el.type === 'number_input' ? (el.is_decimal_allowed ? 'any' : '1') : undefined,
          placeholder: plainOf(el.placeholder),
        });
        input.value = v && v.value != null ? v.value : '';
        input.addEventListener('input', () =>
          setValue(ctx, blockId, el, { value: input.value === '' ? null : input.value }, false),
        );
        if (dispatch)
          input.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' && tag === 'input') {
              e.preventDefault();
              sendAction(ctx, blockId, el, { value: input.value });
            }
          });
        return input;
      }
      case 'static_select': {
        const sel = h(
          'select',
          { ...common, class: 'bk-select' },
          h('option', { value: '' }, plainOf(el.placeholder) || 'Select an option'),
        );
        const groups = el.option_groups || [{ options: el.options || [] }];
        for (const g of groups) {
          const parent = g.label ? h('optgroup', { label: plainOf(g.label) }) : sel;
          for (const o of g.options || [])
            parent.append(
              h(
                'option',
                { value: o.value, selected: sameOption(o, v && v.selected_option) },
                plainOf(o.text),
              ),
            );
          if (parent !== sel) sel.append(parent);
        }
        sel.addEventListener('change', () => {
          const o = optionsOf(el).find((x) => x.value === sel.value) || null;
          setValue(ctx, blockId, el, { selected_option: o }, dispatch && o);
        });
        return sel;
      }
      case 'multi_static_select': {
        const opts = optionsOf(el);
        const chosen = new Set(((v && v.selected_options) || []).map((o) => o.value));
        const sel = h(
          'select',
          { ...common, class: 'bk-select', multiple: true, size: Math.min(6, opts.length) },
          opts.map((o) => h('option', { value: o.value, selected: chosen.has(o.value) }, plainOf(o.text))),
        );
        sel.addEventListener('change', () => {
          const picked = [...sel.selectedOptions]
            .map((x) => opts.find((o) => o.value === x.value))
            .filter(Boolean);
          setValue(ctx, blockId, el, { selected_options: picked }, dispatch);
        });
        return h('div', {}, sel, h('div', { class: 'bk-hint' }, 'Ctrl/⌘-click to pick several.'));
      }
      case 'users_select': {
        const people = (ui.data && ui.data.people) || [];
        const sel = h(
          'select',
          { ...common, class: 'bk-select' },
          h('option', { value: '' }, plainOf(el.placeholder) || 'Select a person'),
          people.map((p) =>
            h(
              'option',
              { value: p.id, selected: v && v.selected_user === p.id },
              `${p.realName} (${p.role})`,
            ),
          ),
        );
        sel.addEventListener('change', () =>
          setValue(ctx, blockId, el, { selected_user: sel.value || null }, dispatch && sel.value),
        );
        return sel;
      }
      case 'multi_users_select': {
        const people = (ui.data && ui.data.people) || [];
        const chosen = new Set((v && v.selected_users) || []);
        const sel = h(
          'select',
          { ...common, class: 'bk-select', multiple: true, size: 4 },
          people.map((p) => h('option', { value: p.id, selected: chosen.has(p.id) }, p.realName)),
        );
        sel.addEventListener('change', () =>
          setValue(
            ctx,
            blockId,
            el,
            { selected_users: [...sel.selectedOptions].map((o) => o.value) },
            dispatch,
          ),
        );
        return sel;
      }
      case 'external_select':
      case 'multi_external_select':
        return renderExternal(el, ctx, blockId, dispatch, common, v);
      case 'datepicker': {
        const input = h('input', { ...common, type: 'date' });
        input.value = (v && v.selected_date) || '';
        input.addEventListener('change', () =>
          setValue(ctx, blockId, el, { selected_date: input.value || null }, dispatch),
        );
        return input;
      }
      case 'timepicker': {
        const input = h('input', { ...common, type: 'time' });
        input.value = (v && v.selected_time) || '';
        input.addEventListener('change', () =>
          setValue(ctx, blockId, el, { selected_time: input.value || null }, dispatch),
        );
        return input;
      }
      case 'datetimepicker': {
        const input = h('input', { ...common, type: 'datetime-local' });
        if (v && v.selected_date_time)
          input.value = new Date(v.selected_date_time * 1000).toISOString().slice(0, 16);
        input.addEventListener('change', () =>
          setValue(
            ctx,
            blockId,
            el,
            { selected_date_time: input.value ? Math.floor(new Date(input.value).getTime() / 1000) : null },
            dispatch,
          ),
        );
        return input;
      }
      case 'checkboxes':
      case 'radio_buttons': {
        const radio = el.type === 'radio_buttons';
        const name = `${ctx.scope}-${blockId}-${el.action_id}`;
        const box = h('div', { ...common, class: 'bk-choices' });
        for (const o of el.options || []) {
          const checked = radio
            ? sameOption(o, v && v.selected_option)
            : ((v && v.selected_options) || []).some((x) => x.value === o.value);
          const input = h('input', { type: radio ? 'radio' : 'checkbox', name, value: o.value, checked });
          input.addEventListener('change', () => {
            if (radio) setValue(ctx, blockId, el, { selected_option: o }, dispatch);
            else {
              const picked = [...box.querySelectorAll('input:checked')]
                .map((i) => (el.options || []).find((x) => x.value === i.value))
                .filter(Boolean);
              setValue(ctx, blockId, el, { selected_options: picked }, dispatch);
            }
          });
          box.append(
            h(
              'label',
              { class: 'bk-choice' },
              input,
              h(
                'span',
                {},
                textEl(o.text),
                o.description ? h('div', { class: 'desc' }, textEl(o.description)) : null,
              ),
            ),
          );
        }
        return box;
      }
      case 'overflow': {
        const sel = h(
          'select',
          { ...common, class: 'bk-select', title: 'More actions' },
          h('option', { value: '' }, '⋯'),
          (el.options || []).map((o) => h('option', { value: o.value }, plainOf(o.text))),
        );
        sel.addEventListener('change', () => {
          const o = (el.options || []).find((x) => x.value === sel.value);
          if (o) sendAction(ctx, blockId, el, { selected_option: o });
          sel.value = '';
        });
        return sel;
      }
      case 'image':
        return h('img', {
          src: el.image_url,
          alt: el.alt_text || '',
          style: 'width:72px;height:72px;border-radius:6px',
        });
      default:
        return unsupported('element', el.type);
    }
  }

  /** External select: live options from the app's block_suggestion handler as the person types. */
  function renderExternal(el, ctx, blockId, dispatch, common, v) {
    const multi = el.type === 'multi_external_select';
    if (!ctx.viewId) return unsupported('element', `${el.type} in a message`);
    const chosen = h('div', { class: 'chosen' });
    const list = h('div', { class: 'bk-ext-list', hidden: true });
    const input = h('input', {
      ...common,
      type: 'text',
      class: 'bk-select ext-input',
      placeholder: plainOf(el.placeholder) || 'Type to search…',
    });
    const min = el.min_query_length != null ? el.min_query_length : 3;
    const drawChosen = () => {
      chosen.textContent = '';
      if (multi) {
        for (const o of (v && v.selected_options) || []) {
          chosen.append(
            h(
              'span',
              { class: 'chip' },
              plainOf(o.text),
              h(
                'button',
                {
                  type: 'button',
                  title: 'Remove',
                  onclick: () => {
                    setValue(
                      ctx,
                      blockId,
                      el,
                      { selected_options: v.selected_options.filter((x) => x.value !== o.value) },
                      dispatch,
                    );
                    drawChosen();
                  },
                },
                '×',
              ),
            ),
          );
        }
      } else if (v && v.selected_option) {
        chosen.append('Selected: ', h('b', { class: 'selected-label' }, plainOf(v.selected_option.text)));
      }
    };
    drawChosen();
    let timer;
    let seq = 0;
    const search = async () => {
      const q = input.value;
      if (q.length < min) {
        list.hidden = true;
        return;
      }
      const mine = ++seq;
      const res = await api('suggest', {
        user: ui.user,
        viewId: ctx.viewId,
        blockId,
        actionId: el.action_id,
        value: q,
        state: store(ctx.scope),
      });
      if (mine !== seq) return;
      const options = (res.options || []).concat(...(res.option_groups || []).map((g) => g.options || []));
      list.textContent = '';
      if (!options.length) list.append(h('div', { class: 'bk-ext-empty' }, 'No matches'));
      for (const o of options) {
        list.append(
          h(
            'div',
            {
              class: 'bk-ext-option',
              'data-value': o.value,
              onmousedown: (e) => {
                e.preventDefault();
                if (multi)
                  setValue(
                    ctx,
                    blockId,
                    el,
                    {
                      selected_options: ((v && v.selected_options) || [])
                        .filter((x) => x.value !== o.value)
                        .concat([o]),
                    },
                    dispatch,
                  );
                else setValue(ctx, blockId, el, { selected_option: o }, dispatch);
                v = valueOf(ctx, blockId, el);
                input.value = '';
                list.hidden = true;
                drawChosen();
              },
            },
            plainOf(o.text),
          ),
        );
      }
      list.hidden = false;
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
    return h('div', { class: 'bk-ext' }, chosen, input, list);
  }

  // ── Rendering the page ─────────────────────────────────────────────────────────────────────────────────

  function fmtTime(date, tz, withDay) {
    const opts = { timeZone: tz, hour: '2-digit', minute: '2-digit', hour12: false };
    if (withDay) Object.assign(opts, { weekday: 'short', day: 'numeric', month: 'short' });
    return new Intl.DateTimeFormat('en-GB', opts).format(date);
  }

  function me() {
    return (ui.data && ui.data.people.find((p) => p.id === ui.user)) || { tz: 'UTC', realName: ui.user };
  }

  function initials(name) {
    return name
      .split(/\s+/)
      .map((w) => w[0])
      .join('')
      .slice(0, 2)
      .toUpperCase();
  }

  function render(data) {
    // An answer for the person shown before a switch: drop it, the next refresh is for the right one.
    if (data.me !== ui.user && data.people.some((p) => p.id === ui.user)) return;
    ui.data = data;
    if (!data.people.some((p) => p.id === ui.user)) ui.user = data.people[0].id;
    $('#banner-db').textContent = data.database;
    $('#team-name').textContent = data.team.name;
    renderPeople(data);
    renderClock(data);
    const key = (o) => JSON.stringify(o);
    const mk = key([ui.user, data.messages]);
    if (mk !== ui.keys.messages) {
      ui.keys.messages = mk;
      renderMessages(data);
    }
    const hk = key([ui.user, data.home && data.home.hash]);
    if (hk !== ui.keys.home) {
      ui.keys.home = hk;
      renderHome(data);
    }
    const top = data.modals[data.modals.length - 1];
    const modalKey = key([ui.user, top ? top.id + top.hash : null, top ? ui.errors[top.id] : null]);
    if (modalKey !== ui.keys.modal) {
      ui.keys.modal = modalKey;
      renderModal(data);
    }
    for (const b of document.querySelectorAll('[data-skip], #reset')) b.disabled = Boolean(data.busy);
    document.body.dataset.busy = data.busy || '';
  }

  function renderPeople(data) {
    const p = me();
    $('#who').textContent =
      `You are ${p.realName}${p.title ? `, ${p.title}` : ''} · ${p.role} · ${p.locale} · ${p.tz} · local time ${fmtTime(new Date(data.now), p.tz, true)}`;
    const k = JSON.stringify([ui.user, data.people]);
    if (k === ui.keys.people) return;
    ui.keys.people = k;
    const ul = $('#people');
    ul.textContent = '';
    data.people.forEach((p, i) => {
      ul.append(
        h(
          'li',
          {
            class: `person${p.id === ui.user ? ' active' : ''}`,
            'data-person': p.id,
            onclick: () => switchTo(p.id),
          },
          h(
            'span',
            { class: 'avatar', style: `background:${COLORS[i % COLORS.length]}` },
            initials(p.realName),
          ),
          h(
            'div',
            { class: 'meta' },
            h('div', { class: 'name' }, p.realName, h('span', { class: 'role' }, p.role)),
            h('div', { class: 'sub' }, `${FLAGS[p.locale] || ''} ${p.locale} · ${p.tz.replace(/_/g, ' ')}`),
            h('div', { class: 'blurb' }, p.blurb),
          ),
        ),
      );
    });
  }

  function renderClock(data) {
    const p = me();
    const now = new Date(data.now);
    $('#now').textContent =
      `${new Intl.DateTimeFormat('en-GB', { timeZone: p.tz, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(now)}`;
    const off = data.offsetMs;
    const d = Math.floor(off / 86400000);
    const hrs = Math.floor((off % 86400000) / 3600000);
    const mins = Math.floor((off % 3600000) / 60000);
    $('#offset').textContent =
      off > 0
        ? `${p.realName}'s time · ${d ? `${d} d ` : ''}${hrs} h ${mins} min ahead of real time`
        : `${p.realName}'s time · real time`;
    const ol = $('#timers');
    const tk = JSON.stringify([ui.user, data.timers]);
    if (ol.dataset.key !== tk) {
      ol.dataset.key = tk;
      ol.textContent = '';
      if (!data.timers.length) ol.append(h('li', { class: 'small' }, 'Nothing scheduled.'));
      for (const t of data.timers)
        ol.append(
          h(
            'li',
            { 'data-timer': t.name, 'data-kind': t.kind || '' },
            `${timerLabel(t)}${t.recipientName ? ` → ${t.recipientName}` : ''} · ${fmtTime(new Date(t.dueAt), p.tz, true)}`,
          ),
        );
    }
    const r = data.lastSkip;
    const box = $('#skip-result');
    const rk = JSON.stringify(r);
    if (box.dataset.key !== rk) {
      box.dataset.key = rk;
      box.textContent = '';
      if (r) {
        const ran = r.ran
          .filter((x) => x.name !== 'system.reconcile')
          .map((x) => `${timerLabel(x)}${x.recipient ? ` → ${personName(x.recipient)}` : ''}`);
        box.append(
          h('div', {}, r.ok ? `Now ${fmtTime(new Date(r.to), p.tz, true)}. ` : '', r.message),
          ran.length ? h('div', { class: 'small' }, `Ran: ${ran.join(', ')}`) : null,
        );
      }
    }
  }

  function timerLabel(t) {
    const kinds = { reminder: 'Session reminder', agenda_prompt: 'Agenda prompt', checkin: 'Check-in' };
    const names = {
      'pairing.remind': 'Proposal reminder',
      'pairing.expire': 'Proposal expiry',
      'pairing.verdict': '“Good fit?” after coffee',
      'digest.lead': 'Team-lead digest',
      'kpi.nudge': 'KPI nudge',
      'member.refresh': 'Profile refresh',
      'system.reconcile': 'Scheduler tick',
    };
    return (t.kind && kinds[t.kind]) || names[t.name] || t.name;
  }

  function renderMessages(data) {
    const pane = $('#messages');
    const atBottom = pane.scrollHeight - pane.scrollTop - pane.clientHeight < 80;
    pane.textContent = '';
    if (!data.messages.length)
      pane.append(h('div', { class: 'empty' }, 'No messages with Mentor Me yet. Try /mentor-me below.'));
    const tz = me().tz;
    for (const m of data.messages) {
      const ctx = { scope: `msg:${m.ts}`, container: { type: 'message', channel: data.channel, ts: m.ts } };
      const body = h(
        'div',
        { class: 'body' },
        h(
          'div',
          { class: 'head' },
          h('b', {}, 'Mentor Me'),
          ' ',
          h('span', { class: 'bot-badge' }, 'APP'),
          h('span', { class: 'time' }, fmtTime(new Date(Number(m.ts) * 1000), tz, true)),
          m.edited ? h('span', { class: 'edited' }, ' (edited)') : null,
        ),
        m.ephemeral ? h('div', { class: 'ephemeral-note' }, '👁 Only visible to you') : null,
      );
      if (m.blocks && m.blocks.length) body.append(renderBlocks(m.blocks, ctx));
      else if (m.text) body.append(h('div', {}, textEl(String(m.text))));
      for (const f of m.files)
        body.append(
          h(
            'div',
            { class: 'file', 'data-file': f.id },
            '📎',
            h('a', { href: f.url, download: f.name }, f.title || f.name),
            h('span', { class: 'small' }, f.name),
          ),
        );
      pane.append(
        h(
          'div',
          { class: `message${m.ephemeral ? ' ephemeral' : ''}`, 'data-ts': m.ts },
          h('span', { class: 'avatar', style: 'background:#2eb67d' }, 'MM'),
          body,
        ),
      );
    }
    if (atBottom || !pane.dataset.user || pane.dataset.user !== ui.user) pane.scrollTop = pane.scrollHeight;
    pane.dataset.user = ui.user;
  }

  function renderHome(data) {
    const pane = $('#home');
    pane.textContent = '';
    if (!data.home) {
      pane.append(
        h(
          'div',
          { class: 'empty' },
          'The App Home appears when the app publishes it (opening this tab tells the app).',
        ),
      );
      return;
    }
    const ctx = {
      scope: `view:${data.home.id}`,
      viewId: data.home.id,
      container: { type: 'view', viewId: data.home.id },
    };
    pane.append(renderBlocks(data.home.blocks, ctx));
  }

  function renderModal(data) {
    const layer = $('#modal-layer');
    const top = data.modals[data.modals.length - 1];
    if (!top) {
      layer.hidden = true;
      layer.textContent = '';
      return;
    }
    const ctx = {
      scope: `view:${top.id}`,
      viewId: top.id,
      container: { type: 'view', viewId: top.id },
      errors: ui.errors[top.id],
    };
    const body = h('div', { class: 'modal-body' }, renderBlocks(top.blocks, ctx));
    const submit = top.submit
      ? h(
          'button',
          {
            type: 'button',
            class: 'submit',
            id: 'modal-submit',
            onclick: async (e) => {
              e.target.disabled = true;
              const res = await api('submit', { user: ui.user, viewId: top.id, values: store(ctx.scope) });
              e.target.disabled = false;
              ui.errors[top.id] = res.errors || null;
              ui.keys.modal = '';
              if (res.errors) render(ui.data);
            },
          },
          plainOf(top.submit),
        )
      : null;
    // Cancel goes back one view (as in Slack); × closes the whole stack.
    const close = () => api('close', { user: ui.user, viewId: top.id });
    const closeAll = () => api('close', { user: ui.user, viewId: data.modals[0].id });
    const modal = h(
      'div',
      {
        class: 'modal',
        role: 'dialog',
        'aria-modal': 'true',
        'data-view-id': top.id,
        'data-callback-id': top.callback_id || '',
      },
      h(
        'div',
        { class: 'modal-head' },
        h('span', { class: 'title' }, textEl(top.title)),
        data.modals.length > 1
          ? h('span', { class: 'stack-note' }, `${data.modals.length} of ${data.modals.length}`)
          : null,
        h('button', { type: 'button', title: 'Close', class: 'modal-x', onclick: closeAll }, '×'),
      ),
      body,
      h(
        'div',
        { class: 'modal-foot' },
        h('button', { type: 'button', class: 'modal-close', onclick: close }, plainOf(top.close) || 'Cancel'),
        submit,
      ),
    );
    layer.textContent = '';
    layer.append(modal);
    layer.hidden = false;
  }

  // ── Interactions ───────────────────────────────────────────────────────────────────────────────────────

  function switchTo(userId) {
    ui.user = userId;
    location.hash = userId;
    localStorage.setItem('mm-sandbox-user', userId);
    ui.keys = { people: '', messages: '', home: '', modal: '' };
    if (ui.tab === 'home') api('home', { user: ui.user });
    refresh();
  }

  function showTab(tab) {
    ui.tab = tab;
    for (const b of document.querySelectorAll('.tab')) b.classList.toggle('active', b.dataset.tab === tab);
    $('#messages').hidden = tab !== 'messages';
    $('#home').hidden = tab !== 'home';
    $('#composer').hidden = tab !== 'messages';
    if (tab === 'home') api('home', { user: ui.user });
  }

  document.addEventListener('DOMContentLoaded', () => {
    for (const b of document.querySelectorAll('.tab'))
      b.addEventListener('click', () => showTab(b.dataset.tab));
    $('#composer').addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = $('#command').value.trim();
      if (!text.startsWith('/')) {
        toast('The app only listens to /mentor-me commands here (it does not read DMs).');
        return;
      }
      const res = await api('command', { user: ui.user, text });
      if (res.ok !== false) $('#command').value = '/mentor-me ';
    });
    for (const b of document.querySelectorAll('[data-skip]')) {
      b.addEventListener('click', async () => {
        b.disabled = true;
        const res = await api('clock', { target: b.dataset.skip, user: ui.user });
        if (res && res.message) toast(res.message);
      });
    }
    $('#reset').addEventListener('click', async () => {
      if (!confirm('Reset the sandbox? Everything the sample people did is wiped and they are seeded again.'))
        return;
      ui.values = {};
      ui.errors = {};
      await api('reset', {});
      toast('The sample organisation is back.');
    });
    window.addEventListener('hashchange', () => {
      const id = location.hash.slice(1);
      if (id && id !== ui.user) switchTo(id);
    });
    refresh();
    setInterval(refresh, 800);
  });
})();
