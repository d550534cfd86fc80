import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/derive';
import { buildViewModel } from '../../src/data/viewModel';
import { mergeImports, parseImport } from '../../src/import/parseImport';
import { escapeMarkdown, packageReadme } from '../../src/share/packageReadme';
import { viewPackageFiles } from '../../src/share/viewPackage';
import { dataset } from './fixtures';

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
      /^# epSOS Indicators: &lt;script&gt;alert\(1\)&lt;\/script&gt; \\\*x\\\*/,
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
