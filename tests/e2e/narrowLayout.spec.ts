import type { Locator, Page } from '@playwright/test';
import { writeTestBundle } from '../integration/support/writeTestBundle';
import { expect, test } from './support/appDriver';
import { openBundle } from './support/bundleOpener';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

/** Where an id sits as laid out: on how many lines, and whether it is cut or runs past `within`. */
interface IdLayout {
  lines: number;
  clipped: boolean;
  outside: boolean;
}

/**
 * How the text `id` inside `element` is laid out: the lines its characters' boxes sit on, whether the
 * element holding it hides part of it (cut with an ellipsis), and whether it runs past the nearest
 * ancestor matching `within` (its cell or option).
 */
function idLayout(element: Locator, id: string, within: string): Promise<IdLayout> {
  return element.evaluate(
    (root, [wanted, boundary]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.textContent?.indexOf(wanted) ?? -1;
        if (start < 0) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + wanted.length);
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
        const holder = node.parentElement as HTMLElement;
        const edge = (holder.closest(boundary) ?? root).getBoundingClientRect();
        return {
          lines: new Set(boxes.map((box) => Math.round(box.top))).size,
          clipped: holder.scrollWidth > holder.clientWidth,
          outside: boxes.some((box) => box.right > edge.right + 0.5),
        };
      }
      return { lines: 0, clipped: false, outside: false };
    },
    [id, within] as const,
  );
}

const WHOLE_ON_ONE_LINE: IdLayout = { lines: 1, clipped: false, outside: false };

/** The party a client link names: "Open the client page of Name (id)". */
async function linkedClient(link: Locator): Promise<{ name: string; id: string }> {
  const label = (await link.getAttribute('aria-label')) ?? '';
  const [, name = '', id = ''] = /^Open the client page of (.+) \((.+)\)$/.exec(label) ?? [];
  return { name, id };
}

/** The status bar's parts: their text, tooltip, whether cut, and the lines the bar and each part take. */
function statusParts(page: Page) {
  return page
    .getByRole('contentinfo')
    .getByRole('status')
    .evaluate((line) => {
      const oneLine = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)))
          .size;
      };
      const parts = [...line.children].map((part) => ({
        text: part.textContent ?? '',
        title: part.getAttribute('title'),
        cut: part.scrollWidth > part.clientWidth,
        lines: oneLine(part),
        height: part.getBoundingClientRect().height,
      }));
      return { height: line.getBoundingClientRect().height, parts };
    });
}

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test.describe(`at ${width}x${height}, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme });

    test.describe('a risk officer on a bulk operation', () => {
      test.use({ consoleOptions: { role: 'riskOfficer' } });

      test('names each member "Name (id)" and never breaks an id', async ({ app, page }) => {
        await app.open('/risk');
        const bulks = page.getByRole('table', { name: 'Bulk operations, largest first' });
        await bulks.getByRole('link').first().click({ timeout: 30_000 });
        const members = page.getByRole('table', { name: 'Clients in the operation' });
        const headers = members.getByRole('rowheader');
        await expect(headers.first()).toBeVisible({ timeout: 30_000 });
        let named = 0;
        for (const header of (await headers.all()).slice(0, 25)) {
          const link = header.getByRole('link', { name: /^Open the client page of / });
          await expect(link).toBeVisible();
          const client = await linkedClient(link);
          if (client.name !== client.id) {
            named += 1;
            await expect(link).toHaveText(client.name);
            await expect(header).toHaveText(`${client.name} (${client.id})`);
          }
          expect(await idLayout(header, client.id, 'th'), `the id of ${client.name}`).toEqual(WHOLE_ON_ONE_LINE);
        }
        expect(named, 'members the logs name').toBeGreaterThan(0);
        await expectNoSidewaysScroll(page);
      });
    });

    test('tells two clients of the same name apart in the client suggestions, by keyboard too', async ({
      app,
      page,
    }) => {
      await app.open('/logs');
      await page.getByRole('button', { name: 'Filters' }).click();
      const filters = page.getByRole('form', { name: 'Filters' });
      const search = filters.getByRole('combobox', { name: 'Search client' });
      await search.fill('Pedro Kaya');
      const options = filters.getByRole('listbox', { name: 'Client suggestions' }).getByRole('option');
      // The fixture has two clients called Pedro Kaya: once both are listed, the list answers the text typed.
      await expect(options.filter({ hasText: /^Pedro Kaya \(/ })).toHaveCount(2);
      const ids: string[] = [];
      for (const option of await options.all()) {
        const [, id = ''] = /\((.+?)\)/.exec((await option.textContent()) ?? '') ?? [];
        ids.push(id);
        expect(await idLayout(option, id, '[role="option"]'), `the id ${id}`).toEqual(WHOLE_ON_ONE_LINE);
      }
      expect(new Set(ids).size).toBe(ids.length);

      await search.press('ArrowDown');
      await search.press('ArrowDown');
      const second = options.nth(1);
      await expect(search).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id')) ?? '');
      await search.press('Enter');
      await expect(filters.getByRole('button', { name: `Pedro Kaya (${ids[1] ?? ''}) ✕` })).toBeVisible();
      await expectNoSidewaysScroll(page);
    });

    test.describe('an investigator with a bundle open', () => {
      test.use({
        consoleOptions: {
          name: 'e2e-bundle',
          source: 'demo',
          role: 'investigator',
          demoDataset: { clients: 5, days: 2 },
        },
      });

      test('reads the status bar on one line, each part whole or cut with its whole text kept', async ({
        app,
        page,
        fixtureConsole,
        folder,
      }) => {
        const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'evidence.acbundle');
        await openBundle(app, path);
        await expect(page.getByTestId('status-source')).toHaveText('Bundle evidence.acbundle · read-only bundle');
        const notice = 'Demo workspace: roles come from this workstation’s settings, not from a cluster.';
        await expect(page.getByTestId('status-identity')).toHaveText(notice);

        const { height: barHeight, parts } = await statusParts(page);
        const lineHeight = Math.min(...parts.map((part) => part.height / Math.max(part.lines, 1)));
        expect(barHeight, 'the status bar is one line high').toBeLessThan(lineHeight * 1.5);
        for (const part of parts) {
          expect(part.lines, `"${part.text}" on one line`).toBe(1);
          if (part.cut) expect(part.title, `"${part.text}" whole in its tooltip`).toBe(part.text);
        }
        // The source, who is at the keyboard and the version are never what is cut at these widths.
        expect(parts.filter((part) => part.cut).map((part) => part.text)).toEqual(width < 1440 ? [notice] : []);
        await expectNoSidewaysScroll(page);
      });
    });
  });
}
