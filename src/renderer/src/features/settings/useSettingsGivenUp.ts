import { useEffect, useState, type RefObject } from 'react';
import { ROLE_LABELS, type Role } from '../../../../shared/domain/roles';
import { focusIsLost } from '../../routing/focusIsLost';

/**
 * What the page says once the operator stops being a console admin while on it (they saved an operator
 * list that gives Settings to someone else): the forms they used are gone, so the sentence says why, and
 * the keyboard, left on nothing, goes to the page's heading rather than to the document.
 */
export function useSettingsGivenUp(role: Role | null, heading: RefObject<HTMLHeadingElement | null>): string | null {
  // The last role known (a reload of who the operator is says nothing in between) and the one given up for.
  const [known, setKnown] = useState<Role | null>(role);
  const [givenUpFor, setGivenUpFor] = useState<Role | null>(null);
  if (role !== null && role !== known) {
    setKnown(role);
    setGivenUpFor(known === 'admin' ? role : role === 'admin' ? null : givenUpFor);
  }
  useEffect(() => {
    if (givenUpFor !== null && focusIsLost()) heading.current?.focus();
  }, [givenUpFor, heading]);
  if (givenUpFor === null) return null;
  return `Operators saved. Your role is now ${ROLE_LABELS[givenUpFor]}: only a console admin can change Settings from here on.`;
}
