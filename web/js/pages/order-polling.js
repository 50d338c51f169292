import { api } from '../api.js';

const POLL_INTERVAL_MS = 1000;
const POLL_DEADLINE_MS = 30_000;

/**
 * Re-reads an order until isSettled(order) holds or the deadline passes; answers the last order seen.
 * The order saga and payment events finish after the HTTP answer, so the page waits for them here.
 */
export async function waitForOrder(orderId, isSettled) {
  const deadline = Date.now() + POLL_DEADLINE_MS;
  let order = null;
  while (Date.now() < deadline) {
    order = await api(`/api/orders/${orderId}`);
    if (isSettled(order)) return order;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return order;
}
