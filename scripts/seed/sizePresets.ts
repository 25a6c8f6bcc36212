/** Named dataset sizes; the comment gives the documents each yields (operational + activity). */
export const SIZE_PRESETS = {
  /** ~10,000 documents: the smallest size that still shows every catalog event. */
  small: { clients: 100, days: 14 },
  /** ~107,000 documents: the demo workspace's scale. */
  medium: { clients: 500, days: 40 },
  /** ~530,000 documents. */
  large: { clients: 1_000, days: 90 },
  /** ~1,050,000 documents: the load and query benchmarks. */
  '1m': { clients: 2_000, days: 85 },
} as const;

export type SizePreset = keyof typeof SIZE_PRESETS;

export function isSizePreset(name: string): name is SizePreset {
  return Object.hasOwn(SIZE_PRESETS, name);
}
