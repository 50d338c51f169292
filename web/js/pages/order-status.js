import { el } from '../ui.js';
import { humanise } from '../format.js';

/** Moves an order may make: any among the open statuses; completed and cancelled are final. */
export const NEXT_STATUSES = {
  pending: ['processing', 'completed', 'cancelled'],
  processing: ['pending', 'completed', 'cancelled'],
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
