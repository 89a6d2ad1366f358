/**
 * A byte-comparable key that orders names as Intl.Collator('vi', { numeric: true }) does, so that SQL can sort
 * and page with `ORDER BY key COLLATE "C"` on both engines. Why not `COLLATE "vi-VN-x-icu"`: PostgreSQL has it,
 * but PGlite ships without Vietnamese ICU data (a "vi" collation falls back to the root order, putting "ân"
 * before "az"). Why not sort in JavaScript: a national list has ~120,000 institutions, and fetching them all to
 * sort one page of 50 does not fit the list's budget.
 *
 * The key has three levels, as the Unicode collation algorithm does, separated by a space (lower than anything
 * inside a level):
 * 1. primary: the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …), digit runs compared as numbers,
 *    spaces and punctuation before digits, digits before letters;
 * 2. secondary: the tone of each element, in dictionary order: none, huyền, hỏi, ngã, sắc, nặng;
 * 3. tertiary: lower case before upper case.
 * sort-key.test.ts checks it against Intl.Collator on random Vietnamese strings.
 */

const ALPHABET = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const LETTER_KEY = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]));

/** The marks that make a letter of its own in Vietnamese (ă â ê ô ơ ư), not a tone. */
const LETTER_MARKS: Record<string, Record<string, string>> = {
  a: { '\u0306': 'ă', '\u0302': 'â' },
  e: { '\u0302': 'ê' },
  o: { '\u0302': 'ô', '\u031b': 'ơ' },
  u: { '\u031b': 'ư' },
};

/** Thanh điệu in dictionary order: huyền, hỏi, ngã, sắc, nặng; any other mark after them. */
const TONE_KEY: Record<string, string> = {
  '\u0300': '1',
  '\u0309': '2',
  '\u0303': '3',
  '\u0301': '4',
  '\u0323': '5',
};
const OTHER_MARK_KEY = '6';

/**
 * Spaces and punctuation are not ignored in Vietnamese collation ("a b" < "a-b" < "ab"); their relative order is
 * taken from the collator itself so the two agree.
 */
const PUNCTUATION = [...' _-–—,;:!?.…·\'‘’"“”«»()[]{}@*/\\&#%`^+<=>|~$'].sort(
  new Intl.Collator('vi').compare,
);
const PUNCTUATION_KEY = new Map(PUNCTUATION.map((c, i) => [c, `!${String.fromCharCode(0x21 + i)}`]));
const SPACE_KEY = PUNCTUATION_KEY.get(' ')!;

const IS_MARK = /\p{M}/u;
const IS_DIGIT = /[0-9]/;
const IS_SPACE = /\s/u;
const IS_LETTER = /\p{L}/u;
/** Longer digit runs are cut: the length must fit in one character of the key. */
const MAX_DIGITS = 80;

const hex6 = (c: string) => c.codePointAt(0)!.toString(16).padStart(6, '0');

/** The collation key of `value`; compare keys as plain bytes (COLLATE "C"). */
export function viSortKey(value: string): string {
  const chars = [...value.normalize('NFD')];
  const primary: string[] = [];
  const secondary: string[] = [];
  const tertiary: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i++]!;
    const marks: string[] = [];
    while (i < chars.length && IS_MARK.test(chars[i]!)) marks.push(chars[i++]!);

    if (IS_DIGIT.test(ch)) {
      let digits = ch;
      while (i < chars.length && IS_DIGIT.test(chars[i]!)) digits += chars[i++];
      // Numeric order: the length of the number without leading zeros first, then its digits.
      const number = digits.replace(/^0+(?=\d)/, '').slice(0, MAX_DIGITS);
      primary.push(`$${String.fromCharCode(0x21 + number.length)}${number}`);
      secondary.push('0');
      tertiary.push('0');
      continue;
    }

    const lower = ch.toLowerCase();
    const isUpper = lower !== ch;
    let letter = lower;
    let tone = '0';
    for (const mark of marks) {
      const combined = LETTER_MARKS[letter]?.[mark];
      if (combined) letter = combined;
      else if (tone === '0') tone = TONE_KEY[mark] ?? OTHER_MARK_KEY;
    }
    const letterKey = LETTER_KEY.get(letter);
    if (letterKey) primary.push(letterKey);
    else if (IS_SPACE.test(ch)) primary.push(SPACE_KEY);
    else if (PUNCTUATION_KEY.has(ch)) primary.push(PUNCTUATION_KEY.get(ch)!);
    // Letters of other scripts after z, other symbols between punctuation and digits; by code point.
    else if (IS_LETTER.test(ch)) primary.push(`{${hex6(lower)}`);
    else primary.push(`#${hex6(ch)}`);
    secondary.push(tone);
    tertiary.push(isUpper ? '1' : '0');
  }
  return `${primary.join('')} ${secondary.join('')} ${tertiary.join('')}`;
}
