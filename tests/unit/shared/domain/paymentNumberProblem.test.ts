import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BundleStartRequest, ExportStartRequest } from '../../../../src/shared/contract/exportChannels';
import { SaveViewRequest } from '../../../../src/shared/contract/preferenceChannels';
import { displayUrl } from '../../../../src/shared/domain/connectionUrl';
import {
  CaseFields,
  InvestigationCase,
  PinQueryRequest,
  StarEventRequest,
} from '../../../../src/shared/domain/investigationCase';
import { paymentNumberProblem } from '../../../../src/shared/domain/paymentNumberProblem';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';

const CARD = '4111 1111 1111 1111';
const IBAN = 'DE89370400440532013000';
const CARD_REFUSAL = (what: string) =>
  `${what} holds what looks like a card number ending 1111; full card numbers and IBANs are never sent or kept. Write it without the number: a card’s last four digits are enough to name it.`;

describe('full card numbers and IBANs in what an operator types to name or describe something', () => {
  it.each([
    ['Card 4111111111111111', 'a card number ending 1111'],
    [`Card ${CARD}`, 'a card number ending 1111'],
    [`Wire to ${IBAN}`, 'an IBAN'],
    ['de89 3704 0044 0532 0130 00 and 5500-0000-0000-0004', 'an IBAN and a card number ending 0004'],
  ])('refuses %s, naming it by what it looks like, never by its digits', (text, looks) => {
    const message = paymentNumberProblem('The title', text);
    expect(message).toMatch(new RegExp(`^The title holds what looks like ${looks}; full card numbers and IBANs`));
    expect(message).not.toMatch(/4111.?1111|3704.?0044|5500.?0000/);
  });

  it.each(['Card ending 1111', 'Order 1700000000000 of 2026-12-01', 'INC-4711', '507f1f77bcf86cd799439011'])(
    'takes %s',
    (text) => {
      expect(paymentNumberProblem('The title', text)).toBeNull();
    },
  );

  it('masks them as redaction shows them, where a message repeats what was typed', () => {
    expect(maskSensitiveText(`pay ${CARD} or ${IBAN}.`)).toBe('pay [redacted: card •••• 1111] or [redacted: IBAN].');
    expect(displayUrl(`https://es.example.com:9200/${CARD.replaceAll(' ', '-')}`)).toBe(
      'https://es.example.com:9200/[redacted: card •••• 1111]',
    );
  });

  const fields = { title: 'Withdrawals', purpose: 'Edits of bank details', reference: 'INC-42' };

  it("refuses one in a case's title, purpose or reference, at the field", () => {
    const issues = (value: Partial<typeof fields>) =>
      CaseFields.safeParse({ ...fields, ...value }).error?.issues.map((issue) => [issue.path, issue.message]);
    expect(issues({ title: `Card ${CARD}` })).toEqual([[['title'], CARD_REFUSAL('The title')]]);
    expect(issues({ purpose: `Edits\nof ${CARD}` })).toEqual([[['purpose'], CARD_REFUSAL('The purpose')]]);
    expect(issues({ reference: CARD })).toEqual([[['reference'], CARD_REFUSAL('The reference')]]);
  });

  it("refuses one in a pinned query's label, a view's name and an export's purpose", () => {
    const query = { family: 'operational', filters: {}, timeRange: { kind: 'relative', last: '24h' } };
    const pin = { caseId: randomUUID(), label: `Card ${CARD}`, query };
    expect(PinQueryRequest.safeParse(pin).error?.issues[0]?.message).toBe(CARD_REFUSAL('The label'));
    const view = { name: `Card ${CARD}`, grid: 'operational', query: { family: 'operational' }, columns: [] };
    expect(SaveViewRequest.safeParse(view).error?.issues[0]?.message).toBe(CARD_REFUSAL('The view name'));
    const start = { jobId: randomUUID(), queries: [query], purpose: `Chargeback on ${CARD}` };
    const csv = { ...start, format: 'csv', target: { directory: '/tmp', fileName: 'a.csv' } };
    const bundle = { ...start, target: { directory: '/tmp', fileName: 'a.acbundle' } };
    expect(ExportStartRequest.safeParse(csv).error?.issues[0]?.message).toBe(CARD_REFUSAL('The purpose'));
    expect(BundleStartRequest.safeParse(bundle).error?.issues[0]?.message).toBe(CARD_REFUSAL('The purpose'));
  });

  it('refuses one in a star note, which is kept in the case file as typed and carried into bundles', () => {
    const star = { caseId: randomUUID(), family: 'operational', recordId: 'r1', summary: 's', note: `paid ${CARD}` };
    expect(StarEventRequest.safeParse(star).error?.issues[0]?.message).toBe(CARD_REFUSAL('The note'));
  });

  it('reads back a case file written before they were refused', () => {
    const kept = {
      v: 1,
      id: randomUUID(),
      ...fields,
      title: `Card ${CARD}`,
      createdAt: '2026-12-01T00:00:00.000Z',
      createdBy: 'ops',
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    expect(InvestigationCase.parse(kept).title).toBe(`Card ${CARD}`);
  });
});
