// Builds everything the app runs: the renderer (Vite) and the main-process bundles (esbuild).
// Runs on `npm install` (prepare), so `npm start` and the `minutebook` bin work straight away.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
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

const electronDir = path.join(out, 'electron');

// Each started bundle is `<name>.impl.cjs` behind a stub `<name>.cjs` that loads it with V8's compile
// cache (electron/compileCache.ts); the stub's name is the one everything else uses.
const stub = (name, banner = '', bundle = JSON.stringify(name), says = `${name}.impl.cjs`) => {
  writeFileSync(
    path.join(electronDir, `${name}.cjs`),
    `${banner}// Starts ${says} with V8's compile cache (electron/compileCache.ts).\n` +
      `require('./compileCache.cjs').load(module, __dirname, ${bundle});\n`,
  );
};

await esbuild({
  ...common,
  entryPoints: { compileCache: path.join(root, 'electron/compileCache.ts') },
  outdir: electronDir,
  outExtension: { '.js': '.cjs' },
});

await esbuild({
  ...common,
  entryPoints: { 'main.impl': path.join(root, 'electron/main.ts') },
  outdir: electronDir,
  outExtension: { '.js': '.cjs' },
});
stub('main');

// The preload runs in the sandboxed renderer, where there is no file system to cache to.
await esbuild({
  ...common,
  entryPoints: { preload: path.join(root, 'electron/preload.ts') },
  outdir: electronDir,
  outExtension: { '.js': '.cjs' },
});

// Workers (electron/workers/runWorker.ts) load from beside the bundle that starts them.
const workers = ['integrity', 'import', 'export'];
await esbuild({
  ...common,
  entryPoints: Object.fromEntries(
    workers.map((name) => [`${name}.worker.impl`, path.join(root, `electron/workers/${name}.worker.ts`)]),
  ),
  outdir: electronDir,
  outExtension: { '.js': '.cjs' },
});
for (const name of workers) stub(`${name}.worker`);

// `minutebook export` has a bundle of its own (electron/cli/exportMain.ts): exporting a document
// loads what an export needs, not every command, the router and the import readers.
await esbuild({
  ...common,
  entryPoints: {
    'cli.impl': path.join(root, 'electron/cli.ts'),
    'cli-export.impl': path.join(root, 'electron/cli/exportMain.ts'),
  },
  outdir: electronDir,
  outExtension: { '.js': '.cjs' },
});
stub(
  'cli',
  '#!/usr/bin/env node\n',
  `process.argv[2] === 'export' ? 'cli-export' : 'cli'`,
  'cli.impl.cjs (cli-export.impl.cjs for `minutebook export`)',
);
chmodSync(path.join(electronDir, 'cli.cjs'), 0o755);

// The empty database a new data folder's file is copied from (electron/store/newDataFile.ts): every
// migration applied once here rather than at each new folder's first start. Made by the migrations'
// own code, bundled for the moment and run with this Node (better-sqlite3 built for it).
const templateMaker = path.join(electronDir, 'make-template.cjs');
await esbuild({
  ...common,
  sourcemap: false,
  entryPoints: [path.join(root, 'electron/store/makeTemplate.ts')],
  outfile: templateMaker,
});
execFileSync(process.execPath, [templateMaker, path.join(electronDir, 'empty.sqlite3')], {
  stdio: 'inherit',
});
rmSync(templateMaker);
