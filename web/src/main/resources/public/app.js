// The search page: wires the URL state, the API and the views.

import * as api from './api.js';
import { h, replaceChildren } from './dom.js';
import {
  FACETS, parseState, stateToSearch, withChanges, wantsSearch, searchPart,
} from './state.js';
import {
  resultCountText, resultItem, renderChips, renderFacets, renderPager, renderNotices,
  emptyState, errorState, filingView, addFilter, removeFilter,
} from './render.js';
import { attachSuggest } from './suggest.js';

const $ = (id) => document.getElementById(id);
const els = {
  form: $('search-form'),
  input: $('q'),
  suggestList: $('suggest-list'),
  searchView: $('search-view'),
  filingView: $('filing-view'),
  sidebar: $('sidebar'),
  facets: $('facets'),
  rangeForm: $('range-form'),
  count: $('result-count'),
  status: $('status'),
  chips: $('chips'),
  notices: $('notices'),
  panel: $('panel'),
  results: $('results'),
  pager: $('pager'),
  sort: $('sort'),
  size: $('size'),
  group: $('group'),
  filtersToggle: $('filters-toggle'),
  layout: $('layout'),
};

let state = parseState(location.search);
let lastData = null; // the last search answer shown
const labels = new Map(); // "dim\0value" -> facet label, for chips
const expandedFacets = new Set();
const searchCache = new Map(); // api query string -> answer, for instant Back
let searchController = null;
let filingController = null;
let renderSeq = 0;
let refocus = null; // a facet checkbox to focus again after re-rendering

// ---------------------------------------------------------------------------------------------
// Navigation

if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

function saveScroll() {
  const cur = history.state || {};
  history.replaceState({ ...cur, scroll: window.scrollY }, '', location.href);
}

/** Goes to a new state, with a new history entry (or replacing the current one). */
function go(next, { replace = false, focus = null } = {}) {
  const url = stateToSearch(next) || location.pathname;
  if (new URL(url, location.href).href === location.href) replace = true; // same view: no new entry
  if (replace) {
    history.replaceState({ ...(history.state || {}), app: true, scroll: 0 }, '', url);
  } else {
    saveScroll();
    history.pushState({ app: true, scroll: 0, fromApp: true }, '', url);
  }
  state = parseState(location.search);
  render({ scroll: 0, focus });
}

window.addEventListener('popstate', (e) => {
  state = parseState(location.search);
  render({ scroll: e.state && typeof e.state.scroll === 'number' ? e.state.scroll : 0 });
});

// In-page links: <a data-nav href="?...">. Modified clicks open new tabs as usual.
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  e.preventDefault();
  const next = parseState(url.search);
  const toFiling = next.filing && next.filing !== state.filing;
  const leavingFiling = !next.filing && state.filing;
  go(next, { focus: toFiling ? 'filing' : leavingFiling ? 'results' : a.closest('#pager, #chips, #notices') ? 'results' : null });
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

// ---------------------------------------------------------------------------------------------
// Controls

const suggestions = attachSuggest(els.input, els.suggestList, (value) => submitQuery(value));

function submitQuery(value) {
  suggestions.close();
  const next = withChanges(searchPart(state), { q: value.trim(), page: 1 });
  go(next, { focus: null });
}

els.form.addEventListener('submit', (e) => {
  e.preventDefault();
  submitQuery(els.input.value);
});

els.sort.addEventListener('change', () => go(withChanges(searchPart(state), { sort: els.sort.value, page: 1 })));
els.size.addEventListener('change', () => go(withChanges(searchPart(state), { size: Number(els.size.value), page: 1 })));
els.group.addEventListener('change', () => go(withChanges(searchPart(state), { group: els.group.checked ? 'filing' : '', page: 1 })));

els.rangeForm.addEventListener('submit', (e) => {
  e.preventDefault();
  applyRanges();
});
els.rangeForm.addEventListener('change', () => applyRanges());

function applyRanges() {
  const f = els.rangeForm.elements;
  const dollars = (v) => {
    const n = Number(String(v).replace(/[$,\s]/g, ''));
    return v.trim() !== '' && Number.isFinite(n) && n >= 0 ? String(Math.round(n)) : '';
  };
  const changes = {
    from: f.from.value,
    to: f.to.value,
    minAmount: dollars(f.minAmount.value),
    maxAmount: dollars(f.maxAmount.value),
  };
  if (['from', 'to', 'minAmount', 'maxAmount'].every((k) => changes[k] === state[k])) return;
  go(withChanges(searchPart(state), { ...changes, page: 1 }));
}

