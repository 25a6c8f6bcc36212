import type { Permission } from '../../../shared/domain/roles';
import type { Operator } from '../features/access/operator';

export interface Section {
  path: string;
  label: string;
  /** Offered only to an operator whose role holds this; its page still says why to anyone sent to it. */
  requires?: Permission;
}

export const SECTIONS: readonly Section[] = [
  { path: '/logs', label: 'Operational logs' },
  { path: '/clients', label: 'Clients' },
  { path: '/investigations', label: 'Investigations' },
  { path: '/risk', label: 'Risk', requires: 'activity:read' },
  { path: '/journal', label: 'Journal', requires: 'journal:read' },
  { path: '/settings', label: 'Settings' },
];

/**
 * The sections to offer the operator: those its role may use. While the role is not known yet, only the
 * sections every role has, so a link appears once it is known and never vanishes under the pointer.
 * Main refuses whatever the role may not do, whatever is offered.
 */
export function sectionsFor(operator: Operator): readonly Section[] {
  return SECTIONS.filter((section) => !section.requires || operator.permissions.includes(section.requires));
}
