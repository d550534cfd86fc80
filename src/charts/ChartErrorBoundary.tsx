import { Component, type ErrorInfo, type ReactNode } from 'react';

/** One chart failing to draw says so in place; the rest of the dashboard keeps working. */
export class ChartErrorBoundary extends Component<
  { chart: string; children: ReactNode },
  { error: Error | null }
> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`The ${this.props.chart} chart failed to draw`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="error-box">
          <p>This chart could not be drawn: {this.state.error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