function setFiltersOpen(open) {
  els.layout.classList.toggle('filters-open', open);
  els.filtersToggle.setAttribute('aria-expanded', String(open));
}
els.filtersToggle.addEventListener('click', () => setFiltersOpen(!els.layout.classList.contains('filters-open')));
$('filters-done').addEventListener('click', () => {
  setFiltersOpen(false);
  els.count.focus({ preventScroll: true });
  els.count.scrollIntoView({ block: 'start' });
});

function onFacetToggle(dim, value, checked) {
  // Keep keyboard focus on the same checkbox after the re-render.
  refocus = { dim, value };
  go(checked ? addFilter(state, dim, value) : removeFilter(state, dim, value), { focus: null });
}

function onFacetExpand(dim) {
  if (expandedFacets.has(dim)) expandedFacets.delete(dim);
  else expandedFacets.add(dim);
  if (lastData) drawFacets(lastData);
  const btn = els.facets.querySelector(`[data-testid="facet-${dim}"] button.more`);
  if (btn) btn.focus();
}

// ---------------------------------------------------------------------------------------------
// Rendering

function syncControls() {
  if (document.activeElement !== els.input || els.input.value.trim() === '') els.input.value = state.q;
  els.sort.value = state.sort;
  if (![...els.size.options].some((o) => Number(o.value) === state.size)) {
    els.size.append(h('option', { value: String(state.size) }, String(state.size)));
  }
  els.size.value = String(state.size);
  els.group.checked = state.group === 'filing';
  const f = els.rangeForm.elements;
  f.from.value = state.from;
  f.to.value = state.to;
  f.minAmount.value = state.minAmount;
  f.maxAmount.value = state.maxAmount;
  const n = FACETS.reduce((a, d) => a + state.filters[d].length, 0) + ['from', 'to', 'minAmount', 'maxAmount'].filter((k) => state[k]).length;
  els.filtersToggle.textContent = n ? `Filters (${n})` : 'Filters';
}

function render({ scroll = 0, focus = null } = {}) {
  const seq = ++renderSeq;
  syncControls();
  if (state.filing) {
    showFiling(seq, { scroll, focus });
  } else {
    showSearch(seq, { scroll, focus });
  }
}

function setMode(mode) {
  document.body.dataset.view = mode;
  els.searchView.hidden = mode !== 'search';
  els.sidebar.hidden = mode !== 'search';
  els.filingView.hidden = mode !== 'filing';
  if (mode !== 'filing' && filingController) filingController.abort();
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

async function showSearch(seq, { scroll, focus }) {
  setMode('search');
  document.title = state.q.trim() ? `${state.q.trim()} — 8-K filings search` : '8-K filings search';
  if (!wantsSearch(state)) {
    lastData = null;
    els.count.textContent = '';
    replaceChildren(els.results);
    replaceChildren(els.panel, emptyState(state, { noResults: false }));
    els.panel.hidden = false;
    els.notices.hidden = true;
    els.pager.hidden = true;
    renderChips(els.chips, state, labels);
    renderFacets(els.facets, null, state, { expanded: expandedFacets, onToggle: onFacetToggle, onExpand: onFacetExpand });
    document.body.classList.add('no-search');
    setLoading(false);
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
      if (err.name === 'AbortError' || seq !== renderSeq) return;
      setLoading(false);
      showError(err, () => render());
      restore(scroll, focus);
      return;
    }
    if (seq !== renderSeq) return;
  }
  setLoading(false);
  drawSearch(data);
  restore(scroll, focus);
}

function remember(key, data) {
  searchCache.set(key, data);
  if (searchCache.size > 30) searchCache.delete(searchCache.keys().next().value);
}

