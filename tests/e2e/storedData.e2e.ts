import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, linkParam, startBrowser, waitForChart, withoutIntegrityRefusals } from './harness';
import { failWrites, idb, untilOwnDataStored, writesCanFail } from './idb';

/**
 * Issue 20: own data is never lost in silence, a bad file never blanks the page. Stored records of
 * the wrong shape (alone and beside a valid one), a changed import id, a failing save (a database
 * whose store is missing, a quota error), and a built-in dataset of the wrong shape on `/` and on
 * a deep link.
 */
const browser = startBrowser();

const GOOD_CSV = 'country,indicator,year,value,label\nFR,good,2020,40,Good one\nDE,good,2020,50,\n';
const OWN_LINK = '/?countries=FR,DE&indicators=my_good&chart=bars';
const realDataset = readFileSync(new URL('../../public/data/indicators.json', import.meta.url), 'utf8');

const panel = (page: Page) => page.getByRole('region', { name: 'Add your own data' });

async function pasteGood(page: Page) {
  await page.getByRole('button', { name: /^Add data/ }).click();
  await panel(page).getByRole('textbox', { name: 'Or paste CSV text' }).fill(GOOD_CSV);
  await panel(page).getByRole('button', { name: 'Load pasted text' }).click();
  await panel(page).locator('.import-report').filter({ hasText: 'loaded' }).waitFor();
}

/** The good import as Add data stored it (v2), after a paste on a fresh page. */
async function storedGood(page: Page): Promise<Record<string, unknown>> {
  await waitForChart(page);
  await pasteGood(page);
  // The write commits after the report (and, on a loaded machine, more than a poll's second later).
  await untilOwnDataStored(page);
  const value = await idb<{ version: number; imports: Record<string, unknown>[] }>(page, ['get', 'own-data']);
  expect(value.version).toBe(2);
  return value.imports[0] ?? {};
}

async function openOwnLink(page: Page) {
  await page.goto(new URL(OWN_LINK, page.url()).toString());
  await page
    .locator('figure svg .mark[data-indicator="my_good"][data-country="FR"]')
    .waitFor({ timeout: 15_000 });
  await expect(
    page.locator('figure svg .mark[data-indicator="my_good"][data-country="FR"]').getAttribute('data-value'),
  ).resolves.toBe('40');
}

const setAsideNotice = (page: Page) => page.getByRole('region', { name: 'Stored data set aside' });

