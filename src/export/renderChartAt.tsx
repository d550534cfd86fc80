import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { chartFor } from '../charts/ChartView';
import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';

const noop = () => undefined;

/** How long to wait for a chart kind's code or the map's outlines (they are normally in memory). */
const TIMEOUT_MS = 10_000;

/**
 * The view's chart drawn again at `width` px, off screen, for an export at a print size: the same
 * chart component and pure layout as on screen, so labels are placed for that width instead of the
 * screen's chart being scaled down. Returns a detached copy of its <svg>; the off-screen render is
 * removed (it is inert and hidden while it exists, so it takes no focus and is not read).
 */
export async function renderChartAt({
  index,
  model,
  colours,
  width,
  queryClient,
}: {
  index: DatasetIndex;
  model: ViewModel;
  colours: ReadonlyMap<string, string>;
  width: number;
  queryClient: QueryClient;
}): Promise<SVGSVGElement> {
  const host = document.createElement('div');
  host.inert = true;
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-30000px;top:0;width:${width}px;visibility:hidden;pointer-events:none`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        <QueryClientProvider client={queryClient}>
          {chartFor(model, {
            index,
            model,
            colours,
            width,
            showTip: noop,
            hideTip: noop,
            openProfile: noop,
            toggleCountry: noop,
          })}
        </QueryClientProvider>,
      ),
    );
    const started = performance.now();
    for (;;) {
      const svg = host.querySelector<SVGSVGElement>('svg[role="img"]');
      if (svg) return svg.cloneNode(true) as SVGSVGElement;
      if (performance.now() - started > TIMEOUT_MS)
        throw new Error('the chart could not be drawn at that size');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    root.unmount();
    host.remove();
  }
}
