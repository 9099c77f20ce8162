// Safe HTML: escaping, the server's snippet markup, and client-side highlighting of a section's
// text (query terms, partners and dollar amounts).

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

// Fields of the query syntax whose values are not words of the text.
const NON_TEXT_FIELDS = new Set([
  'item', 'amount', 'year', 'form', 'date', 'from', 'to', 'cik', 'kind', 'exhibit', 'section',
  'filed', 'id', 'accession', 'sort', 'size', 'page',
]);
const OPERATORS = new Set(['AND', 'OR', 'NOT', '&&', '||']);
const STOPWORDS = new Set(
  ('a an and are as at be but by for if in into is it no not of on or such that the their then' +
    ' there these they this to was will with')
    .split(' '),
);

function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A crude English stem, so that "payments" also marks "payment" and "licensing" marks "license".
function stem(word) {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  for (const suffix of ['ings', 'ing', 'ies', 'ied', 'es', 'ed', 's', 'e']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

function wordPattern(raw, stemmed) {
  let w = raw.replace(/[~^][\d.]*$/, '');
  if (w.endsWith('*')) return escapeRegex(w.replace(/\*+$/, '').replace(/[*?]/g, '')) + '[\\p{L}\\p{N}]*';
  w = w.replace(/[*?]/g, '');
  if (!w) return '';
  return stemmed ? escapeRegex(stem(w)) + '[\\p{L}\\p{N}]*' : escapeRegex(w);
}

/**
 * The patterns to mark for a query: its words and phrases, without operators, excluded terms,
 * stop words and fields like item: or amount: whose values are not text.
 */
export function queryPatterns(q) {
  const patterns = [];
  const re = /(-|\+|!)?(?:([\p{L}_][\p{L}\p{N}_.]*):)?(?:"([^"]*)"?|([^\s()"]+))/gu;
  let negateNext = false;
  for (const m of String(q ?? '').matchAll(re)) {
    const [, sign, field, phrase, bare] = m;
    if (bare && OPERATORS.has(bare)) {
      negateNext = bare === 'NOT';
      continue;
    }
    const negated = sign === '-' || sign === '!' || negateNext;
    negateNext = false;
    if (negated) continue;
    if (field && NON_TEXT_FIELDS.has(field.toLowerCase())) continue;
    if (phrase !== undefined) {
      const words = phrase.split(/[^\p{L}\p{N}$.,%'-]+/u).filter(Boolean);
      if (words.length === 0) continue;
      const parts = words.map((w, i) => wordPattern(w, i === words.length - 1)).filter(Boolean);
      if (parts.length) patterns.push(parts.join('[^\\p{L}\\p{N}]+'));
    } else if (bare) {
      const word = bare
        .replace(/[~^][\d.]*$/, '') // boost or fuzziness: license^2, licence~1
        .replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}*?]+$/gu, '');
      if (!word || word.length < 2 || (!field && STOPWORDS.has(word.toLowerCase()))) continue;
      // Split compound tokens the way an analyzer would ("co-promote" -> co, promote).
      const pieces = word.split(/[^\p{L}\p{N}*?$]+/u).filter(Boolean);
      if (pieces.length > 1) {
        patterns.push(pieces.map((w, i) => wordPattern(w, i === pieces.length - 1)).join('[^\\p{L}\\p{N}]+'));
      } else {
        const p = wordPattern(word, true);
        if (p) patterns.push(p);
      }
    }
  }
  return [...new Set(patterns)];
}

function termRegex(patterns) {
  if (!patterns.length) return null;
  const sorted = [...patterns].sort((a, b) => b.length - a.length);
  try {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})`, 'giu');
  } catch {
    return null;
  }
}

/** [start, end) ranges of every match of a regex in text, sorted and merged. */
function matchRanges(text, regex) {
  const ranges = [];
  if (!regex) return ranges;
  for (const m of text.matchAll(regex)) {
    if (m[0].length === 0) continue;
    ranges.push([m.index, m.index + m[0].length]);
  }
  return merge(ranges);
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

const usdFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$11,125,000" for 11125000. */
export function formatUsd(usd) {
  const n = Number(usd);
  return Number.isFinite(n) ? usdFormat.format(n) : String(usd ?? '');
}

/** A tooltip for an amount: exact value, qualifier and role. */
export function amountTitle(a) {
  return [formatUsd(a.usd), a.qualifier, a.role].filter(Boolean).join(' · ');
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
 * <mark class="partner"> around the facts and <mark class="term"> around query matches.
 *
 * @param {string} text raw, unescaped section text
 * @param {{patterns?: string[], partners?: string[], amounts?: object[]}} marks
 * @returns {{html: string, termCount: number}}
 */
export function markText(text, { patterns = [], partners = [], amounts = [] } = {}) {
  text = String(text ?? '');
  // Entities must not overlap: amounts win over partners, then the earlier and longer one.
  const entities = [];
  const overlaps = (e) => entities.some((k) => e.start < k.end && k.start < e.end);
  const byPosition = (a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start);
  for (const group of [amountEntities(text, amounts), partnerEntities(text, partners)]) {
    for (const e of group.sort(byPosition)) if (!overlaps(e)) entities.push(e);
  }
  entities.sort(byPosition);
  const terms = matchRanges(text, termRegex(patterns));
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
