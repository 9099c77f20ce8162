// Renders the views. Everything from the server is set as text, except the snippets' <mark> markup
// (see snippetFragment) and the section text, which is escaped before it is marked up.

import { h, replaceChildren } from './dom.js';
import { snippetFragment, markText, queryPatterns, formatUsd, amountTitle } from './highlight.js';
import { itemTitle } from './items.js';
import { FACETS, withChanges, searchPart, stateToSearch } from './state.js';

export const FACET_NAMES = {
  item: 'Item',
  partner: 'Partner',
  company: 'Company',
  year: 'Year',
  form: 'Form',
  amount: 'Amount',
};

export const EXAMPLES = [
  { q: 'Genentech', note: 'a partner by name' },
  { q: 'milestone payments', note: 'words anywhere in a section' },
  { q: 'item:1.01 license', note: 'Item 1.01, Entry into a Material Definitive Agreement' },
  { q: 'amount:>=10M collaboration', note: 'deals of $10 million or more' },
  { q: '"technology access fee"', note: 'an exact phrase' },
];

const numberFormat = new Intl.NumberFormat('en-US');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Aug 1, 1997" for "1997-08-01" (no time zone games), or the input as is. */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return iso || '';
  return `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}`;
}

/** A link to another state of the page, handled in place by the app. */
export function navLink(state, attrs, ...children) {
  return h('a', { href: stateToSearch(state) || './', 'data-nav': '', ...attrs }, ...children);
}

function dateBadge(iso) {
  if (!iso) return null;
  return h('time.badge.date', { datetime: iso, title: 'Date of report' }, formatDate(iso));
}

function itemBadge(item, title) {
  if (!item) return null;
  const t = title || itemTitle(item);
  return h('span.badge.item', { title: t || null }, `Item ${item}`, t ? h('span.visually-hidden', null, `: ${t}`) : null);
}

function kindLabel(kind) {
  return { cover: 'Cover page', signature: 'Signatures', 'exhibit-index': 'Exhibit index', exhibit: 'Exhibit', item: 'Item' }[kind] || kind || 'Section';
}

function hitTitle(hit) {
  if (hit.title && hit.title.trim()) return hit.title;
  if (hit.kind === 'item' && hit.item) return `Item ${hit.item}. ${hit.itemTitle || itemTitle(hit.item)}`;
  if (hit.kind === 'exhibit' && hit.exhibit) return `Exhibit ${hit.exhibit}`;
  return kindLabel(hit.kind);
}

// ---------------------------------------------------------------------------------------------
// Search view

/** The "N results" line. */
export function resultCountText(data, state) {
  const total = Number(data.total) || 0;
  const plus = data.totalRelation === 'gte' ? '+' : '';
  const noun = total === 1 && !plus ? 'result' : 'results';
  let text = `${numberFormat.format(total)}${plus} ${noun}`;
  if (state.q.trim()) text += ` for “${state.q.trim()}”`;
  if (total > 0) {
    const first = (state.page - 1) * state.size + 1;
    const last = Math.min(first + (data.hits || []).length - 1, total);
    if (last >= first && total > state.size) text = `${numberFormat.format(first)}–${numberFormat.format(last)} of ${text}`;
  }
  return text;
}

/** One hit. */
export function resultItem(hit, state) {
  const target = withChanges(searchPart(state), { filing: hit.filingId, section: hit.sectionId || '' });
  const snippets = (hit.snippets || []).filter((s) => s && String(s).trim());
  const partners = (hit.partners || []).filter(Boolean);
  const amounts = (hit.amounts || []).filter(Boolean);
  return h(
    'li.result',
    { 'data-testid': 'result' },
    h('h3.result-title', null, navLink(target, { class: 'result-link' }, hitTitle(hit))),
    h(
      'div.badges',
      null,
      hit.company ? h('span.badge.company', { title: 'Company' }, hit.company) : null,
      dateBadge(hit.dateOfReport),
      hit.form ? h('span.badge.form', { title: 'Form' }, hit.form) : null,
      itemBadge(hit.item, hit.itemTitle),
      hit.exhibit ? h('span.badge.exhibit', { title: 'Exhibit' }, `Ex. ${hit.exhibit}`) : null,
      hit.kind && hit.kind !== 'item' && hit.kind !== 'exhibit' ? h('span.badge.kind', null, kindLabel(hit.kind)) : null,
    ),
    snippets.length
      ? h('div.snippets', null, snippets.map((s) => h('p.snippet', null, snippetFragment(s))))
      : null,
    partners.length || amounts.length
      ? h(
          'dl.facts',
          null,
          partners.length
            ? [
                h('dt', null, 'Partners'),
                h(
                  'dd',
                  null,
                  partners.map((p, i) => [
                    i ? ', ' : null,
                    navLink(addFilter(state, 'partner', p), { class: 'partner-link', title: `Filter by partner ${p}` }, p),
                  ]),
                ),
              ]
            : null,
          amounts.length
            ? [
                h('dt', null, 'Amounts'),
                h('dd', null, amounts.slice(0, 6).map((a, i) => [i ? ', ' : null, h('span.amount', { title: amountTitle(a) }, a.text || formatUsd(a.usd))]),
                  amounts.length > 6 ? ` and ${amounts.length - 6} more` : null),
              ]
            : null,
        )
      : null,
  );
}

