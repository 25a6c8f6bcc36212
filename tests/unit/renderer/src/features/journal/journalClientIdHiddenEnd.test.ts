import { describe, expect, it } from 'vitest';
import { hiddenClientIdHint } from '../../../../../../src/renderer/src/features/journal/hiddenTextHint';
import {
  journalRequestOf,
  type JournalFilterDraft,
} from '../../../../../../src/renderer/src/features/journal/useJournalFilters';
import { JournalSearchRequest } from '../../../../../../src/shared/contract/journalChannels';

const empty: JournalFilterDraft = { operator: '', channel: '', clientId: '', outcome: '', from: '', to: '' };

describe("a client id ending in U+FEFF, a character that cannot be seen, is filtered on as the client's record holds it", () => {
  const typed = ' client-7\uFEFF ';
  const held = 'client-7\uFEFF';

  it('the request keeps it, without the spaces typed around it', () => {
    expect(journalRequestOf({ ...empty, clientId: typed }, 'UTC')).toEqual({ clientId: held });
  });

  it('main reads the request with it', () => {
    expect(JournalSearchRequest.parse({ clientId: typed }).clientId).toBe(held);
  });

  it('the field names it', () => {
    expect(hiddenClientIdHint(typed)).toBe(
      'This client id holds U+FEFF, a character that cannot be seen: it reads client-7⟨U+FEFF⟩.',
    );
  });
});
