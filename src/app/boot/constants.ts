/** Set on <html> by the inline script in <head> when the link asks for another view than the prerendered one. */
export const FRESH_RENDER_CLASS = 'fresh-render';
/** Set on #root while it holds the build-time markup (styles.css). */
export const PRERENDERED_ATTRIBUTE = 'data-ssr';
/**
 * Set on <html> once React has committed the page (hydrated it, or rendered it from scratch): from
 * then on its controls respond. Before it, the prerendered page can be read and scrolled.
 */
export const INTERACTIVE_ATTRIBUTE = 'data-interactive';
