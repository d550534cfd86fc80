import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { axeViolations, downloadText, linkParam, startBrowser, waitForChart } from './harness';

/** Surveys kept apart, survey waves (time=), the Over time chart, conflicts, no-data lines (issue 10). */

const browser = startBrowser();
const param = linkParam;
const download = downloadText;

describe('Over time', () => {
  it('draws one line per country over the Commonwealth Fund waves, keyboard operable, axe clean', async () => {
    const { page, errors } = await browser.open(
      '/?countries=NL,GB,DE,FR,SE,IT&indicators=cmwf_emr&chart=time',
    );
    await waitForChart(page);
    await expect(page.getByRole('tab', { name: 'Over time' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    const lines = await page.$$eval('figure svg .time-line', (ls) =>
      ls.map((l) => ({
        country: l.getAttribute('data-country'),
        years: [...l.querySelectorAll('.mark')].map((m) => m.getAttribute('data-year')),
      })),
    );
    expect(lines.map((l) => l.country)).toEqual(['NL', 'GB', 'DE', 'FR', 'SE', 'IT']);
    const waves = new Set(lines.flatMap((l) => l.years));
    expect(waves.size).toBeGreaterThanOrEqual(3);
    expect(lines.find((l) => l.country === 'NL')?.years).toEqual(['2006', '2009', '2012']);
    await expect(
      page.locator('figure svg .mark[data-country="FR"][data-year="2009"] title').textContent(),
    ).resolves.toBe(
      'France — Commonwealth Fund, 2009: Primary care physicians using electronic medical records: 68 %',
    );
    // The Commonwealth Fund published no European average: no reference line.
    await expect(page.locator('figure svg[role="img"]').getAttribute('aria-label')).resolves.toMatch(
      /one panel per concept \(Electronic records: 1 survey, 2006–2022\), 6 countries, 1 survey/,
    );
    await expect(page.locator('figure svg .time-line[data-country^="EU"]').count()).resolves.toBe(0);
    await expect(page.locator('figure .chart-source').textContent()).resolves.toMatch(
      /^Data: Commonwealth Fund survey of primary care physicians \(2006, 2009, 2012, 2015, 2019, 2022\), as printed in /,
    );
    // Keyboard: Tab into the points, arrows move, the tooltip follows focus.
    await page.locator('.mark-layer button').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tooltip').textContent()).resolves.toMatch(/Netherlands/);
    // The year picker does not apply to Over time, and says why.
    await expect(page.getByLabel('Survey year').isDisabled()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps time= on Over time and applies it again on Bars', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=cmwf_emr&chart=time&time=2009');
    await waitForChart(page);
    expect(param(page, 'time')).toBe('2009');
    await page.getByRole('tab', { name: 'Bars' }).click();
    await expect.poll(() => param(page, 'chart')).toBe('bars');
    expect(param(page, 'time')).toBe('2009');
    await expect(
      page
        .locator('figure svg .mark[data-country="DE"][data-indicator="cmwf_emr"]')
        .getAttribute('data-value'),
    ).resolves.toBe('72');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Over time exports', () => {
  it('SVG and CSV hold every wave of every line, with the title and the survey-first source line', async () => {
    const { page, errors } = await browser.open('/?countries=NL,FR&indicators=cmwf_emr&chart=time');
    await page.locator('figure svg .time-line .mark').first().waitFor();
    const svg = await download(page, 'Download SVG');
    expect(svg).toContain('EMR use (CMWF) over time: Netherlands and France');
    expect(svg).toContain('>Electronic records</text>');
    expect(svg).toContain(
      'Data: Commonwealth Fund survey of primary care physicians (2006, 2009, 2012, 2015, 2019, 2022)',
    );
    expect((svg.match(/class="mark"/g) ?? []).length).toBe(5);
    const csv = csvParse(await download(page, 'Download CSV'));
    // One row per country × wave of the survey, no-data waves included (with what other waves hold).
    expect(csv.map((r) => `${r.country} ${r.year} ${r.value_percent}`)).toEqual([
      'NL 2006 98',
      'NL 2009 99',
      'NL 2012 98',
      'NL 2015 ',
      'NL 2019 ',
      'NL 2022 ',
      'FR 2006 ',
      'FR 2009 68',
      'FR 2012 67',
      'FR 2015 ',
      'FR 2019 ',
      'FR 2022 ',
    ]);
    expect(csv.find((r) => r.country === 'FR' && r.year === '2006')?.note).toMatch(
      /other waves: 2009: 68 %, 2012: 67 %/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('time=', () => {
  it('shows the 2009 wave, says which year each indicator shows, and the picker changes the wave', async () => {
    const { page, errors } = await browser.open(
      '/?countries=FR,DE&indicators=cmwf_emr,epr&time=2009&chart=bars',
    );
    await waitForChart(page);
    const value = (c: string, i: string) =>
      page.locator(`figure svg .mark[data-country="${c}"][data-indicator="${i}"]`).getAttribute('data-value');
    await expect(value('FR', 'cmwf_emr')).resolves.toBe('68');
    await expect(value('FR', 'epr')).resolves.toBe('74.2');
    await expect(page.locator('figure .chart-subtitle').textContent()).resolves.toMatch(
      /different surveys or years: .*Commonwealth Fund, 2009.*empirica 2007, no 2009 wave/,
    );
    await expect(page.getByRole('list', { name: 'Legend' }).textContent()).resolves.toMatch(
      /EMR use \(CMWF\), Commonwealth Fund, 2009/,
    );
    await expect(page.getByLabel('Survey year').inputValue()).resolves.toBe('2009');
    await page.getByLabel('Survey year').selectOption('2012');
    await expect.poll(() => param(page, 'time')).toBe('2012');
    await expect(value('FR', 'cmwf_emr')).resolves.toBe('67');
    await page.getByLabel('Survey year').selectOption('latest');
    await expect.poll(() => param(page, 'time')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says "no data for 2012" and what another wave holds, in the table, the tooltip and the no-data line', async () => {
    const { page, errors } = await browser.open(
      '/?countries=IT,NL&indicators=cmwf_emr,cmwf_it_functions&time=2012&chart=table',
    );
    await waitForChart(page);
    const it = page.locator('figure table td[data-country="IT"][data-indicator="cmwf_emr"]').first();
    await expect(it.textContent()).resolves.toBe('no data (2009: 94)');
    await page.getByRole('tab', { name: 'Bars' }).click();
    await page.locator('figure svg .mark[data-country="IT"][data-indicator="cmwf_emr"] rect').hover();
    await expect(page.getByRole('tooltip').textContent()).resolves.toMatch(/no data for 2012; 2009: 94 %/);
    // With that indicator alone, Italy has nothing to draw: the line under the chart says what 2009 holds.
    await page.goto(page.url().replace('indicators=cmwf_emr,cmwf_it_functions', 'indicators=cmwf_emr'));
    await waitForChart(page);
    await expect(page.locator('figure .chart-note').first().textContent()).resolves.toBe(
      'No data: Italy (2009: 94 %).',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('latest is the latest wave with a figure for the selected countries: 12 epSOS countries on cmwf_emr show 2015, not 2022', async () => {
    const epsos = 'FR,DE,IT,ES,AT,SE,GR,NL,SK,CZ,DK,GB';
    const { page, errors } = await browser.open(`/?countries=${epsos}&indicators=cmwf_emr&chart=bars`);
    await waitForChart(page);
    const mark = (c: string) =>
      page.locator(`figure svg .mark[data-country="${c}"][data-indicator="cmwf_emr"]`);
    // Before: the 2022 wave, which none of them took part in, and every country under "No data".
    await expect(mark('GB').getAttribute('data-value')).resolves.toBe('98');
    await expect(page.locator('figure .chart-subtitle').textContent()).resolves.toMatch(
      /Commonwealth Fund survey of primary care physicians, 2015\.$/,
    );
    const notes = await page.locator('figure .chart-note').allTextContents();
    expect(notes).toContain(
      'EMR use (CMWF): 2015 is shown, the latest wave with a figure for the selected countries; later waves (to 2022) have none for them.',
    );
    // Italy took part only in 2009: named with what 2009 holds, and drawn when that wave is asked for.
    expect(notes[0]).toMatch(/^No data: .*Italy \(2009: 94 %\)/);
    await page.getByLabel('Survey year').selectOption('2009');
    await expect.poll(() => param(page, 'time')).toBe('2009');
    await expect(mark('IT').getAttribute('data-value')).resolves.toBe('94');
    await expect(page.locator('figure .chart-note').first().textContent()).resolves.not.toMatch(/Italy/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('latest never picks a wave none of the selected countries took part in: Italy’s 2009 figure is drawn', async () => {
    const { page, errors } = await browser.open('/?countries=IT,ES,AT&indicators=cmwf_emr&chart=bars');
    await waitForChart(page);
    await expect(
      page
        .locator('figure svg .mark[data-country="IT"][data-indicator="cmwf_emr"]')
        .getAttribute('data-value'),
    ).resolves.toBe('94');
    await expect(page.locator('figure .chart-note').first().textContent()).resolves.toBe(
      'No data: Spain, Austria.',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['1850', 'none of the selected indicators has a survey wave in that year'],
    ['abc', 'expected a survey year or latest'],
    ['2012', 'none of the selected indicators has a survey wave in that year'],
  ])('drops time=%s with a notice and opens the latest waves', async (value, reason) => {
    const { page, errors } = await browser.open(`/?countries=FR&indicators=computer&time=${value}`);
    await waitForChart(page);
    const notice = page.getByRole('status').filter({ hasText: 'Part of the link could not be used.' });
    // The notice's code loads on demand (src/app/Notices.tsx): wait for it.
    await expect
      .poll(() => notice.getByRole('listitem').allTextContents())
      .toContain(`Ignored time “${value}”: ${reason}`);
    await expect(
      page
        .locator('figure svg .mark[data-country="FR"][data-indicator="computer"]')
        .getAttribute('data-value'),
    ).resolves.toBe('82.8');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('conflicts, references and sparse views', () => {
  it('shows a disagreement between publications in the tooltip, the table and the CSV', async () => {
    const { page, errors } = await browser.open('/?countries=CH&indicators=cmwf_emr&time=2022&chart=table');
    await waitForChart(page);
    const cell = page.locator('figure table td[data-country="CH"][data-indicator="cmwf_emr"]').first();
    await expect(cell.textContent()).resolves.toBe('83 ≠');
    await expect(
      page.locator('.table-notes', { hasText: 'Publications differ' }).textContent(),
    ).resolves.toMatch(/Switzerland.*83 % shown; sources differ: 82 % in Agrisano/);
    const csv = await download(page, 'Download CSV');
    expect(csv).toMatch(
      /CH,Switzerland,cmwf_emr,.*,2022,83,none published,,,.*sources differ: 82 % in Agrisano/,
    );
    await page.getByRole('tab', { name: 'Bars' }).click();
    await page.locator('figure svg .mark[data-country="CH"] rect').hover();
    await expect(page.getByRole('tooltip').textContent()).resolves.toMatch(/sources differ: 82 %/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('definition fit first: DE 2018 digital records shows 73 (its wording fits), 58 listed as the conflict with its base', async () => {
    const { page, errors } = await browser.open(
      '/?countries=DE&indicators=kbv_digital_records&time=2018&chart=table',
    );
    await waitForChart(page);
    const cell = page
      .locator('figure table td[data-country="DE"][data-indicator="kbv_digital_records"]')
      .first();
    await expect(cell.textContent()).resolves.toBe('73 ≠');
    await expect(
      page.locator('.table-notes', { hasText: 'Publications differ' }).textContent(),
    ).resolves.toMatch(
      /Germany.*73 % shown; sources differ: 58 % in IGES Institut.*only in part.*base not stated/,
    );
    const csv = await download(page, 'Download CSV');
    expect(csv).toMatch(/DE,Germany,kbv_digital_records,.*,2018,73,.*sources differ: 58 % in IGES Institut/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gap: a survey without an average says so in words instead of drawing a gap', async () => {
    const { page, errors } = await browser.open('/?countries=NL,GB&indicators=cmwf_emr&chart=gap');
    await page.locator('.chart-empty', { hasText: /^No gap to draw/ }).waitFor();
    await expect(page.locator('figure .chart-note').allTextContents()).resolves.toContain(
      'EMR use (CMWF): the Commonwealth Fund survey of primary care physicians published no European average, so no gap is drawn.',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the 2002 survey is compared with its own EU15 average, named in the legend', async () => {
    const { page, errors } = await browser.open('/?countries=SE,NL,GR&indicators=gp2002_emr&chart=bars');
    await waitForChart(page);
    await expect(page.getByRole('list', { name: 'Legend' }).textContent()).resolves.toMatch(
      /EU15 average, 2002/,
    );
    await expect(
      page
        .locator('figure svg .mark[data-country="EU15"][data-indicator="gp2002_emr"]')
        .getAttribute('data-value'),
    ).resolves.toBe('29');
    await expect(page.locator('figure svg .mark[data-country="EU27"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names the countries without data under the chart and in the exported SVG, and the source line credits the survey', async () => {
    // The 2007 bars of the 12 epSOS countries (the landing view before All surveys, one tab away).
    const { page, errors } = await browser.open(
      '/?countries=AT,CZ,DK,FR,DE,GR,IT,NL,SK,ES,SE,GB&indicators=computer,internet,epr&chart=bars&profile=FR',
    );
    await waitForChart(page);
    const note = (await page.locator('figure .chart-note').first().textContent()) ?? '';
    expect(note).toMatch(
      /^No data: Austria, Czech Republic, Denmark, Greece, Netherlands, Slovakia, Sweden, United Kingdom\.$/,
    );
    await expect(page.locator('figure .chart-source').textContent()).resolves.toMatch(
      /^Data: empirica GP survey for the European Commission \(2007; report: empirica for the European Commission, Benchmarking ICT use among General Practitioners in Europe, 2008\), as printed in epSOS project, Country profile: France \(2010\) and \d+ other publications\.$/,
    );
    const svg = await download(page, 'Download SVG');
    expect(svg).toContain('No data: Austria, Czech Republic');
    expect(svg).toContain('Data: empirica GP survey for the European Commission (2007; report:');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('indicators grouped by concept', () => {
  it('lists the electronic-record indicators of every survey under one heading', async () => {
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    await page.getByRole('button', { name: /^Indicators/ }).click();
    const group = page.getByRole('group', { name: /^Electronic records: / });
    await expect(group.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    const options = await group.getByRole('option').allTextContents();
    expect(options.some((o) => o.includes('Primary care physicians using electronic medical records'))).toBe(
      true,
    );
    expect(options.some((o) => o.includes('(ePR)'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
