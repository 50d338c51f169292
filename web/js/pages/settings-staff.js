import { api } from '../api.js';
import { canManageStore } from '../auth.js';
import { humanise } from '../format.js';
import { session } from '../session.js';
import { dataTable } from '../table.js';
import { $, el, announce, formValues, pickList, renderState, showFormError, validateForm, whileBusy } from '../ui.js';

// Staff of the store: list, invite, change role, remove. Shown to the owner only.
const ROLES = ['manager', 'staff'];

const list = $('#staff-list');
const status = $('#staff-status');
const inviteForm = $('#staff-invite-form');

export function initStaffSettings() {
  if (!canManageStore()) return;
  $('#staff-section').hidden = false;
  inviteForm.addEventListener('submit', onInvite);
  loadStaff();
}

async function loadStaff() {
  renderState(list, 'loading', 'Loading staff…');
  try {
    const members = pickList(await api('/api/tenants/staff'), 'staff', 'users', 'members', 'items');
    if (!members.length) {
      renderState(list, 'empty', 'No one else works in this store yet. Invite someone below.');
      return;
    }
    list.replaceChildren(dataTable({
      caption: 'Staff',
      rows: members,
      rowTestid: 'staff-row',
      columns: [
        { label: 'Email', render: (member) => member.email },
        { label: 'Role', render: roleControl },
        { label: 'Status', render: (member) => humanise(member.status ?? 'active') },
        { label: 'Actions', className: 'actions', render: memberActions },
      ],
    }));
  } catch (error) {
    renderState(list, 'error', error.message, { retry: loadStaff });
  }
}

// The owner's role and your own are not changed from here.
const isFixed = (member) => member.role === 'owner' || member.email === session.tenant?.email;

function roleControl(member) {
  if (isFixed(member)) return humanise(member.role);
  const select = el('select', { id: `staff-role-${member.id}`, className: 'input staff-role-select', testid: 'staff-role-select' },
    ROLES.map((role) => el('option', { value: role, text: humanise(role), selected: role === member.role })));
  return [el('label', { htmlFor: select.id, className: 'visually-hidden', text: `Role of ${member.email}` }), select];
}

function memberActions(member) {
  if (isFixed(member)) return member.role === 'owner' ? 'Store owner' : 'You';
  return el('div', { className: 'row-actions' },
    el('button', {
      type: 'button', className: 'btn btn-small', text: 'Save role', testid: 'staff-role-save',
      attrs: { 'aria-label': `Save the role of ${member.email}` },
      on: { click: (event) => saveRole(member, event.currentTarget) },
    }),
    el('button', {
      type: 'button', className: 'btn btn-small btn-danger', text: 'Remove', testid: 'staff-remove',
      attrs: { 'aria-label': `Remove ${member.email}` },
      on: { click: (event) => removeMember(member, event.currentTarget) },
    }));
}

async function saveRole(member, button) {
  const role = $(`#staff-role-${member.id}`).value;
  await whileBusy(button, async () => {
    try {
      await api(`/api/tenants/staff/${member.id}/role`, { method: 'PUT', body: { role } });
      announce(status, `${member.email} is now ${role}.`, 'success');
      loadStaff();
    } catch (error) {
      announce(status, error.message, 'error');
    }
  });
}

async function removeMember(member, button) {
  if (!confirm(`Remove ${member.email} from this store? They will no longer be able to sign in to it.`)) return;
  await whileBusy(button, async () => {
    try {
      await api(`/api/tenants/staff/${member.id}`, { method: 'DELETE' });
      announce(status, `${member.email} was removed.`, 'success');
      loadStaff();
    } catch (error) {
      announce(status, error.message, 'error');
    }
  });
}

async function onInvite(event) {
  event.preventDefault();
  if (!validateForm(inviteForm, status)) return;
  const { email, role } = formValues(inviteForm);
  await whileBusy(inviteForm.querySelector('[type=submit]'), async () => {
    try {
      const answer = await api('/api/tenants/staff', { method: 'POST', body: { email, role } });
      announce(status, answer?.message ?? `Invitation sent to ${email}.`, 'success');
      inviteForm.reset();
      loadStaff();
    } catch (error) {
      showFormError(inviteForm, error, status);
    }
  });
}
