/*
 * epSOS Indicators: sizes the iframes of its embed code to the embedded view (README, "Embedding").
 * The embedded view (`embed=1`) posts { type: "epsos-indicators:embed-height", height: <px> } to
 * this page whenever its height changes (src/share/embedResize.ts); this script sets that height on
 * the iframe (marked data-epsos-embed) the message came from, if it came from that iframe's own origin.
 * Served as a file (not inline): a page's CSP can allow it by its origin. Loaded twice, it runs once.
 */
(() => {
  if (window.__epsosIndicatorsEmbed) return;
  window.__epsosIndicatorsEmbed = true;
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message?.type !== 'epsos-indicators:embed-height') return;
    const height = Number(message.height);
    if (!Number.isFinite(height) || height <= 0 || height > 20000) return;
    const frames = document.querySelectorAll('iframe[data-epsos-embed]');
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      let origin = '';
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch (_) {
        origin = '';
      }
      if (origin !== event.origin) return;
      frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  });
})();
