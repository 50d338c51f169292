// Camera decoding with @zxing/library's BrowserMultiFormatReader (window.ZXing, loaded as a classic script).
// A code seen again within this pause is the same one still in view, not a new scan.
const REPEAT_PAUSE_MS = 2500;

let reader = null;
let restoreWarn = null;

/** Why the camera cannot be used here, or null when it can. */
export function cameraUnavailableReason() {
  if (!window.ZXing) return 'The barcode reader did not load. Type the code instead.';
  if (!navigator.mediaDevices?.getUserMedia) return 'Camera scanning needs a secure (HTTPS) page and camera access. Type the code instead.';
  return null;
}

// Only the formats found on shop goods: fewer readers per frame means faster, cooler phones.
function createReader() {
  const { BarcodeFormat, BrowserMultiFormatReader, DecodeHintType } = window.ZXing;
  const formats = ['EAN_13', 'EAN_8', 'UPC_A', 'UPC_E', 'CODE_128', 'CODE_39', 'ITF', 'QR_CODE'].map((name) => BarcodeFormat[name]);
  return new BrowserMultiFormatReader(new Map([[DecodeHintType.POSSIBLE_FORMATS, formats]]));
}

export async function listCameras() {
  reader ??= createReader();
  return reader.listVideoInputDevices();
}

/** Starts decoding from the camera (deviceId or the default one) and calls onCode(text) for each new code. */
export async function startCamera(video, deviceId, onCode) {
  reader ??= createReader();
  muteFrameMisses();
  let last = { code: null, at: 0 };
  try {
    await reader.decodeFromVideoDevice(deviceId || null, video, (result) => {
      if (!result) return; // frames without a code report an error we do not need
      const code = result.getText();
      const now = Date.now();
      const stillInView = code === last.code && now - last.at < REPEAT_PAUSE_MS;
      last = { code, at: now };
      if (!stillInView) onCode(code);
    });
  } catch (error) {
    stopCamera();
    throw error;
  }
}

export function stopCamera() {
  reader?.reset();
  restoreWarn?.();
}

// @zxing/library 0.23.0 warns on every frame without a code, because its NotFoundException (and Checksum/Format)
// do not extend ReaderException (zxing-js/library#648), and once per start about replaying the video.
// While the camera runs, drop exactly those messages; everything else still reaches the console.
function muteFrameMisses() {
  if (restoreWarn) return;
  const { NotFoundException, ChecksumException, FormatException } = window.ZXing;
  const original = console.warn;
  console.warn = (...args) => {
    const frameMiss = args[0] === 'MultiFormatReader: non-ReaderException from reader:'
      && [NotFoundException, ChecksumException, FormatException].some((type) => args[1] instanceof type);
    if (frameMiss || args[0] === 'Trying to play video that is already playing.') return;
    original.apply(console, args);
  };
  restoreWarn = () => {
    console.warn = original;
    restoreWarn = null;
  };
}
