import { api } from '../api.js';
import { saveBlob } from '../download.js';
import { formatDateTime, formatMoney } from '../format.js';
import { showImage } from '../images.js';
import { startAppPage } from '../nav.js';
import { stockBadge } from '../stock.js';
import { dataTable } from '../table.js';
import { $, el, renderState, whileBusy } from '../ui.js';
import { addToHistory, clearHistory, historyAsCsv, readHistory } from './scan-history.js';
import { cameraUnavailableReason, listCameras, startCamera, stopCamera } from './scanner-camera.js';

const resultBox = $('#scan-result');
const video = $('#scan-video');
const cameraStatus = $('#camera-status');
const cameraSelect = $('#scan-camera');

async function lookUp(rawCode) {
  const code = rawCode.trim();
  if (!code) return;
  renderState(resultBox, 'loading', `Looking up ${code}…`);
  try {
    const item = await api(`/api/inventory/barcode/${encodeURIComponent(code)}`);
    showFound(item);
    record({ code, result: 'Found', name: item.name, sku: item.sku });
  } catch (error) {
    if (error.status !== 404) {
      renderState(resultBox, 'error', error.message, { retry: () => lookUp(code) });
      return;
    }
    showNotFound(code);
    record({ code, result: 'Not found' });
  }
}

function showFound(item) {
  const image = el('img', { className: 'thumb thumb-large', alt: item.name, hidden: true });
  showImage(image, item.image_url);
  const facts = [['Product', item.name], ['SKU', item.sku], ['Barcode', item.barcode], ['Price', formatMoney(item.price)]];
  resultBox.replaceChildren(el('div', { className: 'scan-found', testid: 'scan-found' },
    image,
    el('dl', { className: 'facts' },
      facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value ?? '—' })]),
      el('dt', { text: 'In stock' }),
      el('dd', { testid: 'scan-result-quantity' }, String(item.on_hand ?? item.quantity), ' ', stockBadge(item)))));
  if ($('#scan-count-mode').checked) resultBox.append(countForm(item));
}

/** Count mode: record what is on the shelf as a `count` adjustment. */
function countForm(item) {
  const input = el('input', {
    id: 'scan-count-input', name: 'counted', type: 'number', min: '0', step: '1', required: true,
    inputMode: 'numeric', testid: 'scan-count-input',
  });
  const message = el('p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' }, hidden: true, testid: 'scan-count-status' });
  const form = el('form', { className: 'form count-form', noValidate: true },
    el('div', { className: 'field' }, el('label', { htmlFor: input.id, text: `Counted on the shelf: ${item.name}` }), input),
    el('button', { type: 'submit', className: 'btn btn-primary', text: 'Save count', testid: 'scan-count-submit' }),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const counted = Number(input.value);
    if (input.value === '' || !Number.isInteger(counted) || counted < 0) {
      showMessage(message, 'Enter the whole number of items you counted.', 'error');
      input.focus();
      return;
    }
    await whileBusy(form.querySelector('[type=submit]'), async () => {
      try {
        await api(`/api/inventory/${item.id}/adjustments`, { method: 'POST', body: { counted_quantity: counted, reason: 'count' } });
        showMessage(message, `Count saved: ${item.name} now has ${counted} in stock.`, 'success');
        record({ code: item.barcode ?? '', result: `Counted ${counted}`, name: item.name, sku: item.sku });
        $('#scan-manual-input').select();
      } catch (error) {
        showMessage(message, error.message, 'error');
      }
    });
  });
  queueMicrotask(() => input.focus());
  return form;
}

function showMessage(node, text, kind) {
  node.textContent = text;
  node.dataset.kind = kind;
  node.hidden = false;
}

function showNotFound(code) {
  resultBox.replaceChildren(el('div', { className: 'scan-missing', testid: 'scan-not-found' },
    el('p', { text: `No product has the barcode “${code}”.` }),
    el('a', { href: `dashboard.html?barcode=${encodeURIComponent(code)}`, className: 'btn', text: 'Add it to the inventory', testid: 'scan-add-product' })));
}

function record(entry) {
  renderHistory(addToHistory(entry));
}

function renderHistory(entries = readHistory()) {
  const container = $('#scan-history');
  $('#scan-export-csv').disabled = !entries.length;
  $('#scan-clear-history').disabled = !entries.length;
  if (!entries.length) {
    renderState(container, 'empty', 'No scans yet.');
    return;
  }
  container.replaceChildren(dataTable({
    caption: 'Scan history, newest first',
    rows: entries,
    rowTestid: 'scan-history-row',
    columns: [
      { label: 'When', render: (entry) => formatDateTime(entry.at) },
      { label: 'Barcode', render: (entry) => entry.code },
      { label: 'Product', render: (entry) => entry.name },
      { label: 'Result', render: (entry) => entry.result },
    ],
  }));
}

async function onStartCamera() {
  cameraStatus.textContent = 'Starting the camera…';
  try {
    await startCamera(video, cameraSelect.value, (code) => {
      $('#scan-manual-input').value = code;
      lookUp(code);
    });
  } catch (error) {
    cameraStatus.textContent = error?.name === 'NotAllowedError'
      ? 'Camera access was refused. Allow it in the browser, or type the code instead.'
      : 'The camera could not be started. Type the code instead.';
    return;
  }
  video.hidden = false;
  $('#scan-start').hidden = true;
  $('#scan-stop').hidden = false;
  cameraStatus.textContent = 'Point the camera at a barcode.';
  await offerCameraChoice();
}

// Camera names are only readable once access is granted, so the choice is offered after the first start.
async function offerCameraChoice() {
  const cameras = await listCameras().catch(() => []);
  if (cameras.length < 2 || cameraSelect.options.length) return;
  cameraSelect.replaceChildren(...cameras.map((camera, index) =>
    el('option', { value: camera.deviceId, text: camera.label || `Camera ${index + 1}` })));
  $('#camera-choice').hidden = false;
}

function onStopCamera() {
  stopCamera();
  video.hidden = true;
  $('#scan-start').hidden = false;
  $('#scan-stop').hidden = true;
  cameraStatus.textContent = 'The camera is off.';
  $('#scan-start').focus();
}

function init() {
  const unavailable = cameraUnavailableReason();
  if (unavailable) {
    cameraStatus.textContent = unavailable;
    $('#scan-start').disabled = true;
  }
  $('#scan-start').addEventListener('click', onStartCamera);
  $('#scan-stop').addEventListener('click', onStopCamera);
  cameraSelect.addEventListener('change', async () => {
    stopCamera();
    await onStartCamera();
  });
  $('#scan-manual-form').addEventListener('submit', (event) => {
    event.preventDefault();
    lookUp($('#scan-manual-input').value);
  });
  $('#scan-export-csv').addEventListener('click', () =>
    saveBlob(new Blob([historyAsCsv(readHistory())], { type: 'text/csv' }), `scan-history-${new Date().toISOString().slice(0, 10)}.csv`));
  $('#scan-clear-history').addEventListener('click', () => {
    if (!confirm('Clear the scan history in this browser?')) return;
    clearHistory();
    renderHistory([]);
  });
  window.addEventListener('pagehide', stopCamera);
  renderHistory();
}

if (startAppPage('scanner')) init();
