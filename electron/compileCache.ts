// Starting a bundle with V8's compiled code kept from the last start. Each built entry point
// (cli.cjs, main.cjs, the workers) is a two-line stub that calls `load` for its bundle
// (`<name>.impl.cjs`, beside it; build/build.mjs writes both). Compiling the bundles (zod alone is
// most of a megabyte) is a large part of starting: with the cache, V8 skips it.
//
// Where Node has it (22.1 and later, so Electron's main process and workers) this is
// `module.enableCompileCache`. Plain Node 20, which the command line may run on, lacks it: there the
// bundle is compiled through `vm.Script` with the cached data V8 made last time, and the cache is
// written after the bundle's first run. Whatever goes wrong with the cache (a read-only folder, data
// from another V8) only means compiling as before: the bundle itself always runs, once.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

/** The per-user cache folder (MINUTEBOOK_COMPILE_CACHE overrides it; "off" turns the cache off). */
export function compileCacheDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string | null {
  if (env.MINUTEBOOK_COMPILE_CACHE === 'off') return null;
  if (env.MINUTEBOOK_COMPILE_CACHE) return env.MINUTEBOOK_COMPILE_CACHE;
  if (platform === 'win32')
    return path.win32.join(
      env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local'),
      'Minutebook',
      'compile-cache',
    );
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches', 'Minutebook', 'compile-cache');
  return path.posix.join(
    env.XDG_CACHE_HOME ?? path.posix.join(home, '.cache'),
    'minutebook',
    'compile-cache',
  );
}

type NodeModule = Module & { paths: string[]; filename: string; loaded: boolean };
type ModuleStatics = typeof Module & {
  enableCompileCache?: (dir?: string) => unknown;
  _nodeModulePaths(from: string): string[];
};

/** Runs `<dir>/<name>.impl.cjs` as the module `stub` would have been. */
export function load(stub: NodeJS.Module, dir: string, name: string): void {
  const file = path.join(dir, `${name}.impl.cjs`);
  const cacheDir = compileCacheDir();
  const statics = Module as ModuleStatics;
  if (!cacheDir || typeof statics.enableCompileCache === 'function') {
    if (cacheDir) {
      try {
        statics.enableCompileCache?.(cacheDir);
      } catch {
        // No cache: compiled as before.
      }
    }
    stub.exports = createRequire(file)(file) as unknown;
    return;
  }

  // A worker (an import or an export, run to its memory limit by hostile input) starts without the
  // vm.Script cache: keeping the bundle's source, its cached data and its compiled code together
  // took the server past 1 GB at the peak of the hostile suite (1,062 MB). Workers start in tens of
  // milliseconds; the main thread's start is what the officer waits for.
  if (!isMainThread) {
    stub.exports = createRequire(file)(file) as unknown;
    return;
  }
  let prepared: { script: vm.Script; save: ((script: vm.Script) => void) | null } | null;
  try {
    prepared = compiled(file, name, cacheDir);
  } catch {
    prepared = null;
  }
  if (!prepared) {
    stub.exports = createRequire(file)(file) as unknown;
    return;
  }
  const { script, save } = prepared;
  const module = new Module(file, stub) as NodeModule;
  module.filename = file;
  module.paths = statics._nodeModulePaths(dir);
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dir);
  module.loaded = true;
  stub.exports = module.exports as unknown;
  // After the first run, so that what the bundle compiled while starting (up to its first wait) is
  // in the cache too (for `minutebook export` that is the whole document, built before its first
  // wait); and again as the process exits, with what it compiled since: the code that answers the
  // first requests (browser mode's first page asks for its first screen within a few hundred
  // milliseconds of the address being printed) is then in the cache as well. A process killed
  // before it exits keeps the first. Both happen only on a run that found no cache.
  if (save) {
    save(script);
    process.once('exit', () => save(script));
  }
}

/** The bundle compiled with last time's cache if there is one, and how to save a new one. */
function compiled(
  file: string,
  name: string,
  cacheDir: string,
): { script: vm.Script; save: ((script: vm.Script) => void) | null } {
  const { size, mtimeMs } = statSync(file);
  const key = `${name}-${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.bin`;
  const cacheFile = path.join(cacheDir, key);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (cachedData && !script.cachedDataRejected) return { script, save: null };
  return {
    script,
    save: (ran) => {
      try {
        mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
        const part = `${cacheFile}.${process.pid}.part`;
        writeFileSync(part, ran.createCachedData(), { mode: 0o600 });
        renameSync(part, cacheFile);
        // The caches of earlier builds of this bundle are of no more use.
        for (const old of readdirSync(cacheDir)) {
          // (`cli-v…` is the command line's, `cli-export-v…` its export's.)
          if (old.startsWith(`${name}-v`) && old !== key) rmSync(path.join(cacheDir, old), { force: true });
        }
      } catch {
        // Not cached: the next start compiles as this one did.
      }
    },
  };
}
