// The filing view's deal context: links to the timelines of the filing's company and partners, and
// the "Similar filings" list (GET /api/filings/{id}/similar), which its own item and year choices
// narrow in place.

import * as api from './api.js';
import { h, replaceChildren } from './dom.js';
import { withChanges, searchPart, timelineOf } from './state.js';
import { navLink } from './links.js';
import { dateBadge, hitTitle } from './badges.js';
import { snippetFragment } from './highlight.js';
import { formatCount } from './format.js';

/** How many similar filings the list shows. */
const SHOWN = 5;

let controller = null;

/** Stops loading similar filings (when the filing view closes). */
export function cancelSimilar() {
  if (controller) controller.abort();
}

/** Links to the timelines of a filing's company and of each of its partners. */
function timelineLinks(f) {
  const partners = Array.isArray(f.partners) ? f.partners : [];
  if (!f.company && !partners.length) return null;
  return h(
    'p.filing-timelines',
    null,
    'Timeline: ',
    f.company ? navLink(timelineOf('company', f.company), { class: 'timeline-link', 'data-testid': 'filing-timeline-link' }, f.company) : null,
    partners.map((p, i) => [f.company || i ? ' · ' : null, navLink(timelineOf('partner', p), { class: 'timeline-link' }, p)]),
  );
}

function similarItem(hit, state) {
  const snippet = (hit.snippets || []).find((s) => s && String(s).trim());
  return h(
    'li.similar-item',
    { 'data-testid': 'similar-filing' },
    h(
      'div.similar-head',
      null,
      navLink(withChanges(searchPart(state), { filing: hit.filingId }), { class: 'similar-link' }, hit.company || 'Filing'),
      dateBadge(hit),
      (hit.partners || []).slice(0, 3).map((p) => h('span.badge.partner', { title: 'Partner' }, p)),
      h('span.similar-score', { title: 'Likeness: text (0 to 1), plus shared partners and items' }, Number(hit.score || 0).toFixed(2)),
    ),
    h('p.similar-title', null, hitTitle(hit)),
    snippet ? h('p.similar-snippet', null, snippetFragment(snippet)) : null,
  );
}

/** The item choices and the "since" year of the similar filings' facets. */
function narrowing(data, filters, reload) {
  const items = ((data.facets && data.facets.item) || []).filter((v) => v && v.value);
  const years = ((data.facets && data.facets.year) || []).map((v) => String(v.value)).sort();
  const itemButtons = items.map((v) => {
    const on = filters.item.includes(String(v.value));
    return h(
      'button.similar-choice',
      {
        type: 'button',
        'aria-pressed': String(on),
        title: v.label || null,
        onclick: () => reload({ ...filters, item: on ? filters.item.filter((x) => x !== String(v.value)) : [...filters.item, String(v.value)] }),
      },
      `Item ${v.value}`,
      h('span.count', null, ` ${formatCount(Number(v.count) || 0)}`),
    );
  });
  const since = filters.from ? filters.from.slice(0, 4) : '';
  const yearSelect = h(
    'select.similar-since',
    { 'aria-label': 'Similar filings since', onchange: (e) => reload({ ...filters, from: e.target.value ? `${e.target.value}-01-01` : '' }) },
    h('option', { value: '' }, 'Any year'),
    [...new Set([...years, since].filter(Boolean))].sort().map((y) => h('option', { value: y, selected: y === since }, `${y} on`)),
  );
  return h('div.similar-narrow', null, itemButtons, yearSelect);
}

/**
 * Adds the deal context to a rendered filing view: the timeline links at once, the similar
 * filings when they arrive.
 *
 * @param {HTMLElement} root the filing view's root
 * @param {object} f the /api/filings answer
 * @param {object} state the page state (links keep the search they came from)
 */
export function addDealContext(root, f, state) {
  const anchor = root.querySelector('.legend');
  const links = timelineLinks(f);
  if (links) root.insertBefore(links, anchor);
  const list = h('div.similar-body', null, h('p.loading-filing', null, 'Finding similar filings…'));
  const panel = h(
    'section.similar',
    { 'data-testid': 'similar-filings', 'aria-labelledby': 'similar-title' },
    h('h3.similar-heading', { id: 'similar-title' }, 'Similar filings'),
    list,
  );
  root.insertBefore(panel, anchor);

  const load = async (filters) => {
    cancelSimilar();
    controller = new AbortController();
    let data;
    try {
      data = await api.similar(f.id, { ...filters, size: String(SHOWN) }, controller.signal);
    } catch (err) {
      if (err.name === 'AbortError') return;
      replaceChildren(list, h('p.similar-none', null, `Similar filings could not be found: ${err.message}`));
      return;
    }
    const hits = Array.isArray(data.hits) ? data.hits : [];
    const total = Number(data.total) || 0;
    replaceChildren(
      list,
      narrowing(data, filters, load),
      hits.length
        ? h('ol.similar-list', null, hits.map((hit) => similarItem(hit, state)))
        : h('p.similar-none', null, 'No similar filings.'),
      total > hits.length ? h('p.similar-more', null, `${formatCount(total - hits.length)} more share some of its words.`) : null,
    );
  };
  load({ item: [], from: '' });
}
