import { describe, expect, it } from 'vitest';
import { VIOLATION_KINDS } from '../../../../src/main/demoData/injectedViolation';
import { materialize, MEDIUM, SMALL, valueAt } from './datasetFixtures';
import { findSensitiveValues } from './sensitivePatterns';

describe('privacy violations', () => {
  it('are absent from a dataset generated without injection', () => {
    const clean = materialize(MEDIUM);
    const findings = clean.documents.flatMap((item) =>
      findSensitiveValues(item.doc).map((finding) => ({ id: item.doc.id, ...finding })),
    );
    expect(findings).toEqual([]);
    expect(clean.summary.violations).toEqual([]);
  });

  const injected = materialize({ ...SMALL, injectViolations: true });
  const byId = new Map(injected.documents.map((item) => [item.doc.id, item]));

  it('are planted, every kind at least once, each where the manifest says', () => {
    const manifest = injected.summary.violations;
    expect(new Set(manifest.map((entry) => entry.kind))).toEqual(new Set(VIOLATION_KINDS));
    for (const entry of manifest) {
      const item = byId.get(entry.docId);
      expect(item?.family).toBe(entry.family);
      expect(String(valueAt(item?.doc ?? {}, entry.field))).toContain(entry.value);
      expect(item?.violations).toContainEqual(entry);
    }
  });

  it('are exactly what the manifest lists: an independent scan finds nothing more and nothing less', () => {
    const found = injected.documents.flatMap((item) =>
      findSensitiveValues(item.doc).map(
        (finding) => `${item.doc.id} ${finding.kind} ${finding.field} ${finding.value}`,
      ),
    );
    const reported = injected.summary.violations.map(
      (entry) => `${entry.docId} ${entry.kind} ${entry.field} ${entry.value}`,
    );
    expect(found.sort()).toEqual(reported.sort());
  });

  it('keep the documents valid and the change set consistent', () => {
    for (const entry of injected.summary.violations.filter((violation) => violation.kind === 'iban')) {
      const item = byId.get(entry.docId);
      if (item?.family !== 'activity' || !item.doc.change) throw new Error('IBAN outside a manager diff');
      expect(item.doc.change.changedFields).toContain('iban');
      expect(Object.keys(item.doc.change.after).sort()).toEqual([...item.doc.change.changedFields].sort());
    }
  });

  it('leave everything else as the clean dataset has it', () => {
    const clean = materialize(SMALL);
    expect(clean.documents.length).toBe(injected.documents.length);
    const planted = new Set(injected.summary.violations.map((entry) => entry.docId));
    clean.documents.forEach((item, position) => {
      if (!planted.has(item.doc.id)) expect(injected.documents[position]?.doc).toEqual(item.doc);
    });
  });
});
