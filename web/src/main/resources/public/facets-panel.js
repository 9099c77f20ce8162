// The facet groups in the sidebar: one fieldset of checkboxes per dimension, in the server's order.

import { h, replaceChildren } from './dom.js';
import { facetDimensions, itemTitle } from './catalog.js';
import { formatCount } from './format.js';
import { navLink } from './links.js';
import { timelineOf } from './state.js';
import { yearHistogram } from './year-histogram.js';

/** The dimensions whose values have a timeline of their own. */
const TIMELINE_DIMS = ['company', 'partner'];

/** How many values a group shows before "Show N more". */
const COLLAPSED_VALUES = 8;

/**
 * Renders the facet groups. Active values missing from the answer are still listed, so they can
 * be unchecked.
 *
 * @param {HTMLElement} el the container
 * @param {object|null} data the search answer, or null before a search
 * @param {object} state the page state
 * @param {{expanded: Set<string>, onToggle: Function, onExpand: Function, onYears: Function}} handlers
 *     expanded groups; onToggle(dim, value, checked); onExpand(dim); onYears(first, last): the
 *     year histogram chose a range of years (null, null: none)
 */
export function renderFacets(el, data, state, { expanded, onToggle, onExpand, onYears }) {
  const facets = (data && data.facets) || {};
  const groups = facetDimensions().map(({ name: dim, label, limit }) => {
    if (dim === 'year' && onYears) {
      // The year facet reads as a histogram that sets the date range.
      const histogram = yearHistogram(data, state, onYears);
      return histogram ? h('fieldset.facet', { 'data-testid': `facet-${dim}` }, h('legend', null, label), histogram) : null;
    }
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
      h('ul.facet-values', null, shown.map((f) => facetValue(dim, f, active(f), onToggle, data.approximate))),
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

function facetValue(dim, f, checked, onToggle, about) {
  const value = String(f.value);
  const label = facetValueLabel(dim, f);
  const timeline = TIMELINE_DIMS.includes(dim)
    ? navLink(timelineOf(dim, value), { class: 'timeline-link', 'data-testid': 'timeline-link', title: `Timeline of ${value}`, 'aria-label': `Timeline of ${value}` }, 'timeline')
    : null;
  return h(
    timeline ? 'li.with-timeline' : 'li',
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
      // Estimated counts (a search matching a large share of the index) read "about N".
      h(
        'span.count',
        { 'aria-label': `${about ? 'about ' : ''}${f.count} results`, title: about ? 'about' : null },
        `${about ? '≈' : ''}${formatCount(Number(f.count) || 0)}`,
      ),
    ),
    timeline,
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
