/**
 * The client page's minute fields, read as digits (grouped by thousands if typed so, plain in a link: see
 * `readWholeNumber`), in the ranges main takes them in: the Sessions view's inactivity gap, and the window
 * either side of a row its cross-links look over.
 */
import { DEFAULT_INACTIVITY_GAP_MINUTES, MAX_INACTIVITY_GAP_MINUTES } from '../../../../shared/domain/sessions';
import { DEFAULT_CROSS_LINK_MINUTES, MAX_CROSS_LINK_MINUTES } from '../../../../shared/query/crossLinks';
import { readWholeNumber, type WholeNumberRead, type WholeNumberRule } from '../../format/readWholeNumber';

export const GAP_MINUTES: WholeNumberRule = {
  min: 1,
  max: MAX_INACTIVITY_GAP_MINUTES,
  unit: 'minutes',
  rule:
    `Give the inactivity gap as a whole number of minutes from 1 to ${MAX_INACTIVITY_GAP_MINUTES.toLocaleString('en')} (24 hours), ` +
    `digits only (for example ${DEFAULT_INACTIVITY_GAP_MINUTES})`,
  below: (text) => `A gap of ${text} minutes would make every event a session of its own`,
  above: (text) => `A gap of ${text} minutes is more than a day: it would run a daily client's days into one session`,
};

export const WINDOW_MINUTES: WholeNumberRule = {
  min: 1,
  max: MAX_CROSS_LINK_MINUTES,
  unit: 'minutes',
  rule:
    `Give the window as a whole number of minutes from 1 to ${MAX_CROSS_LINK_MINUTES.toLocaleString('en')} (24 hours) either side, ` +
    `digits only (for example ${DEFAULT_CROSS_LINK_MINUTES})`,
  below: (text) => `± ${text} minutes takes in nothing around the event`,
  above: (text) => `± ${text} minutes is more than the day either side a link looks over`,
};

/** The gap typed, or a link's (`link`: the parameter giving it; digits only, as the console writes it). */
export const readGapMinutes = (text: string, options: { link?: string } = {}): WholeNumberRead =>
  readWholeNumber(text, GAP_MINUTES, options);

export const readWindowMinutes = (text: string): WholeNumberRead => readWholeNumber(text, WINDOW_MINUTES);
