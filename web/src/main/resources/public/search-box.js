// The search box: submitting a query, the "/" shortcut and the autocomplete.

import { els } from './elements.js';
import { current, go } from './router.js';
import { withChanges, searchPart } from './state.js';
import { attachSuggest } from './suggest.js';

/** Wires the search box. */
export function attachSearchBox() {
  const suggestions = attachSuggest(els.input, els.suggestList, (value) => submitQuery(value));

  function submitQuery(value) {
    suggestions.close();
    go(withChanges(searchPart(current()), { q: value.trim(), page: 1 }), { focus: null });
  }

  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitQuery(els.input.value);
  });

  // "/" focuses the search box, unless typing somewhere.
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    els.input.focus();
    els.input.select();
  });
}

/** Shows the current query in the box, unless the user is typing a new one. */
export function syncSearchBox(state) {
  if (document.activeElement !== els.input || els.input.value.trim() === '') els.input.value = state.q;
}
