import { DASHBOARD_NAME } from '../../data/pageTitle';
import { escapeHtml } from './escape';
import { PREVIEW_SIZE } from './linkHead';

/** The preview image's font (a TTF copied into dist/ at build, vite.edge.config.ts): never a system font. */
export const PREVIEW_FONT_FAMILY = 'Inter';

/** Splits text into at most `maxLines` lines of about `perLine` characters, at spaces; the last ends in … if cut. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) {
      line = next.length > perLine * 1.5 ? `${next.slice(0, perLine - 1)}…` : next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  const used = lines.join(' ').split(/\s+/).length;
  if (used < words.length && lines.length > 0) {
    const last = lines[lines.length - 1] ?? '';
    lines[lines.length - 1] = `${last.replace(/[\s,;:.]*$/, '').slice(0, perLine - 1)}…`;
  }
  return lines;
}

/**
 * The plain card: the view's title and the dashboard's name. For a view with nothing to draw, own
 * data (which never reaches a server), a bad parameter, and a brief; never an error image.
 */
export function plainCardSvg(title: string, note: string): string {
  const { width, height } = PREVIEW_SIZE;
  const lines = wrapText(title, 34, 4);
  const lineHeight = 68;
  const top = 250 - ((lines.length - 1) * lineHeight) / 2;
  const text = lines
    .map(
      (line, i) =>
        `<text x="80" y="${top + i * lineHeight}" font-size="56" font-weight="700" fill="#1a1a2e">${escapeHtml(line)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PREVIEW_FONT_FAMILY}">
<rect width="${width}" height="${height}" fill="#ffffff"/>
<rect width="${width}" height="16" fill="#1f4e79"/>
${text}
<text x="80" y="${height - 110}" font-size="28" fill="#444455">${escapeHtml(wrapText(note, 70, 1)[0] ?? '')}</text>
<rect x="80" y="${height - 80}" width="1040" height="2" fill="#d0d4dc"/>
<text x="80" y="${height - 36}" font-size="30" font-weight="700" fill="#1f4e79">${escapeHtml(DASHBOARD_NAME)}</text>
<text x="${width - 80}" y="${height - 36}" font-size="24" text-anchor="end" fill="#444455">eHealth in Europe, country by country</text>
</svg>`;
}
