/** The hours before a withdrawal the Risk page looks back over: what it starts with and what it takes. */
export const DEFAULT_RISK_HOURS = 48;
export const MAX_RISK_HOURS = 720;

const RULE = `Give the hours as a whole number from 1 to ${MAX_RISK_HOURS}, digits only (for example ${DEFAULT_RISK_HOURS})`;

/**
 * The hours field's text read as a count of hours, or what is wrong with it and what it takes. Only plain
 * digits count: forms a number parser would also take ("1e2", "+5", "0x10", " 12 ", "1.5") are refused
 * rather than read as some other number than the operator sees.
 */
export function readRiskHours(text: string): { hours: number } | { problem: string } {
  if (text === '') return { problem: `${RULE}.` };
  if (/^\s|\s$/.test(text)) return { problem: `“${text}” has spaces around it. ${RULE}.` };
  if (/^\d+[.,]\d*$/.test(text)) return { problem: `“${text}” is not whole hours. ${RULE}.` };
  if (!/^\d+$/.test(text)) return { problem: `“${text}” is not a plain whole number. ${RULE}.` };
  const hours = Number(text);
  if (hours < 1) return { problem: `${text} hours finds nothing. ${RULE}.` };
  if (hours > MAX_RISK_HOURS)
    return { problem: `${text} hours is more than the ${MAX_RISK_HOURS} (30 days) the view looks back. ${RULE}.` };
  return { hours };
}
