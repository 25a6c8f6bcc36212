import { describe, expect, it } from 'vitest';
import { custodyText } from '../../../../../../src/renderer/src/features/bundles/custodyText';

const RLO = '\u202E';
const ZWSP = '\u200B';

describe('the custody record a reopened bundle shows', () => {
  const custody = {
    operator: { id: 'ivy', name: 'Ivy Investigator', role: 'investigator' as const },
    purpose: 'Ticket INC-77: wallet freeze evidence',
    exportedAt: '2026-11-01T10:00:00.000Z',
    source: 'demo workspace',
    consoleVersion: '1.0.0',
  };

  it('says who exported it, as what, when, from where and why', () => {
    expect(custodyText(custody, '2026-11-01 10:00:00 UTC')).toBe(
      'Exported by Ivy Investigator (ivy, Investigator) on 2026-11-01 10:00:00 UTC from demo workspace · purpose: “Ticket INC-77: wallet freeze evidence”',
    );
  });

  it('cuts a long purpose where asked, the whole still said when not', () => {
    const long = { ...custody, purpose: `Ticket ${RLO}${'x'.repeat(2_000)}` };
    const cut = custodyText(long, 'then', { purpose: 200, names: 120 });
    // 200 characters as shown: the override's name counts as one.
    expect(cut.slice(cut.indexOf(' · purpose: '))).toBe(` · purpose: “Ticket ⟨U+202E⟩${'x'.repeat(191)}…”`);
    expect(custodyText(long, 'then')).toContain(`⟨U+202E⟩${'x'.repeat(2_000)}”`);
    expect(custodyText(custody, 'then', { purpose: 200, names: 120 })).toBe(custodyText(custody, 'then'));
  });

  it('cuts a long name, id or source where asked, as it cuts the purpose: the file bounds none of them', () => {
    const long = {
      ...custody,
      operator: {
        id: `id-${'i'.repeat(5_000)}`,
        name: `Ivy ${RLO}${'Investigator '.repeat(400)}`,
        role: 'auditor' as const,
      },
      source: `cluster ${'s'.repeat(5_000)}`,
    };
    const cut = custodyText(long, 'then', { purpose: 200, names: 120 });
    expect(cut).toBe(
      `Exported by Ivy ⟨U+202E⟩${'Investigator '.repeat(8)}Investigat… (id-${'i'.repeat(116)}…, Auditor) on then ` +
        `from cluster ${'s'.repeat(111)}… · purpose: “Ticket INC-77: wallet freeze evidence”`,
    );
    expect(custodyText(long, 'then')).toContain(`(id-${'i'.repeat(5_000)}, Auditor)`);
  });

  it('names each hidden character the bundle file holds, in the names, the source and the purpose', () => {
    const altered = {
      ...custody,
      operator: { id: `ivy${ZWSP}`, name: `Ivy ${RLO}rotagitsevnI`, role: 'auditor' as const },
      purpose: `Ticket ${RLO}77-CNI\nsecond line`,
      source: `cluster prod${RLO}-eu, indices ops-${ZWSP}* and act-*`,
    };
    expect(custodyText(altered, 'then')).toBe(
      'Exported by Ivy ⟨U+202E⟩rotagitsevnI (ivy⟨U+200B⟩, Auditor) on then from cluster prod⟨U+202E⟩-eu, ' +
        'indices ops-⟨U+200B⟩* and act-* · purpose: “Ticket ⟨U+202E⟩77-CNI\nsecond line”',
    );
  });
});
