import { Component, type ErrorInfo, type ReactNode } from 'react';
import { failureInWords } from './failedModuleUrl';

/**
 * One part of the dashboard failing says so in place, with "Try again", and the rest keeps working
 * (without a boundary the error would unmount the whole app). Around each chart (it failed to
 * draw) and each part whose code loads on demand: a picker's panel, Share, Sources, Add data, a
 * profile, when its chunk cannot be fetched (offline, or a new deployment replaced the files).
 */
export class ErrorInPlace extends Component<
  {
    /** What went wrong, as a sentence start: "This chart could not be drawn". */
    failed: string;
    /** Starts a new load of the code before "Try again" renders it again (a failed lazy load is not
     * retried by rendering alone, see preloadable.ts). */
    onRetry?: () => unknown;
    children: ReactNode;
  },
  { error: Error | null }
> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(this.props.failed, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error-box">
        <p>
          {this.props.failed}: {failureInWords(this.state.error)}
        </p>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
