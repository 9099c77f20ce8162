// What the server says the page can filter on: the facet dimensions (name, label, display limit,
// in sidebar order), the official 8-K item titles and the most rows an export holds, from
// GET /api/facets, read once at start.
// The page keeps no copy of either.

import { setFacetNames } from './state.js';

let dimensions = [];
const labels = new Map(); // dimension name -> label
const itemTitles = new Map(); // item code -> official title
let maxExportRows = Infinity; // the server's export limit

/**
 * Takes in the /api/facets answer and tells the URL state which dimensions exist.
 *
 * @param {{dimensions: {name: string, label: string, limit: number}[], items: {code: string, title: string}[], exportLimit: number}} answer
 */
export function loadCatalog(answer) {
  dimensions = (Array.isArray(answer.dimensions) ? answer.dimensions : [])
    .filter((d) => d && typeof d.name === 'string' && d.name)
    .map((d) => ({ name: d.name, label: String(d.label || d.name), limit: Number(d.limit) || Infinity }));
  labels.clear();
  for (const d of dimensions) labels.set(d.name, d.label);
  itemTitles.clear();
  for (const it of Array.isArray(answer.items) ? answer.items : []) {
    if (it && it.code) itemTitles.set(String(it.code), String(it.title || ''));
  }
  maxExportRows = Number(answer.exportLimit) > 0 ? Number(answer.exportLimit) : Infinity;
  setFacetNames(dimensions.map((d) => d.name));
}

/** The most rows GET /api/export gives (Infinity when the server did not say). */
export function exportLimit() {
  return maxExportRows;
}

/** The facet dimensions, in sidebar order. */
export function facetDimensions() {
  return dimensions;
}

/** The label of a facet dimension ("Partner" for partner). */
export function dimensionLabel(name) {
  return labels.get(name) || name;
}

/** The official title of an item number, or ''. */
export function itemTitle(code) {
  return itemTitles.get(String(code)) || '';
}
