import type { estypes } from '@elastic/elasticsearch';
import { clusterField, type FieldMapping } from '../../../shared/domain/fieldMapping';
import { PROFILE_EDIT_EVENTS } from '../../redaction/profileEdits';
import { PROFILE_NAME_PATHS, profileTermMatch } from '../profileEditText';
import type { SearchTerm } from '../searchTerms';

type QueryClause = estypes.QueryDslQueryContainer;

/**
 * A free-text term on client activity as profileTermMatch has it: the term's own clause for every event
 * but a profile edit; a profile edit through its label's words and its changed field names only, so the
 * message its producer logged (values, maybe) is never matched. `eventName` is the cluster field holding
 * the event's exact name.
 */
export function withProfileEditText(
  found: QueryClause,
  term: SearchTerm,
  mapping: FieldMapping,
  eventName: string,
): QueryClause {
  const profileEdit: QueryClause = { terms: { [eventName]: [...PROFILE_EDIT_EVENTS] } };
  const options: QueryClause[] = [{ bool: { must: [found], must_not: [profileEdit] } }];
  const match = profileTermMatch(term);
  if (match.events.length > 0) options.push({ terms: { [eventName]: [...match.events] } });
  const { name } = match;
  if (name) {
    const byName = PROFILE_NAME_PATHS.map(([root, leaf]): QueryClause => {
      const field = `${clusterField(mapping, 'activity', root)}.${leaf}`;
      const compared = { value: name.text, case_insensitive: true };
      return name.prefix ? { prefix: { [field]: compared } } : { term: { [field]: compared } };
    });
    options.push({ bool: { filter: [profileEdit], should: byName, minimum_should_match: 1 } });
  }
  return { bool: { should: options, minimum_should_match: 1 } };
}
