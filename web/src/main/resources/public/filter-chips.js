// The chips above the results: one removable chip per active filter, and "Clear all".

import { h, replaceChildren } from './dom.js';
import { dimensionLabel, itemTitle } from './catalog.js';
import { formatDate, formatUsd } from './format.js';
import { navLink, removeFilter } from './links.js';
import { FACETS, RANGE_FILTERS, withChanges, searchPart } from './state.js';

/** How each range filter reads on its chip. */
const RANGE_CHIPS = {
  from: (v) => `From ${formatDate(v)}`,
  to: (v) => `To ${formatDate(v)}`,
  minAmount: (v) => `Amount ≥ ${formatUsd(v)}`,
  maxAmount: (v) => `Amount ≤ ${formatUsd(v)}`,
};

/** A label for a filter value: the facet's label when known. */
export function filterLabel(dim, value, labels) {
  const known = labels.get(`${dim}\u0000${value}`);
  if (dim === 'item') return `Item ${value}`;
  if (dim === 'amount') return known || value;
  if (dim === 'year' || dim === 'form') return `${dimensionLabel(dim)} ${known || value}`;
  return `${dimensionLabel(dim)}: ${known || value}`;
}

/** Removable chips for the active filters. */
export function renderChips(el, state, labels) {
  const chips = [];
  for (const dim of FACETS) {
    for (const v of state.filters[dim]) {
      const label = filterLabel(dim, v, labels);
      const title = dim === 'item' ? labels.get(`item\u0000${v}`) || itemTitle(v) : null;
      chips.push(chip(label, removeFilter(state, dim, v), title));
    }
  }
  for (const k of RANGE_FILTERS) {
    if (state[k]) chips.push(chip(RANGE_CHIPS[k](state[k]), withChanges(searchPart(state), { [k]: '', page: 1 })));
  }
  if (!chips.length) {
    replaceChildren(el);
    el.hidden = true;
    return;
  }
  const cleared = withChanges(searchPart(state), { page: 1, from: '', to: '', minAmount: '', maxAmount: '' });
  for (const dim of FACETS) cleared.filters[dim] = [];
  el.hidden = false;
  replaceChildren(
    el,
    h('span.chips-label', { id: 'chips-label' }, 'Filters:'),
    h('ul.chips', { 'aria-labelledby': 'chips-label' }, chips),
    chips.length > 1 ? navLink(cleared, { class: 'clear-all' }, 'Clear all') : null,
  );
}

function chip(label, without, title) {
  return h(
    'li',
    null,
    navLink(
      without,
      { class: 'chip', 'data-testid': 'chip', title: title || null, 'aria-label': `Remove filter ${label}` },
      h('span.chip-text', null, label),
      h('span.chip-x', { 'aria-hidden': 'true' }, '×'),
    ),
  );
}
