// The import parser's output on every text it is measured on, for checking that a change meant only
// to make it faster changes nothing it finds (issue 21, item 5):
//
//   npx tsx tests/bench/parseIdentity.ts /tmp/before     (on the code before)
//   npx tsx tests/bench/parseIdentity.ts /tmp/after      (on the code after)
//   diff -r /tmp/before /tmp/after
//
// Every corpus text (train and held-out), every other .txt under tests/fixtures, and the bench's
// meeting text at 1, 13 and 300 items, each through importText and parseImportText as score.ts runs
// them, written as JSON (or the error thrown). Compare the held-out outputs for identity only: they
// are not to be read.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseImportText } from '../../electron/import/parse';
import { importText } from '../../electron/import/source';
import { meetingText } from './import';

const out = process.argv[2];
if (!out) throw new Error('usage: parseIdentity.ts OUTPUT_DIRECTORY');
mkdirSync(out, { recursive: true });
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const files: string[] = [];
for (const set of ['train', 'heldout']) {
  const dir = path.join(fixtures, 'import', 'corpus', set);
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort())
    files.push(path.join(dir, file));
}
const walk = (dir: string): void => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'corpus') walk(at);
    } else if (entry.name.endsWith('.txt')) files.push(at);
  }
};
walk(fixtures);
for (const file of files) {
  let result: string;
  try {
    result = JSON.stringify(parseImportText(await importText(readFileSync(file), file)), null, 1);
  } catch (error) {
    result = `THREW ${String(error)}`;
  }
  writeFileSync(path.join(out, `${path.relative(fixtures, file).replaceAll(path.sep, '__')}.json`), result);
}
for (const items of [1, 13, 300]) {
  writeFileSync(
    path.join(out, `bench-${items}.json`),
    JSON.stringify(parseImportText(meetingText(items)), null, 1),
  );
}
console.log(`${files.length + 3} outputs written to ${out}`);
