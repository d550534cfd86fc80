/**
 * Markup from renderToStaticMarkup made readable in a diff: one element per line, indented by
 * depth, an element holding only text on one line, empty elements self-closed, and every number of
 * three or more decimals in an attribute rounded to two (a layout change shows, float noise does not).
 * React escapes `<` and `>` in text and attributes, so tags can be split on them.
 */

const round = (tag: string) =>
  tag.replace(/-?\d+\.\d{3,}(e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });

export function prettyMarkup(markup: string): string {
  const tokens = markup.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  const pad = () => '  '.repeat(depth);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1] ?? '';
    const after = tokens[i + 2] ?? '';
    if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push(pad() + token);
    } else if (token.startsWith('<')) {
      const tag = round(token);
      if (token.endsWith('/>')) lines.push(pad() + tag);
      else if (next.startsWith('</')) {
        // <rect …></rect> → <rect …/>
        lines.push(`${pad()}${tag.slice(0, -1)}/>`);
        i += 1;
      } else if (!next.startsWith('<') && after.startsWith('</')) {
        lines.push(pad() + tag + next + after);
        i += 2;
      } else {
        lines.push(pad() + tag);
        depth += 1;
      }
    } else if (token.trim()) lines.push(pad() + token.trim());
  }
  return `${lines.join('\n')}\n`;
}
