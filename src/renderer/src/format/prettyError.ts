export type PrettyError =
  | { kind: 'json'; value: unknown; stack: StackTrace | null }
  | ({ kind: 'stack' } & StackTrace)
  | { kind: 'text'; text: string };

export interface StackTrace {
  message: string;
  frames: string[];
}

const FRAME = /^\s*at\s/;
/** The longest one-line summary a grid cell shows; the detail has the whole error. */
const SUMMARY_CHARS = 160;

function parseJson(text: string): { value: unknown } | null {
  if (!text.startsWith('{') && !text.startsWith('[')) return null;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

/** A stack trace's message lines and its `at …` frames, or null when the text has no frame. */
function readStack(text: string): StackTrace | null {
  const lines = text.split(/\r?\n|\\n/);
  const frames = lines.filter((line) => FRAME.test(line)).map((line) => line.trim());
  if (frames.length === 0) return null;
  return { message: lines.filter((line) => !FRAME.test(line)).join('\n'), frames };
}

function textOf(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Producers store errors stringified: parse JSON (laying out a `stack` it holds), lay out a stack trace, else keep the text. */
export function prettyError(error: string): PrettyError {
  const trimmed = error.trim();
  const json = parseJson(trimmed);
  if (json) {
    const stack =
      typeof json.value === 'object' && json.value !== null && !Array.isArray(json.value)
        ? readStack(textOf(json.value as Record<string, unknown>, 'stack') ?? '')
        : null;
    return { kind: 'json', value: json.value, stack };
  }
  const stack = readStack(trimmed);
  return stack ? { kind: 'stack', ...stack } : { kind: 'text', text: trimmed };
}

/**
 * One line an operator reads in a grid cell, as people write errors: `Name: message` (a JSON error's
 * name or code and message, a stack's first line, a text's first line), cut at a length a cell shows.
 */
export function summarizeError(error: string): string {
  const pretty = prettyError(error);
  let line: string;
  if (pretty.kind === 'json') line = summarizeJson(pretty.value) ?? error.trim();
  else if (pretty.kind === 'stack') line = pretty.message;
  else line = pretty.text;
  const first =
    line
      .split(/\r?\n|\\n/)
      .find((part) => part.trim())
      ?.trim() ?? '';
  return first.length > SUMMARY_CHARS ? `${first.slice(0, SUMMARY_CHARS - 1)}…` : first;
}

function summarizeJson(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const name = textOf(record, 'name') ?? textOf(record, 'type') ?? textOf(record, 'code');
  const message = textOf(record, 'message') ?? textOf(record, 'error') ?? textOf(record, 'reason');
  if (name && message) return `${name}: ${message}`;
  return message ?? name ?? textOf(record, 'stack');
}
