// Loads pdfjs-dist once per process and opens documents with options that keep
// every resource local: the bundled CMaps and standard fonts are passed as file
// paths, so no text extraction ever touches the network.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfjsModule> | null = null;

/**
 * Objects whose built-in methods the legacy build's core-js polyfills overwrite
 * on Node 20 (measured: JSON.parse, JSON.stringify, Array.prototype.push,
 * Function.prototype.toString), for spec corners pdfjs never uses (JSON.rawJSON,
 * push on a frozen length). The replacements are plain JavaScript and made every
 * later JSON.stringify, JSON.parse and push of the whole thread several times
 * slower (a batch worker spent 28 % of its time in GC and 20 % in those after its
 * first PDF), so the originals are put back once pdfjs has loaded. What the
 * polyfills add (Promise.withResolvers, Uint8Array.prototype.toHex …) stays.
 */
const GUARDED: object[] = [JSON, Object, Array, Array.prototype, String.prototype, Function.prototype, Promise, Math, Number, Map.prototype, Set.prototype];

function keepNativeMethods<T>(load: () => Promise<T>): Promise<T> {
  const saved = GUARDED.map((o) => new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!])));
  return load().then((value) => {
    GUARDED.forEach((o, i) => {
      for (const [k, d] of saved[i]!) {
        const now = Object.getOwnPropertyDescriptor(o, k);
        if (typeof d.value === 'function' && now && now.value !== d.value) Object.defineProperty(o, k, d);
      }
    });
    return value;
  });
}

/** The legacy build: the modern one needs DOMMatrix, which Node lacks. */
export function pdfjs(): Promise<PdfjsModule> {
  // The worker module too, now: pdfjs would import it on the first getDocument
  // (its "fake worker" in this thread), installing the polyfills again. Loaded
  // first, it sets globalThis.pdfjsWorker, which pdfjs then uses.
  loading ??= keepNativeMethods(async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return lib;
  });
  return loading;
}

let assetDirs: { cMapUrl: string; standardFontDataUrl: string } | null = null;

/** Directories of the package's bundled CMaps and standard fonts, with the trailing slash pdfjs expects. */
function assets(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assetDirs) {
    const require = createRequire(import.meta.url);
    const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
    assetDirs = {
      cMapUrl: path.join(root, 'cmaps') + path.sep,
      standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
    };
  }
  return assetDirs;
}

/** Kept for callers that want a URL form of the asset folders (diagnostics, tests). */
export function assetUrls(): { cMapUrl: string; standardFontDataUrl: string } {
  const a = assets();
  return { cMapUrl: pathToFileURL(a.cMapUrl).href, standardFontDataUrl: pathToFileURL(a.standardFontDataUrl).href };
}

export async function openDocument(bytes: Uint8Array) {
  const lib = await pdfjs();
  const { cMapUrl, standardFontDataUrl } = assets();
  // pdfjs transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    stopAtErrors: false,
  });
  return task;
}
