import { el } from './ui.js';

// The stock level below which an item is flagged when it has no threshold of its own.
const DEFAULT_LOW_STOCK_THRESHOLD = 10;

/** A badge that says in words why a stock level needs attention, or null when it does not. */
export function stockBadge(item) {
  const available = availableQuantity(item);
  const threshold = Number(item.low_stock_threshold ?? DEFAULT_LOW_STOCK_THRESHOLD);
  if (available <= 0) return el('span', { className: 'badge badge-danger', testid: 'out-of-stock-badge', text: 'Out of stock' });
  if (item.is_low_stock ?? available <= threshold) return el('span', { className: 'badge badge-warning', testid: 'low-stock-badge', text: 'Low stock' });
  return null;
}

/** Units that can still be sold: stock held for placed orders is on the shelf but already spoken for. */
export function availableQuantity(item) {
  return Number(item.available_quantity ?? item.quantity);
}
