import type { QueryRandom } from '../main/sources/randomLogQueries';

/**
 * Text in many scripts and shapes, for tests that hold both engines to one definition of a word: Latin
 * with combining marks, CJK, Thai and its neighbours, emoji sequences, zero-width and format characters,
 * joiners, numbers in several scripts, technical strings.
 */
export const SCRIPT_POOLS: Readonly<Record<string, readonly string[]>> = {
  latin: ['café', 'Crème', 'naïve', 'ÆØÅ', 'straße', 'İstanbul', 'ΣΟΦΙΑΣ', 'ǅemal', 'e\u0301tude', 'n\u0303o', 'ﬁne'],
  cyrillic: ['Привет', 'мир', 'ЁЛКА', 'дом\u0301'],
  greek: ['Καλημέρα', 'κόσμε', 'ΤΕΛΟΣ'],
  arabic: ['مرحبا', 'بالعالم', '\u0627\u064e\u0644', '٣٤٥', '۱۲'],
  hebrew: ['שלום', 'צה"ל', "ג'ירפה", 'עולם'],
  cjk: ['東京都', '中华人民', 'ひらがな', 'カタカナー', 'ﾊﾝｶｸ', '한국어', '々', '〆'],
  southEastAsian: ['ภาษาไทย', 'ສະບາຍດີ', 'ភាសាខ្មែរ', 'မြန်မာ', 'ᦀᦁ'],
  emoji: ['👍', '👍🏽', '👨‍👩‍👧', '🇩🇪', '1️⃣', '#⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤️', '☝🏻', '🧑🏿‍🚀', '©', '™', '\u2139\ufe0f'],
  invisible: ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u200e', '\u180e'],
  joiners: ['_', '.', ',', ':', "'", '’', '·', '-', '/', '@', '"', '#', '%', '+', '='],
  numbers: ['3.5', '1,000', '12:30', '4111', '١٢٣', '１２３', 'E11000', 'v2', '0x1F'],
  words: ['Sending', 'transaction', 'Huntli', 'e_timeout', 'api.huntli.com', "client's", 'don’t', 'a.b.c'],
  technical: ['https://api.huntli.com/v2/tx?id=42&x=y', 'ops@huntli.example', 'C:\\Temp\\a.log', '{"k":"v"}'],
};

export function randomScriptText(random: QueryRandom): string {
  const names = Object.keys(SCRIPT_POOLS);
  let text = '';
  const parts = 2 + random.below(12);
  for (let part = 0; part < parts; part++) {
    const pool = SCRIPT_POOLS[random.pick(names)] ?? [];
    text += random.pick(pool);
    text += random.pick([' ', ' ', '', '', '\n', '\t', ', ', '-', '.', '\u3000', '\u00a0']);
  }
  return text;
}
