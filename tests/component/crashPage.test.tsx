import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from '../../src/app/AppErrorBoundary';

function Broken(): never {
  throw new Error('Objects are not valid as a React child');
}

describe('the error boundary at the root', () => {
  it('an error nothing else caught: an alert with a way out, not a white page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The dashboard stopped with an error');
    expect(alert.textContent).toContain('Objects are not valid as a React child');
    for (const name of ['Download what is stored', 'Delete what is stored', 'Reload'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('without an error, the page as it is', () => {
    render(
      <AppErrorBoundary>
        <p>fine</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
