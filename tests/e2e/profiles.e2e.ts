import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePanelRightAfterLoad } from './closePanelRightAfterLoad';
import {
  axeViolations,
  startBrowser,
  type TestPage,
  waitForChart,
  withoutBuiltInData,
  withoutIntegrityRefusals,
} from './harness';

const browser = startBrowser();

const EPSOS_COUNTRIES: [string, string][] = [
  ['AT', 'Austria'],
  ['CZ', 'Czech Republic'],
  ['DK', 'Denmark'],
  ['FR', 'France'],
  ['DE', 'Germany'],
  ['GR', 'Greece'],
  ['IT', 'Italy'],
  ['NL', 'Netherlands'],
  ['SK', 'Slovakia'],
  ['ES', 'Spain'],
  ['SE', 'Sweden'],
  ['GB', 'United Kingdom'],
];

const SECTION_HEADINGS = [
  'At a glance',
  'Health system',
  'eHealth strategy and bodies',
  'Key national eHealth services',
  'Legal framework',
  'In epSOS',
  'Sources',
];

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const panel = (page: Page, name: string) => page.getByRole('region', { name: `${name} profile` });

/** Opens a path and waits for the chart and for the named profile's narrative (its Sources section). */
async function openProfile(path: string, name: string, context?: BrowserContext) {
  const opened = await browser.open(path, context ? { context } : {});
  await waitForChart(opened.page);
  await panel(opened.page, name).getByRole('heading', { name: 'Sources' }).waitFor();
  return opened;
}

