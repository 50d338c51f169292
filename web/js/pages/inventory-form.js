import { api } from '../api.js';
import { showImage } from '../images.js';
import { $, announce, clearFieldErrors, formValues, openDialog, placeFieldError, showFormError, validateForm, whileBusy } from '../ui.js';

// The add/edit item dialog in dashboard.html, including the image upload and its preview.
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const dialog = $('#item-dialog');
const form = $('#item-form');
const status = $('#item-form-status');
const imageInput = $('#item-image');
const preview = $('#item-image-preview');
const quantityInput = $('#item-quantity');

let editing = null;
let afterSave = () => {};
let previewUrl = null;

/** Opens the dialog for a new item (item = null) or to edit one. */
export function openItemForm(item, { onSaved, barcode } = {}) {
  editing = item;
  afterSave = onSaved ?? (() => {});
  form.reset();
  clearFieldErrors(form);
  announce(status, '');
  $('#item-dialog-title').textContent = item ? `Edit “${item.name}”` : 'Add item';
  for (const name of ['name', 'sku', 'barcode', 'category', 'description', 'price', 'quantity', 'low_stock_threshold']) {
    form.elements[name].value = item?.[name] ?? '';
  }
  if (barcode) form.elements.barcode.value = barcode;
  // Stock levels change only through adjustments, so the ledger explains every change.
  quantityInput.disabled = Boolean(item);
  $('#item-quantity-hint').hidden = !item;
  resetPreview();
  if (item?.image_url) showImage(preview, item.image_url);
  openDialog(dialog, form.elements.name);
}

function resetPreview() {
  if (previewUrl) URL.revokeObjectURL(previewUrl);
  previewUrl = null;
  preview.hidden = true;
  preview.removeAttribute('src');
}

function onImageChosen() {
  clearFieldErrors(form);
  const file = imageInput.files[0];
  resetPreview();
  if (!file) return;
  const problem = !file.type.startsWith('image/') ? 'Choose an image file.'
    : file.size > MAX_IMAGE_BYTES ? 'The image must be 5 MB or smaller.' : null;
  if (problem) {
    placeFieldError(imageInput, problem);
    imageInput.value = '';
    return;
  }
  previewUrl = URL.createObjectURL(file);
  preview.src = previewUrl;
  preview.hidden = false;
}

function itemBody(values) {
  const body = { name: values.name, sku: values.sku, price: Number(values.price) };
  if (!editing) body.quantity = Number(values.quantity);
  // Send barcode only when there is one, or to clear one the item had.
  if (values.barcode || editing?.barcode) body.barcode = values.barcode || null;
  if (values.low_stock_threshold !== '') body.low_stock_threshold = Number(values.low_stock_threshold);
  // An empty text clears what the item had; a new item simply leaves it out.
  for (const name of ['category', 'description']) {
    if (values[name] || editing?.[name]) body[name] = values[name] ?? '';
  }
  return body;
}

async function onSubmit(event) {
  event.preventDefault();
  if (!validateForm(form, status)) return;
  const body = itemBody(formValues(form));
  await whileBusy(form.querySelector('[type=submit]'), async () => {
    let saved;
    try {
      saved = editing
        ? await api(`/api/inventory/${editing.id}`, { method: 'PUT', body })
        : await api('/api/inventory', { method: 'POST', body });
    } catch (error) {
      showFormError(form, error, status);
      return;
    }
    const file = imageInput.files[0];
    if (file) {
      try {
        const upload = new FormData();
        upload.append('image', file);
        // The original's {success, imageUrl, filename}; ours adds the updated item.
        const answer = await api(`/api/inventory/${saved.id}/upload-image`, { method: 'POST', body: upload });
        saved = answer.item ?? { ...saved, image_url: answer.imageUrl };
      } catch (error) {
        // The item exists now: keep the dialog open in edit mode so only the image needs retrying.
        editing = saved;
        quantityInput.disabled = true;
        showFormError(form, { fieldErrors: [{ field: 'image', message: error.message }], message: 'The item was saved, but its image was not.' }, status);
        afterSave(saved);
        return;
      }
    }
    dialog.close();
    resetPreview();
    afterSave(saved);
  });
}

imageInput.addEventListener('change', onImageChosen);
form.addEventListener('submit', onSubmit);
