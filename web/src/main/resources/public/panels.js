// The panels shown instead of results: the intro with example queries, "nothing found", an error.

import { h } from './dom.js';
import { navLink } from './links.js';
import { withChanges, searchPart } from './state.js';

const EXAMPLES = [
  { q: 'license agreement', note: 'deals by kind; their partners are counted in the facets' },
  { q: 'milestone payments', note: 'words anywhere in a section' },
  { q: 'item:1.01 license', note: 'Item 1.01, Entry into a Material Definitive Agreement' },
  { q: 'amount:>=10M collaboration', note: 'deals of $10 million or more' },
  { q: '"technology access fee"', note: 'an exact phrase' },
];

/** The intro, or "nothing found" when noResults, with example queries. */
export function emptyPanel(state, { noResults }) {
  const examples = h(
    'ul.examples',
    null,
    EXAMPLES.map((ex) =>
      h('li', null, navLink(withChanges(searchPart(state), { q: ex.q, page: 1 }), { class: 'example' }, h('code', null, ex.q)), h('span.example-note', null, ex.note)),
    ),
  );
  if (noResults) {
    return h(
      'div.empty',
      null,
      h('h2', null, 'No filings matched'),
      h('p', null, 'Try fewer words, remove a filter, or start from one of these:'),
      examples,
    );
  }
  return h(
    'div.empty.intro',
    null,
    h('h2', null, 'Search the full text of SEC Form 8-K filings'),
    h('p', null, 'Find licensing deals, collaborations and the money in them: each item and exhibit of every filing is searchable, with partners and dollar amounts extracted. Try:'),
    examples,
    h(
      'details.syntax',
      null,
      h('summary', null, 'Query syntax'),
      h(
        'ul',
        null,
        h('li', null, h('code', null, 'milestone payments'), ' — sections with both words'),
        h('li', null, h('code', null, '"upfront payment"'), ' — an exact phrase'),
        h('li', null, h('code', null, 'license OR collaboration'), ', ', h('code', null, '-terminate'), ' — either word; without a word'),
        h('li', null, h('code', null, 'item:1.01'), ' — only Item 1.01 sections'),
        h('li', null, h('code', null, 'amount:>=10M'), ' — sections stating $10 million or more'),
      ),
    ),
  );
}

/** The error panel; "Try again" unless the request itself was wrong (4xx). */
export function errorPanel(err, onRetry) {
  return h(
    'div.error',
    { role: 'alert' },
    h('h2', null, err.title || 'Something went wrong'),
    err.details ? h('p', null, err.details) : null,
    onRetry && !(err.status >= 400 && err.status < 500) ? h('button.retry', { type: 'button', onclick: onRetry }, 'Try again') : null,
  );
}
