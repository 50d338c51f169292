import { api } from '../api.js';
import { resendVerification } from '../auth.js';
import { $, announce, formValues, showFormError, validateForm, whileBusy } from '../ui.js';

const status = $('#verify-status');
const resendForm = $('#verify-resend-form');

async function verify(token) {
  announce(status, 'Checking your link…');
  try {
    const answer = await api('/api/tenants/verify-email', { method: 'POST', body: { token }, auth: false });
    announce(status, answer?.message ?? 'Your email is verified.', 'success');
    $('#verify-done').hidden = false;
  } catch (error) {
    announce(status, error.message, 'error');
    resendForm.hidden = false;
  }
}

async function onResend(event) {
  event.preventDefault();
  if (!validateForm(resendForm, status)) return;
  await whileBusy(resendForm.querySelector('[type=submit]'), async () => {
    try {
      const answer = await resendVerification(formValues(resendForm).email);
      announce(status, answer?.message ?? 'If the account needs it, a new link is on its way.', 'success');
    } catch (error) {
      showFormError(resendForm, error, status);
    }
  });
}

resendForm.addEventListener('submit', onResend);
const token = new URLSearchParams(location.search).get('token');
if (token) {
  verify(token);
} else {
  announce(status, 'This link has no verification code. Ask for a new one below.', 'error');
  resendForm.hidden = false;
}
