import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BootFiles, bootFilesElement, bootScript } from '../../src/app/boot/bootFiles';
import { FRESH_RENDER_CLASS } from '../../src/app/boot/constants';

/** The inline boot script of index.html (src/app/boot/bootFiles.ts), run in jsdom as the page runs it. */
const FILES: BootFiles = {
  entry: '/assets/index-abc.js',
  preload: ['/assets/react-abc.js'],
  data: '/data/indicators.json?v=0123456789ab',
  defaultSearch: '?countries=FR&chart=bars',
  kinds: { gap: ['/assets/GapChart-abc.js'], map: ['/assets/MapChart-abc.js', '/assets/fetchJson-abc.js'] },
  kindData: { map: ['/data/europe.topo.json'] },
  profile: { folder: '/data/profiles/', codes: ['DE', 'FR'] },
  brief: ['/assets/BriefPage-abc.js', '/assets/profileSchema-abc.js'],
  embed: ['/assets/EmbeddedView-abc.js'],
};

function runBoot(search: string, files: BootFiles = FILES) {
  window.history.replaceState(null, '', `/${search}`);
  document.head.innerHTML = bootFilesElement(files);
  new Function(bootScript())();
}

/** The script, its static imports and the dataset: what every view asks for. */
const LOADED = [
  'preload /data/indicators.json?v=0123456789ab',
  'modulepreload /assets/react-abc.js',
  'script /assets/index-abc.js',
];

const requested = () =>
  [...document.head.querySelectorAll('script[src], link[href]')].map((e) =>
    e.tagName === 'SCRIPT'
      ? `script ${e.getAttribute('src')}`
      : `${e.getAttribute('rel')} ${e.getAttribute('href')}`,
  );

