// `npm test`: builds, type-checks, lints, runs every suite, names each skipped test's reason, and ends with one line
// "N passed, N failed, N skipped" over all suites. Exits non-zero if anything failed or a suite broke.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;

console.log('== build');
if (run(process.execPath, ['build/build.mjs', '--quiet']) !== 0) {
  console.log('build: the build failed, so no tests ran');
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const suites = [];

// Type-checking and lint count as one check each, so the summary line is printed even when they fail.
const checks = [
  { name: 'typecheck (tsc)', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint (eslint)', command: bin('eslint'), args: ['.'] },
  // No import cycles, and layers that point one way (.dependency-cruiser.cjs).
  {
    name: 'imports (dependency-cruiser)',
    command: bin('depcruise'),
    args: ['electron', 'renderer', 'shared', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
  },
];
for (const { name, command, args } of checks) {
  console.log(`\n== ${name}`);
  const ok = run(command, args) === 0;
  suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, skipReasons: [], broken: false });
}

console.log('\n== unit (vitest)');
const vitestJson = path.join(results, 'vitest.json');
const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
suites.push(readVitest('unit', vitestJson, vitestStatus));

console.log('\n== crash (browser mode killed with SIGKILL 50 times)');
{
  const crash = spawnSync(process.execPath, ['tests/crash/crash.mjs', '--kills', '50'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  process.stdout.write(crash.stdout ?? '');
  const ok = crash.status === 0;
  suites.push({
    name: 'crash',
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    skipReasons: [],
    broken: false,
  });
}

console.log('\n== end-to-end (playwright: browser mode and electron)');
const playwrightJson = path.join(results, 'playwright.json');
const playwrightStatus = run(bin('playwright'), ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});
suites.push(readPlaywright('e2e', playwrightJson, playwrightStatus));

console.log('\n== summary');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const suite of suites) {
  console.log(`${suite.name}: ${suite.passed} passed, ${suite.failed} failed, ${suite.skipped} skipped`);
  for (const reason of suite.skipReasons) console.log(`  skipped: ${reason}`);
  for (const failure of suite.failures ?? []) console.log(`  failed: ${failure}`);
  total.passed += suite.passed;
  total.failed += suite.failed;
  total.skipped += suite.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || suites.some((suite) => suite.broken) ? 1 : 0);

function readVitest(name, file, status) {
  if (!existsSync(file)) return broken(name, status);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  const skipReasons = report.testResults
    .flatMap((file) => file.assertionResults)
    .filter((test) => test.status === 'pending' || test.status === 'skipped')
    .map((test) => test.fullName);
  // Named in the summary, so a failure seen only in CI's last lines says which test it was.
  const failures = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${path.relative(root, file.name)}: ${test.fullName}`),
  );
  return { name, passed: report.numPassedTests, failed, skipped, skipReasons, failures, broken: false };
}

function readPlaywright(name, file, status) {
  if (!existsSync(file)) return broken(name, status);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const skipReasons = [];
  const failures = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status === 'unexpected')
          failures.push(`${spec.file}:${spec.line}: ${spec.title} (${test.projectName})`);
        if (test.status !== 'skipped') continue;
        const why = test.annotations.find((note) => note.type === 'skip')?.description ?? 'no reason given';
        skipReasons.push(`${spec.title} (${test.projectName}): ${why}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites) visit(suite);
  const { expected, unexpected, flaky, skipped } = report.stats;
  const errors = (report.errors ?? []).length;
  return {
    name,
    passed: expected + flaky,
    failed: unexpected + errors,
    skipped,
    skipReasons,
    failures,
    broken: status !== 0 && unexpected + errors === 0,
  };
}

function broken(name, status) {
  console.log(`${name}: the runner exited with ${status} and wrote no report`);
  return { name, passed: 0, failed: 1, skipped: 0, skipReasons: [], broken: true };
}
