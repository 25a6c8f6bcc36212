import { describe, expect, it } from 'vitest';
import type { CompileContext } from '../../../../../src/main/sources/elasticsearch/compileClauses';
import { compileClientCandidates } from '../../../../../src/main/sources/elasticsearch/compileClientLookup';

const ctx: CompileContext = {
  mapping: { operational: {}, activity: {} },
  scopeClientIds: null,
  nowMs: Date.parse('2025-06-15T12:00:00Z'),
  keywordFields: { 'client.name': 'client.name.keyword' },
};

describe('compileClientCandidates', () => {
  it('searches for the text with its runs of spaces read as one space, as the embedded store does', () => {
    const compiled = compileClientCandidates('  Aisha   Georgiou  ', ctx);
    expect(compiled).toEqual(compileClientCandidates('Aisha Georgiou', ctx));
    expect(JSON.stringify(compiled.parties)).toContain('"*Aisha Georgiou*"');
  });
});
