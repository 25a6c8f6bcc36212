import { describe, expect, it } from 'vitest';
import {
  isAcknowledgeable,
  NEW_OPERATOR,
  NO_OPERATOR_ERRORS,
  operatorFailureToErrors,
  roleAfterSaving,
  toDrafts,
  toRequest,
  validateOperators,
  type OperatorDraft,
} from '../../../../../../src/renderer/src/features/settings/operatorDrafts';

const sam: OperatorDraft = { ...NEW_OPERATOR, id: 'sam', name: 'Sam', role: 'supportLead' };
const ada: OperatorDraft = { ...NEW_OPERATOR, id: 'ada', name: 'Ada', role: 'admin' };

describe('workstation operators as the form edits them', () => {
  it('are sent trimmed, a listed scope one client id a line with blank lines skipped', () => {
    const drafts = [{ ...sam, id: ' sam ', name: ' Sam ', everyClient: false, clientIds: ' c1 \n\n c2\n' }];
    expect(toRequest(drafts, 'auditor')).toEqual({
      defaultRole: 'auditor',
      operators: [{ id: 'sam', name: 'Sam', role: 'supportLead', scope: { clientIds: ['c1', 'c2'] } }],
    });
    expect(toDrafts(toRequest(drafts, 'auditor').operators)).toEqual([
      { ...sam, everyClient: false, clientIds: 'c1\nc2' },
    ]);
  });

  it('pass when every operator has a distinct id and a name', () => {
    expect(validateOperators([sam, { ...sam, id: 'kim', name: 'Kim' }, ada], 'auditor')).toBe(NO_OPERATOR_ERRORS);
    expect(validateOperators([sam], 'admin')).toBe(NO_OPERATOR_ERRORS);
  });

  it('say what is wrong next to each field, in the words main refuses them with', () => {
    const drafts = [
      sam,
      { ...sam, name: '  ' },
      { ...NEW_OPERATOR, id: '   ', name: 'Nobody' },
      { ...sam, id: 'eve', name: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc' },
      ada,
    ];
    const { fields, form } = validateOperators(drafts, 'auditor');
    expect(form).toBeNull();
    expect(fields['operators.1.id']).toBe(
      'Operator 1 has this user id already; list each user once, or remove one of them.',
    );
    expect(fields['operators.1.name']).toBe('Give each operator a name.');
    expect(fields['operators.2.id']).toBe('Give each operator an id.');
    expect(fields['operators.3.name']).toMatch(/^The name looks like a JWT; secrets are never kept/);
    expect(JSON.stringify(fields)).not.toContain('eyJ');
  });

  it('name a scope’s client ids at fault by the line they were typed on', () => {
    const clientIds = 'c1\n\n4111 1111 1111 1111\nc3';
    const { fields } = validateOperators([{ ...sam, everyClient: false, clientIds }], 'auditor');
    expect(fields['operators.0.scope.clientIds']).toMatch(/^Line 3: The client id looks like a card number;/);
    const empty = validateOperators([{ ...sam, everyClient: false, clientIds: '\n ' }], 'auditor');
    expect(empty.fields['operators.0.scope.clientIds']).toBe(
      'List the clients this operator may read, one id a line, or choose every client.',
    );
  });

  it('name a hidden or reordering character beside its field, and the line of a scope it is on', () => {
    const drafts = [
      { ...sam, id: 'ad\u200Bmin', name: 'Sam \u202Enimda', everyClient: false, clientIds: 'c1\nc\u20662' },
      ada,
    ];
    const { fields, form } = validateOperators(drafts, 'auditor');
    expect(form).toBeNull();
    expect(fields['operators.0.id']).toBe(
      'The user id cannot hold U+200B, an invisible character that changes how the text reads; type it again without it.',
    );
    expect(fields['operators.0.name']).toMatch(/^The name cannot hold U\+202E, an invisible character/);
    expect(fields['operators.0.scope.clientIds']).toMatch(/^Line 2: A client id cannot hold U\+2066, /);
  });

  it('say above the list that a list leaving no console admin cannot be saved, and what to do', () => {
    const { fields, form } = validateOperators([sam, { ...ada, role: 'auditor' }], 'riskOfficer');
    expect(fields).toEqual({});
    expect(form).toMatch(/^No one would be a console admin on this workstation, so nobody could change Settings/);
    expect(validateOperators([], 'auditor')).toBe(NO_OPERATOR_ERRORS);
  });

  it('tell a warning main saves once acknowledged from any other refusal', () => {
    const warned = {
      ok: false as const,
      code: 'BAD_REQUEST' as const,
      field: 'acknowledgeWarnings',
      message: 'Not saved: …',
    };
    expect(isAcknowledgeable(warned)).toBe(true);
    expect(isAcknowledgeable({ ...warned, field: 'operators' })).toBe(false);
    expect(isAcknowledgeable({ ok: false, code: 'DISK_FULL', message: 'The disk is full.' })).toBe(false);
  });

  it('say above the list what no field holds: too many operators', () => {
    const many = Array.from({ length: 501 }, (_, at) => ({ ...sam, id: `user-${at}` }));
    expect(validateOperators(many, 'auditor')).toEqual({
      fields: {},
      form: 'The list holds too many operators: keep at most 500; this one holds 501.',
    });
  });

  it('put main’s refusal next to the field it names, without the router’s prefix', () => {
    const failure = {
      ok: false as const,
      code: 'BAD_REQUEST' as const,
      field: 'operators.0.scope.clientIds.1',
      message: 'Invalid request — operators.0.scope.clientIds.1: The client id is wrong.',
    };
    const drafts = [{ ...sam, everyClient: false, clientIds: 'c1\n\nc2' }];
    expect(operatorFailureToErrors(drafts, failure)).toEqual({
      fields: { 'operators.0.scope.clientIds': 'Line 3: The client id is wrong.' },
      form: null,
    });
    const unwritten = { ok: false as const, code: 'DISK_FULL' as const, message: 'The disk is full.' };
    expect(operatorFailureToErrors(drafts, unwritten)).toEqual({ fields: {}, form: 'The disk is full.' });
  });

  it('tell the role the workstation user holds once saved', () => {
    expect(roleAfterSaving([], 'auditor', 'ada')).toBe('admin');
    expect(roleAfterSaving([sam], 'auditor', 'ada')).toBe('auditor');
    expect(roleAfterSaving([sam, { ...sam, id: 'ada ', role: 'admin' }], 'auditor', 'ada')).toBe('admin');
  });
});
