// The page's fixed elements (see index.html), by role.

const $ = (id) => document.getElementById(id);

export const els = {
  form: $('search-form'),
  input: $('q'),
  suggestList: $('suggest-list'),
  searchView: $('search-view'),
  filingView: $('filing-view'),
  timelineView: $('timeline-view'),
  sidebar: $('sidebar'),
  facets: $('facets'),
  rangeForm: $('range-form'),
  count: $('result-count'),
  status: $('status'),
  chips: $('chips'),
  takeAway: $('take-away'),
  notices: $('notices'),
  panel: $('panel'),
  results: $('results'),
  pager: $('pager'),
  sort: $('sort'),
  size: $('size'),
  group: $('group'),
  filtersToggle: $('filters-toggle'),
  filtersDone: $('filters-done'),
  layout: $('layout'),
};
