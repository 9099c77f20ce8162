// Autocomplete for the search box, as an ARIA 1.2 combobox with a listbox popup.
// It completes the word being typed (or an open quoted phrase) from /api/suggest.

import { h, replaceChildren } from './dom.js';
import { suggest } from './api.js';

const TYPE_LABELS = { partner: 'Partner', company: 'Company', title: 'Title' };

/** The fragment being completed: text after the last space, or after an unclosed quote. */
export function currentFragment(value) {
  const quotes = (value.match(/"/g) || []).length;
  let start;
  if (quotes % 2 === 1) start = value.lastIndexOf('"') + 1;
  else start = Math.max(value.lastIndexOf(' '), value.lastIndexOf('(')) + 1;
  let frag = value.slice(start);
  // A field prefix (partner:gen) completes its value only.
  const colon = frag.indexOf(':');
  if (colon >= 0 && quotes % 2 === 0) {
    start += colon + 1;
    frag = frag.slice(colon + 1);
  }
  frag = frag.replace(/^[-+]/, () => {
    start += 1;
    return '';
  });
  return { start, text: frag };
}

/** The input value with the current fragment replaced by a suggestion, quoted when needed. */
export function completion(value, text) {
  const { start } = currentFragment(value);
  const insideQuote = value.slice(0, start).split('"').length % 2 === 0;
  if (insideQuote) return `${value.slice(0, start)}${text}"`;
  return value.slice(0, start) + (/\s/.test(text) ? `"${text}"` : text);
}

/**
 * Wires the autocomplete.
 *
 * @param {HTMLInputElement} input the combobox
 * @param {HTMLUListElement} list the listbox
 * @param {(value: string) => void} onPick called with the new input value after a pick
 */
export function attachSuggest(input, list, onPick) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let lastFetched = '';

  const close = () => {
    if (controller) controller.abort();
    clearTimeout(timer);
    items = [];
    active = -1;
    list.hidden = true;
    replaceChildren(list);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const setActive = (i) => {
    active = i;
    [...list.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const pick = (i) => {
    const s = items[i];
    if (!s) return;
    const next = completion(input.value, String(s.text));
    input.value = next;
    close();
    onPick(next);
  };

  const show = (suggestions) => {
    items = suggestions;
    active = -1;
    if (!items.length) {
      close();
      return;
    }
    replaceChildren(
      list,
      items.map((s, i) =>
        h(
          'li.suggest-option',
          {
            id: `suggest-opt-${i}`,
            role: 'option',
            'aria-selected': 'false',
            onmousedown: (e) => e.preventDefault(), // keep focus in the input
            onclick: () => pick(i),
          },
          h('span.suggest-text', null, String(s.text)),
          s.type ? h('span.suggest-type', null, TYPE_LABELS[s.type] || String(s.type)) : null,
        ),
      ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const fetchNow = async () => {
    const { text } = currentFragment(input.value);
    const prefix = text.trim();
    if (prefix.length < 2) {
      close();
      return;
    }
    if (prefix === lastFetched && !list.hidden) return;
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const data = await suggest(prefix, controller.signal);
      lastFetched = prefix;
      if (document.activeElement !== input) return;
      const found = Array.isArray(data.suggestions) ? data.suggestions.filter((s) => s && s.text) : [];
      show(found.slice(0, 10));
    } catch (e) {
      if (e.name !== 'AbortError') close(); // suggestions are a convenience: fail quietly
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    lastFetched = '';
    timer = setTimeout(fetchNow, 150);
  });

  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && items.length > 0;
    if (e.key === 'ArrowDown') {
      if (!open) {
        fetchNow();
        return;
      }
      e.preventDefault();
      setActive(active + 1 >= items.length ? 0 : active + 1);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActive(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab' && open && active >= 0) {
      // Tab accepts the highlighted suggestion without searching.
      e.preventDefault();
      input.value = completion(input.value, String(items[active].text)) + ' ';
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 100));

  return { close };
}
