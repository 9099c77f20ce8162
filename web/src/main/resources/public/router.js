// The URL is the page's state: this module holds the current state, moves between states with
// history entries, follows in-page links and Back/Forward, and asks the page to render.

import { parseState, stateToSearch, withChanges } from './state.js';

let state = null;
let render = () => {};

/** The current page state. */
export function current() {
  return state;
}

function saveScroll() {
  const cur = history.state || {};
  history.replaceState({ ...cur, scroll: window.scrollY }, '', location.href);
}

/**
 * Goes to a new state, with a new history entry (or replacing the current one), and renders it.
 *
 * @param {object} next the state to show
 * @param {{replace?: boolean, focus?: string|null}} options focus: 'results', 'filing' or null
 */
export function go(next, { replace = false, focus = null } = {}) {
  const url = stateToSearch(next) || location.pathname;
  if (new URL(url, location.href).href === location.href) replace = true; // same view: no new entry
  if (replace) {
    history.replaceState({ ...(history.state || {}), app: true, scroll: 0 }, '', url);
  } else {
    saveScroll();
    history.pushState({ app: true, scroll: 0, fromApp: true }, '', url);
  }
  state = parseState(location.search);
  render({ scroll: 0, focus });
}

/** Records the section scrolled to in the URL, without a new history entry or a render. */
export function noteSection(sectionId) {
  history.replaceState(history.state, '', stateToSearch(withChanges(state, { section: sectionId })));
  state = parseState(location.search);
}

/** Whether the last navigation came from inside the page, so that history.back() returns to it. */
export function cameFromApp() {
  return Boolean(history.state && history.state.fromApp);
}

/**
 * Starts following the URL: reads the current state and renders it, then on every navigation.
 *
 * @param {(options: {scroll: number, focus?: string|null}) => void} renderPage draws the current state
 */
export function startRouter(renderPage) {
  render = renderPage;
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

  window.addEventListener('popstate', (e) => {
    state = parseState(location.search);
    render({ scroll: e.state && typeof e.state.scroll === 'number' ? e.state.scroll : 0 });
  });

  // In-page links: <a data-nav href="?...">. Modified clicks open new tabs as usual.
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-nav]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname) return;
    e.preventDefault();
    const next = parseState(url.search);
    const toFiling = next.filing && next.filing !== state.filing;
    const leavingFiling = !next.filing && state.filing;
    go(next, { focus: toFiling ? 'filing' : leavingFiling ? 'results' : a.closest('#pager, #chips, #notices') ? 'results' : null });
  });

  // Remember the scroll position when leaving, so a reload or Back lands in the same place.
  window.addEventListener('pagehide', saveScroll);

  // First render: replace the entry so it carries our state object.
  state = parseState(location.search);
  history.replaceState({ ...(history.state || {}), app: true }, '', location.href);
  render({ scroll: (history.state && history.state.scroll) || 0 });
}
