import { quoteText } from '../../format/quoteText';
import { shortId } from '../../format/shortId';

/** The most characters of an event id a sentence quotes: a link may hold up to 200 without a space. */
const QUOTED_EVENT_MAX = 60;

/**
 * What an entity's history says when the edit its link names is not among the edits it lists. When the
 * history lists only the oldest `listed` edits, the edit may well be a newer one past them: the page says
 * so, rather than that the event is no edit of the entity, and that it shows the newest edit it lists.
 */
export function historyEventNote(eventId: string, targetType: string, listed: number, truncated: boolean): string {
  const event = `Event ${quoteText(eventId, QUOTED_EVENT_MAX)}`;
  const entity = shortId(targetType);
  if (!truncated) return `${event} is not an edit of this ${entity}; showing its newest edit instead.`;
  return (
    `${event} is not among the oldest ${listed.toLocaleString('en')} edits of this ${entity} listed here: it may ` +
    'be a newer edit, past the most this page reads. Showing the newest edit listed instead.'
  );
}
