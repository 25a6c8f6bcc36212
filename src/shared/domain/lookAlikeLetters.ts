/**
 * Cyrillic and Greek letters drawn like Latin ones (`р`, `а`, `о`, `ο`, `Ρ`…), each with the Latin letter a
 * reader takes it for: a key name spelled with them (`раssword` with a Cyrillic `р` and `а`) reads as the
 * secret key it imitates. Only letters that look the same in common fonts; each is one UTF-16 unit, as its
 * Latin letter is, so a folded text keeps every character at its place.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  у: 'y',
  х: 'x',
  ԁ: 'd',
  ԝ: 'w',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Greek
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');
const HAS_LOOK_ALIKE = new RegExp(LOOK_ALIKE.source);

/** `text` with every look-alike letter read as its Latin letter; `text` itself when it holds none. */
export function foldLookAlikes(text: string): string {
  if (!HAS_LOOK_ALIKE.test(text)) return text;
  return text.replace(LOOK_ALIKE, (letter) => LOOK_ALIKES[letter] ?? letter);
}
