// The facet groups in the sidebar: one fieldset of checkboxes per dimension, in the server's order.

import { h, replaceChildren } from './dom.js';
import { facetDimensions, itemTitle } from './catalog.js';
import { formatCount } from './format.js';

/** How many values a group shows before "Show N more". */
const COLLAPSED_VALUES = 8;

/**
 * Renders the facet groups. Active values missing from the answer are still listed, so they can
 * be unchecked.
 *
 * @param {HTMLElement} el the container
 * @param {object|null} data the search answer, or null before a search
 * @param {object} state the page state
 * @param {{expanded: Set<string>, onToggle: Function, onExpand: Function}} handlers expanded
 *     groups; onToggle(dim, value, checked); onExpand(dim)
 */
export function renderFacets(el, data, state, { expanded, onToggle, onExpand }) {
  const facets = (data && data.facets) || {};
  const groups = facetDimensions().map(({ name: dim, label, limit }) => {
    const values = Array.isArray(facets[dim])
      ? facets[dim].filter((f) => f && f.value !== null && f.value !== undefined).slice(0, limit)
      : [];
    for (const v of state.filters[dim]) {
      if (!values.some((f) => String(f.value) === v)) values.unshift({ value: v, label: '', count: 0 });
    }
    if (values.length === 0) return null; // nothing to choose from
    const active = (v) => state.filters[dim].includes(String(v.value));
    const isOpen = expanded.has(dim);
    // Checked values always show, even past the limit.
    const shown = isOpen ? values : values.filter((v, i) => i < COLLAPSED_VALUES || active(v));
    return h(
      'fieldset.facet',
      { 'data-testid': `facet-${dim}` },
      h('legend', { id: `facet-legend-${dim}` }, label),
      h('ul.facet-values', null, shown.map((f) => facetValue(dim, f, active(f), onToggle))),
      values.length > COLLAPSED_VALUES
        ? h(
            'button.more',
            { type: 'button', 'aria-expanded': String(isOpen), onclick: () => onExpand(dim) },
            isOpen ? 'Show fewer' : `Show ${values.length - shown.length} more`,
          )
        : null,
    );
  });
  replaceChildren(el, groups);
}

function facetValue(dim, f, checked, onToggle) {
  const value = String(f.value);
  const label = facetValueLabel(dim, f);
  return h(
    'li',
    null,
    h(
      'label.facet-value',
      { 'data-testid': 'facet-value', title: label.title || null },
      h('input', {
        type: 'checkbox',
        name: dim,
        value,
        checked,
        onchange: (e) => onToggle(dim, value, e.target.checked),
      }),
      h('span.fv-label', null, label.main, label.sub ? h('span.fv-sub', null, label.sub) : null),
      h('span.count', { 'aria-label': `${f.count} results` }, formatCount(Number(f.count) || 0)),
    ),
  );
}

function facetValueLabel(dim, f) {
  const value = String(f.value);
  if (dim === 'item') {
    const title = f.label || itemTitle(value);
    return { main: h('span.item-no', null, value), sub: title, title };
  }
  return { main: f.label || value, title: f.label && f.label !== value ? value : null };
}
