import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

/**
 * A tap where tap targets overlap (issue 27.3): All surveys draws a 24 px target around each 14 px
 * mark, and France's marks of several surveys lie closer than that. The browser gives a tap to the
 * mark on top; the tooltip must be the one of the mark nearest the finger.
 */
const browser = startBrowser();

interface Spot {
  x: number;
  y: number;
  /** The mark nearest the point among those whose 24 px target holds it. */
  nearest: string;
  /** The mark the browser finds on top there. */
  top: string;
}

/** A point inside two marks' targets, nearer one of them, where the browser's topmost mark is another. */
function findSpot(page: Page): Promise<Spot | null> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll<SVGGElement>('figure svg .survey-mark')].map((g) => {
      const r = (g.querySelector('path') as SVGPathElement).getBoundingClientRect();
      const key = `${g.dataset.country}|${g.dataset.indicator}|${g.dataset.year}`;
      return { g, key, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    for (const a of marks) {
      for (const b of marks) {
        const d = Math.hypot(b.x - a.x, b.y - a.y);
        if (a === b || d < 4 || d > 20) continue;
        // 40 % of the way from a to b: within 12 px of both centres, nearer a.
        const x = a.x + (b.x - a.x) * 0.4;
        const y = a.y + (b.y - a.y) * 0.4;
        const holding = marks.filter((m) => Math.hypot(m.x - x, m.y - y) <= 12);
        const nearest = holding.reduce((best, m) =>
          Math.hypot(m.x - x, m.y - y) < Math.hypot(best.x - x, best.y - y) ? m : best,
        );
        const top = document.elementFromPoint(x, y)?.closest<SVGGElement>('.survey-mark');
        const topKey = top && marks.find((m) => m.g === top)?.key;
        if (topKey && topKey !== nearest.key) return { x, y, nearest: nearest.key, top: topKey };
      }
    }
    return null;
  });
}

/** The tooltip the keyboard layer shows for a mark (its focus shows the same lines as hover or a tap). */
async function tipOf(page: Page, key: string): Promise<string> {
  await page.evaluate((k) => {
    const button = document.querySelector<HTMLButtonElement>(`.mark-hotspot[data-mark="${CSS.escape(k)}"]`);
    button?.blur();
    button?.focus();
  }, key);
  return (await page.getByRole('tooltip').textContent()) ?? '';
}

describe('a tap where tap targets overlap', () => {
  it('on All surveys shows the mark nearest the finger, not the one on top', async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 390, height: 2400 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 1,
    });
    const { page, errors } = await browser.open(
      '/?countries=FR,DE,DK&indicators=computer,internet,epr&chart=surveys',
      { context },
    );
    await waitForChart(page);
    const before = page.url();
    const spot = await findSpot(page);
    if (!spot) throw new Error('no point where two tap targets overlap and the top mark is not the nearest');
    // What each of the two marks' tooltips says (the keyboard layer's focus shows the same lines).
    const expected = await tipOf(page, spot.nearest);
    const onTop = await tipOf(page, spot.top);
    expect(expected).not.toBe(onTop);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
    // Every tooltip text the page shows from the tap on, as it shows it.
    await page.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { __tips: string[] }).__tips = shown;
      new MutationObserver(() => {
        const text = document.querySelector('[role="tooltip"]')?.textContent ?? '';
        if (text && text !== shown.at(-1)) shown.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.touchscreen.tap(spot.x, spot.y);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toBe(expected);
    // Only the nearest mark's: never first the top mark's (a finger does not hover, and the tap shows
    // the mark it means once it knows it), which a reader would see flash, and a quick test read.
    expect(await page.evaluate(() => (window as unknown as { __tips: string[] }).__tips)).toEqual([expected]);
    // The tap read the mark; it changed nothing else.
    expect(page.url()).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
