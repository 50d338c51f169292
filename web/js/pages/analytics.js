import { api } from '../api.js';
import { formatDate, formatMoney, humanise } from '../format.js';
import { startAppPage } from '../nav.js';
import { dataTable } from '../table.js';
import { $, el, renderState } from '../ui.js';
import { drawSalesChart, drawStatusChart } from './analytics-charts.js';
import { listenForAnalyticsChanges } from './analytics-live.js';
import { initReportDownloads } from './analytics-reports.js';

// Several events often arrive together (order placed, stock reserved…): reload once for the burst.
const LIVE_RELOAD_DELAY_MS = 1000;

let days = 30;
let loadedOnce = false;
let reloadTimer = null;

async function loadAnalytics() {
  if (!loadedOnce) renderState($('#analytics-state'), 'loading', 'Loading figures…');
  try {
    const [sales, stock] = await Promise.all([
      api('/api/analytics/sales', { query: { days } }),
      api('/api/analytics/inventory').catch(() => null), // the sales figures are still worth showing alone
    ]);
    // Shown before drawing, so Chart.js measures real sizes.
    $('#analytics-state').replaceChildren();
    $('#analytics-content').hidden = false;
    render(sales, stock);
    loadedOnce = true;
  } catch (error) {
    if (loadedOnce) renderState($('#analytics-state'), 'error', `Could not refresh: ${error.message}`, { retry: loadAnalytics });
    else renderState($('#analytics-state'), 'error', error.message, { retry: loadAnalytics });
  }
}

/** Renders the original's answers: `sales` from /api/analytics/sales, `stock` from /api/analytics/inventory (or null). */
function render(sales, stock) {
  const revenue = sales.revenue ?? {};
  $('#stat-revenue').textContent = formatMoney(revenue.total_revenue ?? 0);
  $('#stat-orders').textContent = String(Number(revenue.total_orders ?? 0));
  $('#stat-average').textContent = formatMoney(revenue.avg_order_value ?? 0);
  $('#stat-stock-value').textContent = stock ? formatMoney(stock.total_value ?? 0) : '—';
  const lowStock = sales.lowStock ?? [];
  $('#stat-low-stock').textContent = String(Number(stock?.low_stock_count ?? lowStock.length));

  renderSales(sales.salesByDate ?? []);
  renderStatuses(sales.ordersByStatus ?? []);
  renderTable($('#top-products'), sales.topProducts ?? [], 'No sales in this period yet.', [
    { label: 'Product', render: (row) => row.name },
    { label: 'SKU', render: (row) => row.sku },
    { label: 'Sold', className: 'num', render: (row) => String(Number(row.total_sold ?? 0)) },
    { label: 'Revenue', className: 'num', render: (row) => formatMoney(row.total_revenue) },
  ], 'analytics-top-product-row');
  renderTable($('#top-customers'), sales.topCustomers ?? [], 'No customers have ordered in this period yet.', [
    { label: 'Customer', render: (row) => row.name },
    { label: 'Email', render: (row) => row.email },
    { label: 'Orders', className: 'num', render: (row) => String(Number(row.order_count ?? 0)) },
    { label: 'Spent', className: 'num', render: (row) => formatMoney(row.total_spent) },
  ], 'analytics-top-customer-row');
  renderTable($('#low-stock'), lowStock, 'Nothing is running low.', [
    { label: 'Product', render: (row) => row.name },
    { label: 'SKU', render: (row) => row.sku },
    { label: 'In stock', className: 'num', render: (row) => String(row.quantity) },
  ], 'analytics-low-stock-row');
}

function renderSales(rows) {
  const points = rows.map((row) => ({ label: formatDate(row.date), revenue: Number(row.revenue) || 0, orders: Number(row.order_count) || 0 }));
  const empty = !points.length;
  $('#sales-chart').parentElement.hidden = empty;
  if (empty) renderState($('#sales-empty'), 'empty', `No sales in the last ${days} days.`);
  else $('#sales-empty').replaceChildren();
  drawSalesChart($('#sales-chart'), points);
  $('#sales-chart').setAttribute('aria-label', `Line chart of revenue per day over the last ${days} days; the figures are in the table below.`);
  renderTable($('#sales-table'), points, 'No sales.', [
    { label: 'Day', render: (point) => point.label },
    { label: 'Orders', className: 'num', render: (point) => String(point.orders) },
    { label: 'Revenue', className: 'num', render: (point) => formatMoney(point.revenue) },
  ]);
}

function renderStatuses(rows) {
  const slices = rows.map((row) => ({ status: row.status, count: Number(row.count) || 0 })).filter((slice) => slice.count > 0);
  const empty = !slices.length;
  $('#status-chart').parentElement.hidden = empty;
  if (empty) renderState($('#status-empty'), 'empty', 'No orders yet.');
  else $('#status-empty').replaceChildren();
  drawStatusChart($('#status-chart'), slices);
  $('#status-list').replaceChildren(...slices.map((slice) => el('li', { text: `${humanise(slice.status)}: ${slice.count}` })));
}

function renderTable(container, rows, emptyText, columns, rowTestid) {
  if (!rows.length) renderState(container, 'empty', emptyText);
  else container.replaceChildren(dataTable({ rows, columns, rowTestid }));
}

function choosePeriod(button) {
  days = Number(button.dataset.days);
  for (const other of document.querySelectorAll('.period-switch [data-days]')) {
    other.setAttribute('aria-pressed', String(other === button));
  }
  loadAnalytics();
}

function init() {
  for (const button of document.querySelectorAll('.period-switch [data-days]')) {
    button.addEventListener('click', () => choosePeriod(button));
  }
  initReportDownloads(() => days);
  loadAnalytics();
  const stop = listenForAnalyticsChanges({
    onChange: () => {
      clearTimeout(reloadTimer);
      reloadTimer = setTimeout(loadAnalytics, LIVE_RELOAD_DELAY_MS);
    },
    onState: (text) => {
      $('#live-status').textContent = text;
    },
  });
  window.addEventListener('pagehide', stop);
}

if (startAppPage('analytics')) init();
