import { api } from './api.js';
import { session, decodeJwtPayload } from './session.js';

// Pages a `next` parameter may send the user to after signing in; anything else could be an open redirect.
const APP_PAGES = ['dashboard.html', 'customers.html', 'orders.html', 'analytics.html', 'scanner.html', 'settings.html'];

export async function login(email, password) {
  const data = await api('/api/tenants/login', { method: 'POST', body: { email, password }, auth: false });
  session.save(data);
  return data;
}

export function signup({ email, password, store_name }) {
  return api('/api/tenants/signup', { method: 'POST', body: { email, password, store_name }, auth: false });
}

export function resendVerification(email) {
  return api('/api/tenants/resend-verification', { method: 'POST', body: { email }, auth: false });
}

/** The signed-in tenant, or null after sending the visitor to the sign-in page. */
export function requireSession() {
  if (session.token) return session.tenant ?? {};
  const page = location.pathname.split('/').pop();
  const next = APP_PAGES.includes(page) ? `?next=${encodeURIComponent(page + location.search)}` : '';
  location.replace(`login.html${next}`);
  return null;
}

export function pageAfterLogin(next) {
  const page = (next ?? '').split('?')[0];
  return APP_PAGES.includes(page) ? next : 'dashboard.html';
}

export function currentRole() {
  return session.tenant?.role ?? decodeJwtPayload(session.token)?.role ?? 'staff';
}

/** Only the owner manages staff, store settings and refunds; the server enforces it, the page just hides what would fail. */
export function canManageStore() {
  return currentRole() === 'owner';
}
