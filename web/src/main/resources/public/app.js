// The search page's entry point: reads the facet dimensions and item titles from the server,
// wires the controls, and renders whichever view the URL asks for.

import * as api from './api.js';
import { replaceChildren } from './dom.js';
import { els } from './elements.js';
import { loadCatalog } from './catalog.js';
import { current, startRouter } from './router.js';
import { attachSearchBox, syncSearchBox } from './search-box.js';
import { attachSearchControls, syncSearchControls } from './search-controls.js';
import { showSearch } from './search-page.js';
import { showFiling, cancelFiling } from './filing-page.js';
import { showTimeline, cancelTimeline } from './timeline-page.js';
import { errorPanel } from './panels.js';

let renderSeq = 0;

function setMode(mode) {
  document.body.dataset.view = mode;
  els.searchView.hidden = mode !== 'search';
  els.sidebar.hidden = mode !== 'search';
  els.filingView.hidden = mode !== 'filing';
  els.timelineView.hidden = mode !== 'timeline';
  if (mode !== 'filing') cancelFiling();
  if (mode !== 'timeline') cancelTimeline();
}

function render({ scroll = 0, focus = null } = {}) {
  const seq = ++renderSeq;
  const state = current();
  syncSearchBox(state);
  syncSearchControls(state);
  const options = { scroll, focus, isCurrent: () => seq === renderSeq, retry: () => render() };
  if (state.filing) {
    setMode('filing');
    showFiling(options);
  } else if (state.view === 'timeline') {
    setMode('timeline');
    showTimeline(options);
  } else {
    setMode('search');
    showSearch(options);
  }
}

async function start() {
  try {
    loadCatalog(await api.facets());
  } catch (err) {
    // Without the dimensions the page cannot read its own URL: say so, and offer a reload.
    setMode('search');
    els.count.textContent = 'The search page could not start';
    replaceChildren(els.panel, errorPanel(err, () => location.reload()));
    els.panel.hidden = false;
    return;
  }
  attachSearchBox();
  attachSearchControls();
  startRouter(render);
}

start();
