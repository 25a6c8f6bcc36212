import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { datasetPopulation } from '../../src/main/demoData/generateDataset';
import { AppDriver, expect, test } from './support/appDriver';
import { tabTo } from './support/keyboard';

const DATASET = { clients: 8, days: 2, seed: 'audit-console-operators', endDate: '2026-11-30' };
const [own, other] = datasetPopulation(DATASET).clients;

/** A fresh workstation on the demo workspace: nobody listed yet, so its user (e2e-auditor) is the console admin. */
test.use({ consoleOptions: { name: 'e2e-operators', source: 'demo', demoDataset: DATASET } });

const section = (page: Page) => page.getByRole('region', { name: 'Workstation operators' });
const field = (page: Page, name: string) => section(page).getByRole('textbox', { name, exact: true });
const role = (page: Page, n: number) => section(page).getByRole('combobox', { name: `Role of operator ${n}` });

async function openSettings(app: AppDriver): Promise<void> {
  await app.open('/settings');
  await expect(app.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(section(app.page).getByRole('button', { name: 'Add an operator' })).toBeVisible();
}

/** Adds an operator with the keyboard: Add takes the new line's user id, Tab goes on to its name and role. */
async function addWithKeys(page: Page, n: number, id: string, name: string, label: string): Promise<void> {
  const add = section(page).getByRole('button', { name: 'Add an operator' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  await expect(field(page, `User id of operator ${n}`)).toBeFocused();
  await page.keyboard.type(id);
  await page.keyboard.press('Tab');
  await expect(field(page, `Name of operator ${n}`)).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await expect(role(page, n)).toBeFocused();
  await role(page, n).selectOption({ label });
}

test('an admin adds, edits and removes operators by keyboard, is refused what main refuses, and the list is kept', async ({
  app,
  page,
}) => {
  await openSettings(app);
  await addWithKeys(page, 1, 'e2e-auditor', 'E2E Auditor', 'Console admin');
  await addWithKeys(page, 2, 'kim', '4111 1111 1111 1111', 'Support lead');
  await addWithKeys(page, 3, 'kim', 'Kim again', 'Auditor');
  const save = section(page).getByRole('button', { name: 'Save operators' });
  await save.click();

  // Each refusal stands next to its field, in a sentence; the first field at fault takes the focus.
  await expect(field(page, 'Name of operator 2')).toHaveAccessibleDescription(
    'The name looks like a card number; secrets are never kept, so the operators were not saved. Write the operator’s name as people call them.',
  );
  await expect(field(page, 'Name of operator 2')).toBeFocused();
  await expect(field(page, 'User id of operator 3')).toHaveAccessibleDescription(
    'Operator 2 has this user id already; list each user once, or remove one of them.',
  );
  await expect(section(page).getByRole('status')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page })
    .include('section[aria-labelledby="workstation-operators-title"]')
    .analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual(
    [],
  );

  // Remove by keyboard: the last line's Remove goes, and the line before takes the focus on its own Remove.
  await tabTo(page, section(page).getByRole('button', { name: 'Remove operator 3' }));
  await page.keyboard.press('Enter');
  await expect(section(page).getByRole('button', { name: 'Remove operator 2' })).toBeFocused();
  await expect(field(page, 'User id of operator 3')).toHaveCount(0);

  await field(page, 'Name of operator 2').fill('Kim');
  await expect(field(page, 'Name of operator 2')).not.toHaveAttribute('aria-invalid', 'true');
  await section(page)
    .getByRole('group', { name: 'Scope of operator 2' })
    .getByRole('radio', { name: 'Only the listed clients' })
    .check();
  await field(page, 'Client ids of operator 2, one a line').fill(`${own?.id}\n\n${other?.id}`);
  await section(page)
    .getByRole('combobox', { name: 'Role of users not listed' })
    .selectOption({ label: 'Risk officer' });
  await save.click();
  await expect(section(page).getByRole('status')).toHaveText('Saved.');

  await app.reload();
  await openSettings(app);
  await expect(field(page, 'User id of operator 1')).toHaveValue('e2e-auditor');
  await expect(role(page, 1)).toHaveValue('admin');
  await expect(field(page, 'User id of operator 2')).toHaveValue('kim');
  await expect(field(page, 'Name of operator 2')).toHaveValue('Kim');
  await expect(role(page, 2)).toHaveValue('supportLead');
  await expect(field(page, 'Client ids of operator 2, one a line')).toHaveValue(`${own?.id}\n${other?.id}`);
  await expect(section(page).getByRole('combobox', { name: 'Role of users not listed' })).toHaveValue('riskOfficer');
  await expect(field(page, 'User id of operator 3')).toHaveCount(0);
  await expect(page.getByText(/4111 ?1111/)).toHaveCount(0);
  expect(await app.fatal()).toBeUndefined();
});

test('the workstation user saved as an auditor of one client, once warned, reads only that client', async ({
  app,
  page,
}) => {
  await openSettings(app);
  await addWithKeys(page, 1, 'e2e-auditor', 'E2E Auditor', 'Auditor');
  await section(page)
    .getByRole('group', { name: 'Scope of operator 1' })
    .getByRole('radio', { name: 'Only the listed clients' })
    .check();
  await field(page, 'Client ids of operator 1, one a line').fill(own?.id ?? '');
  await addWithKeys(page, 2, 'ops-lead', 'Ops Lead', 'Console admin');
  await expect(section(page).getByRole('note')).toHaveText(
    'Once saved, your role (e2e-auditor) is Auditor: you can no longer change Settings. List yourself as a Console admin to keep them.',
  );

  // Main refuses until the admin acknowledges its warning: the warning takes the keyboard, the next stop saves anyway.
  const save = section(page).getByRole('button', { name: 'Save operators' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  const warning = section(page).getByRole('alert');
  await expect(warning).toHaveText(
    'Not saved: with these operators your role (e2e-auditor) would be Auditor, and you could no longer change Settings. List yourself as a Console admin to keep them, or save even if warned to give them up.',
  );
  await expect(warning).toBeFocused();
  await expect(section(page).getByRole('note')).toHaveCount(0);
  await expect(section(page).getByRole('status')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(section(page).getByRole('button', { name: 'Save even if warned' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Who the console takes the user for follows at once: an auditor of one client, who no longer manages operators.
  await expect(
    page.getByText('Connections, role mappings and operators are managed by a console admin.'),
  ).toBeVisible();
  const whoYouAre = page.getByRole('region', { name: 'Who you are' });
  await expect(whoYouAre.getByRole('definition').filter({ hasText: /^Auditor$/ })).toBeVisible();
  await expect(whoYouAre.getByRole('definition').filter({ hasText: /^1 client$/ })).toBeVisible();
  await expect(section(page)).toHaveCount(0);
  // The form the keyboard was on is gone: the page's heading takes it, and the page says why.
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Operators saved.' })).toHaveText(
    'Operators saved. Your role is now Auditor: only a console admin can change Settings from here on.',
  );

  await app.goTo(`/clients/${other?.id}`);
  await expect(page.getByText(`Outside your scope: client ${other?.id}.`)).toBeVisible();
  await app.goTo(`/clients/${own?.id}`);
  await expect(page.getByText(`Outside your scope: client ${own?.id}.`)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await app.fatal()).toBeUndefined();
});

test('a list with no console admin is refused above it, and hidden characters beside their fields', async ({
  app,
  page,
}) => {
  await openSettings(app);
  await addWithKeys(page, 1, 'e2e-auditor', 'E2E Auditor', 'Auditor');
  await addWithKeys(page, 2, 'kim', 'Kim', 'Support lead');
  await section(page).getByRole('button', { name: 'Save operators' }).click();
  const refusal = section(page).getByRole('alert');
  await expect(refusal).toHaveText(
    'No one would be a console admin on this workstation, so nobody could change Settings again: make one operator (yourself, say) a Console admin, or make Console admin the role of users not listed.',
  );
  await expect(refusal).toBeFocused();

  // "kim" with a zero-width space reads as kim; a right-to-left override shows the name backwards.
  await role(page, 1).selectOption({ label: 'Console admin' });
  await field(page, 'User id of operator 2').fill('ki\u200Bm');
  await field(page, 'Name of operator 2').fill('Kim \u202Enimda');
  await section(page).getByRole('button', { name: 'Save operators' }).click();
  await expect(field(page, 'User id of operator 2')).toHaveAccessibleDescription(
    'The user id cannot hold U+200B, an invisible character that changes how the text reads; type it again without it.',
  );
  await expect(field(page, 'User id of operator 2')).toBeFocused();
  await expect(field(page, 'Name of operator 2')).toHaveAccessibleDescription(
    'The name cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.',
  );
  await expect(section(page).getByRole('alert')).toHaveCount(0);
  await expect(section(page).getByRole('status')).toHaveCount(0);

  await field(page, 'User id of operator 2').fill('kim');
  await field(page, 'Name of operator 2').fill('Kim');
  await section(page).getByRole('button', { name: 'Save operators' }).click();
  await expect(section(page).getByRole('status')).toHaveText('Saved.');
  expect(await app.fatal()).toBeUndefined();
});
