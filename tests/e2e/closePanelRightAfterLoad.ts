import { expect } from 'vitest';
import type { Harness } from './harness';
import { linkParam, waitForChart } from './harness';

/**
 * The profile panel's code loads once the page is interactive (src/app/boot/deferredParts.ts): a
 * reader's click on the panel's Close button, made as soon as the page is interactive, must still
 * close it (a real click in Chromium, which waits for the button as a reader would).
 */
export async function closePanelRightAfterLoad(browser: Harness, path: string, country: string) {
  const { page, errors } = await browser.open(path);
  try {
    await waitForChart(page);
    const panel = page.getByRole('region', { name: `${country} profile` });
    await panel.getByRole('button', { name: `Close ${country} profile` }).click();
    await panel.waitFor({ state: 'detached' });
    // The history entry is written after the frame that shows the change (src/state/useUrlSync.ts).
    await expect.poll(() => linkParam(page, 'profile')).toBeNull();
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}
