import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, useRef } from 'react';
import { App } from './App';
import { AppErrorBoundary } from './AppErrorBoundary';

/** The whole tree, the same for the build-time prerender and the browser (hydration needs one tree). */
export function Root({ queryClient, onCommit }: { queryClient: QueryClient; onCommit?: () => void }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppErrorBoundary>
          <App />
        </AppErrorBoundary>
        {onCommit && <AfterCommit run={onCommit} />}
      </QueryClientProvider>
    </StrictMode>
  );
}

/** Calls `run` once the tree has been committed (renders nothing, so the markup is unchanged). */
function AfterCommit({ run }: { run: () => void }) {
  const once = useRef(run);
  useEffect(() => once.current(), []);
  return null;
}
