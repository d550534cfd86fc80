import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';
import {
  type Block,
  type Inline,
  PROFILE_SECTIONS,
  type Profile,
  profileSchema,
} from '../../src/data/profileSchema';

/** Turns a profile's Markdown into the safe tree of profileSchema; returns problems as "file: message". */

const NARRATIVE_SECTIONS = PROFILE_SECTIONS.filter((s) => s !== 'Sources');

function textOf(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : textOf(n.children))).join('');
}

function toInlines(nodes: PhrasingContent[], problems: string[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out.push({ type: 'text', value: node.value });
        break;
      case 'break':
        out.push({ type: 'text', value: ' ' });
        break;
      case 'strong':
        out.push({ type: 'strong', children: toInlines(node.children, problems) });
        break;
      case 'emphasis':
        out.push({ type: 'emphasis', children: toInlines(node.children, problems) });
        break;
      case 'link':
        if (/^https?:\/\//.test(node.url)) {
          out.push({ type: 'link', href: node.url, children: toInlines(node.children, problems) });
        } else {
          problems.push(`link "${node.url}" is not an http(s) address`);
          out.push(...toInlines(node.children, problems));
        }
        break;
      case 'html':
        // Raw HTML in a profile is kept as visible text, never as markup.
        out.push({ type: 'text', value: node.value });
        break;
      default:
        problems.push(`unsupported Markdown element "${node.type}"`);
    }
  }
  return out;
}

/** Without the GFM extension a table arrives as a paragraph of pipes: name it rather than show it. */
function looksLikeTable(text: string): boolean {
  return /^\s*\|.*\|\s*$/m.test(text) && /\|\s*:?-{3,}/.test(text);
}

function toBlock(node: RootContent, problems: string[]): Block | null {
  if (node.type === 'paragraph') {
    const children = toInlines(node.children, problems);
    if (looksLikeTable(textOf(children))) {
      problems.push('unsupported Markdown block "table"');
      return null;
    }
    return { type: 'paragraph', children };
  }
  if (node.type === 'list') return listBlock(node, problems);
  if (node.type === 'html') return { type: 'paragraph', children: [{ type: 'text', value: node.value }] };
  problems.push(`unsupported Markdown block "${node.type}"`);
  return null;
}

function listBlock(node: List, problems: string[]): Block {
  const items = node.children.map((item) =>
    item.children.flatMap((child, i): Inline[] => {
      if (child.type !== 'paragraph') {
        problems.push(
          `unsupported Markdown inside a list item: "${child.type}" (nested lists are not supported)`,
        );
        return [];
      }
      // Two paragraphs in one item read as one, with a space between them.
      const separator: Inline[] = i > 0 ? [{ type: 'text', value: ' ' }] : [];
      return [...separator, ...toInlines(child.children, problems)];
    }),
  );
  return { type: 'list', ordered: Boolean(node.ordered), items };
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function citationsIn(text: string): number[] {
  const out: number[] = [];
  for (const match of text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)) {
    for (const n of (match[1] ?? '').split(',')) out.push(Number(n.trim()));
  }
  return out;
}

export interface ProfileInput {
  file: string;
  text: string;
  countries: ReadonlyMap<string, string>;
}

export function parseProfile({ file, text, countries }: ProfileInput): {
  profile?: Profile;
  problems: string[];
} {
  const raw: string[] = [];
  const tree: Root = fromMarkdown(text, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const yamlNode = tree.children.find((n) => n.type === 'yaml');
  const meta = yamlNode && 'value' in yamlNode ? (parseYaml(yamlNode.value) as Record<string, unknown>) : {};
  const country = typeof meta.country === 'string' ? meta.country : '';
  if (!countries.has(country)) raw.push(`front matter: unknown country "${country}"`);
  const expectedFile = `${country}.md`;
  if (country && !file.endsWith(expectedFile))
    raw.push(`front matter country "${country}" does not match the file name`);

  const sections: Profile['sections'] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') {
      const title = textOf(toInlines(node.children, raw));
      if (node.depth !== 2 || !(PROFILE_SECTIONS as readonly string[]).includes(title)) {
        raw.push(`unexpected heading "${title}" (sections are: ${PROFILE_SECTIONS.join(', ')})`);
        continue;
      }
      sections.push({ id: slug(title), title: title as Profile['sections'][number]['title'], blocks: [] });
      continue;
    }
    const block = toBlock(node, raw);
    const current = sections.at(-1);
    if (!current) raw.push('text before the first section heading');
    else if (block) current.blocks.push(block);
  }
  checkSections(sections, raw);
  const narrative = sections.filter((s) => s.title !== 'Sources');
  const narrativeText = narrative.map((s) => blocksText(s.blocks)).join(' ');
  const wordCount = narrativeText
    .replace(/\[\d+(?:\s*,\s*\d+)*\]/g, '')
    .split(/\s+/)
    .filter(Boolean).length;
  const problems = raw.map((p) => `${file}: ${p}`);
  if (problems.length > 0) return { problems };
  const parsed = profileSchema.safeParse({
    schemaVersion: 1,
    country,
    name: countries.get(country),
    wordCount,
    sections,
  });
  if (!parsed.success)
    return { problems: parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`) };
  return { profile: parsed.data, problems: [] };
}

function blocksText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.type === 'paragraph' ? textOf(b.children) : b.items.map((i) => textOf(i)).join(' ')))
    .join(' ');
}

function checkSections(sections: Profile['sections'], problems: string[]) {
  const titles = sections.map((s) => s.title);
  for (const required of PROFILE_SECTIONS) {
    if (!titles.includes(required)) problems.push(`missing section "${required}"`);
  }
  for (const section of sections) {
    if (section.blocks.length === 0) problems.push(`section "${section.title}" is empty`);
  }
  const sourcesSection = sections.find((s) => s.title === 'Sources');
  const sourceList = sourcesSection?.blocks.find((b) => b.type === 'list' && b.ordered);
  if (sourcesSection && !sourceList) {
    problems.push('section "Sources" needs a numbered list of sources');
    return;
  }
  const sourceCount = sourceList?.type === 'list' ? sourceList.items.length : 0;
  const cited = new Set<number>();
  for (const section of sections.filter((s) => (NARRATIVE_SECTIONS as readonly string[]).includes(s.title))) {
    for (const n of citationsIn(blocksText(section.blocks))) {
      if (n < 1 || n > sourceCount)
        problems.push(`section "${section.title}" cites [${n}], which Sources lacks`);
      cited.add(n);
    }
  }
  for (let n = 1; n <= sourceCount; n += 1) {
    if (!cited.has(n)) problems.push(`source ${n} is listed but never cited`);
  }
  if (sourcesSection && cited.size === 0) problems.push('no section cites a source');
}
