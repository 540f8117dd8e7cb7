// pdfjs-dist ships no types for its worker module; govtables only imports it for its side effect
// (it sets globalThis.pdfjsWorker, which the in-thread "fake worker" uses).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
