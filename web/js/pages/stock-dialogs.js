import { api } from '../api.js';
import { formatDateTime, humanise } from '../format.js';
import { dataTable } from '../table.js';
import { $, announce, clearFieldErrors, formValues, openDialog, pickList, renderState, showFormError, validateForm, whileBusy } from '../ui.js';

// Stock adjustment and ledger dialogs in dashboard.html.
const adjustDialog = $('#adjust-dialog');
const adjustForm = $('#adjust-form');
const adjustStatus = $('#adjust-form-status');
const amountInput = $('#adjust-amount');

let adjusting = null;
let afterAdjust = () => {};

export function openAdjustDialog(item, { onSaved } = {}) {
  adjusting = item;
  afterAdjust = onSaved ?? (() => {});
  adjustForm.reset();
  clearFieldErrors(adjustForm);
  announce(adjustStatus, '');
  $('#adjust-dialog-title').textContent = `Adjust stock: ${item.name}`;
  $('#adjust-current').textContent = `In stock now: ${item.on_hand ?? item.quantity}`;
  applyMode();
  openDialog(adjustDialog, amountInput);
}

/** "Add or remove" takes a signed change; "counted" takes the total found on the shelf. */
function applyMode() {
  const counted = adjustForm.elements.mode.value === 'counted';
  $('#adjust-amount-label').textContent = counted ? 'Counted quantity' : 'Change (use − to remove)';
  amountInput.min = counted ? '0' : '';
  amountInput.dataset.field = counted ? 'counted_quantity' : 'delta';
  adjustForm.elements.reason.value = counted ? 'count' : 'received';
}

async function onAdjust(event) {
  event.preventDefault();
  const values = formValues(adjustForm);
  const counted = values.mode === 'counted';
  amountInput.setCustomValidity(!counted && Number(values.amount) === 0 ? 'Enter a change other than 0.' : '');
  if (!validateForm(adjustForm, adjustStatus)) return;
  const body = { reason: values.reason, [counted ? 'counted_quantity' : 'delta']: Number(values.amount) };
  if (values.note) body.reference = values.note;
  await whileBusy(adjustForm.querySelector('[type=submit]'), async () => {
    try {
      const updated = await api(`/api/inventory/${adjusting.id}/adjustments`, { method: 'POST', body });
      adjustDialog.close();
      afterAdjust(updated);
    } catch (error) {
      showFormError(adjustForm, error, adjustStatus);
    }
  });
}

export function openLedgerDialog(item) {
  $('#ledger-dialog-title').textContent = `Stock ledger: ${item.name}`;
  openDialog($('#ledger-dialog'));
  loadLedger(item);
}

async function loadLedger(item) {
  const container = $('#ledger-list');
  renderState(container, 'loading', 'Loading stock history…');
  try {
    const entries = pickList(await api(`/api/inventory/${item.id}/ledger`), 'items');
    if (!entries.length) {
      renderState(container, 'empty', 'No stock changes recorded yet.');
      return;
    }
    container.replaceChildren(dataTable({
      caption: `Stock changes for ${item.name}`,
      rows: entries,
      rowTestid: 'ledger-row',
      columns: [
        { label: 'When', render: (entry) => formatDateTime(entry.created_at) },
        { label: 'Reason', render: (entry) => humanise(entry.reason) },
        { label: 'Change', className: 'num', render: (entry) => signed(entry.change ?? entry.delta) },
        { label: 'Reserved', className: 'num', render: (entry) => signed(entry.reserved_change) },
        { label: 'On hand after', className: 'num', render: (entry) => entry.resulting_on_hand ?? entry.quantity_after ?? '' },
        { label: 'Note', render: (entry) => entry.reference ?? entry.note ?? '' },
      ],
    }));
  } catch (error) {
    renderState(container, 'error', error.message, { retry: () => loadLedger(item) });
  }
}

function signed(value) {
  const number = Number(value);
  if (!Number.isFinite(number)) return '';
  return number > 0 ? `+${number}` : String(number);
}

for (const radio of adjustForm.elements.mode) radio.addEventListener('change', applyMode);
adjustForm.addEventListener('submit', onAdjust);
