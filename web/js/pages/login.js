import { login, signup, resendVerification, pageAfterLogin } from '../auth.js';
import { session } from '../session.js';
import { $, announce, formValues, showFormError, validateForm, whileBusy } from '../ui.js';

// Fixed texts for ?notice=…, so the URL cannot put arbitrary words on the page.
const NOTICES = {
  'expired': ['Your session has ended. Please sign in again.', 'warning'],
  'signed-out': ['You have signed out.', 'info'],
  'password-changed': ['Your password was changed. Please sign in with the new password.', 'success'],
  'password-reset': ['Your password was reset. Sign in with the new password.', 'success'],
  'verified': ['Your email is verified. You can sign in now.', 'success'],
  'invite-accepted': ['Welcome aboard! Sign in with the password you just chose.', 'success'],
};

const params = new URLSearchParams(location.search);
const status = $('#auth-status');
const tabs = [$('#tab-login'), $('#tab-signup')];
let pendingVerificationEmail = '';

function selectTab(tab, { focus = true } = {}) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
}

function onTabKey(event) {
  const index = tabs.indexOf(event.currentTarget);
  const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
  if (!(event.key in moves)) return;
  event.preventDefault();
  selectTab(tabs[(moves[event.key] + tabs.length) % tabs.length]);
}

function showVerifyNotice(email) {
  pendingVerificationEmail = email;
  $('#verify-email-address').textContent = email;
  $('#verify-notice').hidden = false;
}

async function onLogin(event) {
  event.preventDefault();
  const form = event.currentTarget;
  if (!validateForm(form, status)) return;
  const { email, password } = formValues(form);
  announce(status, '');
  await whileBusy(form.querySelector('[type=submit]'), async () => {
    try {
      await login(email, password);
      location.replace(pageAfterLogin(params.get('next')));
    } catch (error) {
      if (error.status === 403 && error.body?.emailVerificationRequired) {
        showVerifyNotice(email);
        announce(status, error.message, 'warning');
      } else {
        showFormError(form, error, status);
      }
    }
  });
}

async function onSignup(event) {
  event.preventDefault();
  const form = event.currentTarget;
  if (!validateForm(form, status)) return;
  const values = formValues(form);
  await whileBusy(form.querySelector('[type=submit]'), async () => {
    try {
      const answer = await signup(values);
      form.reset();
      showVerifyNotice(values.email);
      $('#login-email').value = values.email;
      selectTab(tabs[0], { focus: false });
      announce(status, answer?.message ?? 'Your store was created.', 'success');
      $('#resend-verification').focus();
    } catch (error) {
      showFormError(form, error, status);
    }
  });
}

async function onResend(event) {
  await whileBusy(event.currentTarget, async () => {
    try {
      const answer = await resendVerification(pendingVerificationEmail);
      announce(status, answer?.message ?? 'If the account needs it, a new verification email is on its way.', 'success');
    } catch (error) {
      announce(status, error.message, 'error');
    }
  });
}

if (session.token && !params.has('notice')) {
  location.replace(pageAfterLogin(params.get('next')));
} else {
  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab));
    tab.addEventListener('keydown', onTabKey);
  }
  $('#login-form').addEventListener('submit', onLogin);
  $('#signup-form').addEventListener('submit', onSignup);
  $('#resend-verification').addEventListener('click', onResend);
  if (params.get('tab') === 'signup') selectTab(tabs[1], { focus: false });
  const notice = NOTICES[params.get('notice')];
  if (notice) announce(status, ...notice);
}
