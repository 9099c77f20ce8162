// The filing view of the page: fetches the open filing with the current query (so the server can
// mark its matches), shows it, and scrolls to the section asked for.

import * as api from './api.js';
import { h, replaceChildren } from './dom.js';
import { els } from './elements.js';
import { cameFromApp, current, noteSection } from './router.js';
import { stateToSearch, wantsSearch, searchPart } from './state.js';
import { filingView } from './filing-view.js';
import { addDealContext, cancelSimilar } from './similar-panel.js';
import { errorPanel } from './panels.js';

let filingController = null;

/** Stops loading a filing (when the page leaves the filing view). */
export function cancelFiling() {
  if (filingController) filingController.abort();
  cancelSimilar();
}

function backLink(state) {
  const back = searchPart(state);
  return { href: stateToSearch(back) || './', label: wantsSearch(back) ? '← Back to results' : '← Search' };
}

function showFailure(err, id, retry) {
  const back = backLink(current());
  const notFound = err.status === 404;
  replaceChildren(
    els.filingView,
    h('p.back', null, h('a.back-link', { href: back.href, 'data-nav': '' }, back.label)),
    errorPanel(notFound ? { title: 'Filing not found', details: `There is no filing with the id “${id}”.` } : err, notFound ? null : retry),
  );
  document.title = 'Filing not found — 8-K filings search';
}

function jumpTo(view, sectionId) {
  const el = view.sectionEl(sectionId);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  const heading = el.querySelector('h3');
  if (heading) heading.focus({ preventScroll: true });
  const first = el.querySelector('mark.term');
  if (first) first.scrollIntoView({ block: 'center' });
}

/**
 * Shows the filing of the current state.
 *
 * @param {{scroll: number, focus: string|null, isCurrent: () => boolean, retry: () => void}} options
 *     isCurrent: false once a newer render started, so a late answer is dropped
 */
export async function showFiling({ scroll, focus, isCurrent, retry }) {
  const state = current();
  const id = state.filing;
  replaceChildren(els.filingView, h('p.loading-filing', { role: 'status' }, 'Loading filing…'));
  cancelFiling();
  filingController = new AbortController();
  let f;
  try {
    f = await api.filing(id, state.q, filingController.signal);
  } catch (err) {
    if (err.name === 'AbortError' || !isCurrent()) return;
    showFailure(err, id, retry);
    return;
  }
  if (!isCurrent()) return;
  const back = backLink(state);
  const view = filingView(f, {
    backHref: back.href,
    backLabel: back.label,
    onBack: (e) => {
      // When we came from the results, going back restores them where they were.
      if (cameFromApp() && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey) {
        e.preventDefault();
        history.back();
      }
    },
    onJump: (e, sectionId) => {
      e.preventDefault();
      jumpTo(view, sectionId);
      noteSection(sectionId);
    },
  });
  addDealContext(view.root, f, state);
  replaceChildren(els.filingView, view.root);
  document.title = `${f.company || 'Filing'} ${f.form || '8-K'} ${f.date || f.dateOfReport || ''} — 8-K filings search`;
  if (scroll) {
    window.scrollTo(0, scroll);
  } else if (state.section && view.sectionEl(state.section)) {
    jumpTo(view, state.section);
  } else {
    window.scrollTo(0, 0);
    if (focus === 'filing') view.heading.focus({ preventScroll: true });
  }
}
