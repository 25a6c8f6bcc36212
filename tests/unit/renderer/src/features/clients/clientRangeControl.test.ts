import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClientRangeControl } from '../../../../../../src/renderer/src/features/clients/ClientRangeControl';
import {
  linkedRange,
  rangeProblem,
  readTimeParams,
} from '../../../../../../src/renderer/src/features/clients/clientPageRoute';

/** The period's fields a link gives, as the coverage page shows them: each field's name and whether it is marked. */
function fieldsOf(search: string): { error: string; invalid: string[] } {
  const params = new URLSearchParams(search);
  const error = rangeProblem(readTimeParams(params).timeIgnored, 'no coverage is shown');
  const markup = renderToStaticMarkup(
    createElement(ClientRangeControl, { value: linkedRange(params), onApply: () => undefined, error, kept: '' }),
  );
  const invalid = [...markup.matchAll(/<(?:input|select)[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => tag.includes('aria-invalid="true"'))
    .map((tag) => /aria-label="([^"]*)"/.exec(tag)?.[1] ?? '');
  return { error: error ?? '', invalid };
}

describe('ClientRangeControl: every bound a link gives that cannot be used is marked and named', () => {
  it('marks both dates when both are junk, and names both', () => {
    const { error, invalid } = fieldsOf('from=junk&to=junk');
    expect(invalid).toEqual(['Date from', 'Date to']);
    expect(error).toMatch(/from “junk”: .*; to “junk”: /);
  });

  it('marks only the bound that is junk', () => {
    expect(fieldsOf('from=2026-10-01T00:00:00Z&to=junk').invalid).toEqual(['Date to']);
  });
});
