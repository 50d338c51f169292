import { session, tokenTiming } from './session.js';

// Refresh this long before the access token expires, so no request goes out with a dying token.
const REFRESH_MARGIN_MS = 60_000;
// Bounds for the upkeep timer: never spin, and re-check now and then (another tab may have refreshed).
const MIN_UPKEEP_DELAY_MS = 1_000;
const MAX_UPKEEP_DELAY_MS = 5 * 60_000;

/** A failed API call: the server's one-sentence message plus any per-field messages. */
export class ApiError extends Error {
  constructor(status, body = {}) {
    super(messageFrom(status, body));
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
    this.fieldErrors = fieldErrorsFrom(body);
  }
}

function messageFrom(status, body) {
  const text = body.error ?? body.detail ?? body.title ?? body.message;
  if (text) return text;
  if (status === 0) return 'Cannot reach the server. Check your connection and try again.';
  if (status === 429) return 'Too many attempts. Please wait a few minutes and try again.';
  if (status >= 500) return 'The server had a problem. Please try again.';
  return `Request failed (${status}).`;
}

// Problem details carry `details: [{field, message}]`; ASP.NET's own shape is `errors: {field: [messages]}`.
function fieldErrorsFrom(body) {
  if (Array.isArray(body.details)) {
    return body.details.filter((d) => d && d.message).map((d) => ({ field: d.field ?? '', message: d.message }));
  }
  if (body.errors && typeof body.errors === 'object') {
    return Object.entries(body.errors).flatMap(([field, messages]) =>
      [].concat(messages).map((message) => ({ field, message })));
  }
  return [];
}

/**
 * Calls the API and answers `{status, data}`.
 * options: method, body (object or FormData), query (object), auth (default true), raw (answer the Response as data),
 * renewOn401 (default true; false where a 401 answers the user's input, e.g. a wrong current password).
 */
export async function request(path, { method = 'GET', body, query, auth = true, raw = false, renewOn401 = true } = {}) {
  const url = withQuery(path, query);
  if (auth) await ensureFreshToken();
  const usedToken = session.token;
  let response = await send(url, method, body, auth);
  if (response.status === 401 && auth && renewOn401) {
    if (!(await refreshSession(usedToken))) endSession('expired');
    response = await send(url, method, body, auth);
    if (response.status === 401) endSession('expired');
  }
  if (!response.ok) throw new ApiError(response.status, await readJson(response));
  if (raw) return { status: response.status, data: response };
  return { status: response.status, data: response.status === 204 ? null : await readJson(response) };
}

/** Calls the API and answers the parsed JSON body. */
export async function api(path, options) {
  return (await request(path, options)).data;
}

/** Downloads an authenticated file (invoice, image) as a Blob. */
export async function getBlob(path) {
  const { data: response } = await request(path, { raw: true });
  return response.blob();
}

async function send(url, method, body, auth) {
  const headers = { Accept: 'application/json, application/problem+json' };
  let payload = body;
  if (body !== undefined && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (auth && session.token) headers.Authorization = `Bearer ${session.token}`;
  try {
    return await fetch(url, { method, headers, body: payload });
  } catch {
    throw new ApiError(0);
  }
}

async function readJson(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return {};
  try {
    return (await response.json()) ?? {};
  } catch {
    return {};
  }
}

function withQuery(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export async function ensureFreshToken() {
  const token = session.token;
  const timing = tokenTiming(token);
  if (token && timing && timing.expiresAt - Date.now() <= refreshMargin(timing)) {
    if (!(await refreshSession(token))) endSession('expired');
  }
}

// Short-lived tokens get a proportionate margin, so they are not refreshed on every request.
function refreshMargin(timing) {
  return timing.lifetime ? Math.min(REFRESH_MARGIN_MS, timing.lifetime / 4) : REFRESH_MARGIN_MS;
}

let refreshInFlight = null;

/** Swaps the refresh token for a new pair; answers false when the session cannot be renewed. */
function refreshSession(staleToken) {
  refreshInFlight ??= withCrossTabLock(() => renew(staleToken)).finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

// Refresh tokens rotate: two tabs spending the same one would end the session, so tabs take turns.
function withCrossTabLock(work) {
  return navigator.locks ? navigator.locks.request('qh-token-refresh', work) : work();
}

async function renew(staleToken) {
  if (session.token && session.token !== staleToken) return true; // another tab already renewed it
  const refreshToken = session.refreshToken;
  if (!refreshToken) return false;
  const response = await send('/api/tenants/refresh', 'POST', { refreshToken }, false);
  if (!response.ok) return false;
  const data = await readJson(response);
  if (!data.token) return false;
  session.save({ token: data.token, refreshToken: data.refreshToken });
  return true;
}

let upkeepTimer = null;

/** Keeps the access token fresh while a page stays open without making requests: wakes just before it expires. */
export function keepSessionFresh() {
  clearTimeout(upkeepTimer);
  const timing = tokenTiming(session.token);
  const due = timing ? timing.expiresAt - refreshMargin(timing) - Date.now() : MAX_UPKEEP_DELAY_MS;
  upkeepTimer = setTimeout(async () => {
    await ensureFreshToken().catch(() => {});
    if (session.token) keepSessionFresh();
  }, Math.min(Math.max(due, MIN_UPKEEP_DELAY_MS), MAX_UPKEEP_DELAY_MS));
}

export async function logout() {
  try {
    await request('/api/tenants/logout', { method: 'POST', body: { refreshToken: session.refreshToken } });
  } catch {
    // Leaving matters more than telling the server; the token expires on its own.
  }
  leaveSession('signed-out');
}

/** Forgets everything stored and returns to the sign-in page. */
export function leaveSession(reason) {
  session.clearEverything();
  const query = reason ? `?notice=${encodeURIComponent(reason)}` : '';
  location.replace(`login.html${query}`);
}

// Stops the caller too: the page is going away and nothing after this should run.
function endSession(reason) {
  leaveSession(reason);
  throw new ApiError(401, { error: 'Your session has ended. Please sign in again.' });
}
