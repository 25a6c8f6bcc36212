import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../../../src/shared/contract/contract';

/** A limit or form a request schema checks, with where it sits and how a request fails it. */
interface Check {
  where: string;
  kind: string;
  error: ((issue: Record<string, unknown>) => unknown) | undefined;
  failing: Record<string, unknown>;
}

/** A schema's or a check's definition, read by the keys zod gives it. */
type Def = Record<string, unknown>;
const defOf = (holder: { _zod: { def: object } }): Def => Object.fromEntries(Object.entries(holder._zod.def));
/** Where a schema holds the schemas it is made of, under each kind of wrapper zod has. */
const WRAPPERS = ['innerType', 'in', 'out', 'left', 'right', 'keyType', 'valueType', 'element', 'rest'] as const;
const LEAVES = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'unknown', 'transform', 'null', 'custom']);
const WRAPPER_TYPES = new Set([
  'object',
  'array',
  'optional',
  'nullable',
  'default',
  'prefault',
  'union',
  'pipe',
  'readonly',
  'catch',
  'nonoptional',
  'intersection',
  'record',
  'tuple',
  'lazy',
]);

/** An issue of the kind a request past the check would raise: one more than its most, one less than its least. */
function failingIssue(check: Def, type: string): Record<string, unknown> {
  const maximum = Number(check.maximum);
  const minimum = Number(check.minimum);
  const tooLong = (length: number) => (type === 'array' ? Array(length).fill('x') : 'x'.repeat(length));
  switch (check.check) {
    case 'max_length':
      return { code: 'too_big', origin: type, maximum, inclusive: true, input: tooLong(maximum + 1) };
    case 'min_length':
      return { code: 'too_small', origin: type, minimum, inclusive: true, input: tooLong(Math.max(0, minimum - 1)) };
    case 'less_than':
      return {
        code: 'too_big',
        origin: 'number',
        maximum: check.value,
        inclusive: true,
        input: Number(check.value) + 1,
      };
    case 'greater_than':
      return {
        code: 'too_small',
        origin: 'number',
        minimum: check.value,
        inclusive: true,
        input: Number(check.value) - 1,
      };
    case 'number_format':
      return { code: 'invalid_type', expected: 'int', input: 2.5 };
    default:
      return { code: 'invalid_format', format: check.format, input: 'not one' };
  }
}

function checksOf(schema: z.core.$ZodType, where: string, found: Check[], seen: Set<unknown>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = defOf(schema);
  const type = String(def.type);
  expect(LEAVES.has(type) || WRAPPER_TYPES.has(type), `${where}: a ${type} schema this walk does not know`).toBe(true);
  const own = typeof def.check === 'string' ? [def] : [];
  const checks = ((def.checks ?? []) as z.core.$ZodCheck[]).map(defOf);
  for (const check of [...own, ...checks]) {
    // A refinement says its own sentence where it finds the fault; trimming and rewriting refuse nothing.
    if (check.check === 'custom' || check.check === 'overwrite') continue;
    const kind = `${type} ${String(check.check)} ${String(check.format ?? check.maximum ?? check.minimum ?? check.value ?? '')}`;
    found.push({ where, kind, error: check.error as Check['error'], failing: failingIssue(check, type) });
  }
  const children: [string, z.core.$ZodType][] = [];
  for (const [key, child] of Object.entries((def.shape ?? {}) as Record<string, z.core.$ZodType>))
    children.push([`${where}.${key}`, child]);
  for (const key of WRAPPERS) if (def[key]) children.push([where, def[key] as z.core.$ZodType]);
  for (const [index, option] of ((def.options ?? []) as z.core.$ZodType[]).entries())
    children.push([`${where}(${index})`, option]);
  for (const [index, item] of ((def.items ?? []) as z.core.$ZodType[]).entries())
    children.push([`${where}[${index}]`, item]);
  if (typeof def.getter === 'function') children.push([where, (def.getter as () => z.core.$ZodType)()]);
  for (const [path, child] of children) checksOf(child, path, found, seen);
}

const checks: Check[] = [];
for (const [name, definition] of Object.entries(contract)) checksOf(definition.request, name, checks, new Set());

const ZOD_WORDING = /Too (big|small)|expected|Invalid|[<>]=/;

describe('every limit and form a request is checked against is refused in the product’s own sentence', () => {
  it('finds the limits to check', () => {
    expect(checks.length).toBeGreaterThan(50);
  });

  it('gives each check its own sentence, never a schema’s default wording', () => {
    const unworded = checks.flatMap(({ where, kind, error, failing }) => {
      const said = error?.(failing);
      const message = typeof said === 'object' && said !== null ? (said as { message?: unknown }).message : said;
      const sentence = typeof message === 'string' && /^[A-Z]/.test(message) && !ZOD_WORDING.test(message);
      return sentence ? [] : [`${where}: ${kind} says ${JSON.stringify(message ?? 'the schema default')}`];
    });
    expect([...new Set(unworded)]).toEqual([]);
  });
});
