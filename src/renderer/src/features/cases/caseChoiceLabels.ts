import type { CaseSummary } from '../../../../shared/domain/investigationCase';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { formatTimestamp } from '../../format/formatTimestamp';

type Choice = Pick<CaseSummary, 'id' | 'title' | 'reference' | 'createdAt'>;

/**
 * How each case is named in a list to choose from: its title and reference ("Wallet drain (INC-42)"),
 * with hidden characters named. Cases that would read the same are told apart by when each was opened,
 * and, opened in the same second, by the start of their id: an operator never has to guess which of two
 * same-named cases evidence goes to.
 */
export function caseChoiceLabels(cases: readonly Choice[], zone: string): Map<string, string> {
  const named = cases.map((each) => {
    const reference = each.reference ? ` (${showHiddenCharacters(each.reference)})` : '';
    return { each, label: `${showHiddenCharacters(each.title)}${reference}` };
  });
  const count = (labels: readonly string[], label: string) => labels.filter((other) => other === label).length;
  const plain = named.map(({ label }) => label);
  const dated = named.map(({ each, label }) =>
    count(plain, label) > 1 ? `${label} · opened ${formatTimestamp(each.createdAt, zone)}` : label,
  );
  return new Map(
    named.map(({ each }, index) => {
      const label = dated[index] ?? '';
      return [each.id, count(dated, label) > 1 ? `${label} · ${each.id.slice(0, 8)}` : label];
    }),
  );
}
