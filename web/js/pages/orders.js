import { api } from '../api.js';
import { canManageStore } from '../auth.js';
import { downloadFile } from '../download.js';
import { formatDateTime, formatMoney } from '../format.js';
import { startAppPage } from '../nav.js';
import { renderPager } from '../pagination.js';
import { dataTable } from '../table.js';
import { $, el, announce, pickList, renderState, whileBusy } from '../ui.js';
import { openOrderDetails } from './order-details.js';
import { openOrderForm } from './order-form.js';
import { paymentIntentFor, refundPayment, startPayment } from './order-payment.js';
import { waitForOrder } from './order-polling.js';
import { describeShortfalls } from './order-shortfalls.js';
import { NEXT_STATUSES, statusBadge } from './order-status.js';

const PAGE_SIZE = 10;
const RESERVING_RECHECK_MS = 3000;

const list = $('#order-list');
const status = $('#page-status');
const filter = { page: 1, status: '' };
let latestRequest = 0;
let recheckTimer = null;

const report = (message, kind) => announce(status, message, kind);

async function loadOrders() {
  const requestId = ++latestRequest;
  clearTimeout(recheckTimer);
  list.setAttribute('aria-busy', 'true');
  if (!list.querySelector('table')) renderState(list, 'loading', 'Loading orders…');
  try {
    const data = await api('/api/orders', { query: { page: filter.page, limit: PAGE_SIZE, status: filter.status } });
    if (requestId !== latestRequest) return;
    const orders = pickList(data, 'items');
    if (orders.length) list.replaceChildren(orderTable(orders));
    else renderState(list, 'empty', filter.status ? `No ${filter.status} orders.` : 'No orders yet. Use “New order” to take one.');
    renderPager($('#order-pager'), data, (page) => {
      filter.page = page;
      loadOrders();
    });
    // Orders still reserving stock change on their own; look again shortly.
    if (orders.some((order) => order.stock_status === 'reserving')) recheckTimer = setTimeout(loadOrders, RESERVING_RECHECK_MS);
  } catch (error) {
    if (requestId === latestRequest) renderState(list, 'error', error.message, { retry: loadOrders });
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

function orderTable(orders) {
  return dataTable({
    caption: 'Orders',
    rows: orders,
    rowTestid: 'order-row',
    columns: [
      { label: 'Order', render: (order) => `#${order.id}` },
      { label: 'Customer', render: (order) => order.customer_name },
      { label: 'Placed', render: (order) => formatDateTime(order.created_at) },
      { label: 'Total', className: 'num', render: (order) => formatMoney(order.total_amount) },
      { label: 'Status', render: statusControl },
      { label: 'Stock', render: (order) => statusBadge(order.stock_status, 'stock-status') },
      { label: 'Payment', render: (order) => statusBadge(order.payment_status ?? 'unpaid', 'payment-status') },
      { label: 'Actions', className: 'actions', render: orderActions },
    ],
  });
}

/** Current status, plus a picker offering only the moves the order may make. */
function statusControl(order) {
  const badge = statusBadge(order.status, 'order-status');
  const next = NEXT_STATUSES[order.status] ?? [];
  if (!next.length) return badge;
  const select = el('select', { id: `status-${order.id}`, className: 'input status-select', testid: 'status-select' },
    el('option', { value: '', text: 'Change to…' }),
    next.map((value) => el('option', { value, text: value.charAt(0).toUpperCase() + value.slice(1) })));
  const apply = el('button', {
    type: 'button', className: 'btn btn-small', text: 'Update', testid: 'status-update',
    attrs: { 'aria-label': `Update status of order #${order.id}` },
    on: { click: (event) => changeStatus(order, select.value, event.currentTarget) },
  });
  return el('div', { className: 'status-control' },
    badge,
    el('label', { htmlFor: select.id, className: 'visually-hidden', text: `New status for order #${order.id}` }),
    select,
    apply);
}

async function changeStatus(order, newStatus, button) {
  if (!newStatus) {
    report(`Choose a new status for order #${order.id} first.`, 'warning');
    return;
  }
  if (newStatus === 'cancelled' && !confirm(`Cancel order #${order.id}? Its stock goes back on the shelf and a paid order is refunded.`)) return;
  await whileBusy(button, async () => {
    try {
      await api(`/api/orders/${order.id}/status`, { method: 'PUT', body: { status: newStatus } });
      report(`Order #${order.id} is now ${newStatus}.`, 'success');
      loadOrders();
    } catch (error) {
      report(error.message, 'error');
    }
  });
}

function orderActions(order) {
  const actions = [
    el('button', {
      type: 'button', className: 'btn btn-small', text: 'Details', testid: 'order-details',
      attrs: { 'aria-label': `Details of order #${order.id}` }, on: { click: () => openOrderDetails(order.id) },
    }),
  ];
  if (hasInvoice(order)) {
    actions.push(el('a', {
      href: `/api/orders/${order.id}/invoice`, className: 'btn btn-small', text: 'Invoice', testid: 'invoice-link',
      attrs: { 'aria-label': `Download the invoice of order #${order.id}` },
      on: { click: (event) => downloadInvoice(event, order) },
    }));
  }
  if (canPay(order)) actions.push(actionButton('Pay', 'order-pay', order, startPayment));
  // Refunds are the owner's (the server refuses the others): do not offer what would fail.
  if (order.payment_status === 'paid' && paymentIntentFor(order) && canManageStore()) {
    actions.push(actionButton('Refund', 'order-refund', order, refundPayment, 'btn btn-small btn-danger'));
  }
  return el('div', { className: 'row-actions' }, actions);
}

function actionButton(text, testid, order, action, className = 'btn btn-small') {
  return el('button', {
    type: 'button', className, text, testid,
    attrs: { 'aria-label': `${text}: order #${order.id}` },
    on: {
      click: (event) => whileBusy(event.currentTarget, () =>
        action(order, { report, onSettled: loadOrders }).catch((error) => report(error.message, 'error'))),
    },
  });
}

// Invoices are issued once stock is reserved; an order cancelled for lack of stock never gets one.
function hasInvoice(order) {
  return order.stock_status !== 'reserving' && order.cancellation_reason !== 'insufficient_stock';
}

function canPay(order) {
  return ['pending', 'processing'].includes(order.status)
    && (order.stock_status ?? 'reserved') === 'reserved'
    && !['paid', 'refunded'].includes(order.payment_status);
}

async function downloadInvoice(event, order) {
  event.preventDefault(); // the link needs the Authorization header, so fetch it ourselves
  try {
    await downloadFile(`/api/orders/${order.id}/invoice`, `invoice-order-${order.id}.pdf`);
  } catch (error) {
    report(error.status === 404 ? `The invoice for order #${order.id} is not ready yet.` : error.message, 'error');
  }
}

/** After POST /api/orders: 201 means stock is reserved; 202 means the saga is still deciding. */
async function onOrderPlaced(answer, order) {
  filter.page = 1;
  loadOrders();
  if (answer !== 202 || order.stock_status !== 'reserving') {
    report(`Order #${order.id} was placed and its stock reserved.`, 'success');
    return;
  }
  report(`Order #${order.id} was placed. Reserving stock…`, 'info');
  try {
    const settled = await waitForOrder(order.id, (current) => current.stock_status !== 'reserving');
    report(outcomeMessage(settled), settled.stock_status === 'reserved' ? 'success' : 'error');
  } catch (error) {
    report(error.message, 'error');
  }
  loadOrders();
}

function outcomeMessage(order) {
  if (order.stock_status === 'reserved') return `Stock reserved for order #${order.id}.`;
  if (order.stock_status === 'reserving') return `Order #${order.id} is still reserving stock; the list updates when it is done.`;
  const names = new Map(pickList(order, 'items').map((item) => [String(item.inventory_id), { name: item.product_name }]));
  const details = Array.isArray(order.shortfalls) ? ` ${describeShortfalls(order.shortfalls, names).join(' ')}` : '';
  return `Order #${order.id} was cancelled: not enough stock.${details}`;
}

function init() {
  $('#orders-status-filter').addEventListener('change', (event) => {
    filter.status = event.target.value;
    filter.page = 1;
    loadOrders();
  });
  $('#order-new').addEventListener('click', () => openOrderForm({ onOrderPlaced, onOrderRejected: loadOrders }));
  loadOrders();
}

if (startAppPage('orders')) init();
