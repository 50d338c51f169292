import { keepSessionFresh, logout } from './api.js';
import { requireSession, currentRole } from './auth.js';
import { applyCachedTheme, loadTheme } from './theme.js';
import { el } from './ui.js';

const LINKS = [
  { key: 'inventory', href: 'dashboard.html', label: 'Inventory' },
  { key: 'orders', href: 'orders.html', label: 'Orders' },
  { key: 'customers', href: 'customers.html', label: 'Customers' },
  { key: 'analytics', href: 'analytics.html', label: 'Analytics' },
  { key: 'scanner', href: 'scanner.html', label: 'Scanner' },
  { key: 'settings', href: 'settings.html', label: 'Settings' },
];

/**
 * Common start of every signed-in page: session check, theme, header, token upkeep.
 * Answers the tenant, or null when the visitor is being sent to sign in.
 */
export function startAppPage(activeKey) {
  const tenant = requireSession();
  if (!tenant) return null;
  applyCachedTheme();
  renderHeader(activeKey, tenant);
  keepSessionFresh();
  loadTheme().catch(() => {}); // the cached or default theme is good enough when this fails
  return tenant;
}

function renderHeader(activeKey, tenant) {
  document.body.prepend(el('a', { href: '#main', className: 'skip-link', text: 'Skip to main content' }));
  const header = document.getElementById('app-header');
  const toggle = el('button', {
    type: 'button', className: 'nav-toggle btn', text: 'Menu', testid: 'nav-toggle',
    attrs: { 'aria-expanded': 'false', 'aria-controls': 'primary-nav' },
  });
  const menu = el('div', { className: 'nav-menu', id: 'primary-nav' },
    el('nav', { attrs: { 'aria-label': 'Main' } },
      el('ul', { className: 'nav-links' }, LINKS.map((link) => el('li', {},
        el('a', {
          href: link.href, text: link.label, testid: `nav-${link.key}`,
          attrs: { 'aria-current': link.key === activeKey ? 'page' : null },
        }))))),
    el('div', { className: 'nav-user' },
      el('span', { className: 'nav-user-name', testid: 'nav-user', text: describeUser(tenant) }),
      el('button', { type: 'button', className: 'btn btn-quiet', text: 'Log out', testid: 'logout', on: { click: logout } })));

  toggle.addEventListener('click', () => setMenuOpen(header, toggle, toggle.getAttribute('aria-expanded') !== 'true'));
  header.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      setMenuOpen(header, toggle, false);
      toggle.focus();
    }
  });

  header.replaceChildren(el('div', { className: 'header-bar' },
    el('a', { href: 'dashboard.html', className: 'brand', testid: 'brand' },
      el('img', { id: 'brand-logo', className: 'brand-logo', alt: '', hidden: true }),
      el('span', { id: 'brand-name', text: tenant.store_name || 'QommerceHub' })),
    toggle,
    menu));
}

export function showStoreName(name) {
  const brand = document.getElementById('brand-name');
  if (brand) brand.textContent = name || 'QommerceHub';
}

function setMenuOpen(header, toggle, open) {
  toggle.setAttribute('aria-expanded', String(open));
  header.classList.toggle('nav-open', open);
}

function describeUser(tenant) {
  const role = currentRole();
  return tenant.email ? `${tenant.email} (${role})` : role;
}
