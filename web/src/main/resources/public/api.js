// Calls to the server's JSON API. All paths are relative, so the page also works under a prefix.

import { FACETS, RANGE_FILTERS } from './state.js';

/** An error the API reported (a problem JSON body) or a network/format failure. */
export class ApiError extends Error {
  constructor(title, status, details) {
    super(details ? `${title}: ${details}` : title);
    this.title = title;
    this.status = status;
    this.details = details || '';
  }
}

/** The query string sent to /api/search for a state. */
export function searchParams(s) {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const dim of FACETS) for (const v of s.filters[dim]) p.append(dim, v);
  for (const k of RANGE_FILTERS) if (s[k]) p.set(k, s[k]);
  p.set('sort', s.sort);
  p.set('page', String(s.page));
  p.set('size', String(s.size));
  if (s.group) p.set('group', s.group);
  return p;
}

async function getJson(url, signal) {
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('Could not reach the server', 0, 'Check your connection and try again.');
  }
  let body = null;
  const text = await res.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    if (body && typeof body === 'object' && body.title) {
      throw new ApiError(String(body.title), body.status || res.status, body.details ? String(body.details) : '');
    }
    throw new ApiError(`The server answered ${res.status}`, res.status, res.statusText || '');
  }
  if (body === null || typeof body !== 'object') {
    throw new ApiError('The server sent an unreadable answer', res.status, '');
  }
  return body;
}

/** GET /api/search for a state. */
export function search(s, signal) {
  return getJson('api/search?' + searchParams(s).toString(), signal);
}

/**
 * GET /api/filings/{id}?q=query: the filing, each section with the ranges of its text that match
 * the query ("marks").
 */
export function filing(id, q, signal) {
  const query = String(q || '').trim();
  const params = query ? '?' + new URLSearchParams({ q: query }).toString() : '';
  return getJson('api/filings/' + encodeURIComponent(id) + params, signal);
}

/** GET /api/filings/{id}/similar with filters ({item: ['1.01'], from: '2005-01-01', ...}). */
export function similar(id, filters, signal) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filters || {})) {
    for (const x of Array.isArray(v) ? v : [v]) if (x) p.append(k, x);
  }
  const query = p.toString();
  return getJson('api/filings/' + encodeURIComponent(id) + '/similar' + (query ? '?' + query : ''), signal);
}

/** GET /api/timeline for a state: its words and filters (a company or partner among them). */
export function timeline(s, signal) {
  const p = searchParams(s);
  for (const k of ['sort', 'page', 'size', 'group']) p.delete(k);
  return getJson('api/timeline?' + p.toString(), signal);
}

/** GET /api/facets: the facet dimensions and the item titles. */
export function facets(signal) {
  return getJson('api/facets', signal);
}

/** GET /api/suggest?q=prefix. */
export function suggest(prefix, signal) {
  return getJson('api/suggest?' + new URLSearchParams({ q: prefix }).toString(), signal);
}

/**
 * The search's parameters for an export or a feed: every filter, the order and the grouping, not
 * the page (both take every hit, or the newest).
 */
function wholeSearchParams(s) {
  const p = searchParams(s);
  p.delete('page');
  p.delete('size');
  return p;
}

/** The address of GET /api/export for a state, in a format (csv, json or jsonl). */
export function exportUrl(s, format) {
  const p = wholeSearchParams(s);
  p.set('format', format);
  return 'api/export?' + p.toString();
}

/** The address of the Atom feed of a state's search (its newest filings). */
export function feedUrl(s) {
  const p = wholeSearchParams(s);
  p.delete('sort');
  const q = p.toString();
  return 'feeds/search.atom' + (q ? '?' + q : '');
}