describe('stored imports that do not read', () => {
  it('a record of the wrong shape beside a valid v1 one: the valid one loads, the other is named, exported and deleted', async () => {
    const { page, errors } = await browser.open('/');
    const good = await storedGood(page);
    const { surveys: _, ...v1Good } = good;
    const broken = { ...v1Good, id: 'broken-1', fileName: 'broken.csv', observations: 'none' };
    await idb(page, ['delete', 'own-data'], ['put', 'imports', [v1Good, broken]]);
    await openOwnLink(page);
    const notice = setAsideNotice(page);
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(
      /One import stored in this browser could not be read.*broken\.csv \(observations/,
    );
    // Migrated to v2, the v1 key gone; the bad record in its own key.
    await expect.poll(() => idb(page, ['get', 'imports'])).toBeNull();
    const aside = await idb<{ label: string; record: { fileName: string } }[]>(page, ['get', 'set-aside']);
    expect(aside.map((a) => a.record.fileName)).toEqual(['broken.csv']);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download as JSON' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('epsos-indicators-set-aside.json');
    expect(JSON.parse(readFileSync(await file.path(), 'utf8'))[0].record.fileName).toBe('broken.csv');
    await notice.getByRole('button', { name: 'Delete what was set aside' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('figure svg .mark[data-indicator="my_good"]').first().waitFor();
    expect(await setAsideNotice(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a record of the wrong shape alone: set aside with a notice, the dashboard opens', async () => {
    const { page, errors } = await browser.open('/');
    // Written by the app first, so its own write cannot come after the record of the wrong shape.
    await storedGood(page);
    await idb(page, ['delete', 'own-data'], ['put', 'imports', [{ id: 'x', fileName: 'odd.csv' }]]);
    await page.reload();
    await setAsideNotice(page).waitFor();
    await expect(setAsideNotice(page).textContent()).resolves.toContain('odd.csv');
    await waitForChart(page);
    expect(errors).toEqual([]);
  });

  it('a changed import id (“Pasted Text 2026”): the own-data link opens (no ZodError, no endless Loading)', async () => {
    const { page, errors } = await browser.open('/');
    const good = await storedGood(page);
    await idb(page, ['put', 'own-data', { version: 2, imports: [{ ...good, id: 'Pasted Text 2026' }] }]);
    const { surveys: _, ...v1 } = good;
    await openOwnLink(page);
    // And in the v1 form, without its survey.
    await idb(page, ['delete', 'own-data'], ['put', 'imports', [{ ...v1, id: 'Pasted Text 2026' }]]);
    await openOwnLink(page);
    expect(await page.getByText('Loading the indicator data').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('a save that fails', () => {
  it('a database whose store is missing: the notice says the data could not be kept and offers the CSV', async () => {
    const context = await browser.browser.newContext({ acceptDownloads: true });
    const first = await context.newPage();
    await first.goto(new URL('/favicon.svg', browser.baseUrl).toString());
    await first.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('epsos-indicators', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('something-else');
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        }),
    );
    const { page } = await browser.open('/', { context });
    await waitForChart(page);
    await pasteGood(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Your data could not be kept in this browser.' });
    await alert.waitFor();
    await expect(panel(page).textContent()).resolves.toContain('Your data could not be kept in this browser');
    await expect(alert.textContent()).resolves.toMatch(
      /could not be read \(NotFoundError: .*object stores was not found\.?\)/,
    );
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download your data (CSV)' }).click(),
    ]);
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.split('\n')[0]).toBe('country,indicator,year,value,note,label,source');
    expect(csv).toContain('FR,my_good,2020,40,,Good one');
    await context.close();
  });

  it('a quota error: the notice says so, and the data stay in the tab', async () => {
    const context = await browser.browser.newContext();
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page } = await browser.open('/', { context });
    await waitForChart(page);
    await pasteGood(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Your data could not be kept in this browser.' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('QuotaExceededError: The quota has been exceeded.');
    await expect(page.getByRole('button', { name: /^Add data/ }).textContent()).resolves.toBe('Add data (1)');
    await context.close();
  });
});

describe('a removal that fails', () => {
  it('the file stays listed (it is still stored), the view keeps it, and the notice says it could not be removed', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await writesCanFail(context);
    const { page, errors } = await browser.open('/', { context });
    await storedGood(page);
    // The import joined the view: its indicator is selected and drawn, with its "Added …" line (which
    // comes when its merge is drawn, after its report), and the link a frame later.
    await panel(page).locator('.import-shown').filter({ hasText: 'Added' }).waitFor();
    await expect.poll(() => linkParam(page, 'indicators')).toMatch(/(^|,)my_good(,|$)/);
    const shownBefore = await panel(page).locator('.import-shown').textContent();
    expect(shownBefore).toContain('Added 1 indicator');
    const viewBefore = new URL(page.url()).search;
    const marks = page.locator('figure svg .mark[data-indicator="my_good"]');
    await marks.first().waitFor();
    const drawn = await marks.count();
    await failWrites(page, true);
    await panel(page).getByRole('button', { name: 'Remove pasted text' }).click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Could not remove pasted text from this browser.' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      'Problem: UnknownError: The write failed. Nothing was removed: it is still kept in this browser.',
    );
    await panel(page).getByRole('button', { name: 'Remove pasted text' }).waitFor();
    expect(await page.getByText('Your data could not be kept in this browser.').count()).toBe(0);
    // Nothing the analyst saw or chose has changed: the view, its marks, the "Added …" line.
    expect(new URL(page.url()).search).toBe(viewBefore);
    expect(await marks.count()).toBe(drawn);
    await expect(panel(page).locator('.import-shown').textContent()).resolves.toBe(shownBefore);
    await failWrites(page, false);
    await panel(page).getByRole('button', { name: 'Remove pasted text' }).click();
    await alert.waitFor({ state: 'detached' });
    await expect.poll(() => idb(page, ['get', 'own-data'])).toEqual({ version: 2, imports: [] });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a removal that waits for another tab', () => {
  it('says "Deleting…" (disabled) while another tab holds the store, then the file goes and the focus moves to the heading', async () => {
    const { page, errors } = await browser.open('/');
    await storedGood(page);
    // Another tab of this site holds a readwrite transaction on the store (a request after each answer).
    const other = await page.context().newPage();
    await other.goto(new URL('/favicon.svg', browser.baseUrl).toString());
    await other.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('epsos-indicators');
          open.onsuccess = () => {
            const os = open.result.transaction('user-data', 'readwrite').objectStore('user-data');
            const again = () => {
              resolve();
              if (!(window as unknown as { release?: boolean }).release) os.get('own-data').onsuccess = again;
            };
            os.get('own-data').onsuccess = again;
          };
        }),
    );
    await panel(page).getByRole('button', { name: 'Remove pasted text' }).click();
    const deleting = panel(page).getByRole('button', { name: 'Deleting pasted text' });
    await deleting.waitFor();
    await expect(deleting.textContent()).resolves.toBe('Deleting…');
    await expect(deleting.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(panel(page).getByRole('status').filter({ hasText: 'Deleting' }).textContent()).resolves.toBe(
      'Deleting pasted text…',
    );
    // Still drawn while it waits; WCAG 2.2 AA in that state.
    expect(linkParam(page, 'indicators')).toMatch(/(^|,)my_good(,|$)/);
    expect(await axeViolations(page)).toEqual([]);
    await other.evaluate(() => {
      (window as unknown as { release?: boolean }).release = true;
    });
    await panel(page).getByRole('list', { name: 'Your imported files' }).waitFor({ state: 'detached' });
    await expect.poll(() => idb(page, ['get', 'own-data'])).toEqual({ version: 2, imports: [] });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Add your own data');
    await expect.poll(() => linkParam(page, 'indicators') ?? '').not.toContain('my_good');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a built-in dataset of the wrong shape', () => {
  const cases = [
    { name: '{} on /', path: '/', body: '{}', message: /expected shape/ },
    {
      name: '{} on a deep link',
      path: '/?countries=FR,DE&indicators=computer&chart=gap',
      body: '{}',
      message: /expected shape/,
    },
    {
      name: 'a value out of range on a deep link',
      path: '/?countries=FR,DE&indicators=computer&chart=ranking',
      body: JSON.stringify({
        ...JSON.parse(realDataset),
        observations: JSON.parse(realDataset).observations.map((o: { value: number | null }) =>
          o.value === null ? o : { ...o, value: 150 },
        ),
      }),
      message: /observations\.\d+\.value/,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: the data error with Retry, not a blank page; Retry draws once the file is back`, async () => {
      const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.route(
        (url) => url.pathname.endsWith('/data/indicators.json'),
        (route) => route.fulfill({ status: 200, contentType: 'application/json', body: c.body }),
      );
      const { page, errors } = await browser.open(c.path, { context });
      const alert = page.getByRole('alert');
      await alert
        .getByRole('heading', { name: 'The indicator data could not be loaded' })
        .waitFor({ timeout: 20_000 });
      await expect(alert.textContent()).resolves.toMatch(c.message);
      expect(await page.locator('figure svg .mark[data-value="150"]').count()).toBe(0);
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await alert.getByRole('button', { name: 'Retry' }).click();
      await waitForChart(page);
      expect(withoutIntegrityRefusals(errors)).toEqual([]);
      await context.close();
    }, 40_000);
  }
});
