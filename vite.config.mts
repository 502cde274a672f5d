// Builds the renderer (React + Slate) into dist/renderer.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { preloadStartChunks } from './scripts/vite-preload-start-chunks.mjs';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadStartChunks(['start-app', 'contract-chunk'])],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
