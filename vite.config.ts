import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer only. Relative asset paths, so the same build loads from app://minutebook/
// (Electron) and from the browser-mode server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or styles: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // A local app: one bundle loaded from disk, so the web's 500 kB advice does not apply.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
});
