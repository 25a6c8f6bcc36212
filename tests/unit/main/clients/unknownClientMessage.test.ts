import { describe, expect, it } from 'vitest';
import type { OpenedBundle } from '../../../../src/shared/contract/bundleChannels';
import type { CoveredGround } from '../../../../src/shared/domain/bundleCoverage';
import { unknownClientMessage } from '../../../../src/main/clients/unknownClientMessage';

const ground = (over: Partial<CoveredGround> & Pick<CoveredGround, 'family'>): CoveredGround => ({
  clientIds: null,
  from: null,
  to: null,
  text: null,
  narrowedBy: [],
  ...over,
});

const bundle = (coverage: CoveredGround[]) => ({ file: 'case.acbundle', coverage }) as unknown as OpenedBundle;

describe('why no log names a client', () => {
  it.each([
    [
      'on a live source',
      null,
      'No logs name client c-9; check the id, or look the client up by name or e-mail address.',
    ],
    [
      'over a bundle whose queries named other clients or read one day',
      bundle([
        ground({ family: 'operational', clientIds: ['c-1'] }),
        ground({ family: 'activity', from: '2026-10-01T00:00:00.000Z', to: '2026-10-02T00:00:00.000Z' }),
      ]),
      'No record in the reopened bundle case.acbundle names client c-9. This bundle’s operational log query covered client c-1 only: it holds nothing on client c-9, which does not mean there was nothing. This bundle’s activity event query covered only 2026-10-01 00:00 UTC to 2026-10-02 00:00 UTC, and found no record of this client there. Check the id, or close the bundle to look the client up on the cluster.',
    ],
    [
      'over a bundle whose queries read every client of both families',
      bundle([ground({ family: 'operational' }), ground({ family: 'activity' })]),
      'No record in the reopened bundle case.acbundle names client c-9. Its queries covered every client, with no other narrowing, and found no record of this one. Check the id, or close the bundle to look the client up on the cluster.',
    ],
  ])('%s', (_case, opened, expected) => {
    expect(unknownClientMessage('c-9', opened)).toBe(expected);
  });

  it('names a hidden character of the id, and cuts a long one, as the bundle’s notes do', () => {
    const id = `c-\u202E${'9'.repeat(60)}`;
    // Forty characters, the named one counted as one, the last of them the "…".
    const shown = `c-⟨U+202E⟩${'9'.repeat(36)}…`;
    expect(unknownClientMessage(id, null)).toBe(
      `No logs name client ${shown}; check the id, or look the client up by name or e-mail address.`,
    );
    const message = unknownClientMessage(id, bundle([ground({ family: 'operational', clientIds: ['c-1'] })]));
    // The cut id's "…" ends its sentence: no full stop after it.
    expect(message).toContain(`names client ${shown} This bundle’s `);
    expect(message).toContain(`it holds nothing on client ${shown}, which`);
  });
});
