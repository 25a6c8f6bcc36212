import { bundleLacks } from '../../../../shared/domain/bundleLacks';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { useOperator } from '../access/OperatorContext';

/** What a view reading `family` says instead of its empty answer when the reopened bundle holds none of it. */
export function useBundleLacks(family: LogFamily, reads: string): string | null {
  return bundleLacks(useOperator().bundleFamilies, family, reads);
}

/** The sentence of `useBundleLacks`, in place of a view that would only show an empty answer. */
export function BundleLacksNote({ text }: { text: string }) {
  return (
    <p role="note" className="bundle-lacks">
      {text}
    </p>
  );
}
