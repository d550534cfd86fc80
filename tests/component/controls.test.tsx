import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataError } from '../../src/app/DataError';
import { DataLoadError } from '../../src/data/fetchJson';
import { ChartTabs } from '../../src/ui/ChartTabs';
import { MultiPicker } from '../../src/ui/MultiPicker';
import { index } from '../unit/fixtures';

const options = [
  { value: 'AT', label: 'Austria' },
  { value: 'FR', label: 'France' },
  { value: 'DE', label: 'Germany' },
];

describe('MultiPicker', () => {
  it('opens from its button and toggles options with the keyboard, keeping the order of picking', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<MultiPicker label="Countries" options={options} selected={['DE']} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: /Countries/ }));
    // The panel's code loads on first use: the first opening may wait for it.
    const list = await screen.findByRole('listbox', { name: 'Countries' });
    list.focus();
    await user.keyboard('{ArrowDown} ');
    expect(onChange).toHaveBeenLastCalledWith(['DE', 'FR']);
    // Germany is already selected: Enter on it removes it.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('filters options by typed text and offers presets', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <MultiPicker
        label="Countries"
        options={options}
        selected={[]}
        onChange={onChange}
        presets={[{ label: 'The 12 epSOS countries', values: ['AT', 'FR'] }]}
      />,
    );
    await user.click(screen.getByRole('button', { name: /Countries/ }));
    await user.type(await screen.findByLabelText('Filter countries'), 'ger');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Germany']);
    await user.click(screen.getByRole('button', { name: 'The 12 epSOS countries' }));
    expect(onChange).toHaveBeenLastCalledWith(['AT', 'FR']);
  });

  it('Enter in the filter box toggles the first match and keeps the focus in the filter', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(
      <MultiPicker label="Countries" options={options} selected={['AT']} onChange={onChange} />,
    );
    await user.click(screen.getByRole('button', { name: /Countries/ }));
    const filter = await screen.findByLabelText('Filter countries');
    // Nothing typed: Enter picks nothing.
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    await user.type(filter, 'an{Enter}');
    // "an" matches Germany and France; France comes first.
    expect(onChange).toHaveBeenLastCalledWith(['AT', 'FR']);
    expect(document.activeElement).toBe(filter);
    rerender(<MultiPicker label="Countries" options={options} selected={['AT', 'FR']} onChange={onChange} />);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['AT']);
  });

  it('Down arrow in the filter box moves into the list, on the first match', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<MultiPicker label="Countries" options={options} selected={[]} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: /Countries/ }));
    await user.type(await screen.findByLabelText('Filter countries'), 'many');
    await user.keyboard('{ArrowDown}');
    const list = screen.getByRole('listbox', { name: 'Countries' });
    expect(document.activeElement).toBe(list);
    const active = document.getElementById(list.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toBe('Germany');
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['DE']);
  });

  it('names each option with its coverage count, and dims an option with none (still selectable)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const counted = [
      {
        value: 'epr',
        label: 'Electronic records',
        hint: 'empirica 2007, 2007',
        coverage: { count: 6, of: 12, noun: 'countries' },
      },
      {
        value: 'cmwf',
        label: 'EMR',
        hint: 'Commonwealth Fund, 2006–2022',
        coverage: { count: 0, of: 12, noun: 'countries' },
      },
    ];
    render(
      <MultiPicker
        label="Indicators"
        options={counted}
        selected={[]}
        onChange={onChange}
        note="Each indicator: for how many of the selected countries it has a figure, in any year."
      />,
    );
    await user.click(screen.getByRole('button', { name: /Indicators/ }));
    const list = await screen.findByRole('listbox', { name: 'Indicators' });
    expect(screen.getByText(/for how many of the selected countries/)).toBeTruthy();
    const epr = screen.getByRole('option', {
      name: 'Electronic records empirica 2007, 2007 · 6 of 12 countries with a figure',
    });
    const none = screen.getByRole('option', {
      name: 'EMR Commonwealth Fund, 2006–2022 · 0 of 12 countries with a figure',
    });
    expect(epr.classList.contains('no-coverage')).toBe(false);
    expect(none.classList.contains('no-coverage')).toBe(true);
    await user.click(none);
    expect(onChange).toHaveBeenLastCalledWith(['cmwf']);
    expect(list.getAttribute('aria-multiselectable')).toBe('true');
  });

  it('with a filter typed, Select all and Clear act on the options shown and say so', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(
      <MultiPicker label="Countries" options={options} selected={['AT']} onChange={onChange} />,
    );
    await user.click(screen.getByRole('button', { name: /Countries/ }));
    const filter = await screen.findByLabelText('Filter countries');
    // No filter: the whole list.
    await user.click(screen.getByRole('button', { name: 'Select all' }));
    expect(onChange).toHaveBeenLastCalledWith(['AT', 'FR', 'DE']);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    // "an" matches France and Germany: Select adds those two to what is selected, in list order.
    await user.type(filter, 'an');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['France', 'Germany']);
    expect(screen.queryByRole('button', { name: 'Select all' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Select 2 shown' }));
    expect(onChange).toHaveBeenLastCalledWith(['AT', 'FR', 'DE']);
    rerender(
      <MultiPicker label="Countries" options={options} selected={['DE', 'AT', 'FR']} onChange={onChange} />,
    );
    // Clear removes only the shown ones, keeping Austria.
    await user.click(screen.getByRole('button', { name: 'Clear 2 shown' }));
    expect(onChange).toHaveBeenLastCalledWith(['AT']);
    // Nothing shown: nothing to select.
    await user.type(filter, 'zzz');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Select 0 shown' }).disabled).toBe(true);
  });

  it('a list made by the panel: the button counts its total, the panel its options with their coverage', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(
      <MultiPicker
        label="Countries"
        options={{ of: 'countries', index, total: 3, indicators: [], bySurveys: false }}
        selected={['FR']}
        onChange={onChange}
      />,
    );
    // Before the panel (and its code) the button says how many there are.
    expect(screen.getByRole('button', { name: 'Countries (1 of 3)' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Countries/ }));
    await screen.findByRole('listbox', { name: 'Countries' });
    expect(screen.getAllByRole('option')).toHaveLength(
      index.dataset.countries.filter((c) => !c.aggregate).length,
    );
    expect(screen.queryByRole('option', { name: /EU27/ })).toBeNull();
    expect(screen.getByRole('option', { name: 'Belgium BE' })).toBeTruthy();
    // No indicator selected: nothing to count, no note.
    expect(document.querySelector('.picker-note')).toBeNull();
    // An indicator selected while the panel is open: the counts and their note follow.
    rerender(
      <MultiPicker
        label="Countries"
        options={{ of: 'countries', index, total: 3, indicators: ['epr'], bySurveys: false }}
        selected={['FR']}
        onChange={onChange}
      />,
    );
    expect(
      screen.getByRole('option', { name: 'Greece GR · epSOS · 0 of 1 indicator with a figure' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('option', { name: 'France FR · epSOS · 1 of 1 indicator with a figure' }),
    ).toBeTruthy();
    expect(screen.getByText(/how many of the selected indicators have a figure/)).toBeTruthy();
    await user.click(screen.getByRole('option', { name: /^Greece/ }));
    expect(onChange).toHaveBeenLastCalledWith(['FR', 'GR']);
  });

  it('closes with Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    render(<MultiPicker label="Indicators" options={options} selected={[]} onChange={() => undefined} />);
    const button = screen.getByRole('button', { name: /Indicators/ });
    await user.click(button);
    (await screen.findByRole('listbox')).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('ChartTabs', () => {
  it('moves between chart kinds with arrow keys, wrapping around, and Home/End', () => {
    const onChange = vi.fn();
    render(<ChartTabs chart="surveys" onChange={onChange} />);
    const tab = screen.getByRole('tab', { name: 'All surveys' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith('bars');
    fireEvent.keyDown(tab, { key: 'ArrowLeft' });
    expect(onChange).toHaveBeenLastCalledWith('time');
    fireEvent.keyDown(tab, { key: 'End' });
    expect(onChange).toHaveBeenLastCalledWith('time');
    fireEvent.keyDown(tab, { key: 'Home' });
    expect(onChange).toHaveBeenLastCalledWith('surveys');
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'All surveys',
      'Bars',
      'Gap to EU average',
      'Ranking',
      'Map',
      'Scatter',
      'Table',
      'Over time',
    ]);
  });
});

describe('DataError', () => {
  it('says what failed and retries on request', async () => {
    const retry = vi.fn();
    render(
      <DataError
        error={new DataLoadError('The server answered 404 Not Found.', '/data/indicators.json')}
        retry={retry}
        retrying={false}
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/404 Not Found.*\/data\/indicators\.json/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
