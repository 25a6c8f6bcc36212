import { clusterField } from '../../../shared/domain/fieldMapping';
import { PROFILE_EDIT_EVENTS } from '../../redaction/profileEdits';
import { PROFILE_NAME_PATHS, profileTermMatch } from '../profileEditText';
import type { SearchTerm } from '../searchTerms';
import { exactField, type CompileContext, type QueryClause } from './compileClauses';

/**
 * A free-text term on client activity as profileTermMatch has it: the term's own clause for every event
 * but a profile edit; a profile edit through its label's words and its changed field names only, so the
 * message its producer logged (values, maybe) is never matched.
 */
export function withProfileEditText(found: QueryClause, term: SearchTerm, ctx: CompileContext): QueryClause {
  const eventName = exactField(ctx, 'activity', 'eventName');
  const profileEdit: QueryClause = { terms: { [eventName]: [...PROFILE_EDIT_EVENTS] } };
  const options: QueryClause[] = [{ bool: { must: [found], must_not: [profileEdit] } }];
  const match = profileTermMatch(term);
  if (match.events.length > 0) options.push({ terms: { [eventName]: [...match.events] } });
  const { name } = match;
  if (name) {
    const byName = PROFILE_NAME_PATHS.map(([root, leaf]): QueryClause => {
      const field = `${clusterField(ctx.mapping, 'activity', root)}.${leaf}`;
      const compared = { value: name.text, case_insensitive: true };
      return name.prefix ? { prefix: { [field]: compared } } : { term: { [field]: compared } };
    });
    options.push({ bool: { filter: [profileEdit], should: byName, minimum_should_match: 1 } });
  }
  return { bool: { should: options, minimum_should_match: 1 } };
}
