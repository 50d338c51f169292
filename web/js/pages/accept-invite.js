import { api } from '../api.js';
import { session } from '../session.js';
import { $, announce, formValues, requireSameValue, showFormError, validateForm, whileBusy } from '../ui.js';

const status = $('#invite-status');
const form = $('#invite-form');
const token = new URLSearchParams(location.search).get('token');

async function onAccept(event) {
  event.preventDefault();
  requireSameValue($('#invite-password'), $('#invite-password-confirm'));
  if (!validateForm(form, status)) return;
  await whileBusy(form.querySelector('[type=submit]'), async () => {
    try {
      const answer = await api('/api/tenants/accept-invite', {
        method: 'POST', body: { token, password: formValues(form).password }, auth: false,
      });
      // Some servers sign the new member in straight away; otherwise they sign in themselves.
      if (answer?.token) {
        session.save(answer);
        location.replace('dashboard.html');
      } else {
        location.replace('login.html?notice=invite-accepted');
      }
    } catch (error) {
      showFormError(form, error, status);
    }
  });
}

if (token) {
  form.addEventListener('submit', onAccept);
} else {
  form.hidden = true;
  announce(status, 'This invitation link is incomplete. Ask the store owner to send it again.', 'error');
}
