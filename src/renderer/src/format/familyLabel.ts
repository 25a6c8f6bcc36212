/** What operators call each log family, the one place the console words them. */
import type { LogFamily } from '../../../shared/query/logQuery';

const FAMILY_WORDS: Readonly<Record<LogFamily, { family: string; record: string }>> = {
  operational: { family: 'Operational logs', record: 'Operational log' },
  activity: { family: 'Client activity', record: 'Client activity' },
};

/** A family as a whole: "Operational logs", "Client activity". */
export const familyLabel = (family: LogFamily): string => FAMILY_WORDS[family].family;

/** One record of a family, named before its id: "Operational log evidence-0". */
export const familyRecordLabel = (family: LogFamily): string => FAMILY_WORDS[family].record;