/** The state with a facet value added (and back to page 1). */
export function addFilter(state, dim, value) {
  const s = withChanges(searchPart(state), { page: 1 });
  if (!s.filters[dim].includes(value)) s.filters[dim].push(value);
  return s;
}

/** The state with a facet value removed (and back to page 1). */
export function removeFilter(state, dim, value) {
  const s = withChanges(searchPart(state), { page: 1 });
  s.filters[dim] = s.filters[dim].filter((v) => v !== value);
  return s;
}

/** A label for a filter value: the facet's label when known. */
export function filterLabel(dim, value, labels) {
  const known = labels.get(`${dim}\u0000${value}`);
  if (dim === 'item') return `Item ${value}`;
  if (dim === 'amount') return known || value;
  if (dim === 'year' || dim === 'form') return `${FACET_NAMES[dim]} ${known || value}`;
  return `${FACET_NAMES[dim]}: ${known || value}`;
}

/** Removable chips for the active filters. */
export function renderChips(el, state, labels) {
  const chips = [];
  for (const dim of FACETS) {
    for (const v of state.filters[dim]) {
      const label = filterLabel(dim, v, labels);
      const title = dim === 'item' ? labels.get(`item\u0000${v}`) || itemTitle(v) : null;
      chips.push(chip(label, removeFilter(state, dim, v), title));
    }
  }
  const ranges = [
    ['from', (v) => `From ${formatDate(v)}`],
    ['to', (v) => `To ${formatDate(v)}`],
    ['minAmount', (v) => `Amount ≥ ${formatUsd(v)}`],
    ['maxAmount', (v) => `Amount ≤ ${formatUsd(v)}`],
  ];
  for (const [k, fmt] of ranges) {
    if (state[k]) chips.push(chip(fmt(state[k]), withChanges(searchPart(state), { [k]: '', page: 1 })));
  }
  if (!chips.length) {
    replaceChildren(el);
    el.hidden = true;
    return;
  }
  const cleared = withChanges(searchPart(state), { page: 1, from: '', to: '', minAmount: '', maxAmount: '' });
  for (const dim of FACETS) cleared.filters[dim] = [];
  el.hidden = false;
  replaceChildren(
    el,
    h('span.chips-label', { id: 'chips-label' }, 'Filters:'),
    h('ul.chips', { 'aria-labelledby': 'chips-label' }, chips),
    chips.length > 1 ? navLink(cleared, { class: 'clear-all' }, 'Clear all') : null,
  );
}

function chip(label, without, title) {
  return h(
    'li',
    null,
    navLink(
      without,
      { class: 'chip', 'data-testid': 'chip', title: title || null, 'aria-label': `Remove filter ${label}` },
      h('span.chip-text', null, label),
      h('span.chip-x', { 'aria-hidden': 'true' }, '×'),
    ),
  );
}

const FACET_LIMIT = 8;

/**
 * The facet groups. Active values missing from the answer are still listed, so they can be
 * unchecked.
 */
export function renderFacets(el, data, state, { expanded, onToggle, onExpand }) {
  const facets = (data && data.facets) || {};
  const groups = FACETS.map((dim) => {
    const values = Array.isArray(facets[dim]) ? facets[dim].filter((f) => f && f.value !== null && f.value !== undefined) : [];
    for (const v of state.filters[dim]) {
      if (!values.some((f) => String(f.value) === v)) values.unshift({ value: v, label: '', count: 0 });
    }
    if (values.length === 0) return null; // nothing to choose from
    const active = (v) => state.filters[dim].includes(String(v.value));
    const isOpen = expanded.has(dim);
    // Checked values always show, even past the limit.
    const shown = isOpen ? values : values.filter((v, i) => i < FACET_LIMIT || active(v));
    const legendId = `facet-legend-${dim}`;
    return h(
      'fieldset.facet',
      { 'data-testid': `facet-${dim}` },
      h('legend', { id: legendId }, FACET_NAMES[dim]),
      h(
            'ul.facet-values',
            null,
            shown.map((f) => {
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
                    checked: active(f),
                    onchange: (e) => onToggle(dim, value, e.target.checked),
                  }),
                  h('span.fv-label', null, label.main, label.sub ? h('span.fv-sub', null, label.sub) : null),
                  h('span.count', { 'aria-label': `${f.count} results` }, numberFormat.format(Number(f.count) || 0)),
                ),
              );
            }),
          ),
      values.length > FACET_LIMIT
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

