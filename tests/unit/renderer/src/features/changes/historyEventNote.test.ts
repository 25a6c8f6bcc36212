import { describe, expect, it } from 'vitest';
import { historyEventNote } from '../../../../../../src/renderer/src/features/changes/historyEventNote';

describe('what an entity history says of an edit its link names but it does not list', () => {
  it('says the event is no edit of the entity when the history lists every edit', () => {
    expect(historyEventNote('e1', 'client', 13, false)).toBe(
      'Event “e1” is not an edit of this client; showing its newest edit instead.',
    );
  });

  it('says the edit may be newer than those listed when the history lists only the oldest', () => {
    const note = historyEventNote('e1', 'client', 2000, true);
    expect(note).toBe(
      'Event “e1” is not among the oldest 2,000 edits of this client listed here: it may be a newer edit, past ' +
        'the most this page reads. Showing the newest edit listed instead.',
    );
    expect(note).not.toContain('is not an edit of');
  });

  it('quotes a long event id cut short, each hidden character named', () => {
    const note = historyEventNote(`\u202E${'x'.repeat(199)}`, 'client', 2, false);
    expect(note).toContain('⟨U+202E⟩');
    expect(note.length).toBeLessThan(160);
  });
});
