import { api } from '../api.js';
import { showImage } from '../images.js';
import {
  COLOUR_FIELDS, DEFAULT_THEME, applyTheme, contrastRatio, loadTheme, rememberTheme, resolveColours, themeFrom,
} from '../theme.js';
import { $, announce, clearFieldErrors, placeFieldError, renderState, showFormError, whileBusy } from '../ui.js';

// Store colours (previewed live, saved with PUT /api/customization) and the logo and background images.
// The original API's limits: the logo 2 MB, the background 10 MB.
const MAX_IMAGE_BYTES = { logo: 2 * 1024 * 1024, background: 10 * 1024 * 1024 };
const MIN_TEXT_CONTRAST = 4.5; // WCAG AA for normal text
const PANEL_COLOUR = '#ffffff';

const form = $('#theme-form');
const status = $('#theme-status');
let saved = {};

export async function initThemeSettings() {
  form.addEventListener('input', preview);
  form.addEventListener('submit', onSave);
  $('#theme-reset').addEventListener('click', () => {
    fill(DEFAULT_THEME);
    preview();
    announce(status, 'Default colours chosen. Save to keep them.', 'info');
  });
  for (const box of document.querySelectorAll('.store-image')) wireImageBox(box);
  await loadSettings();
}

async function loadSettings() {
  renderState($('#theme-loading'), 'loading', 'Loading store colours…');
  try {
    saved = themeFrom(await api('/api/customization'));
    $('#theme-loading').replaceChildren();
    fill(saved);
    form.hidden = false;
    showImages(saved);
  } catch (error) {
    renderState($('#theme-loading'), 'error', error.message, { retry: loadSettings });
  }
}

function fill(theme) {
  const colours = resolveColours(theme);
  for (const field of COLOUR_FIELDS) form.elements[field].value = colours[field];
  form.elements.animations_enabled.checked = theme.animations_enabled !== false;
  warnAboutContrast();
}

function chosenTheme() {
  const theme = Object.fromEntries(COLOUR_FIELDS.map((field) => [field, form.elements[field].value]));
  theme.animations_enabled = form.elements.animations_enabled.checked;
  return theme;
}

function preview() {
  applyTheme({ ...saved, ...chosenTheme() });
  warnAboutContrast();
}

/** Warns, without blocking, when the chosen colours would make text hard to read. */
function warnAboutContrast() {
  const theme = chosenTheme();
  const checks = [
    ['Text on the background', theme.text_color, theme.background_color],
    ['Text on panels', theme.text_color, PANEL_COLOUR],
    ['Links on panels', theme.primary_color, PANEL_COLOUR],
  ];
  const problems = checks
    .map(([what, foreground, background]) => [what, contrastRatio(foreground, background)])
    .filter(([, ratio]) => ratio < MIN_TEXT_CONTRAST)
    .map(([what, ratio]) => `${what}: contrast ${ratio.toFixed(1)}:1.`);
  const box = $('#theme-contrast');
  box.textContent = problems.length ? `Hard to read for some people (aim for ${MIN_TEXT_CONTRAST}:1 or more). ${problems.join(' ')}` : '';
  box.hidden = !problems.length;
}

async function onSave(event) {
  event.preventDefault();
  const body = chosenTheme();
  await whileBusy(form.querySelector('[type=submit]'), async () => {
    try {
      const answer = await api('/api/customization', { method: 'PUT', body });
      saved = { ...saved, ...body, ...themeFrom(answer) };
      rememberTheme(saved);
      announce(status, 'Store colours saved.', 'success');
    } catch (error) {
      showFormError(form, error, status);
    }
  });
}

function showImages(theme) {
  showImage($('[data-testid=theme-logo-preview]'), theme.logo_url);
  showImage($('[data-testid=theme-background-preview]'), theme.background_image_url);
}

/** A logo or background box: kind is the upload path and the multipart field name. */
function wireImageBox(box) {
  const kind = box.dataset.kind;
  const input = box.querySelector('input[type=file]');
  box.querySelector('[data-action=upload]').addEventListener('click', (event) => whileBusy(event.currentTarget, async () => {
    clearFieldErrors(box);
    const file = input.files[0];
    const problem = !file ? 'Choose an image first.'
      : !file.type.startsWith('image/') ? 'Choose an image file.'
        : file.size > MAX_IMAGE_BYTES[kind] ? `The ${kind} must be ${MAX_IMAGE_BYTES[kind] / 1024 / 1024} MB or smaller.` : null;
    if (problem) {
      placeFieldError(input, problem);
      input.focus();
      return;
    }
    const upload = new FormData();
    upload.append(kind, file); // the multipart field is named like the path: `logo` or `background`
    await changeImage(() => api(`/api/customization/${kind}`, { method: 'POST', body: upload }), `The ${kind} was uploaded.`);
    input.value = '';
  }));
  box.querySelector('[data-action=remove]').addEventListener('click', (event) => whileBusy(event.currentTarget, () => {
    if (!confirm(`Remove the store ${kind}?`)) return null;
    return changeImage(() => api(`/api/customization/${kind}`, { method: 'DELETE' }), `The ${kind} was removed.`);
  }));
}

// The answers differ between upload and removal, so re-read the theme for the new image addresses.
async function changeImage(change, message) {
  try {
    await change();
    saved = { ...saved, ...(await loadTheme()) };
    preview();
    showImages(saved);
    announce(status, message, 'success');
  } catch (error) {
    announce(status, error.message, 'error');
  }
}
