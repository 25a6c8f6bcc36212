import type { RequestInputOf } from '../../../../shared/contract/contract';
import { refusalSentenceOf, type Failure } from '../../../../shared/contract/errors';
import { SaveOperatorsRequest } from '../../../../shared/contract/saveOperatorsRequest';
import type { Operator, Role } from '../../../../shared/domain/roles';
import { workstationRoleOf } from '../../../../shared/domain/workstationAdmins';
import { describeBadLines } from './describeBadLines';
import { readAddressLines } from './connectionFormErrors';

/** One operator as the admin edits them: the scope's client ids are one text, an id a line. */
export interface OperatorDraft {
  id: string;
  name: string;
  role: Role;
  everyClient: boolean;
  clientIds: string;
}

/** What the form shows: a sentence next to each field at fault (by its request path), and one above for the rest. */
export interface OperatorErrors {
  fields: Readonly<Record<string, string>>;
  form: string | null;
}

export const NO_OPERATOR_ERRORS: OperatorErrors = { fields: {}, form: null };

export const NEW_OPERATOR: OperatorDraft = { id: '', name: '', role: 'auditor', everyClient: true, clientIds: '' };

/** The saved operators as the form edits them. */
export function toDrafts(operators: readonly Operator[]): OperatorDraft[] {
  return operators.map(({ id, name, role, scope }) => ({
    id,
    name,
    role,
    everyClient: scope === null,
    clientIds: scope?.clientIds.join('\n') ?? '',
  }));
}

/** The client ids typed for an operator, each with the line it is on (from 1); blank lines are skipped. */
const clientLines = (draft: OperatorDraft) =>
  readAddressLines(draft.clientIds).map(({ address, line }) => ({ clientId: address, line }));

/** What is sent: ids, names and client ids without the spaces around them. */
export function toRequest(
  drafts: readonly OperatorDraft[],
  defaultRole: Role,
): RequestInputOf<'settings/operators/save'> {
  return {
    defaultRole,
    operators: drafts.map((draft) => ({
      id: draft.id.trim(),
      name: draft.name.trim(),
      role: draft.role,
      scope: draft.everyClient ? null : { clientIds: clientLines(draft).map(({ clientId }) => clientId) },
    })),
  };
}

/** The field a request path names: a client id of a scope is the scope's text, with its line. */
function fieldOf(path: readonly PropertyKey[]): { field: string; at: number | null } {
  const parts = path.map(String);
  if (parts[0] === 'operators' && parts[2] === 'scope') {
    const at = parts[4] === undefined ? null : Number(parts[4]);
    return { field: parts.slice(0, 4).join('.'), at };
  }
  return { field: parts.join('.'), at: null };
}

/** Whether the form has a field of that path, where its sentence can be shown. */
function isField(drafts: readonly OperatorDraft[], field: string): boolean {
  if (field === 'defaultRole') return true;
  const [list, index, ...rest] = field.split('.');
  const shown = ['id', 'name', 'scope.clientIds'];
  return list === 'operators' && Number(index) < drafts.length && shown.includes(rest.join('.'));
}

/** Collects each issue next to its field; client ids of a scope by the line they are on. */
function collect(
  drafts: readonly OperatorDraft[],
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
) {
  const fields: Record<string, string> = {};
  const badLines = new Map<string, { line: number; message: string }[]>();
  let form: string | null = null;
  for (const { path, message } of issues) {
    const { field, at } = fieldOf(path);
    if (!isField(drafts, field)) {
      form ??= message;
      continue;
    }
    const draft = drafts[Number(path[1])];
    if (at !== null && draft) {
      const line = clientLines(draft)[at]?.line ?? at + 1;
      const lines = badLines.get(field) ?? [];
      if (!lines.some((bad) => bad.line === line)) badLines.set(field, [...lines, { line, message }]);
    } else fields[field] ??= message;
  }
  for (const [field, lines] of badLines) {
    const listWide = fields[field];
    fields[field] = listWide ? `${listWide}\n${describeBadLines(lines)}` : describeBadLines(lines);
  }
  return { fields, form };
}

/** Checks the operators before they are sent, with the schema main checks them with. */
export function validateOperators(drafts: readonly OperatorDraft[], defaultRole: Role): OperatorErrors {
  const parsed = SaveOperatorsRequest.safeParse(toRequest(drafts, defaultRole));
  return parsed.success ? NO_OPERATOR_ERRORS : collect(drafts, parsed.error.issues);
}

/** Where a refusal main answered goes: next to the field it names, else above the list. */
export function operatorFailureToErrors(drafts: readonly OperatorDraft[], failure: Failure): OperatorErrors {
  if (failure.field === undefined) return { fields: {}, form: failure.message };
  const path = failure.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return collect(drafts, [{ path, message: refusalSentenceOf(failure) }]);
}

/** The role the workstation user will hold once these operators are saved, by the rule main resolves it with. */
export function roleAfterSaving(drafts: readonly OperatorDraft[], defaultRole: Role, userId: string): Role {
  return workstationRoleOf({ operators: toRequest(drafts, defaultRole).operators, defaultRole }, userId);
}

/** Whether main refused a Save only until the admin acknowledges its warning (they would give up Settings). */
export function isAcknowledgeable(failure: Failure): boolean {
  return failure.code === 'BAD_REQUEST' && failure.field === 'acknowledgeWarnings';
}
