import { refusalSentenceOf, type Failure } from '../../../../shared/contract/errors';
import { SaveConnectionRequest } from '../../../../shared/contract/settingsChannels';

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

/** The value at a path of the request, when it is text. */
function textAt(request: unknown, path: readonly PropertyKey[]): string | undefined {
  let value: unknown = request;
  for (const key of path) value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** An issue's sentence; one about text too long also says how long the text is now. */
function issueSentence(request: unknown, issue: { code: string; message: string; path: readonly PropertyKey[] }) {
  const text = issue.code === 'too_big' ? textAt(request, issue.path) : undefined;
  if (text === undefined) return issue.message;
  return `${issue.message} It is ${[...text.trim()].length.toLocaleString('en')} now.`;
}

/** Checks a request before it is sent, with the same schema main checks it with. */
export function validateConnectionRequest(request: unknown): FormErrors {
  const parsed = SaveConnectionRequest.safeParse(request);
  if (parsed.success) return NO_ERRORS;
  const errors: FormErrors = { fields: {}, form: null };
  for (const issue of parsed.error.issues) {
    const [first, second, line] = issue.path.map(String);
    const message = issueSentence(request, issue);
    // The other node addresses are one field, a line each: the message names the line at fault.
    if (first === 'connection' && second === 'failoverUrls' && line !== undefined) {
      errors.fields['connection.failoverUrls'] ??= `Line ${Number(line) + 1}: ${message}`;
      continue;
    }
    const field = issue.path.map(String).join('.');
    if (isField(field)) errors.fields[field] ??= message;
    else errors.form ??= message;
  }
  return errors;
}

/** Where a failure main answered goes: next to the field it names, else at the top. */
export function failureToErrors(failure: Failure): FormErrors {
  if (isField(failure.field)) return { fields: { [failure.field]: refusalSentenceOf(failure) }, form: null };
  return { fields: {}, form: failure.message };
}
