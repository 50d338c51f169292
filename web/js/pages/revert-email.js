import { api } from '../api.js';
import { $, announce, whileBusy } from '../ui.js';

// The link's token is sent only on a click, so a mail scanner that opens links changes nothing.
const status = $('#revert-status');
const form = $('#revert-form');
const token = new URLSearchParams(location.search).get('token');

async function onRevert(event) {
  event.preventDefault();
  await whileBusy(form.querySelector('[type=submit]'), async () => {
    try {
      const answer = await api('/api/tenants/revert-email', { method: 'POST', body: { token }, auth: false });
      announce(status, answer?.message ?? 'Your address is back.', 'success');
      form.hidden = true;
      $('#revert-done').hidden = false;
    } catch (error) {
      announce(status, error.message, 'error');
    }
  });
}

if (token) {
  form.addEventListener('submit', onRevert);
} else {
  announce(status, 'This link has no code. Open the link from the email again.', 'error');
  form.hidden = true;
}
