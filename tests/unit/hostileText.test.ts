import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { droppedLines, MAX_DROPPED_LINES } from '../../src/app/DroppedNotice';
import { indexDataset } from '../../src/data/derive';
import { buildViewModel } from '../../src/data/viewModel';
import { exportAvailability } from '../../src/export/exportAvailability';
import { mergeImports, parseImport } from '../../src/import/parseImport';
import { toBase64Url } from '../../src/share/base64url';
import { decodeFragment, FRAGMENT_PROBLEMS, MAX_FRAGMENT_CHARS } from '../../src/share/fragment';
import { escapeMarkdown, packageReadme } from '../../src/share/packageReadme';
import { viewPackageFiles } from '../../src/share/viewPackage';
import { visibleText } from '../../src/state/droppedText';
import { isFramedFullApp } from '../../src/state/framing';
import { parseView } from '../../src/state/url';
import { catalog, dataset } from './fixtures';

/** Issue 20: user text echoed back (README, notices) is text, never markup or a reversed sentence. */
const NOW = new Date('2026-05-04T10:00:00Z');

describe('the view package README escapes user text (Markdown and HTML)', () => {
  it('escapes markup, HTML and line-start syntax; keeps links as autolinks', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('"><img src=x onerror=alert(1)>')).toBe('"&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('[click](javascript:alert(1)) *b* _i_ `c` a|b ~~s~~')).toBe(
      '\\[click\\](javascript:alert(1)) \\*b\\* \\_i\\_ \\`c\\` a\\|b \\~\\~s\\~\\~',
    );
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('two\nlines\r\n# here')).toBe('two lines # here');
    expect(escapeMarkdown('see https://x.test/?a=b_c (here).')).toBe('see <https://x.test/?a=b_c> (here).');
  });

  it('own labels and the file name in a view package README are escaped', () => {
    const csv = 'country,indicator,year,value,label\nFR,evil,2020,40,<script>alert(1)</script> *x*\n';
    const fileName = '# </text><script>x</script>.csv';
    const result = parseImport(csv, fileName, dataset, NOW);
    if (!result.data) throw new Error('no data');
    const index = indexDataset(mergeImports(dataset, [result.data]));
    const view = {
      countries: ['FR'],
      indicators: ['my_evil'],
      chart: 'bars' as const,
      time: 'latest' as const,
      profile: null,
      embed: false,
    };
    const model = buildViewModel(index, view);
    const readme = viewPackageFiles(index, model, 'https://x.test/?countries=FR', NOW).find(
      (f) => f.path === 'README.md',
    );
    const text = readme?.text ?? '';
    expect(text).not.toMatch(/<script>|<\/text>/);
    expect(text.split('\n')[0]).toMatch(
      // The own label isolated (U+2068 … U+2069, issue 26), and escaped.
      /^# epSOS Indicators: \u2068&lt;script&gt;alert\(1\)&lt;\/script&gt; \\\*x\\\*\u2069/,
    );
    expect(text).toContain('- Your data: # &lt;/text&gt;&lt;script&gt;x&lt;/script&gt;.csv (You');
    // No line of it starts a heading other than the README's own.
    expect(text.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
  });

  it('packageReadme escapes the title, description and survey list it is given', () => {
    const text = packageReadme(dataset, {
      title: '<b>T</b>',
      description: '# D',
      citation: '[c](javascript:x)',
      created: NOW,
    });
    expect(text).toContain('# &lt;b&gt;T&lt;/b&gt;\n\n\\# D');
    expect(text).toContain('\\[c\\](javascript:x)');
  });
});

describe('echoed values in notices', () => {
  it('bidi and control characters are shown as their codes (?countries=FR,%E2%80%AEED)', () => {
    const { state, dropped } = parseView('?countries=FR,%E2%80%AEED', catalog);
    expect(state.countries).toEqual(['FR']);
    const lines = droppedLines(dropped, false);
    expect(lines).toEqual(['Ignored unknown country code: [U+202E]ED']);
    for (const line of lines) expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
    expect(visibleText('a\u2067b\u0000c\u200fd')).toBe('a[U+2067]b[U+0000]c[U+200F]d');
    expect(visibleText('x'.repeat(500))).toHaveLength(60);
  });

  it('caps the list at 20 lines and says how many more (a 15 KB link gives 5,000 values)', () => {
    const codes = Array.from({ length: 5000 }, (_, i) => `Q${i}`).join(',');
    const { dropped } = parseView(`?countries=FR,${codes}`, catalog);
    expect(dropped.length).toBeGreaterThan(1000);
    const lines = droppedLines(dropped, false);
    expect(lines).toHaveLength(MAX_DROPPED_LINES + 1);
    expect(lines.at(-1)).toBe(`… and ${dropped.length - MAX_DROPPED_LINES} more`);
  });

  it('a broken #data= fragment: own indicators are one line, not "stays in the browser" per indicator', () => {
    const { dropped } = parseView('?countries=FR&indicators=computer,my_a,my_b,my_c', catalog);
    expect(droppedLines(dropped, false).filter((l) => l.includes('stays in the browser'))).toHaveLength(3);
    const lines = droppedLines(dropped, true);
    expect(lines).toEqual([
      'Ignored your indicators my_a, my_b, my_c: their data was to come from the link, which could not be read (see below)',
    ]);
  });
});

