import { el } from './ui.js';

/** Previous / next controls for a list answer `{items, pagination:{page, totalPages, total}}`; onPage(n) loads page n. */
export function renderPager(container, data, onPage) {
  const { page = 1, totalPages = 1, total = 0 } = data?.pagination ?? {};
  const pages = Math.max(1, Number(totalPages) || 1);
  const current = Math.min(Math.max(1, Number(page) || 1), pages);
  container.replaceChildren(
    el('button', {
      type: 'button', className: 'btn', text: 'Previous', testid: 'pager-prev',
      disabled: current <= 1, on: { click: () => onPage(current - 1) },
    }),
    el('span', { className: 'pager-info', testid: 'pager-info', text: `Page ${current} of ${pages} · ${total} in all` }),
    el('button', {
      type: 'button', className: 'btn', text: 'Next', testid: 'pager-next',
      disabled: current >= pages, on: { click: () => onPage(current + 1) },
    }),
  );
}
