import { Component, lazy, type ReactNode, Suspense } from 'react';

/**
 * The last guard around the whole page: an error nothing else caught shows what happened and a way
 * out, never a white page. Data stored in this browser can make every load fail, so the page offers
 * it for download first, then deletes it (src/app/CrashPage.tsx, loaded only then; if even that
 * cannot load, the error in one line).
 */
const CrashPage = lazy(() =>
  import('./CrashPage').catch(() => ({
    default: ({ error }: { error: Error }) => <p role="alert">{`The dashboard stopped: ${error.message}`}</p>,
  })),
);

export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render() {
    return this.state.error ? (
      <Suspense fallback={null}>
        <CrashPage error={this.state.error} />
      </Suspense>
    ) : (
      this.props.children
    );
  }
}
