import { z } from 'zod';
import { ConsoleError, SCHEMA_REFUSAL_PREFIX, type Failure } from '../../shared/contract/errors';
import { showHiddenCharacters } from '../../shared/domain/hiddenCharacters';

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const field = [...path, ...issue.keys].join('.');
    return { field, message: `${field}: unknown field` };
  }
  const field = path.join('.') || '(request)';
  return { field, message: `${field}: ${issue.message}` };
}

/**
 * Turns anything a handler threw into a value the renderer can show; never a stack trace. A message may
 * quote what an operator typed or a producer logged (a file name, a field of the request): a character
 * in it that hides or reorders text is named, as everywhere else, so the sentence reads as written.
 */
export function toFailure(error: unknown): Failure {
  const failure = describeFailure(error);
  return {
    ...failure,
    message: showHiddenCharacters(failure.message, { lines: true }),
    ...(failure.field === undefined ? {} : { field: showHiddenCharacters(failure.field) }),
  };
}

function describeFailure(error: unknown): Failure {
  if (error instanceof ConsoleError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error.field === undefined ? {} : { field: error.field }),
    };
  }
  if (error instanceof z.ZodError) {
    const first = error.issues[0];
    const described = first ? describeIssue(first) : { field: '(request)', message: 'invalid request' };
    return {
      ok: false,
      code: 'BAD_REQUEST',
      message: `${SCHEMA_REFUSAL_PREFIX}${described.message}`,
      field: described.field,
    };
  }
  return {
    ok: false,
    code: 'INTERNAL',
    message: 'The console hit an unexpected error; the details are in the main process log.',
  };
}
