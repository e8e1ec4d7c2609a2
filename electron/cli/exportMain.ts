// `minutebook export` on its own: the built command (dist/electron/cli.cjs) starts this bundle for
// that command, so that exporting a document loads what an export needs and none of the other
// commands, the router or the import readers (build/build.mjs bundles it as cli-export).
import pkg from '../../package.json' with { type: 'json' };
import { exportCommand } from './export';
import { runCli } from './run';

runCli(
  { export: () => Promise.resolve(exportCommand) },
  () => Promise.resolve(exportCommand.usage),
  pkg.version,
);
