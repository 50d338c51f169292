import { el } from '../ui.js';
import { humanise } from '../format.js';

/** Moves an order may make (ARCHITECTURE §4): pending → processing → completed; pending/processing → cancelled. */
export const NEXT_STATUSES = {
  pending: ['processing', 'cancelled'],
  processing: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

const TONES = {
  completed: 'ok', reserved: 'ok', paid: 'ok',
  pending: 'warning', processing: 'warning', reserving: 'warning', unpaid: 'neutral', refunded: 'neutral',
  partially_refunded: 'neutral', released: 'neutral',
  cancelled: 'danger', failed: 'danger', insufficient_stock: 'danger', rejected: 'danger',
};

/** A badge whose words carry the meaning; colour only repeats it. */
export function statusBadge(value, testid) {
  return el('span', { className: `badge badge-${TONES[value] ?? 'neutral'}`, testid, text: humanise(value) });
}
