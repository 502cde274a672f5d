// Loads pdfjs-dist (legacy build for Node) once, lazily, with its worker code on the main thread.
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/** pdfjs needs DOMMatrix and friends on Node 20; @napi-rs/canvas provides them. */
async function installCanvasGlobals(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  if (g.DOMMatrix && g.ImageData && g.Path2D) return;
  const canvas = (await import('@napi-rs/canvas')) as unknown as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D'])
    if (!g[name] && canvas[name]) g[name] = canvas[name];
}

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    await installCanvasGlobals();
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const g = globalThis as Record<string, unknown>;
    // With the worker module on globalThis, pdfjs runs its parser in this thread without fetching a worker file.
    const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    g.pdfjsWorker ??= (await import(workerModule)) as unknown;
    return pdfjs;
  })();
  return loading;
}
