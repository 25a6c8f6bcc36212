export type PrettyError =
  | { kind: 'json'; value: unknown }
  | { kind: 'stack'; message: string; frames: string[] }
  | { kind: 'text'; text: string };

/** Producers store errors stringified: parse JSON, lay out a stack trace, else keep the text. */
export function prettyError(error: string): PrettyError {
  const trimmed = error.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { kind: 'json', value: JSON.parse(trimmed) as unknown };
    } catch {
      // Not JSON after all: fall through to the text forms.
    }
  }
  const lines = trimmed.split(/\r?\n|\\n/);
  const frames = lines.filter((line) => /^\s*at\s/.test(line)).map((line) => line.trim());
  if (frames.length > 0) {
    return { kind: 'stack', message: lines.filter((line) => !/^\s*at\s/.test(line)).join('\n'), frames };
  }
  return { kind: 'text', text: trimmed };
}
