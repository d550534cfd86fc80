import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { Dataset } from '../../src/data/schema';

const dataset: Dataset = {
  schemaVersion: 2,
  surveys: [
    {
      id: 'empirica-gp',
      title: 'Benchmarking ICT use among General Practitioners in Europe',
      shortTitle: 'empirica GP survey',
      shortName: 'empirica 2007',
      producer: 'empirica',
      base: 'GP practices',
      question: null,
      waves: [2007],
      reference: 'EU27',
      url: null,
      method: null,
    },
  ],
  concepts: [{ id: 'computer-use', label: 'Computer use' }],
  sources: [
    {
      id: 'epsos-fr',
      title: 'Country profile: France',
      publisher: 'epSOS project',
      year: 2010,
      url: null,
      notes: null,
    },
  ],
  indicators: [
    {
      id: 'computer',
      label: 'GP practices using a computer',
      shortLabel: 'Computer use',
      unit: 'percent',
      description: '',
      surveyId: 'empirica-gp',
      concept: 'computer-use',
    },
  ],
  countries: [
    { code: 'FR', name: 'France', epsos: true },
    { code: 'EU27', name: 'EU27 average', aggregate: true },
  ],
  observations: [
    { country: 'FR', indicator: 'computer', year: 2007, value: 82.8, sourceId: 'epsos-fr', note: null },
    { country: 'EU27', indicator: 'computer', year: 2007, value: 87.4, sourceId: 'epsos-fr', note: null },
  ],
};

function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  it('shows a clear error with Retry when the data fails, and the chart once Retry succeeds', async () => {
    const fetchMock = vi
      .fn()
      // The app retries a failed load once by itself before it shows the error.
      .mockResolvedValueOnce(new Response('nope', { status: 500, statusText: 'Internal Server Error' }))
      .mockResolvedValueOnce(new Response('nope', { status: 500, statusText: 'Internal Server Error' }))
      .mockResolvedValue(new Response(JSON.stringify(dataset), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    renderApp();
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.textContent).toContain('The server answered 500 Internal Server Error.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    const chart = await screen.findByRole('img', { name: /Dot chart of every survey/ });
    expect(
      chart.querySelector('.mark[data-country="FR"][data-indicator="computer"] title')?.textContent,
    ).toMatch(/^France — empirica 2007: GP practices using a computer: 82.8 % \(.+\)$/);
  });

  it('names a data file that breaks the schema instead of drawing from it', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockImplementation(
          async () => new Response(JSON.stringify({ ...dataset, schemaVersion: 3 }), { status: 200 }),
        ),
    );
    renderApp();
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toMatch(
      /does not have the expected shape \(schemaVersion/,
    );
  });

  it('opens the view of the URL and names what it had to ignore', async () => {
    window.history.replaceState(null, '', '/?countries=fr,XX&chart=pie');
    vi.stubGlobal(
      'fetch',
      vi.fn().mockImplementation(async () => new Response(JSON.stringify(dataset), { status: 200 })),
    );
    renderApp();
    const notice = await screen.findByText(/Part of the link could not be used/);
    expect(notice.parentElement?.textContent).toContain('Ignored unknown country code: XX');
    expect(notice.parentElement?.textContent).toContain('pie');
    expect(window.location.search).toBe('?countries=FR&indicators=computer&chart=surveys');
  });
});
