// Image URLs (item images, the store logo and background) load without a token: they are content-addressed,
// so a plain <img src> works and another store's images cannot be guessed (docs/decisions/0005-image-urls.md).

const SAME_ORIGIN_PATH = /^\/[A-Za-z0-9/_.-]+$/;

/** A server-given image path that is safe to put in an attribute or a CSS url(), or null. */
export function imagePath(path) {
  return typeof path === 'string' && SAME_ORIGIN_PATH.test(path) && !path.includes('..') ? path : null;
}

/** Shows an image in an <img>; hides it when there is none or it cannot be loaded. */
export function showImage(img, path) {
  const src = imagePath(path);
  if (!src) {
    img.hidden = true;
    img.removeAttribute('src');
    return;
  }
  img.onerror = () => { img.hidden = true; };
  img.onload = () => { img.hidden = false; };
  img.src = src;
  img.hidden = false;
}
