import type { OpenedBundle } from '../../../../shared/contract/bundleChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { clipText } from '../../format/clipText';

/**
 * A reopened bundle's custody record as its banner reads it: who exported it, as what, when (`exportedAt`,
 * as the screen shows times), from where and why, the purpose cut to `purposeMax` characters when given.
 * All of it comes from the bundle file, which another workstation wrote: each character in it that hides
 * or reorders text is shown by its name, ⟨U+202E⟩.
 */
export function custodyText(custody: OpenedBundle['custody'], exportedAt: string, purposeMax?: number): string {
  const { operator } = custody;
  const who = `${showHiddenCharacters(operator.name)} (${showHiddenCharacters(operator.id)}, ${ROLE_LABELS[operator.role]})`;
  const purpose = showHiddenCharacters(custody.purpose, { lines: true });
  const said = purposeMax === undefined ? purpose : clipText(purpose, purposeMax);
  return `Exported by ${who} on ${exportedAt} from ${showHiddenCharacters(custody.source)} · purpose: “${said}”`;
}
