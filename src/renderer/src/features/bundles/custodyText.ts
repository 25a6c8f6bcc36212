import type { OpenedBundle } from '../../../../shared/contract/bundleChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { clipText } from '../../format/clipText';

/** The most characters of the custody record's parts a short form keeps: the purpose, each name. */
export interface CustodyCut {
  purpose: number;
  /** The operator's name, the operator's id and the source, each. */
  names: number;
}

/**
 * A reopened bundle's custody record as its banner reads it: who exported it, as what, when (`exportedAt`,
 * as the screen shows times), from where and why, each part cut as `cut` says when given. All of it comes
 * from the bundle file, which another workstation wrote and nothing bounds: each character in it that
 * hides or reorders text is shown by its name, ⟨U+202E⟩.
 */
export function custodyText(custody: OpenedBundle['custody'], exportedAt: string, cut?: CustodyCut): string {
  const { operator } = custody;
  const shown = (text: string, max: number | undefined, lines = false) =>
    max === undefined ? showHiddenCharacters(text, { lines }) : clipText(text, max, { lines });
  const who = `${shown(operator.name, cut?.names)} (${shown(operator.id, cut?.names)}, ${ROLE_LABELS[operator.role]})`;
  const purpose = shown(custody.purpose, cut?.purpose, true);
  return `Exported by ${who} on ${exportedAt} from ${shown(custody.source, cut?.names)} · purpose: “${purpose}”`;
}
