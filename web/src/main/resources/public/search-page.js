// The search view: asks the API for the current state's results (with a small cache for instant
// Back) and draws the count, chips, notices, facets, results and pager.

import * as api from './api.js';
import { h, replaceChildren } from './dom.js';
import { els } from './elements.js';
import { current, go } from './router.js';
import { FACETS, searchPart, stateToSearch, withChanges, wantsSearch } from './state.js';
import { addFilter, removeFilter } from './links.js';
import { resultCountText, resultItem } from './results-list.js';
import { renderChips } from './filter-chips.js';
import { renderFacets } from './facets-panel.js';
import { renderPager } from './pager.js';
import { renderNotices } from './notices.js';
import { emptyPanel, errorPanel } from './panels.js';
import { exportLimit } from './catalog.js';

/** How many search answers are kept for instant Back. */
const CACHED_ANSWERS = 30;
/** How long an answer may take before "Searching…" shows, in ms; quicker ones do not flash it. */
const LOADING_DELAY_MS = 120;

let lastData = null; // the last search answer shown
const labels = new Map(); // "dim\0value" -> facet label, for chips
const expandedFacets = new Set();
const searchCache = new Map(); // api query string -> answer
let searchController = null;
let refocus = null; // a facet checkbox to focus again after re-rendering
let loadingTimer = 0;

function onFacetToggle(dim, value, checked) {
  // Keep keyboard focus on the same checkbox after the re-render.
  refocus = { dim, value };
  const state = current();
  go(checked ? addFilter(state, dim, value) : removeFilter(state, dim, value), { focus: null });
}

function onFacetExpand(dim) {
  if (expandedFacets.has(dim)) expandedFacets.delete(dim);
  else expandedFacets.add(dim);
  if (lastData) drawFacets(lastData);
  const btn = els.facets.querySelector(`[data-testid="facet-${dim}"] button.more`);
  if (btn) btn.focus();
}

/** The histogram chose years: they become the date range (and replace a year filter). */
function onYears(first, last) {
  const s = withChanges(searchPart(current()), {
    from: first === null ? '' : `${first}-01-01`,
    to: last === null ? '' : `${last}-12-31`,
    page: 1,
  });
  s.filters.year = [];
  go(s, { focus: null });
}

function drawFacets(data) {
  renderFacets(els.facets, data, current(), { expanded: expandedFacets, onToggle: onFacetToggle, onExpand: onFacetExpand, onYears });
}

function restore(scroll, focus) {
  if (focus === 'results') els.count.focus({ preventScroll: true });
  if (refocus) {
    const box = els.facets.querySelector(`input[name="${CSS.escape(refocus.dim)}"][value="${CSS.escape(refocus.value)}"]`);
    refocus = null;
    if (box) box.focus({ preventScroll: true });
  }
  window.scrollTo(0, scroll || 0);
}

function remember(key, data) {
  searchCache.set(key, data);
  if (searchCache.size > CACHED_ANSWERS) searchCache.delete(searchCache.keys().next().value);
}

function setLoading(on) {
  clearTimeout(loadingTimer);
  els.results.setAttribute('aria-busy', String(on));
  document.body.classList.toggle('loading', on);
  if (on) {
    loadingTimer = setTimeout(() => {
      els.status.hidden = false;
      els.status.textContent = 'Searching…';
    }, LOADING_DELAY_MS);
  } else {
    els.status.hidden = true;
    els.status.textContent = '';
  }
}

/**
 * The Download (CSV, JSON) and "Follow this search" links of the current search, and the feed's
 * link in the head for readers that discover feeds; hidden when there is no search. A search with
 * more rows than the server exports gets the downloads disabled with a note, not a link that
 * would save the server's refusal as a file.
 *
 * @param state the search, or null for none
 * @param rows how many rows its export would hold (the answer's total)
 */
