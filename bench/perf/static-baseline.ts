// The baseline: the same text and highlights as a static HTML page with <mark> spans, served locally.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Annotation, DocumentFull } from '../../shared/domain/types';
import { splitSegments } from '../../shared/highlights/split-segments';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One element per block, highlighted runs as <mark> with a background, as the editor shows them. */
export function staticDocumentHtml(doc: DocumentFull, annotations: readonly Annotation[]): string {
  const segments = splitSegments(doc.blocks, annotations);
  const body = doc.blocks
    .map((block, index) => {
      const text = doc.text.slice(block.start, block.end);
      let html = '';
      let at = 0;
      for (const s of segments.get(index) ?? []) {
        html += escape(text.slice(at, s.from));
        const alpha = Math.min(0.22 + 0.14 * (s.ids.length - 1), 0.6).toFixed(2);
        html += `<mark data-annotation-ids="${s.ids.join(' ')}" style="background:rgba(46,125,50,${alpha})">${escape(text.slice(s.from, s.to))}</mark>`;
        at = s.to;
      }
      html += escape(text.slice(at));
      const tag = block.type === 'heading' ? 'h2' : 'p';
      return `<${tag} data-block-index="${index}">${html}</${tag}>`;
    })
    .join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escape(doc.respondent)}</title>
<style>
html,body{margin:0;height:100%}
.reader{height:100vh;overflow-y:auto;padding:24px 32px 80px;box-sizing:border-box}
article{max-width:820px;margin:0 auto;padding:32px 48px;font-family:Georgia,serif;font-size:16px;line-height:1.65}
p{margin:0 0 .9em} mark{color:inherit}
</style></head><body><main class="reader"><article class="document-editor">
<h1 class="doc-title">${escape(doc.respondent)}</h1>
${body}
</article></main>
<script>requestAnimationFrame(() => setTimeout(() => { window.__paintedAt = performance.now(); }, 0));</script>
</body></html>`;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves the pages by name, and POST /save (an empty round trip, the baseline's "save"). */
export function serveStatic(pages: ReadonlyMap<string, string>): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    if (req.method === 'POST') {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}'));
      return;
    }
    const page = pages.get((req.url ?? '/').slice(1));
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}
