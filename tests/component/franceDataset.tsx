import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import type { Dataset } from '../../src/data/schema';

/** One survey, one indicator, France and the EU27 average: the App's and the brief's component tests. */
export const franceDataset: Dataset = {
  schemaVersion: 2,
  built: '2026-05-04',
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
    {
      country: 'FR',
      indicator: 'computer',
      year: 2007,
      value: 82.8,
      sourceId: 'epsos-fr',
      note: null,
      where: 'para 1',
    },
    {
      country: 'EU27',
      indicator: 'computer',
      year: 2007,
      value: 87.4,
      sourceId: 'epsos-fr',
      note: null,
      where: 'para 1',
    },
  ],
};

/** The App in a fresh query client (no retries), at the page's current URL. */
export function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}
