// The controls around the results: sort, page size, one-per-filing, the date and amount ranges,
// and the Filters toggle of narrow screens.

import { h } from './dom.js';
import { els } from './elements.js';
import { current, go } from './router.js';
import { FACETS, RANGE_FILTERS, withChanges, searchPart } from './state.js';

/** Dollars as typed ("$10,000,000") as a whole number string, or '' when not a number. */
function dollars(v) {
  const n = Number(String(v).replace(/[$,\s]/g, ''));
  return v.trim() !== '' && Number.isFinite(n) && n >= 0 ? String(Math.round(n)) : '';
}

function applyRanges() {
  const f = els.rangeForm.elements;
  const state = current();
  const changes = {
    from: f.from.value,
    to: f.to.value,
    minAmount: dollars(f.minAmount.value),
    maxAmount: dollars(f.maxAmount.value),
  };
  if (RANGE_FILTERS.every((k) => changes[k] === state[k])) return;
  go(withChanges(searchPart(state), { ...changes, page: 1 }));
}

function setFiltersOpen(open) {
  els.layout.classList.toggle('filters-open', open);
  els.filtersToggle.setAttribute('aria-expanded', String(open));
}

/** Wires the controls. */
export function attachSearchControls() {
  const change = (changes) => go(withChanges(searchPart(current()), { ...changes, page: 1 }));
  els.sort.addEventListener('change', () => change({ sort: els.sort.value }));
  els.size.addEventListener('change', () => change({ size: Number(els.size.value) }));
  els.group.addEventListener('change', () => change({ group: els.group.checked ? 'filing' : '' }));

  els.rangeForm.addEventListener('submit', (e) => {
    e.preventDefault();
    applyRanges();
  });
  els.rangeForm.addEventListener('change', () => applyRanges());

  els.filtersToggle.addEventListener('click', () => setFiltersOpen(!els.layout.classList.contains('filters-open')));
  els.filtersDone.addEventListener('click', () => {
    setFiltersOpen(false);
    els.count.focus({ preventScroll: true });
    els.count.scrollIntoView({ block: 'start' });
  });
}

/** Sets the controls to the state's values. */
export function syncSearchControls(state) {
  els.sort.value = state.sort;
  if (![...els.size.options].some((o) => Number(o.value) === state.size)) {
    els.size.append(h('option', { value: String(state.size) }, String(state.size)));
  }
  els.size.value = String(state.size);
  els.group.checked = state.group === 'filing';
  const f = els.rangeForm.elements;
  for (const k of RANGE_FILTERS) f[k].value = state[k];
  const n = FACETS.reduce((a, d) => a + state.filters[d].length, 0) + RANGE_FILTERS.filter((k) => state[k]).length;
  els.filtersToggle.textContent = n ? `Filters (${n})` : 'Filters';
}
