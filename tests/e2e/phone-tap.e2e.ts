import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

/** A phone (issue 25.3): a tap reads a mark, it does not navigate; the table's names stay in view. */
const browser = startBrowser();
const PHONE = { width: 390, height: 844 };

async function phone(path: string) {
  const context = await browser.browser.newContext({
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1,
  });
  return browser.open(path, { context });
}

describe('a tap at 390 px', () => {
  it('on an All surveys mark shows its value and source, and leaves the link and the history as they were', async () => {
    const { page, errors } = await phone('/?countries=FR,DE,DK&indicators=computer,internet,epr');
    await waitForChart(page);
    const before = { url: page.url(), history: await page.evaluate(() => history.length) };
    const mark = page.locator('figure svg .survey-mark[data-country="FR"][data-latest="true"]').first();
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.locator('path').boundingBox();
    if (!box) throw new Error('no mark for France');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // The mark under the finger's centre, though France's marks of several surveys lie close together and
    // another one's 24 px target may lie on top there (the tap reads the nearest mark: tap-nearest.e2e.ts).
    const value = await mark.getAttribute('data-value');
    if (!value) throw new Error('no value on the mark');
    await page.touchscreen.tap(x, y);
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const text = (await tip.textContent()) ?? '';
    expect(text).toContain('France');
    expect(text).toContain(`${value} %`);
    expect(text).toMatch(/Source: /);
    // Nothing else changed: no profile= in the link, no new history entry, no profile opened.
    expect(page.url()).toBe(before.url);
    expect(await page.evaluate(() => history.length)).toBe(before.history);
    await expect(page.getByRole('region', { name: 'France profile' }).count()).resolves.toBe(0);
    // The profile has its own control: a tap on the country's name opens it.
    await page.locator('figure svg .country-label').filter({ hasText: 'France' }).first().tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('profile')).toBe('FR');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('every mark of All surveys offers a finger a target of at least 24 × 24 px', async () => {
    const { page } = await phone('/');
    await waitForChart(page);
    const smallest = await page.$$eval('figure svg .survey-mark', (marks) =>
      Math.min(
        ...marks.map((m) => {
          const r = m.getBoundingClientRect();
          return Math.min(r.width, r.height);
        }),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it("the table's country column stays in view when the table scrolls sideways", async () => {
    const { page } = await phone(
      '/?countries=FR,DE,DK,SE&indicators=computer,internet,epr,cmwf_emr,ec2013_eprescribing&chart=table',
    );
    await waitForChart(page);
    const wrap = page.getByRole('region', { name: /\(table\)$/ });
    const overflow = await wrap.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeGreaterThan(100);
    const france = page.locator('.data-table th[scope="row"]').filter({ hasText: 'France' });
    const start = await france.boundingBox();
    await wrap.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    const end = await france.boundingBox();
    expect(end?.x).toBe(start?.x);
    // The column that scrolled under it is hidden behind it, not drawn over it.
    const name = await france.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(name).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });
});
