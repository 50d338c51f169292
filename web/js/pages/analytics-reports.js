import { downloadFile } from '../download.js';
import { $, announce, whileBusy } from '../ui.js';

// Report downloads on the analytics page: Reporting builds each file from its own copy of the store's data.
const REPORTS = {
  sales: { path: '/api/reports/sales/csv', fileName: 'sales.csv', name: 'sales report' },
  customers: { path: '/api/reports/customers/csv', fileName: 'customers.csv', name: 'customer list' },
  inventory: { path: '/api/reports/inventory/excel', fileName: 'inventory.xlsx', name: 'inventory workbook' },
};

/** Wires the report buttons; periodDays() answers the period the page shows, which the sales report follows. */
export function initReportDownloads(periodDays) {
  const status = $('#reports-status');
  for (const button of document.querySelectorAll('[data-report]')) {
    const report = REPORTS[button.dataset.report];
    button.addEventListener('click', () => whileBusy(button, async () => {
      announce(status, `Preparing the ${report.name}…`);
      try {
        const query = button.dataset.report === 'sales' ? `?startDate=${encodeURIComponent(periodStart(periodDays()))}` : '';
        await downloadFile(report.path + query, report.fileName);
        announce(status, `Downloaded the ${report.name}.`, 'success');
      } catch (error) {
        announce(status, error.message, 'error');
      }
    }));
  }
}

// The period's first local day from midnight, as an exact instant, so "7 days" means the same here as on the charts.
function periodStart(days) {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - (days - 1));
  return start.toISOString();
}
