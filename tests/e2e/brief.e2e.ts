import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefPdf } from '../../scripts/lib/briefPdf';
import { axeViolations, startBrowser, type TestPage, waitForChart } from './harness';

const browser = startBrowser();

const EPSOS = ['AT', 'CZ', 'DK', 'FR', 'DE', 'GR', 'IT', 'NL', 'SK', 'ES', 'SE', 'GB'];

/** The brief is printable once its profile (or the line saying there is none) is in. */
async function waitForBrief(page: Page) {
  await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor({ timeout: 15_000 });
  await page.waitForSelector('.brief-profile .profile-section, .brief-profile .brief-no-profile', {
    timeout: 15_000,
  });
}

const dir = mkdtempSync(join(tmpdir(), 'brief-pdf-'));

/** The PDF the brief's print script writes (scripts/brief-print.ts), read back with poppler. */
async function printed(
  page: Page,
  code: string,
): Promise<{ pages: number; text: string; info: string; file: string }> {
  const file = join(dir, `${code}.pdf`);
  writeFileSync(file, await briefPdf(page));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return { pages, info, file, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}

describe('country brief (?brief=CC)', () => {
  let shared: TestPage;
  beforeAll(async () => {
    shared = await browser.open('about:blank');
  });
  afterAll(async () => {
    await shared.page.close();
  });
  const open = async (search: string) => {
    await shared.page.goto(new URL(`/${search}`, browser.baseUrl).toString());
    return shared.page;
  };

  it('?brief=FR holds name and build date, At a glance, the chart, the profile, sources and citation, in order', async () => {
    const page = await open('?brief=FR');
    await waitForBrief(page);
    const headings = await page.locator('main h1, main h2').allTextContents();
    expect(headings).toEqual([
      'France',
      'At a glance',
      'Computer use, Internet access and electronic records, by survey',
      'Profile',
      'Sources of the figures',
      'How to cite',
    ]);
    await expect(page.locator('.brief-head p').textContent()).resolves.toMatch(
      /epSOS Indicators, edition of \d{1,2} [A-Z][a-z]+ \d{4} · each figure with its own survey year/,
    );
    const computer = page.locator('.brief-table tr[data-indicator="computer"]');
    await expect(computer.textContent()).resolves.toMatch(
      /Computer use.*empirica 2007.*2007.*82\.8 %.*EU27 87\.4 %.*−4\.6/,
    );
    await expect(page.getByRole('img', { name: /France in \d+ survey figure/ }).count()).resolves.toBe(1);
    for (const heading of ['Health system', 'eHealth strategy and bodies', 'Legal framework'])
      await expect(page.getByRole('heading', { name: heading, level: 3 }).count()).resolves.toBe(1);
    const back = page.getByRole('link', { name: /Back to the dashboard/ });
    expect(new URL((await back.getAttribute('href')) ?? '', page.url()).searchParams.get('profile')).toBe(
      'FR',
    );
    await expect(page.title()).resolves.toBe('France: country brief · epSOS Indicators');
    // No dashboard control on the brief.
    await expect(page.getByRole('button', { name: 'Download PNG' }).count()).resolves.toBe(0);
    expect(shared.errors).toEqual([]);
  });

  it('is axe-core clean and keyboard operable: Tab reaches the back link, then Print', async () => {
    const page = await open('?brief=FR');
    await waitForBrief(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(
      /Back to the dashboard/,
    );
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Print or save as PDF',
    );
    // The button calls the browser's print (stubbed here: headless Chromium has no dialog).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
  });

  it('France prints on 1–2 A4 pages with its figures, sources, law and citation, and no control', async () => {
    const page = await open('?brief=fr');
    await waitForBrief(page);
    // One link form.
    expect(new URL(page.url()).search).toBe('?brief=FR');
    const { pages, text, info, file } = await printed(page, 'FR');
    // Tagged (a screen reader reads it in order, not as one run of text), titled, in English.
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+France: country brief · epSOS Indicators$/m);
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (en)');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('France');
    expect(flat).toContain('82.8');
    expect(flat).toContain('EU27 87.4');
    expect(flat).toContain('empirica');
    expect(flat).toMatch(/CNIL law \(1978\)/);
    const link = new URL('/?brief=FR', browser.baseUrl).toString();
    expect(flat).toMatch(/How to cite France: country brief\. Data: .*epSOS Indicators, /);
    expect(flat).toContain(`${link} (accessed`);
    // The running footer: country, page number and link on each page.
    expect(flat).toContain('France · country brief · epSOS Indicators');
    expect(flat).toContain(`Page 1 of ${pages}`);
    for (const control of ['Download PNG', 'Add data', 'Print or save as PDF', 'Back to the dashboard'])
      expect(flat).not.toContain(control);
  });

  it('the brief of each of the 12 epSOS countries prints on at most 2 A4 pages', async () => {
    const counts: Record<string, number> = {};
    for (const code of EPSOS) {
      const page = await open(`?brief=${code}`);
      await waitForBrief(page);
      counts[code] = (await printed(page, code)).pages;
    }
    expect(Object.entries(counts).filter(([, n]) => n > 2)).toEqual([]);
    expect(Object.keys(counts)).toHaveLength(12);
  }, 60_000);

  it('a country without a profile: figures and sources only, and it says no profile was written', async () => {
    const page = await open('?brief=BE');
    await waitForBrief(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Belgium');
    await expect(page.locator('.brief-profile').textContent()).resolves.toContain(
      'No narrative profile was written for Belgium',
    );
    await expect(page.locator('.brief-sources > li').count()).resolves.toBeGreaterThan(0);
  });

  it('a profile file that fails: the brief says so in place and keeps its figures, sources and citation', async () => {
    const context = await browser.browser.newContext();
    // Germany: the page carries France's profile in its built-in data (the default view's).
    await context.route('**/data/profiles/DE.json', (route) => route.fulfill({ status: 500, body: 'no' }));
    const page = await context.newPage();
    await page.goto(new URL('/?brief=DE', browser.baseUrl).toString());
    await page
      .getByRole('alert')
      .filter({ hasText: 'The narrative profile of Germany could not be loaded' })
      .waitFor();
    await expect(page.locator('.brief-table tbody tr').count()).resolves.toBeGreaterThan(2);
    await expect(page.getByRole('heading', { name: 'How to cite' }).count()).resolves.toBe(1);
    await context.close();
  });

  it.each([
    ['?brief=XX', 'No country brief for “XX”'],
    ['?brief=EU27', 'No country brief for “EU27”'],
    ['?brief=', 'No country brief for “”'],
    ['?brief=%3Cimg%20src%3Dx%3E', 'No country brief for “<img src=x>”'],
  ])('%s opens the dashboard with a notice naming the value', async (search, text) => {
    const page = await open(search);
    await waitForChart(page);
    const notice = page.getByRole('status').filter({ hasText: 'Part of the link could not be used' });
    await expect(notice.textContent()).resolves.toContain(text);
    await expect(page.locator('.brief').count()).resolves.toBe(0);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    // The default view opens (with the France profile), and the bad value leaves the address.
    await page.getByRole('region', { name: 'France profile' }).waitFor();
    expect(new URL(page.url()).searchParams.has('brief')).toBe(false);
  });

  it('the profile panel’s Country brief link leads to the brief (a real link: it can open in a new tab)', async () => {
    const page = await open('');
    await waitForChart(page);
    const link = page
      .getByRole('region', { name: 'France profile' })
      .getByRole('link', { name: 'Country brief' });
    await expect(link.getAttribute('href')).resolves.toBe('?brief=FR');
    await link.click();
    await waitForBrief(page);
    expect(new URL(page.url()).search).toBe('?brief=FR');
    await expect(page.locator('h1').textContent()).resolves.toBe('France');
    await page.getByRole('link', { name: /Back to the dashboard/ }).click();
    await waitForChart(page);
    await page.getByRole('region', { name: 'France profile' }).waitFor();
  });
});
