import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The first screen's script (React DOM is most of it, and most of that runs for the first render)
 * starts with V8's explicit compile hint, so Chromium compiles its functions while it is fetched, on
 * a background thread, not one by one on the page's thread as each is first called. Added last,
 * so that nothing (Vite's own preload list) comes before it: the hint counts only as the file's first line.
 */
function compileAtLoad(): Plugin {
  const hint = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'minutebook:compile-at-load',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          chunk.code = hint + chunk.code;
          // The source map (already an asset of its own by now) moves down by the line added.
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
          }
        }
      },
    },
  };
}

// The renderer only. Relative asset paths, so the same build loads from app://minutebook/
// (Electron) and from the browser-mode server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), compileAtLoad()],
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
