/**
 * The size a bulk operation's producer declared, after its people on the operation's page, grouped by
 * thousands as the console writes every count: " (declared size 1,234)"; nothing when it declared none.
 */
export const declaredSizeText = (declaredSize: number | null): string =>
  declaredSize === null ? '' : ` (declared size ${declaredSize.toLocaleString('en')})`;
