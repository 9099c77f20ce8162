// The pager under the results: Prev, page numbers with gaps, Next.

import { h, replaceChildren } from './dom.js';
import { navLink } from './links.js';
import { withChanges, searchPart } from './state.js';

/** How many page numbers show on each side of the current one. */
const NEIGHBOURS = 2;

/** Renders the pager for a search answer, or hides it when there is one page. */
export function renderPager(el, data, state) {
  const total = Number(data.total) || 0;
  const pages = Math.max(1, Math.ceil(total / state.size));
  if (total === 0 || (pages === 1 && state.page === 1)) {
    replaceChildren(el);
    el.hidden = true;
    return;
  }
  el.hidden = false;
  const at = (p) => withChanges(searchPart(state), { page: p });
  const cur = state.page;
  const last = Math.max(pages, cur);
  const nums = new Set([1, last]);
  for (let p = cur - NEIGHBOURS; p <= cur + NEIGHBOURS; p++) nums.add(p);
  const sorted = [...nums].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const items = [];
  let prev = 0;
  for (const p of sorted) {
    if (p - prev > 1) items.push(h('li.gap', { 'aria-hidden': 'true' }, '…'));
    items.push(
      h(
        'li',
        null,
        p === cur
          ? h('span.page.current', { 'aria-current': 'page', 'aria-label': `Page ${p}, current` }, String(p))
          : navLink(at(p), { class: 'page', 'aria-label': `Page ${p}` }, String(p)),
      ),
    );
    prev = p;
  }
  // A lower-bound total may hide more pages: offer Next while pages come back full.
  const more = cur < pages || (data.totalRelation === 'gte' && (data.hits || []).length >= state.size);
  replaceChildren(
    el,
    h(
      'ul.pages',
      null,
      h('li', null, cur > 1 ? navLink(at(cur - 1), { class: 'page prev', rel: 'prev' }, '‹ Prev') : h('span.page.prev.disabled', { 'aria-disabled': 'true' }, '‹ Prev')),
      items,
      h('li', null, more ? navLink(at(cur + 1), { class: 'page next', rel: 'next' }, 'Next ›') : h('span.page.next.disabled', { 'aria-disabled': 'true' }, 'Next ›')),
    ),
  );
}
