// Numbers as lists write them: lower-case roman numerals (iv) and letters (a … z, aa … zz), as Word
// numbers a list's levels and as decisions letter their clauses. One place for the minutes' Word
// numbering, the preview's markers and the numbers read back from an imported Word document.

const romanNumerals: readonly (readonly [number, string])[] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 4 → "iv", 1999 → "mcmxcix". */
export function lowerRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, numeral] of romanNumerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** As Word letters a list: 1 → "a", 26 → "z", 27 → "aa", 28 → "bb". */
export function lowerLetters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
