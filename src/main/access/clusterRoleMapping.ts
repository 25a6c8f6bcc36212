import { z } from 'zod';
import { ConsoleError } from '../../shared/contract/errors';
import {
  DEFAULT_ROLE_MAPPING,
  ROLE_MAPPING_DOCUMENT,
  ROLE_MAPPING_INDEX,
  RoleMappingEntry,
} from '../../shared/domain/identity';
import type { ElasticsearchAdapter } from '../sources/elasticsearch/ElasticsearchAdapter';

const StoredMapping = z.object({ entries: z.array(RoleMappingEntry) });

/**
 * The role mapping the cluster holds, read with the operator's own credentials; the defaults while it
 * holds none. A stored mapping that cannot be read as one is an error, never the defaults: the
 * defaults may grant more than what an admin saved.
 */
export async function readRoleMapping(
  adapter: ElasticsearchAdapter,
  signal?: AbortSignal,
): Promise<{ entries: RoleMappingEntry[]; stored: boolean }> {
  const [document] = await adapter.getDocuments(ROLE_MAPPING_INDEX, [ROLE_MAPPING_DOCUMENT], signal);
  if (document === undefined) return { entries: [...DEFAULT_ROLE_MAPPING], stored: false };
  const parsed = StoredMapping.safeParse(document);
  if (!parsed.success) {
    throw new ConsoleError(
      'CORRUPT',
      `The role mapping stored in ${ROLE_MAPPING_INDEX} on the cluster cannot be read; a console admin must save it again.`,
    );
  }
  return { entries: parsed.data.entries, stored: true };
}

export async function writeRoleMapping(
  adapter: ElasticsearchAdapter,
  entries: readonly RoleMappingEntry[],
  signal?: AbortSignal,
): Promise<void> {
  await adapter.putDocument(ROLE_MAPPING_INDEX, ROLE_MAPPING_DOCUMENT, { entries: [...entries] }, signal);
}

/** What an admin is warned about before saving: a mapping that maps nobody, or that locks them out. */
export function roleMappingWarnings(entries: readonly RoleMappingEntry[], adminRoles: readonly string[]): string[] {
  const warnings: string[] = [];
  if (entries.length === 0)
    warnings.push('This mapping maps nobody: every operator on this cluster would read nothing.');
  const mine = entries.find((entry) => adminRoles.includes(entry.clusterRole));
  if (mine?.consoleRole !== 'admin') {
    warnings.push(
      'This mapping no longer makes you a console admin: after saving you could not change it again from the console.',
    );
  }
  if (!entries.some((entry) => entry.consoleRole === 'admin')) {
    warnings.push('No cluster role maps to console admin: nobody could change this mapping from the console.');
  }
  return warnings;
}
