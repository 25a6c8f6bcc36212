import { refusalSentenceOf, type Failure } from '../../../../shared/contract/errors';
import { SaveConnectionRequest } from '../../../../shared/contract/settingsChannels';
import { describeBadLines } from './describeBadLines';

/** The form's fields, by the request path the console names them with. */
export const CONNECTION_FIELDS = [
  'connection.name',
  'connection.url',
  'connection.failoverUrls',
  'connection.auth.username',
  'secret',
  'connection.indexPatterns.operational',
  'connection.indexPatterns.activity',
  'connection.tls.path',
  'connection.tls.sha256',
] as const;
export type ConnectionField = (typeof CONNECTION_FIELDS)[number];

/** What the form shows: a sentence next to each field at fault, and one at the top for the rest. */
export interface FormErrors {
  fields: Partial<Record<ConnectionField, string>>;
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

const isField = (name: string | undefined): name is ConnectionField =>
  CONNECTION_FIELDS.some((field) => field === name);

/** The other nodes' field as typed: each address with the line it is on (from 1); blank lines are skipped. */
export function readAddressLines(text: string): { address: string; line: number }[] {
  return text.split('\n').flatMap((typed, index) => {
    const address = typed.trim();
    return address === '' ? [] : [{ address, line: index + 1 }];
  });
}

/**
 * Checks a request before it is sent, with the same schema main checks it with. The other node
 * addresses are one field, a line each: every line at fault is named, by `failoverLines` (the line each
 * address was typed on) when given, else by its place in the list.
 */
export function validateConnectionRequest(request: unknown, failoverLines: readonly number[] = []): FormErrors {
  const parsed = SaveConnectionRequest.safeParse(request);
  if (parsed.success) return NO_ERRORS;
  const errors: FormErrors = { fields: {}, form: null };
  const badLines = new Map<number, string>();
  for (const issue of parsed.error.issues) {
    const [first, second, index] = issue.path.map(String);
    const { message } = issue;
    if (first === 'connection' && second === 'failoverUrls' && index !== undefined) {
      const line = failoverLines[Number(index)] ?? Number(index) + 1;
      // One reason a line: the first the schema finds.
      if (!badLines.has(line)) badLines.set(line, message);
      continue;
    }
    const field = issue.path.map(String).join('.');
    if (isField(field)) errors.fields[field] ??= message;
    else errors.form ??= message;
  }
  if (badLines.size > 0) {
    const lines = describeBadLines([...badLines].map(([line, message]) => ({ line, message })));
    const listWide = errors.fields['connection.failoverUrls'];
    errors.fields['connection.failoverUrls'] = listWide ? `${listWide}\n${lines}` : lines;
  }
  return errors;
}

/** Where a failure main answered goes: next to the field it names, else at the top. */
export function failureToErrors(failure: Failure): FormErrors {
  if (isField(failure.field)) return { fields: { [failure.field]: refusalSentenceOf(failure) }, form: null };
  return { fields: {}, form: failure.message };
}
