// File names are printed safely (QA): a newline in a name split its row of the folder table in two,
// and a right-to-left override (U+202E) made a file read as another name. Control characters and
// bidi and invisible format characters are shown escaped; the real name still reads the file.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayFileName, hasHiddenCharacters } from '../../shared/fileNames';
import { PROCESS_TIMEOUT_MS, tempDir } from './helpers';

describe('displayFileName', () => {
  it('escapes newlines, tabs and other controls visibly', () => {
    expect(displayFileName('minutes\nfinal.txt')).toBe('minutes\\nfinal.txt');
    expect(displayFileName('a\r\tb\u0000c\u007f.txt')).toBe('a\\r\\tbU+0000cU+007F.txt');
    expect(displayFileName('a\u2028b\u2029.txt')).toBe('aU+2028bU+2029.txt');
  });

  it('escapes bidi overrides, embeddings, isolates and marks, and invisible formats', () => {
    // "report‮fdp.txt" reads on screen as "reporttxt.pdf".
    expect(displayFileName('report\u202efdp.txt')).toBe('reportU+202Efdp.txt');
    for (const char of ['\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(displayFileName(`a${char}b`)).toBe(`aU+${char.codePointAt(0)!.toString(16).toUpperCase()}b`);
    }
    expect(displayFileName('a\u200eb\u200fc\u061cd')).toBe('aU+200EbU+200FcU+061Cd');
    expect(displayFileName('a\u200bb\ufeff.txt')).toBe('aU+200BbU+FEFF.txt');
    expect(displayFileName('tag\u{e0041}.txt')).toBe('tagU+E0041.txt');
  });

  it('leaves ordinary names alone, accents, Welsh, Arabic, emoji and spaces included', () => {
    for (const name of [
      'Cabinet 14 Oct 2025.txt',
      'Pwyllgor Cynllunio – cofnodion ŵ ŷ.docx',
      'café (copy).pdf',
      'محضر الاجتماع.txt',
      'team 👩‍💻 notes.txt',
    ]) {
      expect(displayFileName(name)).toBe(name);
      expect(hasHiddenCharacters(name)).toBe(false);
    }
    expect(hasHiddenCharacters('a\nb')).toBe(true);
  });
});

const train = path.resolve(__dirname, '../fixtures/import/corpus/train');
const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');

describe.skipIf(process.platform === 'win32')('minutebook import DIR with hostile file names', () => {
  it('prints each file on one line, escaped, and the command it gives still names the real file', () => {
    const folder = tempDir();
    const data = path.join(tempDir(), 'none');
    const newline = 'item\npage.txt';
    const override = 'cabinet\u202efdp.txt';
    copyFileSync(path.join(train, 'eng-mgai-exclusion-motion.txt'), path.join(folder, newline));
    copyFileSync(path.join(train, 'eng-pdf-cabinet-code-prefix.txt'), path.join(folder, override));
    const dry = spawnSync(process.execPath, [cli, 'import', folder, '--data', data, '--dry-run'], {
      encoding: 'utf8',
      timeout: 4 * PROCESS_TIMEOUT_MS,
    });
    expect(dry.status, dry.stderr).toBe(1);
    expect(hasHiddenCharacters((dry.stdout + dry.stderr).replaceAll('\n', ''))).toBe(false);
    const lines = dry.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^would import +cabinetU\+202Efdp\.txt — Cabinet, 2025-10-14, 8 items/);
    expect(lines[2]).toMatch(/^needs attention item\\npage\.txt — committee not found/);
    expect(dry.stderr).toContain('item\\npage.txt');
    // The command given reads the real file when pasted into bash.
    const quoted =
      /To import it: minutebook import (.+) --committee NAME --date YYYY-MM-DD --data '[^']+'$/m.exec(
        lines[2]!,
      )?.[1];
    expect(quoted, lines[2]).toMatch(/^\$'/);
    const pasted = spawnSync('bash', ['-c', `printf '%s' ${quoted}`], { encoding: 'utf8' });
    expect(pasted.stdout).toBe(path.join(folder, newline));
  }, 300_000);
});
