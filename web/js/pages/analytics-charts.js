// Chart.js (loaded as a classic script, window.Chart) drawing in the store's theme colours.
const STATUS_COLOURS = { pending: '#b45309', processing: '#1d4ed8', completed: '#047857', cancelled: '#b91c1c' };
const FALLBACK_COLOURS = ['#6d28d9', '#0e7490', '#be185d', '#4d7c0f'];

let salesChart = null;
let statusChart = null;

const cssVariable = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** points: [{label, revenue}] in date order. */
export function drawSalesChart(canvas, points) {
  const colour = cssVariable('--color-primary');
  const data = {
    labels: points.map((point) => point.label),
    datasets: [{
      label: 'Revenue (USD)',
      data: points.map((point) => point.revenue),
      borderColor: colour,
      backgroundColor: `${colour}33`,
      fill: true,
      tension: 0.25,
    }],
  };
  if (salesChart) {
    salesChart.data = data;
    salesChart.update();
    return;
  }
  salesChart = new window.Chart(canvas, {
    type: 'line',
    data,
    options: {
      maintainAspectRatio: false,
      animation: !document.documentElement.classList.contains('no-animations'),
      scales: { y: { beginAtZero: true, ticks: { callback: (value) => `$${value}` } } },
      plugins: { legend: { display: false } },
    },
  });
}

/** slices: [{status, count}]. */
export function drawStatusChart(canvas, slices) {
  const data = {
    labels: slices.map((slice) => slice.status),
    datasets: [{
      data: slices.map((slice) => slice.count),
      backgroundColor: slices.map((slice, index) => STATUS_COLOURS[slice.status] ?? FALLBACK_COLOURS[index % FALLBACK_COLOURS.length]),
    }],
  };
  if (statusChart) {
    statusChart.data = data;
    statusChart.update();
    return;
  }
  statusChart = new window.Chart(canvas, {
    type: 'pie',
    data,
    options: {
      maintainAspectRatio: false,
      animation: !document.documentElement.classList.contains('no-animations'),
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
