import { api } from '../api.js';
import { formatDateTime, formatMoney, humanise } from '../format.js';
import { dataTable } from '../table.js';
import { $, el, openDialog, pickList, renderState } from '../ui.js';
import { describeShortfalls } from './order-shortfalls.js';

const dialog = $('#details-dialog');
const content = $('#details-content');

export function openOrderDetails(orderId) {
  $('#details-dialog-title').textContent = `Order #${orderId}`;
  openDialog(dialog);
  loadDetails(orderId);
}

async function loadDetails(orderId) {
  renderState(content, 'loading', 'Loading the order…');
  try {
    const order = await api(`/api/orders/${orderId}`);
    content.replaceChildren(summary(order), itemsTable(order));
  } catch (error) {
    renderState(content, 'error', error.message, { retry: () => loadDetails(orderId) });
  }
}

function summary(order) {
  const facts = [
    ['Customer', order.customer_name],
    ['Placed', formatDateTime(order.created_at)],
    ['Status', humanise(order.status)],
    ['Stock', humanise(order.stock_status)],
    ['Payment', humanise(order.payment_status ?? 'unpaid')],
    ['Total', formatMoney(order.total_amount)],
  ];
  if (order.cancellation_reason) facts.push(['Cancelled because', humanise(order.cancellation_reason)]);
  if (order.notes) facts.push(['Notes', order.notes]);
  if (Array.isArray(order.shortfalls) && order.shortfalls.length) facts.push(['Shortfall', describeShortfalls(order.shortfalls).join(' ')]);
  return el('dl', { className: 'facts', testid: 'order-details-summary' },
    facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value ?? '—' })]));
}

function itemsTable(order) {
  const items = pickList(order, 'items', 'lines');
  if (!items.length) return el('p', { className: 'hint', text: 'No item lines were returned for this order.' });
  return dataTable({
    caption: `Items of order #${order.id}`,
    rows: items,
    rowTestid: 'order-item-row',
    columns: [
      { label: 'Product', render: (item) => item.product_name ?? `#${item.inventory_id}` },
      { label: 'Quantity', className: 'num', render: (item) => String(item.quantity) },
      { label: 'Unit price', className: 'num', render: (item) => formatMoney(item.price ?? item.unit_price) },
      { label: 'Subtotal', className: 'num', render: (item) => formatMoney(Number(item.price ?? item.unit_price) * Number(item.quantity)) },
    ],
  });
}
