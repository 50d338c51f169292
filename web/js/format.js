const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

// Amounts may arrive as strings (PostgreSQL numeric), so convert before formatting.
export function formatMoney(value) {
  const number = Number(value);
  return Number.isFinite(number) ? money.format(number) : '—';
}

export function formatDateTime(value) {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? dateTime.format(date) : '—';
}

export function formatDate(value) {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? dateOnly.format(date) : '—';
}

/** "insufficient_stock" → "Insufficient stock". */
export function humanise(code) {
  if (!code) return '—';
  const text = String(code).replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Adds cents exactly, so a live total never shows floating-point noise. */
export function sumCents(lines) {
  return lines.reduce((total, { price, quantity }) => total + Math.round(Number(price) * 100) * quantity, 0);
}
