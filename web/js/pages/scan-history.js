// Scan history kept in this browser (localStorage), newest first, exportable as CSV.
const HISTORY_KEY = 'qh.scanHistory';
const MAX_ENTRIES = 200;

export function readHistory() {
  try {
    const entries = JSON.parse(localStorage.getItem(HISTORY_KEY));
    return Array.isArray(entries) ? entries : [];
  } catch {
    return [];
  }
}

/** entry: {code, result, name?, sku?}; the time is added here. */
export function addToHistory(entry) {
  const entries = [{ at: new Date().toISOString(), ...entry }, ...readHistory()].slice(0, MAX_ENTRIES);
  localStorage.setItem(HISTORY_KEY, JSON.stringify(entries));
  return entries;
}

export function clearHistory() {
  localStorage.removeItem(HISTORY_KEY);
}

export function historyAsCsv(entries) {
  const rows = [['time', 'barcode', 'product', 'sku', 'result'],
    ...entries.map((entry) => [entry.at, entry.code, entry.name ?? '', entry.sku ?? '', entry.result])];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// Quoted, and a leading = + - @ is defused so a spreadsheet never runs a scanned value as a formula.
function csvCell(value) {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
