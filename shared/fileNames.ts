// A file's name as the screens and the command line print it (QA): a newline in a name would split
// its row in two, and a right-to-left override (U+202E) or another bidi or invisible control would
// make it read as another name ("minutes‮fdp.txt"). Each such character is shown visibly escaped:
// "\n", "\r", "\t", or its code point ("U+202E"). The real name is kept for reading the file.

/** Control characters, bidi marks, embeddings, overrides and isolates, and other invisible formats. */
const hidden = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** "minutes\nfinal.txt" with the newline shown as \n; "a‮txt.pdf" as "aU+202Etxt.pdf". */
export function displayFileName(name: string): string {
  // The joiner inside an emoji sequence is left alone: it hides nothing.
  return name.replace(hidden, (char) => (char === '\u200d' ? char : (named[char] ?? codePoint(char))));
}

/** True if the name has a character displayFileName would escape. */
export const hasHiddenCharacters = (name: string): boolean => displayFileName(name) !== name;
