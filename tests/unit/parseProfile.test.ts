import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../scripts/lib/parseProfile';
import { type Block, type Inline, PROFILE_SECTIONS } from '../../src/data/profileSchema';

const countries = new Map([
  ['FR', 'France'],
  ['DE', 'Germany'],
]);
const FILE = 'data/profiles/FR.md';

interface Parts {
  frontMatter?: string;
  health?: string;
  strategy?: string;
  services?: string;
  legal?: string;
  epsos?: string;
  sources?: string;
}

function profileText(parts: Parts = {}): string {
  return [
    '---',
    parts.frontMatter ?? 'country: FR\nname: France',
    '---',
    '',
    '## Health system',
    '',
    parts.health ?? 'The state sets **health policy** and *regions* run care. [1]',
    '',
    '## eHealth strategy and bodies',
    '',
    parts.strategy ?? 'The Ministry steers the [eHealth strategy](https://example.org/strategy). [1, 2]',
    '',
    '## Key national eHealth services',
    '',
    parts.services ?? '- **CPS card**: identity card for professionals. [1]\n- **DMP**: shared record. [2]',
    '',
    '## Legal framework',
    '',
    parts.legal ?? 'The 1978 law bans processing without consent. [1]',
    '',
    '## In epSOS',
    '',
    parts.epsos ?? 'France piloted the patient summary. [2]',
    '',
    '## Sources',
    '',
    parts.sources ??
      '1. [epSOS, "Country profile: France"](http://www.epsos.eu/france.html)\n2. [ASIP Santé, "Milestones"](https://esante.gouv.fr/milestones)',
    '',
  ].join('\n');
}

const parse = (text: string, file = FILE) => parseProfile({ file, text, countries });

function allInlines(blocks: Block[]): Inline[] {
  const out: Inline[] = [];
  const walk = (nodes: Inline[]) => {
    for (const n of nodes) {
      out.push(n);
      if (n.type !== 'text') walk(n.children);
    }
  };
  for (const b of blocks) {
    if (b.type === 'paragraph') walk(b.children);
    else for (const item of b.items) walk(item);
  }
  return out;
}

describe('parseProfile: a valid profile', () => {
  const { profile, problems } = parse(profileText());

  it('parses without problems into the six sections in order', () => {
    expect(problems).toEqual([]);
    expect(profile?.country).toBe('FR');
    expect(profile?.name).toBe('France');
    expect(profile?.sections.map((s) => s.title)).toEqual([...PROFILE_SECTIONS]);
    expect(profile?.sections.map((s) => s.id)).toEqual([
      'health-system',
      'ehealth-strategy-and-bodies',
      'key-national-ehealth-services',
      'legal-framework',
      'in-epsos',
      'sources',
    ]);
  });

  it('counts the narrative words, without citations and without the Sources section', () => {
    // 9 + 6 + (6 + 3) + 7 + 5 words in the five narrative sections.
    expect(profile?.wordCount).toBe(36);
  });

  it('keeps strong, emphasis, http(s) links, lists and the numbered source list', () => {
    const [health, strategy, services, , , sourcesSection] = profile?.sections ?? [];
    expect(health?.blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The state sets ' },
        { type: 'strong', children: [{ type: 'text', value: 'health policy' }] },
        { type: 'text', value: ' and ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'regions' }] },
        { type: 'text', value: ' run care. [1]' },
      ],
    });
    expect(allInlines(strategy?.blocks ?? []).find((n) => n.type === 'link')).toEqual({
      type: 'link',
      href: 'https://example.org/strategy',
      children: [{ type: 'text', value: 'eHealth strategy' }],
    });
    expect(services?.blocks[0]).toMatchObject({ type: 'list', ordered: false });
    expect(services?.blocks[0]?.type === 'list' && services.blocks[0].items).toHaveLength(2);
    expect(sourcesSection?.blocks[0]).toMatchObject({ type: 'list', ordered: true });
  });
});

