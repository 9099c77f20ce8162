// How numbers, dates and amounts read on the page.

const numberFormat = new Intl.NumberFormat('en-US');
const usdFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1,234" for 1234. */
export function formatCount(n) {
  return numberFormat.format(n);
}

/** "Aug 1, 1997" for "1997-08-01" (no time zone games), or the input as is. */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return iso || '';
  return `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}`;
}

/** "$11,125,000" for 11125000. */
export function formatUsd(usd) {
  const n = Number(usd);
  return Number.isFinite(n) ? usdFormat.format(n) : String(usd ?? '');
}

/** A tooltip for an amount: exact value, qualifier and role. */
export function amountTitle(a) {
  return [formatUsd(a.usd), a.qualifier, a.role].filter(Boolean).join(' · ');
}