function facetValueLabel(dim, f) {
  const value = String(f.value);
  if (dim === 'item') {
    const title = f.label || itemTitle(value);
    return { main: h('span.item-no', null, value), sub: title, title };
  }
  return { main: f.label || value, title: f.label && f.label !== value ? value : null };
}

/** The pager: Prev, page numbers with gaps, Next. */
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
  const nums = new Set([1, last, cur - 2, cur - 1, cur, cur + 1, cur + 2].filter((p) => p >= 1 && p <= last));
  const sorted = [...nums].sort((a, b) => a - b);
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

/** "Did you mean" and the lenient/partial/message notes. */
export function renderNotices(el, data, state) {
  const notes = [];
  if (data.suggestion && String(data.suggestion).trim() && String(data.suggestion) !== state.q) {
    notes.push(
      h(
        'p.notice.didyoumean',
        null,
        'Did you mean ',
        navLink(withChanges(searchPart(state), { q: String(data.suggestion), page: 1 }), { 'data-testid': 'suggestion', class: 'suggestion' }, String(data.suggestion)),
        '?',
      ),
    );
  }
  if (data.lenient) {
    notes.push(h('p.notice.info', { role: 'note' }, 'Part of the query could not be read as search syntax, so it was searched as plain words.'));
  }
  if (data.partial) {
    notes.push(h('p.notice.warn', { role: 'note' }, 'The search stopped early: these results may be incomplete.'));
  }
  if (data.message && String(data.message).trim()) {
    notes.push(h('p.notice.info', { role: 'note' }, String(data.message)));
  }
  replaceChildren(el, notes);
  el.hidden = notes.length === 0;
}

/** The intro, or "nothing found", with example queries. */
export function emptyState(state, { noResults }) {
  const examples = h(
    'ul.examples',
    null,
    EXAMPLES.map((ex) =>
      h('li', null, navLink(withChanges(searchPart(state), { q: ex.q, page: 1 }), { class: 'example' }, h('code', null, ex.q)), h('span.example-note', null, ex.note)),
    ),
  );
  if (noResults) {
    return h(
      'div.empty',
      null,
      h('h2', null, 'No filings matched'),
      h('p', null, 'Try fewer words, remove a filter, or start from one of these:'),
      examples,
    );
  }
  return h(
    'div.empty.intro',
    null,
    h('h2', null, 'Search the full text of SEC Form 8-K filings'),
    h('p', null, 'Find licensing deals, collaborations and the money in them: each item and exhibit of every filing is searchable, with partners and dollar amounts extracted. Try:'),
    examples,
    h(
      'details.syntax',
      null,
      h('summary', null, 'Query syntax'),
      h(
        'ul',
        null,
        h('li', null, h('code', null, 'milestone payments'), ' — sections with both words'),
        h('li', null, h('code', null, '"upfront payment"'), ' — an exact phrase'),
        h('li', null, h('code', null, 'license OR collaboration'), ', ', h('code', null, '-terminate'), ' — either word; without a word'),
        h('li', null, h('code', null, 'item:1.01'), ' — only Item 1.01 sections'),
        h('li', null, h('code', null, 'amount:>=10M'), ' — sections stating $10 million or more'),
      ),
    ),
  );
}

/** The error panel. */
export function errorState(err, onRetry) {
  return h(
    'div.error',
    { role: 'alert' },
    h('h2', null, err.title || 'Something went wrong'),
    err.details ? h('p', null, err.details) : null,
    onRetry && !(err.status >= 400 && err.status < 500) ? h('button.retry', { type: 'button', onclick: onRetry }, 'Try again') : null,
  );
}

// ---------------------------------------------------------------------------------------------
// Filing view

function sectionHeading(s) {
  if (s.kind === 'item' && s.item) {
    const t = s.itemTitle || itemTitle(s.item);
    return `Item ${s.item}${t ? `. ${t}` : ''}`;
  }
  if (s.kind === 'exhibit' && s.exhibit) return `Exhibit ${s.exhibit}`;
  return s.title && s.title.trim() ? s.title : kindLabel(s.kind);
}

