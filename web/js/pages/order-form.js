import { api, request } from '../api.js';
import { formatMoney, sumCents } from '../format.js';
import { availableQuantity } from '../stock.js';
import {
  $, el, announce, clearFieldErrors, formValues, openDialog, pickList, renderState, showFormError, validateForm, whileBusy,
} from '../ui.js';
import { describeShortfalls } from './order-shortfalls.js';

// The "New order" dialog in orders.html: lines of product × quantity with a live total.
// The form offers the first page of up to this many customers and products.
const CHOICES_LIMIT = 100;

const dialog = $('#order-dialog');
const form = $('#order-form');
const status = $('#order-form-status');
const fields = $('#order-form-fields');
const lines = $('#order-lines');
const shortfallBox = $('#order-shortfalls');

let products = new Map();
let onPlaced = () => {};
let onRejected = () => {};
let lineCount = 0;

/**
 * Opens the dialog; onOrderPlaced(answerStatus, order) runs after a 201 or 202, onOrderRejected() after a 409
 * (the order exists, cancelled for lack of stock).
 */
export async function openOrderForm({ onOrderPlaced, onOrderRejected }) {
  onPlaced = onOrderPlaced;
  onRejected = onOrderRejected ?? (() => {});
  form.reset();
  clearFieldErrors(form);
  announce(status, '');
  shortfallBox.hidden = true;
  fields.hidden = true;
  lines.replaceChildren();
  openDialog(dialog);
  await loadChoices();
}

async function loadChoices() {
  const loading = $('#order-form-loading');
  renderState(loading, 'loading', 'Loading customers and products…');
  try {
    const [customerData, productData] = await Promise.all([
      api('/api/customers', { query: { page: 1, limit: CHOICES_LIMIT } }),
      api('/api/inventory', { query: { page: 1, limit: CHOICES_LIMIT } }),
    ]);
    const customers = pickList(customerData, 'items');
    products = new Map(pickList(productData, 'items').map((product) => [String(product.id), product]));
    if (!customers.length || !products.size) {
      renderState(loading, 'empty', !customers.length
        ? 'Add a customer first, on the Customers page.'
        : 'Add a product first, on the Inventory page.');
      return;
    }
    loading.replaceChildren();
    fillCustomers(customers);
    addLine();
    fields.hidden = false;
    $('#order-customer').focus();
  } catch (error) {
    renderState(loading, 'error', error.message, { retry: loadChoices });
  }
}

function fillCustomers(customers) {
  $('#order-customer').replaceChildren(
    el('option', { value: '', text: 'Choose a customer' }),
    ...customers.map((customer) => el('option', {
      value: String(customer.id),
      text: customer.email ? `${customer.name} (${customer.email})` : customer.name,
    })));
}

function addLine() {
  const number = ++lineCount;
  const product = el('select', { id: `line-${number}-product`, required: true, testid: 'order-line-product' },
    el('option', { value: '', text: 'Choose a product' }),
    [...products.values()].map((item) => {
      const available = availableQuantity(item);
      return el('option', {
        value: String(item.id),
        disabled: available <= 0,
        text: `${item.name} — ${formatMoney(item.price)} (${available > 0 ? `${available} available` : 'out of stock'})`,
      });
    }));
  const quantity = el('input', {
    id: `line-${number}-quantity`, type: 'number', min: '1', step: '1', value: '1', required: true,
    inputMode: 'numeric', testid: 'order-line-quantity',
  });
  const line = el('div', { className: 'order-line', testid: 'order-line' },
    el('div', { className: 'field' }, el('label', { htmlFor: product.id, text: 'Product' }), product),
    el('div', { className: 'field field-quantity' }, el('label', { htmlFor: quantity.id, text: 'Quantity' }), quantity),
    el('p', { className: 'line-subtotal', testid: 'order-line-subtotal', text: formatMoney(0) }),
    el('button', {
      type: 'button', className: 'btn btn-small btn-quiet', text: 'Remove', testid: 'order-line-remove',
      attrs: { 'aria-label': `Remove item line ${number}` }, on: { click: () => removeLine(line) },
    }));
  lines.append(line);
  renumberLines();
  updateTotal();
  return product;
}

function removeLine(line) {
  const next = line.nextElementSibling ?? line.previousElementSibling;
  line.remove();
  if (!lines.children.length) addLine();
  renumberLines();
  updateTotal();
  (next ?? lines.firstElementChild)?.querySelector('select')?.focus();
}

// Names follow the server's field paths (items[0].quantity), so its messages land beside the right control.
function renumberLines() {
  [...lines.children].forEach((line, index) => {
    line.querySelector('select').name = `items[${index}].inventory_id`;
    line.querySelector('input').name = `items[${index}].quantity`;
  });
}

function chosenLines() {
  return [...lines.children].map((line) => ({
    line,
    product: products.get(line.querySelector('select').value),
    quantity: Math.max(0, Math.trunc(Number(line.querySelector('input').value) || 0)),
  }));
}

function updateTotal() {
  let totalCents = 0;
  for (const { line, product, quantity } of chosenLines()) {
    const cents = product ? sumCents([{ price: product.price, quantity }]) : 0;
    line.querySelector('.line-subtotal').textContent = formatMoney(cents / 100);
    totalCents += cents;
  }
  $('#order-total').textContent = formatMoney(totalCents / 100);
}

/** One line per product: two lines of the same product are added together. */
function orderItems() {
  const quantities = new Map();
  for (const { product, quantity } of chosenLines()) {
    if (product) quantities.set(product.id, (quantities.get(product.id) ?? 0) + quantity);
  }
  return [...quantities].map(([inventory_id, quantity]) => ({ inventory_id, quantity }));
}

async function onSubmit(event) {
  event.preventDefault();
  shortfallBox.hidden = true;
  if (!validateForm(form, status)) return;
  const values = formValues(form);
  const body = { customer_id: Number(values.customer_id), items: orderItems() };
  if (values.notes) body.notes = values.notes;
  await whileBusy(form.querySelector('[type=submit]'), async () => {
    try {
      const { status: answer, data: order } = await request('/api/orders', { method: 'POST', body });
      dialog.close();
      onPlaced(answer, order);
    } catch (error) {
      // The server's per-line messages go beside the quantities; a 409 also lists what is missing.
      showFormError(form, error, status);
      const shortfalls = error.body?.shortfalls;
      if (error.status === 409 && Array.isArray(shortfalls)) {
        showShortfalls(shortfalls);
        onRejected();
      }
    }
  });
}

function showShortfalls(shortfalls) {
  shortfallBox.replaceChildren(
    el('p', { text: 'Not enough stock:' }),
    el('ul', {}, describeShortfalls(shortfalls, products).map((text) => el('li', { text }))));
  shortfallBox.hidden = false;
}

lines.addEventListener('input', updateTotal);
lines.addEventListener('change', updateTotal);
$('#order-add-line').addEventListener('click', () => addLine().focus());
form.addEventListener('submit', onSubmit);
