// Builds everything the app runs: the renderer (Vite) and the main-process bundles (esbuild).
// Runs on `npm install` (prepare), so `npm start` and the `minutebook` bin work straight away.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist');
const quiet = process.argv.includes('--quiet');

rmSync(out, { recursive: true, force: true });

await viteBuild({
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: quiet ? 'warn' : 'info',
});

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Native and Electron modules are loaded from node_modules at run time.
  external: ['electron', 'better-sqlite3'],
  logLevel: quiet ? 'warning' : 'info',
  // runWorker.ts falls back to import.meta.url only where __dirname is missing (tsx, not the bundle).
  logOverride: { 'empty-import-meta': 'silent' },
};

await esbuild({
  ...common,
  entryPoints: {
    main: path.join(root, 'electron/main.ts'),
    preload: path.join(root, 'electron/preload.ts'),
  },
  outdir: path.join(out, 'electron'),
  outExtension: { '.js': '.cjs' },
});

// Workers (electron/workers/runWorker.ts) load from beside the bundle that starts them.
await esbuild({
  ...common,
  entryPoints: Object.fromEntries(
    ['integrity', 'import', 'export'].map((name) => [
      `${name}.worker`,
      path.join(root, `electron/workers/${name}.worker.ts`),
    ]),
  ),
  outdir: path.join(out, 'electron'),
  outExtension: { '.js': '.cjs' },
});

await esbuild({
  ...common,
  entryPoints: { cli: path.join(root, 'electron/cli.ts') },
  outdir: path.join(out, 'electron'),
  outExtension: { '.js': '.cjs' },
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(path.join(out, 'electron/cli.cjs'), 0o755);
