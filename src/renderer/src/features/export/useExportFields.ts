import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { refusalSentenceOf } from '../../../../shared/contract/errors';
import type { ExportFormat } from '../../../../shared/contract/exportChannels';
import {
  checkExportFields,
  EXPORT_FIELDS,
  exportFieldOf,
  type ExportField,
  type ExportFieldValues,
} from './exportFields';
import type { ExportRun } from './useExportJob';

type FieldElement = HTMLInputElement | HTMLTextAreaElement;

/** The id of the sentence saying what is wrong with a field. */
export const fieldErrorId = (field: ExportField) => `export-${field}-error`;

/** Brings a field into the dialog's view and gives it the focus. */
function focusField(element: FieldElement | null | undefined): void {
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
}

/**
 * The export dialog's fields and what is wrong with each, every problem at once, said at the field: a
 * length or an invisible character as it is typed, the rest once the operator leaves a field they typed in,
 * or on Export; and a refusal from main that names a field, for as long as the field holds what was refused. Export checks
 * every field first and, instead of asking main, takes the focus to the first at fault; a refusal from
 * main takes it to its field. Each field is marked invalid and described by its sentence.
 */
export function useExportFields(format: ExportFormat, firstName: () => string, run: ExportRun) {
  const [values, setValues] = useState<ExportFieldValues>(() => ({
    purpose: '',
    directory: '',
    fileName: firstName(),
  }));
  const [edited, setEdited] = useState<ReadonlySet<ExportField>>(new Set());
  const [said, setSaid] = useState<ReadonlySet<ExportField>>(new Set());
  // Asks for the focus once the render marking the field has happened, so it is read out marked.
  const [focusRequest, setFocusRequest] = useState<{ field: ExportField } | null>(null);
  const elements = useRef<Partial<Record<ExportField, FieldElement | null>>>({});
  const problems = checkExportFields(values, format);
  const refusedField = run.phase === 'refused' ? exportFieldOf(run.failure) : null;

  /** The sentence said at a field, and the operator's text it may quote (main quotes what was sent). */
  const sentenceOf = (field: ExportField): { message: string; quoted: string[] } | null => {
    const problem = problems[field];
    if (problem && (problem.asTyped || said.has(field))) {
      // Until the field is left, only what is said as typed: the rest would interrupt the typing.
      const message = said.has(field) ? problem.message : (problem.whileTyping ?? problem.message);
      return { message, quoted: problem.quoted === undefined ? [] : [problem.quoted] };
    }
    if (run.phase === 'refused' && refusedField === field && values[field].trim() === run.order[field])
      return { message: refusalSentenceOf(run.failure), quoted: [run.order[field]] };
    return null;
  };
  const messageOf = (field: ExportField): string | null => sentenceOf(field)?.message ?? null;
  /** What of the operator's text the field's sentence may quote, to be isolated where it is shown. */
  const quotedOf = (field: ExportField): string[] => sentenceOf(field)?.quoted ?? [];

  useEffect(() => {
    if (focusRequest) focusField(elements.current[focusRequest.field]);
  }, [focusRequest]);
  useEffect(() => {
    if (refusedField) focusField(elements.current[refusedField]);
  }, [run, refusedField]);

  const setValue = (field: ExportField, value: string) => setValues((before) => ({ ...before, [field]: value }));

  /** Export pressed: true when every field can be sent; else the first at fault is marked and focused. */
  const check = (): boolean => {
    setSaid(new Set(EXPORT_FIELDS));
    const first = EXPORT_FIELDS.find((field) => problems[field] !== undefined);
    if (first) setFocusRequest({ field: first });
    return first === undefined;
  };

  const fieldProps = (field: ExportField) => {
    const message = messageOf(field);
    return {
      ref: (element: FieldElement | null) => void (elements.current[field] = element),
      value: values[field],
      'aria-invalid': message !== null,
      onChange: (event: ChangeEvent<FieldElement>) => {
        setValue(field, event.target.value);
        setEdited((before) => new Set(before).add(field));
      },
      onBlur: () => {
        if (edited.has(field)) setSaid((before) => new Set(before).add(field));
      },
    };
  };

  /** Takes the focus to a field once the next render has happened (the name, after keeping a file). */
  const focus = (field: ExportField) => setFocusRequest({ field });

  return { values, setValue, messageOf, quotedOf, fieldProps, check, focus, refusedField };
}
