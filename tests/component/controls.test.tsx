import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataLoadError } from '../../src/data/fetchJson';
import { ChartTabs } from '../../src/ui/ChartTabs';
import { DataError } from '../../src/ui/DataError';
import { MultiPicker } from '../../src/ui/MultiPicker';

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
