import { el } from './ui.js';

/**
 * A data table that turns into labelled cards on narrow screens.
 * columns: [{label, render(row) → text | Node | Node[], className?}]; rowTestid and rowClass(row) are optional.
 */
export function dataTable({ caption, columns, rows, rowTestid, rowClass }) {
  const head = el('thead', {}, el('tr', {}, columns.map((column) =>
    el('th', { scope: 'col', className: column.className ?? '', text: column.label }))));
  const body = el('tbody', {}, rows.map((row) => el('tr', {
    testid: rowTestid,
    className: rowClass?.(row) ?? '',
    attrs: { 'data-id': row.id },
  }, columns.map((column) => cell(column, row)))));
  const table = el('table', { className: 'table responsive' },
    caption ? el('caption', { className: 'visually-hidden', text: caption }) : null, head, body);
  return el('div', { className: 'table-wrap' }, table);
}

function cell(column, row) {
  const content = column.render(row);
  const td = el('td', { className: column.className ?? '', attrs: { 'data-label': column.label } });
  if (content instanceof Node || Array.isArray(content)) td.append(...[].concat(content).filter(Boolean));
  else td.textContent = content === '' || content === null || content === undefined ? '—' : content;
  return td;
}
