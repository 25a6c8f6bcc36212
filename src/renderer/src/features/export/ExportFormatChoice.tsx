import type { ExportFormat } from '../../../../shared/contract/exportChannels';
import { FORMAT_LABELS } from './exportFormats';

interface ExportFormatChoiceProps {
  format: ExportFormat;
  onChoose: (format: ExportFormat) => void;
  /** While an export runs, the format stays as it was. */
  disabled: boolean;
  /** Exporting a case: the choice says what of it each format holds. */
  isCase: boolean;
  /** Why CSV cannot be chosen (it holds one log family), or ''. */
  csvNote: string;
  /** Why a bundle cannot be chosen (a role, a read-only console), or ''. */
  bundleNote: string;
}

/** The id of the sentence saying what of a case each format holds: the format choice is described by it. */
const CASE_FORMATS_ID = 'export-case-formats';

/** The export's format, one radio each; a format that cannot be chosen says why in its name. */
export function ExportFormatChoice({
  format,
  onChoose,
  disabled,
  isCase,
  csvNote,
  bundleNote,
}: ExportFormatChoiceProps) {
  const notes: Readonly<Record<ExportFormat, string>> = { csv: csvNote, ndjson: '', bundle: bundleNote };
  return (
    <fieldset disabled={disabled} aria-describedby={isCase ? CASE_FORMATS_ID : undefined}>
      <legend>Format</legend>
      {isCase && (
        <p id={CASE_FORMATS_ID} className="muted">
          Only an investigation bundle carries the case’s stars and notes;{' '}
          {csvNote === '' ? 'CSV and NDJSON hold' : 'NDJSON holds'} the records its pinned queries match.
        </p>
      )}
      {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((each) => (
        <label key={each} className="export-format">
          <input
            type="radio"
            name="export-format"
            value={each}
            checked={format === each}
            disabled={notes[each] !== ''}
            onChange={() => onChoose(each)}
          />
          {FORMAT_LABELS[each]}
          {notes[each]}
        </label>
      ))}
    </fieldset>
  );
}
