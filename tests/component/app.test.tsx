import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { franceDataset as dataset, renderApp } from './franceDataset';

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
