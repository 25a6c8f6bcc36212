import { describe, expect, it } from 'vitest';
import { PinQueryRequest } from '../../../../../../src/shared/domain/investigationCase';
import { pinLabelProblem } from '../../../../../../src/renderer/src/features/cases/pinLabelProblem';

const refusedByMain = (label: string) =>
  PinQueryRequest.shape.label.safeParse(label).error?.issues.map((issue) => issue.message) ?? [];

describe('the label a query is pinned under, checked before anything is sent', () => {
  it.each([
    ['a view’s name', 'Operational logs'],
    ['a label of 200 emoji', '📌'.repeat(200)],
    ['a number that is not a card number', 'Order 4111 1111 1111 1112'],
    ['a hidden character shown by its name', 'Client ⟨U+202E⟩abc · Activity'],
  ])('takes %s, as main does', (_label, label) => {
    expect(refusedByMain(label)).toEqual([]);
    expect(pinLabelProblem(label)).toBeNull();
  });

  it.each([
    ['a card number', 'Client 4111 1111 1111 1111 · Activity'],
    ['an IBAN', 'Refunds to DE89 3704 0044 0532 0130 00'],
    ['a reordering character', 'Client \u202Eabc'],
  ])('refuses %s in the words main refuses it with, never quoting a number', (_label, label) => {
    expect(refusedByMain(label)).not.toEqual([]);
    expect(pinLabelProblem(label)).toBe(refusedByMain(label).join(' '));
    expect(pinLabelProblem(label)).not.toMatch(/4111 ?1111|3704 ?0044/);
  });

  it('says an empty label and one past the limit, counted as main counts it', () => {
    expect(pinLabelProblem('  ')).toMatch(/^The label is empty; name what the query shows/);
    expect(refusedByMain('  ')).toEqual([pinLabelProblem('  ')]);
    expect(pinLabelProblem('📌'.repeat(201))).toBe(
      'The label is too long: shorten it to at most 200 characters; this one has 201.',
    );
    expect(refusedByMain('📌'.repeat(201))).toEqual([pinLabelProblem('📌'.repeat(201))]);
  });
});
