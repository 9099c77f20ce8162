// The timeline view: a company's or a partner's filings (with the state's other filters) on a time
// axis, oldest first, each with its date, headline, items, partners and largest deal amount.

import * as api from './api.js';
import { h, replaceChildren } from './dom.js';
import { els } from './elements.js';
import { current } from './router.js';
import { stateToSearch, withChanges, searchPart, timelineOf } from './state.js';
import { dimensionLabel } from './catalog.js';
import { formatCount, formatDate, formatUsd, amountTitle } from './format.js';
import { itemBadge } from './badges.js';
import { navLink } from './links.js';
import { errorPanel } from './panels.js';

let controller = null;

/** Stops loading a timeline (when the page leaves the timeline view). */
export function cancelTimeline() {
  if (controller) controller.abort();
}

/** What the timeline is of: "Immunogen", "Genentech", or both joined. */
function subject(state) {
  const names = [...state.filters.company, ...state.filters.partner];
  return names.length ? names.join(', ') : 'these filings';
}

const DAY_MS = 86_400_000;

function dayOf(iso) {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(t) ? t / DAY_MS : null;
}

/**
 * The axis: one dot per dated filing, placed by its date between the first and last year shown,
 * with a tick per year (or per few years on a long axis). Each dot links to its entry below.
 */
function axis(entries) {
  const dated = entries.filter((e) => dayOf(e.date) !== null);
  if (!dated.length) return null;
  const firstYear = Number(dated[0].date.slice(0, 4));
  const lastYear = Number(dated[dated.length - 1].date.slice(0, 4)) + 1;
  const start = dayOf(`${firstYear}-01-01`);
  const span = dayOf(`${lastYear}-01-01`) - start;
  const at = (iso) => `${(((dayOf(iso) - start) / span) * 100).toFixed(2)}%`;
  const years = lastYear - firstYear;
  const step = years > 40 ? 10 : years > 16 ? 5 : years > 8 ? 2 : 1;
  const ticks = [];
  for (let y = firstYear; y <= lastYear; y += step) {
    ticks.push(placed(h('span.tl-tick', null, String(y)), at(`${y}-01-01`)));
  }
  const dots = dated.map((e) =>
    placed(
      h('button.tl-dot', {
        type: 'button',
        title: `${formatDate(e.date)} — ${e.headline || ''}`,
        tabindex: '-1',
        onclick: () => {
          const el = document.getElementById(`tl-${e.filingId}`);
          if (el) el.scrollIntoView({ block: 'center' });
        },
      }),
      at(e.date),
    ),
  );
  return h('div.tl-axis', { 'data-testid': 'timeline-axis', 'aria-hidden': 'true' }, h('div.tl-line'), ticks, dots);
}

/** Places an element along the axis (through the style object: the page's CSP forbids style attributes). */
function placed(el, left) {
  el.style.left = left;
  return el;
}

function entry(e, state) {
  const filingState = withChanges(searchPart(state), { filing: e.filingId });
  const amount = e.largestAmount;
  return h(
    'li.tl-entry',
    { 'data-testid': 'timeline-entry', id: `tl-${e.filingId}` },
    h('time.tl-date', { datetime: e.date || '' }, e.date ? formatDate(e.date) : 'Undated'),
    h(
      'div.tl-card',
      null,
      h('h3.tl-headline', null, navLink(filingState, { class: 'tl-link' }, e.headline || 'Filing')),
      h(
        'div.badges',
        null,
        e.company ? h('span.badge.company', { title: 'Company' }, e.company) : null,
        e.form ? h('span.badge.form', { title: 'Form' }, e.form) : null,
        (e.items || []).map((it) => itemBadge(String(it))),
        amount
          ? h('span.badge.amount', { title: `Largest deal amount: ${amountTitle(amount)}` }, [amount.qualifier, amount.text || formatUsd(amount.usd)].filter(Boolean).join(' '))
          : null,
      ),
      (e.partners || []).length
        ? h(
            'p.tl-partners',
            null,
            'With ',
            e.partners.map((p, i) => [i ? ', ' : null, navLink(timelineOf('partner', p), { class: 'partner-link', title: `Timeline of ${p}` }, p)]),
          )
        : null,
    ),
  );
}

function years(entries) {
  const dated = entries.filter((e) => e.date);
  if (!dated.length) return '';
  const a = dated[0].date.slice(0, 4);
  const b = dated[dated.length - 1].date.slice(0, 4);
  return a === b ? `, ${a}` : `, ${a}–${b}`;
}

/**
 * Shows the timeline of the current state.
 *
 * @param {{focus: string|null, isCurrent: () => boolean, retry: () => void}} options
 */
export async function showTimeline({ isCurrent, retry }) {
  const state = current();
  const back = searchPart(state);
  const backLink = h('p.back', null, h('a.back-link', { href: stateToSearch(back) || './', 'data-nav': '' }, '← Search these filings'));
  document.title = `Timeline of ${subject(state)} — 8-K filings search`;
  replaceChildren(els.timelineView, backLink, h('p.loading-filing', { role: 'status' }, 'Loading timeline…'));
  cancelTimeline();
  controller = new AbortController();
  let data;
  try {
    data = await api.timeline(state, controller.signal);
  } catch (err) {
    if (err.name === 'AbortError' || !isCurrent()) return;
    replaceChildren(els.timelineView, backLink, errorPanel(err, retry));
    return;
  }
  if (!isCurrent()) return;
  const entries = Array.isArray(data.filings) ? data.filings : [];
  const total = Number(data.total) || 0;
  const which = [
    ...state.filters.company.map((c) => `${dimensionLabel('company')}: ${c}`),
    ...state.filters.partner.map((p) => `${dimensionLabel('partner')}: ${p}`),
  ].join(' · ');
  replaceChildren(
    els.timelineView,
    backLink,
    h(
      'header.tl-head',
      null,
      h('h2.tl-title', { tabindex: '-1' }, `Timeline of ${subject(state)}`),
      h(
        'p.tl-count',
        { 'data-testid': 'timeline-count' },
        `${formatCount(total)} ${total === 1 ? 'filing' : 'filings'}${years(entries)}`,
        data.truncated ? ` (the newest ${formatCount(entries.length)} shown)` : '',
        which ? h('span.tl-which', null, ` · ${which}`) : null,
      ),
    ),
    entries.length ? axis(entries) : h('p.empty-sections', null, 'No filings match.'),
    entries.length ? h('ol.tl-list', null, entries.map((e) => entry(e, state))) : null,
  );
  window.scrollTo(0, 0);
}
