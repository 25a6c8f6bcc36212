import { z } from 'zod';

/**
 * A count, size or position a request carries, refused in one sentence whichever way it is wrong: not a
 * whole number, below its least or past its most. `wholeNumber('The page size', 1, 100)` refuses 101 with
 * "The page size is a whole number from 1 to 100; this one is 101.", so the operator knows what fits.
 */
export function wholeNumber(subject: string, min: number, max?: number) {
  const bounds =
    max === undefined
      ? `of ${min.toLocaleString('en')} or more`
      : `from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
  const error = (issue: { input?: unknown }): string => {
    const given = typeof issue.input === 'number' ? `; this one is ${issue.input.toLocaleString('en')}` : '';
    return `${subject} is a whole number ${bounds}${given}.`;
  };
  const atLeast = z.number({ error }).int({ error }).min(min, { error });
  return max === undefined ? atLeast : atLeast.max(max, { error });
}
