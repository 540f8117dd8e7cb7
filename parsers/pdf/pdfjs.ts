// Loads pdfjs-dist once per process and opens documents with options that keep
// every resource local: the bundled CMaps and standard fonts are passed as file
// paths, so no text extraction ever touches the network.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfjsModule> | null = null;

/** The legacy build: the modern one needs DOMMatrix, which Node lacks. */
export function pdfjs(): Promise<PdfjsModule> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
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
