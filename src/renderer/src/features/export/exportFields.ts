/**
 * The export dialog's three fields (purpose, folder, file name): what is wrong with each that the dialog
 * can tell before asking main, said as main would refuse it, and which field a refusal from main names.
 */
import type { Failure } from '../../../../shared/contract/errors';
import {
  EXPORT_EXTENSIONS,
  EXPORT_FILE_NAME_MAX_BYTES,
  EXPORT_FOLDER_MAX_LENGTH,
  exportTargetSecretProblem,
  FOLDER_ADVICE,
  FOLDER_TOO_LONG_ADVICE,
  PURPOSE_MAX_LENGTH,
  PURPOSE_MIN_LENGTH,
  type ExportFormat,
} from '../../../../shared/contract/exportChannels';
import { hiddenCharacterProblem } from '../../../../shared/domain/hiddenCharacters';
import { namingTextProblems } from '../../../../shared/domain/paymentNumberProblem';
import { portableFileNameProblem } from '../../../../shared/domain/portableFileName';
import { fullStopAfter, shownInSentence } from '../../../../shared/domain/shownInSentence';
import { characterCount, tooLongSentence } from '../../../../shared/domain/tooLong';

/** The fields in the order they are shown: the first at fault takes the focus. */
export const EXPORT_FIELDS = ['purpose', 'directory', 'fileName'] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];

export type ExportFieldValues = Record<ExportField, string>;

export interface FieldProblem {
  /** Every problem the field's text has, each in its own sentence saying what to do about it. */
  message: string;
  /** Some are said while it is typed (a length, an invisible character); the rest once the field is left or on Export. */
  asTyped: boolean;
  /** What is said while it is typed, when only some of its problems are: the rest wait until the field is left. */
  whileTyping?: string;
  /** The operator's text as `message` quotes it, isolated where the sentence is shown. */
  quoted?: string;
}

export type ExportFieldProblems = Partial<Record<ExportField, FieldProblem>>;

const onLeaving = (message: string): FieldProblem => ({ message, asTyped: false });
const asTyped = (message: string): FieldProblem => ({ message, asTyped: true });
const typedEach = (messages: readonly (string | null)[]): (FieldProblem | null)[] =>
  messages.map((message) => (message === null ? null : asTyped(message)));

/**
 * A field's problems said together, in the order found, so a single pass fixes them all: those said as
 * typed are said at once, the others join them when the field is left.
 */
function allOf(found: readonly (FieldProblem | false | null)[]): FieldProblem | null {
  const problems = found.filter((problem): problem is FieldProblem => Boolean(problem));
  if (problems.length === 0) return null;
  const typed = problems.filter((problem) => problem.asTyped);
  const quoted = problems.find((problem) => problem.quoted !== undefined)?.quoted;
  return {
    message: problems.map((problem) => problem.message).join(' '),
    asTyped: typed.length > 0,
    ...(typed.length > 0 && typed.length < problems.length
      ? { whileTyping: typed.map((problem) => problem.message).join(' ') }
      : {}),
    ...(quoted === undefined ? {} : { quoted }),
  };
}

/** A full path on any workstation main may run on: `/…`, `C:\…` or `\\server\…`; main has the last word. */
const FULL_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

function purposeProblem(purpose: string): FieldProblem | null {
  const length = characterCount(purpose.trim());
  if (length === 0)
    return onLeaving('The purpose is empty; say why you export, e.g. the ticket or the question it answers.');
  return allOf([
    length < PURPOSE_MIN_LENGTH &&
      onLeaving(`Say why you export in a few words (at least ${PURPOSE_MIN_LENGTH} characters).`),
    length > PURPOSE_MAX_LENGTH && asTyped(tooLongSentence('The purpose', PURPOSE_MAX_LENGTH, length)),
    ...typedEach(namingTextProblems('The purpose', purpose, { lines: true })),
  ]);
}

function directoryProblem(directory: string): FieldProblem | null {
  const folder = directory.trim();
  if (folder === '') return onLeaving('Choose the folder to export to, by its full path, e.g. /home/you/evidence.');
  const length = characterCount(folder);
  // A card number or a secret in the path is said, and the path never quoted back: it is not shown again.
  const secret = exportTargetSecretProblem('The folder path', folder);
  const quoted = shownInSentence(folder);
  return allOf([
    length > EXPORT_FOLDER_MAX_LENGTH &&
      asTyped(`${tooLongSentence('The folder path', EXPORT_FOLDER_MAX_LENGTH, length)} ${FOLDER_TOO_LONG_ADVICE}`),
    ...typedEach([hiddenCharacterProblem('A folder', folder, { advice: FOLDER_ADVICE }), secret]),
    !FULL_PATH.test(folder) &&
      (secret === null
        ? {
            ...onLeaving(
              `Choose a folder by its full path, from / (or a drive such as C:\\), not "${quoted}"${fullStopAfter(quoted)}`,
            ),
            quoted,
          }
        : onLeaving('Choose a folder by its full path, from / (or a drive such as C:\\).')),
  ]);
}

function fileNameProblem(fileName: string, format: ExportFormat): FieldProblem | null {
  const name = fileName.trim();
  const extension = EXPORT_EXTENSIONS[format];
  if (name === '') return onLeaving(`Name the file, e.g. evidence${extension}.`);
  const bytes = new TextEncoder().encode(name).length;
  const separator = ['/', '\\'].find((each) => name.includes(each));
  // A separator is said on its own: a name holding one is no name yet.
  const portable = separator === undefined ? portableFileNameProblem(name) : null;
  return allOf([
    bytes > EXPORT_FILE_NAME_MAX_BYTES &&
      asTyped(
        `${tooLongSentence('The file name', EXPORT_FILE_NAME_MAX_BYTES, bytes, 'bytes')} Letters beyond a-z take two or more.`,
      ),
    ...typedEach([hiddenCharacterProblem('The file name', name), exportTargetSecretProblem('The file name', name)]),
    separator !== undefined &&
      onLeaving(`The file name cannot hold "${separator}": it names the file alone, and Folder says where it goes.`),
    name.startsWith('.') &&
      onLeaving(`A name starting with "." makes a hidden file; start it with a letter or a digit.`),
    portable !== null && onLeaving(portable),
    !name.toLowerCase().endsWith(extension) && onLeaving(`Name the file so it ends with ${extension}.`),
  ]);
}

/** What is wrong with each field that can be told without asking main; a field that is fine is left out. */
export function checkExportFields(values: ExportFieldValues, format: ExportFormat): ExportFieldProblems {
  const found: ExportFieldProblems = {};
  const purpose = purposeProblem(values.purpose);
  const directory = directoryProblem(values.directory);
  const fileName = fileNameProblem(values.fileName, format);
  if (purpose) found.purpose = purpose;
  if (directory) found.directory = directory;
  if (fileName) found.fileName = fileName;
  return found;
}

/** The field a refusal from main names (`fileName`, or `target.fileName` from the request schema), or null. */
export function exportFieldOf(failure: Pick<Failure, 'field'>): ExportField | null {
  const field = failure.field?.replace(/^target\./, '');
  return EXPORT_FIELDS.find((each) => each === field) ?? null;
}
