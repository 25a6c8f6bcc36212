import { describe, expect, it } from 'vitest';
import { ExportPurpose, ExportTarget } from '../../../../../../src/shared/contract/exportChannels';
import {
  checkExportFields,
  exportFieldOf,
  type ExportFieldValues,
} from '../../../../../../src/renderer/src/features/export/exportFields';

const valid: ExportFieldValues = {
  purpose: 'Ticket INC-4711: wallet changes',
  directory: '/home/ana/evidence',
  fileName: 'evidence.csv',
};
const problems = (values: Partial<ExportFieldValues>, format: 'csv' | 'ndjson' | 'bundle' = 'csv') =>
  Object.fromEntries(
    Object.entries(checkExportFields({ ...valid, ...values }, format)).map(([field, problem]) => [
      field,
      problem.message,
    ]),
  );

describe('the export fields, checked before anything is sent', () => {
  it('passes what main would take', () => {
    expect(checkExportFields(valid, 'csv')).toEqual({});
    expect(checkExportFields({ ...valid, purpose: 'INC-1: wallet changes\n\tseen in the grid' }, 'csv')).toEqual({});
    expect(checkExportFields({ ...valid, directory: 'C:\\Users\\ana\\evidence' }, 'csv')).toEqual({});
    expect(checkExportFields({ ...valid, directory: '\\\\server\\share' }, 'csv')).toEqual({});
    expect(checkExportFields({ ...valid, fileName: 'évidence 2026.acbundle' }, 'bundle')).toEqual({});
  });

  it('counts a purpose by character, as main does: an emoji is one', () => {
    expect(checkExportFields({ ...valid, purpose: '🔍'.repeat(2_000) }, 'csv')).toEqual({});
    expect(problems({ purpose: '🔍'.repeat(2_001) })).toEqual({
      purpose: 'The purpose is too long: shorten it to at most 2,000 characters; this one has 2,001.',
    });
  });

  it.each([
    ['an empty purpose', { purpose: '' }, 'purpose', /^The purpose is empty; say why you export/],
    ['a blank purpose', { purpose: '   \n ' }, 'purpose', /^The purpose is empty; say why you export/],
    ['a purpose of two letters', { purpose: ' ok ' }, 'purpose', /at least 3 characters/],
    [
      'a purpose past its limit',
      { purpose: 'p'.repeat(2_001) },
      'purpose',
      /^The purpose is too long: shorten it to at most 2,000 characters; this one has 2,001\.$/,
    ],
    ['a purpose reordered by U+202E', { purpose: 'INC-1 \u202Ewallet' }, 'purpose', /^The purpose cannot hold U\+202E/],
    ['a purpose with a zero-width space', { purpose: 'INC\u200B-1 wallet' }, 'purpose', /cannot hold U\+200B/],
    ['no folder', { directory: ' ' }, 'directory', /^Choose the folder to export to, by its full path/],
    ['a relative folder', { directory: 'exports' }, 'directory', /^Choose a folder by its full path.*"exports"/],
    ['a folder from the home sign', { directory: '~/evidence' }, 'directory', /full path/],
    [
      'a folder past the limit main takes',
      { directory: `/${'d'.repeat(4_999)}` },
      'directory',
      /^The folder path is too long: shorten it to at most 4,096 characters; this one has 5,000\. Choose a folder with a shorter path\.$/,
    ],
    ['no file name', { fileName: '' }, 'fileName', /^Name the file, e\.g\. evidence\.csv\.$/],
    ['a path as name', { fileName: '../../etc/passwd' }, 'fileName', /^The file name cannot hold "\/"/],
    ['a Windows path as name', { fileName: 'a\\b.csv' }, 'fileName', /cannot hold "\\"/],
    ['a hidden name', { fileName: '.a.csv' }, 'fileName', /^A name starting with "\." makes a hidden file/],
    ['a name Windows refuses', { fileName: 'case 10:30.csv' }, 'fileName', /^The file name cannot hold ":": Windows/],
    ['a Windows device name', { fileName: 'con.csv' }, 'fileName', /^"con" names a device on Windows workstations/],
    [
      'a folder reordered by U+202E',
      { directory: '/home/ana/evi\u202Eecned' },
      'directory',
      /^A folder cannot hold U\+202E/,
    ],
    [
      'a name reordered by U+202E',
      { fileName: 'evidence\u202Etxt.csv' },
      'fileName',
      /^The file name cannot hold U\+202E/,
    ],
    [
      'a name too long',
      { fileName: `${'é'.repeat(120)}.csv` },
      'fileName',
      /^The file name is too long: shorten it to at most 200 bytes; this one has 244\. Letters beyond a-z take two or more\.$/,
    ],
    ['the wrong extension', { fileName: 'a.txt' }, 'fileName', /^Name the file so it ends with \.csv\.$/],
  ])('%s', (_label, values: Partial<ExportFieldValues>, field, message) => {
    const found = problems(values);
    expect(Object.keys(found)).toEqual([field]);
    expect(found[field]).toMatch(message);
  });

  it('names the extension of the format chosen', () => {
    expect(problems({ fileName: 'a.csv' }, 'bundle')).toEqual({ fileName: 'Name the file so it ends with .acbundle.' });
  });

  it('says a length or an invisible character as it is typed, the rest once the field is left', () => {
    const said = checkExportFields(
      { purpose: 'p'.repeat(2_001), directory: 'exports', fileName: 'a\u200B.csv' },
      'csv',
    );
    expect(said.purpose?.asTyped).toBe(true);
    expect(said.directory?.asTyped).toBe(false);
    expect(said.fileName?.asTyped).toBe(true);
    expect(checkExportFields({ ...valid, fileName: '.a.csv' }, 'csv').fileName?.asTyped).toBe(false);
  });

  it('quotes a folder as typed, a long one cut', () => {
    const said = problems({ directory: `evidence ${'x'.repeat(200)}` }).directory ?? '';
    expect(said).toMatch(/^Choose a folder by its full path.*"evidence x+…"$/);
    expect(said.length).toBeLessThan(200);
  });

  it('names the folder as its sentence quotes it, quotes of its own and all, so the dialog can isolate it', () => {
    const folders: [string, string][] = [
      ['my "evidence"', 'my "evidence"'],
      [`evidence ${'x'.repeat(200)}`, `evidence ${'x'.repeat(50)}…`],
    ];
    for (const [directory, quoted] of folders) {
      const problem = checkExportFields({ ...valid, directory }, 'csv').directory;
      expect(problem?.quoted).toBe(quoted);
      expect(problem?.message).toContain(`"${quoted}"`);
    }
  });

  it('quotes 5,000 composed emoji by whole characters, a hidden character at the cut named whole, with no full stop after its "…"', () => {
    const FAMILY = '👩‍👩‍👧';
    const directory = `${FAMILY.repeat(58)}\u202E\u200B${FAMILY.repeat(4_940)}`;
    const problem = checkExportFields({ ...valid, directory }, 'csv').directory;
    const quoted = `${FAMILY.repeat(58)}⟨U+202E⟩…`;
    expect(problem?.quoted).toBe(quoted);
    expect(problem?.message).toContain(`, not "${quoted}"`);
    expect(problem?.message).toMatch(/…"$/u);
  });

  it('names an invisible character in a folder before anything else about it, and never quotes it raw', () => {
    const said = problems({ directory: `evid\u202Eence${'x'.repeat(200)}` }).directory ?? '';
    expect(said).toMatch(
      /^A folder cannot hold U\+202E, [^.]*; choose a folder whose path reads as it is written\. Choose a folder by its full path, .*"evid⟨U\+202E⟩encex*…"$/u,
    );
    expect(said).not.toContain('\u202E');
  });
});

describe('a field with several problems', () => {
  const CARD = '4111 1111 1111 1111';

  it('names every problem of a purpose at once, each with what to do', () => {
    const said = checkExportFields({ ...valid, purpose: `\u202Eo` }, 'csv').purpose;
    expect(said?.message).toBe(
      'Say why you export in a few words (at least 3 characters). ' +
        'The purpose cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.',
    );
    // While it is typed, only what is said as typed: the length waits until the field is left.
    expect(said?.asTyped).toBe(true);
    expect(said?.whileTyping).toBe(
      'The purpose cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.',
    );
  });

  it('names a purpose past its limit, its invisible characters and its card number together, never the number', () => {
    const purpose = `${'p'.repeat(2_000)} \u202E ${CARD}`;
    const said = checkExportFields({ ...valid, purpose }, 'csv').purpose;
    const sentences = said?.message.split(/(?<=\.) (?=[A-Z])/u) ?? [];
    expect(sentences[0]).toMatch(
      /^The purpose is too long: shorten it to at most 2,000 characters; this one has 2,022\.$/,
    );
    expect(said?.message).toMatch(/The purpose cannot hold U\+202E, .*; type it again without it\./u);
    expect(said?.message).toMatch(/looks like a card number ending 1111.*Write it without the number/u);
    expect(said?.message).not.toContain(CARD);
    expect(said?.whileTyping).toBeUndefined();
  });

  it('names every problem of a file name at once', () => {
    expect(problems({ fileName: '../evidence\u200B.txt' }).fileName).toBe(
      'The file name cannot hold U+200B, an invisible character that changes how the text reads; type it again without it. ' +
        'The file name cannot hold "/": it names the file alone, and Folder says where it goes. ' +
        'A name starting with "." makes a hidden file; start it with a letter or a digit. ' +
        'Name the file so it ends with .csv.',
    );
  });

  it('names every problem of a folder at once, and never quotes one holding a card number', () => {
    const said = problems({ directory: `evidence ${CARD}` }).directory ?? '';
    expect(said).toMatch(/^The folder path .*card number ending 1111/u);
    expect(said).toMatch(/Choose a folder by its full path, from \/ \(or a drive such as C:\\\)\.$/u);
    expect(said).not.toContain(CARD);
  });
});

describe('a purpose holding a payment number, checked before anything is sent', () => {
  const refusedByMain = (purpose: string) =>
    ExportPurpose.safeParse(purpose).error?.issues.map((issue) => issue.message) ?? [];

  it.each([
    ['a card number', 'INC-1 card 4111 1111 1111 1111 drained'],
    ['an IBAN', 'INC-1 refund to DE89 3704 0044 0532 0130 00'],
    ['a card number and an invisible character', 'INC-1 \u202E4111111111111111'],
  ])('%s is said as it is typed, in the words main refuses it with, never quoted', (_label, purpose) => {
    const said = checkExportFields({ ...valid, purpose }, 'csv').purpose;
    expect(refusedByMain(purpose)).not.toEqual([]);
    expect(said).toEqual({ message: refusedByMain(purpose).join(' '), asTyped: true });
    expect(said?.message).not.toMatch(/4111 ?1111|3704 ?0044/);
  });

  it('takes a number that is not a card number', () => {
    expect(checkExportFields({ ...valid, purpose: 'INC-1 order 4111 1111 1111 1112' }, 'csv')).toEqual({});
  });
});

describe('the field a refusal from main names', () => {
  it.each([
    ['fileName', 'fileName'],
    ['target.fileName', 'fileName'],
    ['directory', 'directory'],
    ['target.directory', 'directory'],
    ['purpose', 'purpose'],
    ['queries.0.filters', null],
    ['jobId', null],
    [undefined, null],
  ])('%s is %s', (field, expected) => {
    expect(exportFieldOf({ ...(field === undefined ? {} : { field }) })).toBe(expected);
  });
});

describe('a folder past its limit', () => {
  it('is said as it is typed, in the sentence main refuses it with', () => {
    const directory = `/${'d'.repeat(4_999)}`;
    const said = checkExportFields({ ...valid, directory }, 'csv').directory;
    expect(said?.asTyped).toBe(true);
    const refused = ExportTarget.safeParse({ directory, fileName: 'evidence.csv' });
    expect(refused.success ? [] : refused.error.issues.map((issue) => issue.message)).toEqual([said?.message]);
    expect(checkExportFields({ ...valid, directory: `/${'d'.repeat(4_095)}` }, 'csv')).toEqual({});
  });
});

describe('a folder or file name holding a card number or a secret', () => {
  it('is said as it is typed, names the card by its last four digits, and never quotes the path back', () => {
    const card = '4111 1111 1111 1111';
    const found = checkExportFields({ ...valid, directory: card, fileName: `${card}.csv` }, 'csv');
    expect(found.directory?.asTyped).toBe(true);
    expect(found.directory?.message).toMatch(/^The folder path holds what looks like a card number ending 1111;/);
    expect(found.fileName?.message).toMatch(/^The file name holds what looks like a card number ending 1111;/);
    expect(JSON.stringify(found)).not.toMatch(/4111 1111 1111 1111/);
    const token = checkExportFields({ ...valid, fileName: 'password=hunter2-evidence.csv' }, 'csv').fileName;
    expect(token?.message).toMatch(/^The file name holds what looks like a password; secrets are never sent or kept\./);
  });
});