let loadingTimer = 0;
function setLoading(on) {
  clearTimeout(loadingTimer);
  els.results.setAttribute('aria-busy', String(on));
  document.body.classList.toggle('loading', on);
  if (on) {
    // Only show the indicator when the answer takes a moment, to avoid flashing.
    loadingTimer = setTimeout(() => {
      els.status.hidden = false;
      els.status.textContent = 'Searching…';
    }, 120);
  } else {
    els.status.hidden = true;
    els.status.textContent = '';
  }
}

function showError(err, retry) {
  lastData = null;
  els.count.textContent = 'Search failed';
  replaceChildren(els.results);
  els.notices.hidden = true;
  els.pager.hidden = true;
  replaceChildren(els.panel, errorState(err, retry));
  els.panel.hidden = false;
}

function drawFacets(data) {
  renderFacets(els.facets, data, state, { expanded: expandedFacets, onToggle: onFacetToggle, onExpand: onFacetExpand });
}

function drawSearch(data) {
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
  renderNotices(els.notices, data, state);
  drawFacets(data);
  replaceChildren(els.results, hits.map((hit) => resultItem(hit, state)));
  els.results.start = (state.page - 1) * state.size + 1;
  renderPager(els.pager, data, state);
  if (hits.length === 0) {
    replaceChildren(els.panel, emptyState(state, { noResults: true }));
    if (state.page > 1 && Number(data.total) > 0) {
      replaceChildren(els.panel, h('div.empty', null, h('h2', null, 'No results on this page'), h('p', null, h('a', { href: stateToSearch(withChanges(state, { page: 1 })) || './', 'data-nav': '' }, 'Go to the first page'))));
    }
    els.panel.hidden = false;
  } else {
    replaceChildren(els.panel);
    els.panel.hidden = true;
  }
}

async function showFiling(seq, { scroll, focus }) {
  setMode('filing');
  const id = state.filing;
  replaceChildren(els.filingView, h('p.loading-filing', { role: 'status' }, 'Loading filing…'));
  if (filingController) filingController.abort();
  filingController = new AbortController();
  let f;
  try {
    f = await api.filing(id, filingController.signal);
  } catch (err) {
    if (err.name === 'AbortError' || seq !== renderSeq) return;
    const back = stateToSearch(searchPart(state)) || './';
    replaceChildren(
      els.filingView,
      h('p.back', null, h('a.back-link', { href: back, 'data-nav': '' }, wantsSearch(searchPart(state)) ? '← Back to results' : '← Search')),
      errorState(err.status === 404 ? { title: 'Filing not found', details: `There is no filing with the id “${id}”.` } : err, err.status === 404 ? null : () => render()),
    );
    document.title = 'Filing not found — 8-K filings search';
    return;
  }
  if (seq !== renderSeq) return;
  const backState = searchPart(state);
  const view = filingView(f, state, {
    backHref: stateToSearch(backState) || './',
    backLabel: wantsSearch(backState) ? '← Back to results' : '← Search',
    onBack: (e) => {
      // When we came from the results, going back restores them where they were.
      if (history.state && history.state.fromApp && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey) {
        e.preventDefault();
        history.back();
      }
    },
    onJump: (e, sectionId) => {
      e.preventDefault();
      jumpTo(view, sectionId);
      history.replaceState(history.state, '', stateToSearch(withChanges(state, { section: sectionId })));
      state = parseState(location.search);
    },
  });
  replaceChildren(els.filingView, view.root);
  document.title = `${f.company || 'Filing'} ${f.form || '8-K'} ${f.dateOfReport || ''} — 8-K filings search`;
  if (scroll) {
    window.scrollTo(0, scroll);
  } else if (state.section && view.sectionEl(state.section)) {
    jumpTo(view, state.section);
  } else {
    window.scrollTo(0, 0);
    if (focus === 'filing') view.heading.focus({ preventScroll: true });
  }
}

function jumpTo(view, sectionId) {
  const el = view.sectionEl(sectionId);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  const heading = el.querySelector('h3');
  if (heading) heading.focus({ preventScroll: true });
  const first = el.querySelector('mark.term');
  if (first) first.scrollIntoView({ block: 'center' });
}

// Remember the scroll position when leaving, so a reload or Back lands in the same place.
window.addEventListener('pagehide', saveScroll);

// First render: replace the entry so it carries our state object.
history.replaceState({ ...(history.state || {}), app: true }, '', location.href);
render({ scroll: (history.state && history.state.scroll) || 0 });
