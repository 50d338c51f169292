import { api } from '../api.js';
import { showStoreName, startAppPage } from '../nav.js';
import { session } from '../session.js';
import { $, announce, formValues, renderState, requireSameValue, showFormError, validateForm, whileBusy } from '../ui.js';
import { initStaffSettings } from './settings-staff.js';
import { initThemeSettings } from './settings-theme.js';

const profileForm = $('#profile-form');
const profileStatus = $('#profile-status');
const passwordForm = $('#password-form');
const passwordStatus = $('#password-status');

async function loadProfile() {
  renderState($('#profile-loading'), 'loading', 'Loading the store profile…');
  try {
    const data = await api('/api/tenants/me');
    const { tenant } = data;
    profileForm.elements.store_name.value = tenant.store_name ?? '';
    profileForm.elements.email.value = tenant.email ?? '';
    $('#profile-loading').replaceChildren();
    profileForm.hidden = false;
  } catch (error) {
    renderState($('#profile-loading'), 'error', error.message, { retry: loadProfile });
  }
}

async function onSaveProfile(event) {
  event.preventDefault();
  if (!validateForm(profileForm, profileStatus)) return;
  const { store_name, email, currentPassword } = formValues(profileForm);
  const body = currentPassword ? { store_name, email, currentPassword } : { store_name, email };
  await whileBusy(profileForm.querySelector('[type=submit]'), async () => {
    try {
      // A 401 here can mean a wrong current password, so it must not end the session.
      const answer = await api('/api/tenants/me', { method: 'PUT', body, renewOn401: false });
      profileForm.elements.currentPassword.value = '';
      const tenant = { ...session.tenant, store_name, email, ...(answer?.tenant ?? {}) };
      session.save({ tenant });
      showStoreName(tenant.store_name);
      announce(profileStatus, answer?.message ?? 'Store profile saved.', 'success');
    } catch (error) {
      showFormError(profileForm, error, profileStatus);
    }
  });
}

async function onChangePassword(event) {
  event.preventDefault();
  requireSameValue($('#password-new'), $('#password-confirm'));
  if (!validateForm(passwordForm, passwordStatus)) return;
  const { currentPassword, newPassword } = formValues(passwordForm);
  await whileBusy(passwordForm.querySelector('[type=submit]'), async () => {
    try {
      // A 401 here can mean a wrong current password, so it must not end the session.
      const answer = await api('/api/tenants/change-password', {
        method: 'PUT', body: { currentPassword, newPassword }, renewOn401: false,
      });
      // This session stays signed in; the server ends the others.
      passwordForm.reset();
      announce(passwordStatus, answer?.message ?? 'Your password was changed.', 'success');
    } catch (error) {
      showFormError(passwordForm, error, passwordStatus);
    }
  });
}

function init() {
  profileForm.addEventListener('submit', onSaveProfile);
  passwordForm.addEventListener('submit', onChangePassword);
  loadProfile();
  initThemeSettings();
  initStaffSettings();
}

if (startAppPage('settings')) init();
