// Links to other states of the page, and the state changes that filters make.

import { h } from './dom.js';
import { withChanges, searchPart, stateToSearch } from './state.js';

/** A link to another state of the page, handled in place by the router. */
export function navLink(state, attrs, ...children) {
  return h('a', { href: stateToSearch(state) || './', 'data-nav': '', ...attrs }, ...children);
}

/** The state with a facet value added (and back to page 1). */
export function addFilter(state, dim, value) {
  const s = withChanges(searchPart(state), { page: 1 });
  const values = s.filters[dim] || (s.filters[dim] = []);
  if (!values.includes(value)) values.push(value);
  return s;
}

/** The state with a facet value removed (and back to page 1). */
export function removeFilter(state, dim, value) {
  const s = withChanges(searchPart(state), { page: 1 });
  s.filters[dim] = (s.filters[dim] || []).filter((v) => v !== value);
  return s;
}
