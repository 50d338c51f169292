import { api } from '../api.js';
import { $, announce, formValues, requireSameValue, showFormError, validateForm, whileBusy } from '../ui.js';

// With ?token= the emailed link lets the user choose a new password; without it, they ask for a link.
const status = $('#reset-status');
const token = new URLSearchParams(location.search).get('token');
const forgotForm = $('#forgot-form');
const resetForm = $('#reset-form');

async function onForgot(event) {
  event.preventDefault();
  if (!validateForm(forgotForm, status)) return;
  await whileBusy(forgotForm.querySelector('[type=submit]'), async () => {
    try {
      const body = { email: formValues(forgotForm).email };
      const answer = await api('/api/tenants/forgot-password', { method: 'POST', body, auth: false });
      announce(status, answer?.message ?? 'If an account uses that email, a reset link is on its way.', 'success');
    } catch (error) {
      showFormError(forgotForm, error, status);
    }
  });
}

async function onReset(event) {
  event.preventDefault();
  requireSameValue($('#reset-password'), $('#reset-password-confirm'));
  if (!validateForm(resetForm, status)) return;
  await whileBusy(resetForm.querySelector('[type=submit]'), async () => {
    try {
      const body = { token, password: formValues(resetForm).password };
      await api('/api/tenants/reset-password', { method: 'POST', body, auth: false });
      location.replace('login.html?notice=password-reset');
    } catch (error) {
      showFormError(resetForm, error, status);
    }
  });
}

forgotForm.addEventListener('submit', onForgot);
resetForm.addEventListener('submit', onReset);
(token ? resetForm : forgotForm).hidden = false;
