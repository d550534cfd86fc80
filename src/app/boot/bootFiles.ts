import type { ChartKind } from '../../data/view';
import { FRESH_RENDER_CLASS } from './constants';

/**
 * What the built page loads, and when (issue 11). index.html names no script of its own: the inline
 * script of `bootScript` (allowed by its hash in the CSP) loads them.
 *
 * - On the prerendered (default) view it waits until that view has been painted (the browser's
 *   first-contentful-paint entry; in a hidden tab, which paints nothing, the parsed document; at
 *   the latest 3 s), then fetches the app's script, the code of the default view's chart kind and
 *   the dataset in parallel: nothing but the HTML and its stylesheet stands between the reader and
 *   the first chart.
 * - On a link the edge rendered (`rendered`, the same query, no `#data…` fragment) it does as on the default
 *   view, with the files that link needs (below) but its profile, which came with the page.
 * - On any other link it hides the prerendered view (so it is never painted) and fetches at once
 *   the script, the dataset, the code and data of the chart kind the link asks for (the map's
 *   geometry; with no or an unknown `chart=`, the default view's kind, which the app then opens)
 *   and the profile file it opens (or the brief and its profile), all in parallel; the profile panel's
 *   code comes once the page is interactive (src/app/boot/deferredParts.ts).
 */
export interface BootFiles {
  /** The app's entry module (Vite's `<script type="module">`). */
  entry: string;
  /** Modules the entry imports statically (Vite's `<link rel="modulepreload">`). */
  preload: string[];
  /** The built-in dataset, with a content hash in its query so a cached older copy is never used. */
  data: string;
  /**
   * Subresource Integrity of the dataset (`sha256-…`): the file `npm run data` checked with zod. The
   * browser fetches it with this integrity and refuses any other bytes, so the boot needs no second
   * check (and no zod) before it draws.
   */
  dataIntegrity?: string;
  /** Canonical query of the prerendered view. */
  defaultSearch: string;
  /** The chunks of each lazily loaded chart kind, fetched ahead on a deep link to that kind. */
  kinds: Partial<Record<ChartKind, string[]>>;
  /** Data files a chart kind fetches on its first render (the map: its geometry), fetched ahead with its chunks. */
  kindData: Partial<Record<ChartKind, string[]>>;
  /** What a link's `profile=` needs, fetched ahead with the rest on a deep link: its file. The panel's
   * code only on a link the edge rendered (its panel is there to hydrate); elsewhere it loads once the
   * page is interactive (src/app/boot/deferredParts.ts). */
  profile: {
    /** The profile panel's chunks (fetched ahead on a link the edge rendered). */
    chunks?: string[];
    /** Folder of the profile files (`<folder><CODE>.json`). */
    folder: string;
    /** The countries with a profile file (the others show figures only and fetch nothing). */
    codes: string[];
    /** Subresource Integrity of each profile file (checked with zod by `npm run data`), by code. */
    integrity?: Record<string, string>;
  };
  /** What a link's `brief=` needs (the brief page's chunks, the profile's fetch and check), fetched
   * ahead with its profile file on a link to a brief. */
  brief?: string[];
  /** What a link's `embed=1` needs (the embedded view's chunk), fetched ahead on such a link. */
  embed?: string[];
  /**
   * The query string the markup in #root was rendered for, when the edge rendered the link
   * (functions/, src/app/edge): the page hydrates it as it hydrates the default view. Absent in
   * the built index.html, whose markup is the default view.
   */
  rendered?: string;
}

export const BOOT_FILES_ID = 'boot-files';

/** JSON inside a <script> element: `<` escaped so no `</script>` or `<!--` can end it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The `<script type="application/json">` that carries the file list (read by the boot script). */
export function bootFilesElement(files: BootFiles): string {
  return `<script type="application/json" id="${BOOT_FILES_ID}">${scriptJson(files)}</script>`;
}

/**
 * The inline script (ES5, it runs before anything else) placed right after `bootFilesElement` in
 * <head>. Its text is fixed (the file list lives in the JSON element), so its CSP hash only changes
 * when this code does.
 */
export function bootScript(): string {
  return `(function(){
var d=document,b=JSON.parse(d.getElementById(${JSON.stringify(BOOT_FILES_ID)}).textContent),s=location.search;
function has(o,k){return Object.prototype.hasOwnProperty.call(o,k);}
function own(o,k){return has(o,k)?o[k]:[];}
var dc=new URLSearchParams(b.defaultSearch).get("chart")||"";
function add(tag,attrs){var e=d.createElement(tag);for(var k in attrs)e.setAttribute(k,attrs[k]);d.head.appendChild(e);}
function fetchAhead(href,sri){var a={rel:"preload",as:"fetch",href:href,crossorigin:"anonymous"};if(sri)a.integrity=sri;add("link",a);}
function load(extra){
fetchAhead(b.data,b.dataIntegrity);
b.preload.concat(extra).forEach(function(href){add("link",{rel:"modulepreload",href:href});});
add("script",{type:"module",src:b.entry});
}
function deep(hydrate){
var q=new URLSearchParams(s),p=(q.get("profile")||"").trim().toUpperCase(),c=(q.get("chart")||"").trim().toLowerCase();
if(!has(b.kinds,c)&&!has(b.kindData,c))c=dc;
var kind=own(b.kinds,c);
own(b.kindData,c).forEach(fetchAhead);
function sri(c){var i=b.profile.integrity;return i&&has(i,c)?i[c]:"";}
if(b.profile.codes.indexOf(p)>=0){if(!hydrate)fetchAhead(b.profile.folder+p+".json",sri(p));else kind=kind.concat(b.profile.chunks||[]);}
var f=(q.get("brief")||"").trim().toUpperCase();
if(f&&b.brief){kind=kind.concat(b.brief);if(!hydrate&&b.profile.codes.indexOf(f)>=0)fetchAhead(b.profile.folder+f+".json",sri(f));}
var e=(q.get("embed")||"").trim();if((e==="1"||e==="true")&&b.embed)kind=kind.concat(b.embed);
load(kind);
}
var r=b.rendered;
if(typeof r==="string"&&r===s&&location.hash.indexOf("#data")!==0)afterFirstPaint(function(){deep(true);});
else if(typeof r==="string"||["","?",b.defaultSearch].indexOf(s)<0){
d.documentElement.classList.add(${JSON.stringify(FRESH_RENDER_CLASS)});
deep(false);
}else afterFirstPaint(function(){load(own(b.kinds,dc));});
function afterFirstPaint(run){
var done=false,go=function(){if(!done){done=true;run();}};
if(d.visibilityState!=="visible"||!window.PerformanceObserver)return d.addEventListener("DOMContentLoaded",go);
try{new PerformanceObserver(function(list,o){if(list.getEntriesByName("first-contentful-paint").length){o.disconnect();go();}}).observe({type:"paint",buffered:true});}catch(e){d.addEventListener("DOMContentLoaded",go);}
setTimeout(go,3000);
}
})();`;
}
