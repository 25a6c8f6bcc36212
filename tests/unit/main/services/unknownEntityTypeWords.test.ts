import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter, type Router } from '../../../../src/main/router/createRouter';
import { createChangeService } from '../../../../src/main/services/createChangeService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { activityEvent } from '../sources/embedded/sampleLogs';
import { refusingHandlers } from '../router/refusingHandlers';

const FAMILY = '👩‍👩‍👧';
const THUMB_WITH_TONE = '👍🏽';
const FLAG = '🇫🇷';
const E_ACUTE = 'e\u0301';

/** One edit in the log, of a client's desk: the only entity type edited there. */
const documents = [
  activityEvent('e1', 1, {
    actorType: 'manager',
    actorId: 'm1',
    actorName: 'Mia',
    eventName: 'manager.client_updated',
    change: {
      actionType: 'update',
      target: { type: 'client', id: 'c1' },
      changedFields: ['desk'],
      before: { desk: 'Sales' },
      after: { desk: 'VIP' },
      bulkId: null,
      bulkSize: null,
    },
  }),
];

let source: EmbeddedLogSource;
let router: Router;

beforeAll(async () => {
  source = await EmbeddedLogSource.fromDocuments(documents);
  router = createRouter({
    handlers: refusingHandlers(createChangeService({ current: () => Promise.resolve(source) })),
    currentOperator: () => ({ id: 'r1', name: 'Rita', role: 'riskOfficer', scope: null }),
    journal: { record: () => Promise.resolve() },
  });
});

afterAll(() => source.close());

/** The entity type as the history's refusal quotes it. */
async function quotedType(targetType: string): Promise<string> {
  const result = await router.handle('changes/history', { targetType, targetId: 'x1' }, { trusted: true });
  if (result.ok) throw new Error('a history of an entity type no edit has was shown');
  const quoted = /^“(.*)” is not an entity type of any edit in the log you can see; /su.exec(result.message);
  if (!quoted) throw new Error(`unexpected refusal: ${result.message}`);
  return quoted[1] ?? '';
}

describe('a history of an entity type no edit has quotes the type by whole characters', () => {
  it.each([
    ['a family emoji across the cut', `${'a'.repeat(56)}${FAMILY}bbbbbb`, `${'a'.repeat(56)}${FAMILY}bb…`],
    ['an emoji with a skin tone at the cut', `${'a'.repeat(59)}${THUMB_WITH_TONE}b`, `${'a'.repeat(59)}…`],
    ['a letter with a combining accent at the cut', `${'a'.repeat(59)}${E_ACUTE}xyz`, `${'a'.repeat(59)}…`],
    ['sixty flags, as many characters as a sentence quotes', FLAG.repeat(60), FLAG.repeat(60)],
    ['a short type', 'wallet', 'wallet'],
  ])('%s', async (_, targetType, shown) => {
    expect(await quotedType(targetType)).toBe(shown);
  });

  it('names the types edited there', async () => {
    const result = await router.handle('changes/history', { targetType: 'wallet', targetId: 'x1' }, { trusted: true });
    expect(result).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message:
        '“wallet” is not an entity type of any edit in the log you can see; the types edited there are client. Check the entity type in the link, or the data source it came from.',
    });
  });
});
