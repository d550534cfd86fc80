import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useImportStore } from '../../src/import/importStore';
import type { ImportedData } from '../../src/import/parseImport';
import { franceDataset as dataset, renderApp as renderFranceApp } from './franceDataset';

/** `?brief=FR` through the App, in jsdom: the brief instead of the dashboard, published figures only. */

const own: ImportedData = {
  id: 'mine',
  fileName: 'mine.csv',
  importedAt: '2026-05-04T00:00:00Z',
  indicators: [
    {
      id: 'my_tablets',
      label: 'My tablets',
      shortLabel: 'My tablets',
      unit: 'percent',
      description: '',
      surveyId: 'my-mine',
      concept: 'own-data',
    },
  ],
  sources: [{ id: 'my-mine', title: 'mine.csv', publisher: 'You', year: null, url: null, notes: null }],
  observations: [
    { country: 'FR', indicator: 'my_tablets', year: 2020, value: 55.5, sourceId: 'my-mine', note: null },
  ],
};

function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  vi.stubGlobal(
    'fetch',
    vi.fn().mockImplementation(async () => new Response(JSON.stringify(dataset), { status: 200 })),
  );
  return renderFranceApp();
}

const { hydrate } = useImportStore.getState();

afterEach(() => {
  vi.unstubAllGlobals();
  useImportStore.setState({ imports: [], hydrate });
  window.history.replaceState(null, '', '/');
});

describe('App with ?brief=CC', () => {
  it('renders the brief, not the dashboard: name, build date, At a glance, Print, back link', async () => {
    renderApp('?brief=fr');
    await screen.findByRole('heading', { level: 1, name: 'France' }, { timeout: 3000 });
    // The dashboard's edition, said so that it does not read as the date of the figures (issue 25.6).
    expect(screen.getByText(/edition of 4 May 2026 · each figure with its own survey year/)).toBeTruthy();
    expect(screen.queryByText(/data built on/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Back to the dashboard/ }).getAttribute('href')).toMatch(
      /profile=FR/,
    );
    const row = screen.getByRole('row', { name: /Computer use/ });
    expect(row.textContent).toMatch(/empirica 2007.*2007.*82\.8 %.*EU27 87\.4 %.*−4\.6 \(below\)/);
    // France has no profile in this dataset: the brief says so.
    expect(screen.getByText(/No narrative profile was written for France/)).toBeTruthy();
    expect(screen.queryByRole('tablist', { name: 'Chart type' })).toBeNull();
    // One link form, without the dashboard's parameters.
    await waitFor(() => expect(window.location.search).toBe('?brief=FR'));
    expect(document.title).toBe('France: country brief · epSOS Indicators');
  });

  it("leaves the analyst's own data out of the brief (a brief is sent on): published figures only", async () => {
    // As if IndexedDB had held it (jsdom has none).
    useImportStore.setState({ imports: [own], ready: true, hydrate: async () => undefined });
    renderApp('?brief=FR');
    await screen.findByRole('heading', { level: 1, name: 'France' }, { timeout: 3000 });
    // The own data merges in after the first render (its code loads on demand): give it the time.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByText(/My tablets|55\.5/)).toBeNull();
    expect(screen.getByText(/epSOS project, Country profile: France \(2010\)/)).toBeTruthy();
    expect(screen.queryByText(/mine\.csv/)).toBeNull();
  });
});
