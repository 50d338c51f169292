import { api } from '../api.js';
import { formatMoney } from '../format.js';
import { showImage } from '../images.js';
import { startAppPage } from '../nav.js';
import { renderPager } from '../pagination.js';
import { session } from '../session.js';
import { stockBadge } from '../stock.js';
import { dataTable } from '../table.js';
import { $, el, announce, onPausedTyping, pickList, renderState, whileBusy } from '../ui.js';
import { openItemForm } from './inventory-form.js';
import { openAdjustDialog, openLedgerDialog } from './stock-dialogs.js';

const PAGE_SIZE = 10;

const list = $('#inventory-list');
const status = $('#page-status');
const filter = { page: 1, search: '', includeDeleted: false };
let latestRequest = 0;

async function loadItems() {
  const requestId = ++latestRequest;
  list.setAttribute('aria-busy', 'true');
  renderState(list, 'loading', 'Loading items…');
  try {
    const data = await api('/api/inventory', {
      query: { page: filter.page, limit: PAGE_SIZE, search: filter.search, includeDeleted: filter.includeDeleted || undefined },
    });
    if (requestId !== latestRequest) return; // a newer search has already been sent
    const items = pickList(data, 'items');
    if (items.length) list.replaceChildren(itemTable(items));
    else renderState(list, 'empty', filter.search ? `No items match “${filter.search}”.` : 'No items yet. Use “Add item” to create your first product.');
    renderPager($('#inventory-pager'), data, (page) => {
      filter.page = page;
      loadItems();
    });
  } catch (error) {
    if (requestId === latestRequest) renderState(list, 'error', error.message, { retry: loadItems });
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

function itemTable(items) {
  return dataTable({
    caption: 'Inventory items',
    rows: items,
    rowTestid: 'item-row',
    rowClass: (item) => (item.is_deleted ? 'is-deleted' : ''),
    columns: [
      { label: 'Image', render: itemThumbnail },
      { label: 'Name', render: (item) => el('span', { testid: 'item-row-name', text: item.name }) },
      { label: 'SKU', render: (item) => item.sku },
      { label: 'Barcode', render: (item) => item.barcode },
      { label: 'Price', className: 'num', render: (item) => formatMoney(item.price) },
      { label: 'Stock', className: 'num', render: stockCell },
      { label: 'Actions', className: 'actions', render: itemActions },
    ],
  });
}

function itemThumbnail(item) {
  if (!item.image_url) return el('span', { className: 'hint', text: 'No image' });
  const img = el('img', { className: 'thumb', alt: item.name, hidden: true, testid: 'item-thumb' });
  showImage(img, item.thumbnail_url ?? item.image_url); // the small copy, when Catalog made one
  return img;
}

function stockCell(item) {
  const badge = item.is_deleted ? el('span', { className: 'badge badge-neutral', text: 'Deleted' }) : stockBadge(item);
  const reserved = Number(item.reserved_quantity) > 0 ? el('span', { className: 'hint', text: ` (${item.reserved_quantity} reserved)` }) : null;
  return el('span', { className: 'stock-cell' }, el('span', { text: String(item.quantity) }), reserved, badge ? [' ', badge] : null);
}

function itemActions(item) {
  const button = (text, testid, onClick, className = 'btn btn-small') =>
    el('button', { type: 'button', className, text, testid, attrs: { 'aria-label': `${text}: ${item.name}` }, on: { click: onClick } });
  if (item.is_deleted) return button('Restore', 'item-restore', (event) => restoreItem(item, event.currentTarget));
  return el('div', { className: 'row-actions' },
    button('Edit', 'item-edit', () => openItemForm(item, { onSaved: afterSave('Item saved.') })),
    button('Adjust stock', 'item-adjust', () => openAdjustDialog(item, { onSaved: afterSave('Stock updated.') })),
    button('Ledger', 'item-ledger', () => openLedgerDialog(item)),
    button('Delete', 'item-delete', (event) => deleteItem(item, event.currentTarget), 'btn btn-small btn-danger'));
}

function afterSave(message) {
  return () => {
    announce(status, message, 'success');
    loadItems();
  };
}

async function deleteItem(item, button) {
  if (!confirm(`Delete “${item.name}”? You can restore it later from “Show deleted items”.`)) return;
  await whileBusy(button, async () => {
    try {
      await api(`/api/inventory/${item.id}`, { method: 'DELETE' });
      announce(status, `“${item.name}” was deleted.`, 'success');
      loadItems();
    } catch (error) {
      announce(status, error.message, 'error');
    }
  });
}

async function restoreItem(item, button) {
  await whileBusy(button, async () => {
    try {
      await api(`/api/inventory/${item.id}/restore`, { method: 'PUT' });
      announce(status, `“${item.name}” was restored.`, 'success');
      loadItems();
    } catch (error) {
      announce(status, error.message, 'error');
    }
  });
}

function showOnboarding() {
  const tenant = session.tenant;
  if (!tenant?.firstLogin) return;
  $('#onboarding').hidden = false;
  $('#onboarding-done').addEventListener('click', async (event) => {
    await whileBusy(event.currentTarget, () => api('/api/tenants/complete-onboarding', { method: 'POST' }).catch(() => {}));
    session.save({ tenant: { ...tenant, firstLogin: false } });
    $('#onboarding').hidden = true;
    $('#item-add').focus();
  });
}

function init() {
  onPausedTyping($('#inventory-search'), (search) => {
    filter.search = search;
    filter.page = 1;
    loadItems();
  });
  $('#inventory-filter').addEventListener('submit', (event) => event.preventDefault());
  $('#inventory-show-deleted').addEventListener('change', (event) => {
    filter.includeDeleted = event.target.checked;
    filter.page = 1;
    loadItems();
  });
  $('#item-add').addEventListener('click', () => openItemForm(null, { onSaved: afterSave('Item added.') }));
  showOnboarding();
  loadItems();

  // The scanner links here with ?barcode= when a scanned code matches no product.
  const barcode = new URLSearchParams(location.search).get('barcode');
  if (barcode) openItemForm(null, { onSaved: afterSave('Item added.'), barcode });
}

if (startAppPage('inventory')) init();