describe('boot script', () => {
  beforeEach(() => document.documentElement.classList.remove(FRESH_RENDER_CLASS));
  afterEach(() => {
    document.head.innerHTML = '';
  });

  it('on a deep link hides the prerendered view and asks at once for script, data and the chart kind', () => {
    runBoot('?countries=DE&chart=map');
    expect(document.documentElement.classList.contains(FRESH_RENDER_CLASS)).toBe(true);
    expect(requested()).toEqual([
      'preload /data/europe.topo.json',
      'preload /data/indicators.json?v=0123456789ab',
      'modulepreload /assets/react-abc.js',
      'modulepreload /assets/MapChart-abc.js',
      'modulepreload /assets/fetchJson-abc.js',
      'script /assets/index-abc.js',
    ]);
    expect(document.head.querySelector('script[src]')?.getAttribute('type')).toBe('module');
  });

  it('on a deep link with a profile that has a file fetches it ahead, not the panel (after interactive)', () => {
    runBoot('?countries=DE&chart=gap&profile=de');
    expect(requested()).toEqual([
      'preload /data/profiles/DE.json',
      'preload /data/indicators.json?v=0123456789ab',
      'modulepreload /assets/react-abc.js',
      'modulepreload /assets/GapChart-abc.js',
      'script /assets/index-abc.js',
    ]);
  });

  it('fetches the dataset and a profile ahead with the integrity of the files the build checked', () => {
    runBoot('?chart=gap&profile=DE&brief=FR', {
      ...FILES,
      dataIntegrity: 'sha256-data',
      profile: { ...FILES.profile, integrity: { DE: 'sha256-de' } },
    });
    const integrity = (href: string) =>
      document.head.querySelector(`link[rel="preload"][href="${href}"]`)?.getAttribute('integrity');
    expect(integrity('/data/indicators.json?v=0123456789ab')).toBe('sha256-data');
    expect(integrity('/data/profiles/DE.json')).toBe('sha256-de');
    // A file without one is fetched as before (the app then checks it itself).
    expect(integrity('/data/profiles/FR.json')).toBeNull();
  });

  it('on a link to a brief fetches ahead the brief page and, where one exists, its profile file', () => {
    runBoot('?brief=fr');
    expect(requested()).toEqual([
      'preload /data/profiles/FR.json',
      'preload /data/indicators.json?v=0123456789ab',
      'modulepreload /assets/react-abc.js',
      'modulepreload /assets/BriefPage-abc.js',
      'modulepreload /assets/profileSchema-abc.js',
      'script /assets/index-abc.js',
    ]);
    document.head.innerHTML = '';
    runBoot('?brief=BE');
    expect(requested()).not.toContain('preload /data/profiles/BE.json');
    expect(requested()).toContain('modulepreload /assets/BriefPage-abc.js');
    document.head.innerHTML = '';
    runBoot('?brief=');
    expect(requested()).not.toContain('modulepreload /assets/BriefPage-abc.js');
  });

  it('on an embedded view fetches ahead its chunk with the chart kind’s, and on no other link', () => {
    runBoot('?countries=DE&chart=gap&embed=1');
    expect(requested()).toEqual([
      'preload /data/indicators.json?v=0123456789ab',
      'modulepreload /assets/react-abc.js',
      'modulepreload /assets/GapChart-abc.js',
      'modulepreload /assets/EmbeddedView-abc.js',
      'script /assets/index-abc.js',
    ]);
    for (const search of ['?countries=DE&chart=gap&embed=0', '?countries=DE&chart=gap']) {
      document.head.innerHTML = '';
      runBoot(search);
      expect(requested()).not.toContain('modulepreload /assets/EmbeddedView-abc.js');
    }
  });

  it('asks for no profile file that does not exist (figures-only countries, nonsense)', () => {
    for (const code of ['BE', '../x', '']) {
      document.head.innerHTML = '';
      runBoot(`?chart=gap&profile=${encodeURIComponent(code)}`);
      expect(requested().filter((r) => r.includes('profile'))).toEqual([]);
    }
  });

  it('on a deep link to bars or an unknown kind preloads no chart chunk', () => {
    runBoot('?chart=nonsense');
    expect(requested()).toEqual(LOADED);
  });

  it('reads chart= as the app does (any case, spaces around) and never from the object prototype', () => {
    runBoot('?chart=%20Map%20');
    expect(requested()).toContain('preload /data/europe.topo.json');
    expect(requested()).toContain('modulepreload /assets/MapChart-abc.js');
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      document.head.innerHTML = '';
      runBoot(`?chart=${name}&profile=DE`);
      // The app's files are still requested: the page is not left blank.
      expect(requested()).toEqual(['preload /data/profiles/DE.json', ...LOADED]);
    }
  });

  /** A PerformanceObserver stand-in whose paint entries the test delivers. */
  function fakePaintObserver() {
    const observers: ((names: string[]) => void)[] = [];
    class FakeObserver {
      constructor(private callback: (list: unknown, observer: FakeObserver) => void) {}
      observe() {
        observers.push((names) =>
          this.callback({ getEntriesByName: (name: string) => names.filter((n) => n === name) }, this),
        );
      }
      disconnect() {}
    }
    const paint = (...names: string[]) => {
      for (const deliver of observers) deliver(names);
    };
    return { FakeObserver, paint };
  }

  for (const search of ['', '?', FILES.defaultSearch]) {
    it(`on the prerendered view (${JSON.stringify(search)}) asks for nothing before the first contentful paint`, () => {
      const { FakeObserver, paint } = fakePaintObserver();
      const original = window.PerformanceObserver;
      window.PerformanceObserver = FakeObserver as unknown as typeof PerformanceObserver;
      try {
        runBoot(search);
        expect(document.documentElement.classList.contains(FRESH_RENDER_CLASS)).toBe(false);
        document.dispatchEvent(new Event('DOMContentLoaded'));
        paint('first-paint');
        expect(requested()).toEqual([]);
        paint('first-contentful-paint');
        expect(requested()).toEqual(LOADED);
        paint('first-contentful-paint');
        expect(requested()).toEqual(LOADED);
      } finally {
        window.PerformanceObserver = original;
      }
    });
  }

  it("on the prerendered view fetches its chart kind's code beside the app (All surveys, a lazy kind)", () => {
    const original = window.PerformanceObserver;
    (window as { PerformanceObserver?: unknown }).PerformanceObserver = undefined;
    try {
      runBoot('', {
        ...FILES,
        defaultSearch: '?countries=FR&indicators=epr&chart=surveys&profile=FR',
        kinds: { ...FILES.kinds, surveys: ['/assets/SurveysChart-abc.js', '/assets/d3-shape-abc.js'] },
      });
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(requested()).toEqual([
        ...LOADED.slice(0, 2),
        'modulepreload /assets/SurveysChart-abc.js',
        'modulepreload /assets/d3-shape-abc.js',
        LOADED[2],
      ]);
    } finally {
      window.PerformanceObserver = original;
    }
  });

  it("on a link with no or an unknown chart= fetches the default view's kind, which the app opens", () => {
    const files = {
      ...FILES,
      defaultSearch: '?countries=FR&chart=surveys',
      kinds: { ...FILES.kinds, surveys: ['/assets/SurveysChart-abc.js'] },
    };
    for (const search of ['?countries=DE', '?countries=DE&chart=pie', '?chart=constructor']) {
      document.head.innerHTML = '';
      runBoot(search, files);
      expect(requested()).toEqual([
        ...LOADED.slice(0, 2),
        'modulepreload /assets/SurveysChart-abc.js',
        LOADED[2],
      ]);
    }
  });

  it('without paint timing, loads once the document is parsed', () => {
    const original = window.PerformanceObserver;
    (window as { PerformanceObserver?: unknown }).PerformanceObserver = undefined;
    try {
      runBoot('');
      expect(requested()).toEqual([]);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(requested()).toEqual(LOADED);
    } finally {
      window.PerformanceObserver = original;
    }
  });
});
