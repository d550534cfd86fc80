import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

/**
 * Issue 26, through Add data in Chromium (its own TextDecoder): files in other encodings load as
 * written and the report names the encoding; zero-width characters are removed and said; an own name
 * that reads as a built-in one is named; an unclosed U+202E reverses nothing around it; a
 * 10,000-character label wraps in the Sources dialog; one figure is "1 figure".
 */
const browser = startBrowser();

const panel = (page: Page) => page.getByRole('region', { name: 'Add your own data' });

async function open(page: Page) {
  await waitForChart(page);
  await page.getByRole('button', { name: /^Add data/ }).click();
  await panel(page).waitFor();
}

async function addBytes(page: Page, name: string, bytes: Uint8Array) {
  await panel(page)
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  const report = panel(page)
    .locator('.import-report')
    .filter({ hasText: `${name}: loaded` });
  await report.waitFor();
  return report;
}

const HEAD = 'country,indicator,year,value,label\n';

describe('Add data: encodings, invisible and look-alike names, long labels', () => {
  it('Windows-1252 (€, accents) and UTF-16 BE without a mark load as written; the report names the encoding', async () => {
    const { page, errors } = await browser.open('/');
    await open(page);
    // Windows-1252: é is 0xE9, € is 0x80, ’ is 0x92 (not valid UTF-8).
    const cp1252 = new Uint8Array([
      ...new TextEncoder().encode(`${HEAD}FR,prix,2020,40,Acc`),
      0xe8,
      ...new TextEncoder().encode('s l'),
      0x92,
      ...new TextEncoder().encode('Internet '),
      0x80,
      0x0a,
    ]);
    const first = await addBytes(page, 'cp1252.csv', cp1252);
    await expect(first.textContent()).resolves.toContain('Read as Windows-1252.');
    await expect(
      panel(page).getByRole('list', { name: 'Your imported files' }).textContent(),
    ).resolves.toContain('Accès l’Internet €');
    // UTF-16 BE, no byte order mark: once refused as binary.
    const le = Buffer.from(`${HEAD}DE,utf,2020,50,Überweisung\n`, 'utf16le');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
    const second = await addBytes(page, 'utf16be.csv', be);
    await expect(second.textContent()).resolves.toContain('utf16be.csv: loaded 1 figure.');
    await expect(second.textContent()).resolves.toContain('Read as UTF-16 BE.');
    // One figure is "1 figure", in the list too.
    await expect(
      panel(page).getByRole('list', { name: 'Your imported files' }).textContent(),
    ).resolves.toMatch(/utf16be\.csv: 1 figure, Überweisung/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('“Comp\\u200Buter use”: the zero-width space removed and said, the look-alike named', async () => {
    const { page, errors } = await browser.open('/');
    await open(page);
    const report = await addBytes(
      page,
      'lookalike.csv',
      new TextEncoder().encode(`${HEAD}FR,cu,2020,40,Comp\u200Buter use\n`),
    );
    const text = await report.textContent();
    expect(text).toContain('Removed 1 invisible zero-width character from the file.');
    expect(text).toMatch(
      /Your indicator “\u2068Computer use\u2069” \(my_cu\) has the name of a built-in one/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an unclosed U+202E in an own label: the chart title around it reads in order', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars');
    await open(page);
    await addBytes(page, 'rlo.csv', new TextEncoder().encode(`${HEAD}FR,rlo,2020,40,Tablets \u202Eevil\n`));
    const title = page.locator('figure .chart-title, figure h2').first();
    // Drawn once the import's merge lands (a worker's round trip after the report).
    await page.locator('figure .chart-title, figure h2').filter({ hasText: 'Tablets' }).first().waitFor();
    await expect.poll(() => title.textContent()).toContain('\u2068Tablets \u202Eevil\u2069');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an unclosed U+202E in an own label: legends, mark titles, axis titles and table headers isolate it', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars');
    await open(page);
    await addBytes(page, 'rlo2.csv', new TextEncoder().encode(`${HEAD}FR,rlo,2020,40,Tablets \u202Eevil\n`));
    const isolated = '\u2068Tablets \u202Eevil\u2069';
    // Every text of the chart that holds the label holds it isolated (SVG: FSI … PDI; HTML: <bdi>).
    const texts = (selector: string) =>
      page.evaluate(
        (sel) =>
          [...document.querySelectorAll(sel)]
            .filter((e) => e.textContent?.includes('Tablets'))
            .map((e) => ({ tag: e.tagName.toLowerCase(), text: e.textContent ?? '' })),
        selector,
      );
    // Drawn once the import's merge lands (a worker's round trip after the report).
    await page
      .locator('figure svg title')
      .filter({ hasText: 'Tablets' })
      .first()
      .waitFor({ state: 'attached' });
    await expect.poll(async () => (await texts('figure svg title')).length).toBeGreaterThan(0);
    for (const { text } of await texts('figure svg title')) expect(text).toContain(isolated);
    const legend = await texts('.legend .legend-label');
    expect(legend.length).toBeGreaterThan(0);
    for (const l of legend) expect(l.tag === 'bdi' || l.text.includes(isolated)).toBe(true);
    // The same file on the scatter chart (its axis titles) and in the table (its headers).
    // The history entry is written after the frame that shows the change (src/state/useUrlSync.ts).
    const ownInLink = () =>
      new URL(page.url()).searchParams
        .get('indicators')
        ?.split(',')
        .find((i) => i.startsWith('my_'));
    await expect.poll(ownInLink).toMatch(/^my_/);
    const own = ownInLink();
    await page.goto(
      new URL(`/?countries=FR,DE&indicators=${own},computer&chart=scatter`, page.url()).toString(),
    );
    await page.locator('figure svg text').filter({ hasText: 'Tablets' }).first().waitFor();
    for (const { text } of await texts('figure svg text')) expect(text).toContain(isolated);
    await page.goto(
      new URL(`/?countries=FR,DE&indicators=${own},computer&chart=table`, page.url()).toString(),
    );
    await page.locator('figure th').filter({ hasText: 'Tablets' }).first().waitFor();
    expect(await page.locator('figure th bdi').filter({ hasText: 'Tablets' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a 10,000-character label wraps in the Sources dialog and the Add data list', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars');
    await open(page);
    await addBytes(
      page,
      'long.csv',
      new TextEncoder().encode(`${HEAD}FR,long,2020,40,${'L'.repeat(10_000)}\n`),
    );
    const overflow = (selector: string) =>
      page.locator(selector).evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(await overflow('.add-data-panel')).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sources and methods' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('L'.repeat(10_000));
    expect(await overflow('.sources-dialog')).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
