import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';
import { failWrites, idb, writesCanFail } from './idb';

/**
 * Issue 26: own data in two tabs of one browser (two pages of one context: one IndexedDB, one
 * BroadcastChannel). Each tab once wrote its whole list from memory: a stale tab's removal emptied
 * the store, and an add in one tab dropped what the other had added. And a spoiled set-aside record
 * blanked the app on every load.
 */
const browser = startBrowser();

const csv = (label: string) => `country,indicator,year,value,label\nFR,${label},2020,40,${label}\n`;

const panel = (page: Page) => page.getByRole('region', { name: 'Add your own data' });

async function openPanel(page: Page) {
  await waitForChart(page);
  await page.getByRole('button', { name: /^Add data/ }).click();
  await panel(page).waitFor();
}

/** Adds a file named `name`.csv through the file input, as a reader would. */
async function addFile(page: Page, name: string) {
  await panel(page)
    .locator('input[type="file"]')
    .setInputFiles({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv(name)) });
  await panel(page)
    .locator('.import-report')
    .filter({ hasText: `${name}.csv: loaded` })
    .waitFor();
}

/** The files a tab lists, in the order shown. */
const listed = (page: Page) =>
  panel(page)
    .getByRole('list', { name: 'Your imported files' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').split(':')[0]).sort());

const stored = async (page: Page) =>
  ((await idb<{ imports: { fileName: string }[] } | null>(page, ['get', 'own-data']))?.imports ?? [])
    .map((i) => i.fileName)
    .sort();

describe('own data across two tabs', () => {
  it('a stale tab’s removal takes only what it removes; adds in turn keep both; each tab shows what is stored', async () => {
    const { page: a, errors } = await browser.open('/');
    await openPanel(a);
    await addFile(a, 'alpha');
    const b = await a.context().newPage();
    b.on('pageerror', (e) => errors.push(e.message));
    await b.goto(a.url());
    await openPanel(b);
    await expect.poll(() => listed(b)).toEqual(['alpha.csv']);

    // A adds β; B removes α: β stays, in the store and in both tabs.
    await addFile(a, 'beta');
    await panel(b).getByRole('button', { name: 'Remove alpha.csv' }).click();
    await expect.poll(() => stored(a)).toEqual(['beta.csv']);
    await expect.poll(() => listed(a)).toEqual(['beta.csv']);
    await expect.poll(() => listed(b)).toEqual(['beta.csv']);

    // A adds γ, then B adds δ: nothing is lost.
    await addFile(a, 'gamma');
    await addFile(b, 'delta');
    const all = ['beta.csv', 'delta.csv', 'gamma.csv'];
    await expect.poll(() => stored(b)).toEqual(all);
    await expect.poll(() => listed(a)).toEqual(all);
    await expect.poll(() => listed(b)).toEqual(all);

    // A reload reads the same.
    await a.reload();
    await openPanel(a);
    await expect.poll(() => listed(a)).toEqual(all);
    expect(errors).toEqual([]);
    await a.context().close();
  });
});

describe('a spoiled set-aside record', () => {
  for (const aside of [[null], [{ label: { x: 1 } }]]) {
    it(`${JSON.stringify(aside)}: the dashboard opens and the notice names it, downloads it and deletes it`, async () => {
      const { page, errors } = await browser.open('/');
      await waitForChart(page);
      await idb(page, ['put', 'set-aside', aside]);
      await page.reload();
      const notice = page.getByRole('region', { name: 'Stored data set aside' });
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain('set-aside record 1');
      await waitForChart(page);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        notice.getByRole('button', { name: 'Download as JSON' }).click(),
      ]);
      expect(file.suggestedFilename()).toBe('epsos-indicators-set-aside.json');
      await notice.getByRole('button', { name: 'Delete what was set aside' }).click();
      await notice.waitFor({ state: 'detached' });
      // The focus the notice held goes to Add data (where the reader's data is), not to the body.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('.add-data') !== null))
        .toBe(true);
      await expect.poll(() => idb(page, ['get', 'set-aside'])).toBeNull();
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

/** A set-aside record as the merge writes it (src/import/importStorage.ts, setAsideRefused). */
const asideRecord = (n: number) => ({
  label: `refused-${n}.csv`,
  reason: 'observations.0.value: too big',
  setAsideAt: `2026-12-0${n}T00:00:00.000Z`,
  record: { id: `rec-${n}`, observations: [{ country: 'FR', value: n }] },
});

const asideNotice = (page: Page) => page.getByRole('region', { name: 'Stored data set aside' });
const asideListed = (page: Page) =>
  asideNotice(page)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').split(' (')[0]));

describe('deleting what was set aside, in two tabs (issue 26, the review’s finding)', () => {
  it('a delete the browser refuses is said and leaves the records listed; written, both tabs drop them', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await writesCanFail(context);
    const { page: a, errors } = await browser.open('/', { context });
    await waitForChart(a);
    await idb(a, ['put', 'set-aside', [asideRecord(1), asideRecord(2)]]);
    await a.reload();
    const b = await context.newPage();
    b.on('pageerror', (e) => errors.push(e.message));
    await b.goto(a.url());
    const both = ['refused-1.csv', 'refused-2.csv'];
    await expect.poll(() => asideListed(a)).toEqual(both);
    await expect.poll(() => asideListed(b)).toEqual(both);

    await failWrites(a, true);
    await asideNotice(a).getByRole('button', { name: 'Delete what was set aside' }).click();
    const alert = a.getByRole('alert').filter({ hasText: 'What was set aside could not be deleted.' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      'Problem: UnknownError: The write failed. Nothing was deleted: it is still kept in this browser.',
    );
    expect(await asideListed(a)).toEqual(both);
    expect(await asideListed(b)).toEqual(both);
    expect(await idb<unknown[]>(a, ['get', 'set-aside'])).toHaveLength(2);

    // Written this time: the records leave this tab, and the other tab hears of it.
    await failWrites(a, false);
    await asideNotice(a).getByRole('button', { name: 'Delete what was set aside' }).click();
    await asideNotice(a).waitFor({ state: 'detached' });
    await alert.waitFor({ state: 'detached' });
    await asideNotice(b).waitFor({ state: 'detached' });
    await expect.poll(() => idb(a, ['get', 'set-aside'])).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
