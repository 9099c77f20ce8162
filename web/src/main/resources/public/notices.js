// The notes above the results: "Did you mean", and what the server says about how it read the query.

import { h, replaceChildren } from './dom.js';
import { navLink } from './links.js';
import { withChanges, searchPart } from './state.js';

/** "Did you mean" and the lenient/partial/message notes. */
export function renderNotices(el, data, state) {
  const notes = [];
  if (data.suggestion && String(data.suggestion).trim() && String(data.suggestion) !== state.q) {
    notes.push(
      h(
        'p.notice.didyoumean',
        null,
        'Did you mean ',
        navLink(withChanges(searchPart(state), { q: String(data.suggestion), page: 1 }), { 'data-testid': 'suggestion', class: 'suggestion' }, String(data.suggestion)),
        '?',
      ),
    );
  }
  if (data.lenient) {
    notes.push(h('p.notice.info', { role: 'note' }, 'Part of the query could not be read as search syntax, so it was searched as plain words.'));
  }
  if (data.partial) {
    notes.push(h('p.notice.warn', { role: 'note' }, 'The search stopped early: these results may be incomplete.'));
  }
  if (data.message && String(data.message).trim()) {
    notes.push(h('p.notice.info', { role: 'note' }, String(data.message)));
  }
  replaceChildren(el, notes);
  el.hidden = notes.length === 0;
}
