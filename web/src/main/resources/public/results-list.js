// The results list: the "N results" line and one entry per hit.

import { h } from './dom.js';
import { snippetFragment } from './highlight.js';
import { formatCount, formatUsd, amountTitle } from './format.js';
import { dateBadge, itemBadge, kindLabel, hitTitle, edgarLink } from './badges.js';
import { navLink, addFilter } from './links.js';
import { withChanges, searchPart } from './state.js';

/** How many amounts a hit lists before "and N more". */
const AMOUNTS_SHOWN = 6;

/** The "N results" line. */
export function resultCountText(data, state) {
  const total = Number(data.total) || 0;
  const plus = data.totalRelation === 'gte' ? '+' : '';
  const noun = total === 1 && !plus ? 'result' : 'results';
  // Counted from a sample when the search matches a large share of the index: "about N".
  const about = data.approximate ? 'about ' : '';
  let text = `${about}${formatCount(total)}${plus} ${noun}`;
  if (state.q.trim()) text += ` for “${state.q.trim()}”`;
  if (total > 0) {
    const first = (state.page - 1) * state.size + 1;
    const last = Math.min(first + (data.hits || []).length - 1, total);
    if (last >= first && total > state.size) text = `${formatCount(first)}–${formatCount(last)} of ${text}`;
  }
  return text;
}

/** One hit. */
export function resultItem(hit, state) {
  const target = withChanges(searchPart(state), { filing: hit.filingId, section: hit.sectionId || '' });
  const snippets = (hit.snippets || []).filter((s) => s && String(s).trim());
  const partners = (hit.partners || []).filter(Boolean);
  const amounts = (hit.amounts || []).filter(Boolean);
  return h(
    'li.result',
    { 'data-testid': 'result' },
    h('h3.result-title', null, navLink(target, { class: 'result-link' }, hitTitle(hit))),
    h(
      'div.badges',
      null,
      hit.company ? h('span.badge.company', { title: 'Company' }, hit.company) : null,
      dateBadge(hit),
      hit.form ? h('span.badge.form', { title: 'Form' }, hit.form) : null,
      itemBadge(hit.item, hit.itemTitle),
      hit.exhibit ? h('span.badge.exhibit', { title: 'Exhibit' }, `Ex. ${hit.exhibit}`) : null,
      hit.kind && hit.kind !== 'item' && hit.kind !== 'exhibit' ? h('span.badge.kind', null, kindLabel(hit.kind)) : null,
      edgarLink(hit.edgarUrl),
    ),
    snippets.length
      ? h('div.snippets', null, snippets.map((s) => h('p.snippet', null, snippetFragment(s))))
      : null,
    partners.length || amounts.length
      ? h(
          'dl.facts',
          null,
          partners.length
            ? [
                h('dt', null, 'Partners'),
                h(
                  'dd',
                  null,
                  partners.map((p, i) => [
                    i ? ', ' : null,
                    navLink(addFilter(state, 'partner', p), { class: 'partner-link', title: `Filter by partner ${p}` }, p),
                  ]),
                ),
              ]
            : null,
          amounts.length
            ? [
                h('dt', null, 'Amounts'),
                h('dd', null, amounts.slice(0, AMOUNTS_SHOWN).map((a, i) => [i ? ', ' : null, h('span.amount', { title: amountTitle(a) }, a.text || formatUsd(a.usd))]),
                  amounts.length > AMOUNTS_SHOWN ? ` and ${amounts.length - AMOUNTS_SHOWN} more` : null),
              ]
            : null,
        )
      : null,
  );
}
