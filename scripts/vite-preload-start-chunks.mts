// Vite plugin: the chunks the entry loads straight away are fetched together with the page, not after the entry ran.
import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` to index.html for the chunks named in `names` and the chunks
 * they import (the entry's own files excepted). Without it the browser learns of them only once the
 * entry module has run, and the app's code arrives one round trip later.
 */
export function preloadStartChunks(names: readonly string[]): Plugin {
  return {
    name: 'preload-start-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const files = new Set<string>();
        for (const name of names) {
          const chunk = chunks.find((c) => c.name === name && !c.isEntry);
          if (!chunk) throw new Error(`preload-start-chunks: the build has no chunk named ${name}`);
          for (const file of [chunk.fileName, ...chunk.imports]) if (!entries.has(file)) files.add(file);
        }
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
