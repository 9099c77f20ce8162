// The filing view: the filing's facts and every section's text, with the query's matches (as the
// server marked them), partners and dollar amounts highlighted, and a table of contents.

import { h } from './dom.js';
import { markText } from './highlight.js';
import { formatDate, formatUsd, amountTitle } from './format.js';
import { itemBadge, sectionHeading, edgarLink } from './badges.js';

function sectionDomId(s, i) {
  return `sec-${String(s.id || i).replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

function plural(n, noun, suffix = 's') {
  return `${n} ${noun}${n === 1 ? '' : suffix}`;
}

function renderSection(s, i) {
  const { html, termCount } = markText(s.text || '', { marks: s.marks, partners: s.partners, amounts: s.amounts });
  const domId = sectionDomId(s, i);
  const heading = sectionHeading(s);
  const body = h('div.section-text');
  body.innerHTML = html; // built from escaped text by markText
  const sub = s.title && s.title.trim() && s.title !== heading ? s.title : null;
  const partners = s.partners || [];
  const amounts = s.amounts || [];
  const el = h(
    'section.filing-section',
    { 'data-testid': 'filing-section', id: domId, 'aria-labelledby': `${domId}-h`, 'data-section-id': s.id || '' },
    h('h3', { id: `${domId}-h`, tabindex: '-1' }, heading),
    sub ? h('p.section-sub', null, sub) : null,
    partners.length || amounts.length || termCount
      ? h(
          'div.badges',
          null,
          termCount ? h('span.badge.hits', null, plural(termCount, 'match', 'es')) : null,
          partners.map((p) => h('span.badge.partner', { title: 'Partner' }, p)),
          amounts.length ? h('span.badge.amounts', null, plural(amounts.length, 'amount')) : null,
        )
      : null,
    body,
  );
  return { s, el, domId, heading, termCount };
}

function metaList(f) {
  const meta = [
    ['Date of report', f.dateOfReport ? formatDate(f.dateOfReport) : 'not stated'],
    ['Filed', f.filedDate ? formatDate(f.filedDate) : ''],
    ['CIK', f.cik],
    ['Accession no.', f.accession],
    ['File no.', f.fileNumber],
    ['IRS no.', f.irsNumber],
    ['Incorporated in', f.stateOfIncorporation],
    ['Source', [f.source, f.format].filter(Boolean).join(' · ')],
  ].filter(([, v]) => v !== null && v !== undefined && String(v).trim() !== '');
  const edgar = edgarLink(f.edgarUrl, 'Filing index on EDGAR');
  return h(
    'dl.meta',
    null,
    meta.map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, String(v)))),
    edgar ? h('div', null, h('dt', null, 'Original'), h('dd', null, edgar)) : null,
  );
}

function factsList(f) {
  const items = Array.isArray(f.items) ? f.items : [];
  const partners = Array.isArray(f.partners) ? f.partners : [];
  const amounts = Array.isArray(f.amounts) ? f.amounts : [];
  if (!items.length && !partners.length && !amounts.length) return null;
  const amountBadge = (a) =>
    h('span.badge.amount', { title: amountTitle(a) }, [a.qualifier, a.text || formatUsd(a.usd)].filter(Boolean).join(' '), a.role ? h('span.role', null, ` · ${a.role}`) : null);
  return h(
    'dl.filing-facts',
    null,
    items.length ? h('div', null, h('dt', null, 'Items'), h('dd', null, items.map((it) => itemBadge(String(it))))) : null,
    partners.length ? h('div', null, h('dt', null, 'Partners'), h('dd', null, partners.map((p) => h('span.badge.partner', null, p)))) : null,
    amounts.length ? h('div', null, h('dt', null, 'Amounts'), h('dd', null, amounts.map(amountBadge))) : null,
  );
}

function legend(totalTerms) {
  return h(
    'p.legend',
    null,
    'Highlighted: ',
    totalTerms ? [h('mark.term', null, 'query terms'), ` (${totalTerms})`, ', '] : null,
    h('mark.partner', null, 'partners'),
    ', ',
    h('mark.amount', null, 'dollar amounts'),
    '.',
  );
}

function toc(rendered, onJump) {
  return h(
    'nav.toc',
    { 'aria-label': 'Sections of this filing' },
    h('h3.toc-title', null, 'Sections'),
    h(
      'ol',
      null,
      rendered.map(({ s, domId, heading, termCount }) =>
        h('li', null, h('a', { href: `#${domId}`, onclick: (e) => onJump(e, s.id) }, heading), termCount ? h('span.toc-hits', { title: 'Query matches' }, String(termCount)) : null),
      ),
    ),
  );
}

/**
 * The filing view of a /api/filings answer.
 *
 * @returns {{root: HTMLElement, heading: HTMLElement, sectionEl: (id: string) => HTMLElement|null}}
 */
export function filingView(f, { backHref, backLabel, onBack, onJump }) {
  const sections = Array.isArray(f.sections) ? f.sections : [];
  const rendered = sections.map(renderSection);
  const totalTerms = rendered.reduce((n, r) => n + r.termCount, 0);
  const sectionEls = new Map(rendered.map((r) => [String(r.s.id), r.el]));
  const heading = h('h2.filing-title', { tabindex: '-1' }, f.company || 'Unnamed company', h('span.filing-form', null, ` — Form ${f.form || '8-K'}`));
  const root = h(
    'article.filing',
    null,
    h('p.back', null, h('a.back-link', { href: backHref, 'data-nav': '', onclick: onBack }, backLabel)),
    h('header.filing-head', null, heading, metaList(f)),
    factsList(f),
    legend(totalTerms),
    h(
      'div.filing-body',
      null,
      rendered.length ? toc(rendered, onJump) : null,
      rendered.length ? h('div.sections', null, rendered.map((r) => r.el)) : h('p.empty-sections', null, 'This filing has no sections.'),
    ),
  );
  return { root, heading, sectionEl: (id) => sectionEls.get(String(id)) || null };
}
