import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RefusedCopyBox } from '../../../../../../src/renderer/src/features/logGrid/RefusedCopyBox';

/** The box as markup, for a value `text` named `label`. */
const boxOf = (label: string, text: string) =>
  renderToStaticMarkup(createElement(RefusedCopyBox, { label, text, rows: 3, box: { current: null } }));

describe('the box a value the clipboard refused is shown in', () => {
  it('is read-only, named after the value, and described by the sentence that says what to press', () => {
    const html = boxOf('Description', 'Open API: client looked up');
    const sentenceId = /<p id="([^"]+)">/.exec(html)?.[1];
    expect(sentenceId).toBeTruthy();
    expect(html).toContain(
      '>The clipboard refused the copy: the value is selected in the box below; press Ctrl+C (⌘C on a Mac) to copy it.</p>',
    );
    const textarea = /<textarea([^>]*)>([^<]*)<\/textarea>/.exec(html);
    expect(textarea?.[1]).toContain('aria-label="Description, to copy"');
    expect(textarea?.[1]).toContain(`aria-describedby="${sentenceId}"`);
    expect(textarea?.[1]).toContain('readOnly=""');
    expect(textarea?.[2]).toBe('Open API: client looked up');
  });
});
