/**
 * What the search box's help says: how words match, and which text is never searched. The rules it
 * describes live in main (searchTerms) and are the same on both engines; keep the two in step.
 */
export const SEARCH_HELP: readonly string[] = [
  'Words match whole words, ignoring case. The last word, when it has at least 4 characters and no digit, also finds longer words starting with it (words of up to 24 characters without digits).',
  'Quotes find words next to each other in that order: "payment failed" (typographic quotes pasted from a document, “ ” „ « », count as quotes too). A quote left open runs to the end of the text and matches whole words only: "payment fail finds "payment fail", not "payment failed". A minus before a word or a quoted phrase leaves out the rows that have it: -timeout.',
  'A short word (up to 3 characters with a letter from a to z, or up to 4 characters with a digit such as 404 or a group of a card number) is searched only in quotes beside a word of at least 4 letters without digits: "status 404", "amount USD". Chinese and Japanese text is searched one character at a time, each on its own.',
  'Text that looks like a secret (a card number, IBAN, token, key, cookie or password) is refused: secrets are never searched. Search by other words of the entry, or by the last four digits a row shows, in quotes with the word before them.',
  'A client\'s profile edit is found by the words it shows: "Client edited profile" and the names of the fields it changed (email, or the start of one: emai). The message its producer logged, which could hold the values, is never searched.',
  'A password made of ordinary words (no digits) that a producer wrote into a message is hidden in the rows but can still be found by someone who guesses the whole word.',
];
