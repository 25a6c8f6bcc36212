import { describe, expect, it } from 'vitest';
import {
  formatTimestamp,
  inputStep,
  inputToIso,
  isoToInput,
  offsetLabel,
} from '../../../../../src/renderer/src/format/formatTimestamp';

describe('formatTimestamp: the chosen zone, with the offset of that very instant', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29T00:30:00Z', '2026-03-29 01:30:00 UTC+01:00'],
    ['Europe/Berlin', '2026-03-29T01:30:00Z', '2026-03-29 03:30:00 UTC+02:00'],
    // The same wall time twice on the night clocks go back: only the offset tells them apart.
    ['Europe/Berlin', '2026-10-25T00:30:00Z', '2026-10-25 02:30:00 UTC+02:00'],
    ['Europe/Berlin', '2026-10-25T01:30:00Z', '2026-10-25 02:30:00 UTC+01:00'],
    ['America/New_York', '2026-11-01T05:30:00Z', '2026-11-01 01:30:00 UTC-04:00'],
    ['America/New_York', '2026-11-01T06:30:00Z', '2026-11-01 01:30:00 UTC-05:00'],
    ['Asia/Kolkata', '2026-06-01T00:00:00Z', '2026-06-01 05:30:00 UTC+05:30'],
    ['America/St_Johns', '2026-01-15T12:00:00Z', '2026-01-15 08:30:00 UTC-03:30'],
    ['UTC', '2026-03-29T01:30:00.123Z', '2026-03-29 01:30:00 UTC'],
    ['UTC', '2026-03-29T03:30:00+02:00', '2026-03-29 01:30:00 UTC'],
  ])('in %s shows %s as %s', (zone, iso, shown) => {
    expect(formatTimestamp(iso, zone)).toBe(shown);
  });

  it('leaves a value that is not an instant as it is', () => {
    expect(formatTimestamp('not a date', 'Europe/Berlin')).toBe('not a date');
  });

  it('shows the milliseconds an instant holds only when asked, as a range bound is', () => {
    expect(formatTimestamp('2026-10-20T08:00:00.250Z', 'UTC')).toBe('2026-10-20 08:00:00 UTC');
    expect(formatTimestamp('2026-10-20T08:00:00.250Z', 'UTC', true)).toBe('2026-10-20 08:00:00.250 UTC');
    expect(formatTimestamp('2026-10-20T08:00:00Z', 'Europe/Berlin', true)).toBe('2026-10-20 10:00:00 UTC+02:00');
  });

  it('names the offset of the instant, not of today', () => {
    expect(offsetLabel(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe('UTC+01:00');
    expect(offsetLabel(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe('UTC+02:00');
  });
});

describe('time inputs read in the chosen zone', () => {
  it.each([
    ['Europe/Berlin', '2026-01-15T12:00', '2026-01-15T11:00:00.000Z'],
    ['Europe/Berlin', '2026-07-15T12:00', '2026-07-15T10:00:00.000Z'],
    // 02:30 does not exist that night in Berlin: it reads as the hour after the change.
    ['Europe/Berlin', '2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
    // 02:30 happens twice the night clocks go back: it reads as the first, still in summer time.
    ['Europe/Berlin', '2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z'],
    ['Asia/Kolkata', '2026-06-01T05:30', '2026-06-01T00:00:00.000Z'],
    ['UTC', '2026-06-01T05:30', '2026-06-01T05:30:00.000Z'],
  ])('in %s reads %s as %s', (zone, input, iso) => {
    expect(inputToIso(input, zone)).toBe(iso);
  });

  it('reads a time in the hour clocks go back through as the occurrence the field held before', () => {
    // New York, 1 November 2026: 01:00–01:59 happens at UTC-04:00, then again at UTC-05:00.
    const zone = 'America/New_York';
    expect(inputToIso('2026-11-01T01:45', zone)).toBe('2026-11-01T05:45:00.000Z');
    expect(inputToIso('2026-11-01T01:45', zone, '2026-11-01T06:30:00.000Z')).toBe('2026-11-01T06:45:00.000Z');
    expect(inputToIso('2026-11-01T01:45', zone, '2026-11-01T05:30:00.000Z')).toBe('2026-11-01T05:45:00.000Z');
    // The second 01:30 shown in a field and read back unchanged stays the second.
    const second = '2026-11-01T06:30:00.000Z';
    expect(inputToIso(isoToInput(second, zone), zone, second)).toBe(second);
    // Outside the repeated hour the instant before changes nothing, and junk in it is ignored.
    expect(inputToIso('2026-11-01T03:00', zone, '2026-07-01T00:00:00.000Z')).toBe('2026-11-01T08:00:00.000Z');
    expect(inputToIso('2026-11-01T01:45', zone, 'garbage')).toBe('2026-11-01T05:45:00.000Z');
  });

  it.each(['Europe/Berlin', 'America/New_York', 'UTC'])('round-trips an instant through an input in %s', (zone) => {
    for (const iso of ['2026-03-29T01:30:00.000Z', '2026-07-01T22:15:00.000Z', '2026-12-31T23:59:00.000Z']) {
      expect(inputToIso(isoToInput(iso, zone), zone)).toBe(iso);
    }
  });

  it('shows the seconds and milliseconds an instant holds, and reads them back', () => {
    expect(isoToInput('2026-07-01T22:15:00.000Z', 'Europe/Berlin')).toBe('2026-07-02T00:15');
    expect(isoToInput('2026-07-01T22:15:30.000Z', 'Europe/Berlin')).toBe('2026-07-02T00:15:30');
    expect(isoToInput('2026-07-01T22:15:00.040Z', 'Europe/Berlin')).toBe('2026-07-02T00:15:00.04');
    expect(inputToIso('2026-07-02T00:15:30', 'Europe/Berlin')).toBe('2026-07-01T22:15:30.000Z');
    expect(inputToIso('2026-07-02T00:15:00.04', 'Europe/Berlin')).toBe('2026-07-01T22:15:00.040Z');
    for (const zone of ['Europe/Berlin', 'America/New_York', 'UTC']) {
      for (const iso of ['2026-03-29T01:30:59.000Z', '2026-07-01T22:15:07.125Z', '1999-12-31T23:59:59.999Z']) {
        expect(inputToIso(isoToInput(iso, zone), zone)).toBe(iso);
      }
    }
  });

  it('gives an input the step its value needs, so its seconds and milliseconds show and are valid', () => {
    expect(inputStep('2026-07-02T00:15')).toBeUndefined();
    expect(inputStep('2026-07-02T00:15:30')).toBe(1);
    expect(inputStep('2026-07-02T00:15:00.04')).toBe(0.001);
    expect(inputStep('')).toBeUndefined();
  });

  it('gives a year of five or six digits no seconds it does not hold', () => {
    expect(inputStep('20000-07-02T00:15')).toBeUndefined();
    expect(inputStep('275760-09-13T00:00')).toBeUndefined();
    expect(inputStep('20000-07-02T00:15:30')).toBe(1);
  });

  it('gives nothing for an empty or malformed input', () => {
    expect(inputToIso('', 'UTC')).toBeUndefined();
    expect(inputToIso('yesterday', 'UTC')).toBeUndefined();
    expect(isoToInput(undefined, 'UTC')).toBe('');
  });
});

describe('years below 1000 in four digits, as ISO 8601 writes them', () => {
  it.each([
    ['UTC', '0999-12-31T23:59:59Z', '0999-12-31 23:59:59 UTC'],
    ['UTC', '0050-06-01T00:00:00Z', '0050-06-01 00:00:00 UTC'],
    // The earliest supported start, seen from a zone behind UTC.
    ['Etc/GMT+5', '1000-01-01T00:00:00Z', '0999-12-31 19:00:00 UTC-05:00'],
    ['UTC', '0000-01-01T00:00:00Z', '0000-01-01 00:00:00 UTC'],
    ['UTC', '-000001-06-01T00:00:00Z', '-0001-06-01 00:00:00 UTC'],
  ])('in %s shows %s as %s', (zone, iso, shown) => {
    expect(formatTimestamp(iso, zone)).toBe(shown);
  });

  it('writes them in an input and reads them back, never as the 1900s', () => {
    expect(isoToInput('0999-12-31T23:00:00.000Z', 'UTC')).toBe('0999-12-31T23:00');
    expect(inputToIso('0050-01-01T00:00', 'UTC')).toBe('0050-01-01T00:00:00.000Z');
    expect(inputToIso('0999-12-31T23:00', 'UTC')).toBe('0999-12-31T23:00:00.000Z');
    expect(isoToInput('1000-01-01T00:00:00.000Z', 'Etc/GMT+5')).toBe('0999-12-31T19:00');
    expect(inputToIso('0999-12-31T19:00', 'Etc/GMT+5')).toBe('1000-01-01T00:00:00.000Z');
  });
});

describe('time inputs the calendar or the supported form does not hold', () => {
  it.each(['2026-02-30T10:00', '2026-02-29T10:00', '2026-04-31T10:00', '2026-13-01T10:00', '2026-01-01T24:00'])(
    'reads %s as nothing, never as a day after it',
    (input) => {
      expect(inputToIso(input, 'UTC')).toBeUndefined();
      expect(inputToIso(input, 'Europe/Berlin')).toBeUndefined();
    },
  );

  it('reads a leap day in a leap year', () => {
    expect(inputToIso('2024-02-29T10:00', 'UTC')).toBe('2024-02-29T10:00:00.000Z');
  });

  it('reads the years past 9999 a date field takes, so what is wrong with them can be said', () => {
    expect(inputToIso('20000-01-01T10:00', 'UTC')).toBe('+020000-01-01T10:00:00.000Z');
    expect(inputToIso('275760-09-13T00:00', 'UTC')).toBe('+275760-09-13T00:00:00.000Z');
    expect(isoToInput('+020000-01-01T10:00:00.000Z', 'UTC')).toBe('20000-01-01T10:00');
  });
});
