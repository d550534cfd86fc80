import { type LegendItem, swatchWidth } from '../charts/shared/Legend';

/**
 * Where the parts of an exported image go: title, subtitle, legend, the chart, source line and the
 * link to the view. Pure numbers; text is wrapped by an average glyph width (no DOM to measure).
 */

export interface FrameText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: number;
  colour: string;
}

export interface FrameLayout {
  width: number;
  height: number;
  texts: FrameText[];
  legend: (LegendItem & { x: number; y: number })[];
  chart: { x: number; y: number; width: number; height: number };
}

export interface FrameInput {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  /** Lines under the chart: the countries without data, a survey without an average. */
  notes?: readonly string[];
  source: string;
  link: string;
  chartWidth: number;
  chartHeight: number;
  /** Exports are at least this wide, so a chart drawn on a phone still prints well. */
  minWidth?: number;
}

const PAD = 24;
const GLYPH = 0.6;

export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const perLine = Math.max(10, Math.floor(maxWidth / (size * (bold ? GLYPH * 1.1 : GLYPH))));
  const lines: string[] = [];
  let line = '';
  // A word longer than a line (the link to the view) is cut into line-long pieces, so no text runs
  // past the image's edge at a narrow print size.
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (w.length > perLine ? (w.match(new RegExp(`.{1,${perLine}}`, 'g')) ?? [w]) : [w]));
  for (const word of words) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function frameLayout(input: FrameInput): FrameLayout {
  const width = Math.max(input.minWidth ?? 600, input.chartWidth + 2 * PAD);
  const inner = width - 2 * PAD;
  const texts: FrameText[] = [];
  let y = PAD;
  const block = (text: string, size: number, weight: number, colour: string, gap: number) => {
    for (const line of wrapText(text, inner, size, weight >= 600)) {
      y += size * 1.25;
      texts.push({ text: line, x: PAD, y, size, weight, colour });
    }
    y += gap;
  };
  block(input.title, 20, 700, '#1a1a1a', 4);
  block(input.subtitle, 13, 400, '#505050', 10);
  const legend: FrameLayout['legend'] = [];
  let x = PAD;
  y += 12;
  for (const item of input.legend) {
    const itemWidth = swatchWidth(item) + 8 + item.label.length * 13 * GLYPH + 18;
    if (x + itemWidth > width - PAD && x > PAD) {
      x = PAD;
      y += 20;
    }
    legend.push({ ...item, x, y });
    x += itemWidth;
  }
  y += input.legend.length > 0 ? 16 : 0;
  const chart = {
    x: PAD + Math.max(0, (inner - input.chartWidth) / 2),
    y,
    width: input.chartWidth,
    height: input.chartHeight,
  };
  y += input.chartHeight + 8;
  for (const note of input.notes ?? []) block(note, 12, 400, '#333333', 2);
  block(input.source, 12, 400, '#333333', 0);
  block(input.link, 11, 400, '#0b3d91', 0);
  return { width, height: Math.ceil(y + PAD), texts, legend, chart };
}
