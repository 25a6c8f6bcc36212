import type { Locator } from '@playwright/test';
import { expect } from './appDriver';

/**
 * The field is at fault and looks it: marked invalid for assistive technology, and bordered (and ringed,
 * when focused) in the colour the page gives what is wrong (`--danger` as the colour scheme computes it).
 */
export async function expectMarkedInvalid(field: Locator): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const danger = await field.evaluate((element) => {
    const probe = element.ownerDocument.createElement('span');
    probe.style.color = 'var(--danger)';
    element.ownerDocument.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  await expect(field).toHaveCSS('border-top-color', danger);
  // Focused, its ring takes the colour too: the browser's own ring would cover the border.
  if (await field.evaluate((element) => element.matches(':focus-visible')))
    await expect(field).toHaveCSS('outline-color', danger);
}
