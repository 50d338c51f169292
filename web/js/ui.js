// DOM helpers shared by every page. Data from the server only ever reaches the DOM as text.

/**
 * Creates an element. props: className, text, testid, attrs (attributes), on (event listeners),
 * and any other key is set as a property (value, type, disabled, …).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  const { className, text, testid, attrs, on, ...properties } = props;
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (testid) node.dataset.testid = testid;
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  for (const [event, handler] of Object.entries(on ?? {})) node.addEventListener(event, handler);
  Object.assign(node, properties);
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

/** Puts a message in an aria-live region; kind is info, success, warning or error. */
export function announce(region, message, kind = 'info') {
  if (!region) return;
  region.textContent = message ?? '';
  region.dataset.kind = kind;
  region.hidden = !message;
}

/** Replaces a container's content with a loading, empty or error block. */
export function renderState(container, kind, message, { retry } = {}) {
  const block = el('div', {
    className: `state state-${kind}`,
    testid: `state-${kind}`,
    attrs: { role: kind === 'error' ? 'alert' : 'status' },
  });
  if (kind === 'loading') block.append(el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }));
  block.append(el('p', { text: message }));
  if (retry) block.append(el('button', { type: 'button', className: 'btn', text: 'Try again', on: { click: retry } }));
  container.replaceChildren(block);
}

/** Marks a button busy while a request runs, so it cannot be sent twice. */
export async function whileBusy(button, work) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** The form's named fields: trimmed strings, passwords as typed, checkboxes as booleans, files left out. */
export function formValues(form) {
  const values = {};
  for (const control of form.elements) {
    if (!control.name || control.disabled || control.type === 'file') continue;
    if (control.type === 'checkbox') values[control.name] = control.checked;
    else if (control.type === 'radio') { if (control.checked) values[control.name] = control.value; }
    else values[control.name] = control.type === 'password' ? control.value : control.value.trim();
  }
  return values;
}

export function clearFieldErrors(form) {
  for (const message of form.querySelectorAll('.field-error')) message.remove();
  for (const control of form.querySelectorAll('[aria-invalid="true"]')) {
    control.removeAttribute('aria-invalid');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-error'));
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

// "store_name", "storeName" and "StoreName" all name the same control.
const normalise = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Shows an ApiError on a form: each `details[].field` message beside its control, the rest in the status region.
 * Focuses the first control in error so keyboard and screen-reader users land on it.
 */
export function showFormError(form, error, statusRegion) {
  clearFieldErrors(form);
  const unplaced = [];
  let first = null;
  for (const { field, message } of error.fieldErrors ?? []) {
    const control = findControl(form, field);
    if (!control) {
      unplaced.push(message);
      continue;
    }
    placeFieldError(control, message);
    first ??= control;
  }
  const summary = unplaced.length ? unplaced.join(' ') : error.message;
  announce(statusRegion, summary, 'error');
  first?.focus();
}

function findControl(form, field) {
  const wanted = normalise(field ?? '');
  if (!wanted) return null;
  return [...form.elements].find((c) => c.name && (normalise(c.name) === wanted || normalise(c.dataset.field ?? '') === wanted)) ?? null;
}

export function placeFieldError(control, message) {
  const id = `${control.id || control.name}-error`;
  const text = el('p', { className: 'field-error', id, text: message, testid: 'field-error' });
  (control.closest('.field') ?? control.parentElement).append(text);
  control.setAttribute('aria-invalid', 'true');
  const described = control.getAttribute('aria-describedby');
  control.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
}

/** Opens a <dialog> modally; its [data-close] buttons close it and focus returns to the opener. */
export function openDialog(dialog, focusTarget) {
  if (!dialog.dataset.closeWired) {
    for (const button of dialog.querySelectorAll('[data-close]')) button.addEventListener('click', () => dialog.close());
    dialog.dataset.closeWired = 'true';
  }
  const opener = document.activeElement;
  dialog.addEventListener('close', () => opener?.focus?.(), { once: true });
  dialog.showModal();
  focusTarget?.focus();
}

/** Lists come as `{items, pagination}` (or, in an order, its `items`) or as a bare array. */
export function pickList(data, ...keys) {
  if (Array.isArray(data)) return data;
  for (const key of keys) if (Array.isArray(data?.[key])) return data[key];
  return [];
}

/** Checks the browser's own constraints (required, type, min…) and shows them like server field errors. */
export function validateForm(form, statusRegion) {
  const fieldErrors = [...form.elements]
    .filter((control) => control.willValidate && !control.checkValidity())
    .map((control) => ({ field: control.name, message: control.validationMessage }));
  clearFieldErrors(form);
  if (!fieldErrors.length) return true;
  showFormError(form, { fieldErrors, message: 'Please correct the highlighted fields.' }, statusRegion);
  return false;
}

/** Calls back with the input's trimmed value once typing pauses, so a search is not sent per keystroke. */
export function onPausedTyping(input, callback, delayMs = 300) {
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => callback(input.value.trim()), delayMs);
  });
}

/** Makes a "repeat password" field invalid until it matches the first one. */
export function requireSameValue(first, second, message = 'The passwords do not match.') {
  second.setCustomValidity(first.value === second.value ? '' : message);
}
