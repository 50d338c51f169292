// Where the signed-in session lives. localStorage so every tab shares one session.
const TOKEN_KEY = 'qh.token';
const REFRESH_KEY = 'qh.refreshToken';
const TENANT_KEY = 'qh.tenant';
const RECEIVED_AT_KEY = 'qh.tokenReceivedAt';

export const session = {
  get token() {
    return localStorage.getItem(TOKEN_KEY);
  },
  get refreshToken() {
    return localStorage.getItem(REFRESH_KEY);
  },
  get tenant() {
    try {
      return JSON.parse(localStorage.getItem(TENANT_KEY)) ?? null;
    } catch {
      return null;
    }
  },
  save({ token, refreshToken, tenant }) {
    if (token) {
      localStorage.setItem(TOKEN_KEY, token);
      localStorage.setItem(RECEIVED_AT_KEY, String(Date.now()));
    }
    if (refreshToken) localStorage.setItem(REFRESH_KEY, refreshToken);
    if (tenant) localStorage.setItem(TENANT_KEY, JSON.stringify(tenant));
  },
  // Logout must leave nothing of the shop behind on a shared computer.
  clearEverything() {
    localStorage.clear();
    sessionStorage.clear();
  },
};

/** Expiry and lifetime of a JWT in milliseconds ({expiresAt, lifetime}), or null when it cannot be read. */
export function tokenTiming(token) {
  const payload = decodeJwtPayload(token);
  if (typeof payload?.exp !== 'number') return null;
  const lifetime = typeof payload.iat === 'number' ? (payload.exp - payload.iat) * 1000 : null;
  // Counted from when this browser received the token, so a computer clock that is minutes off neither
  // renews on every request nor lets the token lapse.
  const receivedAt = token === session.token ? Number(localStorage.getItem(RECEIVED_AT_KEY)) : 0;
  const expiresAt = lifetime && receivedAt ? receivedAt + lifetime : payload.exp * 1000;
  return { expiresAt, lifetime };
}

export function decodeJwtPayload(token) {
  const part = token?.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
