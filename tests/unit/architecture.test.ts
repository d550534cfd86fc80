import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house plan (docs/ARCHITECTURE.md §2) checked against the code's own imports: imports run one
 * way, app → brief → export, share, profiles, import → charts → ui → state → data; the rooms of one
 * floor do not import each other (what two of them share lives a floor down), but for the named
 * exceptions below; and no file reaches itself again through its imports (type-only imports
 * included: a cycle of types is a cycle too).
 */

const SRC = resolve(__dirname, '../../src');
const LAYER: Record<string, number> = {
  app: 6,
  brief: 5,
  export: 4,
  share: 4,
  profiles: 4,
  import: 4,
  charts: 3,
  ui: 2,
  state: 1,
  data: 0,
};

/** Imports between rooms of one floor that stay, each with its reason (from → to, paths under src/). */
const SAME_FLOOR_EXCEPTIONS: Record<string, string> = {
  'share/fragment.ts → import/parseImport.ts':
    'a #data= link carries own rows, read back through the parser of Add data with its rejection report',
  'share/fragment.ts → import/importsCsv.ts': 'a #data= link carries own rows as the CSV that Add data reads',
  'share/linkedData.ts → import/importStore.ts':
    "a link's own rows are kept in the import store, beside the reader's files, to merge with the data",
  'share/ownData.ts → import/importStore.ts':
    'a link with data carries the imports the view shows, as the import store holds them',
  'share/LinkedDataNotice.tsx → import/importStore.ts':
    "the notice about a link's own rows offers to keep them: an action of the import store",
  'profiles/ProfilePanel.tsx → share/FigureSources.tsx':
    "a figure card opens that figure's Sources dialog (loaded on first use)",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const known = new Set(files);

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

const graph = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => resolveImport(file, m[1] as string))
      .filter((t): t is string => t !== null);
    return [file, [...new Set(targets)]] as const;
  }),
);

const room = (file: string) => relative(SRC, file).split('/')[0] as string;
const name = (file: string) => relative(SRC, file);

describe('the house plan', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(files.length);
  });

  it('puts every file in a room of the plan', () => {
    const outside = files.filter((f) => !(room(f) in LAYER));
    expect(outside.map(name)).toEqual([]);
  });

  it('runs imports one way: no room imports from a room above it', () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      targets
        .filter((to) => (LAYER[room(to)] ?? 0) > (LAYER[room(from)] ?? 0))
        .map((to) => `${name(from)} → ${name(to)}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps the rooms of one floor apart: no import between them but the named exceptions', () => {
    const across = [...graph].flatMap(([from, targets]) =>
      targets
        .filter((to) => room(to) !== room(from) && LAYER[room(to)] === LAYER[room(from)])
        .map((to) => `${name(from)} → ${name(to)}`),
    );
    expect(across.filter((edge) => !(edge in SAME_FLOOR_EXCEPTIONS))).toEqual([]);
    // An exception whose import is gone goes too.
    expect(Object.keys(SAME_FLOOR_EXCEPTIONS).filter((edge) => !across.includes(edge))).toEqual([]);
  });

  it('has no import cycle between files', () => {
    // Tarjan's strongly connected components: any component of two or more files is a cycle.
    let counter = 0;
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      order.set(v, counter);
      low.set(v, counter);
      counter += 1;
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!order.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v) as number, order.get(w) as number));
        }
      }
      if (low.get(v) === order.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop() as string;
          onStack.delete(w);
          component.push(name(w));
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const file of files) if (!order.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
