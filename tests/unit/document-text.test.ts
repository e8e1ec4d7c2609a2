// clean (shared/document/text.ts): what Word may hold. Text with nothing to clean is given back as it
// is without the three replacements; everything else is cleaned exactly as before.
import { describe, expect, it } from 'vitest';
import { clean } from '../../shared/document/text';

/** clean as it was before its quick test: the three replacements over every text. */
const replaced = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\r\n|\r/g, '\n');

describe('cleaning text for Word', () => {
  it('gives back the same as the three replacements, for every character that matters', () => {
    const samples = [
      'The Committee RESOLVED that the report be noted.',
      'Tabs\tand\nnew lines stay; café, “quotes” – and £5 stay.',
      'Emoji 😀 as a pair stays',
      '',
    ];
    for (let code = 0; code < 0x30; code += 1) samples.push(`a${String.fromCharCode(code)}b`);
    for (const code of [0x7f, 0xfffe, 0xffff, 0xfffd, 0xd800, 0xdbff, 0xdc00, 0xdfff])
      samples.push(`x${String.fromCharCode(code)}y`, String.fromCharCode(code));
    samples.push('line\r\nbreak\rand\n', '\uD83D\uDE00\uD83D', '\uDE00\uD83D\uDE00');
    for (const sample of samples) expect(clean(sample)).toBe(replaced(sample));
  });

  it('removes control characters and lone surrogates, and makes CR and CRLF a new line', () => {
    expect(clean('Bell\u0007 and\u0000 NUL')).toBe('Bell and NUL');
    expect(clean('a\r\nb\rc')).toBe('a\nb\nc');
    expect(clean('lone \uD800 half')).toBe('lone  half');
  });
});
