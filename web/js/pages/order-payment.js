import { api } from '../api.js';
import { formatMoney } from '../format.js';
import { $, announce, clearFieldErrors, openDialog, showFormError, validateForm, whileBusy } from '../ui.js';
import { waitForOrder } from './order-polling.js';

// Taking and refunding payments for an order. Only the simulated provider has a checkout here:
// a real Stripe checkout needs Stripe.js, which this back office does not load.
const INTENTS_KEY = 'qh.paymentIntents';

const dialog = $('#payment-dialog');
const form = $('#payment-form');
const formStatus = $('#payment-form-status');
let checkout = null;
let publicConfig = null;

/** Starts a payment: creates the intent, then shows the simulated card form. report(message, kind) tells the page. */
export async function startPayment(order, { report, onSettled }) {
  const config = await loadPublicConfig();
  if (config.mode !== 'simulated') {
    report('Card payments are only available in simulated mode in this back office.', 'warning');
    return;
  }
  // The original's request; Payments takes the amount from the order itself.
  const intent = await api('/api/payments/create-intent', {
    method: 'POST', body: { orderId: order.id, amount: order.total_amount, customerEmail: order.customer_email },
  });
  rememberIntent(order.id, intent.paymentIntentId);
  checkout = { order, intent, report, onSettled };
  form.reset();
  clearFieldErrors(form);
  announce(formStatus, '');
  $('#payment-dialog-title').textContent = `Take payment for order #${order.id}`;
  $('#payment-summary').textContent = `${order.customer_name ?? 'Customer'} pays ${formatMoney(order.total_amount)}.`;
  openDialog(dialog, form.elements.cardNumber);
}

async function onPay(event) {
  event.preventDefault();
  if (!validateForm(form, formStatus)) return;
  const { order, intent, report, onSettled } = checkout;
  const cardNumber = form.elements.cardNumber.value.replace(/\s+/g, '');
  await whileBusy(form.querySelector('[type=submit]'), async () => {
    try {
      await api('/api/payments/simulate/confirm', {
        method: 'POST', body: { paymentIntentId: intent.paymentIntentId, cardNumber },
      });
    } catch (error) {
      showFormError(form, error, formStatus);
      return;
    }
    dialog.close();
    report(`Payment accepted for order #${order.id} (simulated). Updating the order…`, 'success');
    const settled = await waitForOrder(order.id, (current) => current.payment_status === 'paid');
    report(settled?.payment_status === 'paid'
      ? `Order #${order.id} is paid (simulated payment).`
      : `Payment accepted for order #${order.id}; the order will show it as paid shortly.`, 'success');
    onSettled();
  });
}

/** The intent to refund: the order's own, or the one this browser created for it. */
export function paymentIntentFor(order) {
  return order.payment_intent_id ?? readIntents()[order.id] ?? null;
}

export async function refundPayment(order, { report, onSettled }) {
  const paymentIntentId = paymentIntentFor(order);
  if (!confirm(`Refund ${formatMoney(order.total_amount)} for order #${order.id}?`)) return;
  await api('/api/payments/refund', { method: 'POST', body: { paymentIntentId, reason: 'requested_by_customer' } });
  report(`Refund sent for order #${order.id}. Updating the order…`, 'success');
  // Orders learns of the refund from a Payments event, a moment after this answer.
  const settled = await waitForOrder(order.id, (current) => ['refunded', 'partially_refunded'].includes(current.payment_status));
  report(['refunded', 'partially_refunded'].includes(settled?.payment_status)
    ? `Order #${order.id} is refunded.`
    : `Refund sent for order #${order.id}; the order will show it shortly.`, 'success');
  onSettled();
}

async function loadPublicConfig() {
  publicConfig ??= await api('/api/config/public', { auth: false });
  return publicConfig;
}

function readIntents() {
  try {
    return JSON.parse(localStorage.getItem(INTENTS_KEY)) ?? {};
  } catch {
    return {};
  }
}

function rememberIntent(orderId, paymentIntentId) {
  localStorage.setItem(INTENTS_KEY, JSON.stringify({ ...readIntents(), [orderId]: paymentIntentId }));
}

form.addEventListener('submit', onPay);