function sectionDomId(s, i) {
  return `sec-${String(s.id || i).replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/**
 * The filing view.
 *
 * @returns {{root: HTMLElement, heading: HTMLElement, sectionEl: (id: string) => HTMLElement|null}}
 */
export function filingView(f, state, { backHref, backLabel, onBack, onJump }) {
  const patterns = queryPatterns(state.q);
  const sections = Array.isArray(f.sections) ? f.sections : [];
  let totalTerms = 0;
  const sectionEls = new Map();
  const rendered = sections.map((s, i) => {
    const { html, termCount } = markText(s.text || '', { patterns, partners: s.partners, amounts: s.amounts });
    totalTerms += termCount;
    const domId = sectionDomId(s, i);
    const heading = sectionHeading(s);
    const body = h('div.section-text');
    body.innerHTML = html; // built from escaped text by markText
    const sub = s.title && s.title.trim() && s.title !== heading ? s.title : null;
    const el = h(
      'section.filing-section',
      { 'data-testid': 'filing-section', id: domId, 'aria-labelledby': `${domId}-h`, 'data-section-id': s.id || '' },
      h('h3', { id: `${domId}-h`, tabindex: '-1' }, heading),
      sub ? h('p.section-sub', null, sub) : null,
      (s.partners || []).length || (s.amounts || []).length || termCount
        ? h(
            'div.badges',
            null,
            termCount ? h('span.badge.hits', null, `${termCount} match${termCount === 1 ? '' : 'es'}`) : null,
            (s.partners || []).map((p) => h('span.badge.partner', { title: 'Partner' }, p)),
            (s.amounts || []).length ? h('span.badge.amounts', null, `${s.amounts.length} amount${s.amounts.length === 1 ? '' : 's'}`) : null,
          )
        : null,
      body,
    );
    sectionEls.set(String(s.id), el);
    return { s, el, domId, heading, termCount };
  });

  const heading = h('h2.filing-title', { tabindex: '-1' }, f.company || 'Unnamed company', h('span.filing-form', null, ` — Form ${f.form || '8-K'}`));
  const meta = [
    ['Date of report', f.dateOfReport ? formatDate(f.dateOfReport) : ''],
    ['Filed', f.filedDate ? formatDate(f.filedDate) : ''],
    ['CIK', f.cik],
    ['Accession no.', f.accession],
    ['File no.', f.fileNumber],
    ['IRS no.', f.irsNumber],
    ['Incorporated in', f.stateOfIncorporation],
    ['Source', [f.source, f.format].filter(Boolean).join(' · ')],
  ].filter(([, v]) => v !== null && v !== undefined && String(v).trim() !== '');

  const items = Array.isArray(f.items) ? f.items : [];
  const partners = Array.isArray(f.partners) ? f.partners : [];
  const amounts = Array.isArray(f.amounts) ? f.amounts : [];

  const root = h(
    'article.filing',
    null,
    h('p.back', null, h('a.back-link', { href: backHref, 'data-nav': '', onclick: onBack }, backLabel)),
    h('header.filing-head', null, heading, h('dl.meta', null, meta.map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, String(v)))))),
    items.length || partners.length || amounts.length
      ? h(
          'dl.filing-facts',
          null,
          items.length
            ? h('div', null, h('dt', null, 'Items'), h('dd', null, items.map((it) => itemBadge(String(it)))))
            : null,
          partners.length
            ? h('div', null, h('dt', null, 'Partners'), h('dd', null, partners.map((p) => h('span.badge.partner', null, p))))
            : null,
          amounts.length
            ? h(
                'div',
                null,
                h('dt', null, 'Amounts'),
                h('dd', null, amounts.map((a) => h('span.badge.amount', { title: amountTitle(a) }, [a.qualifier, a.text || formatUsd(a.usd)].filter(Boolean).join(' '), a.role ? h('span.role', null, ` · ${a.role}`) : null))),
              )
            : null,
        )
      : null,
    h(
      'p.legend',
      null,
      'Highlighted: ',
      patterns.length ? [h('mark.term', null, 'query terms'), totalTerms ? ` (${totalTerms})` : ' (none in the text)', ', '] : null,
      h('mark.partner', null, 'partners'),
      ', ',
      h('mark.amount', null, 'dollar amounts'),
      '.',
    ),
    h('div.filing-body', null,
    rendered.length
      ? h(
          'nav.toc',
          { 'aria-label': 'Sections of this filing' },
          h('h3.toc-title', null, 'Sections'),
          h(
            'ol',
            null,
            rendered.map(({ s, domId, heading: hd, termCount }) =>
              h('li', null, h('a', { href: `#${domId}`, onclick: (e) => onJump(e, s.id) }, hd), termCount ? h('span.toc-hits', { title: 'Query matches' }, String(termCount)) : null),
            ),
          ),
        )
      : null,
    rendered.length ? h('div.sections', null, rendered.map((r) => r.el)) : h('p.empty-sections', null, 'This filing has no sections.'),
    ),
  );
  return { root, heading, sectionEl: (id) => sectionEls.get(String(id)) || null };
}
