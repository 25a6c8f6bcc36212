import type { ZodType } from 'zod';

/** What is wrong with a stored JSON file's text for the schema this version reads it with; null when nothing is. */
export function damageOf(text: string, schema: ZodType): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  return schema.safeParse(raw).success ? null : 'it is not in the shape this version reads';
}