function drawTakeAway(state, rows = 0) {
  const head = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
  if (!state) {
    els.takeAway.hidden = true;
    replaceChildren(els.takeAway);
    if (head) head.remove();
    return;
  }
  const feed = api.feedUrl(state);
  const noun = state.group ? 'filing' : 'section';
  const limit = exportLimit();
  const most = Number.isFinite(limit) ? ` (at most ${limit.toLocaleString('en-US')})` : '';
  const tooMany = rows > limit;
  const download = (format, label) =>
    tooMany
      ? h('span.download.disabled', { 'aria-disabled': 'true', 'data-testid': `download-${format}` }, label)
      : h('a.download', { href: api.exportUrl(state, format), download: `filings-export.${format}`, 'data-testid': `download-${format}`, title: `Every matching ${noun}${format === 'csv' ? ', one per row' : ' as JSON'}${most}` }, label);
  replaceChildren(
    els.takeAway,
    h('span.take-away-label', null, 'Download: '),
    download('csv', 'CSV'),
    ' · ',
    download('json', 'JSON'),
    tooMany
      ? h('span.export-note', { 'data-testid': 'export-note' }, `more than ${limit.toLocaleString('en-US')} rows: narrow the search`)
      : null,
    h('a.follow', { href: feed, type: 'application/atom+xml', 'data-testid': 'follow-search', title: 'An Atom feed of the newest filings this search finds, for a feed reader' }, 'Follow this search'),
  );
  els.takeAway.hidden = false;
  const link = head || document.head.appendChild(h('link', { rel: 'alternate', type: 'application/atom+xml' }));
  link.setAttribute('href', feed);
  link.setAttribute('title', `8-K filings: ${state.q.trim() || 'this search'}`);
}

function showIntro(state) {
  lastData = null;
  drawTakeAway(null);
  els.count.textContent = '';
  replaceChildren(els.results);
  replaceChildren(els.panel, emptyPanel(state, { noResults: false }));
  els.panel.hidden = false;
  els.notices.hidden = true;
  els.pager.hidden = true;
  renderChips(els.chips, state, labels);
  drawFacets(null);
  document.body.classList.add('no-search');
  setLoading(false);
}

function showError(err, retry) {
  lastData = null;
  drawTakeAway(null);
  els.count.textContent = 'Search failed';
  replaceChildren(els.results);
  els.notices.hidden = true;
  els.pager.hidden = true;
  replaceChildren(els.panel, errorPanel(err, retry));
  els.panel.hidden = false;
}

/**
 * Shows the search view of the current state.
 *
 * @param {{scroll: number, focus: string|null, isCurrent: () => boolean, retry: () => void}} options
 *     isCurrent: false once a newer render started, so a late answer is dropped
 */
export async function showSearch({ scroll, focus, isCurrent, retry }) {
  const state = current();
  document.title = state.q.trim() ? `${state.q.trim()} — 8-K filings search` : '8-K filings search';
  if (!wantsSearch(state)) {
    showIntro(state);
    restore(scroll, focus);
    return;
  }
  document.body.classList.remove('no-search');
  renderChips(els.chips, state, labels);
  const key = api.searchParams(state).toString();
  let data = searchCache.get(key);
  if (!data) {
    if (searchController) searchController.abort();
    searchController = new AbortController();
    setLoading(true);
    try {
      data = await api.search(state, searchController.signal);
      remember(key, data);
    } catch (err) {
      if (err.name === 'AbortError' || !isCurrent()) return;
      setLoading(false);
      showError(err, retry);
      restore(scroll, focus);
      return;
    }
    if (!isCurrent()) return;
  }
  setLoading(false);
  drawSearch(data, state);
  restore(scroll, focus);
}

function drawSearch(data, state) {
  lastData = data;
  for (const dim of FACETS) {
    for (const f of (data.facets && data.facets[dim]) || []) {
      if (f && f.label) labels.set(`${dim}\u0000${f.value}`, String(f.label));
    }
  }
  const hits = Array.isArray(data.hits) ? data.hits : [];
  els.count.textContent = resultCountText(data, state);
  if (typeof data.tookMs === 'number') {
    els.count.append(h('span.took', null, ` · ${data.tookMs} ms`));
  }
  renderChips(els.chips, state, labels);
  drawTakeAway(Number(data.total) > 0 ? state : null, Number(data.total));
  renderNotices(els.notices, data, state);
  drawFacets(data);
  replaceChildren(els.results, hits.map((hit) => resultItem(hit, state)));
  els.results.start = (state.page - 1) * state.size + 1;
  renderPager(els.pager, data, state);
  if (hits.length === 0) {
    replaceChildren(els.panel, emptyPanel(state, { noResults: true }));
    if (state.page > 1 && Number(data.total) > 0) {
      const firstPage = stateToSearch(withChanges(state, { page: 1 })) || './';
      replaceChildren(els.panel, h('div.empty', null, h('h2', null, 'No results on this page'), h('p', null, h('a', { href: firstPage, 'data-nav': '' }, 'Go to the first page'))));
    }
    els.panel.hidden = false;
  } else {
    replaceChildren(els.panel);
    els.panel.hidden = true;
  }
}
