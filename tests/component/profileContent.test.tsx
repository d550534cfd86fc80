import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProfileSection } from '../../src/data/profileSchema';
import { ProfileSections } from '../../src/profiles/ProfileContent';

const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">';

const sections: ProfileSection[] = [
  {
    id: 'health-system',
    title: 'Health system',
    blocks: [
      { type: 'paragraph', children: [{ type: 'text', value: `Text with ${hostile} inside. [1]` }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            { type: 'strong', children: [{ type: 'text', value: 'DMP' }] },
            { type: 'text', value: ': a record. [1]' },
          ],
        ],
      },
    ],
  },
  {
    id: 'sources',
    title: 'Sources',
    blocks: [
      {
        type: 'list',
        ordered: true,
        items: [
          [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', value: 'Bad link' }] }],
          [{ type: 'link', href: 'https://example.org/a', children: [{ type: 'text', value: 'Good link' }] }],
        ],
      },
    ],
  },
];

describe('ProfileSections', () => {
  it('renders markup-looking text from a profile as visible text, never as elements', () => {
    const { container } = render(<ProfileSections sections={sections} headingId="p" />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<script>window.__pwned = 1<\/script>/)).toBeTruthy();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('renders headings, bold list items and only http(s) links as links', () => {
    render(<ProfileSections sections={sections} headingId="p" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Health system' })).toBeTruthy();
    expect(screen.getByText('DMP').closest('strong')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Good link' }).getAttribute('href')).toBe(
      'https://example.org/a',
    );
    expect(screen.queryByRole('link', { name: 'Bad link' })).toBeNull();
    expect(screen.getByText('Bad link')).toBeTruthy();
  });
});
