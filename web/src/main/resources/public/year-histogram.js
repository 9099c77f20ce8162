// The year facet as a small bar histogram: filings per year, oldest to newest, years without
// filings included. A click on a bar sets the date range to that year (again: clears it); dragging
// across bars (brushing) sets it to the years brushed. Keyboard: each bar is a button.

import { h } from './dom.js';
import { formatCount } from './format.js';

/** Bars are at most this tall, in pixels. */
const HEIGHT = 56;

/** The years a state's date range (or year filter) covers, as [first, last], or null. */
function chosenYears(state) {
  const from = state.from ? Number(state.from.slice(0, 4)) : null;
  const to = state.to ? Number(state.to.slice(0, 4)) : null;
  if (from || to) return [from || -Infinity, to || Infinity];
  const years = (state.filters.year || []).map(Number).filter(Number.isFinite);
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/**
 * The histogram of a search answer's year facet, or null when it has no years.
 *
 * @param {object} data the search answer
 * @param {object} state the page state
 * @param {(first: number|null, last: number|null) => void} onRange called with the years chosen
 *     (null, null: no range)
 */
export function yearHistogram(data, state, onRange) {
  const counts = new Map();
  for (const v of (data && data.facets && data.facets.year) || []) {
    const y = Number(v && v.value);
    if (Number.isInteger(y)) counts.set(y, Number(v.count) || 0);
  }
  if (!counts.size) return null;
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const max = Math.max(...counts.values(), 1);
  const chosen = chosenYears(state);
  const single = chosen && chosen[0] === chosen[1] ? chosen[0] : null;

  let anchor = null; // the year a brush started on
  let brushed = null; // [first, last] while brushing
  const bars = [];
  const mark = (range) => {
    for (const b of bars) {
      const y = Number(b.dataset.year);
      b.classList.toggle('brushing', Boolean(range) && y >= range[0] && y <= range[1]);
    }
  };
  const commit = (a, b) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    if (lo === hi && single === lo) onRange(null, null);
    else onRange(lo, hi);
  };

  for (let y = first; y <= last; y++) {
    const n = counts.get(y) || 0;
    const inRange = chosen && y >= chosen[0] && y <= chosen[1];
    const bar = h(
      'button.hist-bar',
      {
        type: 'button',
        'data-testid': 'histogram-bar',
        'data-year': String(y),
        'aria-pressed': String(Boolean(inRange)),
        'aria-label': `${y}: ${formatCount(n)} ${n === 1 ? 'filing' : 'filings'}`,
        title: `${y}: ${formatCount(n)} ${n === 1 ? 'filing' : 'filings'}`,
        class: inRange ? 'chosen' : null,
        onpointerdown: (e) => {
          if (e.button !== 0) return;
          e.preventDefault();
          // A touch captures the pointer to the bar it started on; let the others see it move.
          if (e.target.hasPointerCapture && e.target.hasPointerCapture(e.pointerId)) e.target.releasePointerCapture(e.pointerId);
          anchor = y;
          brushed = [y, y];
          mark(brushed);
        },
        onpointerenter: () => {
          if (anchor === null) return;
          brushed = [Math.min(anchor, y), Math.max(anchor, y)];
          mark(brushed);
        },
        onpointerup: () => {
          if (anchor === null) return;
          const a = anchor;
          anchor = null;
          commit(a, y);
        },
        // Keyboard (Enter, Space): a click that no pointer made.
        onclick: (e) => {
          if (e.detail === 0) commit(y, y);
        },
      },
      h('span.hist-fill'),
    );
    // Through the style object: the page's CSP forbids style attributes.
    bar.firstChild.style.height = `${n ? Math.max(3, Math.round((n / max) * HEIGHT)) : 0}px`;
    bars.push(bar);
  }
  const root = h(
    'div.histogram',
    { 'data-testid': 'year-histogram' },
    h('div.hist-bars', { role: 'group', 'aria-label': 'Filings per year: click a year, or drag across years, to set the date range' }, bars),
    h('div.hist-axis', { 'aria-hidden': 'true' }, h('span', null, String(first)), last > first ? h('span', null, String(last)) : null),
  );
  // A brush that ends outside the bars ends where it last was.
  const end = () => {
    if (anchor === null) return;
    anchor = null;
    if (brushed) commit(brushed[0], brushed[1]);
  };
  root.addEventListener('pointerleave', end);
  return root;
}
