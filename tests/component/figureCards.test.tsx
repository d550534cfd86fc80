import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComparisonCell } from '../../src/data/derive';
import { FigureCards } from '../../src/profiles/FigureCards';

const cell = (
  indicator: string,
  value: number | null,
  referenceValue: number | null,
  gap: number | null,
): ComparisonCell => ({
  country: 'FR',
  countryName: 'France',
  indicator,
  indicatorLabel: indicator,
  value,
  year: value === null ? null : 2007,
  sourceId: value === null ? null : 'epsos-fr',
  sourceIds: value === null ? [] : ['epsos-fr'],
  where: null,
  note: value === null ? 'not in the sources we hold' : null,
  conflicts: [],
  referenceCode: 'EU27',
  referenceValue,
  gap,
  otherWaves: [],
});

describe('FigureCards', () => {
  it('shows value, EU27 average and the signed gap, marked below or above, and no data explicitly', () => {
    const labels = new Map([
      ['computer', 'Computer use'],
      ['internet', 'Internet access'],
      ['epr', 'Electronic patient record'],
    ]);
    const { container } = render(
      <FigureCards
        figures={[
          cell('computer', 82.8, 87.4, -4.6),
          cell('internet', 72.3, 68.8, 3.5),
          cell('epr', null, 79.5, null),
        ].map((c) => ({
          concept: c.indicator,
          conceptLabel: c.indicator,
          surveyName: 'empirica 2007',
          cell: c,
        }))}
        colours={new Map()}
        labels={labels}
      />,
    );
    const cards = [...container.querySelectorAll('li')];
    expect(cards.map((c) => c.className)).toEqual([
      'figure-card below',
      'figure-card above',
      'figure-card none',
    ]);
    expect(cards[0]?.textContent).toContain('82.8 %');
    expect(cards[0]?.textContent).toContain('EU27 87.4 %');
    expect(cards[0]?.textContent).toContain('−4.6 pts');
    expect(cards[1]?.textContent).toContain('+3.5 pts');
    expect(cards[2]?.textContent).toContain('no data');
    expect(screen.getByText('not in the sources we hold')).toBeTruthy();
  });

  it('a card with a figure offers Sources of that figure, named by value, survey and wave; no data offers none', () => {
    const opened: string[] = [];
    render(
      <FigureCards
        figures={[cell('computer', 82.8, 87.4, -4.6), cell('epr', null, 79.5, null)].map((c) => ({
          concept: c.indicator,
          conceptLabel: c.indicator === 'computer' ? 'Computer use' : 'Electronic records',
          surveyName: 'empirica 2007',
          cell: c,
        }))}
        colours={new Map()}
        labels={new Map()}
        onSources={(c) => opened.push(`${c.country}|${c.indicator}|${c.year}`)}
      />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Sources of 82.8 %, empirica 2007 (Computer use)',
    ]);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(opened).toEqual(['FR|computer|2007']);
  });
});
