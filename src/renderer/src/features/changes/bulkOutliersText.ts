/** How many members differ from the rest; of the first `read` when only those were read. */
export function outliersText(outliers: number, read: number | null): string {
  const of = read === null ? '' : ` in its first ${read.toLocaleString('en')} events`;
  if (outliers === 0)
    return read === null ? 'Every member got the same change.' : `Every member${of} got the same change.`;
  return `${outliers.toLocaleString('en')} ${outliers === 1 ? 'member' : 'members'}${of} ${outliers === 1 ? 'differs' : 'differ'} from the rest.`;
}
