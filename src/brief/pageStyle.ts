/**
 * The brief's printed page (CSS Paged Media, Chromium ≥ 131): A4 with margins and a running footer
 * that names the country, the page number and the brief's link, in @page margin boxes. The footer's
 * text is a CSS string built here (quotes, backslashes, `<` and control characters escaped), put in
 * a <style> element as text: nothing from the data or the URL becomes markup or a CSS rule.
 */

/** A CSS string literal holding `text` as text. */
export function cssString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (ch === '<' || ch === '>' || code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += ch;
  }
  return `"${out}"`;
}

const BOX = 'font-size: 7.5pt; color: #505050; font-family: system-ui, "DejaVu Sans", sans-serif;';

export function briefPageStyle(countryName: string, link: string): string {
  return `@page {
  size: A4;
  margin: 10mm 12mm 13mm;
  @bottom-left { content: ${cssString(`${countryName} · country brief · epSOS Indicators`)}; ${BOX} }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); ${BOX} }
  @bottom-right { content: ${cssString(link)}; ${BOX} }
}`;
}
