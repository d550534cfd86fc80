import type { Page } from 'playwright-core';

/**
 * Chromium's own PDF of a brief, as its print dialog's "Save as PDF" writes it: A4 (the page's
 * `@page` size), tagged (headings, lists, tables and links in the structure tree, so a screen
 * reader reads the PDF in order), with an outline from the headings, the page's language and its
 * title (`<html lang>` and `<title>`).
 */
export function briefPdf(page: Page): Promise<Buffer> {
  return page.pdf({ format: 'A4', preferCSSPageSize: true, tagged: true, outline: true });
}
