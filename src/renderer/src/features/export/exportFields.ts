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
import { hiddenCharacterProblem, showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { namingTextProblems } from '../../../../shared/domain/paymentNumberProblem';
import { characterCount, tooLongSentence } from '../../../../shared/domain/tooLong';
import { clipText } from '../../format/clipText';

/** The fields in the order they are shown: the first at fault takes the focus. */
export const EXPORT_FIELDS = ['purpose', 'directory', 'fileName'] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];

export type ExportFieldValues = Record<ExportField, string>;

export interface FieldProblem {
  message: string;
  /** Said while it is typed (a length, an invisible character); otherwise once the field is left or on Export. */
  asTyped: boolean;
  /** The operator's text as `message` quotes it, isolated where the sentence is shown. */
  quoted?: string;
}

export type ExportFieldProblems = Partial<Record<ExportField, FieldProblem>>;

/** A folder quoted in a sentence is cut to this many characters. */
const QUOTED = 60;

const onLeaving = (message: string): FieldProblem => ({ message, asTyped: false });
const asTyped = (message: string): FieldProblem => ({ message, asTyped: true });

/** A full path on any workstation main may run on: `/…`, `C:\…` or `\\server\…`; main has the last word. */
const FULL_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

function purposeProblem(purpose: string): FieldProblem | null {
  const length = characterCount(purpose.trim());
  if (length === 0)
    return onLeaving('The purpose is empty; say why you export, e.g. the ticket or the question it answers.');
  if (length < PURPOSE_MIN_LENGTH)
    return onLeaving(`Say why you export in a few words (at least ${PURPOSE_MIN_LENGTH} characters).`);
  if (length > PURPOSE_MAX_LENGTH) return asTyped(tooLongSentence('The purpose', PURPOSE_MAX_LENGTH, length));
  const refused = namingTextProblems('The purpose', purpose, { lines: true });
  return refused.length === 0 ? null : asTyped(refused.join(' '));
}

function directoryProblem(directory: string): FieldProblem | null {
  const folder = directory.trim();
  if (folder === '') return onLeaving('Choose the folder to export to, by its full path, e.g. /home/you/evidence.');
  const length = characterCount(folder);
  if (length > EXPORT_FOLDER_MAX_LENGTH)
    return asTyped(`${tooLongSentence('The folder path', EXPORT_FOLDER_MAX_LENGTH, length)} ${FOLDER_TOO_LONG_ADVICE}`);
  const hidden = hiddenCharacterProblem('A folder', folder, { advice: FOLDER_ADVICE });
  if (hidden !== null) return asTyped(hidden);
  // Said before the path is quoted back: a card number or a secret is never shown again.
  const secret = exportTargetSecretProblem('The folder path', folder);
  if (secret !== null) return asTyped(secret);
  if (!FULL_PATH.test(folder)) {
    const quoted = showHiddenCharacters(clipText(folder, QUOTED));
    return {
      ...onLeaving(`Choose a folder by its full path, from / (or a drive such as C:\\), not "${quoted}".`),
      quoted,
    };
  }
  return null;
}

function fileNameProblem(fileName: string, format: ExportFormat): FieldProblem | null {
  const name = fileName.trim();
  const extension = EXPORT_EXTENSIONS[format];
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > EXPORT_FILE_NAME_MAX_BYTES)
    return asTyped(
      `${tooLongSentence('The file name', EXPORT_FILE_NAME_MAX_BYTES, bytes, 'bytes')} Letters beyond a-z take two or more.`,
    );
  const hidden = hiddenCharacterProblem('The file name', name);
  if (hidden !== null) return asTyped(hidden);
  const secret = exportTargetSecretProblem('The file name', name);
  if (secret !== null) return asTyped(secret);
  if (name === '') return onLeaving(`Name the file, e.g. evidence${extension}.`);
  const separator = ['/', '\\'].find((each) => name.includes(each));
  if (separator)
    return onLeaving(
      `The file name cannot hold "${separator}": it names the file alone, and Folder says where it goes.`,
    );
  if (name.startsWith('.'))
    return onLeaving(`A name starting with "." makes a hidden file; start it with a letter or a digit.`);
  if (!name.toLowerCase().endsWith(extension)) return onLeaving(`Name the file so it ends with ${extension}.`);
  return null;
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
