import { expect, test } from './support/appDriver';
import { openBusyClient } from './support/navigation';

test.use({ consoleOptions: { role: 'riskOfficer' } });

test('Save with an employee typed that names no one leaves the keyboard at that field, which says why', async ({
  app,
  page,
  cluster,
}) => {
  await openBusyClient(app, cluster, 'logs');
  await page.getByRole('button', { name: 'Filters' }).focus();
  await page.keyboard.press('Enter');
  const filters = page.getByRole('form', { name: 'Filters' });
  const employee = filters.getByRole('combobox', { name: 'Search employee' });
  await employee.focus();
  await page.keyboard.type('Zzyzx');
  await filters.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');

  // Nothing is applied; the field at fault takes the keyboard, as any other control at fault does on Save.
  await expect(employee).toBeFocused();
  await expect(employee).toHaveAttribute('aria-invalid', 'true');
  await expect(employee).toHaveAccessibleDescription(/^(No employee matches “Zzyzx”|Still looking up “Zzyzx”)/);
  await expect(employee).toHaveValue('Zzyzx');
  await expect(filters).toBeVisible();
});