describe('a #data= fragment that unpacks past 5 MB', () => {
  it('is reported as what it is (unpacks to more than 5 MB), not as "larger than 8 KB"', () => {
    const text = `country,indicator,year,value,note\nFR,x,2007,5,${'x'.repeat(5.3 * 1048576)}\n`;
    const payload = toBase64Url(zlibSync(strToU8(text), { level: 9 }));
    expect(payload.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    const decoded = decodeFragment(payload, dataset, NOW);
    expect(decoded).toMatchObject({ ok: false, problem: 'too-large-unpacked' });
    expect(FRAGMENT_PROBLEMS['too-large-unpacked']).toBe(
      'the data in the link unpacks to more than 5 MB, the most this dashboard reads',
    );
    expect(FRAGMENT_PROBLEMS['too-large-unpacked']).not.toMatch(/8 KB/);
  });
});

describe('the Gap chart with own data only', () => {
  it('says there is no gap to draw, instead of "There is no chart on the page to export yet"', () => {
    const own = exportAvailability({ chart: 'gap', indicators: ['my_good'] }, [{ referenceValue: null }]);
    expect(own.image).toMatch(/^No gap to draw: no survey average was published/);
    expect(own.data).toBeNull();
    expect(
      exportAvailability({ chart: 'gap', indicators: ['computer'] }, [{ referenceValue: 87.4 }]).image,
    ).toBeNull();
    expect(
      exportAvailability({ chart: 'bars', indicators: ['my_good'] }, [{ referenceValue: null }]).image,
    ).toBeNull();
  });
});

describe('framing', () => {
  const at = (search: string) => ({ search });
  it('the full app in another site’s frame is framed; embed=1 or a top-level page is not', () => {
    const self = {};
    const top = {};
    expect(isFramedFullApp({ self, top, location: at('?countries=FR') })).toBe(true);
    expect(isFramedFullApp({ self, top, location: at('?countries=FR&embed=1') })).toBe(false);
    expect(isFramedFullApp({ self, top: self, location: at('?countries=FR') })).toBe(false);
    // A frame whose top cannot even be compared counts as framed.
    const hostile = {
      self,
      get top(): unknown {
        throw new Error('blocked');
      },
      location: at(''),
    };
    expect(isFramedFullApp(hostile)).toBe(true);
  });
});

describe('own names are isolated in the sentences the app writes (issue 26)', () => {
  it('an unclosed U+202E in an own label and file name reverses nothing around it, in every chart kind', () => {
    const label = 'Tablets \u202Eevil';
    const fileName = 'd\u202Eata.csv';
    const csv = `country,indicator,year,value,label,source\nFR,tab,2020,40,${label},Report \u202E2020\n`;
    const result = parseImport(csv, fileName, dataset, NOW);
    if (!result.data) throw new Error('no data');
    const index = indexDataset(mergeImports(dataset, [result.data]));
    for (const chart of ['bars', 'gap', 'ranking', 'map', 'table', 'time', 'scatter'] as const) {
      const model = buildViewModel(index, {
        countries: ['FR'],
        indicators: ['my_tab', 'computer'],
        chart,
        time: 'latest',
        profile: null,
        embed: false,
      });
      const text = `${model.title}\n${model.subtitle}\n${model.sourceLine}`;
      // Every U+202E stands inside an isolate that closes before the text goes on.
      for (const at of [...text.matchAll(/\u202E/g)].map((m) => m.index ?? 0)) {
        const open = text.lastIndexOf('\u2068', at);
        const close = text.indexOf('\u2069', at);
        expect(open, `${chart}: ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
        expect(close).toBeGreaterThan(at);
        expect(text.slice(open, at)).not.toContain('\u2069');
      }
      expect(text).toContain('\u202E');
    }
  });
});
