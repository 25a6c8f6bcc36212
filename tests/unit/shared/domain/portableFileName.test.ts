import { describe, expect, it } from 'vitest';
import { portableFileNameProblem } from '../../../../src/shared/domain/portableFileName';

describe('portableFileNameProblem', () => {
  it.each(['evidence.csv', 'case-2026-12_07 export.ndjson', 'Überweisungen 😀.bundle', 'console.csv', 'nullify.csv'])(
    'lets %s through',
    (name) => {
      expect(portableFileNameProblem(name)).toBeNull();
    },
  );

  it.each([
    ['a<b.csv', '<'],
    ['a>b.csv', '>'],
    ['10:30.csv', ':'],
    ['"quoted".csv', '"'],
    ['a|b.csv', '|'],
    ['why?.csv', '?'],
    ['all*.csv', '*'],
  ])('names the character Windows refuses in %s', (name, character) => {
    expect(portableFileNameProblem(name)).toBe(
      `The file name cannot hold "${character}": Windows workstations refuse it, and evidence is carried between them. Use letters, digits, "-" or "_" instead.`,
    );
  });

  it.each([
    ['con.csv', 'con'],
    ['NUL.bundle', 'NUL'],
    ['Com1.ndjson', 'Com1'],
    ['lpt9.csv', 'lpt9'],
    ['aux', 'aux'],
  ])('names the device %s is on Windows', (name, device) => {
    expect(portableFileNameProblem(name)).toBe(
      `"${device}" names a device on Windows workstations, which will not open the file; start the name with another word.`,
    );
  });
});
