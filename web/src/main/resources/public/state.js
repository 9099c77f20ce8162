// The page state and its URL form. The URL is the single source of truth: every view is
// reachable by a link, and Back/Forward restore it.
//
// Query parameters (all optional; defaults are left out of the URL):
//   q          the query text
//   item, partner, ...   facet filters, repeatable: one per dimension that /api/facets lists
//   from, to   date of report range, YYYY-MM-DD
//   minAmount, maxAmount   dollar range, in USD
//   sort       relevance (default) | date | amount
//   page       1-based page number (default 1)
//   size       page size (default 10)
//   group      "filing" to show one hit per filing
//   filing     id of the filing open in the filing view
//   section    id of the section to scroll to in the filing view
//   view       "timeline" to show the matching filings on a time axis (needs a company or partner)

/**
 * The names of the facet dimensions, in sidebar order: empty until the server's answer is read
 * (see catalog.js), because the server defines them.
 */
export let FACETS = [];

/** Sets the facet dimension names (from GET /api/facets). */
export function setFacetNames(names) {
  FACETS = [...names];
}

/** Single-valued filters. */
export const RANGE_FILTERS = ['from', 'to', 'minAmount', 'maxAmount'];

export const SORTS = ['relevance', 'date', 'amount'];
export const SIZES = [10, 20, 50];
export const DEFAULT_SIZE = 10;

/** A fresh, empty state. */
export function emptyState() {
  const filters = {};
  for (const dim of FACETS) filters[dim] = [];
  return {
    q: '',
    filters,
    from: '',
    to: '',
    minAmount: '',
    maxAmount: '',
    sort: 'relevance',
    page: 1,
    size: DEFAULT_SIZE,
    group: '',
    filing: '',
    section: '',
    view: '',
  };
}

function positiveInt(s, fallback) {
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) && n > 0 && String(n) === String(s).trim() ? n : fallback;
}

/** Reads the state from a query string such as location.search. */
export function parseState(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') || '';
  for (const dim of FACETS) {
    s.filters[dim] = unique(p.getAll(dim).filter((v) => v !== ''));
  }
  for (const k of RANGE_FILTERS) s[k] = (p.get(k) || '').trim();
  const sort = p.get('sort');
  s.sort = SORTS.includes(sort) ? sort : 'relevance';
  s.page = positiveInt(p.get('page'), 1);
  s.size = Math.min(positiveInt(p.get('size'), DEFAULT_SIZE), 100);
  s.group = p.get('group') === 'filing' ? 'filing' : '';
  s.filing = p.get('filing') || '';
  s.section = p.get('section') || '';
  s.view = p.get('view') === 'timeline' ? 'timeline' : '';
  return s;
}

function unique(values) {
  return [...new Set(values)];
}

/** The query string (with its leading '?', or '' for the empty state) for a state. */
export function stateToSearch(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const dim of FACETS) for (const v of s.filters[dim] || []) p.append(dim, v);
  for (const k of RANGE_FILTERS) if (s[k]) p.set(k, s[k]);
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page && s.page !== 1) p.set('page', String(s.page));
  if (s.size && s.size !== DEFAULT_SIZE) p.set('size', String(s.size));
  if (s.group) p.set('group', s.group);
  if (s.filing) p.set('filing', s.filing);
  if (s.section) p.set('section', s.section);
  if (s.view) p.set('view', s.view);
  const str = p.toString();
  return str ? '?' + str : '';
}

/** A deep copy of a state with some fields replaced. */
export function withChanges(s, changes) {
  const copy = structuredClone(s);
  return Object.assign(copy, changes);
}

/** Whether any filter is active. */
export function hasFilters(s) {
  return FACETS.some((d) => s.filters[d].length > 0) || RANGE_FILTERS.some((k) => s[k]);
}

/** Whether the state asks for a search (a query or a filter). */
export function wantsSearch(s) {
  return s.q.trim() !== '' || hasFilters(s);
}

/** The state of the results list only: no open filing, no timeline. */
export function searchPart(s) {
  return withChanges(s, { filing: '', section: '', view: '' });
}

/** The timeline of one company or partner (dim is 'company' or 'partner'), with no other filter. */
export function timelineOf(dim, value) {
  const s = emptyState();
  s.filters[dim] = [value];
  s.view = 'timeline';
  return s;
}
