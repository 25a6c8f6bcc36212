/**
 * What a ranked risk view says when its answer covers only part of the logs, so that a risky edit or
 * operation it never read is not taken for one that is not there.
 */
import { FACET_SIZE } from '../../../../shared/query/logSource';

/** A view of edits that read only the newest `edits` of the page's period: the older ones are not ranked. */
export function editsLeftOut({ truncated, edits }: { truncated: boolean; edits: number }): string | null {
  if (!truncated) return null;
  return (
    `This view ranks only the newest ${edits.toLocaleString('en')} manager edits of this page's period, the most ` +
    'it reads: the oldest edits were left out, so an earlier risky edit may be missing. To rank them, narrow ' +
    "this page's period to the earlier time."
  );
}

/** The bulk operations list, when more operations had events enough to be listed than it counted. */
export function bulkLeftOut({ truncated, minClients }: { truncated: boolean; minClients: number }): string | null {
  if (!truncated) return null;
  return (
    `Only the ${FACET_SIZE} operations with the most events were counted: other operations over ` +
    `${minClients.toLocaleString('en')} clients may exist and are not listed here.`
  );
}