describe('parseProfile: problems are named with the file', () => {
  it('reports a missing section', () => {
    const text = profileText().replace(
      '## Legal framework\n\nThe 1978 law bans processing without consent. [1]\n',
      '',
    );
    expect(parse(text)).toEqual({ problems: [`${FILE}: missing section "Legal framework"`] });
  });

  it('reports an empty section', () => {
    const text = profileText().replace('France piloted the patient summary. [2]', '');
    const { problems } = parse(text);
    expect(problems).toContain(`${FILE}: section "In epSOS" is empty`);
  });

  it('reports a heading that is not one of the sections', () => {
    const { problems } = parse(profileText({ legal: 'Law. [1]\n\n## Politics\n\nText. [1]' }));
    expect(problems).toContain(
      `${FILE}: unexpected heading "Politics" (sections are: ${PROFILE_SECTIONS.join(', ')})`,
    );
  });

  it('reports an unknown country in the front matter', () => {
    const { profile, problems } = parse(profileText({ frontMatter: 'country: XX' }), 'data/profiles/XX.md');
    expect(profile).toBeUndefined();
    expect(problems).toEqual(['data/profiles/XX.md: front matter: unknown country "XX"']);
  });

  it('reports a profile without front matter as an unknown (empty) country', () => {
    const text = profileText().replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(parse(text).problems).toContain(`${FILE}: front matter: unknown country ""`);
  });

  it('reports a front matter country that does not match the file name', () => {
    expect(parse(profileText({ frontMatter: 'country: DE' })).problems).toEqual([
      `${FILE}: front matter country "DE" does not match the file name`,
    ]);
  });

  it('reports a citation the Sources list lacks', () => {
    expect(parse(profileText({ legal: 'The 1978 law. [1] See also [9].' })).problems).toEqual([
      `${FILE}: section "Legal framework" cites [9], which Sources lacks`,
    ]);
  });

  it('reports a listed source that is never cited', () => {
    const sources =
      '1. [A](http://a.example/)\n2. [B](https://b.example/)\n3. [C, never cited](https://c.example/)';
    expect(parse(profileText({ sources })).problems).toEqual([`${FILE}: source 3 is listed but never cited`]);
  });

  it('requires Sources to be a numbered list', () => {
    const sources = '- [A](http://a.example/)\n- [B](https://b.example/)';
    expect(parse(profileText({ sources })).problems).toEqual([
      `${FILE}: section "Sources" needs a numbered list of sources`,
    ]);
  });

  it.each(['javascript:alert(1)', 'ftp://files.example/x', 'mailto:a@example.org', '/relative/path'])(
    'rejects the non-http link %s',
    (href) => {
      const { profile, problems } = parse(profileText({ legal: `See [the law](${href}). [1]` }));
      expect(profile).toBeUndefined();
      expect(problems).toEqual([`${FILE}: link "${href}" is not an http(s) address`]);
    },
  );

  it('rejects an image', () => {
    const { profile, problems } = parse(
      profileText({ legal: 'Law ![logo](https://x.example/logo.png) [1]' }),
    );
    expect(profile).toBeUndefined();
    expect(problems).toEqual([`${FILE}: unsupported Markdown element "image"`]);
  });

  it('rejects a code block and a block quote', () => {
    expect(parse(profileText({ legal: 'Law. [1]\n\n```\ncode\n```' })).problems).toEqual([
      `${FILE}: unsupported Markdown block "code"`,
    ]);
    expect(parse(profileText({ legal: 'Law. [1]\n\n> quoted' })).problems).toEqual([
      `${FILE}: unsupported Markdown block "blockquote"`,
    ]);
  });

  it('reports several problems at once', () => {
    const { problems } = parse(
      profileText({ frontMatter: 'country: DE', legal: 'See [x](javascript:void(0)) [7]' }),
    );
    expect(problems).toEqual([
      `${FILE}: front matter country "DE" does not match the file name`,
      `${FILE}: link "javascript:void(0)" is not an http(s) address`,
      `${FILE}: section "Legal framework" cites [7], which Sources lacks`,
    ]);
  });
});

describe('parseProfile: raw HTML never becomes markup', () => {
  it('keeps <script> and <img onerror> as plain text nodes', () => {
    const { profile, problems } = parse(
      profileText({
        legal:
          'The law <script>alert(1)</script> and <img src=x onerror=alert(1)> apply. [1]\n\n<script>alert(2)</script>',
      }),
    );
    expect(problems).toEqual([]);
    const legal = profile?.sections.find((s) => s.title === 'Legal framework');
    expect(legal?.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    const inlines = allInlines(legal?.blocks ?? []);
    expect(inlines.every((n) => n.type === 'text')).toBe(true);
    const text = inlines.map((n) => (n.type === 'text' ? n.value : '')).join('');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<script>alert(2)</script>');
    // Every node carries only the safe tree's keys: nothing that could hold HTML or attributes.
    for (const n of inlines) expect(Object.keys(n).sort()).toEqual(['type', 'value']);
  });
});
