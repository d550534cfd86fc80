import { BOOT_FILES_ID, type BootFiles, scriptJson } from '../boot/bootFiles';
import { INITIAL_DATA_ID, type InitialData } from '../boot/initialData';

/**
 * The built index.html (the template) with a link's head and, when the edge rendered it, its view:
 * plain string surgery on the markers the build writes (vite.config.ts, prerender plugin), each
 * checked, so a template of another shape fails loudly (and the static page goes out instead).
 */

const ROOT_OPEN = '<div id="root" data-ssr>';
const jsonElement = (id: string) => `<script type="application/json" id="${id}">`;

function between(html: string, open: string, close: string): { start: number; end: number } {
  const at = html.indexOf(open);
  if (at < 0) throw new Error(`template: no ${open}`);
  const start = at + open.length;
  const end = html.indexOf(close, start);
  if (end < 0) throw new Error(`template: no ${close} after ${open}`);
  return { start, end };
}

function readJson<T>(html: string, id: string): T {
  const { start, end } = between(html, jsonElement(id), '</script>');
  return JSON.parse(html.slice(start, end)) as T;
}

function replaceRange(html: string, range: { start: number; end: number }, text: string): string {
  return html.slice(0, range.start) + text + html.slice(range.end);
}

export const templateBootFiles = (template: string) => readJson<BootFiles>(template, BOOT_FILES_ID);
export const templateInitialData = (template: string) => readJson<InitialData>(template, INITIAL_DATA_ID);

/** The version of the data the template loads (the content hash in the dataset's address). */
export function templateDataVersion(template: string): string {
  return new URL(templateBootFiles(template).data, 'http://x').searchParams.get('v') ?? 'unversioned';
}

export interface PageParts {
  /** Tags for <head>, which replace the template's <title> and meta description. */
  head: string;
  /** #root's markup for the link, or null: the template's (the default view) stays. */
  root?: {
    markup: string;
    data: InitialData;
    /** The query the markup was rendered for, when the browser may hydrate it. */
    rendered: string | null;
  } | null;
}

export function composePage(template: string, parts: PageParts): string {
  let html = template;
  const title = between(html, '<title>', '</title>');
  html = replaceRange(
    html,
    { start: title.start - '<title>'.length, end: title.end + '</title>'.length },
    parts.head,
  );
  html = html.replace(/\s*<meta name="description"[^>]*>/, '');
  if (!parts.root) return html;
  const { markup, data, rendered } = parts.root;
  const files = readJson<BootFiles>(html, BOOT_FILES_ID);
  if (rendered !== null) files.rendered = rendered;
  html = replaceRange(html, between(html, jsonElement(BOOT_FILES_ID), '</script>'), scriptJson(files));
  const root = between(html, ROOT_OPEN, `</div>\n    ${jsonElement(INITIAL_DATA_ID)}`);
  html = replaceRange(html, root, markup);
  const initial = between(html, jsonElement(INITIAL_DATA_ID), '</script>');
  return replaceRange(html, initial, scriptJson(rendered !== null ? { ...data, rendered } : data));
}
