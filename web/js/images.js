import { getBlob } from './api.js';

// /uploads/... needs the Authorization header, which <img src> cannot send: fetch it and show a blob: URL.
const objectUrls = new Map();

export function authImageUrl(path) {
  if (/^(blob|data):/.test(path)) return Promise.resolve(path);
  if (!objectUrls.has(path)) {
    const loading = getBlob(path).then((blob) => URL.createObjectURL(blob));
    loading.catch(() => objectUrls.delete(path));
    objectUrls.set(path, loading);
  }
  return objectUrls.get(path);
}

/** Loads an authenticated image into an <img>; hides it when the image cannot be had. */
export async function showAuthImage(img, path) {
  if (!path) {
    img.hidden = true;
    return;
  }
  try {
    img.src = await authImageUrl(path);
    img.hidden = false;
  } catch {
    img.hidden = true;
  }
}
