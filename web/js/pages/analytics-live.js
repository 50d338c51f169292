import { ensureFreshToken } from '../api.js';
import { session } from '../session.js';

// Live updates over server-sent events. EventSource cannot send headers, so the token rides in the query.
const RETRY_DELAYS_MS = [2000, 5000, 15000, 30000, 60000];

/**
 * Calls onChange whenever the server says the figures moved; onState(text) describes the connection.
 * Answers a function that stops listening.
 */
export function listenForAnalyticsChanges({ onChange, onState }) {
  let source = null;
  let failures = 0;
  let retryTimer = null;
  let stopped = false;

  async function connect() {
    onState('Connecting to live updates…');
    try {
      await ensureFreshToken(); // a token that expires mid-handshake would be refused
    } catch {
      return; // the session ended; the page is on its way to sign-in
    }
    if (stopped) return;
    source = new EventSource(`/api/analytics/stream?access_token=${encodeURIComponent(session.token ?? '')}`);
    source.addEventListener('open', () => {
      failures = 0;
      onState('Live updates on: figures refresh as orders come in.');
    });
    // Analytics names its event `sales-updated`; plain `message`/`update` are accepted too.
    for (const type of ['sales-updated', 'message', 'update']) source.addEventListener(type, () => onChange());
    source.addEventListener('error', () => {
      // While CONNECTING the browser retries by itself; CLOSED means it gave up (e.g. 401), so we reconnect with a fresh token.
      if (source.readyState !== EventSource.CLOSED) {
        onState('Live updates interrupted; reconnecting…');
        return;
      }
      const delay = RETRY_DELAYS_MS[Math.min(failures++, RETRY_DELAYS_MS.length - 1)];
      onState(`Live updates paused; trying again in ${Math.round(delay / 1000)} seconds.`);
      retryTimer = setTimeout(connect, delay);
    });
  }

  connect();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    source?.close();
  };
}
