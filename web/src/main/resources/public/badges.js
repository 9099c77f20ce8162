// The small labels that hits and filings share: dates, items, section kinds and titles.

import { h } from './dom.js';
import { itemTitle } from './catalog.js';
import { formatDate } from './format.js';

/** The badge of a hit's date (of report, else "filed ..."), or null. */
export function dateBadge(hit) {
  const iso = hit.date || hit.dateOfReport;
  if (!iso) return null;
  if (hit.dateKind === 'filed') {
    // No date of report stated: the filing date stands in, and the badge says so.
    return h('time.badge.date.filed', { datetime: iso, title: 'Filed (the filing states no date of report)' }, `filed ${formatDate(iso)}`);
  }
  const filed = hit.filedDate && hit.filedDate !== iso ? `, filed ${formatDate(hit.filedDate)}` : '';
  return h('time.badge.date', { datetime: iso, title: `Date of report${filed}` }, formatDate(iso));
}

/** An "Item 1.01" badge whose tooltip is the item's title, or null. */
export function itemBadge(item, title) {
  if (!item) return null;
  const t = title || itemTitle(item);
  return h('span.badge.item', { title: t || null }, `Item ${item}`, t ? h('span.visually-hidden', null, `: ${t}`) : null);
}

/** The name of a kind of section. */
export function kindLabel(kind) {
  return { cover: 'Cover page', signature: 'Signatures', 'exhibit-index': 'Exhibit index', exhibit: 'Exhibit', item: 'Item' }[kind] || kind || 'Section';
}

/** The title of a hit: its own, else "Item 1.01. <official title>", "Exhibit 99.1" or its kind. */
export function hitTitle(hit) {
  if (hit.title && hit.title.trim()) return hit.title;
  if (hit.kind === 'item' && hit.item) return `Item ${hit.item}. ${hit.itemTitle || itemTitle(hit.item)}`;
  if (hit.kind === 'exhibit' && hit.exhibit) return `Exhibit ${hit.exhibit}`;
  return kindLabel(hit.kind);
}

/** The heading of a section in the filing view: "Item 1.01. <title>", "Exhibit 99.1", ... */
export function sectionHeading(s) {
  if (s.kind === 'item' && s.item) {
    const t = s.itemTitle || itemTitle(s.item);
    return `Item ${s.item}${t ? `. ${t}` : ''}`;
  }
  if (s.kind === 'exhibit' && s.exhibit) return `Exhibit ${s.exhibit}`;
  return s.title && s.title.trim() ? s.title : kindLabel(s.kind);
}

/** A link to the filing's index page on EDGAR (the address the server gives), or null. */
export function edgarLink(url, label = 'EDGAR') {
  if (!url || !String(url).startsWith('https://www.sec.gov/')) return null;
  return h('a.edgar-link', { href: url, rel: 'noopener noreferrer', target: '_blank', 'data-testid': 'edgar-link', title: 'The original filing on SEC EDGAR' }, label);
}