describe('country profiles', () => {
  describe('each of the 12 epSOS countries', () => {
    // One page for the twelve deep links: each is a full page load (goto), the browser cache is shared.
    let shared: TestPage;
    beforeAll(async () => {
      shared = await browser.open('about:blank');
    });
    afterAll(async () => {
      await shared.page.close();
    });

    it.each(EPSOS_COUNTRIES)(
      '?profile=%s opens the %s profile with every section and its latest figure per concept',
      async (code, name) => {
        const { page, errors } = shared;
        await page.goto(new URL(`/?profile=${code}`, browser.baseUrl).toString());
        await waitForChart(page);
        const region = panel(page, name);
        await region.getByRole('heading', { name: 'Sources' }).waitFor();
        await expect(region.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(name);
        expect(await region.getByRole('heading', { level: 3 }).allTextContents()).toEqual(SECTION_HEADINGS);
        const cards = region.getByRole('region', { name: 'At a glance' }).locator('li.figure-card');
        // Every epSOS country has at least one published figure in some survey (Slovakia: 2013 only).
        expect(await cards.count()).toBeGreaterThanOrEqual(2);
        const labels = await cards.locator('.figure-label').allTextContents();
        expect(new Set(labels).size).toBe(labels.length);
        for (const value of await cards.locator('.figure-value').allTextContents()) {
          expect(value).toMatch(/^\d+(\.\d)? %$/);
        }
        for (const meta of await cards.locator('.figure-meta').allTextContents()) {
          // "Commonwealth Fund, 2012", or "empirica 2007" for a survey named after its one wave.
          expect(meta).toMatch(/^.+(, | )(19|20)\d\d$/);
          expect(meta).not.toMatch(/ ((19|20)\d\d), \1$/);
        }
        const sources = region.getByRole('region', { name: 'Sources' }).getByRole('link');
        expect(await sources.count()).toBeGreaterThan(0);
        expect(param(page, 'profile')).toBe(code);
        expect(errors).toEqual([]);
      },
    );
  });

  it("France's panel: figures against the EU27 average, the generated sentence and the profile's facts", async () => {
    const { page, errors } = await openProfile('/?profile=FR', 'France');
    const region = panel(page, 'France');
    const card = (label: string) =>
      region.locator('li.figure-card', { has: page.getByText(label, { exact: true }) });
    // The latest figure of each concept, with its survey and wave, against that survey's own average.
    await expect(card('Computer use').locator('.figure-value').textContent()).resolves.toBe('82.8 %');
    await expect(card('Computer use').locator('.figure-meta').textContent()).resolves.toBe('empirica 2007');
    await expect(card('Computer use').locator('.figure-eu').textContent()).resolves.toBe(
      'EU27 87.4 % · −4.6 pts (below)',
    );
    await expect(card('Internet access').locator('.figure-eu').textContent()).resolves.toBe(
      'EU27 68.8 % · +3.5 pts (above)',
    );
    // Electronic records: the Commonwealth Fund's 2012 wave is later than the 2007 survey's 74.2 %.
    await expect(card('Electronic records').locator('.figure-value').textContent()).resolves.toBe('67 %');
    await expect(card('Electronic records').locator('.figure-meta').textContent()).resolves.toBe(
      'Commonwealth Fund, 2012',
    );
    await expect(card('Electronic records').locator('.figure-eu').textContent()).resolves.toBe(
      'No average published',
    );
    const text = ((await region.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(
      'France is 4.6 points below the EU27 average (2007) in computer use, 3.5 points above it in Internet access',
    );
    for (const fact of [
      'ASIP Santé',
      'MISS',
      'CPS',
      'Carte Vitale',
      'DMP',
      'DCC',
      'CNIL',
      '1978',
      '2002',
      '2004',
      'HPST',
      'ANAP',
      'ARS',
    ]) {
      expect(text, fact).toContain(fact);
    }
    expect(text).toMatch(/Ordonnance Juppé \(1996\)/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking a country label switches the profile and keeps the chart kind; Close removes profile=', async () => {
    const { page, errors } = await openProfile(
      '/?countries=FR,DE,DK&indicators=computer,internet,epr&chart=gap&profile=FR',
      'France',
    );
    await page.locator('figure svg text.country-label', { hasText: 'Germany' }).click();
    await panel(page, 'Germany').getByRole('heading', { name: 'Sources' }).waitFor();
    // The history entry is written after the frame that shows the change (src/state/useUrlSync.ts).
    await expect.poll(() => param(page, 'profile')).toBe('DE');
    expect(param(page, 'chart')).toBe('gap');
    expect(await panel(page, 'France').count()).toBe(0);
    await expect(
      page.getByRole('tab', { name: 'Gap to EU average' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(page.locator('figure svg[role="img"]').getAttribute('aria-label')).resolves.toMatch(
      /^Diverging bar chart/,
    );

    await panel(page, 'Germany').getByRole('button', { name: 'Close Germany profile' }).click();
    await panel(page, 'Germany').waitFor({ state: 'detached' });
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?countries=FR,DE,DK&indicators=computer,internet,epr&chart=gap');

    // Back walks the history: the profile comes back.
    await page.goBack();
    await panel(page, 'Germany').waitFor();
    expect(param(page, 'profile')).toBe('DE');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a deep link the panel comes right after the page is interactive; a click on it at once works', async () => {
    await closePanelRightAfterLoad(
      browser,
      '/?countries=FR,DE,DK&indicators=computer,internet,epr&chart=gap&profile=DE',
      'Germany',
    );
  });

  it('a country without a narrative profile says so and shows its figures', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    context.on('request', (r) => {
      if (r.url().includes('/data/profiles/')) requested.push(r.url());
    });
    const { page, errors } = await browser.open('/?profile=BE', { context });
    await waitForChart(page);
    const region = panel(page, 'Belgium');
    await region.getByText('No narrative profile exists yet for Belgium').waitFor();
    await expect(region.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Belgium');
    expect(await region.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['At a glance']);
    expect(await region.locator('li.figure-card').count()).toBeGreaterThanOrEqual(1);
    expect(
      await region.locator('li.figure-card[data-indicator="computer"] .figure-value').textContent(),
    ).toBe('86 %');
    expect(requested).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('profile text is rendered as text: HTML in a profile never becomes elements or runs', async () => {
    const script = '<script>window.__pwned=1</script>';
    const img = '<img src=x onerror="window.__pwned=1">';
    const hostile = {
      schemaVersion: 1,
      country: 'FR',
      name: 'France',
      wordCount: 12,
      sections: [
        {
          id: 'health-system',
          title: 'Health system',
          blocks: [
            {
              type: 'paragraph',
              children: [{ type: 'text', value: `Before ${script} between ${img} after.` }],
            },
            {
              type: 'list',
              ordered: false,
              items: [[{ type: 'strong', children: [{ type: 'text', value: img }] }]],
            },
          ],
        },
        {
          id: 'sources',
          title: 'Sources',
          blocks: [
            {
              type: 'list',
              ordered: true,
              items: [
                [
                  {
                    type: 'link',
                    href: 'https://example.org/',
                    children: [{ type: 'text', value: script }],
                  },
                ],
              ],
            },
          ],
        },
      ],
    };
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await withoutBuiltInData(context);
    await context.route('**/data/profiles/FR.json', (route) =>
      route.request().method() === 'GET' ? route.fulfill({ json: hostile }) : route.continue(),
    );
    const { page, errors } = await openProfile('/?profile=FR', 'France', context);
    const region = panel(page, 'France');
    await region.getByText('after.').waitFor();
    const paragraph = region.getByRole('region', { name: 'Health system' }).locator('p');
    await expect(paragraph.textContent()).resolves.toBe(`Before ${script} between ${img} after.`);
    expect(await paragraph.isVisible()).toBe(true);
    await expect(region.locator('li strong').textContent()).resolves.toBe(img);
    await expect(region.getByRole('link', { name: script }).getAttribute('href')).resolves.toBe(
      'https://example.org/',
    );
    expect(await region.locator('img, script').count()).toBe(0);
    expect(await page.locator('img[src="x"], body script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(withoutIntegrityRefusals(errors)).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the profile panel and the pickers', () => {
  it('an open profile panel with figures of several surveys and without averages passes axe-core', async () => {
    const { page, errors } = await openProfile('/?profile=DE', 'Germany');
    const cards = panel(page, 'Germany').locator('li.figure-card');
    await expect(cards.first().locator('.figure-value').textContent()).resolves.toBe('98.8 %');
    expect(await cards.locator('.figure-eu').allTextContents()).toContain('No average published');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the open Countries and Indicators pickers pass axe-core', async () => {
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    for (const label of ['Countries', 'Indicators']) {
      await page.getByRole('button', { name: new RegExp(`^${label} \\(`) }).click();
      const listbox = page.getByRole('listbox', { name: label });
      await listbox.waitFor();
      expect(await listbox.getByRole('option').count()).toBe(label === 'Countries' ? 31 : 92);
      await page.getByRole('button', { name: 'Select all' }).waitFor();
      await page.getByRole('button', { name: 'Clear' }).waitFor();
      if (label === 'Countries') await page.getByRole('button', { name: 'The 12 epSOS countries' }).waitFor();
      expect(await axeViolations(page), label).toEqual([]);
      await page.keyboard.press('Escape');
      await listbox.waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
