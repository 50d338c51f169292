import { request } from './api.js';
import { el } from './ui.js';

/** Saves a Blob under a file name through a temporary link. */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName, className: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads an authenticated file (invoice, report), named as the server suggests. */
export async function downloadFile(path, fallbackName) {
  const { data: response } = await request(path, { raw: true });
  saveBlob(await response.blob(), fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName);
}

function fileNameFrom(disposition) {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  if (!match) return null;
  // Keep only a plain file name, whatever the header says.
  return decodeURIComponent(match[1]).replace(/[/\\]/g, '_');
}
