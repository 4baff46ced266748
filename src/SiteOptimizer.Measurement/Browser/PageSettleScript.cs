namespace SiteOptimizer.Measurement.Browser;

/// <summary>
/// JavaScript run after <c>load</c> so that a screenshot shows the page as a visitor who
/// scrolled through it sees it: every lazy image loaded and decoded, web fonts in, then back
/// at the top with every transition (the back-to-top button's) finished. It returns the
/// page's height in CSS pixels.
/// </summary>
/// <remarks>
/// Every image is made eager and synchronously decoded first. On a busy machine scrolling
/// alone was not enough: a lazy image starts its request only when Chromium's intersection
/// check next runs, which rejects a <c>decode()</c> already waiting on it, and an image marked
/// <c>decoding="async"</c> may be left blank by the raster of a full-page capture while its
/// decode is still under way. Both showed as empty cards in screenshots of optimized pages.
/// The script waits until every image is complete (loaded or broken), then decodes each. The
/// waits are bounds against a hang, generous because a 1920-pixel AVIF decoded in software on
/// a busy two-core machine takes seconds. Scrolls are instant: under <c>scroll-behavior: smooth</c>
/// (Bootstrap sets it) a plain <c>scrollTo</c> glides, and the page was still on its way when captured.
/// </remarks>
internal static class PageSettleScript
{
    public const string Source = """
        (async () => {
          const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
          const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
          const atMost = (ms, promise) => Promise.race([promise, pause(ms)]);
          const height = () => Math.ceil(document.documentElement.scrollHeight);
          const images = () => Array.from(document.images);
          for (const image of images()) {
            image.loading = 'eager';
            image.decoding = 'sync';
          }
          for (let y = 0; y < height(); y += innerHeight / 2) {
            scrollTo({ left: 0, top: y, behavior: 'instant' });
            await frame();
          }
          await atMost(30000, (async () => {
            while (images().some(image => !image.complete)) {
              await pause(50);
            }
            await Promise.all(images().map(image => image.decode().catch(() => {})));
          })());
          await atMost(5000, document.fonts.ready);
          scrollTo({ left: 0, top: 0, behavior: 'instant' });
          await frame();
          await frame();
          await atMost(5000, Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => {}))));
          await frame();
          return height();
        })()
        """;
}
