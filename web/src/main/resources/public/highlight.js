// Safe HTML: escaping, the server's snippet markup, and the highlighting of a section's text: the
// query terms at the ranges the server marked, partners and dollar amounts.

import { amountTitle } from './format.js';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and attribute values. */
export function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * A server snippet as DOM nodes. The server escapes everything but its <mark> tags; as a second
 * line of defence only text and <mark> elements are kept: any other element is reduced to its text.
 */
export function snippetFragment(html) {
  const doc = new DOMParser().parseFromString(`<body>${String(html ?? '')}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  copySafe(doc.body, out);
  return out;
}

function copySafe(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.nodeValue));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.localName === 'mark') {
        const m = document.createElement('mark');
        copySafe(node, m);
        to.appendChild(m);
      } else if (!['script', 'style', 'template'].includes(node.localName)) {
        copySafe(node, to);
      }
    }
  }
}

function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The server's term marks of a section as sorted, merged [start, end) ranges that fit the text.
 * Anything else (no marks from an older server, bad offsets) marks nothing.
 */
function termRanges(text, marks) {
  if (!Array.isArray(marks)) return [];
  const ranges = marks.filter(
    (m) => Array.isArray(m) && Number.isInteger(m[0]) && Number.isInteger(m[1]) && m[0] >= 0 && m[0] < m[1] && m[1] <= text.length,
  );
  return merge(ranges.map((m) => [m[0], m[1]]));
}

function merge(ranges) {
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function amountEntities(text, amounts) {
  const out = [];
  const used = new Set();
  for (const a of amounts || []) {
    let { start, end } = a;
    const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
    if (!ok || (a.text && text.slice(start, end) !== a.text)) {
      // Offsets that do not fit the text: fall back to the first unused occurrence of the text.
      if (!a.text) continue;
      let from = 0;
      let at;
      while ((at = text.indexOf(a.text, from)) >= 0 && used.has(at)) from = at + 1;
      if (at < 0) continue;
      start = at;
      end = at + a.text.length;
    }
    used.add(start);
    out.push({ start, end, cls: 'amount', title: amountTitle(a) });
  }
  return out;
}

function partnerEntities(text, partners) {
  const out = [];
  for (const name of partners || []) {
    if (!name || !String(name).trim()) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(String(name).trim())}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) {
      out.push({ start: m.index, end: m.index + m[0].length, cls: 'partner', title: `Partner: ${name}` });
    }
  }
  return out;
}

/**
 * The HTML for a section's raw text: escaped, with <mark class="amount"> and
 * <mark class="partner"> around the facts and <mark class="term"> around the query matches that
 * the server marked.
 *
 * @param {string} text raw, unescaped section text
 * @param {{marks?: number[][], partners?: string[], amounts?: object[]}} facts marks: the
 *     server's [start, end) UTF-16 offsets of query matches in text
 * @returns {{html: string, termCount: number}}
 */
export function markText(text, { marks = [], partners = [], amounts = [] } = {}) {
  text = String(text ?? '');
  // Entities must not overlap: amounts win over partners, then the earlier and longer one.
  const entities = [];
  const overlaps = (e) => entities.some((k) => e.start < k.end && k.start < e.end);
  const byPosition = (a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start);
  for (const group of [amountEntities(text, amounts), partnerEntities(text, partners)]) {
    for (const e of group.sort(byPosition)) if (!overlaps(e)) entities.push(e);
  }
  entities.sort(byPosition);
  const terms = termRanges(text, marks);
  let ti = 0;
  let termCount = 0;
  const withTerms = (from, to) => {
    let html = '';
    let pos = from;
    while (ti < terms.length && terms[ti][1] <= from) ti++;
    let k = ti;
    while (k < terms.length && terms[k][0] < to) {
      const s = Math.max(terms[k][0], from);
      const e = Math.min(terms[k][1], to);
      html += escapeHtml(text.slice(pos, s)) + `<mark class="term">${escapeHtml(text.slice(s, e))}</mark>`;
      termCount++;
      pos = e;
      if (terms[k][1] > to) break;
      k++;
    }
    return html + escapeHtml(text.slice(pos, to));
  };
  let html = '';
  let pos = 0;
  for (const e of entities) {
    html += withTerms(pos, e.start);
    html += `<mark class="${e.cls}" title="${escapeHtml(e.title)}">${withTerms(e.start, e.end)}</mark>`;
    pos = e.end;
  }
  html += withTerms(pos, text.length);
  return { html, termCount };
}
