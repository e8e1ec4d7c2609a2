// Run by the build (build/build.mjs) and nothing else: writes the empty database new data files are
// copied from (store/newDataFile.ts), made by the same code that makes one without it.
import { openChecked } from './database';
import { writeTemplate } from './newDataFile';

const target = process.argv[2];
if (!target) throw new Error('Usage: makeTemplate.cjs FILE');
writeTemplate(target, (file) => openChecked(file, null).db);
