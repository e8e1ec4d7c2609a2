// The import graph's rules (dependency-cruiser), checked by `npm test`: no cycles anywhere, and layers
// that point one way (../shared/DESIGN.md). The same layer rules are also ESLint rules per folder, so
// an editor shows them as they are typed; this check sees the whole graph, which ESLint cannot.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle ties modules into a knot no one can change alone. Break it by moving the shared part down a layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'store-knows-nothing-above-it',
      severity: 'error',
      comment: 'electron/store is the bottom layer: it imports only shared/ and itself.',
      from: { path: '^electron/store/' },
      to: { path: '^electron/(?!store/)' },
    },
    {
      name: 'export-and-import-are-pure',
      severity: 'error',
      comment: 'electron/export and electron/import take and return domain values: no store, no API, no shell.',
      from: { path: '^electron/(export|import)/' },
      to: { path: '^electron/(?!(export|import)/)' },
    },
    {
      name: 'api-below-the-shell',
      severity: 'error',
      comment: 'electron/api composes store, export and import; the shell (session, server, main, cli) sits on top of it.',
      from: { path: '^electron/api/' },
      to: { path: '^electron/(session|server|main|preload|cli|core|launcher)' },
    },
    {
      name: 'shared-is-shared',
      severity: 'error',
      comment: 'shared/ is used by both sides and imports neither.',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer)/' },
    },
    {
      name: 'renderer-through-the-api',
      severity: 'error',
      comment: 'The renderer reaches the main process only through the API client.',
      from: { path: '^renderer/' },
      to: { path: '^electron/' },
    },
    {
      name: 'main-process-not-renderer',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
