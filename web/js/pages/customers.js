import { api } from '../api.js';
import { formatDate } from '../format.js';
import { startAppPage } from '../nav.js';
import { renderPager } from '../pagination.js';
import { dataTable } from '../table.js';
import {
  $, el, announce, clearFieldErrors, formValues, onPausedTyping, openDialog, pickList, renderState, showFormError, validateForm,
  whileBusy,
} from '../ui.js';

const PAGE_SIZE = 10;
const FIELDS = ['name', 'email', 'phone', 'address'];

const list = $('#customer-list');
const status = $('#page-status');
const dialog = $('#customer-dialog');
const form = $('#customer-form');
const formStatus = $('#customer-form-status');
const filter = { page: 1, search: '' };
let latestRequest = 0;
let editing = null;

async function loadCustomers() {
  const requestId = ++latestRequest;
  list.setAttribute('aria-busy', 'true');
  renderState(list, 'loading', 'Loading customers…');
  try {
    const data = await api('/api/customers', { query: { page: filter.page, limit: PAGE_SIZE, search: filter.search } });
    if (requestId !== latestRequest) return;
    const customers = pickList(data, 'items');
    if (customers.length) list.replaceChildren(customerTable(customers));
    else renderState(list, 'empty', filter.search ? `No customers match “${filter.search}”.` : 'No customers yet. Use “Add customer” to add one.');
    renderPager($('#customer-pager'), data, (page) => {
      filter.page = page;
      loadCustomers();
    });
  } catch (error) {
    if (requestId === latestRequest) renderState(list, 'error', error.message, { retry: loadCustomers });
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

function customerTable(customers) {
  return dataTable({
    caption: 'Customers',
    rows: customers,
    rowTestid: 'customer-row',
    columns: [
      { label: 'Name', render: (customer) => customer.name },
      { label: 'Email', render: (customer) => customer.email },
      { label: 'Phone', render: (customer) => customer.phone },
      { label: 'Address', render: (customer) => customer.address },
      { label: 'Added', render: (customer) => formatDate(customer.created_at) },
      { label: 'Actions', className: 'actions', render: customerActions },
    ],
  });
}

function customerActions(customer) {
  return el('div', { className: 'row-actions' },
    el('button', {
      type: 'button', className: 'btn btn-small', text: 'Edit', testid: 'customer-edit',
      attrs: { 'aria-label': `Edit: ${customer.name}` }, on: { click: () => openCustomerForm(customer) },
    }),
    el('button', {
      type: 'button', className: 'btn btn-small btn-danger', text: 'Delete', testid: 'customer-delete',
      attrs: { 'aria-label': `Delete: ${customer.name}` }, on: { click: (event) => deleteCustomer(customer, event.currentTarget) },
    }));
}

function openCustomerForm(customer) {
  editing = customer;
  form.reset();
  clearFieldErrors(form);
  announce(formStatus, '');
  $('#customer-dialog-title').textContent = customer ? `Edit “${customer.name}”` : 'Add customer';
  for (const name of FIELDS) form.elements[name].value = customer?.[name] ?? '';
  openDialog(dialog, form.elements.name);
}

async function onSubmit(event) {
  event.preventDefault();
  if (!validateForm(form, formStatus)) return;
  const values = formValues(form);
  // Orders leaves a field that is not sent (null) as it was, and clears one sent empty: so an edit can clear it.
  const body = Object.fromEntries(FIELDS.map((name) => [name, values[name] ?? '']));
  await whileBusy(form.querySelector('[type=submit]'), async () => {
    try {
      if (editing) await api(`/api/customers/${editing.id}`, { method: 'PUT', body });
      else await api('/api/customers', { method: 'POST', body });
      dialog.close();
      announce(status, editing ? 'Customer saved.' : 'Customer added.', 'success');
      loadCustomers();
    } catch (error) {
      showFormError(form, error, formStatus);
    }
  });
}

async function deleteCustomer(customer, button) {
  if (!confirm(`Delete customer “${customer.name}”?`)) return;
  await whileBusy(button, async () => {
    try {
      await api(`/api/customers/${customer.id}`, { method: 'DELETE' });
      announce(status, `“${customer.name}” was deleted.`, 'success');
      loadCustomers();
    } catch (error) {
      announce(status, error.message, 'error');
    }
  });
}

function init() {
  onPausedTyping($('#customer-search'), (search) => {
    filter.search = search;
    filter.page = 1;
    loadCustomers();
  });
  $('#customer-filter').addEventListener('submit', (event) => event.preventDefault());
  $('#customer-add').addEventListener('click', () => openCustomerForm(null));
  form.addEventListener('submit', onSubmit);
  loadCustomers();
}

if (startAppPage('customers')) init();
